using Beian.Compliance;
using Beian.Domains;
using Beian.Filings;
using Beian.Gate;
using Beian.Platform;
using Beian.Ports;
using Beian.Records;
using Beian.Time;
using Beian.Web.Data;
using Beian.Web.Features.Compliance;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Gate;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Diagnosis;

/// <summary>One reason a domain may be blocked or unreachable, with what to do next.</summary>
public sealed record DiagnosisItem(string Rule, string Explanation, string NextStep);

/// <summary>
/// The diagnosis of a domain: the gate's decision now, every reason found (most likely first), and the services of the
/// provider's copy that hold the host — a website's or an app's domain (R-APP-31) — with their numbers, as the public
/// query shows them, and their status here.
/// </summary>
public sealed record DiagnosisView(string Domain, string GateDecision, string GateExplanation, IReadOnlyList<DiagnosisItem> Reasons, IReadOnlyList<DiagnosedService> Services);

/// <summary>A service that admits, or would admit, the host: its number, type (网站, APP …) and status here.</summary>
public sealed record DiagnosedService(string IcpNumber, string Type, string Status);

/// <summary>
/// 访问诊断 (R-DIAG-*): explains why a domain may be blocked or unreachable, from the provider's copy, its orders, the
/// bureau's public record and the domain registry — and what the gate decides now — so that an owner learns it
/// without a support ticket. Only the domain's owner (the account whose record or order holds it) and the provider's
/// support and admins see its orders, inspection cases and which provider serves it; anyone else learns what the
/// public query, the registry and DNS would tell them: filed or not, blocked or not, and what the owner can do.
/// </summary>
public sealed class DiagnoseDomain(ProviderDb db, IBureauGateway bureau, IDomainRegistry registry, GateState gate, IDnsResolver dns, IOptions<ComplianceOptions> compliance, TimeProvider time)
{
    public async Task<Result<DiagnosisView>> HandleAsync(string? domain, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        if (!DomainName.TryNormalise(domain, out var name))
        {
            return Problems.Invalid("diagnosis.domain_invalid", "请输入正确的域名，例如 www.example.cn。");
        }

        var registrable = PublicSuffixList.RegistrableDomain(name) ?? name;
        var reasons = new List<DiagnosisItem>();
        var registration = (await registry.LookupAsync([registrable], ct)).GetValueOrDefault(registrable);
        if (registration is not null && registration.ExpiresOn < BeijingTime.Today(time))
        {
            reasons.Add(new("R-DIAG-02", "该域名已过期,不能正常访问,续费后可恢复使用", "续费后域名解析约24-48小时内恢复。"));
        }

        if (registration?.Status is "serverHold" or "clientHold")
        {
            reasons.Add(new("R-DIAG-03", $"域名处于{registration.Status}锁定状态，无法解析", "请联系注册商解除锁定（如完成实名认证）。"));
        }

        // The host and its parents up to the registrable domain: an app's domain may be filed at the third level (R-APP-29).
        var covering = Covering(name, registrable);
        var services = await db.RecordDomains.AsNoTracking().Where(d => covering.Contains(d.Domain))
            .Join(db.RecordWebsites, d => d.WebsiteId, w => w.Id, (d, w) => new { w.IcpNumber, w.Type, w.Status }).Distinct().ToListAsync(ct);
        var here = services.Select(s => s.Status).ToList();
        var orders = await db.OrderDomains.AsNoTracking().Where(d => d.Domain == registrable || d.Domain == name)
            .Join(BasicCheck.InProgress(db.Orders), d => d.OrderId, o => o.Id, (d, o) => new { o.Number, o.State, o.Type }).ToListAsync(ct);
        var national = (await bureau.LookupAsync(string.Empty, registrable, ct)).Domain;
        var owner = await OwnsAsync(db, user, registrable, name, ct);

        if (here.Contains(RecordStatus.Suspended))
        {
            reasons.Add(new("R-DIAG-10", "网站因违法违规内容已被暂停访问", "请删除违法违规内容，并联系接入商申请恢复。"));
        }

        var websiteNumbers = await db.RecordDomains.AsNoTracking().Where(d => d.Domain == registrable || d.Domain == name)
            .Join(db.RecordWebsites, d => d.WebsiteId, w => w.Id, (d, w) => w.IcpNumber).ToListAsync(ct);
        var openCases = owner
            ? await db.InspectionCases.AsNoTracking().Where(c => c.State == CaseState.Open && websiteNumbers.Contains(c.Target)).ToListAsync(ct)
            : [];
        foreach (var open in openCases)
        {
            reasons.Add(new("R-DIAG-08", $"专项核查发现问题：{open.Detail}（整改期限 {BeijingTime.Format(open.Deadline)}，期限内访问不受影响）", "请在期限内办理变更备案等整改，逾期本接入商将取消接入。"));
        }

        if (here.Contains(RecordStatus.AccessCancelled) || here.Contains(RecordStatus.Cancelled))
        {
            reasons.Add(new("R-DIAG-08", here.Contains(RecordStatus.Cancelled) ? "该域名的备案已被注销" : "本接入商已取消该域名的接入（如专项核查整改逾期或空壳网站）", "请按工信部备案查询的结果重新办理接入备案或首次备案。"));
        }

        // Approved but not synced: the bureau says this provider serves the website and the copy here has no live
        // record of it — a suspended one is here, suspended (R-DIAG-10), not waiting for a sync.
        var approvedNotSynced = national is not null && national.ServedByCaller && !here.Contains(RecordStatus.Normal) && !here.Contains(RecordStatus.Suspended);
        // Once the bureau approved, the order waiting for the sync is not a reason of its own (R-DIAG-06 says it).
        foreach (var order in orders.Where(o => owner && !(approvedNotSynced && o.State == OrderState.BureauReview)))
        {
            var rejected = order.State is OrderState.RejectedByProvider or OrderState.RejectedByBureau or OrderState.ReturnedByMiit;
            reasons.Add(new("R-DIAG-05", $"该域名的{order.Type.ChineseName()}订单{order.Number}尚未通过（{order.State.ChineseName()}）", rejected ? "请按驳回原因修改后重新提交。" : "请等待审核完成；同一阶段超过3个工作日未变化，可凭订单号联系客服。"));
        }

        if (approvedNotSynced && owner)
        {
            reasons.Add(new("R-DIAG-06", "管局已审核通过，备案信息尚未同步至本接入商", "请稍候，同步完成后即可访问。"));
        }

        if (national is not null && !national.ServedByCaller && national.ServedByAnyone && orders.Count == 0 && owner)
        {
            reasons.Add(new("R-DIAG-07", $"该域名已在其他接入商备案（{national.WebsiteIcpNumber}），尚未接入本接入商", "请在本接入商办理接入备案；获批前请勿将解析指向本接入商的服务器。"));
        }

        if (national is not null && !national.ServedByAnyone && here.Count == 0)
        {
            // Filed at MIIT, but no provider serves it since its access was cancelled: not "filed elsewhere" (R-DIAG-07).
            reasons.Add(new("R-DIAG-08", $"该域名的备案（{national.WebsiteIcpNumber}）已取消接入，目前没有接入商为其提供接入", "请在本接入商办理接入备案；获批前请勿将解析指向本接入商的服务器。"));
        }

        if (national is not null && national.ServedByAnyone && !here.Contains(RecordStatus.Normal) && !here.Contains(RecordStatus.Suspended) && !owner)
        {
            // What the public query says (the number), never which provider serves it or what is under way here.
            reasons.Add(new("R-DIAG-07", $"该域名已有ICP备案（{national.WebsiteIcpNumber}），尚未在本接入商开通访问", "如您是该备案的主体，请登录办理备案的账号查看进度，或在本接入商办理接入备案。"));
        }

        if (national is null && here.Count == 0 && (orders.Count == 0 || !owner))
        {
            reasons.Add(new("R-DIAG-04", "该域名没有ICP备案", "请办理首次备案；主体已备案的，办理新增网站。"));
        }

        reasons.AddRange(await DnsReasonsAsync(name, here.Contains(RecordStatus.Normal), dns, compliance.Value, ct));
        var decision = gate.Current.Decide(name);
        if (decision != GateReason.Allowed && reasons.Count == 0)
        {
            reasons.Add(new("R-DIAG-01", "域名访问被阻断（通过IP或内网可以访问）", "请检查备案、接入与服务器设置。"));
        }

        return new DiagnosisView(name, decision.Code(), decision == GateReason.Allowed ? "本接入商允许访问该域名。" : decision.Explain(), reasons,
            [.. services.OrderBy(s => s.IcpNumber, StringComparer.Ordinal).Select(s => new DiagnosedService(s.IcpNumber, s.Type.ChineseName(), s.Status.ChineseName()))]);
    }

