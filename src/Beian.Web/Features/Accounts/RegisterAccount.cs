using System.Text.Json.Serialization;
using Beian.Platform;
using Beian.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Beian.Web.Features.Accounts;

/// <summary>注册: a new applicant account (账号), for the API and the console's registration page.</summary>
public sealed class RegisterAccount(UserManager<PlatformUser> users, TimeProvider time)
{
    public sealed record Request([property: JsonRequired] string? Email, [property: JsonRequired] string? Password, string? DisplayName = null);

    public async Task<Result<AccountsApi.MeView>> RegisterAsync(Request body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrWhiteSpace(body.Password))
        {
            return Problems.Invalid("account.fields_required", "请填写邮箱和密码。");
        }

        var email = body.Email.Trim();
        var name = string.IsNullOrWhiteSpace(body.DisplayName) ? email : body.DisplayName.Trim();
        if (TextInput.Problem("displayName", name, TextInput.NameLength, "显示名称") is { } bad)
        {
            return bad;
        }

        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            UserName = email,
            Email = email,
            DisplayName = name,
            CreatedAt = time.GetUtcNow(),
        };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, body.Password);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // Two registrations of one address at once: the unique index lets one through, the other is a duplicate.
            created = IdentityResult.Failed(new IdentityError { Code = "DuplicateEmail" });
        }

        if (!created.Succeeded)
        {
            var first = created.Errors.First();
            return first.Code is "DuplicateUserName" or "DuplicateEmail"
                ? Problems.Conflict("account.DuplicateEmail", Explain(first))
                : Problems.Invalid("account." + first.Code, Explain(first));
        }

        await users.AddToRoleAsync(user, Roles.Applicant);
        return new AccountsApi.MeView(user.Id, user.Email, user.DisplayName, [Roles.Applicant]);
    }

    public static string Explain(IdentityError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "DuplicateUserName" or "DuplicateEmail" => "该邮箱已注册，请直接登录。",
            "InvalidEmail" or "InvalidUserName" => "邮箱格式不正确。",
            CommonPasswords.Code => "该密码过于常见，容易被猜中，请换一个。",
            "PasswordMismatch" => "原密码不正确。",
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "密码至少8位，须包含大写字母、小写字母、数字和符号。",
            _ => "操作失败：" + error.Description,
        };
    }
}
