using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Beian.Web.Features.Sandbox;

namespace Beian.Web.Tests.Infrastructure;

/// <summary>The steps of a filing as the people involved take them over HTTP, for tests to compose.</summary>
public sealed partial class FilingJourney(PlatformFactory factory)
{
    public PlatformFactory Factory => factory;

    /// <summary>The basic-information form of an individual with one domain.</summary>
    public static object BasicInfo(int person, string domain, string provinceCode = "11", string? name = null) =>
        BasicInfo(person, [domain], null, null, provinceCode, name);

    /// <summary>The basic-information form of an individual's service of a type, with its name and domains (R-APP-08).</summary>
    public static object BasicInfo(int person, string[] domains, string? serviceType, string? serviceName, string provinceCode = "11", string? name = null) => new
    {
        provinceCode,
        city = "北京市",
        nature = "Individual",
        certificateType = "居民身份证",
        certificateNumber = TestPeople.IdNumber(person),
        name = name ?? $"测试用户{person}",
        certificateAddress = "北京市海淀区中关村大街1号",
        domains,
        serviceType,
        serviceName,
    };

    public static object Principal(int person, string? name = null) => new
    {
        name = name ?? $"测试用户{person}",
        certificateType = "居民身份证",
        certificateNumber = TestPeople.IdNumber(person),
        mobile = TestPeople.Mobile(person),
        emergencyPhone = TestPeople.Mobile(person + 500),
        email = $"user{person}@example.com",
    };

    /// <summary>The whole draft of an individual's first filing with one website.</summary>
    public static object Draft(int person, string domain, string serviceCode, string provinceCode = "11", string websiteName = "个人技术博客", string[]? moreDomains = null, int? websitePrincipal = null) => new
    {
        subject = Subject(person, provinceCode),
        websites = new[]
        {
            new { name = websiteName, domains = new[] { domain }.Concat(moreDomains ?? []).ToArray(), serviceCode, contentCategory = "其他", language = "中文简体", principal = Principal(websitePrincipal ?? person), remarks = (string?)null },
        },
    };

    /// <summary>An individual subject as the draft carries it, the person their own principal.</summary>
    public static object Subject(int person, string provinceCode = "11") => new
    {
        provinceCode,
        city = "北京市",
        nature = "Individual",
        certificateType = "居民身份证",
        certificateNumber = TestPeople.IdNumber(person),
        name = $"测试用户{person}",
        certificateAddress = "北京市海淀区中关村大街1号",
        mailingAddress = "北京市海淀区中关村大街1号",
        principal = Principal(person),
    };

    /// <summary>Registers a new applicant, gives it cloud instances (a simulated purchase) and signs it in.</summary>
    public async Task<HttpClient> NewApplicantAsync(string email)
    {
        var anonymous = factory.CreateClient();
        await anonymous.PostJsonAsync("/api/accounts/register", new { email, password = TestPeople.Password, displayName = email }, HttpStatusCode.Created);
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync($"/api/sandbox/accounts/{email}/instances", null, HttpStatusCode.NoContent);
        return await factory.SignInAsync(email);
    }

    public static async Task<string> ServiceCodeAsync(HttpClient applicant)
    {
        var instances = await applicant.GetJsonAsync("/api/instances");
        var ecs = instances.EnumerateArray().First(i => i.GetProperty("mainland").GetBoolean() && i.GetProperty("codesLeft").GetInt32() > 0);
        var code = await applicant.PostJsonAsync($"/api/instances/{ecs.GetProperty("id").GetGuid()}/service-codes", null, HttpStatusCode.Created);
        return code.GetProperty("value").GetString()!;
    }

