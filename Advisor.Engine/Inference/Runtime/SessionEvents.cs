using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// What happens inside a session, for tracing and tests; the runtime depends on no logging library.
/// Handlers run synchronously on the thread that fires the session.
/// </summary>
public sealed class SessionEvents
{
    /// <summary>A rule is about to run its actions for a match.</summary>
    public event EventHandler<RuleFiringEventArgs>? RuleFiring;

    /// <summary>A rule has run its actions for a match.</summary>
    public event EventHandler<RuleFiringEventArgs>? RuleFired;

    /// <summary>A fact entered working memory.</summary>
    public event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>A fact in working memory was updated.</summary>
    public event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>A fact left working memory.</summary>
    public event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>A fact failed a single-fact condition of a pattern of its type.</summary>
    public event EventHandler<ConditionFailedEventArgs>? ConditionFailed;

    internal bool TracesConditions => ConditionFailed is not null;

    internal void OnRuleFiring(object session, RuleDefinition rule, IReadOnlyList<object> facts) =>
        RuleFiring?.Invoke(session, new RuleFiringEventArgs(rule, facts));

    internal void OnRuleFired(object session, RuleDefinition rule, IReadOnlyList<object> facts) =>
        RuleFired?.Invoke(session, new RuleFiringEventArgs(rule, facts));

    internal void OnFactInserted(object session, object fact, RuleDefinition? by) =>
        FactInserted?.Invoke(session, new FactEventArgs(fact, by));

    internal void OnFactUpdated(object session, object fact, RuleDefinition? by) =>
        FactUpdated?.Invoke(session, new FactEventArgs(fact, by));

    internal void OnFactRetracted(object session, object fact, RuleDefinition? by) =>
        FactRetracted?.Invoke(session, new FactEventArgs(fact, by));

    internal void OnConditionFailed(object session, RuleDefinition rule, ConditionElement condition, object fact) =>
        ConditionFailed?.Invoke(session, new ConditionFailedEventArgs(rule, condition, fact));
}

/// <summary>A rule firing for a match.</summary>
public sealed class RuleFiringEventArgs(RuleDefinition rule, IReadOnlyList<object> facts) : EventArgs
{
    /// <summary>The rule.</summary>
    public RuleDefinition Rule { get; } = rule;

    /// <summary>The facts of the match.</summary>
    public IReadOnlyList<object> Facts { get; } = facts;
}

/// <summary>A change to one fact.</summary>
public sealed class FactEventArgs(object fact, RuleDefinition? by) : EventArgs
{
    /// <summary>The fact.</summary>
    public object Fact { get; } = fact;

    /// <summary>The rule whose action made the change, or null for the caller.</summary>
    public RuleDefinition? By { get; } = by;
}

/// <summary>A fact that failed a condition.</summary>
public sealed class ConditionFailedEventArgs(RuleDefinition rule, ConditionElement condition, object fact) : EventArgs
{
    /// <summary>The rule whose pattern it was.</summary>
    public RuleDefinition Rule { get; } = rule;

    /// <summary>The condition that failed.</summary>
    public ConditionElement Condition { get; } = condition;

    /// <summary>The fact that failed it.</summary>
    public object Fact { get; } = fact;
}
