using Beian.Accounts;
using Beian.PersonalData;

namespace Beian.Tests.Accounts;

public class SecurityCodeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly SealedText Phone = new("k1:x", "i", "138****8000");

    /// <summary>Seconds ago of the account's codes in the last day, of this purpose last, and whether a new one may go.</summary>
    public static TheoryData<int[], int?, bool> Sends() => new()
    {
        { [], null, true },
        { [30], 30, false },
        { [30], null, true },
        { [61], 61, true },
        { [60, 120, 180, 240, 300, 360, 420, 480, 540], null, true },
        { [60, 120, 180, 240, 300, 360, 420, 480, 540, 600], null, false },
        { [60, 120, 180, 240, 300, 360, 420, 480, 540, 86_401], null, true },
    };

    [Theory]
    [MemberData(nameof(Sends))]
    public void ACodeGoesOutOnceAMinutePerPurpose_AndTenTimesADayPerAccount(int[] secondsAgo, int? lastOfPurpose, bool allowed)
    {
        var sent = secondsAgo.Select(s => Now.AddSeconds(-s)).ToList();
        var refusal = SecurityCode.SendRefusal(sent, lastOfPurpose is { } s ? Now.AddSeconds(-s) : null, Now);
        Assert.Equal(allowed, refusal is null);
        Assert.Equal(allowed, SecurityCode.RetryAfter(sent, lastOfPurpose is { } t ? Now.AddSeconds(-t) : null, Now) is null);
    }

    [Fact]
    public void TheRightCode_IsAcceptedOnce()
    {
        var (code, digits) = SecurityCode.Issue(Guid.NewGuid(), SecurityCodePurpose.StartChange, Phone, Now);
        Assert.Matches("^[0-9]{6}$", digits);
        Assert.DoesNotContain(digits, code.Hash, StringComparison.Ordinal);
        Assert.Equal(CodeCheck.Accepted, code.Take(digits, Now.AddMinutes(9)));
        Assert.Equal(CodeCheck.Missing, code.Take(digits, Now.AddMinutes(9)));
    }

    [Fact]
    public void ACode_ExpiresAfterTenMinutes()
    {
        var (code, digits) = SecurityCode.Issue(Guid.NewGuid(), SecurityCodePurpose.Transfer, Phone, Now);
        Assert.Equal(CodeCheck.Expired, code.Take(digits, Now + SecurityCode.Lifetime));
    }

    [Fact]
    public void FiveWrongCodes_UseTheCodeUp_EvenForTheRightOneAfter()
    {
        var (code, digits) = SecurityCode.Issue(Guid.NewGuid(), SecurityCodePurpose.Recover, Phone, Now);
        var wrong = digits == "000000" ? "111111" : "000000";
        for (var i = 1; i < SecurityCode.MaxFailures; i++)
        {
            Assert.Equal(CodeCheck.Wrong, code.Take(wrong, Now));
        }

        Assert.Equal(CodeCheck.Exhausted, code.Take(wrong, Now));
        Assert.Equal(CodeCheck.Exhausted, code.Take(digits, Now));
    }

    [Fact]
    public void ATransfer_EndsOnce_ByItsTable()
    {
        var transfer = new RecordTransfer { State = TransferState.Requested };
        Assert.True(transfer.Apply(TransferAction.Accept, Now));
        Assert.Equal(TransferState.Completed, transfer.State);
        Assert.False(transfer.Apply(TransferAction.Cancel, Now));
        Assert.Equal(TransferState.Completed, transfer.State);
    }
}
