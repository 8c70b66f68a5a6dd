namespace Advisor.Engine.Inference.Compilation;

/// <summary>A rule that cannot be compiled; the message names the rule and what is wrong.</summary>
public sealed class RuleCompilationException : Exception
{
    /// <summary>Creates the exception for <paramref name="rule"/>.</summary>
    public RuleCompilationException(string rule, string problem, Exception? inner = null)
        : base($"Rule '{rule}' cannot be compiled: {problem}", inner)
    {
        Rule = rule;
    }

    /// <summary>The name of the rule that failed.</summary>
    public string Rule { get; }
}
