using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// The single-fact tests of one pattern. Each session keeps, per alpha node, the facts that passed
/// them (its alpha memory); inserting a fact only visits the alpha nodes of its type.
/// </summary>
internal sealed class AlphaNode(int id, CompiledRule rule, PatternElement pattern,
    (ConditionElement Element, Func<object, bool> Test)[] tests)
{
    public int Id { get; } = id;

    public CompiledRule Rule { get; } = rule;

    public PatternElement Pattern { get; } = pattern;

    /// <summary>An array, so that testing a fact (once per alpha node of its type) allocates no enumerator.</summary>
    public (ConditionElement Element, Func<object, bool> Test)[] Tests { get; } = tests;

    /// <summary>The first test as a member compared with a fixed value, when it is one; see <see cref="AlphaKey"/>.</summary>
    public AlphaKey? Key { get; init; }

    /// <summary>The hashable join test of the node's pattern, when it has one (see <see cref="Runtime.JoinKey"/>).</summary>
    public JoinKey? JoinKey { get; init; }
}
