using NRules.Extensibility;

namespace Advisor.Rules.Runtime;

/// <summary>
/// What a rule's action may resolve in one session: the catalog and its decision tables (the same
/// for everyone, so never facts) and the session's justifications.
/// </summary>
internal sealed class SessionServices(ExerciseCatalog catalog, Justifications justifications) : IDependencyResolver
{
    public ExerciseCatalog Catalog => catalog;

    public Justifications Justifications => justifications;

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(SessionServices) ? this
        : serviceType == typeof(ExerciseCatalog) ? catalog
        : serviceType == typeof(DecisionTables) ? catalog.Tables
        : throw new InvalidOperationException($"Rule \"{context.Rule.Name}\" asked for {serviceType.Name}, which the guidance does not provide.");
}
