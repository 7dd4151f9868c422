using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Filings;
using Beian.Ports;
using Beian.Reference;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau;

/// <summary>
/// The bureau's decision on an application under review: approval writes the national record and issues numbers;
/// rejection sends the reasons. Either is reported to the provider through its stream and to the principals by SMS.
/// </summary>
public sealed class BureauDecisions(BureauDb db, NumberAllocator numbers, RecordChanges changes, BureauChecks checks, BureauOutbound stream, TimeProvider time)
{
    /// <summary>Approves after the bureau's checks, unless <c>checkedAlready</c>: the automatic review ran them just before.</summary>
    public async Task<DomainError?> ApproveAsync(string applicationId, string operatorName, CancellationToken ct, bool checkedAlready = false)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null)
        {
            return new DomainError("application.not_found", "未找到该备案申请。", ErrorKind.NotFound);
        }

        if (application.State != ApplicationState.InReview)
        {
            return new DomainError("application.not_in_review", "该申请不在管局审核中，不能审核。", ErrorKind.Conflict);
        }

        // An operator cannot approve what the bureau's own checks reject (the automatic review rejects it instead).
        var reasons = checkedAlready ? [] : await checks.FindAsync(application, ProvinceRuleTable.For(application.ProvinceCode), ct);
        if (reasons.Count > 0)
        {
            return new DomainError("application.checks_failed", $"系统校验未通过，请驳回：{string.Join("；", reasons.Select(r => $"{r.Code} {r.Remark}"))}", ErrorKind.Conflict);
        }

        var now = time.GetUtcNow();
        var payload = application.Type switch
        {
            FilingType.FirstFiling or FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere => await AddWebsitesAsync(application, now, ct),
            FilingType.Access => await AddAccessAsync(application, ct),
            _ => await changes.ApplyAsync(application, now, ct),
        };
        if (payload is null)
        {
            return new DomainError("application.type_not_supported", $"管局模拟器暂不支持审核「{application.Type.ChineseName()}」申请。", ErrorKind.Conflict);
        }

        Decide(application, ApplicationState.Approved, operatorName, now);
        stream.Post(application.ProviderId, BureauMessageKinds.Approved, application.Id, payload);
        foreach (var challenge in application.Challenges.Where(c => c.VerifiedAt is not null))
        {
            db.Sms.Add(new MiitSms
            {
                Id = Guid.CreateVersion7(now),
                To = challenge.Mobile,
                Text = $"【工信部ICP备案】您的备案申请已审核通过。主体备案号：{payload.SubjectIcpNumber}；网站备案号：{string.Join("、", payload.Websites.Select(w => w.IcpNumber))}。",
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    public async Task<DomainError?> RejectAsync(string applicationId, IReadOnlyList<OrderRejection> reasons, string operatorName, CancellationToken ct)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null)
        {
            return new DomainError("application.not_found", "未找到该备案申请。", ErrorKind.NotFound);
        }

        if (application.State != ApplicationState.InReview)
        {
            return new DomainError("application.not_in_review", "该申请不在管局审核中，不能审核。", ErrorKind.Conflict);
        }

        var now = time.GetUtcNow();
        Decide(application, ApplicationState.Rejected, operatorName, now);
        application.Rejections = [.. reasons];
        stream.Post(application.ProviderId, BureauMessageKinds.Rejected, application.Id, new RejectionPayload(reasons));
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static void Decide(BureauApplication application, ApplicationState state, string operatorName, DateTimeOffset now)
    {
        application.State = state;
        application.DecidedAt = now;
        application.DecidedBy = operatorName;
        application.Version++;
    }

    private async Task<ApprovalPayload> AddWebsitesAsync(BureauApplication application, DateTimeOffset now, CancellationToken ct)
    {
        var data = application.Data;
        var subject = await db.Subjects.FirstOrDefaultAsync(
            s => s.CertificateNumber.Index == data.Subject.CertificateNumber.Index && s.Status == NationalStatus.Normal, ct);
        if (subject is null)
        {
            var province = Provinces.FindByCode(data.Subject.ProvinceCode)!;
            subject = new NationalSubject
            {
                Id = Guid.CreateVersion7(now),
                IcpNumber = (await numbers.NextSubjectNumberAsync(province, now, ct)).ToString(),
                ProvinceCode = province.Code,
                Name = data.Subject.Name,
                CertificateAddress = data.Subject.CertificateAddress,
                MailingAddress = data.Subject.MailingAddress,
                Nature = data.Subject.Nature,
                CertificateType = data.Subject.CertificateType,
                CertificateNumber = data.Subject.CertificateNumber,
                Principal = data.Subject.Principal,
                PrincipalCertificateIndex = data.Subject.Principal?.CertificateNumber.Index,
                PrincipalMobileIndex = data.Subject.Principal?.Mobile.Index,
                ApprovedAt = now,
            };
            db.Subjects.Add(subject);
            await db.SaveChangesAsync(ct);
            stream.RecordChanged("subject-approved", subject.IcpNumber);
        }

        subject.EmptySince = null;
        var first = await numbers.NextWebsiteSequencesAsync(subject.Id, data.Websites.Count, ct);
        var subjectNumber = Numbers.IcpNumber.Parse(subject.IcpNumber, onImport: true);
        var approved = new List<ApprovedWebsite>();
        for (var i = 0; i < data.Websites.Count; i++)
        {
            var site = data.Websites[i];
            var number = subjectNumber.ForService(first + i, site.Type).ToString();
            db.Websites.Add(new NationalWebsite
            {
                Id = Guid.CreateVersion7(now),
                SubjectId = subject.Id,
                IcpNumber = number,
                Name = site.Name,
                Type = site.Type,
                App = site.App,
                Features = NationalAppFeature.Of(site.App),
                Homepage = site.Type == ServiceType.Website ? "http://" + site.Domains[0] : string.Empty,
                Principal = site.Principal,
                PrincipalCertificateIndex = site.Principal?.CertificateNumber.Index,
                PrincipalMobileIndex = site.Principal?.Mobile.Index,
                ApprovedAt = now,
                Providers = [application.ProviderId],
                Domains = [.. site.Domains.Select(d => new NationalDomain { Domain = d })],
            });
            stream.RecordChanged("website-approved", number);
            approved.Add(new ApprovedWebsite(i, number, site.Name, site.Domains, site.Type));
        }

        return new ApprovalPayload(subject.IcpNumber, approved);
    }

    private async Task<ApprovalPayload?> AddAccessAsync(BureauApplication application, CancellationToken ct)
    {
        var approved = new List<ApprovedWebsite>();
        string? subjectNumber = null;
        for (var i = 0; i < application.Data.Websites.Count; i++)
        {
            // A website is found by its first domain; an app, mini-program or quick app by its number (R-APP-09).
            var site = application.Data.Websites[i];
            var live = db.Websites.Include(w => w.Subject).Include(w => w.Domains).Where(w => w.Status == NationalStatus.Normal);
            var domain = site.Domains.Count > 0 ? site.Domains[0] : null;
            var website = site.Type == ServiceType.Website
                ? await live.FirstOrDefaultAsync(w => w.Type == ServiceType.Website && w.Domains.Any(d => d.Domain == domain), ct)
                : await live.FirstOrDefaultAsync(w => w.IcpNumber == site.IcpNumber, ct);
            if (website is null)
            {
                return null;
            }

            if (!website.Providers.Contains(application.ProviderId))
            {
                website.Providers = [.. website.Providers, application.ProviderId];
            }

            website.NoProviderSince = null;

            subjectNumber = website.Subject.IcpNumber;
            stream.RecordChanged("access-added", website.IcpNumber);
            // Access adds this provider beside any other (R-ACCESS-02) and changes no data: the provider receives the
            // record as MIIT holds it (§5, R-ACCESS-05).
            approved.Add(new ApprovedWebsite(i, website.IcpNumber, website.Name, [.. website.Domains.Select(d => d.Domain)], website.Type));
        }

        return subjectNumber is null ? null : new ApprovalPayload(subjectNumber, approved);
    }
}
