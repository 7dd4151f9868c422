namespace Beian;

/// <summary>
/// A refusal with a stable code and a Chinese explanation; the web layer turns it into problem+json. The code is a
/// rule ID (R-BASIC-01) where a rule refuses, or a stable error name (order.action_not_allowed) otherwise.
/// </summary>
/// <param name="Code">Stable code clients may branch on.</param>
/// <param name="Detail">What happened and what to do, in Chinese.</param>
/// <param name="Kind">How the web layer should answer it.</param>
public sealed record DomainError(string Code, string Detail, ErrorKind Kind = ErrorKind.Invalid);

/// <summary>The kind of refusal, which decides the HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>The request is wrong (400/422).</summary>
    Invalid,

    /// <summary>Nothing of that name that the caller may see (404).</summary>
    NotFound,

    /// <summary>The state of things does not allow it now (409).</summary>
    Conflict,

    /// <summary>The caller may not do this (403).</summary>
    Forbidden,
}
