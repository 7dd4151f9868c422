using Beian.PersonalData;
using Microsoft.AspNetCore.Identity;

namespace Beian.Web.Data;

/// <summary>
/// A platform user. For applicants the user is the account (账号): it holds at most one subject, its cloud instances,
/// service codes and orders. Reviewers, bureau operators and admins are users with a role.
/// </summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    /// <summary>The name shown on timelines and pages.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>账号实名认证: individual, enterprise or individual-business, once verified (R-ACCT-07).</summary>
    public string? RealNameKind { get; set; }

    /// <summary>The person's or organisation's name the verification confirmed.</summary>
    public string? RealName { get; set; }

    public DateTimeOffset? RealNameVerifiedAt { get; set; }

    /// <summary>When a staff account was disabled (停用): it can no longer sign in, and its sessions ended then.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>The password was set by someone else (a first password, shown once): it must be changed at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>安全手机: the mobile that receives the account's security codes (R-ACCT-05, R-ACCT-08), sealed.</summary>
    public SealedText? SecurityPhone { get; set; }

    public DateTimeOffset? SecurityPhoneSetAt { get; set; }
}
