using Advisor.Engine.Outcomes;
using Advisor.Storage.Records;

namespace Advisor.IntegrationTests.Storage;

/// <summary>What every store must do with the personal layers a ranker keeps, and the outcomes logged since one.</summary>
public abstract partial class HistoryStoreContract
{
    [Fact]
    public async Task A_kept_layer_is_read_back_as_kept_and_replaced_only_by_one_holding_a_later_outcome()
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        Assert.Null(await Store.KeptLayerAsync(person));

        await Store.KeepLayersAsync([Layer(person, T0, "b", 1, 2, 3), Layer(other, T0, "a", 9)]);
        Assert.Equal([1, 2, 3], await Store.KeptLayerAsync(person));
        Assert.Equal([9], await Store.KeptLayerAsync(other));

        // Another host dropping the person with an older outcome, or the same one, leaves the later layer.
        await Store.KeepLayersAsync([Layer(person, T0.AddSeconds(-1), "z", 4)]);
        await Store.KeepLayersAsync([Layer(person, T0, "a", 5)]);
        Assert.Equal([1, 2, 3], await Store.KeptLayerAsync(person));

        await Store.KeepLayersAsync([Layer(person, T0, "c", 6, 7)]);
        Assert.Equal([6, 7], await Store.KeptLayerAsync(person));
        await Store.KeepLayersAsync([Layer(person, T0.AddMinutes(1), "a", 8)]);
        Assert.Equal([8], await Store.KeptLayerAsync(person));
        Assert.Equal([9], await Store.KeptLayerAsync(other));
    }

    [Fact]
    public async Task A_layer_of_someone_the_store_does_not_hold_is_left_out_and_erasing_a_person_erases_their_layer()
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        string nobody = NewId();
        await Store.KeepLayersAsync([Layer(person, T0, "a", 1), Layer(nobody, T0, "a", 2), Layer(other, T0, "a", 3)]);
        Assert.Null(await Store.KeptLayerAsync(nobody));

        Assert.True(await Store.DeletePersonAsync(person));
        Assert.Null(await Store.KeptLayerAsync(person));
        // Kept after the erasure (a drop that was waiting to be written): still nothing of theirs.
        await Store.KeepLayersAsync([Layer(person, T0.AddHours(1), "a", 4)]);
        Assert.Null(await Store.KeptLayerAsync(person));
        Assert.Equal([3], await Store.KeptLayerAsync(other));
    }

    [Fact]
    public async Task The_outcomes_from_a_time_are_the_persons_own_logged_then_or_later_oldest_first()
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        StoredRoutine theirs = await RoutineAsync(other, T0);
        StoredOutcome before = await StoredAsync(person, Outcome(routine.RoutineId, T0.AddMinutes(1), "{}"));
        StoredOutcome late = await StoredAsync(person, Outcome(routine.RoutineId, T0.AddMinutes(3), "{}"));
        StoredOutcome at = await StoredAsync(person, Outcome(routine.RoutineId, T0.AddMinutes(2), "{}"));
        await StoredAsync(other, Outcome(theirs.RoutineId, T0.AddMinutes(2), "{}"));

        Assert.Equal([at, late], await Store.OutcomesFromAsync(person, T0.AddMinutes(2)));
        Assert.Equal([before, at, late], await Store.OutcomesFromAsync(person, T0));
        Assert.Empty(await Store.OutcomesFromAsync(person, T0.AddMinutes(4)));
    }

    private static PersonLayer Layer(string person, DateTimeOffset at, string id, params byte[] layer) => new(person, new Stamp(at, id), layer);
}
