namespace Advisor.Engine.Inference.Model;

/// <summary>One element of a rule's left-hand side: facts of a type that satisfy conditions.</summary>
public abstract class PatternElement
{
    private protected PatternElement(Type factType, Declaration? declaration, IReadOnlyList<ConditionElement> conditions)
    {
        FactType = factType;
        Declaration = declaration;
        Conditions = conditions;
    }

    /// <summary>The type of fact the pattern matches (subtypes match too).</summary>
    public Type FactType { get; }

    /// <summary>The variable the matched fact is bound to, when the pattern names one.</summary>
    public Declaration? Declaration { get; }

    /// <summary>The conditions a fact must satisfy, in the order written.</summary>
    public IReadOnlyList<ConditionElement> Conditions { get; }

    /// <summary>Dispatches to the visitor method for this kind of pattern.</summary>
    public abstract TResult Accept<TResult>(IPatternVisitor<TResult> visitor);

    /// <summary>A short description, such as "Match InactiveMuscle glutes".</summary>
    public override string ToString() =>
        $"{GetType().Name.Replace("Element", "", StringComparison.Ordinal)} {FactType.Name}" +
        (Declaration is null ? "" : $" {Declaration.Name}");
}
