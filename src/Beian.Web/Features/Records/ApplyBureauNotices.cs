using System.Globalization;
using Beian.Filings;
using Beian.Instances;
using Beian.Platform.Data;
using Beian.Ports;
using Beian.Records;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Records;

/// <summary>
/// Follows the bureau's stream of notices and applies each to the orders and to the provider's copy of the record,
/// exactly once: the notice's effects and the new cursor position commit in one transaction, and the cursor is updated
/// conditionally, so two hosts running this at once never apply a notice twice. A notice reaches the provider only
/// after the bureau's sync lag, so a rejected order can be resubmitted only once its rejection arrived (R-REVIEW-12).
/// </summary>
public sealed partial class ApplyBureauNotices(ProviderDb db, IBureauGateway bureau, Notifier notifier, TimeProvider time, ILogger<ApplyBureauNotices> log)
{
    public const string CursorKey = "bureau.notices.cursor";
    private const string BureauName = "工信部/管局";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var applied = 0;
        var position = await PositionAsync(ct);
        foreach (var notice in await bureau.ReadNoticesAsync(position, 100, ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var cursor = await db.Settings.SingleAsync(s => s.Key == CursorKey, ct);
            if (long.Parse(cursor.Value, CultureInfo.InvariantCulture) >= notice.Sequence)
            {
                db.ChangeTracker.Clear();
                continue;
            }

            await ApplyAsync(notice, ct);
            cursor.Value = notice.Sequence.ToString(CultureInfo.InvariantCulture);
            cursor.Version++;
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                applied++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another host applied it first; start again from its position next time.
                return applied;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return applied;
    }

    private async Task<long> PositionAsync(CancellationToken ct)
    {
        var cursor = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == CursorKey, ct);
        if (cursor is not null)
        {
            return long.Parse(cursor.Value, CultureInfo.InvariantCulture);
        }

        db.Settings.Add(new Setting { Key = CursorKey, Value = "0" });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Created by another host at the same moment.
        }

