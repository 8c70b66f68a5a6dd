namespace Advisor.Rules.Prioritization;

[Name("Equipment the person lacks brings the bodyweight alternative")]
[Description("In place of an exercise whose equipment is missing, its bodyweight alternative takes the same place.")]
[Guideline("G40")]
[Phase(Phases.Adjustment)]
[Priority(Priorities.Adjustment + Priorities.First)]
public sealed class MissingEquipmentBringsTheAlternative : Rule
{
    public override void Define()
    {
        IEnumerable<HasEquipment> kit = null!;
        Candidate candidate = null!;

        When()
            .Query(() => kit, q => q.Match<HasEquipment>().Collect())
            .Match(() => candidate, c => c.Exercise.Alternative != null,
                c => kit.LacksSomethingFor(c.Exercise));
        Then()
            .Do(ctx => ctx.Propose(Proposal.Of(candidate.Exercise.Alternative!, candidate.Phase, candidate.Rank).Targeting(candidate.Target).Serving(candidate.Serves)));
    }
}
