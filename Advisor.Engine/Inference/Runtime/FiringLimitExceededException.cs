namespace Advisor.Engine.Inference.Runtime;

/// <summary>One <c>Fire()</c> fired more rules than the limit allows, almost always a rule that re-activates itself.</summary>
public sealed class FiringLimitExceededException : Exception
{
    /// <summary>Creates the exception naming the rule that fired most.</summary>
    public FiringLimitExceededException(string rule, int firings, int limit)
        : base($"Firing limit of {limit} exceeded: rule '{rule}' fired {firings} times in one Fire(); " +
               "it probably changes the facts it matches so that it keeps matching.")
    {
        Rule = rule;
        Limit = limit;
    }

    /// <summary>The rule that fired most during the run.</summary>
    public string Rule { get; }

    /// <summary>The limit that was exceeded.</summary>
    public int Limit { get; }
}
