using System.Globalization;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Compliance;

/// <summary>
/// The whole special inspection: registries, footers and content, DNS. Run by an admin at once, or by the sweep when
/// <see cref="ComplianceOptions.InspectionInterval"/> has passed — then one host takes the turn by moving the stored
/// time of the last run with a compare-and-set, so that several hosts never inspect twice.
/// </summary>
public sealed class ComplianceRun(
    ProviderDb db,
    RegistryInspection registries,
    FooterCheck footers,
    EmptyShellCheck shells,
    TimeProvider time,
    IOptions<ComplianceOptions> options)
{
    public const string LastRunKey = "compliance.last-run";

    public static IReadOnlyList<string> Checks { get; } = [RegistryInspection.Source, FooterCheck.Source, EmptyShellCheck.Source];

    public async Task<IReadOnlyList<CheckReport>> RunAsync(IReadOnlyCollection<string>? only, CancellationToken ct)
    {
        var reports = new List<CheckReport>();
        if (only is null || only.Count == 0 || only.Contains(RegistryInspection.Source))
        {
            reports.Add(await registries.RunAsync(ct));
        }

        if (only is null || only.Count == 0 || only.Contains(FooterCheck.Source))
        {
            reports.Add(await footers.RunAsync(ct));
        }

        if (only is null || only.Count == 0 || only.Contains(EmptyShellCheck.Source))
        {
            reports.Add(await shells.RunAsync(ct));
        }

        return reports;
    }

    /// <summary>The sweep's part: the whole inspection when it is due, by one host.</summary>
    public async Task<int> RunWhenDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var setting = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == LastRunKey, ct);
        if (setting is null)
        {
            // The first sweep only starts the clock: a fresh platform is not inspected before it has records.
            db.Settings.Add(new Setting { Key = LastRunKey, Value = Format(now) });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another host started it.
            }

            return 0;
        }

        if (DateTimeOffset.Parse(setting.Value, CultureInfo.InvariantCulture) + options.Value.InspectionInterval > now)
        {
            return 0;
        }

        var taken = await db.Settings.Where(s => s.Key == LastRunKey && s.Version == setting.Version)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, Format(now)).SetProperty(s => s.Version, setting.Version + 1), ct);
        if (taken == 0)
        {
            return 0;
        }

        var reports = await RunAsync(null, ct);
        return reports.Sum(r => r.Opened + r.Closed);
    }

    private static string Format(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
