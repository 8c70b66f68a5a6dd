using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>One way a fact was derived: a rule and the explained facts it matched.</summary>
public sealed record Derivation(RuleDefinition Rule, IReadOnlyList<Explanation> Premises);
