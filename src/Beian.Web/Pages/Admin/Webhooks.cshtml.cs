namespace Beian.Web.Pages.Admin;

/// <summary>The admin's subscriptions, which receive the events of every account.</summary>
public sealed class WebhooksModel : WebhookPage
{
    public override Guid? Owner => null;

    public override string Home => "/admin/webhooks";

    public override string LogBase => "/admin/webhooks";
}
