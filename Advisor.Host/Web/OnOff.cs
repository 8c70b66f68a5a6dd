namespace Advisor.Host.Web;

/// <summary>
/// Reads a switch the way people write one: true/false, on/off, yes/no or 1/0, in any case. The
/// configuration binder alone knows only true and false, and fails late with an unclear message.
/// </summary>
public static class OnOff
{
    /// <summary>The accepted values, as the error message lists them.</summary>
    public const string Accepted = "true/false, on/off, yes/no or 1/0";

    /// <summary>The switch's value, or null when <paramref name="text"/> is none of the accepted words.</summary>
    public static bool? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "true" or "on" or "yes" or "1" => true,
        "false" or "off" or "no" or "0" => false,
        _ => null,
    };
}