    private static List<string> Covering(string name, string registrable)
    {
        var names = new List<string> { name };
        for (var at = name.IndexOf('.', StringComparison.Ordinal); at >= 0 && name.Length - at - 1 >= registrable.Length; at = name.IndexOf('.', at + 1))
        {
            names.Add(name[(at + 1)..]);
        }

        return names;
    }


    /// <summary>Whether the caller may see the domain's orders and cases: its owner, or the provider's support and admins.</summary>
    private static async Task<bool> OwnsAsync(ProviderDb db, System.Security.Claims.ClaimsPrincipal user, string registrable, string name, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Support) || user.IsInRole(Roles.Admin))
        {
            return true;
        }

        var account = user.Id();
        var onRecord = await db.RecordDomains.Where(d => d.Domain == registrable || d.Domain == name)
            .Join(db.RecordWebsites, d => d.WebsiteId, w => w.Id, (d, w) => w.SubjectId)
            .Join(db.RecordSubjects, id => id, s => s.Id, (id, s) => s.AccountId)
            .AnyAsync(a => a == account, ct);
        return onRecord || await db.OrderDomains.Where(d => d.Domain == registrable || d.Domain == name)
            .Join(db.Orders, d => d.OrderId, o => o.Id, (d, o) => o.AccountId)
            .AnyAsync(a => a == account, ct);
    }

    /// <summary>
    /// R-DIAG-09, R-DIAG-11: for a domain served here, the public DNS must point into this provider's mainland ranges;
    /// with no record at all, a URL forward or the site cannot be found.
    /// </summary>
    private static async Task<IEnumerable<DiagnosisItem>> DnsReasonsAsync(string name, bool servedHere, IDnsResolver dns, ComplianceOptions options, CancellationToken ct)
    {
        var ranges = options.ParsedMainlandRanges();
        if (!servedHere || ranges.IsEmpty)
        {
            return [];
        }

        var answer = await dns.ResolveAsync(name, ct);
        return answer.Status switch
        {
            DnsStatus.NoSuchName => [new("R-DIAG-11", "系统无法获取您的URL转发目标地址（该域名没有解析记录）", "请在域名解析服务商处添加解析记录；刚修改的解析需等待生效，也可清除本地DNS缓存后重试。")],
            DnsStatus.Resolved when !answer.Addresses.Any(ranges.Contains) =>
                [new("R-DIAG-09", $"域名解析未指向本接入商的服务器（当前解析到 {string.Join("、", answer.Addresses)}）", "请将域名解析到本接入商的中国内地服务器，解析生效通常需要几分钟至48小时。")],
            _ => [],
        };
    }
}
