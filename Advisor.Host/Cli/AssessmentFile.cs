using System.Text.Json;
using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;

namespace Advisor.Host.Cli;

/// <summary>
/// Reads an assessment file for a command; a missing or invalid file is reported plainly, with
/// exit code 2. Answers the file leaves out are said, with the value used instead, on standard
/// error so the routine itself stays clean to pipe.
/// </summary>
internal static class AssessmentFile
{
    public const int BadInput = 2;

    public static Assessment? Read(string path, out int exitCode)
    {
        exitCode = BadInput;
        if (Directory.Exists(path))
        {
            Console.Error.WriteLine($"'{path}' is a folder; give an assessment file, such as data/examples/glutes-wont-fire.json.");
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            Console.Error.WriteLine($"Cannot read '{path}': {e.Message}");
            return null;
        }

        Assessment assessment;
        try
        {
            assessment = AssessmentReader.Read(text);
        }
        catch (InvalidDocumentException e)
        {
            Console.Error.WriteLine($"'{path}' is not a valid assessment:");
            foreach (FieldError error in e.Errors) Console.Error.WriteLine($"  {error.Field}: {error.Message}");
            return null;
        }

        if (Defaults(text, assessment) is { Count: > 0 } defaults)
            Console.Error.WriteLine($"'{path}' does not say {string.Join(", ", defaults.Select(d => d.Field))}; using {string.Join(", ", defaults.Select(d => $"{d.Field} {d.Value}"))}.");
        exitCode = 0;
        return assessment;
    }

    // The answers with a default other than "none": where, what kind of day, how long.
    private static List<(string Field, string Value)> Defaults(string text, Assessment read)
    {
        using JsonDocument document = JsonDocument.Parse(text);
        bool Has(string field) => document.RootElement.TryGetProperty(field, out JsonElement value) && value.ValueKind != JsonValueKind.Null;
        var defaults = new List<(string, string)>();
        if (!Has("setting")) defaults.Add(("setting", Kebab.Name(read.Setting)));
        if (!Has("day")) defaults.Add(("day", Kebab.Name(read.Day)));
        if (!Has("minutes")) defaults.Add(("minutes", read.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return defaults;
    }
}
