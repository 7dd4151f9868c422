using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Beian.Web.Infrastructure.Pdf;

/// <summary>
/// Lays out the platform's simple documents — a title, headings, paragraphs wrapped character by character (Chinese
/// has no spaces to break at), labelled fields and signature lines — on A4 pages in the CJK font.
/// </summary>
public sealed class PdfComposer : IDisposable
{
    private const double Margin = 56;
    private readonly PdfDocument _document = new();
    private readonly XFont _title = new(CjkFont.Family, 18, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode));
    private readonly XFont _heading = new(CjkFont.Family, 13, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode));
    private readonly XFont _body = new(CjkFont.Family, 11, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
    private XGraphics _graphics = null!;
    private PdfPage _page = null!;
    private double _y;

    public PdfComposer(string title, string subject)
    {
        _document.Info.Title = title;
        _document.Info.Subject = subject;
        _document.Info.Creator = "Beian";
        NewPage();
    }

    private double Width => _page.Width.Point - (2 * Margin);

    public PdfComposer Title(string text)
    {
        var size = _graphics.MeasureString(text, _title);
        Room(size.Height * 2);
        _graphics.DrawString(text, _title, XBrushes.Black, new XPoint(Margin + ((Width - size.Width) / 2), _y + size.Height));
        _y += size.Height * 2;
        return this;
    }

    public PdfComposer Heading(string text)
    {
        _y += 6;
        return Lines(text, _heading);
    }

    public PdfComposer Paragraph(string text) => Lines(text, _body);

    /// <summary>A labelled value on one line (wrapped when long).</summary>
    public PdfComposer Field(string label, string value) => Lines($"{label}：{value}", _body);

    /// <summary>Where a person signs or stamps, with the date.</summary>
    public PdfComposer Signature(string who)
    {
        _y += 18;
        Lines($"{who}（签字或盖章）：＿＿＿＿＿＿＿＿＿＿", _body);
        return Lines("日期：＿＿＿＿年＿＿月＿＿日", _body);
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics.Dispose();
        _document.Dispose();
    }

    private PdfComposer Lines(string text, XFont font)
    {
        var height = font.GetHeight() * 1.5;
        foreach (var line in Wrap(text, font))
        {
            Room(height);
            _graphics.DrawString(line, font, XBrushes.Black, new XPoint(Margin, _y + font.GetHeight()));
            _y += height;
        }

        _y += 4;
        return this;
    }

    private IEnumerable<string> Wrap(string text, XFont font)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            foreach (var ch in paragraph)
            {
                if (line.Length > 0 && _graphics.MeasureString(line.ToString() + ch, font).Width > Width)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                line.Append(ch);
            }

            yield return line.ToString();
        }
    }

    private void Room(double height)
    {
        if (_y + height > _page.Height.Point - Margin)
        {
            _graphics.Dispose();
            NewPage();
        }
    }

    private void NewPage()
    {
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }
}
