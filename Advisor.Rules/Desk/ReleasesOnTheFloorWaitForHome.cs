using Advisor.Engine.Documents;
using NRules.RuleModel;

namespace Advisor.Rules.Desk;

[Name("At the desk, a wake-up whose release is floor work waits for home")]
[Description("When every release of the tight antagonist is floor work, the desk cannot wake the inactive muscle in order; the person is told so, and to release first at home.")]
[Guideline("G17")]
[Guideline("G22")]
[Phase(Phases.Selection)]
[Priority(Priorities.Selection + Priorities.Later)]
public sealed class ReleasesOnTheFloorWaitForHome : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;
        TightAntagonist antagonist = null!;
        Candidate wakeUp = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk)
            .Match(() => antagonist)
            .Match(() => wakeUp, c => c.Phase == RoutinePhase.Desk, c => c.Target == antagonist.Inactive)
            .Not<Candidate>(r => r.Phase == RoutinePhase.Release && r.Target == antagonist.Tight && r.Exercise.Position != Position.Floor);
        Then()
            .Do(ctx => ctx.Conclude(new Reminder(AtHome(ctx, antagonist))));
    }

    private static string AtHome(IContext ctx, TightAntagonist antagonist)
    {
        string tight = Kebab.Name(antagonist.Tight).Replace('-', ' ');
        string inactive = Kebab.Name(antagonist.Inactive).Replace('-', ' ');
        string firstRelease = ctx.Tables().ReleasesOf(antagonist.Tight).Select(step => ctx.Exercise(step.ExerciseId).Name).FirstOrDefault() ?? "a release";
        return $"Your {inactive} wake only after your tight {tight} are released, and those releases are floor work: "
            + $"at home, start with {firstRelease}, then wake the {inactive}. At the desk, keep to the movements here.";
    }
}
