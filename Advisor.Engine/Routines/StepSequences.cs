using System.Runtime.CompilerServices;
using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;

namespace Advisor.Engine.Routines;

/// <summary>
/// The muscles whose steps in a phase the guidance puts in a fixed sequence, from the decision
/// tables: a muscle's rows are a sequence when they cite a guideline that prescribes one. Other
/// tables list exercises that serve alike (G12's "help too", G15's list), in an order a person's
/// outcomes may change.
/// </summary>
internal sealed class StepSequences
{
    /// <summary>
    /// G14: Internal Hip Rotator Release first, then Gluteal Release, small before big. G16: always
    /// begin with Arch &amp; Flatten, then the Back Lift, then the Curl exercises.
    /// </summary>
    private static readonly string[] Prescribing = ["G14", "G16"];

    // The tables do not change once loaded, so each catalog's sequences are found once, not per routine.
    private static readonly ConditionalWeakTable<ExerciseCatalog, StepSequences> ByCatalog = [];

    private readonly HashSet<(RoutinePhase, Muscle)> _fixed;

    /// <summary>The sequences of <paramref name="catalog"/>'s tables.</summary>
    public static StepSequences Of(ExerciseCatalog catalog) => ByCatalog.GetValue(catalog, c => new StepSequences(c));

    private StepSequences(ExerciseCatalog catalog)
    {
        _fixed = catalog.TableRows.Select(row => row switch
            {
                ReleaseStep r when Cites(r) => (RoutinePhase.Release, r.Muscle),
                ActivationStep a when Cites(a) => (RoutinePhase.Activate, a.Muscle),
                IntegrationStep i when Cites(i) => (RoutinePhase.Integrate, i.Muscle),
                StrengtheningStep s when Cites(s) => (RoutinePhase.Strengthen, s.Muscle),
                _ => ((RoutinePhase, Muscle)?)null,
            })
            .OfType<(RoutinePhase, Muscle)>()
            .ToHashSet();
    }

    /// <summary>True when the steps for <paramref name="muscle"/> in <paramref name="phase"/> keep the guidance's sequence.</summary>
    public bool IsFixed(RoutinePhase phase, Muscle muscle) => _fixed.Contains((phase, muscle));

    private static bool Cites(IGuidelineRow row) => row.Guidelines.Any(Prescribing.Contains);
}
