using Beian.Reference;

namespace Beian.Tests.Reference;

public class ProvincesTests
{
    [Fact]
    public void Table_HasAll31ProvincesWithUniqueCodesAndAbbreviations()
    {
        Assert.Equal(31, Provinces.All.Count);
        Assert.Equal(31, Provinces.All.Select(p => p.Code).Distinct().Count());
        Assert.Equal(31, Provinces.All.Select(p => p.Abbreviation).Distinct().Count());
        Assert.Equal(31, Provinces.All.Select(p => p.Iso).Distinct().Count());
        Assert.Equal("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇藏陕陇青宁新", string.Concat(Provinces.All.Select(p => p.Abbreviation)));
    }

    [Theory]
    [InlineData("51", "蜀", "川")]
    [InlineData("62", "陇", "甘")]
    public void FormerAbbreviations_AreFoundOnlyWhenAsked(string code, string current, string former)
    {
        Assert.Equal(code, Provinces.FindByAbbreviation(current)!.Code);
        Assert.Null(Provinces.FindByAbbreviation(former));
        Assert.Equal(code, Provinces.FindByAbbreviation(former, acceptFormer: true)!.Code);
    }

    [Fact]
    public void RejectionCatalog_Has49UniqueReasonsWithTitles()
    {
        Assert.Equal(49, RejectionCatalog.All.Count);
        Assert.Equal(49, RejectionCatalog.All.Select(r => r.Code).Distinct().Count());
        Assert.All(RejectionCatalog.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
        Assert.NotNull(RejectionCatalog.Find("REJ-CALL-UNANSWERED"));
    }
}
