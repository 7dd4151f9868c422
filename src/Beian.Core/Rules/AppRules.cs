using System.Globalization;
using Beian.Filings;
using Beian.Reference;

namespace Beian.Rules;

/// <summary>
/// R-APP-18, R-APP-24: an app lists the platforms it ships on, each once; a mini-program or quick app names its host
/// platform and its ID there instead.
/// </summary>
public sealed class AnAppNamesItsPlatformsOrItsHost : Rule
{
    public override IReadOnlyList<string> Ids => ["R-APP-18", "R-APP-24"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (service, i) in context.Applications())
        {
            var app = service.App ?? AppDetails.None;
            if (service.Type == ServiceType.App)
            {
                if (app.Platforms.Count == 0)
                {
                    yield return Block($"websites[{i}].app.platforms", "APP至少须有一个运行平台", "请选择APP运行的平台（安卓、iOS、鸿蒙或其他），并填写该平台的特征信息。");
                }

                foreach (var twice in app.Platforms.GroupBy(p => p.Kind).Where(g => g.Count() > 1))
                {
                    yield return Block($"websites[{i}].app.platforms", $"运行平台「{PlatformName(twice.Key)}」重复填写", "同一平台只填写一次；该平台的多个版本使用同一组特征信息。");
                }

                for (var p = 0; p < app.Platforms.Count; p++)
                {
                    if (app.Platforms[p].Kind == AppPlatformKind.Other && string.IsNullOrWhiteSpace(app.Platforms[p].OtherName))
                    {
                        yield return Block($"websites[{i}].app.platforms[{p}].otherName", "请填写其他运行平台的名称", "例如 Linux。");
                    }
                }
            }
            else
            {
                if (string.IsNullOrWhiteSpace(app.HostPlatform))
                {
                    yield return Block($"websites[{i}].app.hostPlatform", $"{service.Type.ChineseName()}须填写运行平台", "请填写运行该服务的平台，例如 微信、支付宝。");
                }

                if (string.IsNullOrWhiteSpace(app.HostAppId))
                {
                    yield return Block($"websites[{i}].app.hostAppId", $"{service.Type.ChineseName()}须填写其在运行平台上的ID", "请填写运行平台分配的ID，例如微信小程序的 AppID。");
                }
            }
        }
    }

    public static string PlatformName(AppPlatformKind kind) => kind switch
    {
        AppPlatformKind.Android => "安卓",
        AppPlatformKind.Ios => "iOS",
        AppPlatformKind.HarmonyOs => "鸿蒙",
        _ => "其他",
    };
}

/// <summary>
/// R-APP-19, R-APP-20, R-APP-21: a package name follows its platform's syntax — Android's applicationId, Apple's bundle
/// ID, HarmonyOS's bundle name.
/// </summary>
public sealed class PackageNamesFollowTheirPlatformsSyntax : Rule
{
    public const string Message = "包名格式不正确";

