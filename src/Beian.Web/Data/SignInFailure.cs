namespace Beian.Web.Data;

/// <summary>
/// Wrong passwords counted for one e-mail address from one client (登录失败次数). The count is kept per pair, not per
/// account: an attacker elsewhere who types a reviewer's address ten times locks out only themselves, and an address
/// that has no account is counted the same way, so the lock tells nothing about which addresses exist.
/// </summary>
public sealed class SignInFailure
{
    /// <summary>A keyed hash of the e-mail address and the client's address.</summary>
    public string Key { get; set; } = string.Empty;

    public int Count { get; set; }

    public DateTimeOffset FirstAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
