namespace Advisor.Engine.Inference.Model;

/// <summary>Satisfied once when at least one fact satisfies the conditions; binds nothing.</summary>
public sealed class ExistsElement : PatternElement
{
    internal ExistsElement(Type factType, IReadOnlyList<ConditionElement> conditions)
        : base(factType, null, conditions) { }

    /// <inheritdoc />
    public override TResult Accept<TResult>(IPatternVisitor<TResult> visitor) => visitor.VisitExists(this);
}