    public override IReadOnlyList<string> Ids => ["R-APP-19", "R-APP-20", "R-APP-21"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (field, platform) in context.AppPlatforms())
        {
            if (platform.Kind == AppPlatformKind.Other)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(platform.PackageName))
            {
                yield return Block(field + ".packageName", platform.Kind == AppPlatformKind.Ios ? "请填写 Bundle ID" : "请填写包名", "包名（Bundle ID）可在应用的构建配置中查到。");
            }
            else if (!IsValid(platform.Kind, platform.PackageName))
            {
                yield return Block(field + ".packageName", Message, Remedy(platform.Kind));
            }
        }
    }

    public static bool IsValid(AppPlatformKind kind, string name) => kind switch
    {
        AppPlatformKind.Android => IsAndroidApplicationId(name),
        AppPlatformKind.Ios => IsBundleId(name),
        AppPlatformKind.HarmonyOs => IsHarmonyBundleName(name),
        _ => true,
    };

    // At least two segments; each starts with a letter; only letters, digits and underscores (R-APP-19).
    private static bool IsAndroidApplicationId(string name)
    {
        var segments = name.Split('.');
        return segments.Length >= 2 && segments.All(s => s.Length > 0 && char.IsAsciiLetter(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'));
    }

    // Reverse-DNS form of letters, digits, hyphens and dots, at least two non-empty segments (R-APP-20).
    private static bool IsBundleId(string name)
    {
        var segments = name.Split('.');
        return segments.Length >= 2 && segments.All(s => s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }

    // Three or more segments of letters, digits and underscores; the first starts with a letter, the others with a
    // letter or digit; every segment ends with a letter or digit; 7 to 128 bytes (R-APP-21, AMB-APP-05).
    private static bool IsHarmonyBundleName(string name)
    {
        var segments = name.Split('.');
        return name.Length is >= 7 and <= 128
               && segments.Length >= 3
               && segments.All(s => s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && char.IsAsciiLetterOrDigit(s[^1]))
               && char.IsAsciiLetter(segments[0][0])
               && segments.Skip(1).All(s => char.IsAsciiLetterOrDigit(s[0]));
    }

    private static string Remedy(AppPlatformKind kind) => kind switch
    {
        AppPlatformKind.Android => "安卓包名至少两段，以“.”分隔，每段以字母开头，只含字母、数字和下划线，例如 com.example.app。",
        AppPlatformKind.Ios => "Bundle ID 为反向域名形式，只含字母、数字、“-”和“.”，例如 com.example.app。",
        _ => "鸿蒙包名至少三段，以“.”分隔，只含字母、数字和下划线，首段以字母开头，每段以字母或数字结尾，长度7至128个字符，例如 com.example.myapp。",
    };
}

/// <summary>
/// R-APP-22: a certificate fingerprint is hexadecimal of its platform's length — Android's signature MD5 32 digits,
/// iOS's certificate SHA-1 40, HarmonyOS's fingerprint 32 or 40 (AMB-APP-04).
/// </summary>
public sealed class FingerprintsAreHexOfTheirPlatformsLength : Rule
{
    public const string Md5Message = "签名MD5值应为32位十六进制字符";
    public const string Sha1Message = "证书SHA-1值应为40位十六进制字符";

    public override IReadOnlyList<string> Ids => ["R-APP-22"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (field, platform) in context.AppPlatforms())
        {
            if (platform.Kind == AppPlatformKind.Other)
            {
                continue;
            }

            var value = platform.Fingerprint ?? string.Empty;
            var hex = value.Length > 0 && value.All(char.IsAsciiHexDigit);
            var ok = platform.Kind switch
            {
                AppPlatformKind.Android => hex && value.Length == 32,
                AppPlatformKind.Ios => hex && value.Length == 40,
                _ => hex && value.Length is 32 or 40,
            };
            if (!ok)
            {
                yield return Block(field + ".fingerprint", platform.Kind == AppPlatformKind.Ios ? Sha1Message : Md5Message,
                    "请填写签名证书的指纹（十六进制），可带“:”分隔；SHA-256（64位）不可用。");
            }
        }
    }

    /// <summary>A fingerprint as stored: separators (":", spaces, "-") dropped, upper case (AMB-APP-06).</summary>
    public static string? Normalise(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? null : new string([.. typed.Where(c => c is not (':' or ' ' or '-')).Select(char.ToUpperInvariant)]);
}

/// <summary>R-APP-23: Android, iOS and HarmonyOS platforms carry the signing certificate's public key.</summary>
public sealed class EveryPlatformGivesItsPublicKey : Rule
{
    public override IReadOnlyList<string> Ids => ["R-APP-23"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from p in context.AppPlatforms()
        where p.Platform.Kind != AppPlatformKind.Other && string.IsNullOrWhiteSpace(p.Platform.PublicKey)
        select Block(p.Field + ".publicKey", "请填写签名证书的公钥", "可从签名证书中导出公钥（PEM 或 Base64 文本）粘贴到此处。");
}

/// <summary>R-APP-27: an app lists at least one back-end domain; a mini-program or quick app needs none.</summary>
public sealed class AnAppListsItsBackEndDomains : Rule
{
    public override IReadOnlyList<string> Ids => ["R-APP-27", "R-APP-29"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from s in context.Applications()
        where s.Service.Type == ServiceType.App && s.Service.Domains.Count == 0 && context.Type.PathOf() != ReviewPath.DirectToBureau
        select Block($"websites[{s.Index}].domains", "APP至少须填写一个后台服务域名", "请填写APP运行时访问的全部域名（用到哪一级就填哪一级，例如 api.example.com）。");
}

/// <summary>
/// R-APP-14, R-APP-16: an app's name is required; it carries no emoji, placeholder or symbol (a block); generic
/// words or marketing terms are the reviewer's to judge (a warning naming the rejection reason).
/// </summary>
public sealed class AppNamesAreDistinctNamesWithoutSymbols : Rule
{
    private static readonly string[] Placeholders = ["测试", "test", "demo", "未命名", "待定", "示例", "xxx"];
    private static readonly string[] MarketingWords = ["免费", "最好", "第一", "最强", "官方推荐", "限时", "折扣", "0元"];
    private static readonly string[] GenericNames = ["浏览器", "商城", "视频", "音乐", "天气", "计算器", "相机", "地图", "新闻", "小说", "游戏"];
    private static readonly string[] ContentRule = ["R-APP-16"];

    public override IReadOnlyList<string> Ids => ["R-APP-14", "R-APP-16"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (service, i) in context.Applications())
        {
            var name = service.Name.Trim();
            var field = $"websites[{i}].name";
            var kind = service.Type.ChineseName();
            if (name.Length == 0)
            {
                yield return Block(field, $"{kind}名称为必填项", $"请填写{kind}在各平台上显示的名称。");
                continue;
            }

            if (name.Any(c => !IsNameCharacter(c)) || Placeholders.Any(p => name.Equals(p, StringComparison.OrdinalIgnoreCase)))
            {
                yield return new Finding(ContentRule, Severity.Blocking, field, $"{kind}名称不能包含表情、特殊符号或占位文字", "请使用应用实际显示的名称，只含汉字、字母、数字和空格。", "REJ-SITE-NAME-INVALID");
            }
            else if (MarketingWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)) || GenericNames.Contains(name, StringComparer.Ordinal))
            {
                yield return new Finding(ContentRule, Severity.Warning, field, $"{kind}名称过于宽泛或含营销用语，可能被驳回", "名称须有辨识度并与服务内容相符，不能只用行业通用词，也不能含价格或宣传用语。", "REJ-SITE-NAME-INVALID");
            }
        }
    }

    // Letters of any script (汉字, 〇) and digits; no symbol, punctuation or emoji (a surrogate half is neither).
    private static bool IsNameCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == ' '
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}

/// <summary>
/// R-APP-15, R-APP-12: one filing per app name per subject — an app of the same name that is approved or in another
/// order in progress makes the new platform a change of that app; two services of one order with one name are one app.
/// </summary>
public sealed class OneFilingPerAppNamePerSubject : Rule
{
    public const string Message = "该APP名称已存在备案信息，如需新增运行平台，请提交变更备案";

    public override IReadOnlyList<string> Ids => ["R-APP-15", "R-APP-12"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (!context.Type.IsNewService())
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (service, i) in context.Applications())
        {
            var key = NameKey(service.Name);
            if (key.Length > 0 && (context.SubjectAppNames.Contains(key) || !seen.Add(key)))
            {
                yield return Block($"websites[{i}].name", Message, "同一APP在多个平台上架只备案一次；请在已备案的APP上办理变更，增加运行平台。");
            }
        }
    }

    /// <summary>A name as the comparison sees it: trimmed and case-folded (R-APP-15).</summary>
    public static string NameKey(string name) => (name ?? string.Empty).Trim().ToUpperInvariant();
}

