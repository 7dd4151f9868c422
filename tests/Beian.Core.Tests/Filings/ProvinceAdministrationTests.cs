using Beian.Filings;

namespace Beian.Tests.Filings;

public class ProvinceAdministrationTests
{
    [Theory]
    [InlineData("11", "北京市通信管理局")]
    [InlineData("44", "广东省通信管理局")]
    [InlineData("45", "广西壮族自治区通信管理局")]
    [InlineData("65", "新疆维吾尔自治区通信管理局")]
    public void EachProvince_NamesItsCommunicationsAdministrationInFull(string code, string administration) =>
        Assert.Equal(administration, ProvinceRuleTable.For(code).Administration);
}
