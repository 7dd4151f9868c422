using Beian.Compliance;

namespace Beian.Tests.Compliance;

public class FooterExaminationTests
{
    private const string Website = "京ICP备2026000001号-1";

    public static TheoryData<string, FooterOutcome> Pages => new()
    {
        { """<footer><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备2026000001号-1</a></footer>""", FooterOutcome.Compliant },
        // R-FOOTER-06: a licence number and the public-security filing number may stand next to it.
        { """<footer>增值电信业务经营许可证：浙B2-20080101 <a href="https://beian.miit.gov.cn/">京ICP备2026000001号-1</a> 浙公网安备 33010602009975号</footer>""", FooterOutcome.Compliant },
        { """<footer><a href="http://beian.miit.gov.cn">京ICP备 2026000001号-1</a></footer>""", FooterOutcome.Compliant },
        { """<p>备案号：<a href="https://BEIAN.MIIT.GOV.CN/"><span>京ICP备2026000001号-1</span></a></p>""", FooterOutcome.Compliant },
        { """<footer>© 2026 个人博客</footer>""", FooterOutcome.NumberMissing },
        { """<footer><a href="https://beian.miit.gov.cn/">京ICP备2026000001号</a></footer>""", FooterOutcome.WrongNumber },
        { """<footer><a href="https://beian.miit.gov.cn/">京ICP备2026000001号-12</a></footer>""", FooterOutcome.WrongNumber },
        // R-APP-05: the subject's app number on its website is not the website's number.
        { """<footer><a href="https://beian.miit.gov.cn/">京ICP备2026000001号-1A</a></footer>""", FooterOutcome.WrongNumber },
        { """<footer><a href="https://beian.miit.gov.cn/">京ICP备2026000001号-1</a> Copyright 2026</footer>""", FooterOutcome.Compliant },
        { """<footer>京ICP备2026000001号-1</footer>""", FooterOutcome.NotLinked },
        { """<footer><a href="https://www.miitbeian.gov.cn/">京ICP备2026000001号-1</a></footer>""", FooterOutcome.NotLinked },
        { """<footer><a href="https://beian.miit.gov.cn.example.com/">京ICP备2026000001号-1</a></footer>""", FooterOutcome.NotLinked },
        { """<footer><a href="https://beian.miit.gov.cn/">备案查询</a> 京ICP备2026000001号-1</footer>""", FooterOutcome.NotLinked },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void TheNumberMustBeShownExactly_AndLinkedToMiit_R_FOOTER_01_R_FOOTER_14(string footer, FooterOutcome outcome)
    {
        var verdict = FooterExamination.Examine($"<!DOCTYPE html><html><body><main>内容</main>{footer}</body></html>", Website);

        Assert.Equal(outcome, verdict.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(verdict.Explanation));
    }

    [Fact]
    public void ASubjectNumberIsNotMistakenForItsWebsitesNumber()
    {
        var verdict = FooterExamination.Examine("""<a href="https://beian.miit.gov.cn/">京ICP备2026000001号-1</a>""", "京ICP备2026000001号");

        Assert.Equal(FooterOutcome.WrongNumber, verdict.Outcome);
    }
}
