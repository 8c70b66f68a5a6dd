namespace Advisor.Engine.Documents;

/// <summary>A document that does not follow the contract; <see cref="Errors"/> names every bad field.</summary>
public sealed class InvalidDocumentException(string document, IReadOnlyList<FieldError> errors)
    : Exception($"The {document} is not valid: " + string.Join("; ", errors))
{
    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
