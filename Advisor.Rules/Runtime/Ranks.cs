namespace Advisor.Rules.Runtime;

/// <summary>
/// Ranks order proposals within a routine phase, lower first. A table's steps keep their own order
/// (1, 2, 3 …) above a base that says where the table stands among the phase's other proposals.
/// </summary>
public static class Ranks
{
    /// <summary>Opens its phase; nothing may be placed before it (G11's core bracing, G16's Arch &amp; Flatten).</summary>
    public const int Opener = 0;

    /// <summary>Desk movements answering a pain point come after the baseline and the wake-ups (G23).</summary>
    public const int PainPointMovements = 10;

    /// <summary>Movements for a reported condition (G30 to G34), after what the WAKE chains propose.</summary>
    public const int ConditionMovements = 10;

    /// <summary>Hip primers before lower-body work (G27), after movements for conditions.</summary>
    public const int LowerBodyPrimers = 20;

    /// <summary>Shoulder primers before upper-body work (G28).</summary>
    public const int UpperBodyPrimers = 30;

    /// <summary>Between heavy sets (G29): last of all.</summary>
    public const int BetweenSets = 40;

    /// <summary>The rank of the n-th step of a table, above <paramref name="baseRank"/>.</summary>
    public static int Step(int baseRank, int order) => baseRank + order;
}
