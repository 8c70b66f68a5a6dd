namespace Advisor.Engine.Inference.Model;

/// <summary>Each fact that satisfies the conditions makes a separate match.</summary>
public sealed class MatchElement : PatternElement
{
    internal MatchElement(Type factType, Declaration? declaration, IReadOnlyList<ConditionElement> conditions)
        : base(factType, declaration, conditions) { }

    /// <inheritdoc />
    public override TResult Accept<TResult>(IPatternVisitor<TResult> visitor) => visitor.VisitMatch(this);
}
