namespace Advisor.Engine.Inference.Model;

/// <summary>
/// Binds the list of every fact that satisfies the conditions, in insertion order. Always
/// satisfied, with an empty list when nothing matches; the match changes as the list does.
/// </summary>
public sealed class CollectElement : PatternElement
{
    internal CollectElement(Type factType, Declaration declaration, IReadOnlyList<ConditionElement> conditions)
        : base(factType, declaration, conditions) { }

    /// <inheritdoc />
    public override TResult Accept<TResult>(IPatternVisitor<TResult> visitor) => visitor.VisitCollect(this);
}
