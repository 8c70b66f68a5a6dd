using System.CommandLine;
using Advisor.Storage.Sql;
using Advisor.Host.Seeding;
using Npgsql;

namespace Advisor.Host.Cli;

/// <summary>
/// <c>seed --db POSTGRES --people N --outcomes-per-person M --seed S</c>: an empty PostgreSQL store
/// migrated and filled by binary COPY with N people, their routines and M outcomes each, the same
/// rows for the same seed. For trying the store at size, never for a store people use: the seeded
/// tokens are predictable (<c>ra_seed_S_INDEX</c>).
/// </summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "A PostgreSQL connection string or postgresql:// URL of an empty database.", Required = true };
        var people = new Option<int>("--people") { Description = "How many people (default 1000).", DefaultValueFactory = _ => 1000 };
        var outcomes = new Option<int>("--outcomes-per-person") { Description = "Outcomes each person logged (default 20).", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Chooses the rows; the same seed makes the same store (default 1).", DefaultValueFactory = _ => 1 };
        people.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--people must be 1 or more.");
        });
        outcomes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 10_000) result.AddError("--outcomes-per-person must be 0 to 10000.");
        });
        db.Validators.Add(result =>
        {
            if (!StoreFactory.IsPostgres(result.GetValueOrDefault<string>()?.Trim() ?? ""))
                result.AddError("--db must be a PostgreSQL connection string (Host=…;Database=…) or a postgresql:// URL; seed does not fill SQLite files.");
        });
        var command = new Command("seed", "Fill an empty PostgreSQL store with generated people, routines and outcomes, for trying it at size.")
        {
            db, people, outcomes, seed,
        };
        command.SetAction((parse, cancel) =>
            RunAsync(parse.GetValue(db)!, new SeedShape(parse.GetValue(people), parse.GetValue(outcomes), parse.GetValue(seed)), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string db, SeedShape shape, CancellationToken cancel)
    {
        string examples = Path.Combine(AppContext.BaseDirectory, "data", "examples");
        try
        {
            await StoreSeeder.SeedAsync(StoreFactory.FromUrl(db.Trim()), shape, examples, line => Console.Error.WriteLine(line), cancel);
            return 0;
        }
        catch (SeedRefusedException e)
        {
            Console.Error.WriteLine($"seed: {e.Message}.");
            return AssessmentFile.BadInput;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            Console.Error.WriteLine($"seed: cannot reach or fill the store: {e.Message}");
            return 1;
        }
    }
}
