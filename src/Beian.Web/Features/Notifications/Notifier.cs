using Beian.Filings;
using Beian.PersonalData;
using Beian.Reference;
using Beian.Web.Data;

namespace Beian.Web.Features.Notifications;

/// <summary>
/// Writes the applicant's notifications into the outbox, in the caller's transaction: the change and its message
/// commit together or not at all (DESIGN.md §5). Each goes by e-mail to the account and by SMS to the subject principal.
/// </summary>
public sealed class Notifier(ProviderDb db, TimeProvider time)
{
    public Task OrderRejectedAsync(FilingOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var reasons = string.Join("；", order.Rejections.Select(r => (RejectionCatalog.Find(r.Code)?.Title ?? r.Code) + (r.Remark is null ? string.Empty : "（" + r.Remark + "）")));
        var who = order.Rejections.Any(r => r.ByBureau) ? "管局" : "初审";
        return AddAsync(order, "order.rejected", $"备案订单{order.Number}未通过{who}审核", $"您的备案订单{order.Number}未通过{who}审核，原因：{reasons}。请登录备案控制台查看整改建议，修改后重新提交。", ct);
    }

    /// <summary>R-SMS-01: the order is with MIIT, which texts each principal a code to enter within its window.</summary>
    public Task SmsVerificationNeededAsync(FilingOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        return AddAsync(order, "order.sms-verification", $"备案订单{order.Number}待短信核验", $"您的备案订单{order.Number}已报送管局。工信部将向各负责人的手机发送短信验证码，请在24小时内在工信部短信核验页面填写手机号码、证件号码后六位和验证码完成核验；逾期未核验的订单将被退回。", ct);
    }

    public Task OrderReturnedAsync(FilingOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        return AddAsync(order, "order.returned", $"备案订单{order.Number}已退回", $"您的备案订单{order.Number}因未在24小时内完成短信核验或核验失败，已被退回。如资料无需修改，可在备案控制台重新提交管局。", ct);
    }

    /// <summary>R-ORDER-08: the order will expire unless it is finished; the time the bureau holds it does not count.</summary>
    public Task ExpiryWarningAsync(FilingOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var expires = Beian.Time.BeijingTime.Format(order.ExpiresAt!.Value);
        return AddAsync(order, "order.expiry-warning", $"备案订单{order.Number}即将失效", $"您的备案订单{order.Number}（当前状态：{order.State.ChineseName()}）将于{expires}失效。请在此之前完成需要您处理的步骤；失效后须重新提交备案申请。", ct);
    }

    public Task CallMissedAsync(FilingOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        return AddAsync(order, "order.call-missed", $"备案订单{order.Number}初审电话未接通", $"审核专员致电核实备案订单{order.Number}未能接通。请保持电话畅通，我们将在1小时后再次致电；仍未接通时将拨打应急联系电话，均未接通的订单将被驳回。", ct);
    }

    public Task MaterialRequestedAsync(FilingOrder order, string items, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        return AddAsync(order, "order.material-requested", $"备案订单{order.Number}需要补充资料", $"审核专员要求您为备案订单{order.Number}补充以下内容：{items}。请登录备案控制台补充后提交。", ct);
    }

    public Task OrderApprovedAsync(FilingOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var numbers = $"主体备案号：{order.SubjectIcpNumber}；网站备案号：{string.Join("、", order.WebsiteIcpNumbers)}。";
        // What the approval means differs by type: a cancellation must not be told to show its number.
        var next = order.Type switch
        {
            FilingType.CancelAccess => "本接入商已取消接入，网站在本接入商的服务器上将无法访问；备案号在工信部仍然保留，请尽快在新的接入商办理接入备案。",
            FilingType.CancelWebsite or FilingType.CancelSubject => "备案已注销，相关域名将无法访问；注销不可恢复，如需继续开办网站请重新备案。",
            FilingType.ChangeSubject or FilingType.ChangeWebsite => "备案信息已更新，网站访问不受影响。",
            _ => "请在网站底部悬挂备案号并链接至 https://beian.miit.gov.cn/ 。",
        };
        return AddAsync(order, "order.approved", $"备案订单{order.Number}（{order.Type.ChineseName()}）已通过管局审核", $"您的备案订单{order.Number}（{order.Type.ChineseName()}）已通过管局审核。{numbers}{next}", ct);
    }

