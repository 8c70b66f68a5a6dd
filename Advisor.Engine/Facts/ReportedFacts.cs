using Advisor.Engine.Assessments;

namespace Advisor.Engine.Facts;

// The assessment, as facts a rule can match. PainPoint is matched as it is.

/// <summary>A muscle the person reports will not fire.</summary>
public sealed record InactiveMuscle(Muscle Muscle);

/// <summary>A muscle that is tight: reported by the person, or derived from an inactive antagonist (WAKE).</summary>
public sealed record TightMuscle(Muscle Muscle);

/// <summary>A muscle the person reports as weak (G20).</summary>
public sealed record WeakMuscle(Muscle Muscle);

/// <summary>A condition the person reports.</summary>
public sealed record ReportedCondition(Condition Condition);

/// <summary>A red-flag symptom the person reports (G1).</summary>
public sealed record ReportedRedFlag(RedFlag Flag);

/// <summary>Where, what kind of day, and how long.</summary>
public sealed record Occasion(Setting Setting, Day Day, int Minutes);

/// <summary>Equipment the person has (or that the setting implies).</summary>
public sealed record HasEquipment(Equipment Item);
