using System.Net;
using System.Text.Json;
using Advisor.Host;
using Advisor.IntegrationTests.Web.Support;

namespace Advisor.IntegrationTests.Cli;

/// <summary>Each verb run as a process, as a person runs it from a shell with the output piped: what it prints and how it exits.</summary>
public sealed class VerbTests
{
    private static readonly string Glutes = AdvisorCommand.Example("glutes-wont-fire");

    [Fact]
    public async Task Recommend_prints_the_routine_plainly_when_piped()
    {
        CommandResult result = await AdvisorCommand.RunAsync("recommend", Glutes);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Routine ", result.Output, StringComparison.Ordinal);
        Assert.Contains("\nwarm-up\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("1. Iliopsoas Release (iliopsoas-release)  1 x 3, each side, about 2 min 10 s", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Output);
    }

    [Fact]
    public async Task Piped_lines_are_never_wrapped()
    {
        CommandResult result = await AdvisorCommand.RunAsync("recommend", Glutes, "--json");
        JsonElement routine = JsonDocument.Parse(result.Output).RootElement;
        CommandResult readable = await AdvisorCommand.RunAsync("recommend", Glutes);

        string[] lines = readable.Output.Split('\n');
        foreach (JsonElement item in routine.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray()))
        {
            string instructions = item.GetProperty("instructions").GetString()!;
            Assert.Contains(lines, line => line == "     " + instructions);
        }
    }

    [Fact]
    public async Task Colour_only_when_asked_for_and_never_with_NO_COLOR()
    {
        CommandResult forced = await AdvisorCommand.RunAsync(["recommend", Glutes], new Dictionary<string, string> { ["FORCE_COLOR"] = "1" });
        CommandResult refused = await AdvisorCommand.RunAsync(["recommend", Glutes], new Dictionary<string, string> { ["FORCE_COLOR"] = "1", ["NO_COLOR"] = "1" });

        Assert.Contains("\u001b[", forced.Output, StringComparison.Ordinal);
        Assert.Equal(0, refused.ExitCode);
        Assert.DoesNotContain('\u001b', refused.Output);
    }

    [Fact]
    public async Task Recommend_json_is_the_contracts_routine()
    {
        CommandResult result = await AdvisorCommand.RunAsync("recommend", Glutes, "--json");

        Assert.Equal(0, result.ExitCode);
        JsonElement routine = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("ok", routine.GetProperty("status").GetString());
        Assert.NotEmpty(routine.GetProperty("phases").EnumerateArray());
    }

    [Fact]
    public async Task The_workday_schedule_names_the_exercises()
    {
        string desk = AdvisorCommand.Example("desk-worker-stiff-neck");
        JsonElement routine = JsonDocument.Parse((await AdvisorCommand.RunAsync("recommend", desk, "--json")).Output).RootElement;
        var names = routine.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray())
            .ToDictionary(i => i.GetProperty("exerciseId").GetString()!, i => i.GetProperty("name").GetString()!);

        CommandResult result = await AdvisorCommand.RunAsync("recommend", desk);

