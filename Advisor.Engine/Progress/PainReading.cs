namespace Advisor.Engine.Progress;

/// <summary>A region's pain around one logged routine: before and after, each null when not rated.</summary>
public sealed record PainReading(DateTimeOffset At, int? Before, int? After);
