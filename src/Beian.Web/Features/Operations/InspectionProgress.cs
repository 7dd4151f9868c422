namespace Beian.Web.Features.Operations;

/// <summary>How far the check that is running has come: one check at a time per host.</summary>
/// <param name="Check">registries, footer or dns.</param>
/// <param name="Total">Targets the check will look at.</param>
/// <param name="Done">Targets looked at so far.</param>
public sealed record InspectionStep(string Check, long Total, long Done);

/// <summary>
/// The progress of the special inspection on this host (专项核查进度), told by the checks as they go: the metrics read
/// it, and the command line draws it as a bar.
/// </summary>
public sealed class InspectionProgress
{
    private readonly Lock _lock = new();
    private InspectionStep? _current;

    /// <summary>Raised after every change; the command line's bar listens.</summary>
    public event Action<InspectionStep>? Changed;

    /// <summary>The check running now, or null between runs.</summary>
    public InspectionStep? Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    public void Start(string check, long total) => Set(new InspectionStep(check, total, 0));

    /// <summary>Safe from parallel workers.</summary>
    public void Advance(long by = 1)
    {
        InspectionStep step;
        lock (_lock)
        {
            if (_current is null)
            {
                return;
            }

            step = _current = _current with { Done = Math.Min(_current.Total, _current.Done + by) };
        }

        Changed?.Invoke(step);
    }

    public void Finish()
    {
        InspectionStep? step;
        lock (_lock)
        {
            step = _current is null ? null : _current with { Done = _current.Total };
            _current = null;
        }

        if (step is not null)
        {
            Changed?.Invoke(step);
        }
    }

    private void Set(InspectionStep step)
    {
        lock (_lock)
        {
            _current = step;
        }

        Changed?.Invoke(step);
    }
}
