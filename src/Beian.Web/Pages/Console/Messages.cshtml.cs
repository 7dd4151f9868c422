using Beian.Platform.Pages;
using Beian.Web.Features.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>消息中心: every notification this account was sent, with the order it concerns.</summary>
public sealed class MessagesModel : ConsolePage
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public MyMessages.MessagePage? Messages { get; private set; }

    public async Task OnGetAsync() => Messages = Take(await Service<MyMessages>().ListAsync(User, PageNumber, Aborted));
}
