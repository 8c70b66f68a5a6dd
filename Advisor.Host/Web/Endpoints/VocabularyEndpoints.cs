using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Routines;

namespace Advisor.Host.Web.Endpoints;

/// <summary>The contract's names, from the enums that define them, so the page need not repeat them.</summary>
public static class VocabularyEndpoints
{
    /// <summary>Every value a field of the assessment, the routine or the outcome may take.</summary>
    public sealed record Vocabulary(
        IReadOnlyList<string> Regions, IReadOnlyList<string> Muscles, IReadOnlyList<string> Conditions,
        IReadOnlyList<string> OutcomeConditions, IReadOnlyList<string> RedFlags, IReadOnlyList<string> Settings,
        IReadOnlyList<string> Days, IReadOnlyList<string> Equipment, IReadOnlyList<string> Phases,
        IReadOnlyList<string> Moments, IReadOnlyList<string> Ratings);

    // G5 and G21: the conditions an outcome may report.
    private static readonly string[] OutcomeConditions = [Kebab.Name(Condition.Frustrated), Kebab.Name(Condition.EarlyFatigue)];

    private static readonly Vocabulary Names = new(
        Kebab.All<Region>(), Kebab.All<Muscle>(), Kebab.All<Condition>(), OutcomeConditions, Kebab.All<RedFlag>(),
        Kebab.All<Setting>(), Kebab.All<Day>(), Kebab.All<Equipment>(), Kebab.All<RoutinePhase>(), Kebab.All<Moment>(), Kebab.All<Rating>());

    /// <summary>Maps the endpoint.</summary>
    public static void MapVocabulary(this RouteGroupBuilder api) =>
        api.MapGet("/vocabulary", () => TypedResults.Ok(Names)).WithTags("Catalog").WithName("GetVocabulary")
            .WithSummary("Lists the values the contract's fields may take.")
            .WithDescription("Regions, muscles, conditions, red flags, settings, days, equipment, phases, schedule moments, ratings.");
}
