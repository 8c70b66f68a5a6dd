using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.Host.Storage;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary>
/// <c>evaluate [--db STORE]</c>: how ordering policies would have done on the outcomes logged in a
/// store, estimated offline from the probability each served item was placed with (self-normalized
/// inverse propensity scoring).
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The store: an SQLite file or a PostgreSQL connection string.", DefaultValueFactory = _ => "advisor.db" };
        var command = new Command("evaluate", "Estimate from a store's logged outcomes how the served order and the rules' own order did, per item.") { db };
        command.SetAction(async (parse, cancel) =>
        {
            string setting = parse.GetValue(db)!;
            if (!setting.Contains('=') && !setting.Contains("://", StringComparison.Ordinal) && !File.Exists(setting))
            {
                Console.Error.WriteLine($"No store at '{setting}'.");
                return AssessmentFile.BadInput;
            }

            await using SqlStore store = StoreFactory.Open(setting, 30);
            var decisions = await DecisionsAsync(store, Composition.Catalog, cancel);
            if (decisions.Count == 0)
            {
                AnsiConsole.MarkupLine("No logged outcome in this store yet: nothing to evaluate.");
                return 0;
            }

            var table = new Table().AddColumns("policy", "mean reward per item", "effective sample size", "decisions");
            Add(table, "as served", OffPolicyEstimate.SelfNormalized(decisions.Select(d => d.Served)));
            Add(table, "rules' order only", OffPolicyEstimate.SelfNormalized(decisions.Select(d => d.RulesOnly)));
            AnsiConsole.MarkupLine($"{decisions.Count} served items with a logged outcome. Reward per item, 0 to 1 (pain relief, completion and rating):");
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("An item's decision is the place it was served at in its phase; the rules' order places it where the rules put it, with certainty.");
            return 0;
        });
        return command;
    }

    /// <summary>Each served item of a logged routine, as the served policy and as the rules-only policy would weigh it.</summary>
    private static async Task<List<(LoggedDecision Served, LoggedDecision RulesOnly)>> DecisionsAsync(
        IHistoryStore store, ExerciseCatalog catalog, CancellationToken cancel)
    {
        var json = RoutineJson.Options;
        var decisions = new List<(LoggedDecision, LoggedDecision)>();
        await foreach (LoggedRoutine logged in store.EveryOutcomeAsync(cancel))
        {
            Routine routine = JsonSerializer.Deserialize<Routine>(logged.Routine.Routine, json)!;
            Outcome outcome = OutcomeReader.Read(logged.Outcome.Outcome, catalog.Ids);
            foreach (RoutineItem item in routine.Phases.SelectMany(p => p.Items))
            {
                if (catalog.Find(item.ExerciseId) is not { } exercise) continue;
                double reward = OutcomeReward.For(exercise, outcome);
                // Served without the ranker, an item sat where the rules put it, with certainty.
                double propensity = item.Personalization?.Probability ?? 1;
                bool atRulesPlace = item.Personalization is not { } placed || placed.Place == placed.RulesPlace;
                // The served policy weighs each item by its own probability: the plain mean of what was served.
                decisions.Add((new LoggedDecision(propensity, reward, propensity), new LoggedDecision(propensity, reward, atRulesPlace ? 1 : 0)));
            }
        }

        return decisions;
    }

    private static void Add(Table table, string policy, OffPolicyValue value) => table.AddRow(
        policy,
        double.IsNaN(value.Value) ? "no data" : value.Value.ToString("0.000", CultureInfo.InvariantCulture),
        value.EffectiveSampleSize.ToString("0", CultureInfo.InvariantCulture),
        value.Decisions.ToString(CultureInfo.InvariantCulture));
}
