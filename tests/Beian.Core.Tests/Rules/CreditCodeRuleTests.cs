using Beian.Rules;

namespace Beian.Tests.Rules;

public class CreditCodeRuleTests
{
    public static TheoryData<string, bool, string[]> Codes() => new()
    {
        // code as typed, does the registry know it, the messages expected (in order)
        { CleanDraft.CreditCode, true, [] },
        { "91330106673959654I", true, ["统一社会信用代码格式不正确：含有字母「I」，统一社会信用代码不使用I、O、S、V、Z"] },
        { "9133010667395965-P", false, ["统一社会信用代码格式不正确：含有字符「-」，只能由数字和大写字母组成", "主办单位证件号码与工商信息不一致"] },
        { "91330106673959654", false, ["统一社会信用代码格式不正确：长度为17位，应为18位", "主办单位证件号码与工商信息不一致"] },
        { "91330106O73959654P", true, ["统一社会信用代码格式不正确：含有字母「O」，统一社会信用代码不使用I、O、S、V、Z"] },
        { "91330106673959654A", true, ["统一社会信用代码校验位不正确，但工商信息库中存在该代码"] },
        { "91330106673959654A", false, ["统一社会信用代码校验位不正确（第18位）", "主办单位证件号码与工商信息不一致"] },
        { "91330106673959654P".Replace("6739", "6738", StringComparison.Ordinal), false, ["统一社会信用代码校验位不正确（第18位）", "主办单位证件号码与工商信息不一致"] },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void ACreditCodesForm_IsJudgedByItself_AndTheRegistrySoftensOnlyAKnownCodesCheckCharacter_R_SUBJ_03(string code, bool known, string[] expected)
    {
        var draft = CleanDraft.Organisation().WithSubject(s => s with { CertificateNumber = code });
        draft = known ? draft : draft with { Business = null };
        var findings = RuleBook.Run(draft).Where(f => f.RuleIds.Contains("R-SUBJ-03")).ToList();
        Assert.Equal(expected, findings.Select(f => f.Message));
        Assert.All(findings, f => Assert.Equal(f.Message.Contains("但工商信息库中存在", StringComparison.Ordinal) ? Severity.Warning : Severity.Blocking, f.Severity));
    }
}
