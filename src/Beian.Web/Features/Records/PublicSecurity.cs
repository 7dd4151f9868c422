using System.Security.Claims;
using Beian.Filings;
using Beian.Instances;
using Beian.Platform;
using Beian.Records;
using Beian.Reference;
using Beian.Time;
using Beian.Web.Data;
using Beian.Web.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Records;

/// <summary>
/// 公安联网备案: for each approved website, the public-security filing's deadline (30 days from going live here), what
/// that filing asks of the provider — its name, the access method, the server IP, the access date, and the service
/// agreement as a PDF — and the number once the owner records it, which the footer check then looks for.
/// </summary>
public sealed class PublicSecurity(ProviderDb db, PdfDocuments pdf, IOptions<PlatformOptions> options, TimeProvider time)
{
    /// <param name="Number">公安备案号, e.g. 京公网安备11010502030143号; an empty text clears it, none leaves it as it is.</param>
    /// <param name="LaunchedOn">The day the website really went live here, when not the day its filing synced here; none leaves it as it is.</param>
    public sealed record Request(string? Number, DateOnly? LaunchedOn);

    /// <summary>What the public-security filing asks of the provider (接入信息).</summary>
    public sealed record ProviderFacts(string ProviderName, string AccessMethod, IReadOnlyList<string> ServerIps, DateOnly AccessDate);

    /// <param name="IcpNumber">The website's ICP number.</param>
    /// <param name="Name">The website's name.</param>
    /// <param name="Domains">Its domains.</param>
    /// <param name="LaunchedOn">The day it went live here: the owner's correction, or the day its filing synced here.</param>
    /// <param name="LaunchCorrected">Whether the owner corrected the launch day.</param>
    /// <param name="Deadline">The last day to file with the public-security portal.</param>
    /// <param name="DaysLeft">Days until the deadline; negative once it passed. Null once the number is recorded.</param>
    /// <param name="Number">公安备案号, once recorded.</param>
    /// <param name="FooterCheck">What the last footer check saw of the number, once recorded.</param>
    /// <param name="Facts">What the filing asks of the provider.</param>
    public sealed record View(
        string IcpNumber, string Name, IReadOnlyList<string> Domains, DateOnly LaunchedOn, bool LaunchCorrected, DateOnly Deadline, int? DaysLeft,
        string? Number, string? FooterCheck, ProviderFacts Facts);

    public async Task<Result<View>> GetAsync(string icpNumber, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await FindAsync(icpNumber, user.Id(), tracked: false, ct);
        return found is null ? Problems.NotFound("record") : await ViewOfAsync(found.Value.Subject, found.Value.Website, ct);
    }

    public async Task<Result<View>> UpdateAsync(string icpNumber, Request request, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await FindAsync(icpNumber, user.Id(), tracked: true, ct);
        if (found is null)
        {
            return Problems.NotFound("record");
        }

        var (subject, website) = found.Value;
        var number = website.PublicSecurityNumber;
        if (request.Number is not null)
        {
            number = null;
            if (request.Number.Trim().Length > 0 && !PublicSecurityFiling.TryParse(request.Number, out number, out var error))
            {
                return Problems.Invalid("public_security.number", error!);
            }
        }

        var synced = BeijingTime.DateOf(website.ApprovedAt);
        if (request.LaunchedOn is { } launched && (launched < synced || launched > BeijingTime.Today(time)))
        {
            return Problems.Invalid("public_security.launched_on", $"上线日期须在本接入商接入之日（{synced:yyyy-MM-dd}）至今天之间。");
        }

        if (number != website.PublicSecurityNumber)
        {
            website.PublicSecurityFooter = null;
        }

        website.PublicSecurityNumber = number;
        if (request.LaunchedOn is { } day && day != (website.LaunchedOn ?? synced))
        {
            // A new deadline: its reminders are due afresh.
            website.LaunchedOn = day == synced ? null : day;
            website.PublicSecurityReminders = 0;
        }
        await db.SaveChangesAsync(ct);
        return await ViewOfAsync(subject, website, ct);
    }

