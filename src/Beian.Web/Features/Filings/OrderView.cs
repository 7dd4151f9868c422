using Beian.Filings;
using Beian.Reference;

namespace Beian.Web.Features.Filings;

/// <summary>A rejection reason as the applicant sees it: the catalog title and what to do about it.</summary>
public sealed record RejectionView(string Code, string Title, string? Remedy, string? Remark, bool ByBureau);

public sealed record TimelineView(DateTimeOffset At, string? Transition, string From, string To, string Actor, string Description, string? Note);

/// <summary>
/// An order as its owner and the staff see it: personal data masked, the actions allowed now, the timeline, by when the
/// provider owes the next step and from when the applicant may escalate it (催办: only after that moment).
/// </summary>
public sealed record OrderView(
    Guid Id,
    string Number,
    FilingType Type,
    string TypeName,
    OrderState State,
    string StateName,
    string ProvinceCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ExpiresAt,
    bool SyncedToProvider,
    string? SubjectIcpNumber,
    IReadOnlyList<string> WebsiteIcpNumbers,
    IReadOnlyList<RejectionView> Rejections,
    IReadOnlyList<OrderAction> AllowedActions,
    DraftView Draft,
    IReadOnlyList<TimelineView> Timeline,
    IReadOnlyList<GuidanceEntry> Guidance,
    DateTimeOffset? ReviewDueBy,
    DateTimeOffset? EscalableAfter)
{
    public static OrderView Of(FilingOrder order, DraftMapper mapper, Actor viewer, bool reveal = false)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(mapper);
        return new OrderView(
            order.Id,
            order.Number,
            order.Type,
            order.Type.ChineseName(),
            order.State,
            order.State.ChineseName(),
            order.ProvinceCode,
            order.CreatedAt,
            order.SubmittedAt,
            order.ExpiresAt,
            order.SyncedToProvider,
            order.SubjectIcpNumber,
            order.WebsiteIcpNumbers,
            [.. order.Rejections.Select(r => (Reason: r, Catalog: RejectionCatalog.Find(r.Code))).Select(x => new RejectionView(x.Reason.Code, x.Catalog?.Title ?? x.Reason.Code, x.Catalog?.Remedy, x.Reason.Remark, x.Reason.ByBureau))],
            order.AllowedActions(viewer),
            mapper.ToView(order.Draft, order.WebsiteIcpNumbers, reveal),
            [.. order.Timeline.OrderBy(e => e.At).Select(e => new TimelineView(e.At, e.TransitionId, e.From.ChineseName(), e.To.ChineseName(), e.ActorName, e.Description, e.Note))],
            GuidanceCatalog.ForOrder(order.State, order.Type),
            ReviewClock.DueBy(order, mapper.Calendar),
            ReviewClock.EscalableAfter(order, mapper.Calendar));
    }
}
