namespace Beian.Platform;

/// <summary>The scope an API key needs to call an endpoint (<c>Beian.Accounts.ApiScopes</c>); an endpoint without one refuses every key.</summary>
public sealed record ApiKeyScope(string Scope);

public static class ApiKeyScopeExtensions
{
    /// <summary>Lets API keys with <paramref name="scope"/> call these endpoints; without it, no key may.</summary>
    public static TBuilder AllowApiKey<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ApiKeyScope(scope));
}