/// <summary>R-APP-26: an app name another subject's app carries is for the reviewer to judge, never a block.</summary>
public sealed class AnAppNameOfAnotherSubjectIsForTheReviewer : Rule
{
    public override IReadOnlyList<string> Ids => ["R-APP-26"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from s in context.Applications()
        where context.Conflicts.AppNamesOfOtherSubjects.Contains(OneFilingPerAppNamePerSubject.NameKey(s.Service.Name))
        select Warn($"websites[{s.Index}].name", "已有其他主体的应用使用该名称，可能因易混淆被驳回", "请确认名称不会与其他应用混淆；如非同一应用，建议使用有辨识度的名称。", "REJ-SITE-NAME-INVALID");
}

/// <summary>
/// R-APP-25: an app's features are its subject's alone — by the setting, the same platform and package, or the same
/// fingerprint, on another subject's live record blocks; the same package on two apps of this draft blocks as well.
/// </summary>
public sealed class AppFeaturesBelongToOneSubject : Rule
{
    public const string Message = "该APP特征信息已被其他主体备案";

    public override IReadOnlyList<string> Ids => ["R-APP-25"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.AppFeatureUniqueness == AppFeatureUniqueness.Off)
        {
            yield break;
        }

        var taken = context.Conflicts.AppFeaturesOfOtherSubjects;
        var packagesHere = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (service, i) in context.Applications())
        {
            var platforms = service.App?.Platforms ?? [];
            for (var p = 0; p < platforms.Count; p++)
            {
                var platform = platforms[p];
                var clash = context.AppFeatureUniqueness == AppFeatureUniqueness.PackageAndSignature
                    ? platform.PairKey is { } pair && taken.Contains(pair)
                    : (platform.PackageKey is { } package && taken.Contains(package)) || (platform.FingerprintKey is { } fp && taken.Contains(fp));
                if (clash)
                {
                    yield return Block($"websites[{i}].app.platforms[{p}]", Message, "APP不能在两个主体下备案：如需换主体，请先注销原主体下的APP备案，再以新主体备案。");
                }

                if (platform.PackageKey is { } key && packagesHere.TryGetValue(key, out var other) && other != i)
                {
                    yield return Block($"websites[{i}].app.platforms[{p}].packageName", "同一包名不能用于两个APP", "一个包名只属于一个APP；同一APP的多个平台请在一个APP中填写。");
                }

                if (platform.PackageKey is { } own)
                {
                    packagesHere.TryAdd(own, i);
                }
            }
        }
    }
}

