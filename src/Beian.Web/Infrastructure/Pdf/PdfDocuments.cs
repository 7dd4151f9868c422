using Beian.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Beian.Web.Infrastructure.Pdf;

/// <summary>A generated PDF and the name it is saved under.</summary>
public sealed record PdfFile(byte[] Content, string FileName);

/// <summary>Starts the platform's PDFs, or says why it cannot: no CJK font on this machine.</summary>
public sealed class PdfDocuments(IConfiguration configuration)
{
    /// <summary>A composer for a new document, or null when no CJK font is available.</summary>
    public PdfComposer? Compose(string title, string subject) =>
        CjkFont.EnsureRegistered(configuration["Pdf:FontPath"]) ? new PdfComposer(title, subject) : null;

    public static ProblemHttpResult FontMissing() =>
        Problems.Problem(StatusCodes.Status503ServiceUnavailable, "pdf.font_unavailable", "本机未安装中文字体，暂时无法生成PDF。请安装 fonts-wqy-zenhei，或在配置 Pdf:FontPath 中指定字体文件；也可在页面上打印或另存为PDF。");

    /// <summary>The HTTP answer: the file to save, or the refusal.</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> Send(Result<PdfFile> result) =>
        result.Succeeded ? TypedResults.File(result.Value.Content, "application/pdf", result.Value.FileName) : TypedResults.Problem(result.Problem);
}
