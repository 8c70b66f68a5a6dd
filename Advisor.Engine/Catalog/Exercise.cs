using Advisor.Engine.Assessments;

namespace Advisor.Engine.Catalog;

/// <summary>One exercise of the catalog.</summary>
public sealed record Exercise
{
    /// <summary>The contract's exercise id, such as "iliopsoas-release".</summary>
    public required string Id { get; init; }

    /// <summary>The name as the guidance spells it.</summary>
    public required string Name { get; init; }

    /// <summary>What it mainly does.</summary>
    public required ExerciseKind Kind { get; init; }

    /// <summary>The regions it moves or loads (G3 decides micro range from these).</summary>
    public required IReadOnlyList<Region> Regions { get; init; }

    /// <summary>The muscles it works.</summary>
    public required IReadOnlyList<Muscle> Muscles { get; init; }

    /// <summary>Floor, seated or standing.</summary>
    public required Position Position { get; init; }

    /// <summary>What it needs; empty for bodyweight.</summary>
    public required IReadOnlyList<Equipment> Equipment { get; init; }

    /// <summary>A bodyweight exercise that serves the same purpose when the equipment is missing (G40).</summary>
    public string? Alternative { get; init; }

    /// <summary>Done one side at a time, so mirrored (G9).</summary>
    public required bool OneSided { get; init; }

    /// <summary>The default dose.</summary>
    public required Dose Dose { get; init; }

    /// <summary>Has a micromovement version (G2, G3).</summary>
    public required bool MicroCapable { get; init; }

    /// <summary>How to do it.</summary>
    public required string Instructions { get; init; }

    /// <summary>The source document's file name.</summary>
    public required string Source { get; init; }

    /// <summary>How a light band is added when the movement has become effortless (data/band-loads.csv); null where a band cannot load it (G25).</summary>
    public string? BandLoad { get; init; }

    /// <summary>The catalog's seconds for one repetition on one side: the pace no fitting may go below.</summary>
    public double RepetitionSeconds => (double)Dose.Seconds / (Dose.Sets * Dose.Reps * (OneSided ? 2 : 1));

    /// <inheritdoc />
    public override string ToString() => Id;
}
