using System.CommandLine;
using System.Globalization;
using Advisor.Engine.Personalization.Simulation;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary>
/// <c>simulate [--people N] [--rounds N] [--seed N]</c>: the personalizing ranker against the rules'
/// order and the best possible order, on synthetic people whose preferences are hidden from it.
/// </summary>
internal static class SimulateCommand
{
    private static readonly int[] Checkpoints = [5, 10, 20];

    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "How many synthetic people.", DefaultValueFactory = _ => 200 };
        var rounds = new Option<int>("--rounds") { Description = "Routines per person.", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Draws the people, their days, their outcomes and the ranker's samples.", DefaultValueFactory = _ => 1 };
        var command = new Command("simulate", "Compare the personalized order with the rules' order and the best possible order on synthetic people, round by round.")
        {
            people, rounds, seed,
        };
        command.SetAction(parse =>
        {
            int count = parse.GetValue(people), length = parse.GetValue(rounds);
            if (count < 1 || length < 1)
            {
                Console.Error.WriteLine("--people and --rounds must be at least 1.");
                return AssessmentFile.BadInput;
            }

            var simulation = new Simulation(Composition.Recommender.Guidance, Composition.Recommender.Catalog);
            var table = new Table().AddColumns("round", "rules only", "personalized", "best possible", "gap closed");
            int seeded = parse.GetValue(seed);
            // A spinner only where it can redraw itself; piped output gets the table alone.
            SimulationReport report = AnsiConsole.Profile.Capabilities.Interactive
                ? AnsiConsole.Status().Start($"Simulating {count} people over {length} rounds…", context =>
                    simulation.Run(count, length, seeded, progress: r => context.Status($"Round {r.Round} of {length}…")))
                : simulation.Run(count, length, seeded);
            foreach (SimulationRound round in report.Rounds)
            {
                table.AddRow(round.Round.ToString(CultureInfo.InvariantCulture), Reward(round.RulesOnly), Reward(round.Personalized), Reward(round.Best), Share(round.GapClosed));
            }

            AnsiConsole.MarkupLine($"Mean reward per round (the hidden expected reward of the served items, 0 to 1) for {count} synthetic people, seed {seeded}:");
            AnsiConsole.Write(table);
            foreach (int checkpoint in Checkpoints.Where(c => c <= report.Rounds.Count))
            {
                AnsiConsole.MarkupLine($"Gap closed at round {checkpoint}: [bold]{Share(report.Rounds[checkpoint - 1].GapClosed)}[/]");
            }

            bool bounded = report.RuleExcluded == 0;
            AnsiConsole.MarkupLine(bounded
                ? $"[green]No rule-excluded item was ever chosen[/] ({report.ItemsServed} personalized items served)."
                : $"[red]{report.RuleExcluded} rule-excluded or out-of-bounds choices[/] in {report.ItemsServed} personalized items.");
            return bounded ? 0 : 1;
        });
        return command;
    }

    private static string Reward(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Share(double share) => share.ToString("0%", CultureInfo.InvariantCulture);
}
