using Beian.Bureau.Model;

namespace Beian.Web.Tests.Bureau;

/// <summary>The national record leaves by cancellation only, and a cancelled number never comes back (§1.3).</summary>
public class NationalRecordTableTests
{
    public static TheoryData<NationalStatus, NationalRecordAction, NationalStatus?> Table() => new()
    {
        { NationalStatus.Normal, NationalRecordAction.Cancel, NationalStatus.Cancelled },
        { NationalStatus.Cancelled, NationalRecordAction.Cancel, null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void SubjectsAndWebsites_MoveAsTheTableSays_R_CANCEL_14(NationalStatus from, NationalRecordAction action, NationalStatus? to)
    {
        var subject = new NationalSubject { Status = from };
        var website = new NationalWebsite { Status = from };
        Assert.Equal(to is not null, subject.Apply(action));
        Assert.Equal(to is not null, website.Apply(action));
        Assert.Equal(to ?? from, subject.Status);
        Assert.Equal(to ?? from, website.Status);
    }
}
