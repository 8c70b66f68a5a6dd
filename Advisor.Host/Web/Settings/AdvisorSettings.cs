using Advisor.Engine.Personalization.Population;

namespace Advisor.Host.Web.Settings;

/// <summary>Every setting the host reads, with the values each accepts; the one list binding, validation and the command line share.</summary>
public static class AdvisorSettings
{
    /// <summary>The settings, in the README's order.</summary>
    public static IReadOnlyList<Setting> All { get; } =
    [
        new("Db", "an SQLite file path or a PostgreSQL connection string, not empty", (text, options) =>
        {
            if (text.Length == 0) return false;
            options.Db = text;
            return true;
        }),
        new("urls", "one or more addresses separated by ';', each like http://127.0.0.1:5080 or https://0.0.0.0:443", (text, options) =>
        {
            if (!Addresses.AreValid(text)) return false;
            options.Urls = text;
            return true;
        }),
        Setting.Number("DbTimeoutSeconds", 1, 3600, "seconds", (options, value) => options.DbTimeoutSeconds = value),
        Setting.Number("MaxBodyBytes", 1024, 16 * 1024 * 1024, "bytes", (options, value) => options.MaxBodyBytes = value),
        Setting.Number("RequestsPerMinute", 0, 1_000_000, "requests a minute (0 turns the limit off)", (options, value) => options.RequestsPerMinute = value),
        Setting.Number("RequestBurst", 1, 1_000_000, "requests", (options, value) => options.RequestBurst = value),
        Setting.Flag("Personalization", (options, value) => options.Personalization = value),
        Setting.Number("PersonalizationSeed", int.MinValue, int.MaxValue, null, (options, value) => options.PersonalizationSeed = value),
        Setting.Number("ResidentPeople", 1, 100_000_000, "people", (options, value) => options.ResidentPeople = value),
        Setting.Number("LearningWindow", 1_000, 100_000_000, "outcomes", (options, value) => options.Learning.LearningWindow = value),
        Setting.Number("RetrainAfterOutcomes", 1, 100_000_000, "outcomes", (options, value) => options.Learning.RetrainAfterOutcomes = value),
        Setting.Number("RetrainMinutes", 0, 7 * 24 * 60, "minutes (0 retrains by count only)", (options, value) => options.Learning.RetrainMinutes = value),
        Setting.Choice<PopulationTrainer>("PopulationTrainer", (options, value) => options.Learning.PopulationTrainer = value),
        new("ModelFile", "a file path (empty: beside an SQLite store)", (text, options) =>
        {
            options.Learning.ModelFile = text;
            return true;
        }),
        Setting.Number("SharedPollMilliseconds", 50, 600_000, "milliseconds", (options, value) => options.Learning.SharedPollMilliseconds = value),
    ];

    /// <summary>The setting called <paramref name="name"/> (any case), or null.</summary>
    public static Setting? Find(string name) => All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
