using Beian.Web.Features.Filings;

namespace Beian.Web.Pages.Console;

/// <summary>The draft as the wizard's forms edit it: each step replaces its own section and keeps the rest.</summary>
public static class DraftForms
{
    public static DraftInput ToInput(DraftView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var s = view.Subject;
        return new DraftInput(
            new SubjectInput(s.ProvinceCode, s.City, s.Nature, s.CertificateType, s.CertificateNumber, s.Name, s.CertificateAddress, s.MailingAddress, ToInput(s.Principal)),
            [.. view.Websites.Select(ToInput)]);
    }

    public static WebsiteInput ToInput(WebsiteView w)
    {
        ArgumentNullException.ThrowIfNull(w);
        // An app's domains are its platforms' and those named for the app alone (at the basic check): only the latter
        // are kept at the service's level.
        var platformDomains = w.App?.Platforms.SelectMany(p => p.Domains).ToHashSet(StringComparer.Ordinal) ?? [];
        return new WebsiteInput(w.Name, [.. w.Domains.Where(d => !platformDomains.Contains(d))], w.ServiceCode, w.ContentCategory, w.Language, ToInput(w.Principal), w.Remarks, w.CommercialLicence, w.Type, ToInput(w.App));
    }

    public static AppInput? ToInput(Beian.Filings.AppDetails? app) => app is null
        ? null
        : new AppInput(
            [.. app.Platforms.Select(p => new AppPlatformInput(p.Kind, p.PackageName, p.PublicKey, p.Fingerprint, p.Domains, p.OtherName))],
            app.HostPlatform,
            app.HostAppId,
            app.ContentTypes,
            app.PreApprovals,
            app.Sdks);

    public static PrincipalInput? ToInput(PrincipalView? p) =>
        p is null ? null : new PrincipalInput(p.Name, p.CertificateType, p.CertificateNumber, p.Mobile, p.EmergencyPhone, p.Email, p.Landline);

    /// <summary>An empty form posts empty strings; a principal nobody typed is no principal.</summary>
    public static PrincipalInput? OrNull(PrincipalInput? p) =>
        p is null || new[] { p.Name, p.CertificateNumber, p.Mobile, p.EmergencyPhone, p.Email }.All(string.IsNullOrWhiteSpace) ? null : p;
}
