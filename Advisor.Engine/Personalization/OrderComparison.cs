namespace Advisor.Engine.Personalization;

/// <summary>How two orders did on the same logged items, estimated offline.</summary>
/// <param name="AsServed">The order as served: the policy that logged the probabilities, so the plain mean reward of what was served.</param>
/// <param name="RulesOnly">The rules' own order, which places each item where the rules put it, with certainty.</param>
public sealed record OrderComparison(OffPolicyValue AsServed, OffPolicyValue RulesOnly)
{
    /// <summary>How many served items with a logged outcome the estimates read.</summary>
    public int Decisions => AsServed.Decisions;
}
