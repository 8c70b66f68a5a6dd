using Advisor.Engine.Catalog;
using Advisor.Engine.Routines;

namespace Advisor.UnitTests.Guidance;

/// <summary>Small queries over a routine, so conformance tests read like the guideline they check.</summary>
internal static class RoutineQueries
{
    /// <summary>Every item, in the order the person does them.</summary>
    public static IReadOnlyList<RoutineItem> Items(this Routine routine) =>
        routine.Phases.SelectMany(p => p.Items).ToArray();

    /// <summary>Every exercise id, in order.</summary>
    public static IReadOnlyList<string> Ids(this Routine routine) =>
        routine.Items().Select(i => i.ExerciseId).ToArray();

    /// <summary>The item for <paramref name="id"/>; fails the test, listing the routine, when absent.</summary>
    public static RoutineItem Item(this Routine routine, string id) =>
        routine.Items().FirstOrDefault(i => i.ExerciseId == id)
        ?? throw new Xunit.Sdk.XunitException($"'{id}' is not in the routine: {routine.Describe()}");

    /// <summary>The item for <paramref name="id"/>, or null.</summary>
    public static RoutineItem? Find(this Routine routine, string id) =>
        routine.Items().FirstOrDefault(i => i.ExerciseId == id);

    /// <summary>True when <paramref name="id"/> is in the routine.</summary>
    public static bool Has(this Routine routine, string id) => routine.Find(id) is not null;

    /// <summary>The phase holding <paramref name="id"/>; fails when absent.</summary>
    public static RoutinePhase PhaseOf(this Routine routine, string id) =>
        routine.Phases.FirstOrDefault(p => p.Items.Any(i => i.ExerciseId == id))?.Phase
        ?? throw new Xunit.Sdk.XunitException($"'{id}' is not in the routine: {routine.Describe()}");

    /// <summary>The position of <paramref name="id"/> in the whole routine; fails when absent.</summary>
    public static int PositionOf(this Routine routine, string id)
    {
        int index = routine.Ids().ToList().IndexOf(id);
        return index >= 0 ? index : throw new Xunit.Sdk.XunitException($"'{id}' is not in the routine: {routine.Describe()}");
    }

    /// <summary>The items of <paramref name="phase"/>, empty when the phase is absent.</summary>
    public static IReadOnlyList<RoutineItem> ItemsOf(this Routine routine, RoutinePhase phase) =>
        routine.Phases.Where(p => p.Phase == phase).SelectMany(p => p.Items).ToArray();

    /// <summary>True when some reason of the item cites <paramref name="guideline"/>.</summary>
    public static bool Cites(this RoutineItem item, string guideline) =>
        item.Because.Any(r => r.Guidelines.Contains(guideline));

    /// <summary>True when some cue of the item contains every one of <paramref name="words"/> (case-insensitive).</summary>
    public static bool HasCue(this RoutineItem item, params string[] words) =>
        item.Cues.Any(c => words.All(w => c.Contains(w, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The omission of <paramref name="id"/>, or null.</summary>
    public static Omission? OmissionOf(this Routine routine, string id) =>
        routine.Omitted.FirstOrDefault(o => o.ExerciseId == id);

    /// <summary>A one-line picture of the routine for failure messages.</summary>
    public static string Describe(this Routine routine) =>
        $"{routine.Status} [{string.Join(" | ", routine.Phases.Select(p => $"{p.Phase}: {string.Join(", ", p.Items.Select(i => $"{i.ExerciseId}({i.Range},{i.Sets}x{i.Reps},hold {i.HoldSeconds},{i.Seconds}s)"))}"))}]"
        + $" total {routine.TotalSeconds}s; omitted: {string.Join(", ", routine.Omitted.Select(o => o.ExerciseId))}";
}
