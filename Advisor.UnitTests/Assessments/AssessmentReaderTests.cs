using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Documents;

namespace Advisor.UnitTests.Assessments;

/// <summary>docs/contract.md's assessment: what parses, what defaults, and every rejection naming its field.</summary>
public sealed class AssessmentReaderTests
{
    private static readonly string ContractExample = ContractExamples.Assessment;

    [Fact]
    public void The_contract_example_parses()
    {
        Assessment assessment = AssessmentReader.Read(ContractExample);

        Assert.Equal([new PainPoint(Region.LowerBack, 6, false)], assessment.PainPoints);
        Assert.Equal([Muscle.Glutes], assessment.InactiveMuscles);
        Assert.Equal([Muscle.InnerThighs], assessment.TightMuscles);
        Assert.Empty(assessment.WeakMuscles);
        Assert.Equal([Condition.Sensitized], assessment.Conditions);
        Assert.Empty(assessment.RedFlags);
        Assert.Equal(Setting.Desk, assessment.Setting);
        Assert.Equal(Day.Workday, assessment.Day);
        Assert.Equal(10, assessment.Minutes);
        Assert.Equal([Equipment.Chair], assessment.Equipment);
    }

    public static TheoryData<string> Examples() =>
        new(Directory.GetFiles(Path.Combine(ExerciseCatalog.DefaultFolder, "examples"), "*.json").Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_assessment_parses(string file)
    {
        Assessment assessment = AssessmentReader.Read(File.ReadAllText(Path.Combine(ExerciseCatalog.DefaultFolder, "examples", file)));

        Assert.InRange(assessment.Minutes, 1, 120);
    }

    [Fact]
    public void Absent_fields_take_their_defaults()
    {
        Assessment assessment = AssessmentReader.Read("{}");

        Assert.Empty(assessment.PainPoints);
        Assert.Empty(assessment.InactiveMuscles);
        Assert.Empty(assessment.TightMuscles);
        Assert.Empty(assessment.WeakMuscles);
        Assert.Empty(assessment.Conditions);
        Assert.Empty(assessment.RedFlags);
        Assert.Equal(Setting.Home, assessment.Setting);
        Assert.Equal(Day.Workday, assessment.Day);
        Assert.Equal(10, assessment.Minutes);
        Assert.Empty(assessment.Equipment);
    }

    [Fact]
    public void Full_range_painful_defaults_to_false()
    {
        Assessment assessment = AssessmentReader.Read("""{ "painPoints": [ { "region": "knees", "severity": 0 } ] }""");

        Assert.Equal([new PainPoint(Region.Knees, 0, false)], assessment.PainPoints);
    }

    [Fact]
    public void Every_value_of_the_contract_is_accepted()
    {
        string json = $$"""
            {
              "painPoints": [ {{string.Join(", ", Kebab.All<Region>().Select((r, i) => $$"""{ "region": "{{r}}", "severity": {{i}}, "fullRangePainful": true }"""))}} ],
              "inactiveMuscles": [ {{Quoted(Kebab.All<Muscle>())}} ],
              "tightMuscles": [ {{Quoted(Kebab.All<Muscle>())}} ],
              "weakMuscles": [ {{Quoted(Kebab.All<Muscle>())}} ],
              "conditions": [ {{Quoted(Kebab.All<Condition>())}} ],
              "redFlags": [ {{Quoted(Kebab.All<RedFlag>())}} ],
              "setting": "gym", "day": "post-workout", "minutes": 120,
              "equipment": [ {{Quoted(Kebab.All<Equipment>())}} ]
            }
            """;

        Assessment assessment = AssessmentReader.Read(json);

        Assert.Equal(9, assessment.PainPoints.Count);
        Assert.Equal(14, assessment.InactiveMuscles.Count);
        Assert.Equal(11, assessment.Conditions.Count);
        Assert.Equal(3, assessment.RedFlags.Count);
        Assert.Equal(7, assessment.Equipment.Count);
        Assert.Equal(Day.PostWorkout, assessment.Day);
        Assert.Equal(120, assessment.Minutes);
        Assert.Equal(
            ["neck", "shoulders", "upper-back", "lower-back", "hips", "knees", "ankles", "wrists", "hands"],
            Kebab.All<Region>());
    }

    [Theory]
    [InlineData("""{ "painPoints": [ { "region": "elbows", "severity": 3 } ] }""", "painPoints[0].region")]
    [InlineData("""{ "painPoints": [ { "region": "Lower-Back", "severity": 3 } ] }""", "painPoints[0].region")]
    [InlineData("""{ "painPoints": [ { "region": "lower-back", "severity": 11 } ] }""", "painPoints[0].severity")]
    [InlineData("""{ "painPoints": [ { "region": "lower-back", "severity": -1 } ] }""", "painPoints[0].severity")]
    [InlineData("""{ "painPoints": [ { "region": "lower-back", "severity": 2.5 } ] }""", "painPoints[0].severity")]
    [InlineData("""{ "painPoints": [ { "region": "lower-back", "severity": "5" } ] }""", "painPoints[0].severity")]
    [InlineData("""{ "painPoints": [ { "region": "lower-back" } ] }""", "painPoints[0].severity")]
    [InlineData("""{ "painPoints": [ { "severity": 4 } ] }""", "painPoints[0].region")]
    [InlineData("""{ "painPoints": [ { "region": "neck", "severity": 4, "fullRangePainful": "yes" } ] }""", "painPoints[0].fullRangePainful")]
    [InlineData("""{ "painPoints": [ { "region": "neck", "severity": 4 }, { "region": "neck", "severity": 2 } ] }""", "painPoints[1].region")]
    [InlineData("""{ "painPoints": [ { "region": "neck", "severity": 4, "side": "left" } ] }""", "painPoints[0].side")]
    [InlineData("""{ "painPoints": { "region": "neck", "severity": 4 } }""", "painPoints")]
    [InlineData("""{ "inactiveMuscles": [ "biceps" ] }""", "inactiveMuscles[0]")]
    [InlineData("""{ "tightMuscles": [ "glutes", "calfs" ] }""", "tightMuscles[1]")]
    [InlineData("""{ "weakMuscles": [ 3 ] }""", "weakMuscles[0]")]
    [InlineData("""{ "conditions": [ "tired" ] }""", "conditions[0]")]
    [InlineData("""{ "redFlags": [ "nausea" ] }""", "redFlags[0]")]
    [InlineData("""{ "setting": "office" }""", "setting")]
    [InlineData("""{ "day": "leg-day" }""", "day")]
    [InlineData("""{ "equipment": [ "kettlebell" ] }""", "equipment[0]")]
    [InlineData("""{ "minutes": 0 }""", "minutes")]
    [InlineData("""{ "minutes": 121 }""", "minutes")]
    [InlineData("""{ "minutes": 10.5 }""", "minutes")]
    [InlineData("""{ "minutes": "10" }""", "minutes")]
    [InlineData("""{ "colour": "blue" }""", "colour")]
    [InlineData("""{ "minutes": 10, "minutes": 12 }""", "minutes")]
    public void An_invalid_assessment_is_rejected_naming_the_field(string json, string field)
    {
        InvalidDocumentException error = Assert.Throws<InvalidDocumentException>(() => AssessmentReader.Read(json));

        Assert.Contains(error.Errors, e => e.Field == field);
        Assert.All(error.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"minutes\": 10")]
    [InlineData("{ minutes: 10 }")]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{ \"painPoints\": [ ] } trailing")]
    public void Malformed_json_is_rejected_at_the_root(string json)
    {
        InvalidDocumentException error = Assert.Throws<InvalidDocumentException>(() => AssessmentReader.Read(json));

        FieldError only = Assert.Single(error.Errors);
        Assert.Equal("$", only.Field);
        Assert.Contains("JSON", only.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"assessment\"")]
    [InlineData("null")]
    public void A_root_that_is_not_an_object_is_rejected(string json)
    {
        InvalidDocumentException error = Assert.Throws<InvalidDocumentException>(() => AssessmentReader.Read(json));

        FieldError only = Assert.Single(error.Errors);
        Assert.Equal("$", only.Field);
        Assert.Contains("object", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_errors_are_reported_at_once_in_document_order()
    {
        const string json = """
            {
              "painPoints": [ { "region": "elbows", "severity": 12 }, { "region": "neck", "severity": 3 } ],
              "inactiveMuscles": [ "biceps" ],
              "setting": "office",
              "minutes": 0,
              "equipment": [ "kettlebell" ],
              "colour": "blue"
            }
            """;

        InvalidDocumentException error = Assert.Throws<InvalidDocumentException>(() => AssessmentReader.Read(json));

        string[] fields = error.Errors.Select(e => e.Field).ToArray();
        Assert.Subset(fields.ToHashSet(), new HashSet<string>
        {
            "colour", "painPoints[0].region", "painPoints[0].severity", "inactiveMuscles[0]", "setting", "minutes", "equipment[0]",
        });
        Assert.Equal(7, fields.Length);
        Assert.All(fields, f => Assert.Contains(f, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_are_listed_in_the_order_the_fields_are_written()
    {
        // Written in an order of the person's own, not the contract's, with an unknown field in the middle.
        const string json = """
            {
              "minutes": 500,
              "colour": "blue",
              "painPoints": [ { "severity": 3, "region": "neck" }, { "severity": 11, "region": "elbows" } ],
              "setting": "office"
            }
            """;

        InvalidDocumentException error = Assert.Throws<InvalidDocumentException>(() => AssessmentReader.Read(json));

        Assert.Equal(
            ["minutes", "colour", "painPoints[1].severity", "painPoints[1].region", "setting"],
            error.Errors.Select(e => e.Field).ToArray());
    }

    [Fact]
    public void A_required_field_left_out_is_listed_after_the_fields_written_beside_it()
    {
        const string json = """{ "painPoints": [ { "fullRangePainful": "yes", "severity": 2 } ], "day": "someday" }""";

        InvalidDocumentException error = Assert.Throws<InvalidDocumentException>(() => AssessmentReader.Read(json));

        Assert.Equal(["painPoints[0].fullRangePainful", "painPoints[0].region", "day"], error.Errors.Select(e => e.Field).ToArray());
    }

    [Fact]
    public void A_rejection_says_what_was_expected()
    {
        InvalidDocumentException error = Assert.Throws<InvalidDocumentException>(() => AssessmentReader.Read("""{ "setting": "office" }"""));

        FieldError only = Assert.Single(error.Errors);
        Assert.Contains("office", only.Message, StringComparison.Ordinal);
        Assert.Contains("desk", only.Message, StringComparison.Ordinal);
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));
}
