using Beian.Web.Data;

namespace Beian.Web.Features.Audit;

/// <summary>Writes lines of the audit log in one shape.</summary>
public static class AuditLog
{
    public static AuditEntry Entry(TimeProvider time, Guid userId, string userName, string action, string target, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        return new AuditEntry { Id = Guid.CreateVersion7(now), At = now, UserId = userId, UserName = userName, Action = action, Target = target, Reason = reason };
    }
}
