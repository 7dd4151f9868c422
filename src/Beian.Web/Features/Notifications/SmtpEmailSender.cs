using System.Net.Sockets;
using Beian.Web.Data;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Beian.Web.Features.Notifications;

/// <summary>Where e-mail goes when a mail server is configured (section Notifications:Smtp); without one the simulated mailbox keeps it.</summary>
public sealed class SmtpOptions
{
    /// <summary>The mail server; empty keeps e-mail in the simulated mailbox.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS when the server offers it; a server on loopback may go without.</summary>
    public bool StartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "备案中心 <beian-noreply@localhost>";

    /// <summary>The domain of each Message-ID: the outbox id at this domain names a message for good.</summary>
    public string MessageIdDomain { get; set; } = "beian.local";
}

/// <summary>
/// Sends e-mail through a mail server with MailKit. The outbox id becomes the Message-ID, so a message sent again after
/// a crash carries the same id and the receiving side recognises the repeat (DESIGN.md §5).
/// </summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : INotificationSender
{
    public Channel Channel => Channel.Email;

    public async Task SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mail = new MimeMessage
        {
            MessageId = $"{message.MessageId:N}@{settings.MessageIdDomain}",
            Subject = message.Subject,
            Body = new TextPart("plain") { Text = message.Body },
        };
        mail.From.Add(MailboxAddress.Parse(settings.From));
        mail.To.Add(MailboxAddress.Parse(message.To));

        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Notifications:Smtp:Host is not set."), settings.Port, settings.StartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, ct);
            }

            await client.SendAsync(mail, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or SocketException or ServiceNotConnectedException or AuthenticationException)
        {
            // The outbox keeps the message and tries again with the same Message-ID.
            throw new IOException($"邮件服务器未接收消息 {message.MessageId}：{e.Message}", e);
        }
    }
}
