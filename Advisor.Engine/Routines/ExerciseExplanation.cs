using Advisor.Engine.Catalog;

namespace Advisor.Engine.Routines;

/// <summary>
/// Why an exercise is in a routine (the rules, and the person's answers they rest on), or why it
/// is not (the condition or choice that kept it out).
/// </summary>
public sealed record ExerciseExplanation(
    Exercise Exercise, bool Included, IReadOnlyList<Reason> Because, IReadOnlyList<string> Answers, IReadOnlyList<string> WhyNot);
