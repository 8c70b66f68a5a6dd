using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;
using Advisor.Engine.Outcomes;

namespace Advisor.Engine.Personalization;

/// <summary>One person's evidence about one exercise, kept to say in plain words why it was placed where it was.</summary>
internal sealed class ExerciseLog
{
    private readonly int[] _ratings = new int[Enum.GetValues<Rating>().Length];
    private readonly double[] _painFall = new double[Enum.GetValues<Region>().Length];
    private readonly int[] _painLogged = new int[Enum.GetValues<Region>().Length];

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
            _painFall[(int)region] += before - after;
            _painLogged[(int)region]++;
        }
    }

    /// <summary>The evidence in plain words, such as: you rated it right 4 times; after it, your lower-back pain fell 2 points on average (3 routines).</summary>
    public IEnumerable<string> Describe()
    {
        var ratings = new[] { Rating.Right, Rating.Effortless, Rating.TooHard }.Where(r => _ratings[(int)r] > 0).Select(r => $"{Kebab.Name(r).Replace('-', ' ')} {Times(_ratings[(int)r])}").ToArray();
        if (ratings.Length > 0) yield return "you rated it " + Join(ratings);
        var pain = Enum.GetValues<Region>().Where(r => _painLogged[(int)r] > 0).Select(Pain).ToArray();
        if (pain.Length > 0) yield return "after it, your " + Join(pain);
        if (Done < Served) yield return $"you did it in {Done} of the {Served} routines that had it";
    }

    /// <summary>True when both hold exactly the same evidence.</summary>
    public bool SameAs(ExerciseLog other) =>
        Served == other.Served && Done == other.Done && _ratings.AsSpan().SequenceEqual(other._ratings)
        && _painFall.AsSpan().SequenceEqual(other._painFall) && _painLogged.AsSpan().SequenceEqual(other._painLogged);

    public void Write(BinaryWriter writer)
    {
        writer.Write(Served);
        writer.Write(Done);
        foreach (int r in _ratings) writer.Write(r);
        foreach (double f in _painFall) writer.Write(f);
        foreach (int l in _painLogged) writer.Write(l);
    }

    public void Read(BinaryReader reader)
    {
        Served = reader.ReadInt32();
        Done = reader.ReadInt32();
        for (int i = 0; i < _ratings.Length; i++) _ratings[i] = reader.ReadInt32();
        for (int i = 0; i < _painFall.Length; i++) _painFall[i] = reader.ReadDouble();
        for (int i = 0; i < _painLogged.Length; i++) _painLogged[i] = reader.ReadInt32();
    }

    private string Pain(Region region)
    {
        double fall = _painFall[(int)region] / _painLogged[(int)region];
        string change = Math.Abs(fall) < 0.05 ? "did not change on average"
            : fall > 0 ? $"fell {Points(fall)} on average" : $"rose {Points(-fall)} on average";
        return $"{Kebab.Name(region)} pain {change} ({Routines(_painLogged[(int)region])})";
    }

    private static string Points(double points) => points.ToString(Math.Abs(points - Math.Round(points)) < 0.05 ? "0" : "0.0", System.Globalization.CultureInfo.InvariantCulture)
        + (Math.Abs(points - 1) < 0.05 ? " point" : " points");

    private static string Times(int count) => count switch { 1 => "once", 2 => "twice", _ => $"{count} times" };

    private static string Routines(int count) => count == 1 ? "1 routine" : $"{count} routines";

    private static string Join(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
}
