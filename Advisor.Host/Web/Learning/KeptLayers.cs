using System.Collections.Concurrent;
using System.Data.Common;
using System.Threading.Channels;
using Advisor.Engine.Outcomes;
using Advisor.Storage.Records;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// Writes the personal layers the ranker drops from memory to the store, in the background and in
/// batches, so that dropping one never waits for the store. Until it is written a layer is read
/// back from here. A layer that is never written (the store away, the host stopped hard, more
/// waiting than <see cref="MostWaiting"/>) only makes its person's return read their whole log.
/// </summary>
public sealed class KeptLayers(IHistoryStore store, ILogger<KeptLayers> log) : BackgroundService
{
    /// <summary>The most layers waiting to be written; past it a dropped layer is not kept.</summary>
    public const int MostWaiting = 20_000;

    private const int Batch = 500;

    private readonly ConcurrentDictionary<string, PersonLayer> _waiting = new(StringComparer.Ordinal);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _written;
    private long _notKept;

    /// <summary>Layers written to the store since the host started.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Layers dropped without being kept, because too many were waiting.</summary>
    public long NotKept => Interlocked.Read(ref _notKept);

    /// <summary>Layers waiting to be written.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>Queues a dropped layer; a later one of the same person replaces it. Never waits.</summary>
    public void Add(PersonLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (_waiting.Count >= MostWaiting && !_waiting.ContainsKey(layer.PersonId))
        {
            if (Interlocked.Increment(ref _notKept) == 1)
                log.LogWarning("More than {Most} dropped personal layers are waiting to be written; the others are read back from the log.", MostWaiting);
            return;
        }

        _waiting.AddOrUpdate(layer.PersonId, layer, (_, waiting) => layer.Latest.IsAfter(waiting.Latest) ? layer : waiting);
        _wake.Writer.TryWrite(true);
    }

    /// <summary>The person's layer waiting to be written, or null.</summary>
    public byte[]? WaitingFor(string personId) => _waiting.TryGetValue(personId, out PersonLayer? layer) ? layer.Layer : null;

    /// <summary>Drops the person's waiting layer: they were erased.</summary>
    public void Forget(string personId) => _waiting.TryRemove(personId, out _);

    /// <summary>Writes everything waiting now; what is added meanwhile waits for the next call.</summary>
    public async Task WriteWaitingAsync(CancellationToken cancel)
    {
        PersonLayer[] all = [.. _waiting.Values];
        for (int at = 0; at < all.Length; at += Batch) await WriteAsync(all.AsMemory(at, Math.Min(Batch, all.Length - at)), cancel);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _wake.Reader.WaitToReadAsync(stoppingToken))
            {
                _wake.Reader.TryRead(out _);
                try
                {
                    await WriteWaitingAsync(stoppingToken);
                }
                catch (DbException e)
                {
                    // Still waiting: written on the next wake, or at stop.
                    log.LogError("Keeping dropped personal layers in the store failed: {Problem}", e.Message);
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await WriteWaitingAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbException or OperationCanceledException)
        {
            log.LogWarning("{Count} dropped personal layers were not kept at stop: {Problem}", _waiting.Count, e.Message);
        }
    }

    private async Task WriteAsync(ReadOnlyMemory<PersonLayer> batch, CancellationToken cancel)
    {
        try
        {
            await store.KeepLayersAsync(batch.ToArray(), cancel);
        }
        catch (DbException) when (batch.Length > 1)
        {
            // One person erased as the batch was written fails the whole batch; written one by one, only theirs fails.
            foreach (PersonLayer layer in batch.ToArray()) await WriteOneAsync(layer, cancel);
            return;
        }

        foreach (PersonLayer layer in batch.Span) Done(layer, written: true);
    }

    private async Task WriteOneAsync(PersonLayer layer, CancellationToken cancel)
    {
        try
        {
            await store.KeepLayersAsync([layer], cancel);
        }
        catch (DbException e)
        {
            // The store is away: the layer waits for the next try.
            if (!await store.IsHealthyAsync(cancel)) throw;
            // The store answers, so it refused this layer alone: its person was erased as it was written.
            log.LogDebug("A dropped personal layer was not kept: {Problem}", e.Message);
            Done(layer, written: false);
            return;
        }

        Done(layer, written: true);
    }

    // Gone from the waiting ones unless a later layer of the same person replaced it meanwhile.
    private void Done(PersonLayer layer, bool written)
    {
        if (_waiting.TryRemove(new KeyValuePair<string, PersonLayer>(layer.PersonId, layer)) && written) Interlocked.Increment(ref _written);
    }
}
