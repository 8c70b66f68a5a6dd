using System.Text.RegularExpressions;
using Advisor.Engine.Reasoning;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Rules;

/// <summary>docs/guidance.md names, under each guideline, every rule that cites it: a maintainer finds a rule by its guideline id there.</summary>
public sealed partial class GuidanceDocTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    [Fact]
    public void Each_guideline_section_lists_the_rules_that_cite_it()
    {
        string doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "guidance.md"));
        var sections = Section().Matches(doc).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(42, sections.Count);

        var missing = new List<string>();
        foreach (GuidanceRule rule in guidance.Guidance.Rules)
        {
            foreach (string id in rule.Guidelines.Where(id => !sections[id].Contains($"\"{rule.Name}\"", StringComparison.Ordinal)))
                missing.Add($"{id}: \"{rule.Name}\"");
        }

        Assert.True(missing.Count == 0, "docs/guidance.md does not list: " + string.Join("; ", missing));
    }

    [GeneratedRegex(@"^### (G\d+)\n(.*?)(?=^### |\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Section();
}
