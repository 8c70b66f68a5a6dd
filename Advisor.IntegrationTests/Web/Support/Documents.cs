namespace Advisor.IntegrationTests.Web.Support;

/// <summary>Assessments and outcomes in the contract's JSON, as a client would send them.</summary>
public static class Documents
{
    /// <summary>A desk worker on a workday with a stiff neck (the desk phase, a schedule and an interval).</summary>
    public const string DeskNeck = """
        { "painPoints": [ { "region": "neck", "severity": 3 } ], "setting": "desk", "day": "workday", "minutes": 10 }
        """;

    /// <summary>The contract's own example assessment, as docs/contract.md shows it.</summary>
    public static readonly string ContractExample = Advisor.UnitTests.Assessments.ContractExamples.Assessment;

    /// <summary>Sore knees with tight quadriceps and hamstrings, at home: knee exercises in full range.</summary>
    public const string Knees = """
        { "painPoints": [ { "region": "knees", "severity": 4 } ], "tightMuscles": [ "quadriceps", "hamstrings" ], "minutes": 30 }
        """;

    /// <summary>Knees that hurt through their full range: the knee exercises are micromovements (G3).</summary>
    public const string KneesFullRangePainful = """
        { "painPoints": [ { "region": "knees", "severity": 3, "fullRangePainful": true } ], "tightMuscles": [ "quadriceps", "hamstrings" ], "minutes": 30 }
        """;

    /// <summary>Quiet abdominals and a tight lower back, at home.</summary>
    public const string QuietAbdominals = """
        { "inactiveMuscles": [ "abdominals" ], "tightMuscles": [ "lower-back" ], "minutes": 15 }
        """;

    /// <summary>Dizziness: a referral, no phases (G1).</summary>
    public const string RedFlag = """
        { "redFlags": [ "dizziness" ], "minutes": 10 }
        """;

    /// <summary>An outcome with nothing but a before-and-after pain rating for one region.</summary>
    public static string Pain(string region, int before, int after) =>
        $$"""{ "painBefore": { "{{region}}": {{before}} }, "painAfter": { "{{region}}": {{after}} } }""";

    /// <summary>The contract's example outcome.</summary>
    public const string ContractOutcome = """
        {
          "completed": [ "iliopsoas-release", "back-lift" ],
          "painBefore": { "lower-back": 6 },
          "painAfter": { "lower-back": 4 },
          "stiffnessBefore": 7, "stiffnessAfter": 5,
          "energyBefore": 4, "energyAfter": 6,
          "focusBefore": 5, "focusAfter": 6,
          "ratings": { "back-lift": "right", "iliopsoas-release": "effortless" },
          "conditions": [ "early-fatigue" ]
        }
        """;
}
