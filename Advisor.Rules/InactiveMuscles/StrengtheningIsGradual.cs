namespace Advisor.Rules.InactiveMuscles;

[Name("Weak muscles are strengthened progressively")]
[Description("A weak (not inactive) muscle gets progressive resistance, with rest days between sessions; a recovery day is one.")]
[Guideline("G20")]
[Phase(Phases.Selection)]
public sealed class WeakMusclesAreStrengthened : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        WeakMuscle weak = null!;
        StrengtheningStep step = null!;

        When()
            .Match(() => occasion, o => o.Day != Day.Recovery)
            .Match(() => weak)
            .Not<InactiveMuscle>(i => i.Muscle == weak.Muscle)
            .Match(() => step, s => s.Muscle == weak.Muscle);
        Then()
            .Do(ctx => ctx.Insert(new Candidate(step.ExerciseId, RoutinePhase.Strengthen, step.Order, weak.Muscle, null)))
            .Do(ctx => ctx.Insert(new Reminder("Strengthening needs recovery: leave a rest day or two before working the same muscles hard again.")));
    }
}

[Name("An inactive muscle is strengthened only after progress")]
[Description("A muscle that is weak and inactive is released and activated first; strengthening starts once activation has gone well twice.")]
[Guideline("G17", "G20")]
[Phase(Phases.Selection)]
public sealed class InactiveMusclesStrengthenAfterProgress : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        WeakMuscle weak = null!;
        ActivationProgress progress = null!;
        StrengtheningStep step = null!;

        When()
            .Match(() => occasion, o => o.Day != Day.Recovery)
            .Match(() => weak)
            .Match(() => progress, p => p.Muscle == weak.Muscle)
            .Match(() => step, s => s.Muscle == weak.Muscle);
        Then()
            .Do(ctx => ctx.Insert(new Candidate(step.ExerciseId, RoutinePhase.Strengthen, step.Order, weak.Muscle, null)));
    }
}

[Name("Activation has progressed")]
[Description("An activation exercise of an inactive muscle done without being too hard in two logged routines shows progress.")]
[Guideline("G17")]
[Phase(Phases.Derivation)]
public sealed class ActivationHasProgressed : Rule
{
    public override void Define()
    {
        InactiveMuscle inactive = null!;
        ActivationStep step = null!;
        RatingLog first = null!;
        RatingLog second = null!;

        When()
            .Match(() => inactive)
            .Match(() => step, s => s.Muscle == inactive.Muscle)
            .Match(() => first, r => r.ExerciseId == step.ExerciseId, r => r.Rating != Engine.Outcomes.Rating.TooHard)
            .Match(() => second, r => r.ExerciseId == step.ExerciseId && r.Routine > first.Routine, r => r.Rating != Engine.Outcomes.Rating.TooHard);
        Then()
            .Do(ctx => ctx.Insert(new ActivationProgress(inactive.Muscle)));
    }
}

[Name("Strengthening starts gently and releases slowly")]
[Description("Strengthening starts with a slow, gentle version of the same exercise as a warm-up, and every contraction is released slowly.")]
[Guideline("G19")]
[Phase(Phases.Adjustment)]
public sealed class StrengtheningStartsGently : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Phase == RoutinePhase.Strengthen);
        Then()
            .Do(ctx => ctx.Insert(new Cue(candidate.ExerciseId,
                "Warm up with a slow, gentle first set; release every contraction slowly, never drop the weight.")));
    }
}
