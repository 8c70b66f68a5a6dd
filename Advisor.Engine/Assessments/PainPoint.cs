namespace Advisor.Engine.Assessments;

/// <summary>Pain in one region: its 0-10 rating and whether full range of motion hurts (G3).</summary>
public sealed record PainPoint(Region Region, int Severity, bool FullRangePainful = false);
