namespace Advisor.Host.Web.Settings;

/// <summary>The <c>urls</c> setting as Kestrel reads it, checked before Kestrel is asked to listen.</summary>
public static class Addresses
{
    /// <summary>True when every ';'-separated entry is an http or https address Kestrel can bind.</summary>
    public static bool AreValid(string urls)
    {
        string[] entries = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return entries.Length > 0 && entries.All(IsValid);
    }

    private static bool IsValid(string entry)
    {
        try
        {
            BindingAddress address = BindingAddress.Parse(entry);
            return address.Scheme is "http" or "https" && address.Host.Length > 0 && address.Port is > 0 and <= 65535;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