        string schedule = result.Output[result.Output.IndexOf("through the workday", StringComparison.Ordinal)..];
        string firstSlot = schedule.Split('\n')[1];
        Assert.NotEmpty(names);
        Assert.Contains(names.Values, name => firstSlot.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(names.Keys, id => firstSlot.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task G2_G24_every_scheduled_movement_is_printed_with_its_dose_and_range()
    {
        using ScratchFolder folder = ScratchFolder.Create("cli");
        string file = await AssessmentFileAsync(folder, "sore-neck.json", """{"painPoints":[{"region":"neck","severity":8}],"setting":"desk","day":"workday","minutes":5}""");
        JsonElement routine = JsonDocument.Parse((await AdvisorCommand.RunAsync("recommend", file, "--json")).Output).RootElement;
        var movements = routine.GetProperty("schedule").EnumerateArray().SelectMany(s => s.GetProperty("movements").EnumerateArray()).ToArray();

        CommandResult result = await AdvisorCommand.RunAsync("recommend", file);

        string[] lines = result.Output[result.Output.IndexOf("through the workday", StringComparison.Ordinal)..].Split('\n')[1..];
        Assert.NotEmpty(movements);
        foreach (JsonElement movement in movements)
        {
            string name = Composition.Catalog[movement.GetProperty("exerciseId").GetString()!].Name;
            string dose = $"{movement.GetProperty("sets").GetInt32()} x {movement.GetProperty("reps").GetInt32()}";
            Assert.Contains(lines, line => line.Contains(name, StringComparison.Ordinal) && line.Contains(dose, StringComparison.Ordinal)
                && line.Contains("micro range", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Recommend_says_which_defaults_it_used_for_absent_answers()
    {
        using ScratchFolder folder = ScratchFolder.Create("cli");
        string file = await AssessmentFileAsync(folder, "sparse.json", """{"painPoints":[{"region":"neck","severity":3}],"setting":"desk"}""");

        CommandResult result = await AdvisorCommand.RunAsync("recommend", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("using day workday, minutes 10", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("setting home", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommend_refuses_a_folder_a_missing_file_and_an_invalid_assessment_with_code_2()
    {
        using ScratchFolder folder = ScratchFolder.Create("cli");
        string invalid = await AssessmentFileAsync(folder, "invalid.json", """{"painPoints":[{"region":"neck","severity":11}]}""");

        CommandResult directory = await AdvisorCommand.RunAsync("recommend", folder.Path);
        CommandResult missing = await AdvisorCommand.RunAsync("recommend", Path.Combine(folder.Path, "nothing.json"));
        CommandResult bad = await AdvisorCommand.RunAsync("recommend", invalid);

        Assert.Equal((2, 2, 2), (directory.ExitCode, missing.ExitCode, bad.ExitCode));
        Assert.Contains("is a folder", directory.Output, StringComparison.Ordinal);
        Assert.Contains("Cannot read", missing.Output, StringComparison.Ordinal);
        Assert.Contains("painPoints[0].severity: must be an integer from 0 to 10, got 11", bad.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", directory.Output + missing.Output + bad.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_says_why_an_exercise_is_in_and_what_kept_one_out()
    {
        CommandResult included = await AdvisorCommand.RunAsync("explain", Glutes, "iliopsoas-release");
        CommandResult excluded = await AdvisorCommand.RunAsync("explain", Glutes, "banded-leg-lift");
        CommandResult unknown = await AdvisorCommand.RunAsync("explain", Glutes, "no-such-exercise");

        Assert.Equal(0, included.ExitCode);
        Assert.Contains("Iliopsoas Release is in the routine because:", included.Output, StringComparison.Ordinal);
        Assert.Contains("(G12)", included.Output, StringComparison.Ordinal);
        Assert.Equal(0, excluded.ExitCode);
        Assert.Contains("is not in the routine:", excluded.Output, StringComparison.Ordinal);
        Assert.Contains("band", excluded.Output, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("There is no exercise 'no-such-exercise'", unknown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_says_which_condition_kept_an_unproposed_exercise_out_in_plain_words()
    {
        CommandResult result = await AdvisorCommand.RunAsync("explain", Glutes, "isometric-glute-squeeze");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"At the desk, inactive glutes wake with squeezes\" (G13, G23) needs the setting is desk, but saw home", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("=>", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_times_every_assessment_of_a_folder_and_ends_with_one_line()
    {
        using ScratchFolder folder = ScratchFolder.Create("bench");
        File.Copy(Glutes, Path.Combine(folder.Path, "glutes.json"));
        File.Copy(AdvisorCommand.Example("red-flag-dizziness"), Path.Combine(folder.Path, "referral.json"));
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "broken.json"), """{"minutes":-1}""");

        CommandResult result = await AdvisorCommand.RunAsync("bench", folder.Path, "--iterations", "3");
        CommandResult notAFolder = await AdvisorCommand.RunAsync("bench", Glutes);
        CommandResult none = await AdvisorCommand.RunAsync("bench", folder.Path, "--iterations", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("skipped", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  glutes +[0-9.]+ us$", result.Output);
        Assert.Matches(@"(?m)^bench: 6 assessments in [0-9.]+ s = [0-9.]+ us per assessment$", result.Output);
        Assert.Equal(2, notAFolder.ExitCode);
        Assert.Contains("is a file", notAFolder.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, none.ExitCode);
        Assert.Contains("--iterations must be 1 or more", none.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_lists_the_rules_of_a_guideline_and_says_when_none_cites_it()
    {
        CommandResult all = await AdvisorCommand.RunAsync("rules");
        CommandResult g12 = await AdvisorCommand.RunAsync("rules", "--guideline", "G12");
        CommandResult g99 = await AdvisorCommand.RunAsync("rules", "--guideline", "G99");

        Assert.Equal(0, all.ExitCode);
        Assert.Contains("G11", all.Output, StringComparison.Ordinal);
        Assert.Equal(0, g12.ExitCode);
        Assert.Contains("G12", g12.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("G11 ", g12.Output, StringComparison.Ordinal);
        Assert.True(g12.Output.Length < all.Output.Length, "G12's rules are fewer than all the rules");
        Assert.Equal(2, g99.ExitCode);
        Assert.Contains("No rule cites G99", g99.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exercises_lists_every_id_whole()
    {
        await using var host = new AdvisorFactory();
        using HttpClient api = host.CreateClient();
        using HttpResponseMessage response = await api.GetAsync("/api/exercises");
        string[] ids = (await response.JsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();

        CommandResult result = await AdvisorCommand.RunAsync("exercises");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Contains($"│ {id} ", result.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Simulate_compares_the_orders_and_refuses_nobody()
    {
        CommandResult result = await AdvisorCommand.RunAsync("simulate", "--people", "5", "--rounds", "5", "--seed", "3");
        CommandResult nobody = await AdvisorCommand.RunAsync("simulate", "--people", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("for 5 synthetic people, seed 3", result.Output, StringComparison.Ordinal);
        Assert.Contains("Gap closed at round 5", result.Output, StringComparison.Ordinal);
        Assert.Contains("No rule-excluded item was ever chosen", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, nobody.ExitCode);
        Assert.Contains("--people and --rounds must be at least 1", nobody.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_reads_a_store_and_refuses_one_that_is_not_there()
    {
        await using var host = new AdvisorFactory();
        await ((IAsyncLifetime)host).InitializeAsync();
        using (Person person = await host.NewPersonAsync())
        {
            using HttpResponseMessage created = await person.Client.PostJsonAsync("/api/routines", Documents.DeskNeck);
            string routineId = (await created.JsonAsync(HttpStatusCode.Created)).RoutineId();
            using HttpResponseMessage logged = await person.Client.PostJsonAsync($"/api/routines/{routineId}/outcomes", Documents.Pain("neck", 3, 2));
            Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        }

        CommandResult result = await AdvisorCommand.RunAsync("evaluate", "--db", host.DatabasePath);
        CommandResult missing = await AdvisorCommand.RunAsync("evaluate", "--db", host.DatabasePath + ".missing");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("as served", result.Output, StringComparison.Ordinal);
        Assert.Contains("rules' order only", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("No store at", missing.Output, StringComparison.Ordinal);
    }

    /// <summary>Writes <paramref name="json"/> into <paramref name="folder"/> as <paramref name="name"/>, for a verb to read, and returns its path.</summary>
    private static async Task<string> AssessmentFileAsync(ScratchFolder folder, string name, string json)
    {
        string file = folder.Combine(name);
        await File.WriteAllTextAsync(file, json);
        return file;
    }
}