        db.ChangeTracker.Clear();
        return 0;
    }

    private async Task ApplyAsync(BureauNotice notice, CancellationToken ct)
    {
        if (notice.Kind == BureauMessageKinds.RecordChanged)
        {
            await ApplyRecordChangeAsync(Json.Read<RecordChangedPayload>(notice.Payload), ct);
            return;
        }

        var orderId = FilingOrder.OrderIdOf(notice.ApplicationId);
        var order = orderId is null ? null : await db.LoadAsync(orderId.Value, null, ct);
        if (order is null || order.BureauApplicationId != notice.ApplicationId)
        {
            LogStale(log, notice.Sequence, notice.ApplicationId);
            return;
        }

        // What the provider learns carries the time it could learn it, not the time this sweep ran: a jump of the
        // sandbox clock then writes the same history as time passing.
        var now = Min(notice.DueAt, time.GetUtcNow());
        DomainError? error;
        switch (notice.Kind)
        {
            case BureauMessageKinds.Verified:
                error = order.Apply(OrderAction.SmsVerified, Actor.Bureau, BureauName, now);
                break;
            case BureauMessageKinds.Returned:
                error = order.Apply(OrderAction.ReturnByMiit, Actor.Bureau, BureauName, now);
                if (error is null)
                {
                    order.SetRejections(Json.Read<RejectionPayload>(notice.Payload).Reasons);
                    await notifier.OrderReturnedAsync(order, ct);
                }

                break;
            case BureauMessageKinds.Rejected:
                error = order.Apply(OrderAction.BureauReject, Actor.Bureau, BureauName, now);
                if (error is null)
                {
                    order.SetRejections(Json.Read<RejectionPayload>(notice.Payload).Reasons);
                    await notifier.OrderRejectedAsync(order, ct);
                }

                break;
            case BureauMessageKinds.Approved:
                error = order.Apply(OrderAction.BureauApprove, Actor.Bureau, BureauName, now);
                if (error is null)
                {
                    await ApplyApprovalAsync(order, Json.Read<ApprovalPayload>(notice.Payload), now, ct);
                }

                break;
            default:
                error = null;
                break;
        }

        if (error is not null)
        {
            LogRefused(log, notice.Sequence, notice.Kind, order.Number, error.Detail);
        }
    }

    private async Task ApplyApprovalAsync(FilingOrder order, ApprovalPayload approval, DateTimeOffset now, CancellationToken ct)
    {
        var subject = await db.RecordSubjects.Include(x => x.Websites).ThenInclude(w => w.Domains).FirstOrDefaultAsync(x => x.IcpNumber == approval.SubjectIcpNumber, ct);
        switch (order.Type)
        {
            case FilingType.ChangeSubject when subject is not null:
                subject.Name = order.Draft.Subject.Name;
                subject.UpdatedAt = now;
                db.RecordEvents.Add(new RecordEvent { Kind = "subject-changed", IcpNumber = subject.IcpNumber, At = now });
                break;
            case FilingType.ChangeWebsite or FilingType.CancelAccess or FilingType.CancelWebsite or FilingType.CancelSubject when subject is not null:
                ApplyToWebsites(order.Type, subject, approval, now);
                break;
            default:
                await AddWebsitesAsync(order, approval, subject, now, ct);
                break;
        }

        order.MarkSynced(approval.SubjectIcpNumber, approval.Websites.OrderBy(w => w.Index).Select(w => w.IcpNumber));
        await notifier.OrderApprovedAsync(order, ct);
    }

    /// <summary>The bureau cancelled a record on its own (no provider left, empty shell): the copy follows.</summary>
    private async Task ApplyRecordChangeAsync(RecordChangedPayload change, CancellationToken ct)
    {
        var subject = await db.RecordSubjects.Include(s => s.Websites).ThenInclude(w => w.Domains).FirstOrDefaultAsync(s => s.IcpNumber == change.SubjectIcpNumber, ct);
        if (subject is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var website in subject.Websites.Where(w => change.WebsiteIcpNumber is null || w.IcpNumber == change.WebsiteIcpNumber))
        {
            if (website.Apply(RecordAction.Cancel, now) is { } cancelled)
            {
                db.RecordEvents.Add(cancelled);
            }
        }

        if (change.WebsiteIcpNumber is null)
        {
            subject.Apply(RecordAction.Cancel, now);
        }

        subject.UpdatedAt = now;
    }

    /// <summary>
    /// A change or cancellation: the websites it concerns change status or lose domains, and the gate follows the events;
    /// a cancelled website is unreachable here from then on (R-CANCEL-09).
    /// </summary>
    private void ApplyToWebsites(FilingType type, RecordSubject subject, ApprovalPayload approval, DateTimeOffset now)
    {
        var numbers = approval.Websites.Select(w => w.IcpNumber).ToHashSet();
        foreach (var website in subject.Websites.Where(w => numbers.Contains(w.IcpNumber)))
        {
            var site = approval.Websites.First(w => w.IcpNumber == website.IcpNumber);
            var before = website.Domains.Select(d => d.Domain).ToList();
            if (type == FilingType.ChangeWebsite)
            {
                website.Name = site.Name;
                website.Domains.RemoveAll(d => !site.Domains.Contains(d.Domain));
                db.RecordEvents.Add(new RecordEvent { Kind = "website-changed", IcpNumber = website.IcpNumber, Domains = [.. before.Except(site.Domains)], At = now });
                continue;
            }

            if (website.Apply(type == FilingType.CancelAccess ? RecordAction.CancelAccess : RecordAction.Cancel, now) is { } ended)
            {
                db.RecordEvents.Add(ended);
            }
        }

        if (type == FilingType.CancelSubject)
        {
            subject.Apply(RecordAction.Cancel, now);
        }

        subject.UpdatedAt = now;
        // Cancel-access and cancellation void the websites' service codes (R-CODE-13, R-CANCEL-10).
        if (type != FilingType.ChangeWebsite)
        {
            foreach (var code in db.ServiceCodes.Where(c => c.WebsiteIcpNumber != null && numbers.Contains(c.WebsiteIcpNumber)))
            {
                code.Apply(ServiceCodeAction.Void);
            }
        }
    }

    private async Task AddWebsitesAsync(FilingOrder order, ApprovalPayload approval, RecordSubject? subject, DateTimeOffset now, CancellationToken ct)
    {
        var s = order.Draft.Subject;
        if (subject is null)
        {
            subject = new RecordSubject
            {
                Id = Guid.CreateVersion7(now),
                IcpNumber = approval.SubjectIcpNumber,
                AccountId = order.AccountId,
                ProvinceCode = s.ProvinceCode,
                Name = s.Name,
                Nature = s.Nature,
                CertificateType = s.CertificateType,
                CertificateNumber = s.CertificateNumber,
            };
            db.RecordSubjects.Add(subject);
        }

        subject.Apply(RecordAction.Approve, now);
        foreach (var site in approval.Websites)
        {
            var website = await db.RecordWebsites.Include(w => w.Domains).FirstOrDefaultAsync(w => w.IcpNumber == site.IcpNumber, ct);
            if (website is null)
            {
                website = new RecordWebsite { Id = Guid.CreateVersion7(now), SubjectId = subject.Id, IcpNumber = site.IcpNumber };
                db.RecordWebsites.Add(website);
            }

            website.Name = site.Name;
            website.Type = site.Type;
            website.ApprovedAt = now;
            var filed = site.Index < order.Draft.Websites.Count ? order.Draft.Websites[site.Index] : null;
            website.ReportedIp = filed?.Access?.Ip ?? website.ReportedIp;
            website.CommercialLicence = filed?.CommercialLicence ?? website.CommercialLicence;
            // A domain belongs to one website: one the bureau now files under this website left the other. Apps of
            // the same subject share it beside the website (R-APP-30).
            if (site.Type == ServiceType.Website)
            {
                var stale = await (from d in db.RecordDomains
                                   where site.Domains.Contains(d.Domain) && d.WebsiteId != website.Id
                                   join w in db.RecordWebsites on d.WebsiteId equals w.Id
                                   where w.Type == ServiceType.Website
                                   select d).ToListAsync(ct);
                db.RecordDomains.RemoveRange(stale);
            }

            website.Domains.RemoveAll(d => !site.Domains.Contains(d.Domain));
            website.Domains.AddRange(site.Domains.Where(d => website.Domains.All(x => x.Domain != d)).Select(d => new RecordDomain { Domain = d, WebsiteId = website.Id }));
            db.RecordEvents.Add(website.Apply(RecordAction.Approve, now)!); // the table approves from every status: the copy follows the bureau
            var codeValue = site.Index < order.Draft.Websites.Count ? order.Draft.Websites[site.Index].ServiceCode : null;
            var code = codeValue is null ? null : await db.ServiceCodes.FirstOrDefaultAsync(c => c.Value == codeValue && c.OrderId == order.Id, ct);
            if (code is not null)
            {
                code.Apply(ServiceCodeAction.Use, websiteIcpNumber: site.IcpNumber);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bureau notice {Sequence} for application {ApplicationId} concerns no current order; skipped")]
    private static partial void LogStale(ILogger logger, long sequence, string applicationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bureau notice {Sequence} ({Kind}) could not be applied to order {OrderNumber}: {Reason}")]
    private static partial void LogRefused(ILogger logger, long sequence, string kind, string orderNumber, string reason);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
