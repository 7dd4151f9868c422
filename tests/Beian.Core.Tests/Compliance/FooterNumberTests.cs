using Beian.Compliance;

namespace Beian.Tests.Compliance;

public class FooterNumberTests
{
    private const string Subject = "京ICP备2026000001号";
    private const string Website = "京ICP备2026000001号-2";

    public static TheoryData<string, string[], string, string> Cases => new()
    {
        // province, how each domain reaches the page (D = direct, I = indirect), expected number, rule
        { "11", ["D"], Website, "R-FOOTER-02" },
        { "44", ["D"], Subject, "R-FOOTER-02" },
        { "11", ["D", "D"], Subject, "R-FOOTER-03" },
        { "11", ["D", "I"], Website, "R-FOOTER-04" },
        { "11", ["D", "I", "I"], Website, "R-FOOTER-04" },
        { "11", ["D", "D", "I"], Subject, "R-FOOTER-05" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheFooterShowsTheNumberTheSpecAsksFor(string province, string[] pointing, string expected, string rule)
    {
        var reaching = pointing.Select((p, i) => new DomainReach($"d{i}.cn", p == "D" ? Pointing.Direct : Pointing.Indirect, "d0.cn")).ToList();

        var (number, applied) = FooterNumber.Expected(province, Subject, Website, reaching);

        Assert.Equal(expected, number);
        Assert.Equal(rule, applied);
    }

    [Theory]
    [InlineData("m.example.cn", true)]
    [InlineData("wap.example.cn", true)]
    [InlineData("www.example.cn", false)]
    [InlineData("example.cn", false)]
    public void MobileVersionHostsNeedNoFooterNumber_R_FOOTER_07(string host, bool mobile) =>
        Assert.Equal(mobile, FooterNumber.IsMobileHost(host));
}
