using System.Collections.Concurrent;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// The compiled rules and their alpha nodes, with the alpha nodes indexed by fact type so that a
/// fact is only ever tested against patterns of its own type (or a base type or interface of it).
/// </summary>
internal sealed class RuleNetwork
{
    private readonly ConcurrentDictionary<Type, AlphaPlan> _byType = new();

    public RuleNetwork(CompiledRule[] rules, AlphaNode[] alphaNodes, int firingLimit)
    {
        Rules = rules;
        AlphaNodes = alphaNodes;
        FiringLimit = firingLimit;
        MaxPatterns = rules.Length == 0 ? 0 : rules.Max(r => r.Patterns.Length);
    }

    public CompiledRule[] Rules { get; }

    public AlphaNode[] AlphaNodes { get; }

    public int FiringLimit { get; }

    public int MaxPatterns { get; }

    public AlphaNode[] NodesFor(Type factType) => PlanFor(factType).Nodes;

    /// <summary>The alpha nodes of a fact type, indexed where they test a member against fixed values.</summary>
    public AlphaPlan PlanFor(Type factType) =>
        _byType.GetOrAdd(factType, static (type, nodes) => new AlphaPlan(nodes.Where(n => n.Pattern.FactType.IsAssignableFrom(type)).ToArray()), AlphaNodes);

    public CompiledRule Rule(string name) =>
        Rules.FirstOrDefault(r => r.Definition.Name == name)
        ?? throw new ArgumentException($"No rule named '{name}' in this rule set.", nameof(name));
}
