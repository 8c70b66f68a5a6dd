namespace Advisor.IntegrationTests.Web.Support;

/// <summary>Who the test host runs as, which decides whether servers must run under another account.</summary>
public static class CurrentUser
{
    /// <summary>True when the effective user id is 0. CI containers often run tests as root.</summary>
    public static bool IsRoot { get; } = EffectiveUserId() == 0;

    // Read from /proc rather than through libc, whose file name differs between distributions.
    private static int? EffectiveUserId()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return null;
        string? line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        // "Uid:  real  effective  saved  filesystem"
        string[] ids = line?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
        return ids.Length > 2 && int.TryParse(ids[2], System.Globalization.CultureInfo.InvariantCulture, out int id) ? id : null;
    }
}
