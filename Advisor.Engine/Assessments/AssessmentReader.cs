using System.Text.Json;
using Advisor.Engine.Documents;

namespace Advisor.Engine.Assessments;

/// <summary>Reads and validates an assessment document (docs/contract.md), naming every bad field.</summary>
public static class AssessmentReader
{
    private static readonly HashSet<string> Fields =
    [
        "painPoints", "inactiveMuscles", "tightMuscles", "weakMuscles", "conditions", "redFlags",
        "setting", "day", "minutes", "equipment",
    ];

    private static readonly HashSet<string> PainPointFields = ["region", "severity", "fullRangePainful"];

    /// <summary>Parses <paramref name="json"/>; throws <see cref="InvalidDocumentException"/> listing every problem.</summary>
    public static Assessment Read(string json)
    {
        using JsonDocument? document = DocumentReader.Parse(json, "assessment", out FieldError? malformed);
        if (document is null) throw new InvalidDocumentException("assessment", [malformed!]);
        return Read(document.RootElement);
    }

    /// <summary>Validates an already parsed document.</summary>
    public static Assessment Read(JsonElement root)
    {
        var reader = new DocumentReader();
        if (!reader.Object(root, "$", Fields)) throw new InvalidDocumentException("assessment", reader.Errors);
        var assessment = new Assessment
        {
            PainPoints = PainPoints(reader, root),
            InactiveMuscles = reader.Values<Muscle>(root, "$", "inactiveMuscles"),
            TightMuscles = reader.Values<Muscle>(root, "$", "tightMuscles"),
            WeakMuscles = reader.Values<Muscle>(root, "$", "weakMuscles"),
            Conditions = reader.Values<Condition>(root, "$", "conditions"),
            RedFlags = reader.Values<RedFlag>(root, "$", "redFlags"),
            Setting = reader.Value(root, "$", "setting", (Setting?)Setting.Home),
            Day = reader.Value(root, "$", "day", (Day?)Day.Workday),
            Minutes = reader.Integer(root, "$", "minutes", 1, 120, 10),
            Equipment = reader.Values<Equipment>(root, "$", "equipment"),
        };
        if (reader.Errors.Count > 0) throw new InvalidDocumentException("assessment", DocumentOrder.Sort(root, reader.Errors));
        return assessment;
    }

    private static List<PainPoint> PainPoints(DocumentReader reader, JsonElement root)
    {
        var points = new List<PainPoint>();
        foreach ((JsonElement item, string field) in reader.Array(root, "$", "painPoints", Enum.GetValues<Region>().Length))
        {
            int before = reader.Errors.Count;
            if (!reader.Object(item, field, PainPointFields)) continue;
            var point = new PainPoint(
                reader.Value(item, field, "region", (Region?)null),
                reader.Integer(item, field, "severity", 0, 10, null),
                reader.Boolean(item, field, "fullRangePainful", false));
            if (reader.Errors.Count > before) continue;
            if (points.Any(p => p.Region == point.Region))
                reader.Error($"{field}.region", $"'{Kebab.Name(point.Region)}' appears in more than one pain point");
            else points.Add(point);
        }

        return points;
    }
}
