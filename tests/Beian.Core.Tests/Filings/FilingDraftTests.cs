namespace Beian.Tests.Filings;

public class FilingDraftTests
{
    [Theory]
    [InlineData("subject.principal", true)]
    [InlineData("websites[0].principal", true)]
    [InlineData("websites[1].principal", false)]
    [InlineData("websites[0].principal.mobile", false)]
    [InlineData("subject", false)]
    public void ARoleNamesAPrincipalOfTheDraft(string role, bool found)
    {
        var draft = FilingOrderTests.Draft();
        Assert.Equal(found, draft.PrincipalAt(role) is not null);
    }
}
