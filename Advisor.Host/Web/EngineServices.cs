using Advisor.Engine.Catalog;
using Advisor.Engine.Personalization;
using Advisor.Engine.Reasoning;
using Advisor.Engine.Routines;
using Advisor.Rules;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Web;

/// <summary>
/// The engine as the web host's singletons: the catalog from data/, the guidance compiled over it,
/// the ranker the settings ask for, and the recommender over them all with the host's clock. Each is
/// built the first time it is asked for, from what the container holds, and lives as long as the host.
/// </summary>
public static class EngineServices
{
    /// <summary>Registers the engine's services.</summary>
    public static IServiceCollection AddEngine(this IServiceCollection services)
    {
        services.AddSingleton(_ => ExerciseCatalog.Load());
        // Compiled rather than interpreted: a host answers many times, and compiling once pays for itself.
        services.AddSingleton(provider => Guidance.Compile(provider.GetRequiredService<ExerciseCatalog>()));
        services.AddSingleton<IGuidance>(provider => provider.GetRequiredService<Guidance>());
        services.AddSingleton<IRanker>(provider =>
        {
            AdvisorOptions options = provider.GetRequiredService<IOptions<AdvisorOptions>>().Value;
            return new ThompsonRanker(provider.GetRequiredService<ExerciseCatalog>(),
                new RankerOptions
                {
                    Enabled = options.Personalization, Seed = options.PersonalizationSeed, ResidentPeople = options.ResidentPeople, LateWindow = options.LateWrites,
                });
        });
        services.AddSingleton(provider => new Recommender(
            provider.GetRequiredService<IGuidance>(), provider.GetRequiredService<ExerciseCatalog>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IRanker>()));
        return services;
    }
}