/// <summary>
/// R-APP-24, R-APP-32, R-APP-33: a service's content comes from the catalog (at most five second-level categories for a
/// mini-program or quick app), its pre-approvals name each sector once, and it names its language.
/// </summary>
public sealed class ServiceContentComesFromTheCatalog : Rule
{
    public override IReadOnlyList<string> Ids => ["R-APP-32", "R-APP-24", "R-APP-33"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (service, i) in context.Applications())
        {
            var app = service.App ?? AppDetails.None;
            var field = $"websites[{i}].app";
            if (app.ContentTypes.Count == 0)
            {
                yield return Block(field + ".contentTypes", "请选择服务内容", "从服务内容目录中选择与应用实际内容相符的类别。");
            }

            foreach (var unknown in app.ContentTypes.Where(c => !ReferenceLists.IsServiceContent(c)))
            {
                yield return Block(field + ".contentTypes", $"服务内容「{unknown}」不在目录中", "请从服务内容目录中选择二级类别。");
            }

            if (service.Type.RunsOnAHostPlatform() && app.ContentTypes.Count > 5)
            {
                yield return Block(field + ".contentTypes", "服务内容最多选择5项", "请保留最主要的5项服务内容。");
            }

            foreach (var twice in app.PreApprovals.GroupBy(p => p).Where(g => g.Count() > 1))
            {
                yield return Block(field + ".preApprovals", $"前置审批「{twice.Key}」重复填写", "每个前置审批类别只填写一次。");
            }

            foreach (var unknown in app.PreApprovals.Where(p => ReferenceLists.PreApprovalSectors.All(s => s.Name != p)))
            {
                yield return Block(field + ".preApprovals", $"前置审批「{unknown}」不在目录中", "请从前置审批目录中选择；不涉及时不选任何一项（以上都不涉及）。");
            }

            if (string.IsNullOrWhiteSpace(service.Language))
            {
                yield return Block($"websites[{i}].language", "请选择服务语种", "例如 中文简体。");
            }
        }
    }
}

/// <summary>R-APP-32, R-PREAPP-02: each pre-approval an app names comes with the approval file.</summary>
public sealed class EachChosenPreApprovalHasItsFile : Rule
{
    public override IReadOnlyList<string> Ids => ["R-APP-32", "R-PREAPP-02"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (service, i) in context.Applications())
        {
            var sectors = service.App?.PreApprovals ?? [];
            var files = context.Documents.Count(d => d.Kind == APreApprovalMustBeValid.PreApprovalFile && d.Role == $"websites[{i}]");
            if (sectors.Count > files)
            {
                yield return Warn($"websites[{i}].app.preApprovals", $"已选择前置审批「{string.Join("、", sectors)}」，须上传相应的审批文件", "请为每项前置审批上传主管部门的审批文件，并确保在有效期内。", "REJ-PREAPPROVAL-INVALID");
            }
        }
    }
}

/// <summary>R-APP-24: a mini-program's or quick app's description (备注) is 20 to 200 characters.</summary>
public sealed class AHostedServiceDescribesItself : Rule
{
    public override IReadOnlyList<string> Ids => ["R-APP-24"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from s in context.Applications()
        where s.Service.Type.RunsOnAHostPlatform() && (s.Service.Remarks?.Trim().Length ?? 0) is < 20 or > 200
        select Block($"websites[{s.Index}].remarks", $"{s.Service.Type.ChineseName()}的备注须为20至200个字", "请用20至200个字说明服务的主要功能与内容。");
}

/// <summary>
/// R-APP-10: an individual's order that carries an app, mini-program or quick app carries that one service only.
/// Orders of websites alone stay as the website rules and province settings say.
/// </summary>
public sealed class AnIndividualFilesOneServiceWithAnApp : Rule
{
    public const string Message = "个人主体一次只能提交一个互联网信息服务";

