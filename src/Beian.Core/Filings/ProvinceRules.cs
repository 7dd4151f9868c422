using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using Beian.Reference;

namespace Beian.Filings;

/// <summary>A document a province asks for on top of the national list (R-PROV-CFG-23).</summary>
/// <param name="Document">The document key, e.g. staffing-office-certificate.</param>
/// <param name="Name">Its Chinese name, e.g. 编办证明.</param>
/// <param name="Natures">Subject natures it applies to (SubjectNature names); empty for every nature.</param>
/// <param name="Types">Filing types it applies to (FilingType names).</param>
/// <param name="Rule">The province rule that asks for it.</param>
public sealed record ExtraDocument(string Document, string Name, IReadOnlyList<string> Natures, IReadOnlyList<string> Types, string Rule);

/// <summary>
/// One province's rules and settings (R-PROV-*): the documented defaults with the province's own values laid over them.
/// Every value is read by some check or timer.
/// </summary>
public sealed record ProvinceRules
{
    public string Code { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    /// <summary>The communications administration (管局) of the province by its full name, e.g. 北京市通信管理局.</summary>
    public string Administration => Name switch
    {
        "北京" or "天津" or "上海" or "重庆" => Name + "市通信管理局",
        "内蒙古" or "西藏" => Name + "自治区通信管理局",
        "广西" => "广西壮族自治区通信管理局",
        "宁夏" => "宁夏回族自治区通信管理局",
        "新疆" => "新疆维吾尔自治区通信管理局",
        _ => Name + "省通信管理局",
    };

    /// <summary>The province's specific rule IDs (R-PROV-LR-01, R-PROV-GD-01, …).</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    public string EffectiveFrom { get; init; } = string.Empty;

    /// <summary>R-PROV-LR-01: organisation filings need the legal representative as subject principal.</summary>
    public bool LegalRepRequired { get; init; }

    /// <summary>R-PROV-CFG-01.</summary>
    public bool WebsitePrincipalMustBeLegalRep { get; init; }

    /// <summary>R-PROV-CFG-02.</summary>
    public bool AuthorisationLetterForSubjectPrincipal { get; init; }

    /// <summary>R-PROV-CFG-03.</summary>
    public bool OtherPersonAsWebsitePrincipal { get; init; }

    /// <summary>R-PROV-CFG-04.</summary>
    public bool RegistrantProofAccepted { get; init; }

    /// <summary>R-PROV-CFG-05.</summary>
    public bool ResidencePermitForOtherProvinceIndividuals { get; init; }

    /// <summary>R-PROV-CFG-06.</summary>
    public bool CertificateAddressMustBeInProvince { get; init; }

    /// <summary>R-PROV-CFG-07.</summary>
    public bool ApprovedSitesMustResolveHere { get; init; }

    /// <summary>R-PROV-CFG-08.</summary>
    public bool BureauChecksContent { get; init; }

    /// <summary>R-PROV-CFG-09.</summary>
    public bool LocalMobileRequired { get; init; }

    /// <summary>R-PROV-CFG-10.</summary>
    public bool VirtualOperatorAccepted { get; init; }

    /// <summary>R-PROV-CFG-11: "先接入后变更".</summary>
    public bool AccessBeforeChangeAllowed { get; init; }

    /// <summary>R-PROV-CFG-12.</summary>
    public bool IndividualEnterpriseChangeAllowed { get; init; }

    /// <summary>R-PROV-CFG-12.</summary>
    public bool IndividualToEnterpriseWhenLegalPerson { get; init; }

    /// <summary>R-PROV-CFG-13: never allowed (AMB-10); kept as a setting so that the table states it.</summary>
    public bool CrossProvinceChangeAllowed { get; init; }

    /// <summary>R-PROV-CFG-14.</summary>
    public bool RejectsUnverifiedAccounts { get; init; }

    /// <summary>R-PROV-CFG-15.</summary>
    public bool AlwaysCallEmergencyContact { get; init; }

    /// <summary>R-PROV-CFG-16.</summary>
    public bool SpotCheckCalls { get; init; }

    /// <summary>R-PROV-CFG-17.</summary>
    public bool ReportedIpMustEqualRealIp { get; init; }

    /// <summary>R-PROV-CFG-18.</summary>
    public int CancellationWorkingDays { get; init; }

    /// <summary>R-PROV-CFG-19, R-PROV-GD-02, R-PROV-SD-01.</summary>
    public int EmptyShellCleanupDays { get; init; }

    /// <summary>R-PROV-CFG-20.</summary>
    public int BureauReviewWorkingDays { get; init; }

    /// <summary>R-PROV-CFG-20, change filings.</summary>
    public int ChangeReviewWorkingDays { get; init; }

    /// <summary>R-PROV-CFG-21.</summary>
    public int FooterRectificationDays { get; init; }

    /// <summary>R-PROV-CFG-22.</summary>
    public bool NonResidentPrincipalsAllowed { get; init; }

    /// <summary>R-DOC-10, R-DOC-11, R-PROV-CFG-23: how old a document may be at submission, by document key.</summary>
    public IReadOnlyDictionary<string, int> DocumentMaxAgeDays { get; init; } = FrozenDictionary<string, int>.Empty;

    /// <summary>R-PROV-CFG-23: documents asked for on top of the national list.</summary>
    public IReadOnlyList<ExtraDocument> ExtraDocuments { get; init; } = [];

    /// <summary>R-PROV-CFG-24: the changes this province does not take as change filings (<see cref="Filings.ProvinceChangeConditions"/>).</summary>
    public IReadOnlyList<string> ChangeActionsHiddenWhen { get; init; } = [];

    /// <summary>R-PROV-CFG-25: days before a record left with no provider is cancelled.</summary>
    public int NoProviderCancellationDays { get; init; }

    /// <summary>R-FOOTER-02, R-PROV-GD-01: the footer shows the subject number instead of the website number.</summary>
    public bool FooterShowsSubjectNumber { get; init; }

    /// <summary>R-WEB-02, R-PROV-HB-01, R-PROV-HN-01: one website per subject and one domain per website.</summary>
    public bool OneWebsiteOneDomain { get; init; }

    /// <summary>R-APP-11: services of every type an individual subject may hold together (AMB-APP-10).</summary>
    public int IndividualServiceCap { get; init; }

    /// <summary>R-APP-11: the same for an organisation; 0 for no cap.</summary>
    public int OrganisationServiceCap { get; init; }

    /// <summary>R-APP-13: a change of an app may add back-end domains (AMB-APP-11); websites never may (R-CHG-06).</summary>
    public bool AppChangeMayAddDomains { get; init; }

    /// <summary>R-APP-39, AMB-APP-09: an empty-shell subject may add a service without cancelling first (D08 not applied).</summary>
    public bool EmptyShellMayAddService { get; init; }

    /// <summary>
    /// How many working days the bureau takes over an application of this type: a cancellation or cancel-access
    /// (R-PROV-CFG-18, R-CANCEL-08), a change (R-PROV-CFG-20, R-CHG-03), anything else (R-PROV-CFG-20).
    /// </summary>
    public int BureauWorkingDaysFor(FilingType type) => type switch
    {
        FilingType.CancelAccess or FilingType.CancelSubject or FilingType.CancelWebsite => CancellationWorkingDays,
        FilingType.ChangeSubject or FilingType.ChangeWebsite => ChangeReviewWorkingDays,
        _ => BureauReviewWorkingDays,
    };
}

/// <summary>The province rule table, read from the versioned data file <c>province-rules.json</c>.</summary>
public static class ProvinceRuleTable
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<(string Version, FrozenDictionary<string, ProvinceRules> Rows)> Data = new(Load);

