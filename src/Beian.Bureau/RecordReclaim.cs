using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Ports;

namespace Beian.Bureau;

/// <summary>
/// The bureau takes a number back (备案号收回): the website leaves the national record with its domains, and the
/// principal learns it by SMS 「备案号已被收回」 while every provider that served it gets a notice its copy and gate follow
/// (R-CANCEL-13, R-CANCEL-18). Shared by the bureau's own clean-up and its cancellations on request or for cause.
/// </summary>
public sealed class RecordReclaim(BureauDb db, BureauOutbound stream)
{
    public const string Reclaimed = "备案号已被收回";

    /// <summary>
    /// Takes a website off the record: no provider, no domains (they may be filed again, R-CANCEL-14 keeps the number
    /// retired). A subject left without a service of any type — website, app, mini-program, quick app (R-APP-39) — is an
    /// empty shell from now on, and its clean-up clock starts.
    /// </summary>
    public void CancelWebsite(NationalWebsite website, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(website);
        website.Apply(NationalRecordAction.Cancel);
        website.Providers = [];
        db.Domains.RemoveRange(website.Domains);
        if (website.Subject.Websites.All(w => w.Status != NationalStatus.Normal))
        {
            website.Subject.EmptySince ??= now;
        }
    }

    public void Announce(NationalSubject subject, NationalWebsite? website, IEnumerable<string> providers, string change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(providers);
        var number = website?.IcpNumber ?? subject.IcpNumber;
        stream.RecordChanged(change, number);
        foreach (var provider in providers.Distinct())
        {
            stream.Post(provider, BureauMessageKinds.RecordChanged, number, new RecordChangedPayload(subject.IcpNumber, website?.IcpNumber, "cancelled"));
        }

        if ((website?.Principal ?? subject.Principal) is { } principal)
        {
            db.Sms.Add(new MiitSms { Id = Guid.CreateVersion7(now), To = principal.Mobile, Text = $"【工信部ICP备案】您的备案{number}{Reclaimed}，如需继续开办网站，请重新办理备案。", CreatedAt = now });
        }
    }
}
