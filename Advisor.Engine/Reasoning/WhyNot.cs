namespace Advisor.Engine.Reasoning;

/// <summary>
/// What a rule's conditions saw in one run: each condition in the order the rule states them, how
/// many facts passed it, and what it rejected. <see cref="Summary"/> says it in plain words.
/// </summary>
/// <param name="Rule">The rule asked about.</param>
/// <param name="Fired">How many matches it fired for.</param>
/// <param name="Conditions">Each condition, with what it saw.</param>
public sealed record WhyNot(GuidanceRule Rule, int Fired, IReadOnlyList<ConditionReport> Conditions)
{
    /// <summary>The first condition that let nothing through, or null when every one passed.</summary>
    public ConditionReport? Blocking => Conditions.FirstOrDefault(c => !c.Passed);

    /// <summary>One sentence: why the rule did not fire, or that it did.</summary>
    public string Summary => Blocking is { } blocking
        ? $"\"{Rule.Name}\" ({string.Join(", ", Rule.Guidelines)}) needs {blocking.Wants}, {blocking.Saw}"
        : Fired > 0
            ? $"\"{Rule.Name}\" ({string.Join(", ", Rule.Guidelines)}) fired {Fired} time{(Fired == 1 ? "" : "s")}"
            : $"\"{Rule.Name}\" ({string.Join(", ", Rule.Guidelines)}) did not fire: every condition passed, but an earlier rule halted the session";
}

/// <summary>One condition of a rule and what it saw.</summary>
/// <param name="Wants">What it asks for, in plain words ("the setting is desk").</param>
/// <param name="Passed">True when some fact (or, for a "no … " condition, no fact) let the match through.</param>
/// <param name="Saw">What it saw, in plain words ("but you answered: home").</param>
public sealed record ConditionReport(string Wants, bool Passed, string Saw);
