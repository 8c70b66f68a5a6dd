using System.CommandLine;
using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary><c>exercises</c>: the catalog.</summary>
internal static class ExercisesCommand
{
    public static Command Create()
    {
        var command = new Command("exercises", "List the exercise catalog.");
        command.SetAction(_ =>
        {
            // An id is what a person copies into explain: never broken across lines.
            var table = new Table().AddColumn(new TableColumn("id").NoWrap()).AddColumns("name", "kind", "position", "regions", "equipment", "micro");
            foreach (Exercise e in Composition.Catalog.Exercises)
            {
                table.AddRow(e.Id, Markup.Escape(e.Name), Kebab.Name(e.Kind), Kebab.Name(e.Position),
                    string.Join(", ", e.Regions.Select(Kebab.Name)), string.Join(", ", e.Equipment.Select(Kebab.Name)), e.MicroCapable ? "yes" : "no");
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
