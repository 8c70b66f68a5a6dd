// The members are the contract's vocabulary (docs/contract.md outcome ratings), in kebab-case on the wire.
#pragma warning disable CS1591

namespace Advisor.Engine.Outcomes;

/// <summary>How an exercise felt.</summary>
public enum Rating { TooHard, Right, Effortless }