    /// <summary>Basic check, the full draft, submission: the order ends waiting for initial review.</summary>
    public static async Task<JsonElement> FileAsync(HttpClient applicant, int person, string domain, string provinceCode = "11", string[]? moreDomains = null, int? websitePrincipal = null)
    {
        var code = await ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", BasicInfo(person, domain, provinceCode), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", Draft(person, domain, code, provinceCode, moreDomains: moreDomains, websitePrincipal: websitePrincipal));
        await UploadDocumentsAsync(applicant, id);
        return await applicant.PostJsonAsync($"/api/orders/{id}/submit", null);
    }

    /// <summary>A small but valid-looking JPEG: the signature and the size the upload rules ask for.</summary>
    public static byte[] Photo(int size = 210 * 1024)
    {
        var bytes = new byte[size];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        bytes[3] = 0xE0;
        return bytes;
    }

    /// <summary>
    /// A real PNG that looks like a card — a pale face, a stripe, a noisy portrait that keeps it above the 200 KB the
    /// upload rules ask for — so that the pages' thumbnails and the browser tests' screenshots show a picture.
    /// </summary>
    public static byte[] CardImage()
    {
        const int width = 640, height = 400;
        var random = new Random(304);
        var raw = new byte[height * ((width * 3) + 1)];
        for (var y = 0; y < height; y++)
        {
            var row = y * ((width * 3) + 1);
            for (var x = 0; x < width; x++)
            {
                var portrait = x is >= 40 and < 280 && y is >= 50 and < 380;
                var stripe = y is >= 20 and < 36;
                var (r, g, b) = portrait ? ((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256))
                    : stripe ? ((byte)11, (byte)92, (byte)173)
                    : ((byte)(226 - (y / 12)), (byte)(236 - (y / 14)), (byte)245);
                raw[row + 1 + (x * 3)] = r;
                raw[row + 2 + (x * 3)] = g;
                raw[row + 3 + (x * 3)] = b;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [0, 0, (byte)(width >> 8), width & 0xFF, 0, 0, (byte)(height >> 8), height & 0xFF, 8, 2, 0, 0, 0]);
        using (var data = new MemoryStream())
        {
            using (var zlib = new System.IO.Compression.ZLibStream(data, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            Chunk(png, "IDAT", data.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        byte[] name = [.. type.Select(c => (byte)c)];
        png.Write([(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length]);
        png.Write(name);
        png.Write(data);
        var crc = Crc32([.. name, .. data]);
        png.Write([(byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc]);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>Uploads every basic document the order's draft needs: each principal's ID per role, and an organisation's certificate.</summary>
    public static async Task UploadDocumentsAsync(HttpClient applicant, Guid orderId, byte[]? image = null)
    {
        var draft = (await applicant.GetJsonAsync($"/api/orders/{orderId}")).GetProperty("draft");
        var roles = new List<(string Kind, string Role)>();
        if (draft.GetProperty("subject").GetProperty("principal").ValueKind != JsonValueKind.Null)
        {
            roles.Add(("principal-id", "subject.principal"));
        }

        if (draft.GetProperty("subject").GetProperty("nature").GetString() != "Individual")
        {
            roles.Add(("organisation-certificate", "subject"));
        }

        var websites = draft.GetProperty("websites");
        for (var i = 0; i < websites.GetArrayLength(); i++)
        {
            if (websites[i].GetProperty("principal").ValueKind != JsonValueKind.Null)
            {
                roles.Add(("principal-id", $"websites[{i}].principal"));
            }
        }

        foreach (var (kind, role) in roles)
        {
            using var form = new MultipartFormDataContent();
            using var file = new ByteArrayContent(image ?? Photo());
            form.Add(file, "file", image is null ? "id.jpg" : "id.png");
            using var kindContent = new StringContent(kind);
            using var roleContent = new StringContent(role);
            form.Add(kindContent, "kind");
            form.Add(roleContent, "role");
            await (await applicant.PostAsync(new Uri($"/api/orders/{orderId}/documents", UriKind.Relative), form)).ReadJsonAsync(HttpStatusCode.Created);
        }
    }

    /// <summary>A first filing taken all the way to a synced approval; returns the subject and website numbers.</summary>
    public async Task<(string Subject, string Website)> FiledAsync(HttpClient applicant, int person, string domain, string provinceCode = "11", string[]? moreDomains = null, int? websitePrincipal = null)
    {
        var order = await FileAsync(applicant, person, domain, provinceCode, moreDomains, websitePrincipal);
        await ApprovedAsync(order, person, websitePrincipal);
        var record = (await applicant.GetJsonAsync("/api/records")).EnumerateArray().Last();
        return (record.GetProperty("icpNumber").GetString()!, record.GetProperty("websites")[0].GetProperty("icpNumber").GetString()!);
    }

    /// <summary>Plants an individual's subject in the national record, filed through another provider, with one website.</summary>
    public async Task FiledElsewhereAsync(int person, string websiteName, params string[] domains)
    {
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/national-record", new
        {
            subjects = new[]
            {
                new
                {
                    provinceCode = "11", name = $"测试用户{person}", nature = "Individual", certificateType = "居民身份证", certificateNumber = TestPeople.IdNumber(person),
                    websites = new[] { new { name = websiteName, domains } },
                },
            },
        });
    }

    /// <summary>Takes a submitted order through initial review, SMS verification and the bureau, to a synced approval.</summary>
    public async Task ApprovedAsync(JsonElement order, int person, int? websitePrincipal = null)
    {
        await ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
        await VerifySmsAsync(person);
        if (websitePrincipal is { } other)
        {
            await VerifySmsAsync(other);
        }

        await SyncAsync();
        await BureauApprovesAsync(order.GetProperty("number").GetString()!);
        await SyncAsync();
    }

    public async Task<JsonElement> ReviewerApprovesAsync(Guid orderId)
    {
        var reviewer = await factory.SignInAsync(DemoData.Reviewer);
        await reviewer.PostJsonAsync($"/api/review/orders/{orderId}/pick-up", null);
        await reviewer.PostJsonAsync($"/api/review/orders/{orderId}/calls", new { answered = true, note = "已核实姓名、域名与证件号码" });
        return await reviewer.PostJsonAsync($"/api/review/orders/{orderId}/approve", new { remark = "电话核验通过" });
    }

    /// <summary>Reads the newest MIIT verification code texted to a mobile from the development outbox.</summary>
    public async Task<string> SmsCodeAsync(string mobile)
    {
        var admin = await factory.SignInAsync(DemoData.Admin);
        var masked = mobile[..3] + "****" + mobile[^4..];
        var outbox = await admin.GetJsonAsync("/api/sandbox/outbox");
        var sms = outbox.EnumerateArray().First(m => m.GetProperty("side").GetString() == "miit" && m.GetProperty("to").GetString() == masked
            && m.GetProperty("body").GetString()!.Contains("核验码", StringComparison.Ordinal));
        return CodeInText().Match(sms.GetProperty("body").GetString()!).Groups[1].Value;
    }

    public async Task<JsonElement> VerifySmsAsync(int person)
    {
        var mobile = TestPeople.Mobile(person);
        var code = await SmsCodeAsync(mobile);
        return await factory.CreateClient().PostJsonAsync("/api/miit/sms-verification", new { mobile, idLastSix = TestPeople.IdNumber(person)[^6..], code });
    }

    public async Task BureauApprovesAsync(string orderNumber)
    {
        var bureau = await factory.SignInAsync(DemoData.BureauOperator);
        var applications = await bureau.GetJsonAsync("/api/bureau/applications?state=InReview");
        var id = applications.EnumerateArray().First(a => a.GetProperty("orderNumber").GetString() == orderNumber).GetProperty("id").GetString();
        await bureau.PostJsonAsync($"/api/bureau/applications/{id}/approve", null, HttpStatusCode.NoContent);
    }

    /// <summary>Lets the sync lag pass and runs the sweep: the provider learns what the bureau did.</summary>
    public async Task SyncAsync()
    {
        factory.Time.Advance(TimeSpan.FromMinutes(2));
        await factory.SweepAsync();
    }

    [GeneratedRegex(@"核验码为(\d{6})")]
    private static partial Regex CodeInText();
}
