namespace Advisor.Host.Web.Settings;

/// <summary>
/// The command line's options checked against the settings, so a typo is refused instead of
/// silently ignored (<c>--prot 5000</c> would otherwise start on the default port).
/// </summary>
public static class UnknownOptions
{
    // What the host's own framework reads from the command line besides the settings.
    private static readonly string[] Framework = ["environment", "contentRoot", "applicationName"];

    // Words people reach for when they mean a setting by another name.
    private static readonly Dictionary<string, string> Meant = new(StringComparer.OrdinalIgnoreCase)
    {
        ["port"] = "urls", ["host"] = "urls", ["address"] = "urls", ["listen"] = "urls", ["url"] = "urls",
        ["database"] = "Db", ["store"] = "Db", ["timeout"] = "DbTimeoutSeconds", ["seed"] = "PersonalizationSeed",
    };

    /// <summary>A one-line message for the first option in <paramref name="args"/> that is not a setting, or null when all are.</summary>
    public static string? Check(IEnumerable<string> args)
    {
        string[] list = args.ToArray();
        for (int i = 0; i < list.Length; i++)
        {
            string arg = list[i];
            if (!arg.StartsWith('-') && !arg.StartsWith('/')) continue;
            string name = arg.TrimStart('-', '/').Split('=', 2)[0];
            // "--name value": the value is the next argument, whatever it starts with (-1, /tmp/a.db).
            if (!arg.Contains('=')) i++;
            // Sections (Logging:LogLevel:Default) are the framework's own configuration.
            if (name.Length == 0 || name.Contains(':') || IsKnown(name)) continue;
            return $"Unknown option '{arg}'. Did you mean --{Nearest(name)}? The settings are: {string.Join(", ", AdvisorSettings.All.Select(s => "--" + s.Name))}.";
        }

        return null;
    }

    private static bool IsKnown(string name) =>
        AdvisorSettings.Find(name) is not null || Framework.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static string Nearest(string name)
    {
        var candidates = AdvisorSettings.All.Select(s => (Word: s.Name, Setting: s.Name)).Concat(Meant.Select(m => (Word: m.Key, Setting: m.Value)));
        return candidates.MinBy(c => Distance(name.ToLowerInvariant(), c.Word.ToLowerInvariant())).Setting;
    }

    // Edit distance with transpositions, so a swapped pair of letters (prot, port) counts once.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
