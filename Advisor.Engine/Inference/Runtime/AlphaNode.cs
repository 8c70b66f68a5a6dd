using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// The single-fact tests of one pattern. Each session keeps, per alpha node, the facts that passed
/// them (its alpha memory); inserting a fact only visits the alpha nodes of its type.
/// </summary>
internal sealed class AlphaNode(int id, CompiledRule rule, PatternElement pattern,
    IReadOnlyList<(ConditionElement Element, Func<object, bool> Test)> tests)
{
    public int Id { get; } = id;

    public CompiledRule Rule { get; } = rule;

    public PatternElement Pattern { get; } = pattern;

    public IReadOnlyList<(ConditionElement Element, Func<object, bool> Test)> Tests { get; } = tests;
}