    /// <summary>网络接入服务协议 as a PDF: the facts of the access the public-security filing asks for.</summary>
    public async Task<Result<PdfFile>> AgreementAsync(string icpNumber, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await FindAsync(icpNumber, user.Id(), tracked: false, ct);
        if (found is null)
        {
            return Problems.NotFound("record");
        }

        var (subject, website) = found.Value;
        var view = await ViewOfAsync(subject, website, ct);
        using var document = pdf.Compose("互联网接入服务协议", website.IcpNumber);
        if (document is null)
        {
            return PdfDocuments.FontMissing();
        }

        document.Title("互联网接入服务协议（接入信息）")
            .Field("甲方（接入服务单位）", view.Facts.ProviderName).Field("乙方（网站主办者）", subject.Name)
            .Field("网站名称", website.Name).Field("网站备案号", website.IcpNumber).Field("域名", string.Join("、", view.Domains))
            .Field("接入方式", view.Facts.AccessMethod).Field("服务器IP", view.Facts.ServerIps.Count == 0 ? "—" : string.Join("、", view.Facts.ServerIps))
            .Field("接入日期", view.Facts.AccessDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Paragraph("甲方为乙方上述网站提供互联网接入服务；乙方保证网站内容合法，按规定办理ICP备案与公安联网备案，并在网站首页底部悬挂备案号。")
            .Paragraph($"乙方应自网站上线之日起{PublicSecurityFiling.DaysToFile}日内在全国互联网安全管理服务平台（https://{PublicSecurityFiling.PortalHosts[0]}/）办理公安联网备案。")
            .Signature(view.Facts.ProviderName);
        return new PdfFile(document.ToBytes(), $"{website.IcpNumber}-接入服务协议.pdf");
    }

    private async Task<(RecordSubject Subject, RecordWebsite Website)?> FindAsync(string icpNumber, Guid account, bool tracked, CancellationToken ct)
    {
        // No-tracking anywhere in a query is no-tracking for all of it: chosen once, for the whole query.
        var query = db.RecordWebsites.Include(w => w.Domains)
            .Where(w => w.IcpNumber == icpNumber && w.Type == ServiceType.Website && w.Status == RecordStatus.Normal)
            .Join(db.RecordSubjects.Where(s => s.AccountId == account), w => w.SubjectId, s => s.Id, (w, s) => new { Website = w, Subject = s });
        var found = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Subject, found.Website);
    }

    private async Task<View> ViewOfAsync(RecordSubject subject, RecordWebsite website, CancellationToken ct)
    {
        var synced = BeijingTime.DateOf(website.ApprovedAt);
        var launched = website.LaunchedOn ?? synced;
        var deadline = PublicSecurityFiling.DeadlineOf(launched);
        // The instance behind the website's service code says how it is reached and from which address.
        var instance = await db.ServiceCodes.AsNoTracking().Where(c => c.WebsiteIcpNumber == website.IcpNumber)
            .Join(db.Instances, c => c.InstanceId, i => i.Id, (c, i) => i).FirstOrDefaultAsync(ct);
        var ips = new[] { website.ReportedIp, instance?.PublicIp }.Where(ip => !string.IsNullOrWhiteSpace(ip)).Select(ip => ip!).Distinct().ToList();
        var facts = new ProviderFacts(options.Value.ProviderName, AccessMethodOf(instance), ips, synced);
        return new View(
            website.IcpNumber, website.Name, [.. website.Domains.Select(d => d.Domain)], launched, website.LaunchedOn is not null, deadline,
            website.PublicSecurityNumber is null ? deadline.DayNumber - BeijingTime.Today(time).DayNumber : null,
            website.PublicSecurityNumber, website.PublicSecurityFooter, facts);
    }

    /// <summary>接入方式 as the public-security form names it, from the kind of product the website runs on.</summary>
    private static string AccessMethodOf(CloudInstance? instance) => instance?.ProductType switch
    {
        "virtual-host" or "elastic-web-hosting" or "site-builder" => "虚拟主机",
        null => "云服务器",
        var type => ProductTable.Find(type)?.Name is { } name && name.Contains("服务器", StringComparison.Ordinal) ? "云服务器" : "云服务（" + (ProductTable.Find(type)?.Name ?? type) + "）",
    };
}
