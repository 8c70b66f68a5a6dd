namespace Advisor.Rules.History;

[Name("Early fatigue logged lately")]
[Description("Fatigue logged after any of the latest three routines counts as fatigue showing early: shorter breaks stay until three outcomes in a row go without it.")]
[Guideline("G21")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class LoggedEarlyFatigueIsNoticed : Rule
{
    /// <summary>
    /// Outcomes in a row without fatigue before the breaks lengthen again. One good routine is not
    /// recovery: fatigue that comes back every other routine would otherwise flip the interval each
    /// time, and three logs are about one workday of breaks for someone who logs several a day.
    /// </summary>
    public const int OutcomesToForget = 3;

    public override void Define()
    {
        LogSummary log = null!;
        ConditionLog fatigue = null!;

        When()
            .Match(() => log)
            .Match(() => fatigue, c => c.Condition == Condition.EarlyFatigue, c => c.Routine > log.Routines - OutcomesToForget);
        Then()
            .Do(ctx => ctx.Conclude(new EarlyFatigue()));
    }
}
