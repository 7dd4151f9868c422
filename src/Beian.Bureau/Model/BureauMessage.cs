using Beian.PersonalData;

namespace Beian.Bureau.Model;

/// <summary>
/// A message from the bureau to one provider, in one ordered stream per provider; the provider sees it only after the
/// configured sync lag (§2.5, §11.4: MIIT's SMS may arrive before the provider shows the result).
/// </summary>
public sealed class BureauMessage
{
    public long Sequence { get; set; }

    public string ProviderId { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>JSON body: numbers, reasons, record data.</summary>
    public string Payload { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset VisibleAt { get; set; }
}

/// <summary>An SMS the MIIT system sends (verification codes, results): the bureau's outbox.</summary>
public sealed class MiitSms
{
    /// <summary>The stable message id: a repeat delivery carries the same one.</summary>
    public Guid Id { get; set; }

    public SealedText To { get; set; } = null!;

    public string Text { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }
}
