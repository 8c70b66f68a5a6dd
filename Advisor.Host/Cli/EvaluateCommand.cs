using System.CommandLine;
using System.Globalization;
using Advisor.Engine.Personalization;
using Advisor.Storage.Sql;
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
            OrderComparison comparison = await OrderEvaluation.CompareAsync(store.EveryOutcomeAsync(cancel).Select(r => r.AsServed()), Composition.Catalog, cancel);
            if (comparison.Decisions == 0)
            {
                AnsiConsole.MarkupLine("No logged outcome in this store yet: nothing to evaluate.");
                return 0;
            }

            var table = new Table().AddColumns("policy", "mean reward per item", "effective sample size", "decisions");
            Add(table, "as served", comparison.AsServed);
            Add(table, "rules' order only", comparison.RulesOnly);
            AnsiConsole.MarkupLine($"{comparison.Decisions} served items with a logged outcome. Reward per item, 0 to 1 (pain relief, completion and rating):");
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("An item's decision is the place it was served at in its phase; the rules' order places it where the rules put it, with certainty.");
            return 0;
        });
        return command;
    }

    private static void Add(Table table, string policy, OffPolicyValue value) => table.AddRow(
        policy,
        double.IsNaN(value.Value) ? "no data" : value.Value.ToString("0.000", CultureInfo.InvariantCulture),
        value.EffectiveSampleSize.ToString("0", CultureInfo.InvariantCulture),
        value.Decisions.ToString(CultureInfo.InvariantCulture));
}