    public override IReadOnlyList<string> Ids => ["R-APP-10"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Subject.Nature == SubjectNature.Individual && context.Websites.Count > 1 && context.Applications().Any() && context.Type.IsNewService())
        {
            yield return Block("websites", Message, "请只保留一个服务提交，其余的在本次备案通过后以新增互联网信息服务办理。");
        }
    }
}

/// <summary>R-APP-11: a subject holds at most its cap of services of every type together (individuals 5 by default).</summary>
public sealed class ASubjectHoldsAtMostItsCapOfServices : Rule
{
    public override IReadOnlyList<string> Ids => ["R-APP-11"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        // Websites alone stay as the website rules and province settings say (R-APP-11 does not narrow them).
        var cap = context.Subject.Nature == SubjectNature.Individual ? context.Province.IndividualServiceCap : context.Province.OrganisationServiceCap;
        var appsInvolved = context.LiveApplications > 0 || context.Applications().Any();
        if (cap > 0 && appsInvolved && context.Type.IsNewService() && context.LiveServices + context.Websites.Count > cap)
        {
            yield return Block("websites", $"每个主体最多备案{cap}个互联网信息服务（网站、APP、小程序、快应用合计）", $"该主体已有{context.LiveServices}个服务；请注销不再使用的服务后再新增。");
        }
    }
}

/// <summary>
/// R-APP-09: an app's access copies its record — the same name, and no platform or feature the record does not hold;
/// additions are a change, at the original provider first or here after the access.
/// </summary>
public sealed class AnAppsAccessCopiesItsRecord : Rule
{
    public override IReadOnlyList<string> Ids => ["R-APP-09"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type != FilingType.Access)
        {
            yield break;
        }

        foreach (var (service, i) in context.Applications())
        {
            if (context.RecordedApps.Count == 0 || !context.RecordedApps.TryGetValue(service.IcpNumber ?? string.Empty, out var recorded))
            {
                continue;
            }

            if (OneFilingPerAppNamePerSubject.NameKey(service.Name) != OneFilingPerAppNamePerSubject.NameKey(recorded.Name))
            {
                yield return Block($"websites[{i}].name", "接入备案的名称须与工信部备案信息一致", "请按备案信息填写名称；如需修改，请在接入后办理变更。");
            }

            var filed = recorded.App.Platforms.SelectMany(p => p.FeatureKeys.Append(p.Kind.ToString())).ToHashSet(StringComparer.Ordinal);
            var platforms = service.App?.Platforms ?? [];
            for (var p = 0; p < platforms.Count; p++)
            {
                if (!filed.Contains(platforms[p].Kind.ToString()) || platforms[p].PackageKey is { } package && !filed.Contains(package) || platforms[p].FingerprintKey is { } fingerprint && !filed.Contains(fingerprint))
                {
                    yield return Block($"websites[{i}].app.platforms[{p}]", "接入备案不能新增运行平台或修改特征信息", "请按工信部备案信息填写；新增平台请在接入后办理变更备案。");
                }
            }
        }
    }
}

/// <summary>Which services of a draft are apps, mini-programs or quick apps, and where their platforms are.</summary>
public static class ApplicationsOfADraft
{
    public static IEnumerable<(WebsiteFacts Service, int Index)> Applications(this RuleContext context) =>
        context.Websites.Select((w, i) => (w, i)).Where(s => s.w.Type.IsApplication());

    public static IEnumerable<(string Field, AppPlatform Platform)> AppPlatforms(this RuleContext context) =>
        from s in context.Applications()
        from p in (s.Service.App?.Platforms ?? []).Select((p, j) => (Field: $"websites[{s.Index}].app.platforms[{j}]", Platform: p))
        select p;
}

/// <summary>R-APP-17: every app, mini-program and quick app a filing brings shows its icon (APP图标).</summary>
public sealed class EveryAppShowsItsIcon : Rule
{
    public override IReadOnlyList<string> Ids => ["R-APP-17"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from s in context.Applications()
        where context.Type.IsNewService() && !BasicDocumentsMustBeUploaded.Has(context, AppDetails.IconKind, $"websites[{s.Index}]")
        select Block($"documents.websites[{s.Index}]", "请上传APP图标", "图标须为100KB以内的JPG或PNG图片，与应用上架时的图标一致。");
}
