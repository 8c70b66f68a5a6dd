using System.Globalization;

namespace Advisor.Host.Web.Settings;

/// <summary>
/// One of the host's settings: its name, what it accepts in words, and how a configured text
/// becomes its value. A text it does not accept is never half applied: the option keeps its default
/// and validation names the setting, the text and what would have been accepted.
/// </summary>
public sealed class Setting(string name, string accepts, Func<string, AdvisorOptions, bool> tryApply)
{
    /// <summary>The configuration key, as on the command line (<c>--Name</c>).</summary>
    public string Name { get; } = name;

    /// <summary>What the setting accepts, for the message about a value it does not.</summary>
    public string Accepts { get; } = accepts;

    /// <summary>Applies <paramref name="text"/> to <paramref name="options"/>; false, and nothing applied, when it is not accepted.</summary>
    public bool TryApply(string text, AdvisorOptions options) => tryApply(text.Trim(), options);

    /// <summary>The one-line message for a value this setting does not accept.</summary>
    public string Refusal(string text) =>
        $"The setting {Name} (--{Name} or ADVISOR_{Name.ToUpperInvariant()}) is '{text}': it accepts {Accepts}.";

    /// <summary>A whole number of <paramref name="unit"/> (none for a plain number) from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Setting Number(string name, int min, int max, string? unit, Action<AdvisorOptions, int> set) =>
        new(name, $"a whole number{(unit is null ? "" : " of " + unit)} from {Show(min)} to {Show(max)}", (text, options) =>
        {
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || value < min || value > max) return false;
            set(options, value);
            return true;
        });

    /// <summary>On or off.</summary>
    public static Setting Flag(string name, Action<AdvisorOptions, bool> set) =>
        new(name, OnOff.Accepted, (text, options) =>
        {
            if (OnOff.Parse(text) is not bool value) return false;
            set(options, value);
            return true;
        });

    /// <summary>One of the names of <typeparamref name="TEnum"/>, in any case.</summary>
    public static Setting Choice<TEnum>(string name, Action<AdvisorOptions, TEnum> set) where TEnum : struct, Enum =>
        new(name, "one of " + string.Join(", ", Enum.GetNames<TEnum>()), (text, options) =>
        {
            if (!Enum.TryParse(text.Trim(), ignoreCase: true, out TEnum value) || !Enum.IsDefined(value)) return false;
            set(options, value);
            return true;
        });

    private static string Show(int number) => number.ToString("N0", CultureInfo.InvariantCulture);
}
