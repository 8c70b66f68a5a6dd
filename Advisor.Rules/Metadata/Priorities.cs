namespace Advisor.Rules.Metadata;

/// <summary>
/// NRules has one agenda, ordered by priority (higher first) and then first in, first out. The
/// phases of a session are bands of priority: every rule of an earlier phase outranks every rule of
/// a later one, so whenever a screening rule can fire it fires before any derivation rule, and so
/// on. Within a band a rule may come sooner or later than the band's default by a step or two.
/// </summary>
public static class Priorities
{
    /// <summary>How wide a band is; a rule's priority lies within half of it around the band's value.</summary>
    public const int BandWidth = 100;

    /// <summary>Red flags (G1).</summary>
    public const int Screening = 400;

    /// <summary>What the answers and history imply.</summary>
    public const int Derivation = 300;

    /// <summary>Which exercises, in which phase of the routine.</summary>
    public const int Selection = 200;

    /// <summary>Range, dose, cues, substitutions and exclusions.</summary>
    public const int Adjustment = 100;

    /// <summary>Before every other rule of the band.</summary>
    public const int First = 20;

    /// <summary>Before the band's default.</summary>
    public const int Sooner = 10;

    /// <summary>After the band's default.</summary>
    public const int Later = -10;

    /// <summary>After every other rule of the band.</summary>
    public const int Last = -20;

    /// <summary>The band's value for <paramref name="phase"/>, or null for a name that is not a phase.</summary>
    public static int? BandOf(string phase) => phase switch
    {
        Phases.Screening => Screening,
        Phases.Derivation => Derivation,
        Phases.Selection => Selection,
        Phases.Adjustment => Adjustment,
        _ => null,
    };

    /// <summary>True when <paramref name="priority"/> lies in <paramref name="phase"/>'s band.</summary>
    public static bool InBand(int priority, string phase) =>
        BandOf(phase) is int band && priority > band - BandWidth / 2 && priority < band + BandWidth / 2;
}
