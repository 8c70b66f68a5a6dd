namespace Advisor.Engine.Reasoning;

/// <summary>
/// One firing that concluded a fact: the rule, the guidelines it cites for this conclusion (a
/// decision-table row's own ids when the rule read one), and the facts its match bound.
/// </summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Guidelines">The guideline ids this conclusion rests on.</param>
/// <param name="Premises">The facts of the match, in the order the rule's patterns bound them.</param>
public sealed record Justification(GuidanceRule Rule, IReadOnlyList<string> Guidelines, IReadOnlyList<object> Premises);
