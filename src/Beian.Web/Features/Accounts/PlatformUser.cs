using Microsoft.AspNetCore.Identity;

namespace Beian.Web.Features.Accounts;

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
}

/// <summary>The roles of the platform.</summary>
public static class Roles
{
    public const string Applicant = "applicant";
    public const string Reviewer = "reviewer";
    public const string Bureau = "bureau";
    public const string Admin = "admin";

    public static readonly string[] All = [Applicant, Reviewer, Bureau, Admin];
}
