using System.Collections.Concurrent;
using Beian.Compliance;
using Beian.Web.Data;
using Beian.Web.Features.Operations;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Compliance;

/// <summary>
/// 专项核查 against the registries (R-INSP-01, R-INSP-04, R-INSP-07): every record this provider serves, read as the
/// national record holds it, asked of the business registry, the identity database, the carriers and the domain
/// registries; what they say now opens cases, and what they no longer say closes them.
/// </summary>
/// <remarks>
/// The served subjects are streamed in batches that are inspected side by side, each in its own scope: a million
/// records are never held at once, and every core reads, unseals and examines (bench/compliance.sh).
/// </remarks>
public sealed class RegistryInspection(ProviderDb db, IServiceScopeFactory scopes, InspectionCases cases, InspectionProgress progress, IOptions<ComplianceOptions> options)
{
    public const string Source = "registries";

    /// <summary>Records are read and asked about in batches: one round trip per registry for a batch, not per record.</summary>
    private const int Batch = 500;

    public async Task<CheckReport> RunAsync(CancellationToken ct)
    {
        var inspected = 0;
        var findings = new ConcurrentQueue<InspectionFinding>();
        var notes = new ConcurrentQueue<CheckNote>();
        var targets = new ConcurrentDictionary<string, CaseSubject>(StringComparer.Ordinal);
        progress.Start(Source, await ServedRecords.CountAsync(db, ct));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.InspectionParallelism), CancellationToken = ct };
        await Parallel.ForEachAsync(ServedRecords.StreamAsync(db, ct).Chunk(Batch), parallel, async (chunk, token) =>
        {
            Interlocked.Add(ref inspected, chunk.Length);
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<RegistryInspectionBatch>().InspectAsync(chunk, token);
            foreach (var finding in result.Findings)
            {
                findings.Enqueue(finding);
            }

            foreach (var note in result.Notes)
            {
                notes.Enqueue(note);
            }

            foreach (var (target, subject) in result.Targets)
            {
                targets[target] = subject;
            }

            progress.Advance(chunk.Length);
        });

        progress.Finish();
        var (opened, closed) = await cases.ReconcileAsync(Source, targets, [.. findings], ct);
        return new CheckReport(Source, inspected, opened, closed, [.. notes.OrderBy(n => n.Target, StringComparer.Ordinal)]);
    }
}
