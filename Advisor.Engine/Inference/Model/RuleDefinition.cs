using Advisor.Engine.Inference.Fluent;

namespace Advisor.Engine.Inference.Model;

/// <summary>
/// A rule as plain data: what the fluent DSL builds and the compiler reads. Nothing here runs.
/// </summary>
public sealed class RuleDefinition
{
    /// <summary>The phase of a rule that declares none.</summary>
    public const string DefaultPhase = "main";

    internal RuleDefinition(
        string name, string? description, RulePriority priority, string phase,
        IReadOnlyList<string> tags, IReadOnlyList<string> guidelines,
        IReadOnlyList<PatternElement> patterns, IReadOnlyList<ActionElement> actions, Type source)
    {
        Name = name;
        Description = description;
        Priority = priority;
        Phase = phase;
        Tags = tags;
        Guidelines = guidelines;
        Patterns = patterns;
        Actions = actions;
        Source = source;
    }

    /// <summary>The unique name; exceptions and explanations carry it.</summary>
    public string Name { get; }

    /// <summary>What the rule means, when given.</summary>
    public string? Description { get; }

    /// <summary>The priority within the rule's phase.</summary>
    public RulePriority Priority { get; }

    /// <summary>The phase (agenda group) the rule fires in.</summary>
    public string Phase { get; }

    /// <summary>Free-form tags.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The guideline ids the rule encodes.</summary>
    public IReadOnlyList<string> Guidelines { get; }

    /// <summary>The left-hand side: patterns in the order they were written.</summary>
    public IReadOnlyList<PatternElement> Patterns { get; }

    /// <summary>The right-hand side: actions in the order they were written.</summary>
    public IReadOnlyList<ActionElement> Actions { get; }

    /// <summary>The class that defined the rule.</summary>
    public Type Source { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
