namespace Advisor.Rules.Prioritization;

[Name("A desk has a chair")]
[Description("At the desk a chair is always at hand.")]
[Guideline("G40")]
[Phase(Phases.Derivation)]
[Priority(Priorities.Derivation)]
public sealed class DesksHaveChairs : Rule
{
    public override void Define()
    {
        Occasion occasion = null!;

        When()
            .Match(() => occasion, o => o.Setting == Setting.Desk);
        Then()
            .Do(ctx => ctx.Conclude(new HasEquipment(Equipment.Chair)));
    }
}
