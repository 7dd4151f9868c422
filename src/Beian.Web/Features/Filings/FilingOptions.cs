using Beian.Rules;

namespace Beian.Web.Features.Filings;

/// <summary>The provider's settings for filings of apps, mini-programs and quick apps (configuration section "Filing").</summary>
public sealed class FilingOptions
{
    /// <summary>
    /// R-APP-03: mini-programs and quick apps run on their host platform's servers and need no service code; a provider
    /// that runs such a platform on its own cloud may ask for one.
    /// </summary>
    public bool MiniProgramNeedsServiceCode { get; set; }

    /// <summary>R-APP-25: how strictly an app's features must be its subject's alone.</summary>
    public AppFeatureUniqueness AppFeatureUniqueness { get; set; } = AppFeatureUniqueness.PackageOrSignature;
}
