using Beian.Lifecycles;
using static Beian.Instances.ServiceCodeState;

namespace Beian.Instances;

/// <summary>What happens to a service code.</summary>
public enum ServiceCodeAction
{
    /// <summary>Submitting an order binds the code to the order's website.</summary>
    Bind,

    /// <summary>The order was abandoned, expired or released by support: the code is free for another website.</summary>
    Release,

    /// <summary>The website it was bound to is filed.</summary>
    Use,

    /// <summary>The filed website's access was cancelled, or the website or subject cancelled (R-CODE-13, R-CANCEL-10).</summary>
    Void,
}

/// <summary>One row of the service codes' transition table.</summary>
public sealed record ServiceCodeTransition(IReadOnlyList<ServiceCodeState> From, ServiceCodeAction Action, ServiceCodeState To)
    : ITransition<ServiceCodeState, ServiceCodeAction>;

/// <summary>
/// The one transition table of service codes (entities.md §E10, lifecycle.md §10): every change of a code's state goes
/// through <see cref="ServiceCode.Apply"/>; nothing else sets it.
/// </summary>
public static class ServiceCodeLifecycle
{
    public static TransitionTable<ServiceCodeState, ServiceCodeAction, ServiceCodeTransition> Table { get; } = new(
    [
        new([Available], ServiceCodeAction.Bind, Bound),
        new([Bound], ServiceCodeAction.Release, Available),
        new([Bound], ServiceCodeAction.Use, Used),
        // A void code stays void: re-accessing the website needs a new code (lifecycle.md §10).
        new([Used], ServiceCodeAction.Void, ServiceCodeState.Void),
    ]);
}
