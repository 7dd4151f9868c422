namespace Beian.Filings;

/// <summary>
/// A document uploaded for an order (资料): the file is kept outside the database under a generated name, with its
/// detected type, size and SHA-256 here. A new upload of the same kind for the same role replaces the old one (R-DOC-12).
/// </summary>
public sealed class OrderDocument
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    /// <summary>The document key (DocumentKinds).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Whose: subject, subject.principal, websites[0].principal.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>The generated file name in the upload folder.</summary>
    public string StoredName { get; set; } = string.Empty;

    /// <summary>The type found from the file's first bytes, not from its name.</summary>
    public string DetectedType { get; set; } = string.Empty;

    public long Size { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
