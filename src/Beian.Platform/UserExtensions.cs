using System.Security.Claims;

namespace Beian.Platform;

public static class UserExtensions
{
    /// <summary>The claim that carries the name shown on timelines.</summary>
    public const string DisplayNameClaim = "beian:display_name";

    /// <summary>The signed-in user's id; for applicants it is the account id.</summary>
    public static Guid Id(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));
    }

    /// <summary>Whether the person is staff (reviewer, bureau, admin), who are shown rule IDs and codes as a small reference; applicants never are.</summary>
    public static bool IsStaff(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Bureau) || user.IsInRole(Roles.Admin);
    }

    /// <summary>The name shown on timelines.</summary>
    public static string DisplayName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(DisplayNameClaim) ?? user.FindFirstValue(ClaimTypes.Name) ?? "未知用户";
    }
}
