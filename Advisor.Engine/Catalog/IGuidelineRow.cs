namespace Advisor.Engine.Catalog;

/// <summary>A decision-table row that cites the guidelines it comes from.</summary>
public interface IGuidelineRow
{
    /// <summary>The guideline ids of the row.</summary>
    IReadOnlyList<string> Guidelines { get; }
}
