using Beian.Platform;

namespace Beian.Web.Pages.Console;

/// <summary>The delivery log of one of the account's subscriptions.</summary>
public sealed class WebhookLogModel : WebhookLogPage
{
    public override Guid? Owner => User.Id();

    public override string Home => "/console/developer";

    public override string LogBase => "/console/developer/webhooks";
}
