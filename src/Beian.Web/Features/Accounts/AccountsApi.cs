using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Platform;
using Beian.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Beian.Web.Features.Accounts;

/// <summary>Registration and sign-in: a cookie for browsers, a bearer token for API clients.</summary>
public static class AccountsApi
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) => services.AddScoped<VerifyRealName>().AddScoped<SecurityPhone>().AddScoped<TransferRecords>().AddScoped<RecoverAccount>().AddScoped<AccountAppeals>();

    public sealed record SignInRequest([property: JsonRequired] string? Email, [property: JsonRequired] string? Password);

    /// <summary>The signed-in account; <paramref name="RealName"/> is set once the account is real-name verified (R-ACCT-07).</summary>
    public sealed record MeView(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? RealNameKind = null, string? RealName = null, bool MustChangePassword = false, string? SecurityPhone = null);

    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/accounts").WithTags("账号");
        group.MapPost("/register", (RegisterAccount.Request body, RegisterAccount register, CancellationToken ct) => register.RegisterAsync(body, ct).ToCreatedAsync(_ => "/api/accounts/me"))
            .AllowAnonymous().RequireRateLimiting(RateLimits.Register).WithName("Register").WithSummary("注册账号（申请人）");
        group.MapPost("/login", SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn)
            .WithName("SignIn").WithSummary("登录：默认返回访问令牌（accessToken、refreshToken），useCookies=true 时写入 Cookie");
        group.MapPost("/refresh", (AccountSessions.RefreshRequest body, AccountSessions sessions) => sessions.RefreshAsync(body))
            .AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithName("RefreshToken").WithSummary("用刷新令牌换取新的访问令牌（退出或修改密码后失效）");
        group.MapPost("/logout", async (ClaimsPrincipal user, AccountSessions sessions) =>
            {
                await sessions.SignOutAsync(user);
                return TypedResults.NoContent();
            })
            .RequireAuthorization().WithName("SignOut").WithSummary("退出：结束该账号的全部登录（Cookie 与令牌）");
        group.MapPost("/password", (ClaimsPrincipal user, AccountSessions.PasswordChange body, AccountSessions sessions, HttpContext http) =>
                sessions.ChangePasswordAsync(user, body, cookie: http.Request.Headers.Authorization.Count == 0).ToNoContentAsync())
            .RequireAuthorization().WithName("ChangePassword").WithSummary("修改密码（首次登录须先修改初始密码）；其他登录随之失效");
        group.MapGet("/me", MeAsync).RequireAuthorization().WithName("Me").WithSummary("当前账号");
        group.MapGet("/me/messages", (ClaimsPrincipal user, Notifications.MyMessages messages, CancellationToken ct, int page = 1) => messages.ListAsync(user, page, ct).ToHttpAsync())
            .RequireAuthorization(Roles.Applicant).WithName("MyMessages").WithSummary("消息中心：本账号收到的全部通知，按时间倒序分页（每页20条）");
        group.MapPost("/me/real-name", (VerifyRealName.Request body, ClaimsPrincipal principal, VerifyRealName verify, CancellationToken ct) => verify.HandleAsync(body, principal, ct).ToHttpAsync()).RequireAuthorization(Roles.Applicant).WithName("VerifyRealName").WithSummary("账号实名认证：个人（姓名＋身份证号）或企业、个体工商户（名称＋统一社会信用代码）");
        group.MapPost("/me/security-codes", (SecurityPhone.CodeRequest body, ClaimsPrincipal principal, SecurityPhone phone, CancellationToken ct) => phone.SendAsync(principal, body, ct).ToHttpAsync())
            .RequireAuthorization(Roles.Applicant).WithName("SendSecurityCode").WithSummary("获取安全手机验证码：绑定新手机时发往新手机，其他用途（更换安全手机、变更备案、备案转移）发往已绑定的安全手机；每分钟1次、每天10次");
        group.MapPut("/me/security-phone", (SecurityPhone.BindRequest body, ClaimsPrincipal principal, SecurityPhone phone, CancellationToken ct) => phone.SetAsync(principal, body, ct).ToHttpAsync())
            .RequireAuthorization(Roles.Applicant).WithName("BindSecurityPhone").WithSummary("绑定或更换安全手机：新手机的验证码；已绑定时另需原安全手机的验证码");
        MapTransfers(api);
        MapRecovery(api);
        MapApiKeys(api);
        return api;
    }

    /// <summary>The account's API keys. No key may call these: a leaked key cannot make more keys or keep itself alive.</summary>
    private static void MapApiKeys(RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/accounts/me/api-keys").WithTags("API 密钥").RequireAuthorization(Roles.Applicant);
        keys.MapGet("/", async (ClaimsPrincipal user, ApiKeys apiKeys, CancellationToken ct) => TypedResults.Ok(await apiKeys.ListAsync(user, ct)))
            .WithName("ListApiKeys").WithSummary("本账号的 API 密钥（不含密钥本身）");
        keys.MapPost("/", (ApiKeys.Request body, ClaimsPrincipal user, ApiKeys apiKeys, CancellationToken ct) => apiKeys.CreateAsync(body, user, ct).ToCreatedAsync(k => "/api/accounts/me/api-keys"))
            .WithName("CreateApiKey").WithSummary("创建 API 密钥：权限范围 records:read、orders:manage、webhooks，有效期1至730天；密钥只在本次返回中显示");
        keys.MapPost("/{id:guid}/revoke", (Guid id, ClaimsPrincipal user, ApiKeys apiKeys, CancellationToken ct) => apiKeys.RevokeAsync(id, user, ct).ToHttpAsync())
            .WithName("RevokeApiKey").WithSummary("吊销 API 密钥：立即失效");
    }

    private static void MapRecovery(RouteGroupBuilder api)
    {
        var recover = api.MapGroup("/accounts/recover").WithTags("账号").AllowAnonymous().RequireRateLimiting(RateLimits.Recover);
        recover.MapPost("/codes", async (RecoverAccount.CodeRequest body, RecoverAccount recovery, CancellationToken ct) => TypedResults.Ok(await recovery.SendAsync(body, ct)))
            .WithName("RecoveryCode").WithSummary("找回账号：按登录邮箱或已备案的证件号码向账号的安全手机发送验证码（无论账号是否存在，回答相同）");
        recover.MapPost("/", (RecoverAccount.ResetRequest body, RecoverAccount recovery, CancellationToken ct) => recovery.ResetAsync(body, ct).ToHttpAsync())
            .WithName("RecoverAccount").WithSummary("找回账号：验证码正确后设置新密码，返回账号的登录邮箱；原有登录全部失效");
        recover.MapPost("/appeals", ([Microsoft.AspNetCore.Mvc.FromForm] string? email, [Microsoft.AspNetCore.Mvc.FromForm] string? newPhone, [Microsoft.AspNetCore.Mvc.FromForm] string? reason, IFormFile? photo, AccountAppeals appeals, CancellationToken ct) =>
                appeals.SubmitAsync(email, newPhone, reason, photo, ct).ToNoContentAsync())
            .DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AccountAppeals.MaxPhoto + 64 * 1024)).WithName("SubmitAppeal").WithSummary("申诉：安全手机已停用时，提交登录邮箱、新手机号码和本人手持身份证照片，由客服审核");
        var support = api.MapGroup("/support/appeals").WithTags("客服").RequireAuthorization(p => p.RequireRole(Roles.Support, Roles.Admin));
        support.MapGet("/", async (Beian.Accounts.AppealState? state, AccountAppeals appeals, CancellationToken ct) => TypedResults.Ok(await appeals.ListAsync(state, ct)))
            .WithName("Appeals").WithSummary("申诉列表（新手机号码脱敏）");
        support.MapGet("/{id:guid}/photo", (Guid id, ClaimsPrincipal user, AccountAppeals appeals, HttpResponse response, CancellationToken ct) => appeals.PhotoAsync(id, user, response, ct))
            .WithName("AppealPhoto").WithSummary("申诉人手持身份证照片（每次查看均记入审计日志）");
        support.MapPost("/{id:guid}/decision", (Guid id, AccountAppeals.Decision body, ClaimsPrincipal user, AccountAppeals appeals, CancellationToken ct) => appeals.DecideAsync(id, body, user, ct).ToHttpAsync())
            .WithName("DecideAppeal").WithSummary("审核申诉：通过则将新手机设为安全手机；未通过的可办理线下备案转移");
    }

    private static void MapTransfers(RouteGroupBuilder api)
    {
        var transfers = api.MapGroup("/accounts/me/transfers").WithTags("备案转移").RequireAuthorization(Roles.Applicant);
        transfers.MapGet("/", async (ClaimsPrincipal user, TransferRecords records, CancellationToken ct) => TypedResults.Ok(await records.ListAsync(user, ct)))
            .WithName("MyTransfers").WithSummary("本账号转出和待接收的备案转移");
        transfers.MapPost("/", (TransferRecords.Request body, ClaimsPrincipal user, TransferRecords records, CancellationToken ct) => records.StartAsync(user, body, ct).ToCreatedAsync(_ => "/api/accounts/me/transfers"))
            .WithName("StartTransfer").WithSummary("备案转移：将本账号的备案主体及其网站、APP、订单转移到另一账号（须安全手机验证码，对方接收后完成）");
        transfers.MapPost("/{id:guid}/accept", (Guid id, ClaimsPrincipal user, TransferRecords records, CancellationToken ct) => records.AcceptAsync(id, user, ct).ToHttpAsync())
            .WithName("AcceptTransfer").WithSummary("接收备案转移（本账号须没有备案主体，双方均无进行中的订单）");
        transfers.MapPost("/{id:guid}/decline", (Guid id, ClaimsPrincipal user, TransferRecords records, CancellationToken ct) => records.EndAsync(id, Beian.Accounts.TransferAction.Decline, user, ct).ToHttpAsync())
            .WithName("DeclineTransfer").WithSummary("拒绝备案转移");
        transfers.MapPost("/{id:guid}/cancel", (Guid id, ClaimsPrincipal user, TransferRecords records, CancellationToken ct) => records.EndAsync(id, Beian.Accounts.TransferAction.Cancel, user, ct).ToHttpAsync())
            .WithName("CancelTransfer").WithSummary("撤销尚未被接收的备案转移");
        api.MapPost("/support/transfers", (TransferRecords.OfflineRequest body, ClaimsPrincipal user, TransferRecords records, CancellationToken ct) => records.OfflineAsync(body, user, ct).ToCreatedAsync(_ => "/api/support/transfers"))
            .WithTags("客服").RequireAuthorization(p => p.RequireRole(Roles.Support, Roles.Admin)).WithName("OfflineTransfer").WithSummary("线下备案转移：客服核验资料后将备案主体转移到另一账号");
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> SignInAsync(
        SignInRequest body, bool? useCookies, PasswordSignIn signIn, HttpContext http, CancellationToken ct)
    {
        // On success the sign-in has already written the cookie or the token response.
        var signedIn = await signIn.SignInAsync(body?.Email, body?.Password, RateLimits.ClientOf(http), useCookies == true, ct);
        return signedIn.Succeeded ? TypedResults.Empty : TypedResults.Problem(signedIn.Problem);
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
        return new MeView(user.Id, user.Email ?? string.Empty, user.DisplayName, [.. await users.GetRolesAsync(user)], user.RealNameKind, user.RealName, user.MustChangePassword, user.SecurityPhone?.Masked);
    }
}
