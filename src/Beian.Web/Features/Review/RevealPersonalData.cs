using System.Security.Claims;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Filings;

namespace Beian.Web.Features.Review;

/// <summary>
/// A reviewer's explicit request to see one piece of personal data in full (e.g. to read a number out on the review
/// call). Every reveal is written to the audit log with who, what, when and why.
/// </summary>
public sealed partial class RevealPersonalData(ProviderDb db, PersonalDataProtector protector, TimeProvider time)
{
    public sealed record Request([property: JsonRequired] string? Field, [property: JsonRequired] string? Reason);

    public sealed record Revealed(string Field, string Value);

    public async Task<Result<Revealed>> HandleAsync(Guid id, Request body, ClaimsPrincipal user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Reason))
        {
            return Problems.Invalid("reveal.reason_required", "查看完整个人信息须填写原因。");
        }

        var order = await db.LoadForReviewAsync(id, ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var value = Resolve(order.Draft, body.Field ?? string.Empty);
        if (value is null)
        {
            return Problems.Invalid("reveal.unknown_field", "无法识别要查看的字段，例如 subject.principal.mobile 或 websites[0].principal.certificateNumber。");
        }

        db.Audit.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            At = time.GetUtcNow(),
            UserId = user.Id(),
            UserName = user.DisplayName(),
            Action = "personal-data.reveal",
            Target = $"order/{order.Number}/{body.Field}",
            Reason = body.Reason,
        });
        await db.SaveChangesAsync(ct);
        // Phones are stored in E.164 and read out in the national form the reviewer dials.
        var clear = protector.Unseal(value);
        return new Revealed(body.Field!, body.Field!.EndsWith("certificateNumber", StringComparison.Ordinal) ? clear : Beian.Identity.MainlandPhone.National(clear));
    }

    private static SealedText? Resolve(FilingDraft draft, string field)
    {
        if (field == "subject.certificateNumber")
        {
            return draft.Subject.CertificateNumber;
        }

        var match = PrincipalField().Match(field);
        var principal = match.Success ? draft.PrincipalAt(match.Groups["role"].Value) : null;
        return match.Groups["what"].Value switch
        {
            "certificateNumber" => principal?.CertificateNumber,
            "mobile" => principal?.Mobile,
            "emergencyPhone" => principal?.EmergencyPhone,
            "landline" => principal?.Landline,
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?<role>subject\.principal|websites\[\d{1,2}\]\.principal)\.(?<what>certificateNumber|mobile|emergencyPhone|landline)$")]
    private static partial Regex PrincipalField();
}
