namespace Advisor.Engine.Documents;

/// <summary>One thing wrong with a document: the field's path (such as "painPoints[1].severity") and what is wrong.</summary>
public sealed record FieldError(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
