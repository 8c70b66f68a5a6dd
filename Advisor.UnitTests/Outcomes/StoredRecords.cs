using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using Advisor.Storage.Records;

namespace Advisor.UnitTests.Outcomes;

/// <summary>Stored routines and outcomes made by hand, as a store hands them back, without a host or a database.</summary>
internal static class StoredRecords
{
    public const string PersonId = "person-1";

    /// <summary>The catalog the records' exercises come from.</summary>
    public static readonly ExerciseCatalog Exercises = ExerciseCatalog.Load();

    /// <summary>When the hand-made histories begin.</summary>
    public static readonly DateTimeOffset Monday = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A stored routine of one phase whose items are <paramref name="items"/>, in that order.</summary>
    public static StoredRoutine Routine(string routineId, DateTimeOffset createdAt, params RoutineItem[] items) => new(
        routineId,
        PersonId,
        createdAt,
        """{"minutes":10}""",
        RoutineJson.Write(new Routine
        {
            RoutineId = routineId,
            Status = RoutineStatus.Ok,
            Message = "",
            Phases = items.Length == 0 ? [] : [new PhasePlan(RoutinePhase.Release, items)],
            TotalSeconds = items.Sum(i => i.Seconds),
        }));

    /// <summary>A stored routine whose items are the exercises <paramref name="exerciseIds"/>, served in the rules' order.</summary>
    public static StoredRoutine Routine(string routineId, DateTimeOffset createdAt, params string[] exerciseIds) =>
        Routine(routineId, createdAt, exerciseIds.Select(id => Item(id)).ToArray());

    /// <summary>An item of <paramref name="exerciseId"/>; with <paramref name="placed"/>, as a ranker served it.</summary>
    public static RoutineItem Item(string exerciseId, ItemPersonalization? placed = null) => new()
    {
        ExerciseId = exerciseId,
        Name = exerciseId,
        Range = Advisor.Engine.Routines.Range.Small,
        Sets = 1,
        Reps = 3,
        HoldSeconds = 0,
        Seconds = 60,
        BothSides = false,
        Cues = [],
        Because = [],
        Instructions = "",
        Position = Position.Floor,
        Personalization = placed,
    };

    /// <summary>What a ranker logs for an item it put at <paramref name="place"/> with <paramref name="probability"/>.</summary>
    public static ItemPersonalization Placed(double probability, int place, int rulesPlace) =>
        new() { Probability = probability, Place = place, RulesPlace = rulesPlace, Score = 0.5 };

    /// <summary>A stored outcome of <paramref name="routine"/>, as contract JSON.</summary>
    public static StoredOutcome Outcome(string outcomeId, StoredRoutine routine, DateTimeOffset loggedAt, string outcome) =>
        new(outcomeId, routine.RoutineId, loggedAt, outcome);
}
