namespace Advisor.Engine.Inference.Testing;

/// <summary>A rule test expectation that did not hold; any test framework reports it as a failure.</summary>
public sealed class RuleAssertionException(string message) : Exception(message);
