using System.CommandLine;
using Advisor.Engine.Routines;

namespace Advisor.Host.Cli;

/// <summary><c>recommend FILE [--json]</c>: the routine for an assessment.</summary>
internal static class RecommendCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "An assessment JSON file (see data/examples/)." };
        var json = new Option<bool>("--json") { Description = "Print the contract's routine JSON instead of the readable view." };
        var command = new Command("recommend", "Print the routine for an assessment: phases, items, dose, cues and why.") { file, json };
        command.SetAction(parse =>
        {
            var assessment = AssessmentFile.Read(parse.GetValue(file)!, out int exitCode);
            if (assessment is null) return exitCode;
            Routine routine = Composition.RecommenderForOneAnswer.Recommend(assessment).Routine;
            if (parse.GetValue(json)) Console.WriteLine(RoutineJson.Write(routine));
            else RoutineView.Write(routine);
            return 0;
        });
        return command;
    }
}
