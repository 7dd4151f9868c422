using Beian.Web.Features.Compliance;
using Beian.Web.Features.Operations;
using Beian.Web.Features.Staff;
using Beian.Web.Infrastructure.Keys;

namespace Beian.Web.Infrastructure;

/// <summary>
/// The platform's command-line tasks, run on the same configuration and database as the host, then exit:
/// <c>inspect [registries|footer|dns …]</c> runs the special inspection with progress; <c>reconcile [repair]</c>
/// compares the provider's copy with the national record; <c>users add --role … --email … [--name …]</c> opens a staff
/// account (the way to the first admin outside sandbox) and <c>users list</c> lists them; <c>keys init DIR</c> and
/// <c>keys next DIR</c> write key files (before a host can start), <c>keys rotate</c> re-seals everything under the
/// current keys.
/// </summary>
public static class Commands
{
    public static readonly string[] Names = ["inspect", "reconcile", "users", "keys"];

    /// <summary>
    /// The commands that need no host because they make what a host needs to start (its keys): runs one and returns
    /// true, or returns false to let the host start.
    /// </summary>
    public static bool RunBeforeHost(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not ["keys", "init" or "next", var folder])
        {
            return false;
        }

        if (args[1] == "init")
        {
            foreach (var file in KeyFiles.Init(folder))
            {
                output.WriteLine($"已生成 {file}（仅本用户可读）");
            }

            output.WriteLine($"配置：PersonalData__KeyFile={Path.Combine(folder, KeyFiles.PersonalDataFile)} DataProtection__KeyFile={Path.Combine(folder, KeyFiles.KeyRingFile)}");
        }
        else
        {
            output.WriteLine($"个人信息密钥：新的当前密钥 {KeyFiles.Next(Path.Combine(folder, KeyFiles.PersonalDataFile))}");
            output.WriteLine($"登录密钥环的加密密钥：新的当前密钥 {KeyFiles.Next(Path.Combine(folder, KeyFiles.KeyRingFile))}");
            output.WriteLine("重启平台后运行 `keys rotate`，用新密钥重新加密全部数据；完成后方可删除旧密钥。");
        }

        return true;
    }

    /// <summary>When the first argument names a task: runs it and returns true, so that the host does not start.</summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || !Names.Contains(args[0]))
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(app.Services, args, Console.Out, app.Lifetime.ApplicationStopping);
        return true;
    }

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        if (args[0] == "users")
        {
            return await UsersAsync(scope.ServiceProvider.GetRequiredService<StaffAccounts>(), args, output, ct);
        }

        if (args[0] == "keys")
        {
            if (args.Count < 2 || args[1] != "rotate")
            {
                await output.WriteLineAsync("用法：keys init 目录；keys next 目录；keys rotate");
                return 2;
            }

            await output.WriteLineAsync("用当前密钥重新加密个人信息、上传文件与登录密钥环（可中断，再次运行即继续）：");
            var rotation = new ProgressBar(output, ProgressBar.CanRedraw(output));
            var report = await scope.ServiceProvider.GetRequiredService<KeyRotation>().RunAsync(output, ct, rotation.Show);
            await output.WriteLineAsync($"完成：重新加密 {report.Values} 个字段、{report.Files} 个文件、{report.KeyRingEntries} 个登录密钥。");
            return 0;
        }

        if (args[0] == "reconcile")
        {
            var report = await scope.ServiceProvider.GetRequiredService<Reconciliation>().RunAsync(args.Contains("repair"), ct);
            await output.WriteLineAsync($"对账：比对 {report.Compared} 个网站，差异 {report.Drifts.Count} 处，已修复 {report.Drifts.Count(d => d.Repaired)} 处");
            foreach (var drift in report.Drifts)
            {
                await output.WriteLineAsync($"  {(drift.Repaired ? "已修复" : "待核实")} {drift.IcpNumber} {drift.Kind}：{drift.Detail}");
            }

            return 0;
        }

        var checks = args.Skip(1).ToList();
        var unknown = checks.Except(ComplianceRun.Checks).ToList();
        if (unknown.Count > 0)
        {
            await output.WriteLineAsync($"未知的核查：{string.Join("、", unknown)}；可选：{string.Join("、", ComplianceRun.Checks)}");
            return 2;
        }

        var run = scope.ServiceProvider.GetRequiredService<ComplianceRun>();
        var todo = checks.Count == 0 ? ComplianceRun.Checks : checks;
        var bar = new ProgressBar(output, ProgressBar.CanRedraw(output));
        void Draw(InspectionStep step) => bar.Show(step.Check, step.Done, step.Total);
        var progress = scope.ServiceProvider.GetRequiredService<InspectionProgress>();
        progress.Changed += Draw;
        try
        {
            await InspectAsync(run, todo, output, ct);
        }
        finally
        {
            progress.Changed -= Draw;
        }

        return 0;
    }

    private static async Task InspectAsync(ComplianceRun run, IReadOnlyList<string> todo, TextWriter output, CancellationToken ct)
    {
        for (var i = 0; i < todo.Count; i++)
        {
            await output.WriteLineAsync($"[{i + 1}/{todo.Count}] {todo[i]} …");
            var report = (await run.RunAsync([todo[i]], ct))[0];
            await output.WriteLineAsync($"[{i + 1}/{todo.Count}] {todo[i]}：核查 {report.Inspected}，新发现 {report.Opened}，已整改 {report.Closed}，未能核查 {report.Notes.Count}");
            foreach (var note in report.Notes)
            {
                await output.WriteLineAsync($"  {note.Target} {note.Domain}：{note.Explanation}");
            }
        }
    }

    private static async Task<int> UsersAsync(StaffAccounts staff, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        string? Option(string name)
        {
            var at = args.ToList().IndexOf("--" + name);
            return at > 0 && at + 1 < args.Count ? args[at + 1] : null;
        }

        if (args.Count > 1 && args[1] == "list")
        {
            foreach (var account in await staff.ListAsync(ct))
            {
                await output.WriteLineAsync($"{account.Email}\t{account.Role}\t{(account.Disabled ? "已停用" : "正常")}");
            }

            return 0;
        }

        if (args.Count < 2 || args[1] != "add" || Option("email") is not { } email || Option("role") is not { } role)
        {
            await output.WriteLineAsync("用法：users add --role reviewer|support|admin|bureau --email 邮箱 [--name 姓名]；users list");
            return 2;
        }

        var result = await staff.InviteAsync(new(email, role, Option("name")), StaffAccounts.Actor.CommandLine, ct);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync($"未能开通：{result.Problem.Detail}");
            return 1;
        }

        var invited = result.Value;
        await output.WriteLineAsync($"已开通 {invited.Account.Email}（{invited.Account.RoleName}）。");
        await output.WriteLineAsync($"初始密码（只显示这一次，首次登录须修改）：{invited.FirstPassword}");
        return 0;
    }
}
