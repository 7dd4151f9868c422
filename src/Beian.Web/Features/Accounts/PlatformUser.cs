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

    /// <summary>When a staff account was disabled (停用): it can no longer sign in, and its sessions ended then.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>The password was set by someone else (a first password, shown once): it must be changed at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }
}

/// <summary>The roles of the platform.</summary>
public static class Roles
{
    public const string Applicant = "applicant";
    public const string Reviewer = "reviewer";
    public const string Bureau = "bureau";
    public const string Admin = "admin";

    /// <summary>客服: releases orders of forgotten accounts on the owner's request.</summary>
    public const string Support = "support";

    public static readonly string[] All = [Applicant, Reviewer, Bureau, Admin, Support];

    /// <summary>The roles a staff account may hold; the bureau operator belongs to the simulated bureau.</summary>
    public static readonly string[] Staff = [Reviewer, Support, Admin, Bureau];

    /// <summary>The Chinese name of a role, for pages.</summary>
    public static string ChineseName(string role) => role switch
    {
        Applicant => "申请人",
        Reviewer => "初审员",
        Support => "客服",
        Admin => "管理员",
        Bureau => "管局审核员（模拟）",
        _ => role,
    };
}
