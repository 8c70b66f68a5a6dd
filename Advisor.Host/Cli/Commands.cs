using System.CommandLine;

namespace Advisor.Host.Cli;

/// <summary>The command line: one verb per thing a person wants to do.</summary>
public static class Commands
{
    /// <summary>The root command with every verb.</summary>
    public static RootCommand Root()
    {
        // Every verb writes through AnsiConsole; this decides once whether that means colour and wrapping.
        Spectre.Console.AnsiConsole.Console = Terminal.Create();
        var root = new RootCommand("RoutineAdvisor: prioritized micro-movement routines from a self-assessment.");
        root.Subcommands.Add(RecommendCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(ExercisesCommand.Create());
        root.Subcommands.Add(SimulateCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        return root;
    }
}
