namespace Advisor.Engine.Assessments;

/// <summary>A person's self-assessment, as the contract defines it, already validated.</summary>
public sealed record Assessment
{
    /// <summary>Where it hurts, one entry per region.</summary>
    public IReadOnlyList<PainPoint> PainPoints { get; init; } = [];

    /// <summary>Muscles that will not fire.</summary>
    public IReadOnlyList<Muscle> InactiveMuscles { get; init; } = [];

    /// <summary>Muscles that feel chronically tight.</summary>
    public IReadOnlyList<Muscle> TightMuscles { get; init; } = [];

    /// <summary>Muscles that fire but lack strength (G20).</summary>
    public IReadOnlyList<Muscle> WeakMuscles { get; init; } = [];

    /// <summary>Conditions that shape the routine.</summary>
    public IReadOnlyList<Condition> Conditions { get; init; } = [];

    /// <summary>Symptoms that call for a referral (G1).</summary>
    public IReadOnlyList<RedFlag> RedFlags { get; init; } = [];

    /// <summary>Where the routine is done.</summary>
    public Setting Setting { get; init; } = Setting.Home;

    /// <summary>The kind of day.</summary>
    public Day Day { get; init; } = Day.Workday;

    /// <summary>Minutes available, 1 to 120.</summary>
    public int Minutes { get; init; } = 10;

    /// <summary>Equipment to hand.</summary>
    public IReadOnlyList<Equipment> Equipment { get; init; } = [];
}
