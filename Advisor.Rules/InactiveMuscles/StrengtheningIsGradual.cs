namespace Advisor.Rules.InactiveMuscles;

[Name("Weak muscles are strengthened progressively")]
[Description("A weak (not inactive) muscle gets progressive resistance, with rest days between sessions; a recovery day is one.")]
[Guideline("G20")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class WeakMusclesAreStrengthened : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        WeakMuscle weak = null!;

        When()
            .Match(() => occasion, o => o.Day != Day.Recovery)
            .Match(() => weak)
            .Not<InactiveMuscle>(i => i.Muscle == weak.Muscle);
        Then()
            .Do(ctx => ctx.ProposeAll(ctx.Tables().StrengtheningOf(weak.Muscle)
                .Select(step => Proposal.Of(step.ExerciseId, RoutinePhase.Strengthen, step.Order).Targeting(weak.Muscle).From(step))))
            .Do(ctx => ctx.Conclude(new Reminder("Strengthening needs recovery: leave a rest day or two before working the same muscles hard again.")));
    }
}

[Name("An inactive muscle is strengthened only after progress")]
[Description("A muscle that is weak and inactive is released and activated first; strengthening starts once activation has gone well twice.")]
[Guideline("G17")]
[Guideline("G20")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection)]
public sealed class InactiveMusclesStrengthenAfterProgress : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        WeakMuscle weak = null!;
        ActivationProgress progress = null!;

        When()
            .Match(() => occasion, o => o.Day != Day.Recovery)
            .Match(() => weak)
            .Match(() => progress, p => p.Muscle == weak.Muscle);
        Then()
            .Do(ctx => ctx.ProposeAll(ctx.Tables().StrengtheningOf(weak.Muscle)
                .Select(step => Proposal.Of(step.ExerciseId, RoutinePhase.Strengthen, step.Order).Targeting(weak.Muscle).From(step))));
    }
}

[Name("Activation has progressed")]
[Description("An activation exercise of an inactive muscle done without being too hard in two logged routines shows progress.")]
[Guideline("G17")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class ActivationHasProgressed : Rule
{
    /// <summary>"Activation has gone well twice."</summary>
    public const int TimesDoneWell = 2;

    public override void Define()
    {
        InactiveMuscle inactive = null!;
        Candidate activation = null!;
        RatingHistory rating = null!;

        When()
            .Match(() => inactive)
            .Match(() => activation, c => c.Phase == RoutinePhase.Activate, c => c.Target == inactive.Muscle)
            .Match(() => rating, r => r.ExerciseId == activation.ExerciseId, r => r.TimesNotTooHard >= TimesDoneWell);
        Then()
            .Do(ctx => ctx.Conclude(new ActivationProgress(inactive.Muscle)));
    }
}

[Name("Strengthening starts gently and releases slowly")]
[Description("Strengthening starts with a slow, gentle version of the same exercise as a warm-up, and every contraction is released slowly.")]
[Guideline("G19")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment)]
public sealed class StrengtheningStartsGently : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Phase == RoutinePhase.Strengthen);
        Then()
            .Do(ctx => ctx.Conclude(new Cue(candidate.ExerciseId,
                "Warm up with a slow, gentle first set; release every contraction slowly, never drop the weight.")));
    }
}
