using Advisor.Engine.Assessments;
using Advisor.Engine.Routines;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Outcomes;

/// <summary>A stored routine reads back as the routine that was served, in the contract's words, compact.</summary>
public sealed class StoredRoutineJsonTests
{
    [Fact]
    public void A_stored_routine_reads_back_as_served()
    {
        Routine served = GuidanceFixture.Shared.Recommend(new Assessment
        {
            PainPoints = [new PainPoint(Region.Neck, 8)],
            Setting = Setting.Desk,
            Day = Day.Workday,
        });

        string stored = StoredRoutineJson.Write(served);
        Routine read = StoredRoutineJson.Read(stored);

        Assert.DoesNotContain('\n', stored);
        Assert.Contains("\"range\":\"micro\"", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("null", stored, StringComparison.Ordinal);
        Assert.Equal(RoutineJson.Write(served), RoutineJson.Write(read));
    }

    [Fact]
    public void An_empty_stored_routine_is_an_error_not_a_null()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => StoredRoutineJson.Read("null"));
    }
}
