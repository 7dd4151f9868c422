using Beian.Identity;

namespace Beian.Tests.Identity;

public class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Theory]
    [InlineData("11010519491231002X", ResidentIdProblem.None)]
    [InlineData("11010519491231002x", ResidentIdProblem.None)]
    [InlineData("110105194912310021", ResidentIdProblem.CheckCharacter)]
    [InlineData("110105190002290017", ResidentIdProblem.BirthDate)]
    [InlineData("990105194912310023", ResidentIdProblem.Region)]
    [InlineData("11010519491231002", ResidentIdProblem.Format)]
    [InlineData("1101051949123100AX", ResidentIdProblem.Format)]
    public void TryParse_ChecksFormatRegionBirthDateAndCheckCharacter(string text, ResidentIdProblem expected)
    {
        var ok = ResidentIdNumber.TryParse(text, Today, out var number, out var problem);
        Assert.Equal(expected, problem);
        Assert.Equal(expected == ResidentIdProblem.None, ok);
        if (ok)
        {
            Assert.Equal("11010519491231002X", number!.Value);
            Assert.Equal(new DateOnly(1949, 12, 31), number.BirthDate);
            Assert.Equal("31002X", number.LastSix);
        }
    }

    [Fact]
    public void TryParse_RefusesABirthDateInTheFuture()
    {
        var first17 = "11010520270101001";
        var text = first17 + ResidentIdNumber.CheckCharacterOf(first17);
        Assert.False(ResidentIdNumber.TryParse(text, Today, out _, out var problem));
        Assert.Equal(ResidentIdProblem.BirthDate, problem);
    }

    [Fact]
    public void EverySingleCharacterChangeOfAValidNumber_IsRefused()
    {
        const string valid = "11010519491231002X";
        for (var i = 0; i < valid.Length; i++)
        {
            foreach (var c in "0123456789X")
            {
                if (c == valid[i])
                {
                    continue;
                }

                var changed = valid[..i] + c + valid[(i + 1)..];
                Assert.False(ResidentIdNumber.TryParse(changed, Today, out _, out _), changed);
            }
        }
    }
}
