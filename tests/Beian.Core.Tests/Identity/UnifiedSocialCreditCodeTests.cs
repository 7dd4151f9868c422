using Beian.Identity;

namespace Beian.Tests.Identity;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91330106673959654P", CreditCodeProblem.None)]
    [InlineData("91330106673959654p", CreditCodeProblem.None)]
    [InlineData("91330106673959654Q", CreditCodeProblem.CheckCharacter)]
    [InlineData("91330106673959654", CreditCodeProblem.Format)]
    [InlineData("9133010667395965IP", CreditCodeProblem.Format)]
    public void TryParse_ChecksAlphabetLengthAndCheckCharacter(string text, CreditCodeProblem expected)
    {
        var ok = UnifiedSocialCreditCode.TryParse(text, out _, out var problem);
        Assert.Equal(expected, problem);
        Assert.Equal(expected == CreditCodeProblem.None, ok);
    }

    [Fact]
    public void EverySingleCharacterChangeOfAValidCode_IsRefused()
    {
        const string valid = "91330106673959654P";
        for (var i = 0; i < valid.Length; i++)
        {
            foreach (var c in UnifiedSocialCreditCode.Alphabet.Where(c => c != valid[i]))
            {
                var changed = valid[..i] + c + valid[(i + 1)..];
                Assert.False(UnifiedSocialCreditCode.TryParse(changed, out _, out _), changed);
            }
        }
    }

    [Fact]
    public void R_SUBJ_09_TheCodeCarriesTheOrganisationCodeOfTheOldCertificate()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse("91330106673959654P", out var code, out _));
        Assert.Equal("67395965-4", code.OrganisationCode);
    }
}
