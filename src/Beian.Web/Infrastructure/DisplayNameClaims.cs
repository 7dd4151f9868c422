using System.Security.Claims;
using Beian.Platform;
using Beian.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Beian.Web.Infrastructure;

/// <summary>Puts the user's display name into the sign-in, so that timelines show a name rather than an e-mail.</summary>
public sealed class DisplayNameClaims(UserManager<PlatformUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PlatformUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UserExtensions.DisplayNameClaim, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(Features.Accounts.Sessions.MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}
