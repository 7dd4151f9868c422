namespace Beian.Web.Pages.Admin;

/// <summary>The delivery log of one of the admin's subscriptions.</summary>
public sealed class WebhookLogModel : WebhookLogPage
{
    public override Guid? Owner => null;

    public override string Home => "/admin/webhooks";

    public override string LogBase => "/admin/webhooks";
}
