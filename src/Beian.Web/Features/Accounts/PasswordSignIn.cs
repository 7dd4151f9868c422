using Beian.Platform;
using Beian.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Beian.Web.Features.Accounts;

/// <summary>
/// 登录 with e-mail and password, for the console (a cookie) and the API (a bearer token). An unknown address and a
/// wrong password get the same answer after the same work (the password hasher runs on both paths), so the answer
/// tells nobody which addresses have accounts; wrong passwords are counted per address and client (<see cref="SignInThrottle"/>).
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<PlatformUser> signIn,
    UserManager<PlatformUser> users,
    IPasswordHasher<PlatformUser> hasher,
    SignInThrottle throttle)
{
    // A hash of a password nobody knows, verified when the address has no account so that both paths cost the same.
    private static readonly Lazy<string> Decoy = new(() => new PasswordHasher<PlatformUser>().HashPassword(new PlatformUser(), Guid.NewGuid().ToString()));

    public static ProblemHttpResult InvalidCredentials =>
        Problems.Problem(StatusCodes.Status401Unauthorized, "auth.invalid_credentials", "邮箱或密码不正确。");

    /// <summary>
    /// Signs in: on success the cookie or the token response has been written; otherwise the refusal.
    /// </summary>
    public async Task<Result<Done>> SignInAsync(string? email, string? password, string client, bool cookie, CancellationToken ct)
    {
        email = email?.Trim() ?? string.Empty;
        password ??= string.Empty;
        if (await throttle.LockedForAsync(email, client, ct) is { } wait)
        {
            return Problems.TooManyRequests("auth.locked_out", $"密码错误次数过多，请{Math.Ceiling(wait.TotalMinutes)}分钟后再试。", wait);
        }

        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        bool passwordOk;
        if (user is null)
        {
            hasher.VerifyHashedPassword(new PlatformUser(), Decoy.Value, password);
            passwordOk = false;
        }
        else
        {
            passwordOk = await users.CheckPasswordAsync(user, password);
        }

        if (!passwordOk)
        {
            await throttle.FailedAsync(email, client, ct);
            return InvalidCredentials;
        }

        await throttle.SucceededAsync(email, client, ct);
        if (user!.DisabledAt is not null)
        {
            // Only someone who knows the password learns that the account is disabled.
            return Problems.Problem(StatusCodes.Status403Forbidden, "auth.account_disabled", "该账号已停用，请联系平台管理员。");
        }

        signIn.AuthenticationScheme = cookie ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        await signIn.SignInAsync(user, isPersistent: cookie);
        return Done.Value;
    }
}
