namespace Advisor.Engine.Reasoning;

/// <summary>
/// The guidance as the engine sees it: the person's facts in, the rules' conclusions out. The rule
/// engine behind it is the Rules assembly's business; the engine only reads what was concluded and
/// why. Implementations are compiled once and shared across threads.
/// </summary>
public interface IGuidance
{
    /// <summary>Every rule of the guidance, with its phase and guideline ids.</summary>
    IReadOnlyList<GuidanceRule> Rules { get; }

    /// <summary>Runs the rules over <paramref name="facts"/> (a person's answers and history) to the end.</summary>
    IConclusions Conclude(IEnumerable<object> facts);
}
