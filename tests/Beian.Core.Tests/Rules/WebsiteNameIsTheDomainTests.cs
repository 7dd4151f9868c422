using Beian.Rules;

namespace Beian.Tests.Rules;

public class WebsiteNameIsTheDomainTests
{
    [Theory]
    [InlineData("zhangsan.cn", "zhangsan.cn", true)]
    [InlineData("www.zhangsan.cn", "zhangsan.cn", true)]
    [InlineData("zhangsan.cn", "www.zhangsan.cn", true)]
    [InlineData("WWW.ZhangSan.CN", "zhangsan.cn", true)]
    [InlineData("https://www.zhangsan.cn/", "zhangsan.cn", true)]
    [InlineData("zhangsan", "www.zhangsan.cn", true)]
    [InlineData("张三的技术博客", "zhangsan.cn", false)]
    public void ANameThatIsTheDomain_WithOrWithoutWww_IsRefused_R_NAME_05(string name, string domain, bool refused)
    {
        var draft = CleanDraft.Individual().WithWebsite(w => w with { Name = name, Domains = [domain] });
        Assert.Equal(refused, new WebsiteNameMustNotBeTheDomain().Check(draft).Any());
    }
}
