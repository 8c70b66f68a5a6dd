namespace Advisor.Engine.Reasoning;

/// <summary>What one run of the guidance concluded, with the reasons for each conclusion and for each rule that did not fire.</summary>
public interface IConclusions
{
    /// <summary>The facts of type <typeparamref name="T"/>: the person's and the rules' conclusions, in no particular order.</summary>
    IReadOnlyList<T> Query<T>();

    /// <summary>True when <paramref name="fact"/> (or one equal to it) was among the facts the caller gave.</summary>
    bool IsGiven(object fact);

    /// <summary>Every firing that concluded <paramref name="fact"/>; empty for a fact the caller gave.</summary>
    IReadOnlyList<Justification> JustificationsOf(object fact);

    /// <summary>Why the rule named <paramref name="ruleName"/> did not fire, or the matches it fired for.</summary>
    WhyNot WhyNot(string ruleName);

    /// <summary>The rules whose actions name <paramref name="exerciseId"/>, so a why-not can ask each of them.</summary>
    IReadOnlyList<GuidanceRule> RulesNaming(string exerciseId);
}
