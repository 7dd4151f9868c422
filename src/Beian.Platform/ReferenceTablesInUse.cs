using Beian.Reference;
using Tables = Beian.Reference.ReferenceTables;

namespace Beian.Platform;

/// <summary>
/// The reference tables this host computes with: the shipped ones until an admin's import is put in use (here at once,
/// on other hosts by their next sweep). One per host, not per process: two hosts in
/// one process (the tests) each keep their own.
/// </summary>
public sealed class ReferenceTablesInUse
{
    private Tables _current = Tables.Shipped;

    public Tables Current => Volatile.Read(ref _current);

    public HolidayCalendar Calendar => Current.Calendar;

    /// <summary>Puts a change of the tables in use; every computation from then on sees it.</summary>
    public void Use(Func<Tables, Tables> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Tables before, after;
        do
        {
            before = Current;
            after = change(before);
        }
        while (Interlocked.CompareExchange(ref _current, after, before) != before);
    }
}
