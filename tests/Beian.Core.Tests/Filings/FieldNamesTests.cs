using Beian.Filings;

namespace Beian.Tests.Filings;

public class FieldNamesTests
{
    [Theory]
    [InlineData("subject.certificateNumber", "主办单位 · 证件号码")]
    [InlineData("subject.name", "主办单位 · 名称")]
    [InlineData("subject.principal.mobile", "主体负责人 · 手机号码")]
    [InlineData("subject.principal.name", "主体负责人 · 姓名")]
    [InlineData("websites[0].domains[1]", "「示例博客」 · 域名2")]
    [InlineData("websites[0].principal.emergencyPhone", "「示例博客」的负责人 · 应急联系电话")]
    [InlineData("websites[1].serviceCode", "第2个网站或APP · 备案服务码")]
    [InlineData("websites[0].app.platforms[0].packageName", "「示例博客」 · 运行平台1 · 包名")]
    [InlineData("documents.subject.principal", "资料 · 主体负责人")]
    [InlineData("documents.websites[0].principal", "资料 · 「示例博客」的负责人")]
    [InlineData("documents.subject", "资料 · 主办单位")]
    [InlineData("video", "承诺视频")]
    [InlineData("type", "备案类型")]
    public void AFieldPath_IsNamedInChinese_WithTheServiceItConcerns(string path, string expected) =>
        Assert.Equal(expected, FieldNames.Describe(path, i => i == 0 ? "示例博客" : null));

    [Theory]
    [InlineData("subject.principal.mobile", "subject")]
    [InlineData("websites[2].domains[0]", "websites")]
    [InlineData("documents.subject", "documents")]
    [InlineData("type", "start")]
    [InlineData("video", "order")]
    public void AField_IsEditedOnTheStepThatHoldsIt(string path, string step) =>
        Assert.Equal(step, FieldNames.StepOf(path));
}
