namespace Advisor.Engine.Personalization;

/// <summary>An offline estimate of a policy's mean reward per item.</summary>
/// <param name="Value">The estimated mean reward; NaN when no logged decision has any weight under the target policy.</param>
/// <param name="EffectiveSampleSize">(Σw)² / Σw²: how many logged decisions the estimate is really worth. Far below <paramref name="Decisions"/> means the policies differ a lot and the estimate is loose.</param>
/// <param name="Decisions">How many logged decisions were read.</param>
public sealed record OffPolicyValue(double Value, double EffectiveSampleSize, int Decisions);
