using System.Text.RegularExpressions;

namespace Advisor.UnitTests.Assessments;

/// <summary>
/// The documents docs/contract.md shows, read from it, so that the tests send what a reader of the
/// contract would copy, and a change to the example that the API would refuse fails a test.
/// </summary>
public static partial class ContractExamples
{
    /// <summary>The assessment shown under "takes an assessment:".</summary>
    public static string Assessment { get; } = JsonAfter("takes an assessment:");

    private static string JsonAfter(string words)
    {
        string contract = File.ReadAllText(Path.Combine(Repository.Root, "docs", "contract.md"));
        int at = contract.IndexOf(words, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"docs/contract.md no longer says \"{words}\".");
        Match block = JsonBlock().Match(contract, at);
        if (!block.Success) throw new InvalidOperationException($"docs/contract.md shows no JSON after \"{words}\".");
        return block.Groups[1].Value;
    }

    [GeneratedRegex(@"```json\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
