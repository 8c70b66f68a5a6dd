namespace Advisor.Engine.Outcomes;

/// <summary>A person's logged outcomes, oldest first.</summary>
public sealed record History(IReadOnlyList<LoggedOutcome> Outcomes)
{
    /// <summary>No history: a newcomer.</summary>
    public static History None { get; } = new([]);
}
