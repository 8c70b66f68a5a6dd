namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// A small RFC 5545 reader, written apart from the library the host writes with, so the tests
/// check the file a calendar program reads rather than the library's own round trip: lines are
/// unfolded (3.1), components nest by BEGIN/END, and each property keeps its parameters.
/// </summary>
public sealed record IcsComponent(string Name, IReadOnlyList<IcsProperty> Properties, IReadOnlyList<IcsComponent> Children)
{
    /// <summary>The components named <paramref name="name"/> anywhere below this one.</summary>
    public IEnumerable<IcsComponent> All(string name) =>
        Children.SelectMany(c => (c.Name == name ? [c] : Enumerable.Empty<IcsComponent>()).Concat(c.All(name)));

    /// <summary>The first property named <paramref name="name"/>; throws when there is none.</summary>
    public IcsProperty this[string name] => Properties.FirstOrDefault(p => p.Name == name)
        ?? throw new KeyNotFoundException($"{Name} has no {name}: {string.Join(", ", Properties.Select(p => p.Name))}");

    /// <summary>Reads a whole file; its root is the VCALENDAR.</summary>
    public static IcsComponent Parse(string text)
    {
        Assert.True(text.Contains("\r\n", StringComparison.Ordinal), "RFC 5545 lines end in CRLF");
        var lines = new List<string>();
        foreach (string raw in text.Split("\r\n"))
        {
            // A line that starts with a space or tab continues the one before it.
            if (raw.Length > 0 && (raw[0] == ' ' || raw[0] == '\t') && lines.Count > 0) lines[^1] += raw[1..];
            else if (raw.Length > 0) lines.Add(raw);
        }

        var stack = new Stack<(string Name, List<IcsProperty> Properties, List<IcsComponent> Children)>();
        IcsComponent? root = null;
        foreach (string line in lines)
        {
            IcsProperty property = IcsProperty.Parse(line);
            if (property.Name == "BEGIN") stack.Push((property.Value, [], []));
            else if (property.Name == "END")
            {
                var open = stack.Pop();
                Assert.Equal(open.Name, property.Value);
                var component = new IcsComponent(open.Name, open.Properties, open.Children);
                if (stack.Count == 0) root = component;
                else stack.Peek().Children.Add(component);
            }
            else stack.Peek().Properties.Add(property);
        }

        Assert.True(root is { Name: "VCALENDAR" }, "the file is one VCALENDAR");
        return root!;
    }
}

/// <summary>One content line: NAME;PARAM=value:VALUE.</summary>
public sealed record IcsProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    /// <summary>Splits a content line at its first unquoted colon.</summary>
    public static IcsProperty Parse(string line)
    {
        int colon = -1;
        bool quoted = false;
        for (int i = 0; i < line.Length && colon < 0; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ':' && !quoted) colon = i;
        }

        Assert.True(colon > 0, $"not a content line: {line}");
        string[] head = line[..colon].Split(';');
        var parameters = head.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0].ToUpperInvariant(), p => p[1].Trim('"'));
        return new IcsProperty(head[0].ToUpperInvariant(), parameters, line[(colon + 1)..]);
    }

    /// <summary>An RRULE's parts, such as FREQ=WEEKLY, by name.</summary>
    public IReadOnlyDictionary<string, string> Parts() =>
        Value.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    /// <summary>The text value with RFC 5545's escapes undone.</summary>
    public string Text => Value.Replace("\\n", "\n", StringComparison.OrdinalIgnoreCase).Replace("\\,", ",", StringComparison.Ordinal)
        .Replace("\\;", ";", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
}
