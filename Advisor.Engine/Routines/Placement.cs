namespace Advisor.Engine.Routines;

/// <summary>
/// What a ranker says about one candidate: how it was placed, and, when it has something to say,
/// why in plain words. The words may be composed only when asked for, since a routine keeps only
/// some of a phase's candidates.
/// </summary>
public sealed class Placement
{
    private readonly Lazy<string?> _explanation;

    /// <summary>A placement with its explanation, or none.</summary>
    public Placement(ItemPersonalization personalization, string? explanation = null)
        : this(personalization, new Lazy<string?>(explanation))
    {
    }

    private Placement(ItemPersonalization personalization, Lazy<string?> explanation)
    {
        Personalization = personalization;
        _explanation = explanation;
    }

    /// <summary>A placement whose explanation <paramref name="explain"/> composes when it is first asked for.</summary>
    public static Placement Deferred(ItemPersonalization personalization, Func<string?> explain) => new(personalization, new Lazy<string?>(explain));

    /// <summary>The logged placement.</summary>
    public ItemPersonalization Personalization { get; }

    /// <summary>A plain-words sentence for the item's <c>because</c>, or null when the placement needs none.</summary>
    public string? Explanation => _explanation.Value;
}
