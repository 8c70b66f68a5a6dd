using Advisor.Engine.Reasoning;
using Advisor.Rules.Metadata;
using Advisor.Engine.Catalog;
using Advisor.Engine.Routines;

namespace Advisor.Host.Web.Endpoints;

/// <summary>What the engine knows: the exercises and the rules, each rule with the guidelines it encodes.</summary>
public static class CatalogEndpoints
{
    /// <summary>A rule as the API shows it.</summary>
    public sealed record RuleView(string Name, string? Description, IReadOnlyList<string> Guidelines, string Phase, string Priority, IReadOnlyList<string> Tags);

    /// <summary>Maps GET /exercises and GET /rules under <paramref name="api"/>, in one group for their tag.</summary>
    public static void MapCatalog(this RouteGroupBuilder api)
    {
        RouteGroupBuilder catalog = api.MapGroup("").WithTags("Catalog");
        catalog.MapGet("/exercises", (ExerciseCatalog exercises) => TypedResults.Ok(exercises.Exercises))
            .WithName("ListExercises")
            .WithSummary("Lists every exercise in the catalog.")
            .WithDescription("Each exercise by the id routines name it with: its regions, muscles, position, equipment, dose and instructions.");
        catalog.MapGet("/rules", (IGuidance guidance) => TypedResults.Ok(guidance.Rules
                .Select(r => new RuleView(r.Name, r.Description, r.Guidelines, r.Phase, PriorityWords(r), [.. r.Guidelines, PhaseAttribute.Prefix + r.Phase])).ToArray()))
            .WithName("ListRules")
            .WithSummary("Lists every rule of the guidance.")
            .WithDescription("Each rule with the guideline ids it encodes, its phase and where it stands in the phase's priority band.");
    }

    /// <summary>Where a rule stands in its phase's band: "normal", or a step "sooner", "first", "later", "last".</summary>
    private static string PriorityWords(GuidanceRule rule) => (rule.Priority - (Priorities.BandOf(rule.Phase) ?? rule.Priority)) switch
    {
        >= Priorities.First => "first",
        >= Priorities.Sooner => "sooner",
        <= Priorities.Last => "last",
        <= Priorities.Later => "later",
        _ => "normal",
    };
}
