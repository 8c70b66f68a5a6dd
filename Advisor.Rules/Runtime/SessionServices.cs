using NRules.Extensibility;

namespace Advisor.Rules.Runtime;

/// <summary>
/// What a rule's action may resolve in one session: the catalog and its decision tables (the same
/// for everyone, so never facts), the session's justifications, and the conclusions no rule reads.
/// </summary>
internal sealed class SessionServices(ExerciseCatalog catalog, Justifications justifications, FactsRulesRead read, IEnumerable<object> given)
    : IDependencyResolver
{
    private readonly HashSet<object> _unread = [];

    // Mirrors working memory, so that a firing's new conclusions can go in as one batch: NRules'
    // InsertAll refuses a whole batch when one fact of it is already there.
    private readonly HashSet<object> _inWorkingMemory = [.. given];

    public ExerciseCatalog Catalog => catalog;

    public Justifications Justifications => justifications;

    /// <summary>True when some rule's conditions match facts of the kind of <paramref name="fact"/>.</summary>
    public bool IsRead(object fact) => read.Reads(fact.GetType());

    /// <summary>The conclusions of kinds no rule reads, each once, in the order they were first concluded.</summary>
    public List<object> Unread { get; } = [];

    /// <summary>True when <paramref name="fact"/> was not in working memory, and is taken to be from now on.</summary>
    public bool Enters(object fact) => _inWorkingMemory.Add(fact);

    /// <summary>Notes that <paramref name="fact"/> was retracted.</summary>
    public void Leaves(object fact) => _inWorkingMemory.Remove(fact);

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
