namespace Advisor.Rules.Runtime;

/// <summary>A session fired more rules than its limit allows, which means the rules loop. The message names the rule that fired most.</summary>
public sealed class FiringLimitExceededException(int limit, string rule, int times)
    : Exception($"The guidance fired more than {limit} rules in one session: \"{rule}\" fired {times} times in the next {limit}, so it probably loops.")
{
    /// <summary>The limit that was exceeded.</summary>
    public int Limit { get; } = limit;

    /// <summary>The rule that fired most once the limit was reached.</summary>
    public string Rule { get; } = rule;
}
