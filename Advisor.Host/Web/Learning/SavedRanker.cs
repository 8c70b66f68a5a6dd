using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;
using Advisor.Storage.Sql;
using Microsoft.Extensions.Options;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// Saves the ranker beside the store (see <see cref="ModelFile"/>) at one moment of its learning, so
/// the file and the stamp it records always agree. Before each save it drops the personal layers of
/// people the store no longer holds, so an erased person is never written to disk.
/// </summary>
public sealed class SavedRanker(IHistoryStore store, IRanker ranker, LearningOrder learning, IOptions<LearningOptions> options, ILogger<SavedRanker> log)
{
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>The file, or null when the ranker is not saved (PostgreSQL with no <see cref="LearningOptions.ModelFile"/>).</summary>
    public ModelFile? File { get; } = Resolve(store, options.Value);

    /// <summary>
    /// Writes the ranker's current state and the stamp it covers; a failure is logged, never thrown.
    /// With <paramref name="askStore"/> false (after an erasure, which dropped its person from the
    /// ranker already, or when stopping, while the store may be closing), the people are not compared
    /// with the store's first.
    /// </summary>
    public async Task SaveAsync(CancellationToken cancel, bool askStore = true)
    {
        if (ranker is not ThompsonRanker thompson) return;
        await _one.WaitAsync(cancel);
        try
        {
            if (askStore) await ForgetErasedAsync(thompson, cancel);
            if (File is null) return;
            var (population, online, cursor, recent, before) = learning.Exclusively(learned =>
            {
                using var buffer = new MemoryStream();
                using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) thompson.WriteState(writer);
                return (thompson.Population, buffer.ToArray(), learned.Cursor, learned.Recent(), learned.Before);
            });
            await Task.Run(() => File.Save(population, online, cursor, recent, before), cancel);
        }
        catch (ObjectDisposedException)
        {
            // Stopping, and the store was closed first (the test server disposes it before stopping the host): nothing to save against.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            log.LogError("Could not save the ranker to {Path}: {Problem}", File?.Path, e.Message);
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>Drops the personal layer of everyone the ranker knew before the store was asked and the store no longer holds.</summary>
    public async Task ForgetErasedAsync(ThompsonRanker thompson, CancellationToken cancel)
    {
        // Known before asking: someone who joined in between is not mistaken for someone erased.
        IReadOnlyList<string> known = thompson.PersonIds();
        IReadOnlySet<string> stored = await store.PersonIdsAsync(cancel);
        foreach (string personId in known.Where(id => !stored.Contains(id))) thompson.Forget(personId);
    }

    private static ModelFile? Resolve(IHistoryStore store, LearningOptions options) =>
        !string.IsNullOrWhiteSpace(options.ModelFile) ? new ModelFile(Path.GetFullPath(options.ModelFile))
        : store is SqlStore { Kind: "sqlite" } sqlite ? new ModelFile(sqlite.Location + ".ranker")
        : null;
}
