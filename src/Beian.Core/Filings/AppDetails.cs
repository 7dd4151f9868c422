namespace Beian.Filings;

/// <summary>运行平台: a platform an app ships on (R-APP-18).</summary>
public enum AppPlatformKind
{
    /// <summary>安卓.</summary>
    Android,

    /// <summary>iOS.</summary>
    Ios,

    /// <summary>鸿蒙 (HarmonyOS).</summary>
    HarmonyOs,

    /// <summary>其他 (Linux, BlackBerry …): named, with no features asked.</summary>
    Other,
}

/// <summary>
/// One platform of an app with its features (特征信息) and the back-end domains it uses (R-APP-18…R-APP-23, R-APP-27).
/// </summary>
/// <param name="Kind">The platform.</param>
/// <param name="PackageName">包名 (Android, HarmonyOS) or Bundle ID (iOS) as typed, white space trimmed.</param>
/// <param name="PublicKey">公钥: free text (PEM, Base64 or the modulus), trimmed.</param>
/// <param name="Fingerprint">签名MD5 (Android), 证书SHA-1 (iOS), 证书指纹 (HarmonyOS): hex, upper case, no separators.</param>
/// <param name="Domains">后台服务域名 the platform's build connects to, lower-case ASCII.</param>
/// <param name="OtherName">The platform's name when <paramref name="Kind"/> is Other.</param>
public sealed record AppPlatform(
    AppPlatformKind Kind,
    string? PackageName,
    string? PublicKey,
    string? Fingerprint,
    IReadOnlyList<string> Domains,
    string? OtherName = null)
{
    /// <summary>The package or bundle name as uniqueness compares it: iOS bundle IDs ignore case (R-APP-20), others do not.</summary>
    public string? PackageKey => string.IsNullOrEmpty(PackageName) ? null
        : $"{Kind}:{(Kind == AppPlatformKind.Ios ? PackageName.ToLowerInvariant() : PackageName)}";

    /// <summary>The certificate fingerprint as uniqueness compares it (already normalised, R-APP-22).</summary>
    public string? FingerprintKey => string.IsNullOrEmpty(Fingerprint) ? null : "fingerprint:" + Fingerprint;

    /// <summary>Package and fingerprint together, for the setting that blocks only when both match.</summary>
    public string? PairKey => PackageKey is { } package && FingerprintKey is { } fingerprint ? package + "|" + fingerprint : null;

    /// <summary>Every key of this platform's features that another subject's record may already hold.</summary>
    public IEnumerable<string> FeatureKeys => new[] { PackageKey, FingerprintKey, PairKey }.OfType<string>();
}

/// <summary>
/// What an app, mini-program or quick app carries beyond a website's fields (R-APP-02): platforms and features for an
/// app, the host platform and the ID on it for a mini-program or quick app, and for all of them the service content,
/// pre-approvals and SDKs. The icon is a document of the order (<see cref="IconKind"/>), checked at upload (R-APP-17).
/// </summary>
/// <param name="Platforms">An app's platforms; empty for a mini-program or quick app.</param>
/// <param name="HostPlatform">小程序/快应用 运行平台, e.g. 微信; null for an app.</param>
/// <param name="HostAppId">The ID on the host platform (e.g. the 微信 AppID); null for an app.</param>
/// <param name="ContentTypes">服务内容: second-level categories of the service-content catalog.</param>
/// <param name="PreApprovals">前置审批 sectors of the catalog; empty means 「以上都不涉及」.</param>
/// <param name="Sdks">第三方SDK服务商及功能类型, one line each; may be empty.</param>
public sealed record AppDetails(
    IReadOnlyList<AppPlatform> Platforms,
    string? HostPlatform,
    string? HostAppId,
    IReadOnlyList<string> ContentTypes,
    IReadOnlyList<string> PreApprovals,
    IReadOnlyList<string> Sdks)
{
    /// <summary>The document kind of a service's icon (APP图标), uploaded for the role <c>websites[i]</c>.</summary>
    public const string IconKind = "app-icon";

    /// <summary>R-APP-17: an icon is under 100 KB (102,400 bytes, AMB-APP-07).</summary>
    public const long IconMaxBytes = 102_400;

    public static readonly AppDetails None = new([], null, null, [], [], []);

    /// <summary>Every back-end domain of the app's platforms, each once, in the order first named.</summary>
    public IReadOnlyList<string> Domains => [.. Platforms.SelectMany(p => p.Domains).Distinct(StringComparer.Ordinal)];
}
