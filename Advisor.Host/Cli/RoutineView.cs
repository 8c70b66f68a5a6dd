using Advisor.Engine.Assessments;
using Advisor.Engine.Routines;
using Spectre.Console;

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
                console.MarkupLine($"  [bold]{number++}. {Markup.Escape(item.Name)}[/] [dim]({item.ExerciseId})[/]  {Dose(item)}");
                console.MarkupLine($"     [italic]{Markup.Escape(item.Instructions)}[/]");
                foreach (string cue in item.Cues) console.MarkupLine($"     - {Markup.Escape(cue)}");
                console.MarkupLine($"     [dim]why: {Markup.Escape(string.Join("; ", item.Because.Select(r => $"{r.Rule} ({string.Join(", ", r.Guidelines)})")))}[/]");
            }
        }

        if (routine.Schedule is { } schedule)
        {
            console.WriteLine();
            console.MarkupLine($"[bold underline]through the workday[/] (a micro-break every {routine.IntervalMinutes} minutes)");
            foreach (ScheduleSlot slot in schedule) console.WriteLine($"  {Kebab.Name(slot.When),-15} {string.Join(", ", slot.ExerciseIds)}");
        }

        if (routine.Reminders.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold underline]also[/]");
            foreach (string reminder in routine.Reminders) console.WriteLine($"  - {reminder}");
        }

        if (routine.Omitted.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold underline]left out[/]");
            foreach (Omission omission in routine.Omitted) console.MarkupLine($"  [dim]{omission.ExerciseId}: {Markup.Escape(omission.Reason)}[/]");
        }
    }

    private static string Dose(RoutineItem item)
    {
        string reps = $"{item.Sets} x {item.Reps}" + (item.HoldSeconds > 0 ? $", hold {item.HoldSeconds} s" : "");
        string sides = item.BothSides ? ", each side" : "";
        string range = item.Range == Engine.Routines.Range.Micro ? ", [yellow]micro range[/]" : "";
        return $"{reps}{sides}{range}, about {Duration(item.Seconds)}";
    }

    private static string Duration(int seconds) => seconds >= 60 ? $"{seconds / 60} min {seconds % 60:00} s" : $"{seconds} s";
}
