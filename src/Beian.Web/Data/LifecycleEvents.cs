using Beian.Compliance;
using Beian.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beian.Web.Data;

/// <summary>
/// Writes the event of every tracked change of an inspection case or a service code into its ordered event table, in
/// the same save as the change: no path that moves a case or a code by its transition table can forget its event. A
/// conditional update (<c>ExecuteUpdate</c>) is not tracked, so the sweep that claims a case that way writes its event
/// itself.
/// </summary>
public sealed class LifecycleEvents(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Append(eventData?.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Append(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    private void Append(DbContext? context)
    {
        if (context is not ProviderDb db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var now = time.GetUtcNow();
        foreach (var entry in db.ChangeTracker.Entries<InspectionCase>().ToList())
        {
            if (entry.State == EntityState.Added)
            {
                db.CaseEvents.Add(CaseEvent.Of(entry.Entity, CaseEvent.Opened, now));
            }
            else if (entry.State == EntityState.Modified && StateChanged(entry, c => c.State) && entry.Entity.State != CaseState.Open)
            {
                db.CaseEvents.Add(CaseEvent.Of(entry.Entity, CaseEvent.Closed, now));
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<ServiceCode>().ToList())
        {
            var added = entry.State == EntityState.Added;
            if (added || (entry.State == EntityState.Modified && StateChanged(entry, c => c.State)))
            {
                db.ServiceCodeEvents.Add(new ServiceCodeEvent { CodeId = entry.Entity.Id, AccountId = entry.Entity.AccountId, State = entry.Entity.State, Issued = added, At = now });
            }
        }
    }

    private static bool StateChanged<T, TState>(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<T> entry, System.Linq.Expressions.Expression<Func<T, TState>> state)
        where T : class
    {
        var property = entry.Property(state);
        return property.IsModified && !Equals(property.OriginalValue, property.CurrentValue);
    }
}
