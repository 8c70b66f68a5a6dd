using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;

namespace Advisor.Host.Web.Progress;

/// <summary>One logged routine in a person's progress.</summary>
public sealed record ProgressEntry(
    string RoutineId,
    DateTimeOffset LoggedAt,
    int Planned,
    int Completed,
    IReadOnlyDictionary<string, int> PainBefore,
    IReadOnlyDictionary<string, int> PainAfter,
    int? StiffnessBefore,
    int? StiffnessAfter,
    int? EnergyBefore,
    int? EnergyAfter,
    int? FocusBefore,
    int? FocusAfter)
{
    /// <summary>The entry for one stored outcome of a routine with <paramref name="planned"/> items.</summary>
    public static ProgressEntry Of(StoredOutcome stored, Outcome outcome, int planned) => new(
        stored.RoutineId,
        stored.LoggedAt,
        planned,
        outcome.Completed.Count,
        outcome.PainBefore.ToDictionary(p => Kebab.Name(p.Key), p => p.Value),
        outcome.PainAfter.ToDictionary(p => Kebab.Name(p.Key), p => p.Value),
        outcome.StiffnessBefore,
        outcome.StiffnessAfter,
        outcome.EnergyBefore,
        outcome.EnergyAfter,
        outcome.FocusBefore,
        outcome.FocusAfter);
}
