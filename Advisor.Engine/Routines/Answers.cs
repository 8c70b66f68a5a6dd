using Advisor.Engine.Outcomes;
using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;
using Advisor.Engine.Facts;

namespace Advisor.Engine.Routines;

/// <summary>A person's answers (and logged outcomes), as facts, in plain words.</summary>
public static class Answers
{
    /// <summary>The answer a fact stands for, or null for facts that are not the person's (catalog rows).</summary>
    public static string? Describe(object fact) => fact switch
    {
        PainPoint p => $"{Kebab.Name(p.Region)} pain {p.Severity}/10" + (p.FullRangePainful ? ", full range hurts" : ""),
        InactiveMuscle m => $"inactive {Kebab.Name(m.Muscle)}",
        TightMuscle m => $"tight {Kebab.Name(m.Muscle)}",
        WeakMuscle m => $"weak {Kebab.Name(m.Muscle)}",
        ReportedCondition c => $"condition: {Kebab.Name(c.Condition)}",
        ReportedRedFlag f => $"red flag: {Kebab.Name(f.Flag)}",
        Occasion o => $"{Kebab.Name(o.Setting)}, {Kebab.Name(o.Day)} day, {o.Minutes} minutes",
        HasEquipment e => $"you have: {Kebab.Name(e.Item)}",
        PainTrend t => $"logged {Kebab.Name(t.Region)} pain {t.Latest.Before} → {t.Latest.After} after routine {t.Latest.Routine}"
            + (t.Previous is { } p ? $", {p.Before} → {p.After} after routine {p.Routine}" : ""),
        RatingHistory r => $"rated {r.ExerciseId} {Kebab.Name(r.Latest)} after routine {r.LatestRoutine}",
        ConditionLog c => $"logged {Kebab.Name(c.Condition)} after routine {c.Routine}",
        LogSummary s => $"{s.Routines} routines logged over {s.DaysSinceFirst} days",
        _ => null,
    };
}