    public static string Version => Data.Value.Version;

    public static IReadOnlyCollection<ProvinceRules> All => Data.Value.Rows.Values;

    /// <summary>The rules of a province; an unknown code gets the defaults.</summary>
    public static ProvinceRules For(string provinceCode) =>
        Data.Value.Rows.TryGetValue(provinceCode, out var rules) ? rules : Data.Value.Rows.Values.First() with { Code = provinceCode, Rules = [] };

    private static (string, FrozenDictionary<string, ProvinceRules>) Load()
    {
        var file = ReferenceData.Read<JsonObject>("province-rules.json");
        var defaults = file["defaults"]!.AsObject();
        var rows = new Dictionary<string, ProvinceRules>();
        foreach (var row in file["provinces"]!.AsArray())
        {
            var merged = (JsonObject)defaults.DeepClone();
            Overlay(merged, row!["overrides"]!.AsObject());
            merged["code"] = row["code"]!.DeepClone();
            merged["name"] = row["name"]!.DeepClone();
            merged["rules"] = row["rules"]!.DeepClone();
            merged["effectiveFrom"] = row["effectiveFrom"]!.DeepClone();
            var rules = merged.Deserialize<ProvinceRules>(Options)!;
            rows[rules.Code] = rules;
        }

        return (file["version"]!.GetValue<string>(), rows.ToFrozenDictionary());
    }

    /// <summary>A province's objects (document ages) are merged key by key; anything else replaces the default.</summary>
    private static void Overlay(JsonObject target, JsonObject overrides)
    {
        foreach (var (key, value) in overrides)
        {
            if (value is JsonObject inner && target[key] is JsonObject existing)
            {
                Overlay(existing, inner);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
