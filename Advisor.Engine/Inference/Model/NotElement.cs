namespace Advisor.Engine.Inference.Model;

/// <summary>Satisfied when no fact satisfies the conditions; binds nothing.</summary>
public sealed class NotElement : PatternElement
{
    internal NotElement(Type factType, IReadOnlyList<ConditionElement> conditions)
        : base(factType, null, conditions) { }

    /// <inheritdoc />
    public override TResult Accept<TResult>(IPatternVisitor<TResult> visitor) => visitor.VisitNot(this);
}
