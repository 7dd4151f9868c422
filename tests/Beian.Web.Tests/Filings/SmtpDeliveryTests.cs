using System.Net;
using System.Net.Sockets;
using Beian.Web.Data;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace Beian.Web.Tests.Filings;

public class SmtpDeliveryTests
{
    [Fact]
    public async Task EMailGoesThroughTheMailServer_WithTheOutboxIdAsItsMessageId_AndARepeatCarriesTheSameId()
    {
        using var server = SimpleSmtpServer.Start(FreePort());
        using var factory = new PlatformFactory(Databases.Sqlite, new()
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = server.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:StartTls"] = "false",
        });
        var applicant = await new FilingJourney(factory).NewApplicantAsync("smtp@example.com");
        var order = await FilingJourney.FileAsync(applicant, 88, "smtp-88.cn");
        var reviewer = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Reviewer);
        await reviewer.PostJsonAsync($"/api/review/orders/{order.GetProperty("id").GetGuid()}/pick-up", null);
        await reviewer.PostJsonAsync($"/api/review/orders/{order.GetProperty("id").GetGuid()}/calls", new { answered = false });

        await factory.SweepAsync();
        var mail = Assert.Single(server.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == "smtp@example.com") && m.Headers["Subject"]!.Contains("初审电话未接通", StringComparison.Ordinal));
        Guid messageId;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
            var sent = await db.Outbox.SingleAsync(m => m.Email == "smtp@example.com" && m.Template == "order.call-missed");
            Assert.NotNull(sent.DeliveredAt);
            messageId = sent.Id;
            Assert.Equal($"<{messageId:N}@beian.local>", mail.Headers["Message-ID"]);

            // A crash after sending and before marking it sent: the sweep sends it again, under the same id.
            sent.DeliveredAt = null;
            await db.SaveChangesAsync();
        }

        await factory.SweepAsync();
        Assert.Equal(2, server.ReceivedEmail.Count(m => m.Headers["Message-ID"] == $"<{messageId:N}@beian.local>"));
    }

    [Fact]
    public async Task AMailServerThatIsDown_LeavesTheMessageInTheOutboxForTheNextSweep()
    {
        var port = FreePort();
        using var factory = new PlatformFactory(Databases.Sqlite, new()
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:StartTls"] = "false",
        });
        var applicant = await new FilingJourney(factory).NewApplicantAsync("smtp-down@example.com");
        var order = await FilingJourney.FileAsync(applicant, 89, "smtp-89.cn");
        var reviewer = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Reviewer);
        await reviewer.PostJsonAsync($"/api/review/orders/{order.GetProperty("id").GetGuid()}/pick-up", null);
        await reviewer.PostJsonAsync($"/api/review/orders/{order.GetProperty("id").GetGuid()}/calls", new { answered = false });
        await factory.SweepAsync();
        await using (var scope = factory.Scope())
        {
            var waiting = await scope.ServiceProvider.GetRequiredService<ProviderDb>().Outbox.AsNoTracking().SingleAsync(m => m.Email == "smtp-down@example.com" && m.Template == "order.call-missed");
            Assert.Null(waiting.DeliveredAt);
            Assert.Equal(1, waiting.Attempts);
        }

        using var server = SimpleSmtpServer.Start(port);
        await factory.SweepAsync();
        Assert.Single(server.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == "smtp-down@example.com"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
