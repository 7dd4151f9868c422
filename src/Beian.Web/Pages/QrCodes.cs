using QRCoder;

namespace Beian.Web.Pages;

/// <summary>A QR code as a PNG data URI: drawn on the server, allowed by the pages' CSP (img-src data:), no script.</summary>
public static class QrCodes
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(4);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
