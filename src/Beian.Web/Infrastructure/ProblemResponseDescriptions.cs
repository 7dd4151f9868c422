using Beian.Platform;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Beian.Web.Infrastructure;

/// <summary>
/// Writes into the OpenAPI document what each problem response means and which <c>code</c> values it carries
/// (<see cref="ProblemResponses"/> declares them; the generator would only print the reason phrase).
/// </summary>
internal static class ProblemResponseDescriptions
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is OpenApiResponse problem && problem.Content?.ContainsKey("application/problem+json") == true
                && int.TryParse(status, out var code) && ProblemResponses.DescriptionOf(code) is { } description)
            {
                problem.Description = description;
            }
        }

        return Task.CompletedTask;
    }
}
