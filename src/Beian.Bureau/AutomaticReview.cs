using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Filings;
using Beian.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Bureau;

/// <summary>
/// The simulator's bureau decides on its own when a review falls due (R-PROV-CFG-20; cancellations R-PROV-CFG-18,
/// R-CANCEL-08; changes R-CHG-03): the bureau's checks give the reasons to reject, and without one the application is
/// approved. Each decision is conditional on the application's version, so two hosts decide once and an operator who
/// decided first wins.
/// </summary>
public sealed class AutomaticReview(BureauDb db, BureauChecks checks, BureauDecisions decisions, TimeProvider time, IOptions<BureauOptions> options)
{
    public const string OperatorName = "管局系统自动审核";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!options.Value.AutoDecide)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var due = await db.Applications.AsNoTracking()
            .Where(a => a.State == ApplicationState.InReview && a.ReviewDueAt <= now)
            .OrderBy(a => a.ReviewDueAt).Take(100).ToListAsync(ct);
        foreach (var application in due)
        {
            var reasons = await checks.FindAsync(application, ProvinceRuleTable.For(application.ProvinceCode), ct);
            try
            {
                _ = reasons.Count == 0
                    ? await decisions.ApproveAsync(application.Id, OperatorName, ct, checkedAlready: true)
                    : await decisions.RejectAsync(application.Id, reasons, OperatorName, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another host or an operator decided it first: theirs stands.
            }

            db.ChangeTracker.Clear();
        }

        return due.Count;
    }
}
