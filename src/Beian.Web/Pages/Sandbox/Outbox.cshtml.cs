using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Web.Features.Sandbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beian.Web.Pages.Sandbox;

/// <summary>开发发件箱 (sandbox only): every SMS and e-mail sent, newest first, and the platform clock.</summary>
public sealed class OutboxModel : ConsolePage
{
    [BindProperty]
    public double Hours { get; set; }

    public IReadOnlyList<OutboxEntry> Messages { get; private set; } = [];

    public DateTimeOffset Now => Service<TimeProvider>().GetUtcNow();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Service<IOptions<PlatformOptions>>().Value.Sandbox)
        {
            return NotFound();
        }

        Messages = await Service<SandboxActions>().OutboxAsync(Aborted);
        return Page();
    }

    public async Task<IActionResult> OnPostSweepAsync()
    {
        if (!Service<IOptions<PlatformOptions>>().Value.Sandbox)
        {
            return NotFound();
        }

        await Service<SandboxActions>().SweepAsync(Aborted);
        return Done("已执行到期处理。", "/sandbox/outbox");
    }

    public async Task<IActionResult> OnPostAdvanceAsync()
    {
        var clock = Take(await Service<SandboxActions>().AdvanceAsync(new(null, Hours, null), Aborted));
        if (clock is null)
        {
            return await OnGetAsync();
        }

        await Service<SandboxActions>().SweepAsync(Aborted);
        return Done($"时钟已拨至 {Display.Time(clock.Now)}，并已执行到期处理。", "/sandbox/outbox");
    }
}
