using System.Text.RegularExpressions;
using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Routines;
using Advisor.UnitTests.Guidance;
using GuidanceRules = Advisor.Rules.Guidance;

namespace Advisor.UnitTests.Catalog;

/// <summary>The catalog holds every exercise the guidance names, every exercise is reachable, and a bad row is reported precisely.</summary>
public sealed partial class CatalogTests(GuidanceFixture guidance) : IClassFixture<GuidanceFixture>
{
    /// <summary>docs/contract.md, "Exercise ids".</summary>
    public static readonly string[] ContractIds =
    [
        // WAKE / SOMA floor work
        "arch-and-flatten", "back-lift", "arch-and-curl", "one-sided-arch-and-curl", "diagonal-arch-and-curl",
        "flowering-arch-and-curl", "iliopsoas-release", "lower-back-release", "standing-hamstring-release",
        "seated-hamstring-release", "hip-rotation", "quadriceps-release", "hip-slides-and-hip-raises", "hip-circles",
        "inversion-and-eversion", "gluteal-release", "internal-hip-rotator-release", "iliotibial-band-release",
        // WAKE integration
        "hip-crease-pick-up", "knee-to-chest-rocking",
        // DESK
        "transverse-abdominal-bracing", "seated-pelvic-tilt", "isometric-glute-squeeze", "scapular-retraction-pulse",
        "chest-opener-finger-pull", "shoulder-circle", "ankle-pumps", "seated-hip-abduction-adduction", "micro-squat",
        "cervical-nod", "lateral-neck-flexion", "upper-trapezius-release", "finger-extension-stretch",
        "wrist-flexor-extensor-pulses", "grip-squeeze",
        // PERF
        "glute-bridge", "clamshell", "banded-leg-lift", "banded-lateral-walk", "side-lying-leg-lift", "scapular-push-up",
        "band-external-rotation", "single-leg-romanian-deadlift", "standing-calf-raise", "wall-angel", "bird-dog",
        "prone-y-raise", "plank",
        // MOBI
        "banded-shoulder-circles", "ankle-dorsiflexion-drill", "ankle-circles", "wrist-rotation-light-weight",
    ];

    [Fact]
    public void Every_contract_exercise_id_is_in_the_catalog()
    {
        var missing = ContractIds.Where(id => guidance.Catalog.Find(id) is null).ToArray();

        Assert.True(missing.Length == 0, "missing from data/exercises.csv: " + string.Join(", ", missing));
        Assert.Equal(ContractIds.Length, ContractIds.Distinct().Count());
    }

