using System.Collections.Concurrent;
using System.Data.Common;
using Beian.Web.Data;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Data;

/// <summary>
/// The hot look-ups go by an index on both engines (issue #23): every statement the public query, the basic check, order
/// creation, the rule check, the diagnosis and SMS verification run is recorded, and its plan must scan no large table
/// (SQLite's EXPLAIN QUERY PLAN; PostgreSQL's EXPLAIN with sequential scans discouraged, so that a usable index shows).
/// </summary>
public class QueryPlanTests
{
    /// <summary>The tables that grow with the record: a scan of any of them is a scan of a million rows.</summary>
    private static readonly string[] Large =
    [
        "subjects", "websites", "domains", "sms_challenges", "applications", "registry_domains",
        "record_subjects", "record_websites", "record_domains", "orders", "order_domains", "order_events",
    ];

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TheHotLookUps_ScanNoLargeTable(string database)
    {
        var log = new CommandLog();
        using var factory = new PlatformFactory(database);
        factory.TestServices.Add(s => s.AddSingleton<IInterceptor>(log));
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/compliance-bench/seed", new { count = 3000 });
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("plans@example.com");
        var anonymous = factory.CreateClient();

        log.Start();
        await anonymous.GetJsonAsync("/api/miit/records?domain=insp-1234.cn");
        await anonymous.GetJsonAsync("/api/miit/records?domain=nowhere-1234.cn");
        await anonymous.GetJsonAsync("/api/miit/records?number=" + Uri.EscapeDataString("京ICP备2027001234号-1"));
        await anonymous.GetJsonAsync("/api/miit/records?subject=" + Uri.EscapeDataString("北京压测科技有限公司1234"));
        foreach (var keyword in new[] { "insp-1234.cn", "京ICP备2027001234号", "京ICP备2027001234号-1", "北京压测科技有限公司12", "压测网站" })
        {
            await anonymous.PostJsonAsync("/api/miit/icp-query", new { unitName = keyword, serviceType = 1, pageNum = 1, pageSize = 10 });
        }

        await applicant.PostJsonAsync("/api/filings/basic-check", FilingJourney.BasicInfo(271, "insp-1234.cn"));
        var order = await FilingJourney.FileAsync(applicant, 272, "plans-272.cn");
        await applicant.GetJsonAsync($"/api/orders/{order.GetProperty("id").GetGuid()}/findings");
        await applicant.GetJsonAsync("/api/diagnosis?domain=insp-1234.cn");
        await anonymous.PostJsonAsync("/api/miit/sms-verification", new { mobile = TestPeople.Mobile(999), idLastSix = "123456", code = "123456" });
        log.Stop();

        var scans = new List<string>();
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        foreach (var (sql, parameters) in log.Statements.Where(s => s.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).DistinctBy(s => s.Sql))
        {
            // SQLite's plan names tables by their alias in the statement: map each alias back to its table.
            var tables = System.Text.RegularExpressions.Regex.Matches(sql, "\"(?:provider|bureau)_(?<table>\\w+)\" AS \"(?<alias>\\w+)\"")
                .ToDictionary(m => m.Groups["alias"].Value, m => m.Groups["table"].Value);
            foreach (var line in await PlanAsync(db, sql, parameters))
            {
                var scanned = Large.FirstOrDefault(t => IsFullScan(line, t, database, tables));
                if (scanned is not null)
                {
                    scans.Add($"{scanned}: {line}\n    {sql.ReplaceLineEndings(" ")}");
                }
            }
        }

        Assert.True(scans.Count == 0, string.Join("\n", scans));
    }

    private static bool IsFullScan(string line, string table, string database, Dictionary<string, string> tables)
    {
        if (database != Databases.Sqlite)
        {
            return line.Contains($"Seq Scan on {table} ", StringComparison.Ordinal) || line.EndsWith($"Seq Scan on {table}", StringComparison.Ordinal);
        }

        var scan = System.Text.RegularExpressions.Regex.Match(line, @"\bSCAN (?<name>\w+)");
        return scan.Success && (tables.GetValueOrDefault(scan.Groups["name"].Value) ?? scan.Groups["name"].Value.Replace("provider_", string.Empty, StringComparison.Ordinal).Replace("bureau_", string.Empty, StringComparison.Ordinal)) == table;
    }

    private static async Task<List<string>> PlanAsync(DbContext db, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var postgres = db.Database.IsNpgsql();
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            if (postgres)
            {
                await using var off = connection.CreateCommand();
                off.CommandText = "SET enable_seqscan = off";
                await off.ExecuteNonQueryAsync();
            }

            await using var command = connection.CreateCommand();
            command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql;
            foreach (var (name, value) in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.Value = value ?? DBNull.Value;
                command.Parameters.Add(p);
            }

            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(postgres ? 0 : reader.FieldCount - 1));
            }

            return lines;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class CommandLog : DbCommandInterceptor
    {
        private volatile bool _on;

        public ConcurrentQueue<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Statements { get; } = new();

        public void Start() => _on = true;

        public void Stop() => _on = false;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Record(DbCommand command)
        {
            if (_on)
            {
                Statements.Enqueue((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
            }
        }
    }
}
