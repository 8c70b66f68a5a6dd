using NRules.Fluent.Dsl;

namespace Advisor.Rules.Metadata;

/// <summary>
/// The guideline a rule encodes, as an NRules tag: one id per attribute, so a search for
/// <c>Guideline("G12")</c> finds every rule of G12. A rule may encode several.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class GuidelineAttribute(string id) : TagAttribute(id)
{
    /// <summary>The guideline id, G1 to G42.</summary>
    public string Id { get; } = id;
}
