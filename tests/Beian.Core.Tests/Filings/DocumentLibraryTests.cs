using Beian.Filings;

namespace Beian.Tests.Filings;

public class DocumentLibraryTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    /// <summary>Kind, days since issue, days to expiry, province, and the rule that keeps it out of the library (null: offered).</summary>
    public static TheoryData<string, int?, int?, string, string?> Documents() => new()
    {
        { "principal-id", null, null, "11", null },
        { "principal-id", null, 100, "11", null },
        { "principal-id", null, 80, "11", "R-DOC-09" },
        { "authorisation-letter", 80, null, "11", null },
        { "authorisation-letter", 100, null, "11", "R-DOC-10" },
        { "authorisation-letter", 100, null, "13", null },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void TheLibraryOffers_CertificatesWithThreeMonthsLeft_AndProofsWithinTheProvincesAge_R_DOC_18_R_DOC_09_R_DOC_10_R_DOC_08_R_SUBJ_10(string kind, int? daysSinceIssue, int? daysToExpiry, string province, string? rule)
    {
        var why = DocumentLibrary.Unusable(kind, daysSinceIssue is { } i ? Today.AddDays(-i) : null, daysToExpiry is { } e ? Today.AddDays(e) : null, ProvinceRuleTable.For(province), Today);
        Assert.Equal(rule, why?.Rule);
    }
}
