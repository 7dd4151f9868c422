using Beian.Records;
using static Beian.Records.RecordAction;
using static Beian.Records.RecordStatus;

namespace Beian.Tests.Records;

/// <summary>The provider's copy of the record moves by one table (lifecycle.md §10), and every move is announced once.</summary>
public class RecordTransitionTableTests
{
    /// <summary>Every status × action, with where it leads (null: not allowed) and the event kind that announces it.</summary>
    public static TheoryData<RecordStatus, RecordAction, RecordStatus?, string?> Table()
    {
        var data = new TheoryData<RecordStatus, RecordAction, RecordStatus?, string?>();
        foreach (var status in Enum.GetValues<RecordStatus>())
        {
            foreach (var action in Enum.GetValues<RecordAction>())
            {
                (RecordStatus?, string?) expected = (status, action) switch
                {
                    (_, Approve) => (Normal, "approved"),                                     // the copy follows the bureau's approval
                    (Normal or Suspended, CancelAccess) => (AccessCancelled, "access-cancelled"),
                    (Normal or Suspended or AccessCancelled, Cancel) => (Cancelled, "cancelled"), // cancelled numbers never come back
                    (Normal, Suspend) => (Suspended, "suspended"),
                    _ => (null, null),
                };
                data.Add(status, action, expected.Item1, expected.Item2);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void AWebsiteMoves_OnlyAsTheTableSays_AndEachMoveIsOneEventNamingItsDomains(RecordStatus from, RecordAction action, RecordStatus? to, string? kind)
    {
        var at = new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);
        var website = new RecordWebsite { IcpNumber = "京ICP备2026000001号-1", Status = from, Domains = [new RecordDomain { Domain = "table.cn" }, new RecordDomain { Domain = "table.com.cn" }] };
        var announced = website.Apply(action, at);
        Assert.Equal(to ?? from, website.Status);
        Assert.Equal(kind, announced?.Kind);
        if (announced is not null)
        {
            Assert.Equal(["table.cn", "table.com.cn"], announced.Domains);
            Assert.Equal((website.IcpNumber, at), (announced.IcpNumber, announced.At));
        }
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void ASubjectMoves_ByTheSameTable(RecordStatus from, RecordAction action, RecordStatus? to, string? kind)
    {
        _ = kind;
        var subject = new RecordSubject { Status = from };
        Assert.Equal(to is not null, subject.Apply(action, DateTimeOffset.UnixEpoch));
        Assert.Equal(to ?? from, subject.Status);
    }
}
