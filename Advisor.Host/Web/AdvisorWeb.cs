using Advisor.Engine.Outcomes;
using Advisor.Storage.Sql;
using Advisor.Host.Web.Description;
using Advisor.Host.Web.Endpoints;
using Advisor.Host.Web.Learning;
using Advisor.Host.Web.People;
using Advisor.Host.Web.Settings;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Advisor.Storage.Records;

namespace Advisor.Host.Web;

/// <summary>The web host: the page, the API and the store, composed once.</summary>
public static class AdvisorWeb
{
    /// <summary>Where the host listens when nothing else is configured.</summary>
    public const string DefaultAddress = "http://127.0.0.1:5080";

    /// <summary>The exit code for a setting the host does not accept.</summary>
    public const int BadSetting = 2;

    /// <summary>Builds the host from command-line arguments and the environment (<c>ADVISOR_…</c>).</summary>
    public static WebApplication Build(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.Configuration.AddEnvironmentVariables("ADVISOR_");
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultAddress);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The host's own news (how much the ranker learned at start) is worth reading; the framework's is not.
        builder.Logging.AddFilter("Advisor", LogLevel.Information);
        // Keys only protect cookies, which this API does not use.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // A failed start is reported once, by RunAsync, in plain words.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        // Bound once, checked before anything serves: a bad setting stops the start with its name.
        builder.Services.AddSingleton<AdvisorOptionsSetup>();
        builder.Services.AddSingleton<IConfigureOptions<AdvisorOptions>>(services => services.GetRequiredService<AdvisorOptionsSetup>());
        builder.Services.AddSingleton<IValidateOptions<AdvisorOptions>>(services => services.GetRequiredService<AdvisorOptionsSetup>());
        builder.Services.AddOptions<AdvisorOptions>().ValidateOnStart();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<AdvisorOptions>>((kestrel, advisor) =>
            kestrel.Limits.MaxRequestBodySize = advisor.Value.MaxBodyBytes);
        builder.Services.AddSingleton<IOptions<LearningOptions>>(services => Options.Create(services.GetRequiredService<IOptions<AdvisorOptions>>().Value.Learning));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddEngine();
        builder.Services.AddSingleton(services => new LearnedOutcomes(services.GetRequiredService<IOptions<AdvisorOptions>>().Value.LateWrites));
        builder.Services.AddSingleton<LearningOrder>();
        builder.Services.AddSingleton<SavedRanker>();
        builder.Services.AddSingleton<StoredHistory>();
        // Writes the layers the ranker drops; stopped after the ranker's own services, so what they drop is written.
        builder.Services.AddSingleton<KeptLayers>();
        builder.Services.AddHostedService(services => services.GetRequiredService<KeptLayers>());
        // Migrates the store, then loads the saved ranker and teaches it what is newer, before the first request.
        builder.Services.AddSingleton<RankerRebuild>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RankerRebuild>());
        builder.Services.AddSingleton<PopulationRetraining>();
        builder.Services.AddHostedService(services => services.GetRequiredService<PopulationRetraining>());
        builder.Services.AddSingleton<SharedLearning>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SharedLearning>());
        builder.Services.AddRequestLimits();
        builder.Services.AddSingleton<IHistoryStore>(services =>
        {
            AdvisorOptions options = services.GetRequiredService<IOptions<AdvisorOptions>>().Value;
            return StoreFactory.Open(options.Db, options.DbTimeoutSeconds);
        });
        builder.Services.AddHealth();
        builder.Services.ConfigureHttpJsonOptions(json => ApiJson.Apply(json.SerializerOptions));
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = Problems.Explain);
        builder.Services.AddExceptionHandler<StoreUnavailable>();
        builder.Services.AddApiDocument();
        builder.Services.AddAuthentication(BearerAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthentication>(BearerAuthentication.SchemeName, null);
        builder.Services.AddAuthorization();

        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));

        WebApplication app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseHsts();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<BodyLimit>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        // After authentication, so a verified person has a bucket of their own (see RequestLimits).
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapOpenApi();
        // One group for the API, so its description says once that the limiter stands in front of all of it,
        // and a group per resource under it, which says once what its routes share.
        RouteGroupBuilder api = app.MapGroup("/api").RateLimited();
        api.MapUsers();
        RouteGroupBuilder routines = api.MapRoutines();
        routines.MapOutcomes();
        routines.MapRoutineCalendar();
        RouteGroupBuilder me = api.MapMe();
        me.MapOwnRoutines();
        api.MapCatalog();
        api.MapVocabulary();
        api.MapCalendar();
        api.MapWorkday();
        app.MapHealth();
        return app;
    }

    /// <summary>Serves until stopped (starting migrates the store, see <see cref="RankerRebuild"/>), and says where.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (UnknownOptions.Check(args) is { } unknown) return await RefuseAsync(unknown);
        WebApplication app;
        try
        {
            // Building the server is the first use of the settings, which validates them all.
            app = Build(args);
        }
        catch (OptionsValidationException e)
        {
            return await RefuseAsync(string.Join(Environment.NewLine, e.Failures));
        }

        await using (app)
        {
            return await ServeAsync(app);
        }
    }

    private static async Task<int> ServeAsync(WebApplication app)
    {
        // Taken before running: a start that fails has disposed the services by the time it is reported.
        var store = (SqlStore)app.Services.GetRequiredService<IHistoryStore>();
        try
        {
            app.Lifetime.ApplicationStarted.Register(() =>
                Console.WriteLine($"RoutineAdvisor is serving on {string.Join(", ", app.Urls)} (store: {store.Kind}, {store.Location}). Press Ctrl+C to stop."));
            await app.RunAsync();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"Cannot open the store ({store.Kind}, {store.Location}): {e.Message}");
            return 1;
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            await Console.Error.WriteLineAsync($"Cannot listen: {e.Message} Choose another address with --urls, for example --urls http://127.0.0.1:5081.");
            return 1;
        }

        return 0;
    }

    // Code 2, as for any bad input: the command line or environment asked for something the host does not accept.
    private static async Task<int> RefuseAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return BadSetting;
    }
}
