namespace Advisor.Storage.Sql;

/// <summary>A writer's turn at the store; disposing it (once) lets the next writer in.</summary>
public sealed class WriteTurn : IDisposable
{
    private SemaphoreSlim? _held;

    /// <summary>A turn taken from <paramref name="held"/>, which is released on dispose.</summary>
    public WriteTurn(SemaphoreSlim? held) => _held = held;

    /// <summary>No turn: for stores that take every writer at once.</summary>
    public static IDisposable None { get; } = new WriteTurn(null);

    /// <inheritdoc />
    public void Dispose() => Interlocked.Exchange(ref _held, null)?.Release();
}
