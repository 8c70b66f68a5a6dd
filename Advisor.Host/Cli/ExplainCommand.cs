using System.CommandLine;
using Advisor.Engine.Routines;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary><c>explain FILE EXERCISE-ID</c>: why an exercise is in the routine, or what kept it out.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "An assessment JSON file." };
        var exercise = new Argument<string>("EXERCISE-ID") { Description = "An exercise id, such as iliopsoas-release." };
        var command = new Command("explain", "Say why an exercise is in the routine, back to your answers, or which condition kept it out.") { file, exercise };
        command.SetAction(parse =>
        {
            var assessment = AssessmentFile.Read(parse.GetValue(file)!, out int exitCode);
            if (assessment is null) return exitCode;
            string id = parse.GetValue(exercise)!;
            if (Composition.Catalog.Find(id) is null)
            {
                Console.Error.WriteLine($"There is no exercise '{id}'; 'exercises' lists them all.");
                return AssessmentFile.BadInput;
            }

            Write(Composition.RecommenderForOneAnswer.Recommend(assessment).Explain(id));
            return 0;
        });
        return command;
    }

    private static void Write(ExerciseExplanation explanation)
    {
        var console = AnsiConsole.Console;
        string name = Markup.Escape(explanation.Exercise.Name);
        if (explanation.Included)
        {
            console.MarkupLine($"[bold]{name}[/] is in the routine because:");
            foreach (Reason reason in explanation.Because) console.WriteLine($"  - {reason.Rule} ({string.Join(", ", reason.Guidelines)})");
        }
        else
        {
            console.MarkupLine($"[bold]{name}[/] is not in the routine:");
            foreach (string why in explanation.WhyNot) console.WriteLine($"  - {why}");
        }

        if (explanation.Answers.Count > 0)
        {
            console.WriteLine("It rests on these answers of yours:");
            foreach (string answer in explanation.Answers) console.WriteLine($"  - {answer}");
        }
    }
}
