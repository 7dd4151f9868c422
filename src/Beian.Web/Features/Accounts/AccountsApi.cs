using System.Security.Claims;
using Beian.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Beian.Web.Features.Accounts;

/// <summary>Registration and sign-in: a cookie for browsers, a bearer token for API clients.</summary>
public static class AccountsApi
{
    public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName);

    public sealed record SignInRequest(string? Email, string? Password);

    /// <summary>The signed-in account; <paramref name="RealName"/> is set once the account is real-name verified (R-ACCT-07).</summary>
    public sealed record MeView(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? RealNameKind = null, string? RealName = null);

    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/accounts").WithTags("账号");
        group.MapPost("/register", RegisterAsync).AllowAnonymous().WithName("Register").WithSummary("注册账号（申请人）");
        group.MapPost("/login", SignInAsync).AllowAnonymous().WithName("SignIn").WithSummary("登录：默认返回访问令牌，useCookies=true 时写入 Cookie");
        group.MapGet("/me", MeAsync).RequireAuthorization().WithName("Me").WithSummary("当前账号");
        group.MapPost("/me/real-name", VerifyRealName.HandleAsync).RequireAuthorization(Roles.Applicant).WithName("VerifyRealName").WithSummary("账号实名认证：个人（姓名＋身份证号）或企业、个体工商户（名称＋统一社会信用代码）");
        return api;
    }

    public static async Task<Results<Created<MeView>, ProblemHttpResult>> RegisterAsync(
        RegisterRequest body, UserManager<PlatformUser> users, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(body?.Email) || string.IsNullOrWhiteSpace(body.Password))
        {
            return Problems.Invalid("account.fields_required", "请填写邮箱和密码。");
        }

        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            UserName = body.Email.Trim(),
            Email = body.Email.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(body.DisplayName) ? body.Email.Trim() : body.DisplayName.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, body.Password);
        if (!created.Succeeded)
        {
            var first = created.Errors.First();
            return Problems.Invalid("account." + first.Code, Explain(first));
        }

        await users.AddToRoleAsync(user, Roles.Applicant);
        return TypedResults.Created("/api/accounts/me", new MeView(user.Id, user.Email, user.DisplayName, [Roles.Applicant]));
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> SignInAsync(
        SignInRequest body, bool? useCookies, SignInManager<PlatformUser> signIn)
    {
        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(body?.Email ?? string.Empty, body?.Password ?? string.Empty, isPersistent: useCookies == true, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Problems.Problem(StatusCodes.Status401Unauthorized, "auth.locked_out", "密码错误次数过多，账号已暂时锁定，请稍后再试。");
        }

        // On success the sign-in has already written the cookie or the token response.
        return result.Succeeded
            ? TypedResults.Empty
            : Problems.Problem(StatusCodes.Status401Unauthorized, "auth.invalid_credentials", "邮箱或密码不正确。");
    }

    private static async Task<Results<Ok<MeView>, ProblemHttpResult>> MeAsync(ClaimsPrincipal principal, UserManager<PlatformUser> users)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return Problems.NotFound("account");
        }

        return TypedResults.Ok(await ViewAsync(user, users));
    }

    public static async Task<MeView> ViewAsync(PlatformUser user, UserManager<PlatformUser> users)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(users);
        return new MeView(user.Id, user.Email ?? string.Empty, user.DisplayName, [.. await users.GetRolesAsync(user)], user.RealNameKind, user.RealName);
    }

    private static string Explain(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "该邮箱已注册，请直接登录。",
        "InvalidEmail" or "InvalidUserName" => "邮箱格式不正确。",
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "密码至少8位，须包含大写字母、小写字母、数字和符号。",
        _ => "注册失败：" + error.Description,
    };
}
