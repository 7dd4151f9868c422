using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Beian.Platform;

/// <summary>
/// Holds every request of the API and every console form to <see cref="TextInput"/>'s bounds before a use case
/// sees it, so that no use case has to remember to.
/// </summary>
public static class TextInputFilters
{
    /// <summary>The item a refused console form leaves for the error page.</summary>
    public const string RefusalItem = "beian:input-refusal";

    /// <summary>The API's filter: every argument that is a request of the platform's, or a named form or query text.</summary>
    public static async ValueTask<object?> ApiAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var parameters = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters();
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            var argument = context.Arguments[i];
            var problem = argument switch
            {
                string text when parameters is not null && i < parameters.Length => TextInput.Problem(parameters[i].Name!, text, TextInput.LengthOf(parameters[i].Name!)),
                not null when TextInput.IsRequestType(argument.GetType()) => TextInput.Check(argument),
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return await next(context);
    }

    /// <summary>The console's filter: the bound properties of a page.</summary>
    public sealed class PageFilter : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            foreach (var property in context.HandlerInstance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<BindPropertyAttribute>() is null)
                {
                    continue;
                }

                var value = property.GetValue(context.HandlerInstance);
                var bound = property.GetCustomAttribute<TextBoundAttribute>();
                var problem = value is string text
                    ? TextInput.Problem(property.Name, text, bound?.MaxLength ?? TextInput.LengthOf(property.Name), multiLine: bound is null ? null : true)
                    : TextInput.Check(value, property.Name);
                if (problem is not null)
                {
                    context.HttpContext.Items[RefusalItem] = problem.ProblemDetails.Detail;
                    context.Result = new StatusCodeResult(StatusCodes.Status422UnprocessableEntity);
                    return;
                }
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }

}
