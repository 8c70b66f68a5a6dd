using System.Text;

namespace Advisor.IntegrationTests.Web.Support;

/// <summary>
/// The last lines a long-running process wrote. Chromium and chromedriver are chatty; keeping only
/// a bounded tail lets an error message quote what they said last without the test output (or
/// memory) filling up with their logs.
/// </summary>
public sealed class OutputTail(int capacity = 200)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    /// <summary>Keeps <paramref name="line"/>, dropping the oldest line when full.</summary>
    public void Add(string? line)
    {
        if (line is null) return;
        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > capacity) _lines.Dequeue();
        }
    }

    /// <summary>The kept lines, oldest first.</summary>
    public override string ToString()
    {
        lock (_gate) return string.Join('\n', _lines);
    }

    /// <summary>The last <paramref name="lines"/> lines of <paramref name="text"/>, marked as quoted output.</summary>
    public static string Of(string text, int lines = 40)
    {
        string[] all = text.TrimEnd().Split('\n');
        var tail = new StringBuilder();
        if (all.Length > lines) tail.Append("  … (").Append(all.Length - lines).Append(" earlier lines)\n");
        foreach (string line in all.Skip(Math.Max(0, all.Length - lines))) tail.Append("  | ").Append(line).Append('\n');
        return tail.ToString();
    }
}
