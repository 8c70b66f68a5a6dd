using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;
using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Personalization;

/// <summary>
/// One person's evidence about one exercise, kept to say in plain words why it was placed where it
/// was. Pain is kept only for the regions it was logged for (an exercise loads one or two), since
/// every person holds one of these for each exercise they were served.
/// </summary>
internal sealed class ExerciseLog
{
    private static readonly int Regions = Enum.GetValues<Region>().Length;

    private readonly int[] _ratings = new int[Enum.GetValues<Rating>().Length];
    private PainLog[] _pain = [];

    /// <summary>Routines that served it.</summary>
    public int Served { get; private set; }

    /// <summary>Routines in which it was done.</summary>
    public int Done { get; private set; }

    public void Record(Exercise exercise, Outcome outcome)
    {
        Served++;
        if (!OutcomeReward.WasDone(exercise.Id, outcome)) return;
        Done++;
        if (outcome.Ratings.TryGetValue(exercise.Id, out Rating rating)) _ratings[(int)rating]++;
        int seen = 0;
        foreach (Region region in exercise.Regions)
        {
            if ((seen & (1 << (int)region)) != 0) continue;
            seen |= 1 << (int)region;
            if (!outcome.PainBefore.TryGetValue(region, out int before) || !outcome.PainAfter.TryGetValue(region, out int after)) continue;
            ref PainLog log = ref PainOf(region);
            log.Fall += before - after;
            log.Logged++;
        }
    }

    /// <summary>The evidence in plain words, such as: you rated it right 4 times; after it, your lower-back pain fell 2 points on average (3 routines).</summary>
    public IEnumerable<string> Describe()
    {
        var ratings = new[] { Rating.Right, Rating.Effortless, Rating.TooHard }.Where(r => _ratings[(int)r] > 0).Select(r => $"{Kebab.Name(r).Replace('-', ' ')} {Times(_ratings[(int)r])}").ToArray();
        if (ratings.Length > 0) yield return "you rated it " + Join(ratings);
        var pain = _pain.Where(p => p.Logged > 0).OrderBy(p => p.Region).Select(Pain).ToArray();
        if (pain.Length > 0) yield return "after it, your " + Join(pain);
        if (Done < Served) yield return $"you did it in {Done} of the {Served} routines that had it";
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Served);
        writer.Write(Done);
        foreach (int r in _ratings) writer.Write(r);
        // The regions logged only: an exercise loads one or two, and a kept layer is one row per person.
        writer.Write((byte)_pain.Length);
        foreach (PainLog log in _pain)
        {
            writer.Write((byte)log.Region);
            writer.Write(log.Fall);
            writer.Write(log.Logged);
        }
    }

    public void Read(BinaryReader reader)
    {
        Served = reader.ReadInt32();
        Done = reader.ReadInt32();
        for (int i = 0; i < _ratings.Length; i++) _ratings[i] = reader.ReadInt32();
        for (int n = reader.ReadByte(); n > 0; n--)
        {
            int region = reader.ReadByte();
            if (region >= Regions) throw new InvalidDataException("The saved evidence names a region that does not exist.");
            ref PainLog log = ref PainOf((Region)region);
            (log.Fall, log.Logged) = (reader.ReadDouble(), reader.ReadInt32());
        }
    }

    private ref PainLog PainOf(Region region)
    {
        for (int i = 0; i < _pain.Length; i++)
        {
            if (_pain[i].Region == region) return ref _pain[i];
        }

        Array.Resize(ref _pain, _pain.Length + 1);
        _pain[^1].Region = region;
        return ref _pain[^1];
    }

    private static string Pain(PainLog log)
    {
        (Region region, double total, int logged) = (log.Region, log.Fall, log.Logged);
        double fall = total / logged;
        string change = Math.Abs(fall) < 0.05 ? "did not change on average"
            : fall > 0 ? $"fell {Points(fall)} on average" : $"rose {Points(-fall)} on average";
        return $"{Kebab.Name(region)} pain {change} ({Routines(logged)})";
    }

    /// <summary>The pain logged around the exercise in one region: points fallen in all, over how many routines.</summary>
    private struct PainLog
    {
        public Region Region;
        public double Fall;
        public int Logged;
    }

    private static string Points(double points) => points.ToString(Math.Abs(points - Math.Round(points)) < 0.05 ? "0" : "0.0", System.Globalization.CultureInfo.InvariantCulture)
        + (Math.Abs(points - 1) < 0.05 ? " point" : " points");

    private static string Times(int count) => count switch { 1 => "once", 2 => "twice", _ => $"{count} times" };

    private static string Routines(int count) => count == 1 ? "1 routine" : $"{count} routines";

    private static string Join(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
}
