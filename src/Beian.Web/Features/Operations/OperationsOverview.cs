using Beian.Compliance;
using Beian.Filings;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Operations;

/// <summary>
/// 运营概览: what an operator watches — orders by state, how long the ones in progress have waited, the provider's
/// own review backlog against its one-working-day level (R-REVIEW-10), and the open inspection cases by deadline.
/// Counted in the database, so it costs the same with a million records.
/// </summary>
public sealed class OperationsOverview(ProviderDb db, TimeProvider time)
{
    public sealed record Bucket(string Label, int Count, string Tone = "");

    public sealed record Overview(
        int InProgress,
        int WithProvider,
        int WithApplicant,
        int AtBureau,
        int OpenCases,
        IReadOnlyList<Bucket> ByState,
        IReadOnlyList<Bucket> ByAge,
        IReadOnlyList<Bucket> ReviewBacklog,
        IReadOnlyList<Bucket> CasesByDeadline,
        DateTimeOffset At);

    private static readonly OrderState[] WithProviderStates = [OrderState.PendingInitialReview, OrderState.InInitialReview, OrderState.InitialReviewPassed];
    private static readonly OrderState[] WithApplicantStates = [OrderState.Draft, OrderState.AwaitingApplicant, OrderState.RejectedByProvider, OrderState.RejectedByBureau, OrderState.ReturnedByMiit];
    private static readonly OrderState[] AtBureauStates = [OrderState.AwaitingSmsVerification, OrderState.BureauReview];

    public async Task<Overview> GetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var counts = await db.Orders.AsNoTracking().GroupBy(o => o.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(params OrderState[] states) => counts.Where(c => states.Contains(c.State)).Sum(c => c.Count);
        var byState = Enum.GetValues<OrderState>().Select(s => new Bucket(s.ChineseName(), Count(s), Tone(s))).ToList();

        var live = db.Orders.AsNoTracking().Where(o => o.State != OrderState.Approved && o.State != OrderState.Abandoned && o.State != OrderState.Expired);
        var byAge = new List<Bucket>();
        (string Label, TimeSpan From, TimeSpan? To, string Tone)[] ages =
        [
            ("1天内", TimeSpan.Zero, TimeSpan.FromDays(1), ""), ("1至3天", TimeSpan.FromDays(1), TimeSpan.FromDays(3), ""),
            ("3至7天", TimeSpan.FromDays(3), TimeSpan.FromDays(7), "warn"), ("7至30天", TimeSpan.FromDays(7), TimeSpan.FromDays(30), "warn"),
            ("30天以上", TimeSpan.FromDays(30), null, "bad"),
        ];
        foreach (var (label, from, to, tone) in ages)
        {
            var newest = now - from;
            var query = live.Where(o => o.CreatedAt <= newest);
            if (to is { } limit)
            {
                var oldest = now - limit;
                query = query.Where(o => o.CreatedAt > oldest);
            }

            byAge.Add(new(label, await query.CountAsync(ct), tone));
        }

        // Review backlog: the provider owes each order within one working day of its stage starting; waiting longer is late.
        var dayAgo = now.AddDays(-1);
        var threeDaysAgo = now.AddDays(-3);
        var waiting = db.Orders.AsNoTracking().Where(o => WithProviderStates.Contains(o.State));
        var backlog = new List<Bucket>
        {
            new("提交1天内", await waiting.CountAsync(o => o.SubmittedAt > dayAgo, ct)),
            new("1至3天", await waiting.CountAsync(o => o.SubmittedAt <= dayAgo && o.SubmittedAt > threeDaysAgo, ct), "warn"),
            new("超过3天（可催办）", await waiting.CountAsync(o => o.SubmittedAt <= threeDaysAgo, ct), "bad"),
        };

        var open = db.InspectionCases.AsNoTracking().Where(c => c.State == CaseState.Open);
        var week = now.AddDays(7);
        var month = now.AddDays(30);
        var cases = new List<Bucket>
        {
            new("已到期", await open.CountAsync(c => c.Deadline <= now, ct), "bad"),
            new("7天内到期", await open.CountAsync(c => c.Deadline > now && c.Deadline <= week, ct), "warn"),
            new("30天内到期", await open.CountAsync(c => c.Deadline > week && c.Deadline <= month, ct)),
            new("30天以后", await open.CountAsync(c => c.Deadline > month, ct)),
        };

        return new Overview(
            counts.Where(c => c.State.IsInProgress()).Sum(c => c.Count), Count(WithProviderStates), Count(WithApplicantStates), Count(AtBureauStates),
            cases.Sum(c => c.Count), byState, byAge, backlog, cases, now);
    }

    private static string Tone(OrderState state) => state switch
    {
        OrderState.Approved => "ok",
        OrderState.RejectedByProvider or OrderState.RejectedByBureau or OrderState.ReturnedByMiit or OrderState.Expired => "bad",
        _ => string.Empty,
    };
}
