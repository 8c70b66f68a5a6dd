using Advisor.Engine.Routines;

namespace Advisor.Engine.Personalization;

/// <summary>One logged item, for offline evaluation of another ordering policy.</summary>
/// <param name="Propensity">The probability with which the serving policy made the choice (<see cref="ItemPersonalization.Probability"/>; 1 for a rules-only routine): above 0, at most 1.</param>
/// <param name="Reward">The reward observed (<see cref="OutcomeReward"/>).</param>
/// <param name="TargetProbability">The probability with which the policy under evaluation would have made the same choice: 0 to 1.</param>
public readonly record struct LoggedDecision(double Propensity, double Reward, double TargetProbability);
