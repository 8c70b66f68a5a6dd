using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;
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
    /// <summary>
    /// The entry for one stored outcome of a routine whose items are <paramref name="planned"/>. Only
    /// the routine's own items count as completed; an exercise done besides them is not one of its items.
    /// </summary>
    public static ProgressEntry Of(StoredOutcome stored, Outcome outcome, IReadOnlyList<string> planned) => new(
        stored.RoutineId,
        stored.LoggedAt,
        planned.Count,
        outcome.Completed.Count(planned.Contains),
        outcome.PainBefore.ToDictionary(p => Kebab.Name(p.Key), p => p.Value),
        outcome.PainAfter.ToDictionary(p => Kebab.Name(p.Key), p => p.Value),
        outcome.StiffnessBefore,
        outcome.StiffnessAfter,
        outcome.EnergyBefore,
        outcome.EnergyAfter,
        outcome.FocusBefore,
        outcome.FocusAfter);
}
