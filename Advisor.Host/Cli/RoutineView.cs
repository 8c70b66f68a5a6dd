using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;
using Advisor.Engine.Routines;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Advisor.Host.Cli;

/// <summary>A routine as a person reads it in a terminal.</summary>
internal static class RoutineView
{
    public static void Write(Routine routine)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine(routine.Status == RoutineStatus.Refer ? "[bold red]Please pause.[/]" : $"[bold]Routine[/] {routine.RoutineId}  ({Duration(routine.TotalSeconds)})");
        console.WriteLine(routine.Message);
        foreach (PhasePlan phase in routine.Phases)
        {
            console.WriteLine();
            console.MarkupLine($"[bold underline]{Kebab.Name(phase.Phase)}[/]");
            int number = 1;
            foreach (RoutineItem item in phase.Items)
            {
                console.Write(Heading(number++, item));
                console.Write(Hanging(5, "", $"[italic]{Markup.Escape(item.Instructions)}[/]"));
                foreach (string cue in item.Cues) console.Write(Hanging(5, "-", Markup.Escape(cue)));
                console.Write(Hanging(5, "", $"[dim]why: {Markup.Escape(string.Join("; ", item.Because.Select(r => $"{r.Rule} ({string.Join(", ", r.Guidelines)})")))}[/]"));
            }
        }

        if (routine.Schedule is { } schedule)
        {
            console.WriteLine();
            console.MarkupLine($"[bold underline]through the workday[/] (a micro-break every {routine.IntervalMinutes} minutes)");
            foreach (ScheduleSlot slot in schedule)
            {
                string when = Kebab.Name(slot.When);
                foreach (ScheduledMovement movement in slot.Movements)
                {
                    console.Write(Hanging(2, $"{when,-15}", $"{Markup.Escape(Name(routine, movement.ExerciseId))}  [dim]{Dose(movement)}[/]"));
                    when = "";
                }
            }
        }

        if (routine.Reminders.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold underline]also[/]");
            foreach (string reminder in routine.Reminders) console.Write(Hanging(2, "-", Markup.Escape(reminder)));
        }

        if (routine.Omitted.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold underline]left out[/]");
            foreach (Omission omission in routine.Omitted) console.Write(Hanging(2, "", $"[dim]{omission.ExerciseId}: {Markup.Escape(omission.Reason)}[/]"));
        }
    }

    // The number, the name and id (which may wrap), and the dose, which never does: "hold 5 s" split
    // over two lines reads as two things.
    private static Grid Heading(int number, RoutineItem item)
    {
        var grid = new Grid()
            .AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1))
            .AddColumn(new GridColumn().PadRight(2))
            .AddColumn(new GridColumn().NoWrap().PadRight(0));
        grid.AddRow(new Text($"{number}."), new Markup($"[bold]{Markup.Escape(item.Name)}[/] [dim]({item.ExerciseId})[/]"), new Markup(Dose(item)));
        return grid;
    }

    // A label, then text that wraps under itself rather than under the label or the margin.
    private static IRenderable Hanging(int indent, string label, string markup)
    {
        var grid = new Grid();
        if (label.Length > 0) grid.AddColumn(new GridColumn().NoWrap().PadLeft(indent).PadRight(1));
        grid.AddColumn(new GridColumn().PadLeft(label.Length > 0 ? 0 : indent).PadRight(0));
        if (label.Length > 0) grid.AddRow(new Text(label), new Markup(markup));
        else grid.AddRow(new Markup(markup));
        return grid;
    }

    private static string Name(Routine routine, string exerciseId) =>
        routine.Phases.SelectMany(p => p.Items).FirstOrDefault(i => i.ExerciseId == exerciseId)?.Name
        ?? Composition.Catalog.Find(exerciseId)?.Name
        ?? exerciseId;

    private static string Dose(RoutineItem item) => Dose(item.Sets, item.Reps, item.HoldSeconds, item.BothSides, item.Range, item.Seconds);

    // A scheduled movement reads like an item: the same dose and range, so it is done as carefully.
    private static string Dose(ScheduledMovement movement) => Dose(
        movement.Sets, movement.Reps, movement.HoldSeconds, Composition.Catalog.Find(movement.ExerciseId)?.OneSided ?? false, movement.Range, movement.Seconds);

    private static string Dose(int sets, int reps, int holdSeconds, bool bothSides, Engine.Routines.Range range, int seconds)
    {
        var parts = new List<string> { $"{sets} x {reps}" };
        if (holdSeconds > 0) parts.Add($"hold {holdSeconds} s");
        if (bothSides) parts.Add("each side");
        if (range == Engine.Routines.Range.Micro) parts.Add("micro range");
        if (range == Engine.Routines.Range.Small) parts.Add("small range");
        parts.Add($"about {Duration(seconds)}");
        return string.Join(", ", parts.Select(part =>
        {
            string kept = Markup.Escape(part);
            return part == "micro range" ? $"[yellow]{kept}[/]" : kept;
        }));
    }

    private static string Duration(int seconds) => seconds >= 60 ? $"{seconds / 60} min {seconds % 60:00} s" : $"{seconds} s";
}
