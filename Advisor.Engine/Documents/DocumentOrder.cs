using System.Text.Json;

namespace Advisor.Engine.Documents;

/// <summary>
/// Sorts field errors into the order their fields appear in the document, so a person reading the
/// list can walk down their own document with it; the readers find errors in the contract's order,
/// which is not the order people write fields in. A required field that is absent comes after the
/// fields written beside it.
/// </summary>
public static class DocumentOrder
{
    /// <summary><paramref name="errors"/> in document order; errors at the same place keep the order they were found in.</summary>
    public static IReadOnlyList<FieldError> Sort(JsonElement root, IReadOnlyList<FieldError> errors) =>
        errors.Select((error, found) => (error, found, place: Place(root, error.Field)))
            .OrderBy(e => e.place, PlaceComparer.Instance)
            .ThenBy(e => e.found)
            .Select(e => e.error)
            .ToList();

    // The position of each step of the path ("painPoints[1].severity" is: where painPoints is among
    // the root's fields, then 1, then where severity is among that item's fields).
    private static List<int> Place(JsonElement root, string field)
    {
        var place = new List<int>();
        if (field == "$") return place;
        JsonElement? at = root;
        foreach (string step in Steps(field))
        {
            if (at is not { } element) break;
            if (step.StartsWith('['))
            {
                int index = int.TryParse(step.AsSpan(1, step.Length - 2), out int i) ? i : int.MaxValue;
                place.Add(index);
                at = element.ValueKind == JsonValueKind.Array && index < element.GetArrayLength() ? element[index] : null;
            }
            else
            {
                (int position, JsonElement? value) = Property(element, step);
                place.Add(position);
                at = value;
            }
        }

        return place;
    }

    private static (int Position, JsonElement? Value) Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return (int.MaxValue, null);
        int position = 0;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (property.NameEquals(name)) return (position, property.Value);
            position++;
        }

        return (int.MaxValue, null);
    }

    private static IEnumerable<string> Steps(string field)
    {
        foreach (string part in field.Split('.'))
        {
            int bracket = part.IndexOf('[');
            if (bracket < 0)
            {
                yield return part;
                continue;
            }

            if (bracket > 0) yield return part[..bracket];
            for (int open = bracket; open >= 0; open = part.IndexOf('[', open + 1))
            {
                int close = part.IndexOf(']', open);
                if (close < 0) yield break;
                yield return part[open..(close + 1)];
            }
        }
    }

    private sealed class PlaceComparer : IComparer<List<int>>
    {
        public static readonly PlaceComparer Instance = new();

        public int Compare(List<int>? x, List<int>? y)
        {
            for (int i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                int step = x[i].CompareTo(y[i]);
                if (step != 0) return step;
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
