using Beian.Filings;
using Beian.Rules;

namespace Beian.Tests.Rules;

/// <summary>
/// Every province setting the rule book reads changes what an applicant is told: the same draft, checked with one
/// value of the province table flipped, gets a different finding (issue #3: "a test changes one value for one province
/// and sees the outcome change"). The bureau's and the reviewer's settings are pinned where they act.
/// </summary>
public class ProvinceSettingTests
{
    private static readonly PersonFacts Wang = CleanDraft.Person with { Name = "王五", CertificateNumber = "110105194912310046", Mobile = "13905710000" };

    public static TheoryData<string> Settings() =>
    [
        "R-PROV-CFG-01", "R-PROV-CFG-02", "R-PROV-CFG-03", "R-PROV-CFG-04", "R-PROV-CFG-05", "R-PROV-CFG-06",
        "R-PROV-CFG-09", "R-PROV-CFG-10", "R-PROV-CFG-14", "R-PROV-CFG-22", "R-PROV-CFG-23",
    ];

    [Theory]
    [MemberData(nameof(Settings))]
    public void FlippingTheSetting_ChangesTheOutcomeOfTheSameDraft(string setting)
    {
        var (draft, flip) = Case(setting);
        var before = Describe(RuleBook.Run(draft));
        var after = Describe(RuleBook.Run(draft with { Province = flip(draft.Province) }));
        Assert.NotEqual(before, after);
    }

    private static string Describe(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{string.Join(' ', f.RuleIds)}|{f.Severity}|{f.Field}|{f.Message}|{f.Remedy}|{f.RejectionCode}").Order(StringComparer.Ordinal));

    private static (RuleContext Draft, Func<ProvinceRules, ProvinceRules> Flip) Case(string setting) => setting switch
    {
        // A website principal who is not the legal representative.
        "R-PROV-CFG-01" => (CleanDraft.Organisation().WithWebsite(w => w with { Principal = Wang }), p => p with { WebsitePrincipalMustBeLegalRep = !p.WebsitePrincipalMustBeLegalRep }),
        // A subject principal who is not the legal representative, in a legal-representative province.
        "R-PROV-CFG-02" => (CleanDraft.Organisation("33").WithSubject(s => s with { Principal = Wang }).WithWebsite(w => w with { Principal = Wang }), p => p with { AuthorisationLetterForSubjectPrincipal = !p.AuthorisationLetterForSubjectPrincipal }),
        // A website principal already serving another subject.
        "R-PROV-CFG-03" => (CleanDraft.Individual() with { Conflicts = ConflictFacts.None with { PrincipalsUnderOtherSubjects = new HashSet<string> { CleanDraft.PersonId } } }, p => p with { OtherPersonAsWebsitePrincipal = !p.OtherPersonAsWebsitePrincipal }),
        // A domain held by someone other than the organisation.
        "R-PROV-CFG-04" => (CleanDraft.Organisation().WithDomain(d => d with { HolderName = "李四" }), p => p with { RegistrantProofAccepted = !p.RegistrantProofAccepted }),
        // An individual with a Beijing ID filing in Tianjin.
        "R-PROV-CFG-05" => (CleanDraft.Individual("12"), p => p with { ResidencePermitForOtherProvinceIndividuals = !p.ResidencePermitForOtherProvinceIndividuals }),
        // An organisation filing in Beijing whose certificate address is in Zhejiang… where only the address rule speaks.
        "R-PROV-CFG-06" => (CleanDraft.Organisation("11"), p => p with { CertificateAddressMustBeInProvince = !p.CertificateAddressMustBeInProvince }),
        // A Hangzhou mobile on a Beijing filing.
        "R-PROV-CFG-09" => (CleanDraft.Individual().WithSubject(s => s with { Principal = CleanDraft.Person with { Mobile = "13857100000" } }), p => p with { LocalMobileRequired = !p.LocalMobileRequired }),
        // A virtual operator's mobile.
        "R-PROV-CFG-10" => (Both(CleanDraft.Individual(), CleanDraft.Person with { Mobile = "17012345678" }), p => p with { VirtualOperatorAccepted = !p.VirtualOperatorAccepted }),
        // An account not real-name verified.
        "R-PROV-CFG-14" => (CleanDraft.Individual() with { AccountRealNameVerified = false }, p => p with { RejectsUnverifiedAccounts = !p.RejectsUnverifiedAccounts }),
        // A principal with a passport.
        "R-PROV-CFG-22" => (Both(CleanDraft.Individual(), CleanDraft.Person with { CertificateType = "护照" }), p => p with { NonResidentPrincipalsAllowed = !p.NonResidentPrincipalsAllowed }),
        // An authorisation letter four months old: too old at 90 days, fine at 180.
        "R-PROV-CFG-23" => (CleanDraft.Individual() with { Documents = [.. CleanDraft.PersonalDocuments, new(DocumentKinds.AuthorisationLetter, "websites[0].principal", CleanDraft.Today.AddMonths(-4), null)] },
            p => p with { DocumentMaxAgeDays = new Dictionary<string, int>(p.DocumentMaxAgeDays) { [DocumentKinds.AuthorisationLetter] = 180 } }),
        _ => throw new ArgumentOutOfRangeException(nameof(setting)),
    };

    private static RuleContext Both(RuleContext c, PersonFacts person) =>
        c.WithSubject(s => s with { Principal = person }).WithWebsite(w => w with { Principal = person });
}