    [Fact]
    public void Every_catalog_exercise_is_well_formed()
    {
        Assert.All(guidance.Catalog.Exercises, e =>
        {
            Assert.Matches(KebabId(), e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.NotEmpty(e.Regions);
            Assert.NotEmpty(e.Muscles);
            Assert.False(string.IsNullOrWhiteSpace(e.Instructions));
            Assert.True(e.Dose.Sets >= 1 && e.Dose.Reps >= 1 && e.Dose.Seconds >= 1, e.Id);
            if (e.Alternative is not null)
            {
                Exercise alternative = guidance.Catalog[e.Alternative];
                Assert.True(alternative.Equipment.Count == 0, $"{e.Id}'s alternative {alternative.Id} is not bodyweight (G40)");
            }
            else
            {
                Assert.DoesNotContain(e.Equipment, needed => needed is Equipment.Band or Equipment.Dumbbell or Equipment.Ball or Equipment.Bench or Equipment.Wall);
            }
        });
    }

    [Fact]
    public void Every_exercise_a_rule_names_is_in_the_catalog()
    {
        var named = GuidanceRules.Load()
            .SelectMany(r => r.RightHandSide.Actions.SelectMany(a => Quoted().Matches(a.Expression.ToString()).Select(m => (Rule: r.Name, Id: m.Groups[1].Value))))
            .Where(n => KebabId().IsMatch(n.Id))
            .ToArray();

        Assert.True(named.Select(n => n.Id).Distinct().Count() >= 20, "the scan found too few ids: " + string.Join(", ", named.Select(n => n.Id).Distinct()));
        var missing = named.Where(n => guidance.Catalog.Find(n.Id) is null).Select(n => $"{n.Id} (in '{n.Rule}')").Distinct().ToArray();
        Assert.True(missing.Length == 0, "named by a rule but not in the catalog: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_exercise_a_table_names_is_in_the_catalog()
    {
        var rows = guidance.Catalog.TableRows;
        var named = rows.OfType<ReleaseStep>().Select(r => r.ExerciseId)
            .Concat(rows.OfType<ActivationStep>().Select(r => r.ExerciseId))
            .Concat(rows.OfType<IntegrationStep>().Select(r => r.ExerciseId))
            .Concat(rows.OfType<StrengtheningStep>().Select(r => r.ExerciseId))
            .Concat(rows.OfType<DeskStep>().Select(r => r.ExerciseId))
            .Concat(rows.OfType<ScheduleStep>().Select(r => r.ExerciseId))
            .Concat(guidance.Catalog.Exercises.Where(e => e.Alternative is not null).Select(e => e.Alternative!))
            .ToArray();

        Assert.NotEmpty(named);
        var missing = named.Where(id => guidance.Catalog.Find(id) is null).Distinct().ToArray();
        Assert.True(missing.Length == 0, "named by a table but not in the catalog: " + string.Join(", ", missing));
        Assert.All(rows.OfType<IGuidelineRow>(), row => Assert.All(row.Guidelines, g => Assert.Matches("^G([1-9]|[1-3][0-9]|4[0-2])$", g)));
    }

    [Fact]
    public void Every_catalog_exercise_is_reachable_by_some_assessment()
    {
        var reached = new HashSet<string>();
        foreach (Assessment assessment in Searched())
        {
            reached.UnionWith(guidance.Recommend(assessment).Items().Select(i => i.ExerciseId));
        }

        var unreachable = guidance.Catalog.Exercises.Select(e => e.Id).Where(id => !reached.Contains(id)).ToArray();
        Assert.True(unreachable.Length == 0, "no searched assessment includes: " + string.Join(", ", unreachable));
    }

    [Fact]
    public void A_bad_value_fails_loading_with_file_line_and_column()
    {
        using var folder = new DataCopy();
        folder.Edit("exercises.csv", lines => lines[3] = ReplaceField(lines[3], 2, "stretchy"));

        CatalogException error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Load(folder.Path));

        Assert.Contains("exercises.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("kind", error.Message, StringComparison.Ordinal);
        Assert.Contains("column 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("stretchy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_region_in_a_table_fails_loading_with_file_line_and_column()
    {
        using var folder = new DataCopy();
        folder.Edit("desk-regions.csv", lines => lines[2] = ReplaceField(lines[2], 0, "elbows"));

        CatalogException error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Load(folder.Path));

        Assert.Contains("desk-regions.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("region", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_exercise_in_a_table_fails_loading()
    {
        using var folder = new DataCopy();
        folder.Edit("releases.csv", lines => lines[1] = ReplaceField(lines[1], 2, "psoas-stretch"));

        CatalogException error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Load(folder.Path));

        Assert.Contains("releases.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("exercise_id", error.Message, StringComparison.Ordinal);
        Assert.Contains("psoas-stretch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_row_neither_first_line_nor_interchangeable_fails_loading()
    {
        using var folder = new DataCopy();
        folder.Edit("releases.csv", lines => lines[4] = ReplaceField(lines[4], 4, "primary"));

        CatalogException error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Load(folder.Path));

        Assert.Contains("releases.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("(line): must be one of first-line, interchangeable, got 'primary'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_number_fails_loading_with_its_column()
    {
        using var folder = new DataCopy();
        folder.Edit("exercises.csv", lines => lines[5] = ReplaceField(lines[5], 10, "lots"));

        CatalogException error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Load(folder.Path));

        Assert.Contains("exercises.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("reps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_fails_loading()
    {
        using var folder = new DataCopy();
        folder.Edit("antagonists.csv", lines => lines[0] = lines[0].Replace("tight_antagonist", "tight", StringComparison.Ordinal));

        CatalogException error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Load(folder.Path));

        Assert.Contains("antagonists.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("tight_antagonist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_of_the_data_loads_the_same_catalog()
    {
        using var folder = new DataCopy();

        ExerciseCatalog copy = ExerciseCatalog.Load(folder.Path);

        Assert.Equal(guidance.Catalog.Exercises.Select(e => e.Id), copy.Exercises.Select(e => e.Id));
        Assert.Equal(guidance.Catalog.TableRows.Count, copy.TableRows.Count);
    }

    /// <summary>
    /// Each single condition, each inactive, tight and weak muscle, each pain region in each setting,
    /// each day in each setting; with every piece of equipment, and again with none (for the
    /// bodyweight alternatives, G40).
    /// </summary>
    private static IEnumerable<Assessment> Searched()
    {
        var bases = new List<Assessment>();
        bases.AddRange(Enum.GetValues<Condition>().Select(c => new Assessment { Conditions = [c] }));
        foreach (Muscle muscle in Enum.GetValues<Muscle>())
        {
            bases.Add(new Assessment { InactiveMuscles = [muscle] });
            bases.Add(new Assessment { TightMuscles = [muscle] });
            bases.Add(new Assessment { WeakMuscles = [muscle] });
        }

        // The WAKE chains: an inactive muscle with the tight antagonist that holds it back (G12, G14, G15).
        bases.AddRange(GuidanceFixture.Shared.Catalog.TableRows.OfType<Antagonist>()
            .Select(a => new Assessment { InactiveMuscles = [a.Inactive], TightMuscles = [a.Tight] }));

        foreach (Setting setting in Enum.GetValues<Setting>())
        {
            bases.AddRange(Enum.GetValues<Region>().Select(r => new Assessment { PainPoints = [new PainPoint(r, 5)], Setting = setting }));
            bases.AddRange(Enum.GetValues<Day>().Select(d => new Assessment { Day = d, Setting = setting }));
        }

        foreach (Assessment assessment in bases)
        {
            yield return assessment with { Minutes = 120, Equipment = Enum.GetValues<Equipment>() };
            yield return assessment with { Minutes = 120, Equipment = [] };
        }
    }

    private static string ReplaceField(string line, int index, string value)
    {
        string[] fields = line.Split(',');
        fields[index] = value;
        return string.Join(',', fields);
    }

    [GeneratedRegex("\"([^\"\\\\]*)\"")]
    private static partial Regex Quoted();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabId();

    /// <summary>A temporary copy of data/*.csv that a test may corrupt.</summary>
    private sealed class DataCopy : IDisposable
    {
        public DataCopy()
        {
            Path = Directory.CreateTempSubdirectory("catalog-test-").FullName;
            foreach (string file in Directory.GetFiles(ExerciseCatalog.DefaultFolder, "*.csv"))
                File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }

        public string Path { get; }

        public void Edit(string file, Action<string[]> edit)
        {
            string path = System.IO.Path.Combine(Path, file);
            string[] lines = File.ReadAllLines(path);
            edit(lines);
            File.WriteAllLines(path, lines);
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
