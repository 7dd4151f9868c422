using Beian.Records;

namespace Beian.Core.Tests.Records;

/// <summary>公安备案号: its one written form, and what a footer must show of it.</summary>
public class PublicSecurityFilingTests
{
    [Theory]
    [InlineData("京公网安备11010502030143号", true)]
    [InlineData(" 京公网安备 11010502030143 号 ", true)]
    [InlineData("浙公网安备33010602011771号", true)]
    [InlineData("粤公网安备44030502008569号", true)]
    [InlineData("京公网安备1101050203014号", false)]
    [InlineData("京公网安备110105020301433号", false)]
    [InlineData("沪公网安备11010502030143号", false)]
    [InlineData("京ICP备11010502030143号", false)]
    [InlineData("公网安备11010502030143号", false)]
    [InlineData("京公网安备11010502030143", false)]
    [InlineData("", false)]
    public void ANumberIsTheProvincesAbbreviation_FourteenDigitsOpeningWithItsCode_And号(string text, bool valid)
    {
        Assert.Equal(valid, PublicSecurityFiling.TryParse(text, out var number, out var error));
        Assert.Equal(valid, error is null);
        if (valid)
        {
            Assert.DoesNotContain(' ', number);
        }
    }

    [Fact]
    public void TheDeadlineIsThirtyDaysFromGoingLive() =>
        Assert.Equal(new DateOnly(2027, 1, 4), PublicSecurityFiling.DeadlineOf(new DateOnly(2026, 12, 5)));

    [Theory]
    [InlineData("<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143\">京公网安备11010502030143号</a>", true, true)]
    [InlineData("<a href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010502030143\"><img src=\"ga.png\">京公网安备 11010502030143号</a>", true, true)]
    [InlineData("<span>京公网安备11010502030143号</span>", true, false)]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\">京公网安备11010502030143号</a>", true, false)]
    [InlineData("<a href=\"https://beian.mps.gov.cn/\">京公网安备11010502030144号</a>", false, false)]
    [InlineData("© 2026", false, false)]
    public void AFooterShowsTheNumber_LinkedToThePublicSecurityPortal(string footer, bool shown, bool linked)
    {
        var seen = PublicSecurityFiling.ExamineFooter($"<html><body><footer>{footer}</footer></body></html>", "京公网安备11010502030143号");
        Assert.Equal((shown, linked), (seen.Shown, seen.Linked));
    }
}
