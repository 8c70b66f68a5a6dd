namespace Advisor.Host.Web;

/// <summary>
/// The host's settings, bound from configuration: command line (<c>--db</c>), environment
/// (<c>ADVISOR_DB</c>) or appsettings. What each accepts is in <see cref="Settings.AdvisorSettings"/>.
/// </summary>
public sealed class AdvisorOptions
{
    /// <summary>Where the host listens, one or more addresses separated by ';'.</summary>
    public string Urls { get; set; } = AdvisorWeb.DefaultAddress;

    /// <summary>Where people's histories are kept: an SQLite file (default ./advisor.db) or a PostgreSQL connection string.</summary>
    public string Db { get; set; } = "advisor.db";

    /// <summary>Seconds a database call may take before it fails.</summary>
    public int DbTimeoutSeconds { get; set; } = 5;

    /// <summary>How long after its stamp an outcome's write may still land: the longest a statement may take, and a margin.</summary>
    public TimeSpan LateWrites => TimeSpan.FromSeconds(DbTimeoutSeconds + 2);

    /// <summary>Orders each phase's rule-approved candidates by what worked for the person; off, the rules' own order decides.</summary>
    public bool Personalization { get; set; } = true;

    /// <summary>Seeds the ranker's draws: the same seed, store and request give the same routine.</summary>
    public int PersonalizationSeed { get; set; }

    /// <summary>The most personal layers the ranker holds in memory; the others are read back from the store when their person returns.</summary>
    public int ResidentPeople { get; set; } = new Engine.Personalization.RankerOptions().ResidentPeople;

    /// <summary>The largest request body accepted, in bytes.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Sustained requests per minute allowed to one token (or one address calling anonymously); 0 turns the limit off.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>How many requests one caller may send at once before the sustained rate applies.</summary>
    public int RequestBurst { get; set; } = 60;

    /// <summary>How the ranker's population model is trained and kept (the learning settings).</summary>
    public Learning.LearningOptions Learning { get; } = new();
}
