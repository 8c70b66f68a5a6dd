namespace Advisor.Engine.Personalization;

/// <summary>
/// Evaluates an ordering policy on decisions logged by another, without serving it: self-normalized
/// inverse propensity scoring. Each logged decision i weighs w_i = target_i / propensity_i, and the
/// estimate is Σ w_i·reward_i / Σ w_i. Self-normalizing trades a little bias for far less variance
/// than plain IPS, and keeps the estimate within the rewards' range.
/// </summary>
public static class OffPolicyEstimate
{
    /// <summary>The self-normalized IPS estimate of the target policy's mean reward per item.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A propensity not in (0, 1] or a target probability not in [0, 1].</exception>
    public static OffPolicyValue SelfNormalized(IEnumerable<LoggedDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        double weighted = 0, weights = 0, squares = 0;
        int count = 0;
        foreach (LoggedDecision decision in decisions)
        {
            if (!(decision.Propensity > 0 && decision.Propensity <= 1))
                throw new ArgumentOutOfRangeException(nameof(decisions), decision.Propensity, $"Decision {count}: a propensity must be above 0 and at most 1.");
            if (!(decision.TargetProbability >= 0 && decision.TargetProbability <= 1))
                throw new ArgumentOutOfRangeException(nameof(decisions), decision.TargetProbability, $"Decision {count}: a target probability must be from 0 to 1.");
            double weight = decision.TargetProbability / decision.Propensity;
            weighted += weight * decision.Reward;
            weights += weight;
            squares += weight * weight;
            count++;
        }

        return weights > 0
            ? new OffPolicyValue(weighted / weights, weights * weights / squares, count)
            : new OffPolicyValue(double.NaN, 0, count);
    }
}
