namespace Beian.Webhooks;

/// <summary>
/// The events a subscription can receive (事件推送), each named <c>thing.what_happened</c>. Their payloads are version 1
/// of the shapes in the OpenAPI document's webhooks section; a change that is not additive will be version 2.
/// </summary>
public static class WebhookEventTypes
{
    /// <summary>An order moved from one state to another (every transition, T01–T21).</summary>
    public const string OrderStateChanged = "order.state_changed";

    /// <summary>An order reached the bureau's SMS verification: the principals must answer MIIT's texts within the window.</summary>
    public const string OrderSmsVerificationNeeded = "order.sms_verification_needed";

    public const string RecordApproved = "record.approved";
    public const string RecordChanged = "record.changed";
    public const string RecordAccessCancelled = "record.access_cancelled";
    public const string RecordCancelled = "record.cancelled";
    public const string RecordSuspended = "record.suspended";

    public const string CaseOpened = "case.opened";

    /// <summary>An open inspection case's rectification deadline is near (<see cref="CaseDueNotice"/> before it).</summary>
    public const string CaseDue = "case.due";

    public const string CaseClosed = "case.closed";

    public const string ServiceCodeIssued = "service_code.issued";

    /// <summary>A bound code went back to available: its order ended without a filing.</summary>
    public const string ServiceCodeFreed = "service_code.freed";

    /// <summary>How long before a case's deadline <see cref="CaseDue"/> is sent.</summary>
    public static readonly TimeSpan CaseDueNotice = TimeSpan.FromDays(3);

    public static IReadOnlyList<string> All { get; } =
    [
        OrderStateChanged, OrderSmsVerificationNeeded, RecordApproved, RecordChanged, RecordAccessCancelled, RecordCancelled,
        RecordSuspended, CaseOpened, CaseDue, CaseClosed, ServiceCodeIssued, ServiceCodeFreed,
    ];

    public static string ChineseName(string type) => type switch
    {
        OrderStateChanged => "订单状态变化",
        OrderSmsVerificationNeeded => "需要工信部短信核验",
        RecordApproved => "备案成功（取得备案号）",
        RecordChanged => "备案信息变更",
        RecordAccessCancelled => "取消接入",
        RecordCancelled => "备案注销",
        RecordSuspended => "暂停接入",
        CaseOpened => "专项核查整改事项",
        CaseDue => "整改期限将至",
        CaseClosed => "整改事项结束",
        ServiceCodeIssued => "备案服务码已发放",
        ServiceCodeFreed => "备案服务码已释放",
        _ => type,
    };

    /// <summary>The event a record feed entry is, by its kind.</summary>
    public static string OfRecordKind(string kind) => kind switch
    {
        "approved" => RecordApproved,
        "access-cancelled" => RecordAccessCancelled,
        "cancelled" => RecordCancelled,
        "suspended" => RecordSuspended,
        _ => RecordChanged,
    };
}
