using Advisor.Engine.Assessments;

namespace Advisor.Engine.Catalog;

/// <summary>The n-th desk micro-movement for a pain region (data/desk-regions.csv, G23).</summary>
public sealed record DeskStep(Region Region, int Order, string ExerciseId, IReadOnlyList<string> Guidelines) : IGuidelineRow;
