using Beian.Reference;

namespace Beian.Filings;

/// <summary>One piece of advice of the source document, in our words, for one step of the filer's way.</summary>
/// <param name="Rule">The spec's rule ID, e.g. R-SMS-12.</param>
/// <param name="Topic">The step it belongs to: start, documents, review, sms, rejected, approved, records, query.</param>
/// <param name="Text">The advice.</param>
/// <param name="Rejection">For a reviewer's check: the catalog reason to reject on when it fails.</param>
public sealed record GuidanceEntry(string Rule, string Topic, string Text, string? Rejection = null);

/// <summary>
/// The advice that is not a check — what a filer should know before filing, while waiting for the SMS, after a
/// rejection or an approval, when managing records — and the reviewer's checks that rest on judgement, each with the
/// catalog reason to reject on (topic workbench), read from the versioned data file <c>guidance.json</c>. The console,
/// the workbench and the API show the entries of the step at hand.
/// </summary>
public static class GuidanceCatalog
{
    private static readonly Lazy<FileShape> Data = new(() => ReferenceData.Read<FileShape>("guidance.json"));

    public static IReadOnlyList<GuidanceEntry> All => Data.Value.Entries;

    /// <summary>Topic keys with their Chinese headings.</summary>
    public static IReadOnlyDictionary<string, string> Topics => Data.Value.Topics;

    public static IReadOnlyList<GuidanceEntry> For(string topic) => [.. Data.Value.Entries.Where(e => e.Topic == topic)];

    /// <summary>The advice for an order in this state: what the filer is waiting for or must do next.</summary>
    public static IReadOnlyList<GuidanceEntry> ForOrder(OrderState state, FilingType type) => state switch
    {
        OrderState.Draft or OrderState.AwaitingApplicant => For("documents"),
        OrderState.PendingInitialReview or OrderState.InInitialReview or OrderState.InitialReviewPassed => For("review"),
        OrderState.AwaitingSmsVerification or OrderState.ReturnedByMiit => For("sms"),
        OrderState.RejectedByProvider or OrderState.RejectedByBureau when type == FilingType.Access => For("rejected"),
        OrderState.Approved when type is FilingType.FirstFiling or FilingType.Access or FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere =>
            [.. For("approved").Where(e => type == FilingType.Access || e.Rule != "R-ACCESS-06")],
        _ => [],
    };

    private sealed record FileShape(string Version, Dictionary<string, string> Topics, GuidanceEntry[] Entries);
}
