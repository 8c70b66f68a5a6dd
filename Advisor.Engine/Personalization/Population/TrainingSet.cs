using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.Engine.Personalization.Population;

/// <summary>
/// Everyone's logged outcomes as the population model learns them: one row per served item, with
/// the assessment's features, the exercise and the item's reward. Holds no person ids: the
/// population model learns what worked in a context, not for whom.
/// </summary>
public sealed class TrainingSet(ExerciseCatalog catalog)
{
    private readonly ExerciseFeatures _exercises = new(catalog);
    private readonly List<LoggedItem> _items = [];
    private long _routines;

    /// <summary>The model's input layout over this catalog.</summary>
    internal PopulationFeatures Features { get; } = new(new ExerciseFeatures(catalog));

    /// <summary>The rows so far, in the order they were added.</summary>
    public IReadOnlyList<LoggedItem> Items => _items;

    /// <summary>How many outcomes were added.</summary>
    public long Outcomes => _routines;

    /// <summary>Adds every served item of one logged outcome.</summary>
    public void Add(Assessment assessment, Routine served, Outcome outcome)
    {
        long routine = _routines++;
        if (served.Status != RoutineStatus.Ok) return;
        int[] context = AssessmentFeatures.Of(assessment);
        foreach (PhasePlan phase in served.Phases)
        {
            foreach (RoutineItem item in phase.Items)
            {
                int exercise = _exercises.IndexOf(item.ExerciseId);
                if (exercise < 0) continue;
                float reward = (float)OutcomeReward.For(_exercises.Exercises[exercise], outcome);
                _items.Add(new LoggedItem(context, exercise, reward, routine * 16 + (int)phase.Phase));
            }
        }
    }

    /// <summary>Trains a population model on the rows so far.</summary>
    public PopulationModel Train(PopulationTrainer trainer = PopulationTrainer.LightGbm, int seed = 0) =>
        PopulationModel.Train(Features, _items, trainer, seed);
}
