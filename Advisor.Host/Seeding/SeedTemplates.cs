using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;
using Advisor.Host.Web;

namespace Advisor.Host.Seeding;

/// <summary>
/// Real routines made by the engine from the example assessments, serialized the way the API stores
/// them, and outcomes for each that name the routine's own exercises. Seeded rows reuse these with
/// their own ids, so every stored routine and outcome is one the host itself could have written.
/// </summary>
internal sealed class SeedTemplates
{
    // Stands in for the routine id in the stored JSON; each seeded routine swaps in its own.
    private const string Placeholder = "seed-routine-id-placeholder";

    public sealed record RoutineTemplate(string Assessment, string RoutineJson, IReadOnlyList<OutcomeTemplate> Outcomes)
    {
        public string RoutineFor(string routineId) => RoutineJson.Replace(Placeholder, routineId, StringComparison.Ordinal);
    }

    public sealed record OutcomeTemplate(string Json, string Fingerprint, Outcome Parsed);

    private SeedTemplates(IReadOnlyList<RoutineTemplate> routines) => Routines = routines;

    public IReadOnlyList<RoutineTemplate> Routines { get; }

    /// <summary>Templates from every valid assessment in <paramref name="folder"/>, in name order.</summary>
    public static SeedTemplates From(string folder, Recommender recommender)
    {
        var routines = new List<RoutineTemplate>();
        foreach (string file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            string assessmentJson = File.ReadAllText(file);
            Assessment assessment;
            try
            {
                assessment = AssessmentReader.Read(assessmentJson);
            }
            catch (Advisor.Engine.Documents.InvalidDocumentException)
            {
                continue;
            }

            Routine routine = recommender.Recommend(assessment, HistorySummary.None, Placeholder).Routine;
            string[] exercises = routine.Phases.SelectMany(p => p.Items).Select(i => i.ExerciseId).Distinct().ToArray();
            if (exercises.Length == 0) continue;
            routines.Add(new RoutineTemplate(assessmentJson, StoredRoutineJson.Write(routine), Outcomes(exercises)));
        }

        if (routines.Count == 0) throw new InvalidOperationException($"'{folder}' holds no assessment the engine makes a routine for.");
        return new SeedTemplates(routines);
    }

    // A few ways a routine goes: all of it or part, pain easing a little or a lot.
    private static OutcomeTemplate[] Outcomes(string[] exercises)
    {
        var outcomes = new List<OutcomeTemplate>();
        foreach (int done in new[] { exercises.Length, Math.Max(1, exercises.Length / 2) })
        foreach ((int before, int after) in new[] { (6, 4), (5, 2), (3, 3) })
        {
            string completed = string.Join(',', exercises.Take(done).Select(e => JsonSerializer.Serialize(e)));
            string body = $$$"""{"completed":[{{{completed}}}],"painBefore":{"lower-back":{{{before}}}},"painAfter":{"lower-back":{{{after}}}}}""";
            string fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
            outcomes.Add(new OutcomeTemplate(body, fingerprint, OutcomeReader.ReadStored(body)));
        }

        return outcomes.ToArray();
    }
}
