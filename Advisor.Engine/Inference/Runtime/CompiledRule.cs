using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>A rule ready to run: its patterns as nodes, its actions as delegates, and its agenda keys.</summary>
internal sealed class CompiledRule(RuleDefinition definition, int index, int phase)
{
    public RuleDefinition Definition { get; } = definition;

    /// <summary>Position in name order: the agenda's tie-break between rules.</summary>
    public int Index { get; } = index;

    /// <summary>Position of the rule's phase in the session options.</summary>
    public int Phase { get; } = phase;

    public int Priority => (int)Definition.Priority;

    public PatternNode[] Patterns { get; set; } = [];

    public IReadOnlyList<(ActionElement Element, Action<IContext, object?[]> Run)> Actions { get; set; } = [];
}
