using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Personalization;

/// <summary>
/// Which of a person's logged outcomes their layer has learned, told apart from those it lacks
/// without keeping every id: the latest outcome it learned, and the ids it learned within
/// <see cref="RankerOptions.LateWindow"/> before that one. An outcome is learned in the
/// order of its stamp except for a write landing late, and a late one is never older than that
/// window, so the layer holds every outcome stamped before the window and, within it, those it names.
/// </summary>
/// <remarks>
/// A layer taught an outcome without its stamp cannot say what it holds; it is never kept, and is
/// read back from the whole log like one never kept.
/// </remarks>
internal sealed class HeldOutcomes
{
    private readonly List<Stamp> _recent = [];

    /// <summary>The latest outcome held, or null for none.</summary>
    public Stamp? Latest { get; private set; }

    /// <summary>False once an outcome was learned whose stamp was not given.</summary>
    public bool Known { get; private set; } = true;

    /// <summary>
    /// From when the person's outcomes may be missing from the layer: every one stamped earlier is
    /// held. Null when the layer holds nothing, or cannot tell: then every outcome may be missing.
    /// </summary>
    public DateTimeOffset? MissingFrom(TimeSpan window) => Known && Latest is { } latest ? latest.At - window : null;

    /// <summary>True when the outcome stamped <paramref name="stamp"/> is among those held.</summary>
    public bool Holds(Stamp stamp, TimeSpan window)
    {
        if (MissingFrom(window) is not { } from) return false;
        if (stamp.At < from) return true;
        foreach (Stamp held in _recent)
        {
            if (held.Id == stamp.Id) return true;
        }

        return false;
    }

    /// <summary>Notes one more outcome learned; null when its stamp is not known.</summary>
    public void Add(Stamp? stamp, TimeSpan window)
    {
        if (stamp is not { } added)
        {
            Known = false;
            return;
        }

        if (Latest is not { } latest || added.IsAfter(latest)) Latest = added;
        _recent.Add(added);
        DateTimeOffset from = Latest.Value.At - window;
        _recent.RemoveAll(s => s.At < from);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Known);
        writer.Write(_recent.Count);
        foreach (Stamp stamp in _recent)
        {
            writer.Write(stamp.At.ToUnixTimeMilliseconds());
            writer.Write(stamp.Id);
        }

        writer.Write(Latest is not null);
        if (Latest is not { } latest) return;
        writer.Write(latest.At.ToUnixTimeMilliseconds());
        writer.Write(latest.Id);
    }

    public void Read(BinaryReader reader)
    {
        Known = reader.ReadBoolean();
        _recent.Clear();
        for (int n = reader.ReadInt32(); n > 0; n--) _recent.Add(ReadStamp(reader));
        Latest = reader.ReadBoolean() ? ReadStamp(reader) : null;
    }

    private static Stamp ReadStamp(BinaryReader reader) => new(DateTimeOffset.FromUnixTimeMilliseconds(reader.ReadInt64()), reader.ReadString());
}
