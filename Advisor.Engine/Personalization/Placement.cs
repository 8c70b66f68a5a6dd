namespace Advisor.Engine.Personalization;

/// <summary>What a ranker says about one candidate: how it was placed, and, when it has something to say, why in plain words.</summary>
/// <param name="Personalization">The logged placement.</param>
/// <param name="Explanation">A plain-words sentence for the item's <c>because</c>, or null when the placement needs none.</param>
public sealed record Placement(ItemPersonalization Personalization, string? Explanation);
