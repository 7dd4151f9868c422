using Beian.Filings;

namespace Beian.Tests.Filings;

public class DocumentLibraryTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    /// <summary>Kind, days since issue, days to expiry, province, and whether the library offers it again.</summary>
    public static TheoryData<string, int?, int?, string, bool> Documents() => new()
    {
        { "principal-id", null, null, "11", true },
        { "principal-id", null, 100, "11", true },
        { "principal-id", null, 80, "11", false },
        { "authorisation-letter", 80, null, "11", true },
        { "authorisation-letter", 100, null, "11", false },
        { "authorisation-letter", 100, null, "13", true },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void TheLibraryOffers_CertificatesWithThreeMonthsLeft_AndProofsWithinTheProvincesAge_R_DOC_18_R_DOC_09_R_DOC_10_R_DOC_08_R_SUBJ_10(string kind, int? daysSinceIssue, int? daysToExpiry, string province, bool usable)
    {
        var why = DocumentLibrary.Unusable(kind, daysSinceIssue is { } i ? Today.AddDays(-i) : null, daysToExpiry is { } e ? Today.AddDays(e) : null, ProvinceRuleTable.For(province), Today);
        Assert.Equal(usable, why is null);
    }
}
