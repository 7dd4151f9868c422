using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Beian.Web.Data;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Accounts;

/// <summary>备案转移 (R-ACCT-04): the original account starts it with its security code, the receiving account accepts.</summary>
public class RecordTransferTests
{

    private static async Task<JsonElement> RequestAsync(FilingJourney journey, HttpClient from, string toEmail)
    {
        await from.PostJsonAsync("/api/accounts/me/security-codes", new { purpose = "Transfer" });
        var code = await journey.SecurityCodeAsync(use: "备案转移");
        return await from.PostJsonAsync("/api/accounts/me/transfers", new { toEmail, securityCode = code }, HttpStatusCode.Created);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ATransfer_MovesTheSubjectItsServicesOrdersAndDocuments_WhenTheReceiverAccepts_R_ACCT_04(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var from = await journey.NewApplicantAsync("transfer311@example.com");
        var (subject, website) = await journey.FiledAsync(from, 311, "transfer-311.cn");
        var to = await journey.NewApplicantAsync("transfer312@example.com");
        var stranger = await journey.NewApplicantAsync("transfer313@example.com");
        await journey.BindSecurityPhoneAsync(from);

        // Without the security code nothing starts.
        await (await from.PostAsJsonAsync("/api/accounts/me/transfers", new { toEmail = "transfer312@example.com" }, Api.Json)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ACCT-04");
        var requested = await RequestAsync(journey, from, "transfer312@example.com");
        Assert.Equal("Requested", requested.GetProperty("state").GetString());
        Assert.Equal("t***@example.com", requested.GetProperty("otherAccount").GetString());

        // Only the receiving account may accept; a stranger is told it does not exist.
        var id = requested.GetProperty("id").GetGuid();
        await (await stranger.PostAsJsonAsync($"/api/accounts/me/transfers/{id}/accept", (object?)null, Api.Json)).ProblemAsync(HttpStatusCode.NotFound, "transfer.not_found");
        var incoming = await to.GetJsonAsync("/api/accounts/me/transfers");
        Assert.False(incoming[0].GetProperty("outgoing").GetBoolean());
        var accepted = await to.PostJsonAsync($"/api/accounts/me/transfers/{id}/accept", null);
        Assert.Equal("Completed", accepted.GetProperty("state").GetString());

        // The record, its order with timeline and documents are the receiver's now; the original account holds nothing.
        Assert.Equal(subject, (await to.GetJsonAsync("/api/records"))[0].GetProperty("icpNumber").GetString());
        Assert.Empty((await from.GetJsonAsync("/api/records")).EnumerateArray());
        Assert.Empty((await from.GetJsonAsync("/api/orders")).EnumerateArray());
        var order = (await to.GetJsonAsync("/api/orders"))[0];
        Assert.NotEmpty(order.GetProperty("timeline").EnumerateArray());
        Assert.NotEmpty((await to.GetJsonAsync($"/api/orders/{order.GetProperty("id").GetGuid()}/documents")).EnumerateArray());
        await to.GetJsonAsync($"/api/records/{Uri.EscapeDataString(website)}/certificate");

        // Service codes stay with the instances they were issued for: still the original account's.
        Assert.NotEmpty((await from.GetJsonAsync("/api/service-codes")).EnumerateArray());
        Assert.Empty((await to.GetJsonAsync("/api/service-codes")).EnumerateArray());

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        var audit = await db.Audit.Where(a => a.Action.StartsWith("record-transfer.")).Select(a => a.Action).ToListAsync();
        Assert.Equal(["record-transfer.accept", "record-transfer.moved-out", "record-transfer.request"], audit.Order().ToList());
        Assert.Equal(3, await db.Outbox.CountAsync(m => m.Template.StartsWith("transfer.")));
    }

    [Fact]
    public async Task ATransfer_IsRefused_WithAnOrderInProgress_OrToAnAccountHoldingAnotherSubject_R_ORDER_01_R_ACCT_01()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var from = await journey.NewApplicantAsync("transfer321@example.com");
        await journey.FiledAsync(from, 321, "transfer-321.cn");
        var holder = await journey.NewApplicantAsync("transfer322@example.com");
        await journey.FiledAsync(holder, 322, "transfer-322.cn");
        var empty = await journey.NewApplicantAsync("transfer323@example.com");
        await journey.BindSecurityPhoneAsync(from);

        // R-ACCT-01: the receiver holds another subject.
        await from.PostJsonAsync("/api/accounts/me/security-codes", new { purpose = "Transfer" });
        var code = await journey.SecurityCodeAsync(use: "备案转移");
        await (await from.PostAsJsonAsync("/api/accounts/me/transfers", new { toEmail = "transfer322@example.com", securityCode = code }, Api.Json)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ACCT-01");

        // The refusal did not use the code up: it starts the transfer to an empty account.
        var requested = await from.PostJsonAsync("/api/accounts/me/transfers", new { toEmail = "transfer323@example.com", securityCode = code }, HttpStatusCode.Created);

        // An order started meanwhile (a new website) holds the data where it is (R-ORDER-01).
        await from.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(321, "more-321.cn"), HttpStatusCode.Created);
        var refused = await empty.PostAsJsonAsync($"/api/accounts/me/transfers/{requested.GetProperty("id").GetGuid()}/accept", (object?)null, Api.Json);
        await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ORDER-01");
        Assert.Empty((await empty.GetJsonAsync("/api/records")).EnumerateArray());

        // Unaccepted for seven days, it expires.
        factory.Time.Advance(TimeSpan.FromDays(7));
        Assert.Equal("Expired", (await from.GetJsonAsync("/api/accounts/me/transfers"))[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task SupportMovesARecordOffline_OnlyOnTheDocumentsTheSpecLists_Audited_R_ACCT_05_R_ACCT_06()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var lost = await journey.NewApplicantAsync("transfer331@example.com");
        var (subject, _) = await journey.FiledAsync(lost, 331, "transfer-331.cn");
        var fresh = await journey.NewApplicantAsync("transfer332@example.com");
        var support = await factory.StaffAsync("support", "support331@provider.example");

        var documents = new[] { "主体负责人手持证件人像面照片", "主体负责人身份证正反面", "主体证件（单位）或授权书及被授权人手持证件照片", "域名证书" };
        await (await support.PostAsJsonAsync("/api/support/transfers", new { subjectIcpNumber = subject, toEmail = "transfer332@example.com", documents = documents[..2] }, Api.Json))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.documents_missing");
        var moved = await support.PostJsonAsync("/api/support/transfers", new { subjectIcpNumber = subject, toEmail = "transfer332@example.com", documents, note = "工单 20261205-01" }, HttpStatusCode.Created);
        Assert.True(moved.GetProperty("offline").GetBoolean());
        Assert.Equal(subject, (await fresh.GetJsonAsync("/api/records"))[0].GetProperty("icpNumber").GetString());
        Assert.True((await fresh.GetJsonAsync("/api/accounts/me/transfers"))[0].GetProperty("offline").GetBoolean());

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        var entry = await db.Audit.SingleAsync(a => a.Action == "record-transfer.offline");
        Assert.Contains("域名证书", entry.Reason, StringComparison.Ordinal);
        Assert.Contains("工单 20261205-01", entry.Reason, StringComparison.Ordinal);
    }
}
