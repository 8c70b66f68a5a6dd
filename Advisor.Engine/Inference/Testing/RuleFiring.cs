namespace Advisor.Engine.Inference.Testing;

/// <summary>One recorded firing: the rule's name and the facts of the match.</summary>
public sealed record RuleFiring(string Rule, IReadOnlyList<object> Facts)
{
    /// <inheritdoc />
    public override string ToString() => $"{Rule}({string.Join(", ", Facts)})";
}
