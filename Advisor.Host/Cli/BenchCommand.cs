using System.CommandLine;
using System.Diagnostics;
using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;
using Advisor.Engine.Routines;

namespace Advisor.Host.Cli;

/// <summary>
/// <c>bench DIR [--iterations N]</c>: every assessment file of DIR, N times each, in-process: parse and
/// validate, run the guidance, build the routine, after a warm-up of a few seconds. Nothing is cached between calls. Ends with one line
/// a script can read: <c>bench: N assessments in S s = X us per assessment</c>.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "A folder of assessment JSON files, such as data/examples." };
        var iterations = new Option<int>("--iterations")
        {
            Description = "How many times each file is recommended (default 200).",
            DefaultValueFactory = _ => 200,
        };
        iterations.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--iterations must be 1 or more.");
        });
        var command = new Command("bench", "Time full recommendations (parse, rules, routine) over a folder of assessments.") { folder, iterations };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(iterations)));
        return command;
    }

    private static int Run(string folder, int iterations)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine(File.Exists(folder) ? $"'{folder}' is a file; bench takes a folder of assessment files." : $"No folder '{folder}'.");
            return AssessmentFile.BadInput;
        }

        string[] files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        var documents = new List<(string Name, string Json)>();
        foreach (string file in files)
        {
            string json = File.ReadAllText(file);
            try
            {
                AssessmentReader.Read(json);
                documents.Add((Path.GetFileNameWithoutExtension(file), json));
            }
            catch (InvalidDocumentException e)
            {
                Console.Error.WriteLine($"skipped '{file}': not a valid assessment ({e.Errors.Count} field{(e.Errors.Count == 1 ? "" : "s")} wrong)");
            }
        }

        if (documents.Count == 0)
        {
            Console.Error.WriteLine($"'{folder}' holds no valid assessment files (*.json).");
            return AssessmentFile.BadInput;
        }

        Recommender recommender = Composition.Recommender;
        Warm(recommender, documents);

        var total = Stopwatch.StartNew();
        foreach ((string name, string json) in documents)
        {
            var each = Stopwatch.StartNew();
            for (int i = 0; i < iterations; i++) recommender.Recommend(AssessmentReader.Read(json));
            Console.WriteLine($"  {name,-36} {each.Elapsed.TotalMicroseconds / iterations,9:F1} us");
        }

        total.Stop();
        int count = documents.Count * iterations;
        Console.WriteLine(FormattableString.Invariant(
            $"bench: {count} assessments in {total.Elapsed.TotalSeconds:F2} s = {total.Elapsed.TotalMicroseconds / count:F1} us per assessment"));
        return 0;
    }

    /// <summary>How long the warm-up runs at least: the JIT recompiles hot code with optimizations only after a few hundred milliseconds of use.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>Runs every document until the JIT has settled, so the timed runs measure the engine, not the compiler.</summary>
    private static void Warm(Recommender recommender, IReadOnlyList<(string Name, string Json)> documents)
    {
        Console.Error.WriteLine($"warming up for {WarmUp.TotalSeconds:0} s …");
        var warming = Stopwatch.StartNew();
        do
        {
            foreach ((_, string json) in documents) recommender.Recommend(AssessmentReader.Read(json));
        }
        while (warming.Elapsed < WarmUp);
    }
}
