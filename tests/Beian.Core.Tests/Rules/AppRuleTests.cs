using Beian.Filings;
using Beian.Rules;

namespace Beian.Tests.Rules;

/// <summary>The rules of app, mini-program and quick-app filing (spec/apps.md), each from a clean app draft.</summary>
public class AppRuleTests
{
    private const string Md5 = "0123456789ABCDEF0123456789ABCDEF";
    private const string Sha1 = "0123456789ABCDEF0123456789ABCDEF01234567";

    private static readonly AppPlatform Android = new(AppPlatformKind.Android, "cn.zhangsan.notes", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", Md5, ["zhangsan.cn"]);

    private static readonly AppDetails Details = new([Android], null, null, ["工具-备忘录"], [], []);

    /// <summary>An individual's first filing of one app that passes every rule.</summary>
    private static RuleContext App() => CleanDraft.Individual()
        .WithWebsite(w => w with { Name = "张三笔记", Type = ServiceType.App, App = Details, Language = "中文简体" })
        with
    { Documents = [.. CleanDraft.PersonalDocuments, new(AppDetails.IconKind, "websites[0]", null, null)] };

    private static RuleContext MiniProgram() => CleanDraft.Individual()
        .WithWebsite(w => w with
        {
            Name = "张三笔记",
            Domains = [],
            ServiceCode = null,
            Type = ServiceType.MiniProgram,
            App = AppDetails.None with { HostPlatform = "微信", HostAppId = "wx1234567890abcdef", ContentTypes = ["工具-备忘录"] },
            Language = "中文简体",
            Remarks = "记录个人学习笔记与待办事项的工具，不涉及交易和社交功能。",
        })
        with
    { Documents = [.. CleanDraft.PersonalDocuments, new(AppDetails.IconKind, "websites[0]", null, null)] };

    private static RuleContext WithPlatform(RuleContext c, AppPlatform platform) =>
        c.WithWebsite(w => w with { App = w.App! with { Platforms = [platform] } });

    [Fact]
    public void ACleanApp_AndACleanMiniProgram_GetNoFinding()
    {
        Assert.Empty(RuleBook.Run(App()));
        Assert.Empty(RuleBook.Run(MiniProgram()));
    }

    public static TheoryData<string, string, Func<RuleContext>> Defects => new()
    {
        { "R-APP-18", "no platform", () => App().WithWebsite(w => w with { App = w.App! with { Platforms = [] } }) },
        { "R-APP-18", "a platform twice", () => App().WithWebsite(w => w with { App = w.App! with { Platforms = [Android, Android with { PackageName = "cn.zhangsan.notes2" }] } }) },
        { "R-APP-18", "other platform unnamed", () => WithPlatform(App(), new AppPlatform(AppPlatformKind.Other, null, null, null, ["zhangsan.cn"])) },
        { "R-APP-24", "mini-program without host", () => MiniProgram().WithWebsite(w => w with { App = w.App! with { HostPlatform = null } }) },
        { "R-APP-24", "mini-program without host ID", () => MiniProgram().WithWebsite(w => w with { App = w.App! with { HostAppId = " " } }) },
        { "R-APP-24", "mini-program remarks too short", () => MiniProgram().WithWebsite(w => w with { Remarks = "笔记工具" }) },
        { "R-APP-24", "mini-program six content types", () => MiniProgram().WithWebsite(w => w with { App = w.App! with { ContentTypes = ["工具-备忘录", "工具-日历", "工具-天气", "工具-记账", "工具-办公", "工具-效率"] } }) },
        { "R-APP-19", "android package of one segment", () => WithPlatform(App(), Android with { PackageName = "notes" }) },
        { "R-APP-19", "android segment starting with a digit", () => WithPlatform(App(), Android with { PackageName = "cn.1notes" }) },
        { "R-APP-19", "android hyphen", () => WithPlatform(App(), Android with { PackageName = "cn.zhang-san" }) },
        { "R-APP-19", "android package missing", () => WithPlatform(App(), Android with { PackageName = null }) },
        { "R-APP-20", "bundle id with underscore", () => WithPlatform(App(), new AppPlatform(AppPlatformKind.Ios, "cn.zhang_san", "key", Sha1, ["zhangsan.cn"])) },
        { "R-APP-20", "bundle id of one segment", () => WithPlatform(App(), new AppPlatform(AppPlatformKind.Ios, "notes", "key", Sha1, ["zhangsan.cn"])) },
        { "R-APP-21", "harmony of two segments", () => WithPlatform(App(), new AppPlatform(AppPlatformKind.HarmonyOs, "cn.zhangsan", "key", Md5, ["zhangsan.cn"])) },
        { "R-APP-21", "harmony segment ending with underscore", () => WithPlatform(App(), new AppPlatform(AppPlatformKind.HarmonyOs, "cn.zhangsan_.notes", "key", Md5, ["zhangsan.cn"])) },
        { "R-APP-21", "harmony first segment a digit", () => WithPlatform(App(), new AppPlatform(AppPlatformKind.HarmonyOs, "1cn.zhangsan.notes", "key", Md5, ["zhangsan.cn"])) },
        { "R-APP-22", "android md5 of 31 digits", () => WithPlatform(App(), Android with { Fingerprint = Md5[..31] }) },
        { "R-APP-22", "android sha-1 instead of md5", () => WithPlatform(App(), Android with { Fingerprint = Sha1 }) },
        { "R-APP-22", "not hex", () => WithPlatform(App(), Android with { Fingerprint = "G" + Md5[1..] }) },
        { "R-APP-22", "ios md5 instead of sha-1", () => WithPlatform(App(), new AppPlatform(AppPlatformKind.Ios, "cn.zhangsan.notes", "key", Md5, ["zhangsan.cn"])) },
        { "R-APP-22", "harmony sha-256", () => WithPlatform(App(), new AppPlatform(AppPlatformKind.HarmonyOs, "cn.zhangsan.notes", "key", Md5 + Md5, ["zhangsan.cn"])) },
        { "R-APP-23", "public key missing", () => WithPlatform(App(), Android with { PublicKey = " " }) },
        { "R-APP-27", "app without back-end domain", () => App().WithWebsite(w => w with { Domains = [] }) },
        { "R-APP-14", "app without name", () => App().WithWebsite(w => w with { Name = "" }) },
        { "R-APP-16", "emoji in the name", () => App().WithWebsite(w => w with { Name = "张三笔记😀" }) },
        { "R-APP-16", "placeholder name", () => App().WithWebsite(w => w with { Name = "测试" }) },
        { "R-APP-15", "name of an approved app of the subject", () => App() with { SubjectAppNames = new HashSet<string> { "张三笔记" } } },
        { "R-APP-25", "package on another subject's record", () => App() with { Conflicts = ConflictFacts.None with { AppFeaturesOfOtherSubjects = new HashSet<string> { Android.PackageKey! } } } },
        { "R-APP-25", "fingerprint on another subject's record", () => App() with { Conflicts = ConflictFacts.None with { AppFeaturesOfOtherSubjects = new HashSet<string> { Android.FingerprintKey! } } } },
        { "R-APP-32", "no content type", () => App().WithWebsite(w => w with { App = w.App! with { ContentTypes = [] } }) },
        { "R-APP-32", "content type not in the catalog", () => App().WithWebsite(w => w with { App = w.App! with { ContentTypes = ["区块链挖矿"] } }) },
        { "R-APP-32", "a sector twice", () => App().WithWebsite(w => w with { App = w.App! with { PreApprovals = ["新闻", "新闻"] } }) },
        { "R-APP-32", "a sector not in the catalog", () => App().WithWebsite(w => w with { App = w.App! with { PreApprovals = ["彩票"] } }) },
        { "R-APP-33", "no language", () => App().WithWebsite(w => w with { Language = null }) },
        { "R-APP-17", "no icon", () => App() with { Documents = CleanDraft.PersonalDocuments } },
        { "R-APP-10", "individual's app with a website", () => TwoServices(SubjectNature.Individual) },
        { "R-APP-11", "individual at the cap", () => App() with { LiveServices = 5, LiveApplications = 1 } },
        { "R-APP-35", "app without a service code", () => App().WithWebsite(w => w with { ServiceCode = null }) },
        { "R-APP-12", "name of an app in another order in progress", () => App() with { SubjectAppNames = new HashSet<string> { "张三笔记" } } },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void EachDefect_IsBlockedByItsRule(string ruleId, string defect, Func<RuleContext> draft)
    {
        var findings = RuleBook.Run(draft());
        Assert.True(findings.Any(f => f.RuleIds.Contains(ruleId) && f.Severity == Severity.Blocking), $"{defect}: {string.Join("; ", findings.Select(f => $"{f.PrimaryId} {f.Message}"))}");
    }

    public static TheoryData<string, Func<RuleContext>> Accepted => new()
    {
        { "a fingerprint typed with colons in lower case, stored normalised", () => WithPlatform(App(), Android with { Fingerprint = FingerprintsAreHexOfTheirPlatformsLength.Normalise("01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef") }) },
        { "a HarmonyOS SHA-1 fingerprint", () => WithPlatform(App(), new AppPlatform(AppPlatformKind.HarmonyOs, "cn.zhangsan.notes", "key", Sha1, ["zhangsan.cn"])) },
        { "a Latin app name (R-NAME-02/03 do not apply)", () => App().WithWebsite(w => w with { Name = "Keep" }) },
        { "an app named like its domain (R-NAME-05 does not apply)", () => App().WithWebsite(w => w with { Name = "zhangsan" }) },
        { "an app domain at the third level (R-APP-29)", () => App().WithWebsite(w => w with { Domains = ["api.zhangsan.cn"], App = w.App! with { Platforms = [Android with { Domains = ["api.zhangsan.cn"] }] } }) },
        { "an organisation's app and website in one order (R-APP-10)", () => TwoServices(SubjectNature.Enterprise) },
        { "a mini-program without a service code (R-APP-03)", MiniProgram },
        { "package and fingerprint on record only apart, under PackageAndSignature", () => App() with
            {
                AppFeatureUniqueness = AppFeatureUniqueness.PackageAndSignature,
                Conflicts = ConflictFacts.None with { AppFeaturesOfOtherSubjects = new HashSet<string> { Android.PackageKey!, Android.FingerprintKey! } },
            }
        },
        { "features on another record with the setting off", () => App() with { AppFeatureUniqueness = AppFeatureUniqueness.Off, Conflicts = ConflictFacts.None with { AppFeaturesOfOtherSubjects = new HashSet<string> { Android.PackageKey! } } } },
        { "an individual's websites alone at the cap (R-APP-11 does not narrow website rules)", () => CleanDraft.Individual() with { LiveServices = 5 } },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void WhatTheSpecAllows_IsNotBlocked(string what, Func<RuleContext> draft)
    {
        var blocking = RuleBook.Run(draft()).Where(f => f.Severity == Severity.Blocking && f.PrimaryId != "R-DOMAIN-02").ToList();
        Assert.True(blocking.Count == 0, $"{what}: {string.Join("; ", blocking.Select(f => $"{f.PrimaryId} {f.Message}"))}");
    }

    [Fact]
    public void AnAppsBackEndDomain_IsVerifiedAsAWebsitesDomainIs_R_APP_28()
    {
        // The same findings, with the same rejection reasons, as for a website's domain.
        var unregistered = App().WithWebsite(w => w with { Domains = ["api.unknown-app.cn"] });
        Assert.Contains(RuleBook.Run(unregistered), f => f.PrimaryId == "R-DOMAIN-01" && f.Field == "websites[0].domains[0]" && f.RejectionCode == "REJ-DOMAIN-NOT-REALNAME");
        var expired = App().WithDomain(d => d with { ExpiresOn = CleanDraft.Today.AddDays(-1) });
        Assert.Contains(RuleBook.Run(expired), f => f.PrimaryId == "R-DOMAIN-05" && f.RejectionCode == "REJ-DOMAIN-EXPIRED");
        var unapprovedTld = App().WithWebsite(w => w with { Domains = ["api.zhangsan.notatld"] });
        Assert.Contains(RuleBook.Run(unapprovedTld), f => f.PrimaryId == "R-DOMAIN-06" && f.Severity == Severity.Blocking);
    }

    [Theory]
    [InlineData("免费记账神器")]
    [InlineData("浏览器")]
    public void AGenericOrMarketingName_IsLeftToTheReviewer_R_APP_16(string name)
    {
        var finding = Assert.Single(RuleBook.Run(App().WithWebsite(w => w with { Name = name })));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("REJ-SITE-NAME-INVALID", finding.RejectionCode);
    }

    [Fact]
    public void AnotherSubjectsAppOfTheSameName_IsAWarningNeverABlock_R_APP_26()
    {
        var finding = Assert.Single(RuleBook.Run(App() with { Conflicts = ConflictFacts.None with { AppNamesOfOtherSubjects = new HashSet<string> { "张三笔记" } } }));
        Assert.Equal("R-APP-26", finding.PrimaryId);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void AChosenPreApproval_AsksForItsFile_R_APP_32()
    {
        var finding = Assert.Single(RuleBook.Run(App().WithWebsite(w => w with { App = w.App! with { PreApprovals = ["教育"] } })));
        Assert.Equal("REJ-PREAPPROVAL-INVALID", finding.RejectionCode);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void AnAppChange_AddsDomainsOnlyWhereTheProvinceAllows_R_APP_13(bool allowed, bool blocked)
    {
        var change = App() with { Type = FilingType.ChangeWebsite, RecordedDomains = new HashSet<string>() };
        change = change with { Province = change.Province with { AppChangeMayAddDomains = allowed } };
        Assert.Equal(blocked, RuleBook.Run(change).Any(f => f.RuleIds.Contains("R-APP-13")));
    }

    [Theory]
    [InlineData("01:23:45:67:89:ab:cd:ef", "0123456789ABCDEF")]
    [InlineData("01 23 45", "012345")]
    [InlineData(" ", null)]
    public void AFingerprint_IsStoredUpperCaseWithoutSeparators_AMB_APP_06(string typed, string? stored) =>
        Assert.Equal(stored, FingerprintsAreHexOfTheirPlatformsLength.Normalise(typed));

    [Fact]
    public void AnIosBundleId_IsComparedWithoutCase_R_APP_20()
    {
        var upper = new AppPlatform(AppPlatformKind.Ios, "CN.Zhangsan.Notes", "key", Sha1, []);
        var lower = upper with { PackageName = "cn.zhangsan.notes" };
        Assert.Equal(upper.PackageKey, lower.PackageKey);
        Assert.NotEqual(Android.PackageKey, (Android with { PackageName = "CN.zhangsan.notes" }).PackageKey);
    }

    /// <summary>A website and an app of the same subject using the same domain, in one order.</summary>
    private static RuleContext TwoServices(SubjectNature nature)
    {
        var draft = nature == SubjectNature.Individual ? CleanDraft.Individual() : CleanDraft.Organisation();
        var website = draft.Websites[0];
        var app = website with { Name = "示例笔记", Type = ServiceType.App, App = Details with { Platforms = [Android with { Domains = website.Domains }] }, Language = "中文简体" };
        return draft with
        {
            Websites = [website, app],
            Documents = [.. draft.Documents, new(DocumentKinds.PrincipalId, "websites[1].principal", null, CleanDraft.Today.AddYears(5)), new(AppDetails.IconKind, "websites[1]", null, null)],
        };
    }
}
