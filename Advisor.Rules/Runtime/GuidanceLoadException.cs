namespace Advisor.Rules.Runtime;

/// <summary>A rule of the guidance is not well formed: its metadata or its definition is wrong. The message names the rule.</summary>
public sealed class GuidanceLoadException(string rule, string problem)
    : Exception($"Rule \"{rule}\": {problem}")
{
    /// <summary>The rule's name (or its class when it has no name yet).</summary>
    public string Rule { get; } = rule;
}
