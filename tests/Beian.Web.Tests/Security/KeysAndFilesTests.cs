using System.Net;
using Beian.Bureau.Data;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Platform.Data;
using Beian.Web.Data;
using Beian.Web.Features.Sandbox;
using Beian.Web.Infrastructure;
using Beian.Web.Infrastructure.Keys;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Security;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class KeysAndFilesTests
{
    [Fact]
    public void OutsideSandbox_ThePlatformRefusesToStart_WithKeysMissing_InTheDataFolder_OrReadableByOthers()
    {
        using (var missing = new PlatformFactory(Databases.Sqlite, new() { ["Platform:Sandbox"] = "false", ["PersonalData:KeyFile"] = null }))
        {
            // No key file given at all: the factory gives none when the setting is present but empty.
            Assert.Contains("keys init", Assert.Throws<InvalidOperationException>(() => missing.CreateClient()).Message, StringComparison.Ordinal);
        }

        using var inData = new PlatformFactory(Databases.Sqlite);
        var files = KeyFiles.Init(Path.Combine(inData.DataFolder, "keys"));
        using (var refused = new PlatformFactory(inData, new() { ["Platform:Sandbox"] = "false", ["PersonalData:KeyFile"] = files[0], ["DataProtection:KeyFile"] = files[1] }))
        {
            Assert.Contains("data folder", Assert.Throws<InvalidOperationException>(() => refused.CreateClient()).Message, StringComparison.Ordinal);
        }

        var apart = Path.Combine(Path.GetTempPath(), "beian-keys-" + Guid.NewGuid().ToString("N"));
        try
        {
            var outside = KeyFiles.Init(apart);
            File.SetUnixFileMode(outside[0], UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            using var readable = new PlatformFactory(Databases.Sqlite, new() { ["Platform:Sandbox"] = "false", ["PersonalData:KeyFile"] = outside[0], ["DataProtection:KeyFile"] = outside[1] });
            Assert.Contains("chmod 600", Assert.Throws<InvalidOperationException>(() => readable.CreateClient()).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(apart, recursive: true);
        }
    }

    [Fact]
    public async Task Uploads_AreSealedOnDisk_ServedOnlyToTheirOwnerAndReviewers_AndEveryReviewerViewIsAudited()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("files@example.com");
        var order = await FilingJourney.FileAsync(applicant, 211, "files-211.cn");
        var id = order.GetProperty("id").GetGuid();
        var document = (await applicant.GetJsonAsync($"/api/orders/{id}/documents"))[0];
        var content = $"/api/orders/{id}/documents/{document.GetProperty("id").GetGuid()}/content";

        // On disk: no byte of the photo in clear, and the folder, the files and the database are the service user's alone.
        var uploads = Path.Combine(factory.DataFolder, "uploads");
        Assert.Equal(FileModes.PrivateFolder, File.GetUnixFileMode(uploads));
        Assert.Equal(FileModes.PrivateFolder, File.GetUnixFileMode(factory.DataFolder));
        Assert.Equal(FileModes.PrivateFile, File.GetUnixFileMode(Path.Combine(factory.DataFolder, "beian.db")));
        foreach (var file in Directory.GetFiles(uploads))
        {
            Assert.Equal(FileModes.PrivateFile, File.GetUnixFileMode(file));
            await using var stream = File.OpenRead(file);
            Assert.True(SealedFile.IsSealed(stream));
        }

        var served = await applicant.GetAsync(new Uri(content, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", served.Headers.CacheControl?.ToString());
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal(FilingJourney.Photo(), bytes);

        var stranger = await journey.NewApplicantAsync("files-stranger@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(new Uri(content, UriKind.Relative))).StatusCode);

        var reviewer = await factory.SignInAsync(DemoData.Reviewer);
        var reviewed = await reviewer.GetAsync(new Uri($"/api/review/orders/{id}/documents/{document.GetProperty("id").GetGuid()}/content", UriKind.Relative));
        Assert.Equal(bytes, await reviewed.Content.ReadAsByteArrayAsync());
        await using var scope = factory.Scope();
        // Both views are accounted for, the owner's and the reviewer's; the stranger's refused one is not a view.
        var views = await scope.ServiceProvider.GetRequiredService<ProviderDb>().Audit.Where(a => a.Action == "document.view").ToListAsync();
        Assert.Equal(2, views.Count);
        Assert.Contains(views, v => v.UserName == "files@example.com");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task KeysRotate_ResealsEveryValueFileAndKeyRingEntry_SoThatTheOldKeyCanGo(string database)
    {
        using var first = new PlatformFactory(database);
        var journey = new FilingJourney(first);
        var applicant = await journey.NewApplicantAsync("rotate@example.com");
        var order = await FilingJourney.FileAsync(applicant, 212, "rotate-212.cn");
        var id = order.GetProperty("id").GetGuid();
        await journey.ReviewerApprovesAsync(id);
        var documents = await applicant.GetJsonAsync($"/api/orders/{id}/documents");

        // The operator adds new current keys, restarts, and rotates; a second run finds nothing left to do.
        KeyFiles.Next(Path.Combine(first.DataFolder, KeyFiles.PersonalDataFile));
        KeyFiles.Next(Path.Combine(first.DataFolder, KeyFiles.KeyRingFile));
        using var second = new PlatformFactory(first);
        using var output = new StringWriter();
        Assert.Equal(0, await Commands.RunAsync(second.Services, ["keys", "rotate"], output, CancellationToken.None));
        // Written to a file, the progress bar is a line at each tenth of a table's rows: each sealed table reaches its end.
        Assert.Contains(output.ToString().Split(Environment.NewLine), l => l.Contains("orders.Draft [", StringComparison.Ordinal) && l.EndsWith("] 100% 1/1", StringComparison.Ordinal));
        await using (var scope = second.Scope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<KeyRotation>().RunAsync(TextWriter.Null, CancellationToken.None);
            Assert.Equal(new RotationReport(0, 0, 0), again);
            await AssertNothingUnderAsync("k1", scope.ServiceProvider);
        }

        // With the old keys gone from the files, everything still reads: orders, uploads, sign-ins.
        DropKey(Path.Combine(first.DataFolder, KeyFiles.PersonalDataFile), "k1");
        DropKey(Path.Combine(first.DataFolder, KeyFiles.KeyRingFile), "k1");
        using var third = new PlatformFactory(first);
        var reviewer = await third.SignInAsync(DemoData.Reviewer);
        var view = await reviewer.GetJsonAsync($"/api/review/orders/{id}");
        Assert.Equal(TestPeople.IdNumber(212)[..3], view.GetProperty("draft").GetProperty("subject").GetProperty("certificateNumber").GetString()![..3]);
        var owner = await third.SignInAsync("rotate@example.com");
        var photo = await owner.GetByteArrayAsync(new Uri($"/api/orders/{id}/documents/{documents[0].GetProperty("id").GetGuid()}/content", UriKind.Relative));
        Assert.Equal(FilingJourney.Photo(), photo);
        Assert.True((await new FilingJourney(third).VerifySmsAsync(212)).GetProperty("verified").GetBoolean());
    }

    private static async Task AssertNothingUnderAsync(string oldKey, IServiceProvider services)
    {
        foreach (var db in new DbContext[] { services.GetRequiredService<ProviderDb>(), services.GetRequiredService<BureauDb>() })
        {
            foreach (var column in KeyRotation.SealedColumns(db.Model))
            {
                var table = column.Schema is { } schema ? $"\"{schema}\".\"{column.Table}\"" : $"\"{column.Table}\"";
                var values = await RawSql.ReadAsync(db, _ => $"SELECT \"{column.Column}\" FROM {table}", r => r.IsDBNull(0) ? string.Empty : r.GetString(0), CancellationToken.None).ToListAsync();
                Assert.DoesNotContain(values, v => column.Json ? v.Contains($"\"cipher\":\"{oldKey}:", StringComparison.Ordinal) : v.StartsWith(oldKey + ":", StringComparison.Ordinal));
            }
        }

        var uploads = services.GetRequiredService<Beian.Web.Features.Filings.UploadStore>().Folder;
        foreach (var file in Directory.GetFiles(uploads))
        {
            await using var stream = File.OpenRead(file);
            Assert.NotEqual(oldKey, SealedFile.KeyIdOf(stream));
        }

        var ring = await services.GetRequiredService<ProviderDb>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(ring);
        Assert.All(ring, xml => Assert.Contains("<kek>k2</kek>", xml, StringComparison.Ordinal));
    }

    private static void DropKey(string path, string id)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json["keys"]!.AsObject().Remove(id);
        File.WriteAllText(path, json.ToJsonString());
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
