using Advisor.Engine.Assessments;

namespace Advisor.Engine.Catalog;

/// <summary>A WAKE chain: a muscle that will not fire because its antagonist is tight (G12, G14, G15).</summary>
public sealed record Antagonist(Muscle Inactive, Muscle Tight, IReadOnlyList<string> Guidelines) : IGuidelineRow;
