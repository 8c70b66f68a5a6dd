using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>Why a fact is in working memory: the rule that inserted it and the facts that rule matched.</summary>
public sealed record Justification(RuleDefinition Rule, IReadOnlyList<object> Facts);
