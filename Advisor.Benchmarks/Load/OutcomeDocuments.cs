using System.Text.Json;
using System.Text.Json.Nodes;

namespace Advisor.Benchmarks.Load;

/// <summary>Outcome bodies for a routine: varied, valid, and naming exercises the routine really holds.</summary>
public static class OutcomeDocuments
{
    private static readonly string[] Ratings = ["too-hard", "right", "effortless"];

    /// <summary>The <paramref name="variant"/>-th outcome of a routine made from <paramref name="assessment"/>.</summary>
    public static byte[] For(JsonObject assessment, IReadOnlyList<string> exerciseIds, int variant)
    {
        string region = (string?)assessment["painPoints"]?.AsArray().FirstOrDefault()?["region"] ?? "lower-back";
        int before = 3 + variant % 5;
        string[] completed = exerciseIds.Take(1 + variant % Math.Max(1, exerciseIds.Count)).ToArray();
        var outcome = new JsonObject
        {
            ["completed"] = new JsonArray(completed.Select(id => (JsonNode)id).ToArray()),
            ["painBefore"] = new JsonObject { [region] = before },
            ["painAfter"] = new JsonObject { [region] = Math.Max(0, before - 1 + variant % 3) },
            ["stiffnessBefore"] = 2 + variant % 7,
            ["stiffnessAfter"] = 1 + variant % 7,
            ["energyBefore"] = 4 + variant % 5,
            ["energyAfter"] = 5 + variant % 5,
            ["ratings"] = new JsonObject(completed.Take(2).Select((id, i) =>
                KeyValuePair.Create(id, (JsonNode?)Ratings[(variant + i) % Ratings.Length]))),
        };
        if (variant % 4 == 3) outcome["conditions"] = new JsonArray("early-fatigue");
        return JsonSerializer.SerializeToUtf8Bytes(outcome);
    }
}
