namespace Beian.Filings;

/// <summary>
/// The type of an Internet information service (互联网信息服务) a subject files (R-APP-01). A subject may hold any mix;
/// all of them are numbered in one sequence under the subject number (R-APP-04), and every filing type — first filing,
/// new service, access, change, cancel access, cancellation — applies to each (R-APP-07). The values are MIIT's
/// <c>serviceType</c> codes of its public query (R-APP-36).
/// </summary>
public enum ServiceType
{
    /// <summary>网站.</summary>
    Website = 1,

    /// <summary>APP: an app for one or more platforms, with features per platform and back-end domains.</summary>
    App = 6,

    /// <summary>小程序: runs on a host platform (微信, 支付宝 …) under an ID there; no back-end domain required.</summary>
    MiniProgram = 7,

    /// <summary>快应用: as a mini-program, on a quick-app host platform.</summary>
    QuickApp = 8,
}

/// <summary>What each service type carries and what it is called (R-APP-02).</summary>
public static class ServiceTypes
{
    public static IReadOnlyList<ServiceType> All { get; } = [ServiceType.Website, ServiceType.App, ServiceType.MiniProgram, ServiceType.QuickApp];

    /// <summary>The Chinese name: 网站, APP, 小程序, 快应用.</summary>
    public static string ChineseName(this ServiceType type) => type switch
    {
        ServiceType.Website => "网站",
        ServiceType.App => "APP",
        ServiceType.MiniProgram => "小程序",
        ServiceType.QuickApp => "快应用",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>An app, mini-program or quick app: named and shown by an icon, not reached by a website address.</summary>
    public static bool IsApplication(this ServiceType type) => type != ServiceType.Website;

    /// <summary>Runs on a host platform under an ID there, and needs no back-end domain (R-APP-24, R-APP-27).</summary>
    public static bool RunsOnAHostPlatform(this ServiceType type) => type is ServiceType.MiniProgram or ServiceType.QuickApp;

    /// <summary>A type MIIT's query knows by its <c>serviceType</c> code.</summary>
    public static bool TryFromCode(int code, out ServiceType type)
    {
        type = (ServiceType)code;
        return All.Contains(type);
    }
}
