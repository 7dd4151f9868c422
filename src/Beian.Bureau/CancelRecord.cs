using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau;

/// <summary>
/// The bureau cancels a record itself (R-CANCEL-13): on the subject's written request, also where no provider can do it
/// — someone else's record on a newly bought domain, an empty-shell subject, a provider out of reach (R-CANCEL-11) —;
/// for an expired and deleted domain whose new holder asks; or for illegal content, which takes the subject with every
/// website and, in serious cases, blacklists its certificate number and website names. Every provider that served it
/// and the principal are told (「备案号已被收回」).
/// </summary>
public static class CancelRecord
{
    public static readonly IReadOnlyDictionary<string, string> Causes = new Dictionary<string, string>
    {
        ["owner-request"] = "主办者申请注销（含线下书面申请）",
        ["expired-domain-new-holder"] = "域名过期被删除，新持有者申请注销",
        ["no-provider"] = "因信息不实被取消接入，长期无接入商接入",
        ["illegal-content"] = "网站存在违法违规内容",
    };

    public sealed record Request([property: JsonRequired] string? Cause, string? Remark = null, bool Blacklist = false);

    public sealed record Cancelled(string IcpNumber, string Cause, IReadOnlyList<string> Websites, bool Blacklisted);

    public static async Task<Results<Ok<Cancelled>, ProblemHttpResult>> HandleAsync(
        string icpNumber, Request body, ClaimsPrincipal user, BureauDb db, RecordReclaim reclaim, TimeProvider time, CancellationToken ct)
    {
        if (body?.Cause is not { } cause || !Causes.ContainsKey(cause))
        {
            return Problems.Invalid("record.cancel_cause_unknown", $"请选择注销原因：{string.Join("、", Causes.Select(c => $"{c.Key}（{c.Value}）"))}。");
        }

        if (body.Blacklist && cause != "illegal-content")
        {
            return Problems.Invalid("record.blacklist_not_allowed", "只有因违法违规内容注销的备案才能列入黑名单。");
        }

        if (!Numbers.IcpNumber.TryParse(icpNumber, out var number, onImport: true))
        {
            return Problems.NotFound("record");
        }

        var subject = await db.Subjects.Include(s => s.Websites).ThenInclude(w => w.Domains)
            .FirstOrDefaultAsync(s => s.IcpNumber == number.Subject.ToString() && s.Status == NationalStatus.Normal, ct);
        var website = number.IsServiceNumber ? subject?.Websites.FirstOrDefault(w => w.IcpNumber == number.ToString() && w.Status == NationalStatus.Normal) : null;
        if (subject is null || (number.IsServiceNumber && website is null))
        {
            return Problems.NotFound("record");
        }

        // Illegal content takes the subject with every website, whichever number was given.
        var wholeSubject = website is null || cause == "illegal-content";
        var now = time.GetUtcNow();
        var sites = wholeSubject ? [.. subject.Websites.Where(w => w.Status == NationalStatus.Normal)] : new List<NationalWebsite> { website! };
        var providers = sites.SelectMany(w => w.Providers.Concat(w.FormerProviders)).ToList();
        foreach (var site in sites)
        {
            reclaim.CancelWebsite(site, now);
        }

        if (wholeSubject)
        {
            subject.Apply(NationalRecordAction.Cancel);
        }

        if (body.Blacklist)
        {
            db.Blacklist.Add(new BlacklistEntry { Kind = "certificate", Value = subject.CertificateNumber.Index });
            db.Blacklist.AddRange(sites.Select(w => w.Name).Distinct().Select(name => new BlacklistEntry { Kind = "name", Value = name }));
        }

        reclaim.Announce(subject, wholeSubject ? null : website, providers, wholeSubject ? "subject-cancelled-by-bureau" : "website-cancelled-by-bureau", now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new Cancelled(wholeSubject ? subject.IcpNumber : website!.IcpNumber, Causes[cause], [.. sites.Select(w => w.IcpNumber)], body.Blacklist));
    }
}
