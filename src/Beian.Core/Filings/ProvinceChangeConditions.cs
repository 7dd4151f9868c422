
namespace Beian.Filings;

/// <summary>
/// R-ORDER-12, R-PROV-CFG-24, R-CHG-01: some provinces do not take certain changes as change filings — the record is
/// cancelled and filed again instead. Where a province says so (its <see cref="ProvinceRules.ChangeActionsHiddenWhen"/>),
/// the record action is not offered and is refused if asked for. The source names the mechanism, not the provinces, so
/// the shipped table lists none; an operator adds what the local bureau publishes.
/// </summary>
public static class ProvinceChangeConditions
{
    /// <summary>An individual's subject data is not changed by filing: cancel and file again.</summary>
    public const string IndividualSubjectChange = "individual-subject-change";

    /// <summary>An organisation's subject data is not changed by filing.</summary>
    public const string OrganisationSubjectChange = "organisation-subject-change";

    /// <summary>A website's data is not changed by filing.</summary>
    public const string WebsiteChange = "website-change";

    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal) { IndividualSubjectChange, OrganisationSubjectChange, WebsiteChange };

    /// <summary>Whether the province keeps this record action from a subject of this nature.</summary>
    public static bool Hides(ProvinceRules rules, FilingType action, SubjectNature nature)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var condition = action switch
        {
            FilingType.ChangeSubject => nature.IsOrganisation() ? OrganisationSubjectChange : IndividualSubjectChange,
            FilingType.ChangeWebsite => WebsiteChange,
            _ => null,
        };
        return condition is not null && rules.ChangeActionsHiddenWhen.Contains(condition);
    }

    /// <summary>What the applicant is told when asking for a hidden action anyway.</summary>
    public static string Refusal(FilingType action) =>
        $"所在省管局不受理在线「{action.ChineseName()}」，请注销后重新办理首次备案（注销后网站在新备案通过前无法访问）。";
}