    /// <summary>R-INSP-01: each finding is told by e-mail and SMS, with its remedy and the rectification deadline.</summary>
    public Task CaseOpenedAsync(Beian.Compliance.InspectionCase found, SealedText? mobile, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(found);
        var finding = InspectionCatalog.Find(found.Code);
        return AddToAccountAsync(found.AccountId, null, mobile, "inspection.opened", $"专项核查：{found.Target}{finding?.Title ?? found.Code}",
            $"您的备案{found.Target}在专项核查中发现问题：{found.Detail}。整改办法：{finding?.Remedy ?? "请按要求办理变更备案"}。请在{Beian.Time.BeijingTime.Format(found.Deadline)}前完成整改；整改期内网站访问不受影响，逾期未整改本接入商将取消接入。", ct);
    }

    /// <summary>R-INSP-03: the period ran out and this provider cancelled access.</summary>
    public Task AccessCancelledForOverdueAsync(Beian.Compliance.InspectionCase overdue, SealedText? mobile, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(overdue);
        return AddToAccountAsync(overdue.AccountId, null, mobile, "inspection.overdue", $"专项核查逾期未整改：{overdue.Target}已取消接入",
            $"您的备案{overdue.Target}未在整改期限内完成整改（{overdue.Detail}），本接入商已取消接入，网站在本接入商的服务器上将无法访问。如无其他接入商接入，管局可能注销该备案。恢复访问请重新办理接入备案并完成整改。", ct);
    }

