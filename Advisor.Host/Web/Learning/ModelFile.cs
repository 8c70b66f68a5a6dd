using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Advisor.Engine.Catalog;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Personalization.Population;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// The ranker saved beside the store, so that a restart replays only the outcomes logged since: one
/// zip holding ML.NET's population model file as it wrote it, the ranker's online layers, and the
/// stamp of the last outcome they cover (with the ids learned just before it, see
/// <see cref="LearnedOutcomes"/>). Written to a temporary file and renamed over the old one, so a
/// crash leaves the old file or the new one, never half of one.
/// </summary>
public sealed class ModelFile(string path)
{
    // 2: the online layers end with whether anyone taught lacks a layer (the resident set is bounded).
    // 3: each layer names the outcomes it holds and keeps its tastes over the met traits only; the
    //    manifest says before which outcome everything counts as learned (a windowed start).
    // 4: the evidence about an exercise keeps the regions logged only.
    private const int Format = 4;
    private const string ManifestEntry = "manifest.json";
    private const string PopulationEntry = "population.zip";
    private const string OnlineEntry = "online.bin";
    private const string RecentEntry = "recent.txt";

    /// <summary>Where the file is.</summary>
    public string Path => path;

    /// <summary>What a saved file holds, read back.</summary>
    public sealed record Saved(Stamp? Cursor, IReadOnlyList<Stamp> Recent, long TrainedOn, Stamp? Before);

    /// <summary>
    /// Writes the ranker's state as <paramref name="online"/> (its <see cref="ThompsonRanker.WriteState"/>)
    /// with the stamps it covers (<see cref="LearnedOutcomes"/>: its cursor, the ids learned just
    /// before it, and before which outcome everything counts as learned).
    /// </summary>
    public void Save(PopulationModel? population, byte[] online, Stamp? cursor, IReadOnlyList<Stamp> recent, Stamp? before)
    {
        string temporary = path + ".new";
        using (FileStream file = File.Create(temporary))
        {
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
            {
                var manifest = new Manifest(Format, population?.Layout, population?.Trainer.ToString(), population?.Items ?? 0,
                    cursor?.At.ToUnixTimeMilliseconds(), cursor?.Id, before?.At.ToUnixTimeMilliseconds(), before?.Id);
                using (Stream entry = zip.CreateEntry(ManifestEntry).Open()) JsonSerializer.Serialize(entry, manifest);
                if (population is not null)
                {
                    using Stream entry = zip.CreateEntry(PopulationEntry, CompressionLevel.NoCompression).Open();
                    population.Save(entry);
                }

                using (Stream entry = zip.CreateEntry(OnlineEntry, CompressionLevel.Fastest).Open()) entry.Write(online);
                using var writer = new StreamWriter(zip.CreateEntry(RecentEntry).Open());
                foreach (Stamp stamp in recent) writer.WriteLine($"{stamp.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)} {stamp.Id}");
            }

            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Loads the file into <paramref name="ranker"/>: the population model and the online layers
    /// together, or nothing. Throws <see cref="FileNotFoundException"/> when there is no file and
    /// <see cref="InvalidDataException"/> when it does not read or does not fit this catalog.
    /// </summary>
    public Saved LoadInto(ThompsonRanker ranker, ExerciseCatalog catalog)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("No saved model.", path);
        try
        {
            using ZipArchive zip = ZipFile.OpenRead(path);
            Manifest manifest;
            using (Stream entry = Entry(zip, ManifestEntry)) manifest = JsonSerializer.Deserialize<Manifest>(entry) ?? throw new InvalidDataException("The manifest is empty.");
            if (manifest.Format != Format) throw new InvalidDataException($"The file is of format {manifest.Format}; this host reads format {Format}.");
            PopulationModel? population = null;
            if (manifest.Layout is not null)
            {
                if (!Enum.TryParse(manifest.Trainer, out PopulationTrainer trainer)) throw new InvalidDataException($"Unknown trainer '{manifest.Trainer}'.");
                // ML.NET reads from a seekable stream.
                using var copy = new MemoryStream();
                using (Stream entry = Entry(zip, PopulationEntry)) entry.CopyTo(copy);
                copy.Position = 0;
                population = PopulationModel.Load(catalog, copy, trainer, manifest.TrainedOn);
                if (population.Layout != manifest.Layout) throw new InvalidDataException("The population model was trained for another catalog or other features.");
            }

            using (var online = new MemoryStream(checked((int)(zip.GetEntry(OnlineEntry)?.Length ?? 0))))
            {
                using (Stream entry = Entry(zip, OnlineEntry)) entry.CopyTo(online);
                online.Position = 0;
                using var reader = new BinaryReader(online);
                ranker.ReadState(reader, population);
            }

            var recent = new List<Stamp>();
            using (var lines = new StreamReader(Entry(zip, RecentEntry)))
            {
                while (lines.ReadLine() is { Length: > 0 } line)
                {
                    string[] parts = line.Split(' ');
                    recent.Add(new Stamp(DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[0], CultureInfo.InvariantCulture)), parts[1]));
                }
            }

            return new Saved(StampOf(manifest.CursorAt, manifest.CursorId), recent, manifest.TrainedOn, StampOf(manifest.BeforeAt, manifest.BeforeId));
        }
        catch (Exception e) when (e is not InvalidDataException and not OutOfMemoryException)
        {
            // ML.NET, the zip reader and the JSON reader each fail in their own way on a damaged file.
            throw new InvalidDataException(e.Message, e);
        }
    }

    private static Stream Entry(ZipArchive zip, string name) =>
        (zip.GetEntry(name) ?? throw new InvalidDataException($"The file has no {name}.")).Open();

    private static Stamp? StampOf(long? at, string? id) => at is { } milliseconds && id is not null ? new Stamp(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds), id) : null;

    private sealed record Manifest(int Format, string? Layout, string? Trainer, long TrainedOn, long? CursorAt, string? CursorId, long? BeforeAt, string? BeforeId);
}
