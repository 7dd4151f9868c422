using Microsoft.AspNetCore.Mvc;

namespace Beian.Platform.Pages;

/// <summary>Lets a page handler answer with what a use case answers over HTTP (a sealed file streamed, or its refusal).</summary>
public sealed class HttpResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result.ExecuteAsync(context.HttpContext);
    }
}
