namespace Beian.Platform;

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

    /// <summary>
    /// The policy of the pages a role may open: signed in with the cookie alone, so that a missing sign-in redirects
    /// to the sign-in page instead of answering 401.
    /// </summary>
    public static string PagePolicy(string role) => "page:" + role;

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
