using System.CommandLine;
using Advisor.Rules.Metadata;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary><c>rules [--guideline G12]</c>: every rule with its guideline ids, phase and priority.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var guideline = new Option<string?>("--guideline") { Description = "Only the rules that cite this guideline id, such as G12." };
        var command = new Command("rules", "List every rule with the guideline ids it encodes.") { guideline };
        command.SetAction(parse =>
        {
            string? only = parse.GetValue(guideline);
            var rules = Composition.RecommenderForOneAnswer.Guidance.Rules
                .Where(r => only is null || r.Guidelines.Contains(only, StringComparer.OrdinalIgnoreCase))
                .OrderBy(r => Phases.InOrder.ToList().IndexOf(r.Phase)).ThenBy(r => r.Guidelines.FirstOrDefault(), GuidelineOrder.Instance)
                .ToList();
            if (rules.Count == 0)
            {
                Console.Error.WriteLine($"No rule cites {only}; 'rules' lists every rule with the guidelines it cites.");
                return AssessmentFile.BadInput;
            }

            var table = new Table().AddColumns("guidelines", "phase", "rule", "what it says");
            foreach (var rule in rules) table.AddRow(string.Join(" ", rule.Guidelines), rule.Phase, Markup.Escape(rule.Name), Markup.Escape(rule.Description ?? ""));
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    /// <summary>G2 before G10: by number, not by text.</summary>
    private sealed class GuidelineOrder : IComparer<string?>
    {
        public static readonly GuidelineOrder Instance = new();

        public int Compare(string? x, string? y) => Number(x).CompareTo(Number(y));

        private static int Number(string? id) => int.TryParse(id?.TrimStart('G'), out int n) ? n : int.MaxValue;
    }
}
