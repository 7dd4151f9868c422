using Beian.Filings;
using Beian.Numbers;
using Beian.Reference;

namespace Beian.Tests.Numbers;

public class IcpNumberTests
{
    [Theory]
    [InlineData("京ICP备2024036842号", "京", "2024036842", null)]
    [InlineData("京ICP备2024036842号-3", "京", "2024036842", 3)]
    [InlineData("浙ICP备11012345号", "浙", "11012345", null)]
    [InlineData("浙ICP备11012345号-11", "浙", "11012345", 11)]
    [InlineData(" 蜀ICP备2023000001号-1 ", "蜀", "2023000001", 1)]
    public void Parse_AcceptsSubjectAndServiceNumbersWith8Or10DigitSerials(string text, string abbr, string serial, int? seq)
    {
        Assert.True(IcpNumber.TryParse(text, out var number));
        Assert.Equal(abbr, number.Abbreviation);
        Assert.Equal(serial, number.Serial);
        Assert.Equal(seq, number.ServiceSequence);
        Assert.Equal(text.Trim(), number.ToString());
    }

    [Theory]
    [InlineData("陕ICP备2024026116号-1A", 1, ServiceType.App)]
    [InlineData("黔ICP备2025044274号-1X", 1, ServiceType.MiniProgram)]
    [InlineData("粤ICP备2024266252号-4K", 4, ServiceType.QuickApp)]
    [InlineData("京ICP备2024036842号-2", 2, ServiceType.Website)]
    [InlineData("浙ICP备11012345号-12A", 12, ServiceType.App)]
    public void Parse_ReadsTheServiceTypeFromTheLetterAfterTheSequence(string text, int seq, ServiceType type)
    {
        Assert.True(IcpNumber.TryParse(text, out var number));
        Assert.Equal(seq, number.ServiceSequence);
        Assert.Equal(type, number.ServiceType);
        Assert.True(number.IsServiceNumber);
        Assert.Equal(text, number.ToString());
        Assert.Null(number.Subject.ServiceType);
        Assert.Equal(text[..(text.IndexOf('号', StringComparison.Ordinal) + 1)], number.Subject.ToString());
    }

    [Theory]
    [InlineData("陕ICP备2024026116号-1a")]
    [InlineData("陕ICP备2024026116号-1B")]
    [InlineData("陕ICP备2024026116号-A")]
    [InlineData("陕ICP备2024026116号-A1")]
    [InlineData("陕ICP备2024026116号-1AX")]
    [InlineData("陕ICP备2024026116号-1 A")]
    [InlineData("陕ICP备2024026116号A")]
    [InlineData("陕ICP备2024026116号-1Ａ")]
    [InlineData("陕ICP备２０２４026116号-1")]
    public void Parse_RefusesAnyOtherFormOfTheTypeLetter(string text) => Assert.False(IcpNumber.TryParse(text, out _));

    [Theory]
    [InlineData(ServiceType.Website, "京ICP备2024036842号-3")]
    [InlineData(ServiceType.App, "京ICP备2024036842号-3A")]
    [InlineData(ServiceType.MiniProgram, "京ICP备2024036842号-3X")]
    [InlineData(ServiceType.QuickApp, "京ICP备2024036842号-3K")]
    public void ForService_WritesTheSequenceAndTheTypesLetter(ServiceType type, string expected)
    {
        var number = IcpNumber.Parse("京ICP备2024036842号").ForService(3, type);
        Assert.Equal(expected, number.ToString());
        Assert.Equal(number, IcpNumber.Parse(expected));
    }

    [Theory]
    [InlineData("京ICP备123456号")]
    [InlineData("京ICP备2024036842")]
    [InlineData("京ICP备2024036842号-0")]
    [InlineData("京ICP备2024036842号-")]
    [InlineData("XICP备2024036842号")]
    [InlineData("港ICP备2024036842号")]
    [InlineData("京B2-20080101")]
    [InlineData("")]
    public void Parse_RefusesWhatIsNotAnIcpNumber(string text) => Assert.False(IcpNumber.TryParse(text, out _));

    [Theory]
    [InlineData("川ICP备11012345号", "51")]
    [InlineData("甘ICP备11012345号-2", "62")]
    public void Parse_AcceptsFormerAbbreviationsOnImportOnly(string text, string provinceCode)
    {
        Assert.False(IcpNumber.TryParse(text, out _));
        Assert.True(IcpNumber.TryParse(text, out var number, onImport: true));
        Assert.Equal(provinceCode, number.Province.Code);
    }

    [Fact]
    public void IssueSubject_WritesTheYearAndASixDigitCounter()
    {
        var number = IcpNumber.IssueSubject(Provinces.FindByCode("11")!, 2024, 36842);
        Assert.Equal("京ICP备2024036842号", number.ToString());
        Assert.Equal("京ICP备2024036842号-2", number.ForService(2).ToString());
        Assert.Equal(number, number.ForService(2).Subject);
    }

    [Fact]
    public void IssueSubject_UsesEveryProvincesCurrentAbbreviation()
    {
        foreach (var province in Provinces.All)
        {
            var text = IcpNumber.IssueSubject(province, 2026, 1).ForService(1).ToString();
            Assert.Matches("^[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇藏陕陇青宁新]ICP备\\d{10}号-\\d+$", text);
            Assert.Equal(province, IcpNumber.Parse(text).Province);
        }
    }
}
