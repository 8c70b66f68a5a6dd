using System.Text.Json;
using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;

namespace Advisor.Engine.Outcomes;

/// <summary>Reads and validates an outcome document (docs/contract.md, G26), naming every bad field.</summary>
public static class OutcomeReader
{
    private static readonly HashSet<string> Fields =
    [
        "completed", "painBefore", "painAfter", "stiffnessBefore", "stiffnessAfter", "energyBefore", "energyAfter",
        "focusBefore", "focusAfter", "ratings", "conditions",
    ];

    /// <summary>
    /// Parses <paramref name="json"/>; exercise ids must be in <paramref name="exerciseIds"/>.
    /// Throws <see cref="InvalidDocumentException"/> listing every problem.
    /// </summary>
    public static Outcome Read(string json, IReadOnlySet<string> exerciseIds)
    {
        using JsonDocument? document = DocumentReader.Parse(json, "outcome", out FieldError? malformed);
        if (document is null) throw new InvalidDocumentException("outcome", [malformed!]);
        return Read(document.RootElement, exerciseIds);
    }

    /// <summary>
    /// Parses an outcome the store kept. Its exercise ids were checked against the catalog when it
    /// was logged; a catalog that has since dropped an exercise must not make a person's history
    /// unreadable, so any id is taken here.
    /// </summary>
    public static Outcome ReadStored(string json) => Read(json, AnyExercise.Instance);

    /// <summary>Validates an already parsed document.</summary>
    public static Outcome Read(JsonElement root, IReadOnlySet<string> exerciseIds)
    {
        var reader = new DocumentReader();
        if (!reader.Object(root, "$", Fields)) throw new InvalidDocumentException("outcome", reader.Errors);
        var outcome = new Outcome
        {
            Completed = Exercises(reader, root, exerciseIds),
            PainBefore = Pain(reader, root, "painBefore"),
            PainAfter = Pain(reader, root, "painAfter"),
            StiffnessBefore = Scale(reader, root, "stiffnessBefore"),
            StiffnessAfter = Scale(reader, root, "stiffnessAfter"),
            EnergyBefore = Scale(reader, root, "energyBefore"),
            EnergyAfter = Scale(reader, root, "energyAfter"),
            FocusBefore = Scale(reader, root, "focusBefore"),
            FocusAfter = Scale(reader, root, "focusAfter"),
            Ratings = Ratings(reader, root, exerciseIds),
            Conditions = reader.Values<Condition>(root, "$", "conditions"),
        };
        if (reader.Errors.Count > 0) throw new InvalidDocumentException("outcome", DocumentOrder.Sort(root, reader.Errors));
        return outcome;
    }

    private static List<string> Exercises(DocumentReader reader, JsonElement root, IReadOnlySet<string> exerciseIds)
    {
        var ids = new List<string>();
        foreach ((JsonElement item, string field) in reader.Array(root, "$", "completed", exerciseIds.Count))
        {
            if (item.ValueKind != JsonValueKind.String || !exerciseIds.Contains(item.GetString()!))
                reader.Error(field, $"must be an exercise id from the catalog, got {DocumentReader.Describe(item)}");
            else if (ids.Contains(item.GetString()!)) reader.Error(field, $"'{item.GetString()}' is listed twice");
            else ids.Add(item.GetString()!);
        }

        return ids;
    }

    private static Dictionary<Region, int> Pain(DocumentReader reader, JsonElement root, string name)
    {
        var pain = new Dictionary<Region, int>();
        foreach ((string key, JsonElement value, string field) in Entries(reader, root, name, Enum.GetValues<Region>().Length))
        {
            if (!Kebab.TryParse(key, out Region region))
            {
                reader.Error(field, $"is not a region (regions: {string.Join(", ", Kebab.All<Region>())})");
                continue;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int level) && level is >= 0 and <= 10) pain[region] = level;
            else reader.Error(field, $"must be an integer from 0 to 10, got {DocumentReader.Describe(value)}");
        }

        return pain;
    }

    private static Dictionary<string, Rating> Ratings(DocumentReader reader, JsonElement root, IReadOnlySet<string> exerciseIds)
    {
        var ratings = new Dictionary<string, Rating>();
        foreach ((string key, JsonElement value, string field) in Entries(reader, root, "ratings", exerciseIds.Count))
        {
            if (!exerciseIds.Contains(key)) reader.Error(field, "is not an exercise id from the catalog");
            else if (reader.Parse<Rating>(value, field) is { } rating) ratings[key] = rating;
        }

        return ratings;
    }

    private static int? Scale(DocumentReader reader, JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
            ? reader.Integer(root, "$", name, 1, 10, null)
            : null;

    /// <summary>The properties of an optional object field, each with its path; repeated keys are errors.</summary>
    private static IEnumerable<(string Key, JsonElement Value, string Field)> Entries(DocumentReader reader, JsonElement root, string name, int maxEntries)
    {
        if (!root.TryGetProperty(name, out JsonElement map) || map.ValueKind == JsonValueKind.Null) return [];
        if (map.ValueKind != JsonValueKind.Object)
        {
            reader.Error(name, $"must be an object, got {DocumentReader.Describe(map)}");
            return [];
        }

        int count = map.EnumerateObject().Count();
        if (count > maxEntries)
        {
            reader.Error(name, $"has {count} entries; at most {maxEntries} are allowed");
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<(string, JsonElement, string)>();
        foreach (JsonProperty property in map.EnumerateObject())
        {
            string field = $"{name}.{property.Name}";
            if (!seen.Add(property.Name)) reader.Error(field, "appears more than once");
            else entries.Add((property.Name, property.Value, field));
        }

        return entries;
    }
}
