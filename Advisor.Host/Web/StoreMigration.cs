using Advisor.Engine.Outcomes;

namespace Advisor.Host.Web;

/// <summary>Brings the store's schema up to date before the host takes its first request.</summary>
public sealed class StoreMigration(IHistoryStore store) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
