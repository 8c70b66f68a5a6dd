namespace Advisor.Engine.Inference.Runtime;

/// <summary>A rule's condition or action threw; the message names the rule and the expression.</summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleEvaluationException(string rule, string what, Exception inner)
        : base($"Rule '{rule}' failed evaluating {what}: {inner.Message}", inner)
    {
        Rule = rule;
    }

    /// <summary>The name of the rule.</summary>
    public string Rule { get; }
}
