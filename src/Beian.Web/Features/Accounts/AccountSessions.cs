using System.Security.Claims;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Audit;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Accounts;

/// <summary>
/// The life of a sign-in after it starts: 退出 (which ends every session of the account: the security stamp changes),
/// a new access token for a refresh token that is still good, and 修改密码 (which also ends the other sessions).
/// </summary>
public sealed class AccountSessions(
    SignInManager<PlatformUser> signIn,
    UserManager<PlatformUser> users,
    IOptionsMonitor<BearerTokenOptions> bearer,
    ProviderDb db,
    TimeProvider time)
{
    public sealed record RefreshRequest([property: System.Text.Json.Serialization.JsonRequired] string? RefreshToken);

    public sealed record PasswordChange(
        [property: System.Text.Json.Serialization.JsonRequired] string? CurrentPassword,
        [property: System.Text.Json.Serialization.JsonRequired] string? NewPassword);

    /// <summary>Signs out: the cookie is cleared, and the stamp changes so that no cookie or token of the account still works.</summary>
    public async Task SignOutAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
    }

    /// <summary>A new token pair for a refresh token, unless it has expired or the account's sessions have ended since.</summary>
    public async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(RefreshRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(body.RefreshToken ?? string.Empty);
        // Tokens live by the real clock (see PlatformSetup), whatever the sandbox's platform clock says.
        if (ticket?.Properties.ExpiresUtc is not { } expires || TimeProvider.System.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { DisabledAt: null } user)
        {
            return Problems.Problem(StatusCodes.Status401Unauthorized, "auth.refresh_invalid", "刷新令牌已失效，请重新登录。");
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    /// <summary>
    /// Changes the password: the old one proves it is the owner; every other session ends (the stamp changes), and a
    /// cookie sign-in is renewed so that the person who changed it stays signed in.
    /// </summary>
    public async Task<Result<Done>> ChangePasswordAsync(ClaimsPrincipal principal, PasswordChange body, bool cookie)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return Problems.NotFound("account");
        }

        if (string.IsNullOrEmpty(body.CurrentPassword) || string.IsNullOrEmpty(body.NewPassword))
        {
            return Problems.Invalid("account.fields_required", "请填写当前密码和新密码。");
        }

        if (string.Equals(body.CurrentPassword, body.NewPassword, StringComparison.Ordinal))
        {
            return Problems.Invalid("account.password_unchanged", "新密码不能与原密码相同。");
        }

        var changed = await users.ChangePasswordAsync(user, body.CurrentPassword, body.NewPassword);
        if (!changed.Succeeded)
        {
            var first = changed.Errors.First();
            return Problems.Invalid("account." + first.Code, RegisterAccount.Explain(first));
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        db.Audit.Add(AuditLog.Entry(time, user.Id, user.DisplayName, "account.password-changed", $"user/{user.Email}"));
        await db.SaveChangesAsync();
        if (cookie)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return Done.Value;
    }
}
