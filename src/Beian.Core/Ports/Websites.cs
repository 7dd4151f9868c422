namespace Beian.Ports;

/// <summary>What fetching a domain's home page gave.</summary>
public enum FetchOutcome
{
    Ok,
    DnsFailed,
    ConnectFailed,
    TlsFailed,
    Timeout,
    HttpStatus,
    TooManyRedirects,
}

/// <summary>One domain's home page: where forwarding ended, and the page or the failure.</summary>
public sealed record SiteFetch(string Domain, FetchOutcome Outcome, string FinalDomain, bool Forwarded, int? Status, string? Html, string Explanation);

/// <summary>Websites' home pages by real HTTP (R-FOOTER-14): the provider's footer checks and the bureau's content check.</summary>
public interface ISiteFetcher
{
    /// <summary>Fetches a domain's home page, following redirects; a failure says what failed.</summary>
    Task<SiteFetch> FetchAsync(string domain, CancellationToken ct);
}
