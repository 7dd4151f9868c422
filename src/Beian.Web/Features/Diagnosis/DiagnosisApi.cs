using System.Security.Claims;
using Beian.Platform;

namespace Beian.Web.Features.Diagnosis;

public static class DiagnosisApi
{
    public static IServiceCollection AddDiagnosis(this IServiceCollection services) => services.AddScoped<DiagnoseDomain>();

    public static RouteGroupBuilder MapDiagnosis(this RouteGroupBuilder api)
    {
        api.MapGet("/diagnosis", (string? domain, ClaimsPrincipal user, DiagnoseDomain diagnose, CancellationToken ct) => diagnose.HandleAsync(domain, user, ct).ToHttpAsync())
            .WithTags("访问诊断").RequireAuthorization().WithName("DiagnoseDomain").WithSummary("访问诊断：域名为何无法访问");
        return api;
    }
}
