using NRules.Extensibility;

namespace Advisor.Rules.Runtime;

/// <summary>
/// What a rule's action may resolve in one session: the catalog and its decision tables (the same
/// for everyone, so never facts), the session's justifications, and the conclusions no rule reads.
/// </summary>
internal sealed class SessionServices(ExerciseCatalog catalog, Justifications justifications, FactsRulesRead read) : IDependencyResolver
{
    private readonly HashSet<object> _unread = [];

    public ExerciseCatalog Catalog => catalog;

    public Justifications Justifications => justifications;

    /// <summary>True when some rule's conditions match facts of the kind of <paramref name="fact"/>.</summary>
    public bool IsRead(object fact) => read.Reads(fact.GetType());

    /// <summary>The conclusions of kinds no rule reads, each once, in the order they were first concluded.</summary>
    public List<object> Unread { get; } = [];

    /// <summary>Keeps <paramref name="fact"/> unless an equal one is kept already, as NRules' <c>TryInsert</c> would.</summary>
    public void KeepUnread(object fact)
    {
        if (_unread.Add(fact)) Unread.Add(fact);
    }

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(SessionServices) ? this
        : serviceType == typeof(ExerciseCatalog) ? catalog
        : serviceType == typeof(DecisionTables) ? catalog.Tables
        : throw new InvalidOperationException($"Rule \"{context.Rule.Name}\" asked for {serviceType.Name}, which the guidance does not provide.");
}
