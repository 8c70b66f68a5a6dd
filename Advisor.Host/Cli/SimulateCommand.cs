using System.CommandLine;
using System.Globalization;
using Advisor.Engine.Personalization;
using Advisor.Engine.Personalization.Population;
using Advisor.Simulation;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary>
/// <c>simulate [--people N] [--rounds N] [--seed N] [--population TRAINER|none] [--newcomers N] [--compare-trainers]</c>:
/// the personalizing ranker against the rules' order and the best possible order, on synthetic
/// people whose preferences are hidden from it.
/// </summary>
internal static class SimulateCommand
{
    private static readonly int[] Checkpoints = [5, 10, 20];

    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "How many synthetic people.", DefaultValueFactory = _ => 200 };
        var rounds = new Option<int>("--rounds") { Description = "Routines per person.", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Draws the people, their days, their outcomes and the ranker's samples.", DefaultValueFactory = _ => 1 };
        var population = new Option<string>("--population")
        {
            Description = "The population model's trainer (lightgbm, fasttree, sdca), retrained after rounds 1, 2, 4, 8 and 16; none for the online model alone.",
            DefaultValueFactory = _ => "lightgbm",
        };
        var newcomers = new Option<int>("--newcomers") { Description = "People who join after the rounds, measured over their first three routines.", DefaultValueFactory = _ => 60 };
        var exploration = new Option<double>("--exploration") { Description = "Scales the spread of the ranker's draws (RankerOptions.Exploration).", DefaultValueFactory = _ => new RankerOptions().Exploration };
        var compare = new Option<bool>("--compare-trainers") { Description = "Also compare the population trainers on the run's logged outcomes, with the last fifth held out." };
        var command = new Command("simulate", "Compare the personalized order with the rules' order and the best possible order on synthetic people, round by round.")
        {
            people, rounds, seed, population, newcomers, exploration, compare,
        };
        command.SetAction(parse =>
        {
            int count = parse.GetValue(people), length = parse.GetValue(rounds), joining = parse.GetValue(newcomers);
            if (count < 1 || length < 1 || joining < 0)
            {
                Console.Error.WriteLine("--people and --rounds must be at least 1, --newcomers at least 0.");
                return AssessmentFile.BadInput;
            }

            string trainerName = parse.GetValue(population)!;
            PopulationTrainer? trainer = null;
            if (!string.Equals(trainerName, "none", StringComparison.OrdinalIgnoreCase))
            {
                if (!Enum.TryParse(trainerName, ignoreCase: true, out PopulationTrainer chosen) || !Enum.IsDefined(chosen))
                {
                    Console.Error.WriteLine($"--population must be lightgbm, fasttree, sdca or none, not '{trainerName}'.");
                    return AssessmentFile.BadInput;
                }

                trainer = chosen;
            }

            var simulation = new Simulator(Composition.Recommender.Guidance, Composition.Recommender.Catalog);
            var table = new Table().AddColumns("round", "rules only", "personalized", "best possible", "gap closed");
            int seeded = parse.GetValue(seed);
            TrainingSet? logged = parse.GetValue(compare) ? new TrainingSet(Composition.Catalog) : null;
            SimulationReport Run(Action<SimulationRound>? progress) => simulation.Run(count, length, seeded, new ThompsonRanker(Composition.Catalog, new RankerOptions { Seed = seeded, Exploration = parse.GetValue(exploration) }), progress, population: trainer, newcomers: joining, logged: logged);
            // A spinner only where it can redraw itself; piped output gets the table alone.
            SimulationReport report = AnsiConsole.Profile.Capabilities.Interactive
                ? AnsiConsole.Status().Start($"Simulating {count} people over {length} rounds…", context => Run(r => context.Status($"Round {r.Round} of {length}…")))
                : Run(null);
            foreach (SimulationRound round in report.Rounds)
            {
                table.AddRow(round.Round.ToString(CultureInfo.InvariantCulture), Reward(round.RulesOnly), Reward(round.Personalized), Reward(round.Best), Share(round.GapClosed));
            }

            AnsiConsole.MarkupLine($"Mean reward per round (the hidden expected reward of the served items, 0 to 1) for {count} synthetic people, seed {seeded}, population model: {(trainer?.ToString() ?? "none")}:");
            AnsiConsole.Write(table);
            foreach (int checkpoint in Checkpoints.Where(c => c <= report.Rounds.Count))
            {
                AnsiConsole.MarkupLine($"Gap closed at round {checkpoint}: [bold]{Share(report.Rounds[checkpoint - 1].GapClosed)}[/]");
            }

            if (report.GapClosedOver(16, 20) is { } late) AnsiConsole.MarkupLine($"Gap closed over rounds 16 to 20: [bold]{Share(late)}[/]");
            if (report.NewcomerGapClosed is { } cold)
                AnsiConsole.MarkupLine($"Cold start: {report.Newcomers} people joining after {count} others, gap closed over their first {Simulator.NewcomerRounds} routines: [bold]{Share(cold)}[/]");
            if (logged is not null) Compare(logged, seeded);

            bool bounded = report.RuleExcluded == 0;
            AnsiConsole.MarkupLine(bounded
                ? $"[green]No rule-excluded item was ever chosen[/] ({report.ItemsServed} personalized items served)."
                : $"[red]{report.RuleExcluded} rule-excluded or out-of-bounds choices[/] in {report.ItemsServed} personalized items.");
            return bounded ? 0 : 1;
        });
        return command;
    }

    private static void Compare(TrainingSet logged, int seed)
    {
        var table = new Table().AddColumns("trainer", "held-out RMSE", "held-out NDCG (by hand)", "groups", "training s");
        (double served, _) = RankingQuality.MeanNdcg(logged.Items.Skip(TrainerComparison.HeldOutFrom(logged.Items)).ToArray(), new float[logged.Items.Count]);
        table.AddRow("(the served order)", "", Reward(served), "", "");
        foreach (TrainerScore score in TrainerComparison.Run(logged, Enum.GetValues<PopulationTrainer>(), seed))
        {
            table.AddRow(score.Trainer.ToString(), Reward(score.Rmse), Reward(score.Ndcg), score.Groups.ToString(CultureInfo.InvariantCulture), score.TrainSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        }

        AnsiConsole.MarkupLine($"Population trainers on the run's {logged.Items.Count} logged items ({logged.Outcomes} outcomes), the last fifth held out:");
        AnsiConsole.Write(table);
    }

    private static string Reward(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Share(double share) => share.ToString("0%", CultureInfo.InvariantCulture);
}
