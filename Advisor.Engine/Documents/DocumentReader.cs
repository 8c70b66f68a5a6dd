using System.Text.Json;
using Advisor.Engine.Assessments;

namespace Advisor.Engine.Documents;

/// <summary>
/// Reads a JSON document field by field, collecting every error with its path instead of stopping
/// at the first, so a person can fix their document in one go.
/// </summary>
public sealed class DocumentReader
{
    private const string LoneSurrogate = "is not valid text: it holds half of a surrogate pair (an escape such as \\ud800 without its partner)";

    private readonly List<FieldError> _errors = [];

    /// <summary>Every error found so far.</summary>
    public IReadOnlyList<FieldError> Errors => _errors;

    /// <summary>Records an error.</summary>
    public void Error(string field, string message) => _errors.Add(new FieldError(field, message));

    /// <summary>Parses <paramref name="json"/>; a malformed document yields a single error naming where it broke.</summary>
    public static JsonDocument? Parse(string json, string document, out FieldError? error)
    {
        error = null;
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            error = new FieldError("$", $"the {document} is not well-formed JSON{where}");
            return null;
        }

        // JSON lets an escape such as \ud800 name half of a surrogate pair; such a string parses but
        // has no text, and reading it later would throw. It is refused here, with its path.
        if (Unreadable(parsed.RootElement, "$") is { } unreadable)
        {
            parsed.Dispose();
            error = unreadable;
            return null;
        }

        return parsed;
    }

    /// <summary>Checks the root is an object whose properties are all known and not repeated.</summary>
    public bool Object(JsonElement element, string path, IReadOnlySet<string> known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"must be an object, got {Describe(element)}");
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            string field = Join(path, property.Name);
            if (!known.Contains(property.Name)) Error(field, $"is not a known field (known: {string.Join(", ", known)})");
            else if (!seen.Add(property.Name)) Error(field, "appears more than once");
        }

        return true;
    }

    /// <summary>An integer field in [min, max]; <paramref name="fallback"/> when absent.</summary>
    public int Integer(JsonElement parent, string path, string name, int min, int max, int? fallback)
    {
        string field = Join(path, name);
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            if (fallback is { } given) return given;
            Error(field, "is required");
            return min;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) && number >= min && number <= max)
        {
            return number;
        }

        Error(field, $"must be an integer from {min} to {max}, got {Describe(value)}");
        return min;
    }

    /// <summary>A boolean field; <paramref name="fallback"/> when absent.</summary>
    public bool Boolean(JsonElement parent, string path, string name, bool fallback)
    {
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null) return fallback;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Error(Join(path, name), $"must be true or false, got {Describe(value)}");
        return fallback;
    }

    /// <summary>A kebab-case enum field; <paramref name="fallback"/> when absent (required when null).</summary>
    public TEnum Value<TEnum>(JsonElement parent, string path, string name, TEnum? fallback) where TEnum : struct, Enum
    {
        string field = Join(path, name);
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            if (fallback is { } given) return given;
            Error(field, "is required");
            return default;
        }

        return Parse<TEnum>(value, field) ?? default;
    }

    /// <summary>An array of distinct kebab-case enum values; empty when absent.</summary>
    public IReadOnlyList<TEnum> Values<TEnum>(JsonElement parent, string path, string name) where TEnum : struct, Enum
    {
        var result = new List<TEnum>();
        foreach ((JsonElement item, string field) in Array(parent, path, name, Enum.GetValues<TEnum>().Length))
        {
            if (Parse<TEnum>(item, field) is not { } parsed) continue;
            if (result.Contains(parsed)) Error(field, $"'{Kebab.Name(parsed)}' is listed twice");
            else result.Add(parsed);
        }

        return result;
    }

    /// <summary>The items of an optional array field with their paths; at most <paramref name="maxItems"/>.</summary>
    public IEnumerable<(JsonElement Item, string Field)> Array(JsonElement parent, string path, string name, int maxItems)
    {
        string field = Join(path, name);
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(field, $"must be an array, got {Describe(value)}");
            return [];
        }

        int length = value.GetArrayLength();
        if (length > maxItems)
        {
            Error(field, $"has {length} items; at most {maxItems} are allowed");
            return [];
        }

        return value.EnumerateArray().Select((item, i) => (item, $"{field}[{i}]")).ToArray();
    }

    /// <summary>Parses one kebab-case enum value; null (with the error recorded) when it is not one.</summary>
    public TEnum? Parse<TEnum>(JsonElement value, string field) where TEnum : struct, Enum
    {
        if (value.ValueKind == JsonValueKind.String && Kebab.TryParse(value.GetString(), out TEnum parsed)) return parsed;
        Error(field, $"must be one of {string.Join(", ", Kebab.All<TEnum>())}, got {Describe(value)}");
        return null;
    }

    /// <summary>How a value looks in an error message, shortened.</summary>
    public static string Describe(JsonElement value)
    {
        string text = value.ValueKind switch
        {
            JsonValueKind.String => $"'{value.GetString()}'",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => value.GetRawText(),
        };
        return text.Length > 60 ? text[..57] + "...'" : text;
    }

    private static string Join(string path, string name) => path == "$" ? name : $"{path}.{name}";

    /// <summary>The first string or field name under <paramref name="element"/> that is not valid UTF-16, or null.</summary>
    private static FieldError? Unreadable(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsText(() => element.GetString()) ? null : new FieldError(path, LoneSurrogate);
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (Unreadable(item, $"{path}[{index++}]") is { } error) return error;
                }

                return null;
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!IsText(() => property.Name)) return new FieldError(path, $"has a field name that {LoneSurrogate}");
                    if (Unreadable(property.Value, Join(path, property.Name)) is { } error) return error;
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsText(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
