using Advisor.Engine.Documents;
using Advisor.Engine.Progress;

namespace Advisor.Host.Web.Progress;

/// <summary>One logged routine in a person's progress, as the API writes it.</summary>
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
    /// <summary>The entry for one outcome the engine measured, its regions in kebab-case.</summary>
    public static ProgressEntry Of(OutcomeProgress entry) => new(
        entry.RoutineId,
        entry.LoggedAt,
        entry.Planned,
        entry.Completed,
        entry.Outcome.PainBefore.ToDictionary(p => Kebab.Name(p.Key), p => p.Value),
        entry.Outcome.PainAfter.ToDictionary(p => Kebab.Name(p.Key), p => p.Value),
        entry.Outcome.StiffnessBefore,
        entry.Outcome.StiffnessAfter,
        entry.Outcome.EnergyBefore,
        entry.Outcome.EnergyAfter,
        entry.Outcome.FocusBefore,
        entry.Outcome.FocusAfter);
}
