using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Diagnostics;

/// <summary>How one pattern fared: the facts it saw and how each condition judged them.</summary>
public sealed record PatternReport(
    int Position, PatternElement Pattern, int Candidates, int PartialMatches,
    IReadOnlyList<ConditionReport> Conditions, bool Blocks, string Reason);
