using System.Text;
using Advisor.Engine.Outcomes;
using Advisor.IntegrationTests.Web.Support;
using Advisor.Storage.Records;

namespace Advisor.IntegrationTests.Web.Api;

/// <summary>
/// GET /api/me/export to the byte, for a person with a few routines and outcomes: what a spreadsheet
/// or a script reading last year's export sees must not change when the way it is written does.
/// </summary>
public sealed class ExportBytesTests(AdvisorFactory host) : IClassFixture<AdvisorFactory>
{
    private static readonly DateTimeOffset T0 = new(2030, 1, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_csv_of_a_few_routines_and_outcomes_is_the_same_bytes_as_it_was()
    {
        using Person person = await host.NewPersonAsync();
        await SeedAsync(person.UserId);

        using HttpResponseMessage response = await person.Client.GetAsync("/api/me/export");

        byte[] body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Expected(person.UserId), Encoding.UTF8.GetString(body));
    }

    // As the export wrote it when this test was written: UTF-8 without a byte-order mark, CRLF between
    // rows, a line break kept inside its quoted field, formulas escaped with a quote mark.
    private static string Expected(string person) =>
        string.Concat(ExpectedRows.Select(row => row.Replace("{person}", person, StringComparison.Ordinal) + "\r\n"));

    private static readonly string[] ExpectedRows =
    [
        "record,id,routineId,at,field,value",
        "person,{person},,2030-01-15T08:00:00.0000000+00:00,id,{person}",
        "assessment,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,setting,desk",
        "assessment,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,minutes,10",
        "assessment,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,painPoints[0].region,neck",
        "assessment,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,painPoints[0].severity,6",
        "assessment,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,note,\"stiff, after \"\"long\"\" calls\"",
        "routine,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,routineId,golden-r1",
        "routine,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,status,ok",
        "routine,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,totalSeconds,300",
        "routine,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,phases[0].phase,release",
        "routine,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,phases[0].items[0].exerciseId,chin-tuck",
        "routine,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,phases[0].items[0].name,Chin tuck × 2",
        "routine,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,phases[0].items[0].seconds,60",
        "routine,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,phases[0].items[0].reps,null",
        "routine,golden-r1,golden-r1,2030-01-15T09:00:00.0000000+00:00,phases[0].items[0].bothSides,false",
        "assessment,golden-r2,golden-r2,2030-01-16T08:00:00.0000000+00:00,setting,home",
        "assessment,golden-r2,golden-r2,2030-01-16T08:00:00.0000000+00:00,minutes,5",
        "assessment,golden-r2,golden-r2,2030-01-16T08:00:00.0000000+00:00,day,rest",
        "assessment,golden-r2,golden-r2,2030-01-16T08:00:00.0000000+00:00,note,\"line one\nline two\"",
        "assessment,golden-r2,golden-r2,2030-01-16T08:00:00.0000000+00:00,plus,\"'+1\"",
        "assessment,golden-r2,golden-r2,2030-01-16T08:00:00.0000000+00:00,minus,\"'-2\"",
        "routine,golden-r2,golden-r2,2030-01-16T08:00:00.0000000+00:00,routineId,golden-r2",
        "routine,golden-r2,golden-r2,2030-01-16T08:00:00.0000000+00:00,status,ok",
        "routine,golden-r2,golden-r2,2030-01-16T08:00:00.0000000+00:00,totalSeconds,120",
        "outcome,golden-o1,golden-r1,2030-01-15T08:00:00.0000000+00:00,painBefore.neck,6",
        "outcome,golden-o1,golden-r1,2030-01-15T08:00:00.0000000+00:00,painAfter.neck,3",
        "outcome,golden-o1,golden-r1,2030-01-15T08:00:00.0000000+00:00,ratings.chin-tuck,right",
        "outcome,golden-o1,golden-r1,2030-01-15T08:00:00.0000000+00:00,completed[0],chin-tuck",
        "outcome,golden-o2,golden-r2,2030-01-16T08:30:00.0000000+00:00,conditions[0],early-fatigue",
        "outcome,golden-o2,golden-r2,2030-01-16T08:30:00.0000000+00:00,energyAfter,7",
        "outcome,golden-o3,golden-r1,2030-01-17T08:00:00.0000000+00:00,stiffnessBefore,6",
        "outcome,golden-o3,golden-r1,2030-01-17T08:00:00.0000000+00:00,stiffnessAfter,3",
        "outcome,golden-o3,golden-r1,2030-01-17T08:00:00.0000000+00:00,focusAfter,8",
    ];

    // Stored directly, as the store keeps them: values a spreadsheet would misread (a comma, quotes,
    // a line break, a leading sign), a character outside ASCII, a null, and an outcome stamped before
    // its routine so the person's row takes its time from the outcomes too.
    private async Task SeedAsync(string person)
    {
        await host.Store.SaveRoutineAsync(new StoredRoutine("golden-r1", person, T0.AddHours(1),
            """{"setting":"desk","minutes":10,"painPoints":[{"region":"neck","severity":6}],"note":"stiff, after \"long\" calls"}""",
            """{"routineId":"golden-r1","status":"ok","totalSeconds":300,"phases":[{"phase":"release","items":[{"exerciseId":"chin-tuck","name":"Chin tuck × 2","seconds":60,"reps":null,"bothSides":false}]}]}"""));
        await host.Store.SaveRoutineAsync(new StoredRoutine("golden-r2", person, T0.AddDays(1),
            """{"setting":"home","minutes":5,"day":"rest","note":"line one\nline two","plus":"+1","minus":"-2"}""",
            """{"routineId":"golden-r2","status":"ok","totalSeconds":120,"phases":[]}"""));
        await SaveAsync(person, "golden-o1", "golden-r1", T0, """{"painBefore":{"neck":6},"painAfter":{"neck":3},"ratings":{"chin-tuck":"right"},"completed":["chin-tuck"]}""");
        await SaveAsync(person, "golden-o2", "golden-r2", T0.AddDays(1).AddMinutes(30), """{"conditions":["early-fatigue"],"energyAfter":7}""");
        await SaveAsync(person, "golden-o3", "golden-r1", T0.AddDays(2), """{"stiffnessBefore":6,"stiffnessAfter":3,"focusAfter":8}""");
    }

    private async Task SaveAsync(string person, string id, string routineId, DateTimeOffset at, string body)
    {
        OutcomeSave saved = await host.Store.SaveOutcomeAsync(person, new NewOutcome(id, routineId, at, body, null, "f"));
        Assert.Equal(OutcomeSaveStatus.Stored, saved.Status);
    }
}
