using Advisor.Engine.Assessments;

namespace Advisor.Engine.Outcomes;

/// <summary>How a routine went, as the contract defines it (G26).</summary>
public sealed record Outcome
{
    /// <summary>The exercises done.</summary>
    public IReadOnlyList<string> Completed { get; init; } = [];

    /// <summary>Pain per region before the routine, 0-10.</summary>
    public IReadOnlyDictionary<Region, int> PainBefore { get; init; } = new Dictionary<Region, int>();

    /// <summary>Pain per region after the routine, 0-10.</summary>
    public IReadOnlyDictionary<Region, int> PainAfter { get; init; } = new Dictionary<Region, int>();

    /// <summary>Stiffness before, 1-10.</summary>
    public int? StiffnessBefore { get; init; }

    /// <summary>Stiffness after, 1-10.</summary>
    public int? StiffnessAfter { get; init; }

    /// <summary>Energy before, 1-10.</summary>
    public int? EnergyBefore { get; init; }

    /// <summary>Energy after, 1-10.</summary>
    public int? EnergyAfter { get; init; }

    /// <summary>Focus before, 1-10.</summary>
    public int? FocusBefore { get; init; }

    /// <summary>Focus after, 1-10.</summary>
    public int? FocusAfter { get; init; }

    /// <summary>How each exercise felt.</summary>
    public IReadOnlyDictionary<string, Rating> Ratings { get; init; } = new Dictionary<string, Rating>();

    /// <summary>Conditions noticed during the routine (frustrated, early-fatigue).</summary>
    public IReadOnlyList<Condition> Conditions { get; init; } = [];
}
