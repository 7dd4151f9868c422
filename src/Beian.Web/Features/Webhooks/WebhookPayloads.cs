using Beian.Compliance;
using Beian.Filings;
using Beian.Instances;

namespace Beian.Web.Features.Webhooks;

/// <summary>
/// Every delivery's body (version 1): the event id a receiver deduplicates by, its type, when it happened, the account
/// and the event's data. The OpenAPI document's webhooks section describes one per event type.
/// </summary>
/// <param name="Id">The stable event id: the same on every attempt and redelivery.</param>
/// <param name="Type">The event type, e.g. order.state_changed.</param>
/// <param name="Version">The payload version, 1.</param>
/// <param name="OccurredAt">When it happened on the platform.</param>
/// <param name="AccountId">The account it concerns.</param>
/// <param name="Data">What happened.</param>
public sealed record WebhookEnvelope<T>(Guid Id, string Type, int Version, DateTimeOffset OccurredAt, Guid AccountId, T Data);

/// <summary>An order's transition (order.state_changed, order.sms_verification_needed).</summary>
/// <param name="OrderId">The order.</param>
/// <param name="OrderNumber">The order's number as the console shows it.</param>
/// <param name="FilingType">The kind of filing.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="Transition">T01–T21, or null for a step that does not change the state.</param>
/// <param name="Description">What happened, in Chinese, as the timeline shows it.</param>
public sealed record OrderEventData(Guid OrderId, string OrderNumber, FilingType FilingType, OrderState From, OrderState To, string? Transition, string Description);

/// <summary>A change of a filed subject or website (record.*).</summary>
/// <param name="IcpNumber">The subject's or the website's number.</param>
/// <param name="Kind">The record feed's kind: approved, website-changed, subject-changed, access-cancelled, cancelled, suspended…</param>
/// <param name="Domains">The domains the change concerns.</param>
public sealed record RecordEventData(string IcpNumber, string Kind, IReadOnlyList<string> Domains);

/// <summary>An inspection case's step (case.*).</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Code">The finding's INSP code.</param>
/// <param name="Target">The subject or website number it concerns.</param>
/// <param name="SubjectIcpNumber">The subject the case belongs to.</param>
/// <param name="State">Open, Rectified or Overdue.</param>
/// <param name="Deadline">By when it must be put right.</param>
/// <param name="Resolution">How it ended, once closed.</param>
public sealed record CaseEventData(Guid CaseId, string Code, string Target, string SubjectIcpNumber, CaseState State, DateTimeOffset Deadline, string? Resolution);

/// <summary>A service code issued or freed (service_code.*).</summary>
public sealed record ServiceCodeEventData(string Code, Guid InstanceId, ServiceCodeState State);
