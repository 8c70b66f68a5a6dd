using System.Text;
using System.Text.Json;
using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;
using Advisor.Engine.Outcomes;

namespace Advisor.UnitTests.Guidance;

/// <summary>
/// Writes assessments and histories in the contract's JSON shape, so a failing property test
/// prints an input a person can paste into the CLI or a new test.
/// </summary>
internal static class AssessmentJson
{
    public static string Write(Assessment assessment)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("painPoints");
            foreach (PainPoint point in assessment.PainPoints)
            {
                json.WriteStartObject();
                json.WriteString("region", Kebab.Name(point.Region));
                json.WriteNumber("severity", point.Severity);
                json.WriteBoolean("fullRangePainful", point.FullRangePainful);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Names(json, "inactiveMuscles", assessment.InactiveMuscles);
            Names(json, "tightMuscles", assessment.TightMuscles);
            Names(json, "weakMuscles", assessment.WeakMuscles);
            Names(json, "conditions", assessment.Conditions);
            Names(json, "redFlags", assessment.RedFlags);
            json.WriteString("setting", Kebab.Name(assessment.Setting));
            json.WriteString("day", Kebab.Name(assessment.Day));
            json.WriteNumber("minutes", assessment.Minutes);
            Names(json, "equipment", assessment.Equipment);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Write(History history)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            foreach (LoggedOutcome logged in history.Outcomes)
            {
                Outcome outcome = logged.Outcome;
                json.WriteStartObject();
                json.WriteString("at", logged.At);
                json.WriteStartObject("painBefore");
                foreach ((Region region, int value) in outcome.PainBefore) json.WriteNumber(Kebab.Name(region), value);
                json.WriteEndObject();
                json.WriteStartObject("painAfter");
                foreach ((Region region, int value) in outcome.PainAfter) json.WriteNumber(Kebab.Name(region), value);
                json.WriteEndObject();
                json.WriteStartObject("ratings");
                foreach ((string exercise, Rating rating) in outcome.Ratings) json.WriteString(exercise, Kebab.Name(rating));
                json.WriteEndObject();
                Names(json, "conditions", outcome.Conditions);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Names<TEnum>(Utf8JsonWriter json, string field, IEnumerable<TEnum> values) where TEnum : struct, Enum
    {
        json.WriteStartArray(field);
        foreach (TEnum value in values) json.WriteStringValue(Kebab.Name(value));
        json.WriteEndArray();
    }
}