    /// <summary>
    /// R-FOOTER-11: the footer reminder is a reminder only — the owner checks every website of the subject and ignores
    /// it when they comply. Sent by e-mail alone; it opens no case.
    /// </summary>
    public async Task FooterReminderAsync(Guid accountId, string subjectIcpNumber, IReadOnlyList<string> websiteNumbers, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var account = await db.Users.FindAsync([accountId], ct);
        if (account?.Email is not { } email)
        {
            return;
        }

        db.Outbox.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            AccountId = accountId,
            Channel = Channel.Email,
            Email = email,
            Template = "footer.reminder",
            Subject = $"提醒：请核对{subjectIcpNumber}下各网站的备案号悬挂",
            Body = $"此邮件仅为提醒。请通过工信部备案查询（https://beian.miit.gov.cn/）核对主体{subjectIcpNumber}下的每个网站（{string.Join("、", websiteNumbers)}），确认网站首页底部显示正确的备案号并链接至工信部；如已按要求悬挂，请忽略本邮件。",
            CreatedAt = now,
        });
    }

    /// <summary>R-CONTENT-06: access suspended at once for illegal content.</summary>
    public Task SuspendedAsync(Guid accountId, string websiteNumber, string reason, SealedText? mobile, CancellationToken ct) =>
        AddToAccountAsync(accountId, null, mobile, "record.suspended", $"网站{websiteNumber}已暂停接入",
            $"您的网站{websiteNumber}因存在违法违规内容（{reason}）已被暂停接入，网站在本接入商的服务器上无法访问。请立即删除相关内容并联系客服。", ct);

    /// <summary>公安联网备案: the deadline is a week away, or today, and no number is recorded yet.</summary>
    public Task PublicSecurityDueAsync(Guid accountId, string websiteNumber, string websiteName, DateOnly deadline, bool lastDay, CancellationToken ct) =>
        AddToAccountAsync(accountId, null, null, "record.public-security-due",
            lastDay ? $"今天是网站{websiteNumber}办理公安联网备案的最后一天" : $"请在{deadline:yyyy-MM-dd}前为网站{websiteNumber}办理公安联网备案",
            $"您的网站“{websiteName}”（{websiteNumber}）已在本接入商上线，须自上线之日起30日内（{deadline:yyyy-MM-dd}前）在全国互联网安全管理服务平台（https://beian.mps.gov.cn/）办理公安联网备案。" +
            "办理所需的接入信息与接入服务协议可在控制台“我的备案”中该网站的“公安联网备案”页获取；办好后请在该页登记公安备案号。如已办理，请登记备案号，本提醒随即停止。", ct);

    /// <summary>R-VID-09: the commitment video's script goes to the website principal's e-mail.</summary>
    public void VideoScript(FilingOrder order, string script)
    {
        ArgumentNullException.ThrowIfNull(order);
        var now = time.GetUtcNow();
        foreach (var email in order.Draft.Websites.Select(w => w.Principal?.Email).OfType<string>().Distinct())
        {
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(now),
                AccountId = order.AccountId,
                OrderId = order.Id,
                Channel = Channel.Email,
                Email = email,
                Template = "order.video-script",
                Subject = $"备案订单{order.Number}承诺视频核验脚本",
                Body = script,
                CreatedAt = now,
            });
        }
    }

    /// <summary>R-ACCT-04: the receiving account is asked to accept a record transfer.</summary>
    public Task TransferRequestedAsync(Beian.Accounts.RecordTransfer transfer, string fromName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        return AddToAccountAsync(transfer.ToAccountId, null, null, "transfer.requested", $"备案转移待接收：{transfer.SubjectName}",
            $"账号「{fromName}」申请将主体「{transfer.SubjectName}」（{transfer.SubjectIcpNumber}）的备案信息转移到您的账号。请在{Beian.Time.BeijingTime.Format(transfer.ExpiresAt)}前登录备案控制台，在「备案转移」中接收或拒绝；逾期未接收的，本次转移失效。", ct);
    }

    /// <summary>R-ACCT-04: both accounts are told that the filing data moved.</summary>
    public async Task TransferDoneAsync(Beian.Accounts.RecordTransfer transfer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        var how = transfer.Offline ? "经客服线下核验，" : string.Empty;
        await AddToAccountAsync(transfer.FromAccountId, null, null, "transfer.done", $"备案已转出：{transfer.SubjectName}",
            $"{how}主体「{transfer.SubjectName}」（{transfer.SubjectIcpNumber}）的备案信息及相关订单已转移到其他账号，本账号不再管理该备案。备案号和网站访问不受影响。", ct);
        await AddToAccountAsync(transfer.ToAccountId, null, null, "transfer.done", $"备案已转入：{transfer.SubjectName}",
            $"{how}主体「{transfer.SubjectName}」（{transfer.SubjectIcpNumber}）的备案信息及相关订单已转入您的账号，可在「我的备案」中查看和办理变更等业务。备案号和网站访问不受影响；云服务器与备案服务码仍属于原账号。", ct);
    }

    /// <summary>R-ACCT-05: the account is told how support decided an appeal about its security phone.</summary>
    public Task AppealDecidedAsync(Guid accountId, bool granted, string newPhone, CancellationToken ct) =>
        AddToAccountAsync(accountId, null, null, "account.appeal", granted ? "申诉已通过：安全手机已更换" : "申诉未通过",
            granted
                ? $"您的申诉已通过，账号的安全手机已更换为{newPhone}。请在登录页选择「找回账号」，用发送到新手机的验证码设置新密码。如非本人申诉，请立即联系客服。"
                : "您的申诉未通过，客服无法确认您是账号的持有人。如需继续管理该账号下的备案，请联系客服办理线下备案转移。", ct);

    private Task AddAsync(FilingOrder order, string template, string subject, string body, CancellationToken ct) =>
        AddToAccountAsync(order.AccountId, order.Id, order.Draft.Subject.Principal?.Mobile, template, subject, body, ct);

    private async Task AddToAccountAsync(Guid accountId, Guid? orderId, SealedText? mobile, string template, string subject, string body, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var account = await db.Users.FindAsync([accountId], ct);
        if (account?.Email is { } email)
        {
            db.Outbox.Add(new OutboxMessage { Id = Guid.CreateVersion7(now), AccountId = accountId, OrderId = orderId, Channel = Channel.Email, Email = email, Template = template, Subject = subject, Body = body, CreatedAt = now });
        }

        if (mobile is not null)
        {
            db.Outbox.Add(new OutboxMessage { Id = Guid.CreateVersion7(now), AccountId = accountId, OrderId = orderId, Channel = Channel.Sms, Phone = mobile, Template = template, Subject = subject, Body = body, CreatedAt = now });
        }
    }
}
