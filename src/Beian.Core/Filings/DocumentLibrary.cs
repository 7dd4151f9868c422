namespace Beian.Filings;

/// <summary>
/// 资料库 (R-DOC-18): an account's uploaded documents, offered again for a later order while they still count — a
/// certificate with at least three months left (R-DOC-09), a proof no older than the province allows (R-DOC-10,
/// R-DOC-11). Whether a document is the latest version (R-DOC-08, R-SUBJ-10) only its holder knows: the library shows the
/// newest upload of each first, with its date.
/// </summary>
public static class DocumentLibrary
{
    /// <summary>Why a document may not be reused for an order in this province today, with the rule that says so; null when it may.</summary>
    public static (string Rule, string Reason)? Unusable(string kind, DateOnly? issuedOn, DateOnly? expiresOn, ProvinceRules province, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (expiresOn is { } expires && expires < today.AddMonths(3))
        {
            return ("R-DOC-09", "有效期不足3个月");
        }

        return issuedOn is { } issued && province.DocumentMaxAgeDays.TryGetValue(kind, out var days) && issued.AddDays(days) < today
            ? ("R-DOC-10", $"开具已超过{days}天")
            : null;
    }
}
