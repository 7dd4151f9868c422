using Beian.Compliance;
using Beian.Filings;

namespace Beian.Tests.Compliance;

public class ContentSignalsTests
{
    [Theory]
    [InlineData("欢迎访问我的技术博客", SubjectNature.Individual, null)]
    [InlineData("新品上市 ￥99 立即购买", SubjectNature.Individual, "INSP-CONTENT-COMMERCIAL")]
    [InlineData("杭州示例科技有限公司 公司简介", SubjectNature.Individual, "INSP-CONTENT-SUBJECT-MISMATCH")]
    [InlineData("杭州示例科技有限公司 公司简介", SubjectNature.Enterprise, null)]
    [InlineData("在线赌博 高额返利", SubjectNature.Enterprise, "INSP-CONTENT-INAPPROPRIATE")]
    public void APagesTextIsReadForContentFindings_R_CONTENT_05_R_CONTENT_01(string text, SubjectNature nature, string? code)
    {
        var findings = ContentSignals.Examine(text, "example.cn", nature).ToList();

        if (code is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Contains(findings, f => f.Code == code && f.Target == "example.cn");
        }
    }
}
