using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Filings;

public class FirstFilingEndToEndTests
{
    private const string WebsiteNumber = "^[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇藏陕陇青宁新]ICP备\\d{10}号-\\d+$";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FirstFiling_FromRegistrationToAPublicQueryHit_R_SUBJ_11(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("zhang@example.com");

        var submitted = await FilingJourney.FileAsync(applicant, 1, "zhangsan-blog.cn");
        Assert.Equal("FirstFiling", submitted.GetProperty("type").GetString());
        Assert.Equal("PendingInitialReview", submitted.GetProperty("state").GetString());
        var id = submitted.GetProperty("id").GetGuid();
        var number = submitted.GetProperty("number").GetString()!;

        // Initial review passed: forwarded to the bureau at once, well inside the working day allowed (R-REVIEW-09).
        var forwarded = await journey.ReviewerApprovesAsync(id);
        Assert.Equal("AwaitingSmsVerification", forwarded.GetProperty("state").GetString());

        var verified = await journey.VerifySmsAsync(1);
        Assert.True(verified.GetProperty("verified").GetBoolean());
        await journey.SyncAsync();
        Assert.Equal("BureauReview", await StateAsync(applicant, id));

        await journey.BureauApprovesAsync(number);
        await factory.SweepAsync();
        // The bureau has approved, but the provider has not synced yet (§11.4): the order still shows bureau review.
        Assert.Equal("BureauReview", await StateAsync(applicant, id));

        await journey.SyncAsync();
        var approved = await applicant.GetJsonAsync($"/api/orders/{id}");
        Assert.Equal("Approved", approved.GetProperty("state").GetString());
        Assert.True(approved.GetProperty("syncedToProvider").GetBoolean());
        var websiteNumber = approved.GetProperty("websiteIcpNumbers")[0].GetString()!;
        Assert.Matches(WebsiteNumber, websiteNumber);
        Assert.Equal(approved.GetProperty("subjectIcpNumber").GetString() + "-1", websiteNumber);
        Assert.StartsWith("京ICP备2026", websiteNumber, StringComparison.Ordinal);
        Assert.Equal(
            ["T01", "T03", "T07", "T08", "T09", "T13"],
            approved.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("transition").GetString()).Where(t => t is not null));

        var anonymous = factory.CreateClient();
        foreach (var query in new[] { $"number={Uri.EscapeDataString(websiteNumber)}", "domain=ZhangSan-Blog.cn", $"subject={Uri.EscapeDataString("测试用户1")}" })
        {
            var rows = await anonymous.GetJsonAsync("/api/miit/records?" + query);
            var row = Assert.Single(rows.EnumerateArray());
            Assert.Equal(websiteNumber, row.GetProperty("websiteIcpNumber").GetString());
            Assert.Equal("http://zhangsan-blog.cn", row.GetProperty("homepage").GetString());
            // The public query names an individual subject by the full name (R-SUBJ-11), and not the provider (R-MISC-03).
            Assert.Equal("测试用户1", row.GetProperty("subjectName").GetString());
            Assert.False(row.TryGetProperty("provider", out _));
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Approval_IsNotifiedToTheApplicantOnceThroughTheOutbox(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("li@example.com");
        var order = await FilingJourney.FileAsync(applicant, 2, "li-notes.cn");
        await journey.ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
        await journey.VerifySmsAsync(2);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(order.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        await journey.SyncAsync(); // a second pass must not apply the approval again

        var admin = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Admin);
        var outbox = await admin.GetJsonAsync("/api/sandbox/outbox");
        var approvals = outbox.EnumerateArray().Where(m => m.GetProperty("side").GetString() == "provider" && m.GetProperty("subject").GetString()!.Contains("已通过管局审核", StringComparison.Ordinal)).ToList();
        Assert.Equal(["email", "sms"], approvals.Select(m => m.GetProperty("channel").GetString()).Order());
        Assert.Equal(2, approvals.Select(m => m.GetProperty("messageId").GetGuid()).Distinct().Count());
        Assert.Contains(approvals, m => m.GetProperty("to").GetString() == "li@example.com");
    }

    private static async Task<string?> StateAsync(HttpClient applicant, Guid id) =>
        (await applicant.GetJsonAsync($"/api/orders/{id}")).GetProperty("state").GetString();
}
