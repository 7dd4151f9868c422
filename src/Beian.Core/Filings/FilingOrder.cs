using Beian.Time;

namespace Beian.Filings;

/// <summary>
/// A filing order (备案订单): one application of one filing type, from draft to a final state. Its state changes only
/// through <see cref="Apply"/>, which consults the one transition table and writes one timeline event per change.
/// </summary>
public sealed class FilingOrder
{
    /// <summary>Orders are valid for 45 days counted from the submission day as day 1 (DESIGN.md §9).</summary>
    public const int ValidityDays = 45;

    /// <summary>How long before expiry the applicant is warned: a week ahead, and again the day before.</summary>
    public static readonly IReadOnlyList<TimeSpan> ExpiryWarningLeads = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];

    private readonly List<OrderEvent> _timeline = [];
    private readonly List<OrderDomain> _domains = [];

    private FilingOrder()
    {
        Number = string.Empty;
        ProvinceCode = string.Empty;
        Draft = null!;
        SubjectCertificateIndex = string.Empty;
        Rejections = [];
        WebsiteIcpNumbers = [];
    }

    public FilingOrder(Guid id, string number, Guid accountId, FilingType type, FilingDraft draft, DateTimeOffset now, string? targetIcpNumber = null)
        : this()
    {
        TargetIcpNumber = targetIcpNumber;
        ArgumentNullException.ThrowIfNull(draft);
        Id = id;
        Number = number;
        AccountId = accountId;
        Type = type;
        State = OrderState.Draft;
        CreatedAt = now;
        SetDraft(draft);
    }

    public Guid Id { get; private set; }

    /// <summary>备案订单号, quoted to support.</summary>
    public string Number { get; private set; }

    public Guid AccountId { get; private set; }

    /// <summary>备案转移 (R-ACCT-04): the order, with its timeline and documents, now belongs to another account.</summary>
    public void MoveTo(Guid accountId) => AccountId = accountId;

    public FilingType Type { get; private set; }

    public OrderState State { get; private set; }

    /// <summary>The province whose bureau handles the order.</summary>
    public string ProvinceCode { get; private set; }

    public FilingDraft Draft { get; private set; }

    /// <summary>The record a change, cancel-access or cancellation concerns: a subject or website number.</summary>
    public string? TargetIcpNumber { get; private set; }

    /// <summary>Blind index of the subject's certificate number, for the one-order-per-certificate rule (M-03).</summary>
    public string SubjectCertificateIndex { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The first submission; starts the 45-day clock.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>When the order expires unless it is at the bureau; pushed back by the time the bureau held it.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>When the next expiry warning falls due, or null when none is left (<see cref="ExpiryWarningLeads"/>).</summary>
    public DateTimeOffset? ExpiryWarningDueAt { get; private set; }

    /// <summary>How many expiry warnings went out: each lead is warned of once.</summary>
    public int ExpiryWarningsSent { get; private set; }

    /// <summary>Since when the bureau holds the order (its clock is stopped meanwhile), or null.</summary>
    public DateTimeOffset? AtBureauSince { get; private set; }

    /// <summary>How many times the order went to the bureau; with the id it names the bureau application.</summary>
    public int BureauSubmissions { get; private set; }

    /// <summary>The provider's copy reflects the bureau's approval (T21).</summary>
    public bool SyncedToProvider { get; private set; }

    public List<OrderRejection> Rejections { get; private set; }

    /// <summary>主体备案号 issued or confirmed by the approval.</summary>
    public string? SubjectIcpNumber { get; private set; }

    /// <summary>网站备案号 of each website of the draft, in the draft's order, once approved.</summary>
    public List<string> WebsiteIcpNumbers { get; private set; }

    /// <summary>Unanswered review calls so far in this round (R-REVIEW-02).</summary>
    public int UnansweredCalls { get; private set; }

    /// <summary>When the reviewer may call again after an unanswered call.</summary>
    public DateTimeOffset? NextCallAt { get; private set; }

    /// <summary>A principal (or the emergency contact) answered the review call.</summary>
    public bool CallAnswered { get; private set; }

    /// <summary>The emergency contact answered a review call (some provinces call them every time, R-PROV-CFG-15).</summary>
    public bool EmergencyContactReached { get; private set; }

    /// <summary>Optimistic concurrency: bumped by every change, checked by every update.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<OrderEvent> Timeline => _timeline;

    public IReadOnlyList<OrderDomain> Domains => _domains;

    public ReviewPath Path => Type.PathOf();

    /// <summary>The bureau's id for this order's current application.</summary>
    public string BureauApplicationId => $"{Id:N}-{BureauSubmissions}";

    /// <summary>The bureau's id for the next submission of this order: forwarding names it before the state changes, so a retry after a crash submits the same application again.</summary>
    public string NextBureauApplicationId => $"{Id:N}-{BureauSubmissions + 1}";

    /// <summary>The order an application id belongs to.</summary>
    public static Guid? OrderIdOf(string applicationId) =>
        applicationId is { Length: > 32 } && Guid.TryParseExact(applicationId[..32], "N", out var id) ? id : null;

    /// <summary>Actions the actor may take now.</summary>
    public IReadOnlyList<OrderAction> AllowedActions(Actor actor) => OrderTransitions.Allowed(State, Path, actor);

    /// <summary>The applicant may change the data: before submission, after a rejection or return, and when the reviewer asked for it.</summary>
    public bool IsEditable => State is OrderState.Draft or OrderState.RejectedByProvider or OrderState.RejectedByBureau or OrderState.ReturnedByMiit or OrderState.AwaitingApplicant;

    /// <summary>Replaces the draft while the order is editable.</summary>
    public DomainError? Edit(FilingDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!IsEditable)
        {
            // R-ORDER-07: nothing is edited while the bureau holds the order; in initial review, withdraw it first (R-ORDER-06).
            return State.IsAtBureau()
                ? new DomainError("R-ORDER-07", $"订单已报送管局（{State.ChineseName()}），不能修改资料，请等待审核结果。", ErrorKind.Conflict)
                : new DomainError("order.not_editable", $"订单当前状态为「{State.ChineseName()}」，不能修改资料；如需修改，请先撤销订单。", ErrorKind.Conflict);
        }

        SetDraft(draft);
        Version++;
        return null;
    }

    /// <summary>Applies an action through the transition table; refuses with a typed error and changes nothing otherwise.</summary>
    public DomainError? Apply(OrderAction action, Actor actor, string actorName, DateTimeOffset now, string? note = null)
    {
        var row = OrderTransitions.Find(State, action, Path);
        if (row is null || row.Actor != actor)
        {
            return OrderTransitions.Refusal(State, action, Path);
        }

        if (action == OrderAction.Expire && (ExpiresAt is null || now < ExpiresAt))
        {
            return new DomainError("order.not_expired", "订单尚未到期。", ErrorKind.Conflict);
        }

        if (action == OrderAction.ProviderApprove && !CallAnswered)
        {
            return new DomainError("R-REVIEW-02", "初审电话尚未接通，不能通过初审：请先完成电话核验。", ErrorKind.Conflict);
        }

        var from = State;
        State = row.To;
        OnStateChanged(from, row.To, action, now);
        _timeline.Add(new OrderEvent(Id, now, row.Id, from, row.To, actor, actorName, Describe(action), note));
        Version++;
        return null;
    }

    /// <summary>
    /// Logs a review call (初审电话, R-REVIEW-02, R-REVIEW-03; an unreachable number rejects the order, R-PHONE-05): the principal's Contact 1 first; if unanswered, again after one hour;
    /// then the emergency phone; if that is unanswered too, the order is rejected (REJ-CALL-UNANSWERED). A call to the
    /// emergency contact outside that sequence (<paramref name="toEmergencyContact"/>) is the routine call some
    /// provinces make (AMB-11); it is noted and counts toward nothing else.
    /// </summary>
    public DomainError? LogCall(bool answered, string reviewerName, DateTimeOffset now, string? note = null, bool toEmergencyContact = false)
    {
        if (State != OrderState.InInitialReview)
        {
            return new DomainError("order.not_in_review", $"订单当前状态为「{State.ChineseName()}」，不在初审中。", ErrorKind.Conflict);
        }

        if (toEmergencyContact)
        {
            Note(Actor.Reviewer, reviewerName, now, $"初审电话（应急联系人）：{(answered ? "已接通" : "无人接听")}", note);
            EmergencyContactReached |= answered;
            return null;
        }

        if (NextCallAt is { } next && now < next)
        {
            return new DomainError("R-REVIEW-02", $"上次电话未接通，须在{BeijingTime.Format(next)}之后再次拨打。", ErrorKind.Conflict);
        }

        var target = UnansweredCalls < 2 ? "负责人联系方式1" : "应急联系电话";
        Note(Actor.Reviewer, reviewerName, now, $"初审电话（第{UnansweredCalls + 1}次，{target}）：{(answered ? "已接通" : "无人接听")}", note);
        if (answered)
        {
            CallAnswered = true;
            EmergencyContactReached |= UnansweredCalls >= 2;
            NextCallAt = null;
            return null;
        }

        UnansweredCalls++;
        NextCallAt = UnansweredCalls == 1 ? now.AddHours(1) : null;
        if (UnansweredCalls < 3)
        {
            return null;
        }

        var error = Apply(OrderAction.ProviderReject, Actor.Reviewer, reviewerName, now, "初审电话及应急联系电话均无人接听");
        SetRejections([new OrderRejection("REJ-CALL-UNANSWERED", null, ByBureau: false)]);
        return error;
    }

    /// <summary>
    /// R-REVIEW-03, R-PROV-CFG-15: where the province calls the emergency contact in every initial review, approval
    /// waits until that call got through.
    /// </summary>
    public DomainError? EmergencyCallMissing(ProvinceRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.AlwaysCallEmergencyContact && !EmergencyContactReached
            ? new DomainError("R-REVIEW-03", "本省初审须电话核实应急联系人：请拨打应急联系电话，接通后再通过初审。", ErrorKind.Conflict)
            : null;
    }

    /// <summary>Adds a timeline line that changes no state (a call logged, an SMS sent).</summary>
    public void Note(Actor actor, string actorName, DateTimeOffset now, string description, string? note = null)
    {
        _timeline.Add(new OrderEvent(Id, now, null, State, State, actor, actorName, description, note));
        Version++;
    }

    public void SetRejections(IEnumerable<OrderRejection> reasons) => Rejections = [.. reasons];

    /// <summary>Records the numbers of an approval and that the provider's copy now holds them (T21).</summary>
    public void MarkSynced(string? subjectNumber, IEnumerable<string> websiteNumbers)
    {
        SubjectIcpNumber = subjectNumber;
        WebsiteIcpNumbers = [.. websiteNumbers];
        SyncedToProvider = true;
        Version++;
    }

    private void OnStateChanged(OrderState from, OrderState to, OrderAction action, DateTimeOffset now)
    {
        if ((action is OrderAction.Submit or OrderAction.ProviderCancelsAccess) && SubmittedAt is null)
        {
            SubmittedAt = now;
            ExpiresAt = BeijingTime.StartOf(BeijingTime.DateOf(now).AddDays(ValidityDays));
            ScheduleExpiryWarning();
        }

        if (action is OrderAction.Submit or OrderAction.Withdraw)
        {
            Rejections = [];
            UnansweredCalls = 0;
            NextCallAt = null;
            CallAnswered = false;
            EmergencyContactReached = false;
        }

        if (!from.IsAtBureau() && to.IsAtBureau())
        {
            AtBureauSince = now;
            BureauSubmissions++;
        }
        else if (from.IsAtBureau() && !to.IsAtBureau())
        {
            // The clock stops while the bureau holds the order (DESIGN.md §9).
            ExpiresAt += now - AtBureauSince!.Value;
            AtBureauSince = null;
            ScheduleExpiryWarning();
        }
    }

    /// <summary>
    /// Takes the expiry warning that is due: true when the applicant must now be told (once per lead; leads a stopped
    /// sweep let pass are folded into one). Nothing is due while the bureau holds the order, whose clock is stopped.
    /// </summary>
    public bool TakeExpiryWarning(DateTimeOffset now)
    {
        if (ExpiryWarningDueAt is not { } due || now < due || State.IsFinal() || State.IsAtBureau())
        {
            return false;
        }

        while (ExpiryWarningsSent < ExpiryWarningLeads.Count && ExpiresAt - ExpiryWarningLeads[ExpiryWarningsSent] <= now)
        {
            ExpiryWarningsSent++;
        }

        ScheduleExpiryWarning();
        Version++;
        return true;
    }

    private void ScheduleExpiryWarning() =>
        ExpiryWarningDueAt = ExpiresAt is { } expires && ExpiryWarningsSent < ExpiryWarningLeads.Count ? expires - ExpiryWarningLeads[ExpiryWarningsSent] : null;

    private void SetDraft(FilingDraft draft)
    {
        Draft = draft;
        ProvinceCode = draft.Subject.ProvinceCode;
        SubjectCertificateIndex = draft.Subject.CertificateNumber.Index;
        var domains = draft.Websites.SelectMany(w => w.Domains).Distinct(StringComparer.Ordinal).ToList();
        _domains.RemoveAll(d => !domains.Contains(d.Domain));
        foreach (var domain in domains.Where(d => _domains.All(x => x.Domain != d)))
        {
            _domains.Add(new OrderDomain(Id, domain));
        }
    }

    private static string Describe(OrderAction action) => action switch
    {
        OrderAction.Submit => "提交备案",
        OrderAction.Abandon => "放弃备案",
        OrderAction.PickUp => "审核专员开始初审",
        OrderAction.RequestMaterial => "初审要求补充资料",
        OrderAction.SupplyMaterial => "已补充资料",
        OrderAction.ProviderReject => "初审驳回",
        OrderAction.ProviderApprove => "初审通过",
        OrderAction.Forward => "已提交管局，等待短信核验",
        OrderAction.SmsVerified => "短信核验完成，管局审核中",
        OrderAction.ReturnByMiit => "短信核验未通过，已退回至接入商",
        OrderAction.ResubmitToBureau => "重新提交管局",
        OrderAction.ReturnForChanges => "退回修改，需重新初审",
        OrderAction.BureauApprove => "管局审核通过",
        OrderAction.BureauReject => "管局审核驳回",
        OrderAction.Withdraw => "撤销备案",
        OrderAction.Expire => "订单已超过有效期，自动失效",
        OrderAction.SupportAbandon => "客服按申请放弃订单",
        OrderAction.ProviderCancelsAccess => "专项核查逾期未整改，接入商提交取消接入",
        _ => action.ToString(),
    };
}
