using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;
using Advisor.Engine.Facts;
using Advisor.Engine.Reasoning;

namespace Advisor.Engine.Routines;

/// <summary>A routine with the conclusions it was built from, so it can say why, and why not.</summary>
public sealed class Recommendation(Routine routine, IConclusions conclusions, ExerciseCatalog catalog)
{
    /// <summary>The routine.</summary>
    public Routine Routine { get; } = routine;

    /// <summary>What the rules concluded, for deeper inspection.</summary>
    public IConclusions Conclusions { get; } = conclusions;

    /// <summary>Why <paramref name="exerciseId"/> is in the routine, back to the person's answers; or what kept it out.</summary>
    public ExerciseExplanation Explain(string exerciseId)
    {
        Exercise exercise = catalog.Find(exerciseId)
            ?? throw new KeyNotFoundException($"No exercise '{exerciseId}' in the catalog.");
        RoutineItem? item = Routine.Phases.SelectMany(p => p.Items).FirstOrDefault(i => i.ExerciseId == exerciseId);
        var proposals = Conclusions.Query<Candidate>().Where(c => c.ExerciseId == exerciseId)
            .OrderBy(c => c.Phase).ThenBy(c => c.Rank).ToArray();
        var answers = proposals.SelectMany(p => Conclusions.GivensOf(p))
            .Select(Answers.Describe)
            .OfType<string>()
            .Distinct()
            .ToArray();
        if (item is not null)
        {
            return new ExerciseExplanation(exercise, true, item.Because, answers, []);
        }

        var omission = Routine.Omitted.Where(o => o.ExerciseId == exerciseId).Select(o => o.Reason);
        var notes = Routine.Status == RoutineStatus.Refer
            ? ["no routine is given: a red flag calls for a health professional first (G1)"]
            : proposals.Length == 0 ? WhyNeverProposed(exerciseId) : omission.ToArray();
        return new ExerciseExplanation(exercise, false, [], answers, notes);
    }

    private string[] WhyNeverProposed(string exerciseId)
    {
        var notes = new List<string>();
        foreach (object row in catalog.TableRows)
        {
            string? note = row switch
            {
                ReleaseStep r when r.ExerciseId == exerciseId => $"it releases tight {Name(r.Muscle)} ({string.Join(", ", r.Guidelines)}), and no tight {Name(r.Muscle)} was reported or implied by an inactive muscle",
                ActivationStep a when a.ExerciseId == exerciseId => $"it activates inactive {Name(a.Muscle)} ({string.Join(", ", a.Guidelines)}), and {Name(a.Muscle)} was not reported inactive",
                IntegrationStep i when i.ExerciseId == exerciseId => $"it integrates woken {Name(i.Muscle)} ({string.Join(", ", i.Guidelines)}), and {Name(i.Muscle)} was not reported inactive",
                StrengtheningStep s when s.ExerciseId == exerciseId => $"it strengthens weak {Name(s.Muscle)} ({string.Join(", ", s.Guidelines)}), and {Name(s.Muscle)} was not reported weak, or is still inactive",
                DeskStep d when d.ExerciseId == exerciseId => $"it is a desk movement for {Kebab.Name(d.Region)} pain (G23), and the setting is not the desk or there is no {Kebab.Name(d.Region)} pain",
                _ => null,
            };
            if (note is not null && !notes.Contains(note)) notes.Add(note);
        }

        // Rules that name the exercise in an action say themselves which condition failed.
        foreach (GuidanceRule rule in Conclusions.RulesNaming(exerciseId))
        {
            notes.Add(Conclusions.WhyNot(rule.Name).Summary);
        }

        if (notes.Count == 0) notes.Add("no rule proposes it for this assessment");
        return notes.ToArray();
    }

    private static string Name(Muscle muscle) => Kebab.Name(muscle);
}
