using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Beian.Filings;
using Beian.Platform;
using Beian.Records;
using Beian.Rules;
using Beian.Time;
using Beian.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// Step 1 of the wizard, 基础信息校验: the applicant enters region, nature, certificate, name, address and domains; the
/// platform decides the filing type (or says why it cannot go on) and keeps a draft order.
/// </summary>
public sealed class StartFiling(DraftMapper mapper, BasicCheck check, ProviderDb db, TimeProvider time)
{
    /// <summary>
    /// The basic-information form. For an app, mini-program or quick app it names the service's type and name, and its
    /// back-end domains where it has any (R-APP-08).
    /// </summary>
    public sealed record Request(
        string? ProvinceCode,
        string? City,
        [property: JsonRequired] SubjectNature Nature,
        string? CertificateType,
        string? CertificateNumber,
        string? Name,
        string? CertificateAddress,
        IReadOnlyList<string>? Domains,
        bool ContinueAccess = false,
        ServiceType? ServiceType = null,
        string? ServiceName = null);

    /// <summary>The outcome of the check alone: the type it leads to, or the finding that blocks.</summary>
    /// <param name="Row">The decision table's row (D01–D14).</param>
    /// <param name="Type">The filing type the form leads to, or null when it is blocked.</param>
    /// <param name="TypeName">The type in Chinese.</param>
    /// <param name="Block">What blocks, with its rule.</param>
    /// <param name="SubjectAlreadyHere">The subject is already filed and served here under this account (an access then adds to it).</param>
    public sealed record CheckResult(string Row, FilingType? Type, string? TypeName, Finding? Block, bool SubjectAlreadyHere = false);

    public async Task<Result<CheckResult>> CheckAsync(Request request, ClaimsPrincipal user, CancellationToken ct)
    {
        var (draft, problem) = Parse(request, mapper);
        if (draft is null)
        {
            return problem!;
        }

        var accountBlock = await AccountBlockAsync(db, user.Id(), draft, null, null, ct);
        if (accountBlock is not null)
        {
            return new CheckResult("M-01", null, null, accountBlock);
        }

        var outcome = await check.DecideAsync(user.Id(), draft, request.ContinueAccess, null, ct);
        return new CheckResult(outcome.Row, outcome.Type, outcome.Type?.ChineseName(), outcome.Block, outcome.SubjectAlreadyHere);
    }

    public async Task<Result<OrderView>> StartAsync(Request request, ClaimsPrincipal user, CancellationToken ct)
    {
        var (draft, problem) = Parse(request, mapper);
        if (draft is null)
        {
            return problem!;
        }

        var accountId = user.Id();
        var accountBlock = await AccountBlockAsync(db, accountId, draft, null, null, ct);
        if (accountBlock is not null)
        {
            return Problems.FromFindings([accountBlock]);
        }

        var outcome = await check.DecideAsync(accountId, draft, request.ContinueAccess, null, ct);
        if (outcome.Block is not null)
        {
            return Problems.FromFindings([outcome.Block]);
        }

        if (outcome.Type == FilingType.Access)
        {
            draft = await check.WithAccessedAppNumbersAsync(draft, ct);
        }

        var now = time.GetUtcNow();
        var order = new FilingOrder(Guid.CreateVersion7(now), NewOrderNumber(now), accountId, outcome.Type!.Value, draft, now);
        order.Note(Actor.Applicant, user.DisplayName(), now, $"基础信息校验通过，备案类型：{outcome.Type.Value.ChineseName()}");
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        return OrderView.Of(order, mapper, Actor.Applicant);
    }

    /// <summary>
    /// M-01 / R-ORDER-01: one order in progress per account, saying which exclusion rule the two orders meet
    /// (<see cref="Exclusions"/>); R-ACCT-01: one subject per account — a live one: once its subject is cancelled the
    /// account may file any subject (R-ACCT-09). The basic check is also re-run at submission with
    /// the order itself excepted. <paramref name="wanted"/> is null for a new filing the basic check has yet to type.
    /// </summary>
    public static async Task<Finding?> AccountBlockAsync(ProviderDb db, Guid accountId, FilingDraft draft, Guid? exceptOrder, FilingType? wanted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(draft);
        var except = exceptOrder ?? Guid.Empty;
        var running = await BasicCheck.InProgress(db.Orders.Where(o => o.AccountId == accountId && o.Id != except))
            .Select(o => new { o.Type, o.State }).FirstOrDefaultAsync(ct);
        if (running is not null)
        {
            return Exclusions.AccountBusy(running.Type, running.State, wanted);
        }

        var index = draft.Subject.CertificateNumber.Index;
        if (await db.RecordSubjects.AnyAsync(s => s.AccountId == accountId && s.Status == RecordStatus.Normal && s.CertificateNumber.Index != index, ct))
        {
            return new Finding(["R-ACCT-01"], Severity.Blocking, "certificateNumber", "一个账号下只能备案一个主体，您的账号已有备案主体", "请使用新的账号为其他主体办理备案。");
        }

        return null;
    }

    private static (FilingDraft? Draft, ProblemHttpResult? Problem) Parse(Request request, DraftMapper mapper)
    {
        var input = new DraftInput(
            new SubjectInput(request.ProvinceCode, request.City, request.Nature, request.CertificateType, request.CertificateNumber, request.Name, request.CertificateAddress, null, null),
            [new WebsiteInput(request.ServiceName, request.Domains, null, null, null, null, null, Type: request.ServiceType)]);
        var (draft, errors) = mapper.ToDraft(input, requireComplete: false);
        return draft is null ? (null, InvalidDraft(errors)) : (draft, null);
    }

    /// <summary>A draft refused at save: the code is the first faulty field's rule where one refuses it (DESIGN.md §6).</summary>
    public static ProblemHttpResult InvalidDraft(IReadOnlyList<FieldError> errors) =>
        Problems.Problem(StatusCodes.Status422UnprocessableEntity, errors[0].Rule ?? "draft.invalid", errors[0].Message, new() { ["errors"] = errors, ["error"] = "draft.invalid" });

    public static string NewOrderNumber(DateTimeOffset now) =>
        "BA" + BeijingTime.DateOf(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture)
             + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
}
