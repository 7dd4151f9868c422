using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Identity;
using Beian.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau;

/// <summary>
/// R-SUBJ-09: organisations filed before 三证合一 (2015-10-01) are on record under their organisation code, which their
/// credit code carries. The national record is searched for it in both ways it was written, with and without the dash.
/// </summary>
public static class OldCertificates
{
    /// <summary>The subject number filed under the old certificate of this credit code, or null.</summary>
    public static async Task<string?> RecordAsync(BureauDb db, PersonalDataProtector protector, string certificateNumber, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(protector);
        if (!UnifiedSocialCreditCode.TryParse(certificateNumber, out var code, out _))
        {
            return null;
        }

        var indexes = new[] { code.OrganisationCode, code.OrganisationCode.Replace("-", string.Empty, StringComparison.Ordinal) }
            .Select(form => protector.IndexOf(form, PersonalDataKind.CertificateNumber)).ToList();
        return await db.Subjects.AsNoTracking()
            .Where(s => s.Status == NationalStatus.Normal && indexes.Contains(s.CertificateNumber.Index))
            .Select(s => s.IcpNumber)
            .FirstOrDefaultAsync(ct);
    }
}
