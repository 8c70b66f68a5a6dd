using Advisor.Engine.Facts;
using Advisor.Engine.Outcomes;
using FsCheck;
using FsCheck.Fluent;
using Advisor.Storage.Records;

namespace Advisor.IntegrationTests.Storage;

/// <summary>
/// What every <see cref="IHistoryStore"/> must do, whatever database is behind it. A subclass says
/// how to open a store; each test gets its own, migrated. The tests only read back what they wrote
/// (every id is new), so a subclass may hand out stores over one shared database.
/// </summary>
public abstract partial class HistoryStoreContract : IAsyncLifetime
{
    /// <summary>A fixed instant, to the millisecond as the store keeps times; tests date records from it.</summary>
    protected static readonly DateTimeOffset T0 = new(2030, 1, 15, 8, 0, 0, TimeSpan.Zero);

    private readonly List<IHistoryStore> _opened = [];
    private IHistoryStore? _store;

    /// <summary>The store of the running test, migrated.</summary>
    protected IHistoryStore Store => _store ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>The <see cref="IHistoryStore.Kind"/> the store reports.</summary>
    protected abstract string ExpectedKind { get; }

    /// <summary>
    /// Opens a store that is not migrated yet; over a new, empty database where that is cheap.
    /// The contract disposes it (when it is <see cref="IAsyncDisposable"/>) after the test.
    /// </summary>
    protected abstract Task<IHistoryStore> CreateStoreAsync();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _store = await OpenAsync();
        await _store.MigrateAsync();
    }

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        foreach (IHistoryStore store in _opened)
        {
            if (store is IAsyncDisposable disposable) await disposable.DisposeAsync();
        }
    }

    [Fact]
    public async Task It_reports_its_kind_and_is_healthy()
    {
        Assert.Equal(ExpectedKind, Store.Kind);
        Assert.True(await Store.IsHealthyAsync());
    }

    [Fact]
    public async Task Migrating_again_is_harmless_and_keeps_what_is_stored()
    {
        (string person, string hash) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);

        await Store.MigrateAsync();
        await Store.MigrateAsync();

        Assert.Equal(person, await Store.FindPersonAsync(hash));
        Assert.Equal(routine, await Store.FindRoutineAsync(person, routine.RoutineId));
    }

    [Fact]
    public async Task Several_hosts_migrating_a_new_store_at_once_all_succeed()
    {
        IHistoryStore fresh = await OpenAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => fresh.MigrateAsync())));

        string person = NewId();
        await fresh.CreatePersonAsync(person, NewId(), T0);
        Assert.Equal(ExpectedKind, fresh.Kind);
        Assert.True(await fresh.IsHealthyAsync());
    }

    [Fact]
    public async Task A_person_is_found_by_the_hash_of_their_token_and_only_by_it()
    {
        (string person, string hash) = await PersonAsync();
        (string other, string otherHash) = await PersonAsync();

        Assert.Equal(person, await Store.FindPersonAsync(hash));
        Assert.Equal(other, await Store.FindPersonAsync(otherHash));
        Assert.Null(await Store.FindPersonAsync(NewId()));
        Assert.Null(await Store.FindPersonAsync(person));
    }

    [Fact]
    public async Task A_routine_is_found_only_by_its_person()
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);

        Assert.Equal(routine, await Store.FindRoutineAsync(person, routine.RoutineId));
        Assert.Null(await Store.FindRoutineAsync(other, routine.RoutineId));
        Assert.Null(await Store.FindRoutineAsync(person, NewId()));
    }

    [Fact]
    public async Task A_persons_routines_come_oldest_first_and_only_theirs()
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        StoredRoutine late = await RoutineAsync(person, T0.AddDays(2));
        StoredRoutine early = await RoutineAsync(person, T0);
        StoredRoutine middle = await RoutineAsync(person, T0.AddHours(5));
        StoredRoutine others = await RoutineAsync(other, T0.AddHours(1));

        Assert.Equal([early, middle, late], await Store.RoutinesAsync(person));
        Assert.Equal([others], await Store.RoutinesAsync(other));
        Assert.Empty(await Store.RoutinesAsync(NewId()));
    }

    [Fact]
    public async Task An_outcome_is_stored_against_the_persons_routine_and_read_back_oldest_first()
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        StoredRoutine another = await RoutineAsync(person, T0.AddDays(1));
        StoredRoutine others = await RoutineAsync(other, T0);

        StoredOutcome late = await StoredAsync(person, Outcome(another.RoutineId, T0.AddDays(1).AddHours(1), """{"stiffnessAfter":3}"""));
        StoredOutcome early = await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(1), """{"stiffnessAfter":5}"""));
        StoredOutcome theirs = await StoredAsync(other, Outcome(others.RoutineId, T0.AddMinutes(30), "{}"));

        Assert.Equal([early, late], await Store.OutcomesAsync(person));
        Assert.Equal([theirs], await Store.OutcomesAsync(other));
        Assert.Equal("""{"stiffnessAfter":5}""", early.Outcome);
        Assert.Equal(routine.RoutineId, early.RoutineId);
    }

    [Fact]
    public async Task An_outcome_is_found_by_its_id_under_its_own_routine_and_person()
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        StoredOutcome earlier = await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(1), """{"stiffnessAfter":4}"""));
        StoredOutcome wanted = await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(2), """{"stiffnessAfter":2}"""));

        Assert.Equal(wanted, await Store.FindOutcomeAsync(person, routine.RoutineId, wanted.OutcomeId));
        Assert.Equal(earlier, await Store.FindOutcomeAsync(person, routine.RoutineId, earlier.OutcomeId));
        Assert.Null(await Store.FindOutcomeAsync(person, routine.RoutineId, NewId()));
    }

    [Fact]
    public async Task An_outcome_is_not_found_through_another_routine_or_another_person()
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        StoredRoutine another = await RoutineAsync(person, T0.AddDays(1));
        StoredRoutine others = await RoutineAsync(other, T0);
        StoredOutcome outcome = await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(1), "{}"));
        await StoredAsync(other, Outcome(others.RoutineId, T0.AddHours(1), "{}"));

        Assert.Null(await Store.FindOutcomeAsync(person, another.RoutineId, outcome.OutcomeId));
        Assert.Null(await Store.FindOutcomeAsync(other, routine.RoutineId, outcome.OutcomeId));
        Assert.Null(await Store.FindOutcomeAsync(other, others.RoutineId, outcome.OutcomeId));
        Assert.Equal(outcome, await Store.FindOutcomeAsync(person, routine.RoutineId, outcome.OutcomeId));
    }

    [Fact]
    public async Task A_persons_first_record_is_their_earliest_routine_or_outcome_and_only_theirs()
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        Assert.Null(await Store.FirstRecordAtAsync(person));
        StoredRoutine others = await RoutineAsync(other, T0);
        await StoredAsync(other, Outcome(others.RoutineId, T0.AddMinutes(-30), "{}"));

        StoredRoutine routine = await RoutineAsync(person, T0.AddHours(5));
        await RoutineAsync(person, T0.AddHours(7));
        DateTimeOffset? byRoutine = await Store.FirstRecordAtAsync(person);
        // Stamped before its routine, as a store filled from elsewhere may hold.
        await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(3), "{}"));
        await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(6), "{}"));

        Assert.Equal(T0.AddHours(5), byRoutine);
        Assert.Equal(T0.AddHours(3), await Store.FirstRecordAtAsync(person));
        Assert.Equal(T0.AddMinutes(-30), await Store.FirstRecordAtAsync(other));
        Assert.Null(await Store.FirstRecordAtAsync(NewId()));
    }

    [Fact]
    public async Task Outcomes_logged_at_the_same_time_are_ordered_by_id()
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        string prefix = NewId()[..8];

        StoredOutcome second = await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(1), "{}") with { OutcomeId = prefix + "-b" });
        StoredOutcome first = await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(1), "{}") with { OutcomeId = prefix + "-a" });

        Assert.Equal([first, second], await Store.OutcomesAsync(person));
    }

    [Fact]
    public async Task The_first_outcome_with_a_key_is_stored()
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        NewOutcome outcome = Outcome(routine.RoutineId, T0.AddHours(1), """{"focusAfter":7}""", "key");

        OutcomeSave saved = await Store.SaveOutcomeAsync(person, outcome);

        Assert.Equal(OutcomeSaveStatus.Stored, saved.Status);
        Assert.Equal(new StoredOutcome(outcome.OutcomeId, routine.RoutineId, outcome.LoggedAt, outcome.Outcome), saved.Outcome);
    }

    [Fact]
    public async Task A_retry_with_the_same_key_and_fingerprint_is_replayed_as_first_stored()
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        NewOutcome first = Outcome(routine.RoutineId, T0.AddHours(1), """{"focusAfter":7}""", "key");
        StoredOutcome stored = await StoredAsync(person, first);

        OutcomeSave retry = await Store.SaveOutcomeAsync(person, first with { OutcomeId = NewId(), LoggedAt = T0.AddHours(2) });

        Assert.Equal(OutcomeSaveStatus.Replayed, retry.Status);
        Assert.Equal(stored, retry.Outcome);
        Assert.Equal([stored], await Store.OutcomesAsync(person));
    }

    [Fact]
    public async Task The_same_key_for_a_different_outcome_or_routine_is_refused_and_nothing_is_written()
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        StoredRoutine another = await RoutineAsync(person, T0.AddDays(1));
        NewOutcome first = Outcome(routine.RoutineId, T0.AddHours(1), """{"focusAfter":7}""", "key");
        StoredOutcome stored = await StoredAsync(person, first);

        OutcomeSave otherBody = await Store.SaveOutcomeAsync(person, Outcome(routine.RoutineId, T0.AddHours(2), """{"focusAfter":8}""", "key"));
        OutcomeSave otherRoutine = await Store.SaveOutcomeAsync(person, first with { OutcomeId = NewId(), RoutineId = another.RoutineId });

        Assert.Equal(new OutcomeSave(OutcomeSaveStatus.KeyReused), otherBody);
        Assert.Equal(new OutcomeSave(OutcomeSaveStatus.KeyReused), otherRoutine);
        Assert.Equal([stored], await Store.OutcomesAsync(person));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("key")]
    public async Task An_outcome_for_another_persons_or_an_unknown_routine_is_not_found_and_nothing_is_written(string? key)
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        StoredRoutine others = await RoutineAsync(other, T0);

        OutcomeSave theirs = await Store.SaveOutcomeAsync(person, Outcome(others.RoutineId, T0.AddHours(1), "{}", key));
        OutcomeSave unknown = await Store.SaveOutcomeAsync(person, Outcome(NewId(), T0.AddHours(1), "{}", key));

        Assert.Equal(new OutcomeSave(OutcomeSaveStatus.RoutineNotFound), theirs);
        Assert.Equal(new OutcomeSave(OutcomeSaveStatus.RoutineNotFound), unknown);
        Assert.Empty(await Store.OutcomesAsync(person));
        Assert.Empty(await Store.OutcomesAsync(other));
    }

    [Fact]
    public async Task A_key_another_person_used_on_their_routine_does_not_reach_it()
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        StoredRoutine others = await RoutineAsync(other, T0);
        NewOutcome theirs = Outcome(others.RoutineId, T0.AddHours(1), "{}", "shared");
        await StoredAsync(other, theirs);

        OutcomeSave replay = await Store.SaveOutcomeAsync(person, theirs with { OutcomeId = NewId() });

        Assert.Equal(new OutcomeSave(OutcomeSaveStatus.RoutineNotFound), replay);
        Assert.Empty(await Store.OutcomesAsync(person));
    }

    [Fact]
    public async Task Keys_belong_to_a_person_two_people_may_use_the_same_one()
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        StoredRoutine mine = await RoutineAsync(person, T0);
        StoredRoutine theirs = await RoutineAsync(other, T0);

        OutcomeSave a = await Store.SaveOutcomeAsync(person, Outcome(mine.RoutineId, T0.AddHours(1), "{}", "shared"));
        OutcomeSave b = await Store.SaveOutcomeAsync(other, Outcome(theirs.RoutineId, T0.AddHours(1), "{}", "shared"));

        Assert.Equal(OutcomeSaveStatus.Stored, a.Status);
        Assert.Equal(OutcomeSaveStatus.Stored, b.Status);
    }

    [Fact]
    public async Task Without_a_key_the_same_outcome_twice_is_stored_twice()
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        NewOutcome outcome = Outcome(routine.RoutineId, T0.AddHours(1), "{}");

        await StoredAsync(person, outcome);
        await StoredAsync(person, outcome with { OutcomeId = NewId() });

        Assert.Equal(2, (await Store.OutcomesAsync(person)).Count);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_store_one_outcome_and_replay_it_to_the_rest()
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        NewOutcome outcome = Outcome(routine.RoutineId, T0.AddHours(1), """{"energyAfter":6}""", "once");

        OutcomeSave[] saves = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => Store.SaveOutcomeAsync(person, outcome with { OutcomeId = NewId(), LoggedAt = outcome.LoggedAt.AddMilliseconds(i) }))));

        OutcomeSave stored = Assert.Single(saves, s => s.Status == OutcomeSaveStatus.Stored);
        Assert.All(saves, s => Assert.Equal(stored.Outcome, s.Outcome));
        Assert.Equal(19, saves.Count(s => s.Status == OutcomeSaveStatus.Replayed));
        Assert.Equal([stored.Outcome!], await Store.OutcomesAsync(person));
    }

    [Fact]
    public async Task Deleting_a_person_erases_them_their_routines_and_their_outcomes_and_no_one_else()
    {
        (string person, string hash) = await PersonAsync();
        (string other, string otherHash) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(1), "{}", "key"));
        StoredRoutine theirs = await RoutineAsync(other, T0);
        StoredOutcome theirOutcome = await StoredAsync(other, Outcome(theirs.RoutineId, T0.AddHours(2), "{}", "key"));

        Assert.True(await Store.DeletePersonAsync(person));

        Assert.Null(await Store.FindPersonAsync(hash));
        Assert.Null(await Store.FindRoutineAsync(person, routine.RoutineId));
        Assert.Empty(await Store.RoutinesAsync(person));
        Assert.Empty(await Store.OutcomesAsync(person));
        Assert.DoesNotContain(await EveryOutcomeOfAsync(person, other), l => l.PersonId == person);
        Assert.Equal(other, await Store.FindPersonAsync(otherHash));
        Assert.Equal([theirs], await Store.RoutinesAsync(other));
        Assert.Equal([theirOutcome], await Store.OutcomesAsync(other));
        Assert.False(await Store.DeletePersonAsync(person));
        Assert.False(await Store.DeletePersonAsync(NewId()));
    }

    [Fact]
    public async Task Every_outcome_of_everyone_comes_with_its_routine_and_person_in_the_order_logged()
    {
        (string a, _) = await PersonAsync();
        (string b, _) = await PersonAsync();
        StoredRoutine ra = await RoutineAsync(a, T0);
        StoredRoutine rb = await RoutineAsync(b, T0.AddMinutes(1));
        StoredOutcome third = await StoredAsync(a, Outcome(ra.RoutineId, T0.AddHours(3), """{"focusAfter":3}"""));
        StoredOutcome first = await StoredAsync(b, Outcome(rb.RoutineId, T0.AddHours(1), """{"focusAfter":1}"""));
        StoredOutcome second = await StoredAsync(a, Outcome(ra.RoutineId, T0.AddHours(2), """{"focusAfter":2}"""));

        var every = await EveryOutcomeOfAsync(a, b);

        Assert.Equal(
            [new LoggedRoutine(b, rb, first), new LoggedRoutine(a, ra, second), new LoggedRoutine(a, ra, third)],
            every);
    }

    [Fact]
    public async Task The_recent_outcomes_are_the_newest_of_everyone_oldest_first_ties_by_id()
    {
        // Later than anything another test logs, so the newest outcomes of a shared database are these.
        DateTimeOffset later = T0.AddYears(500);
        (string a, _) = await PersonAsync();
        (string b, _) = await PersonAsync();
        StoredRoutine ra = await RoutineAsync(a, later);
        StoredRoutine rb = await RoutineAsync(b, later);
        string tie = NewId();
        StoredOutcome last = await StoredAsync(a, Outcome(ra.RoutineId, later.AddHours(3), """{"focusAfter":4}"""));
        StoredOutcome tiedSecond = await StoredAsync(b, Outcome(rb.RoutineId, later.AddHours(2), """{"focusAfter":3}""") with { OutcomeId = tie + "b" });
        StoredOutcome first = await StoredAsync(b, Outcome(rb.RoutineId, later.AddHours(1), """{"focusAfter":1}"""));
        StoredOutcome tiedFirst = await StoredAsync(a, Outcome(ra.RoutineId, later.AddHours(2), """{"focusAfter":2}""") with { OutcomeId = tie + "a" });

        List<LoggedRoutine> three = await Store.RecentOutcomesAsync(3).ToListAsync();
        List<LoggedRoutine> four = await Store.RecentOutcomesAsync(4).ToListAsync();

        Assert.Equal([new LoggedRoutine(a, ra, tiedFirst), new LoggedRoutine(b, rb, tiedSecond), new LoggedRoutine(a, ra, last)], three);
        Assert.Equal([new LoggedRoutine(b, rb, first), .. three], four);
        Assert.Empty(await Store.RecentOutcomesAsync(0).ToListAsync());
    }

    [Fact]
    public async Task The_store_says_whether_it_holds_more_outcomes_than_a_window()
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(1), "{}"));
        await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(2), "{}"));
        int held = (await Store.EveryOutcomeAsync().ToListAsync()).Count;

        Assert.True(await Store.HoldsMoreOutcomesThanAsync(held - 1));
        Assert.False(await Store.HoldsMoreOutcomesThanAsync(held));
        Assert.False(await Store.HoldsMoreOutcomesThanAsync(held + 1));
    }

    [Fact]
    public void The_summary_kept_with_each_outcome_equals_the_summary_rebuilt_from_the_log()
    {
        Prop.ForAll(OutcomeLogs.Arbitrary, log => KeptEqualsRebuiltAsync(log).GetAwaiter().GetResult())
            .Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public async Task A_newcomer_has_an_empty_summary()
    {
        (string person, _) = await PersonAsync();

        Assert.Equal(HistorySummary.None, await Store.HistorySummaryAsync(person));
        Assert.Equal(HistorySummary.None, await Store.HistorySummaryAsync(NewId()));
    }

    [Fact]
    public async Task An_outcome_that_is_not_stored_leaves_the_summary_as_it_was()
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        NewOutcome first = Outcome(routine.RoutineId, T0.AddHours(1), """{"painBefore":{"neck":5},"painAfter":{"neck":3}}""", "key");
        await StoredAsync(person, first);
        HistorySummary kept = await Store.HistorySummaryAsync(person);

        await Store.SaveOutcomeAsync(person, first with { OutcomeId = NewId(), LoggedAt = T0.AddHours(2) });
        await Store.SaveOutcomeAsync(person, Outcome(routine.RoutineId, T0.AddHours(3), """{"painBefore":{"neck":1},"painAfter":{"neck":9}}""", "key"));
        await Store.SaveOutcomeAsync(person, Outcome(NewId(), T0.AddHours(4), """{"painBefore":{"neck":1},"painAfter":{"neck":9}}"""));

        Assert.Equal(1, kept.Routines);
        Assert.Equal(kept, await Store.HistorySummaryAsync(person));
    }

    [Fact]
    public async Task Outcomes_logged_at_once_for_one_person_all_reach_the_summary()
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => StoredAsync(person,
            Outcome(routine.RoutineId, T0.AddMinutes(i), $$$"""{"painBefore":{"knees":{{{i % 10}}}},"painAfter":{"knees":{{{(i + 3) % 10}}}}}""")))));

        HistorySummary summary = await Store.HistorySummaryAsync(person);
        Assert.Equal(12, summary.Routines);
        Assert.Equal(await RebuiltAsync(person), summary);
    }

    [Fact]
    public async Task Erasing_a_person_erases_their_summary()
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(1), """{"conditions":["frustrated"]}"""));
        Assert.Equal(1, (await Store.HistorySummaryAsync(person)).Routines);

        await Store.DeletePersonAsync(person);

        Assert.Equal(HistorySummary.None, await Store.HistorySummaryAsync(person));
        Assert.Equal(0, await SummaryRowsAsync(person));
    }

    [Theory]
    [InlineData("UPDATE history_summaries SET version = 0, summary = '{}' WHERE person_id = @person")]
    [InlineData("DELETE FROM history_summaries WHERE person_id = @person")]
    public async Task A_summary_of_an_older_version_or_none_at_all_is_rebuilt_from_the_outcomes(string change)
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(1), """{"painBefore":{"hips":6},"painAfter":{"hips":4},"ratings":{"cat-cow":"right"}}"""));
        await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(2), """{"painBefore":{"hips":4},"painAfter":{"hips":5},"conditions":["early-fatigue"]}"""));
        HistorySummary kept = await Store.HistorySummaryAsync(person);

        await RawAsync(change, person);

        Assert.Equal(kept, await Store.HistorySummaryAsync(person));
        Assert.Equal(1, await SummaryRowsAsync(person, current: true));
        await StoredAsync(person, Outcome(routine.RoutineId, T0.AddHours(3), """{"ratings":{"cat-cow":"effortless"}}"""));
        Assert.Equal(await RebuiltAsync(person), await Store.HistorySummaryAsync(person));
    }

    /// <summary>Runs <paramref name="statement"/> (with the parameter <c>@person</c>) on the store's database, past the store's own interface.</summary>
    protected abstract Task<long> RawAsync(string statement, string personId);

    private Task<long> SummaryRowsAsync(string personId, bool current = false) =>
        RawAsync($"SELECT count(*) FROM history_summaries WHERE person_id = @person{(current ? $" AND version = {HistorySummary.Version}" : "")}", personId);

    /// <summary>Logs <paramref name="log"/> for a new person and compares the summary the store kept with the one its log gives.</summary>
    private async Task<bool> KeptEqualsRebuiltAsync(OutcomeLogs.Entry[] log)
    {
        (string person, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);
        DateTimeOffset at = T0.AddDays(1);
        foreach (OutcomeLogs.Entry entry in log)
        {
            at = at.AddMinutes(entry.MinutesAfterPrevious);
            await StoredAsync(person, Outcome(routine.RoutineId, at, entry.Document));
        }

        HistorySummary kept = await Store.HistorySummaryAsync(person);
        HistorySummary rebuilt = await RebuiltAsync(person);
        return kept.Routines == log.Length && kept.Equals(rebuilt);
    }

    /// <summary>The summary of the person's log as the store gives it back, built by the engine.</summary>
    private async Task<HistorySummary> RebuiltAsync(string person) =>
        HistorySummary.Of(new History((await Store.OutcomesAsync(person))
            .Select(o => new LoggedOutcome(o.LoggedAt, OutcomeReader.ReadStored(o.Outcome))).ToArray()));

    /// <summary>A new id, unique across every test and every run.</summary>
    protected static string NewId() => Guid.NewGuid().ToString("n");

    /// <summary>A store from <see cref="CreateStoreAsync"/>, disposed after the test.</summary>
    protected async Task<IHistoryStore> OpenAsync()
    {
        IHistoryStore store = await CreateStoreAsync();
        _opened.Add(store);
        return store;
    }

    [Fact]
    public async Task A_start_is_kept_once_for_the_persons_own_routine_and_erased_with_them()
    {
        (string person, _) = await PersonAsync();
        (string other, _) = await PersonAsync();
        StoredRoutine routine = await RoutineAsync(person, T0);

        Assert.True(await Store.MarkStartedAsync(person, routine.RoutineId, T0.AddMinutes(1)));
        Assert.True(await Store.MarkStartedAsync(person, routine.RoutineId, T0.AddMinutes(9)));
        Assert.False(await Store.MarkStartedAsync(other, routine.RoutineId, T0.AddMinutes(2)));
        Assert.False(await Store.MarkStartedAsync(person, "no-such-routine", T0));

        Assert.Equal(new Dictionary<string, DateTimeOffset> { [routine.RoutineId] = T0.AddMinutes(1) }, await Store.StartsAsync(person));
        Assert.Empty(await Store.StartsAsync(other));
        await Store.DeletePersonAsync(person);
        Assert.Empty(await Store.StartsAsync(person));
    }

    private async Task<(string Person, string Hash)> PersonAsync()
    {
        string person = NewId();
        string hash = NewId() + NewId();
        await Store.CreatePersonAsync(person, hash, T0.AddDays(-1));
        return (person, hash);
    }

    private async Task<StoredRoutine> RoutineAsync(string person, DateTimeOffset at)
    {
        var routine = new StoredRoutine(NewId(), person, at, """{"minutes":10}""", $$"""{"routineId":"{{NewId()}}","status":"ok"}""");
        await Store.SaveRoutineAsync(routine);
        return routine;
    }

    private static NewOutcome Outcome(string routineId, DateTimeOffset at, string body, string? key = null) =>
        new(NewId(), routineId, at, body, key, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body))));

    private async Task<StoredOutcome> StoredAsync(string person, NewOutcome outcome)
    {
        OutcomeSave saved = await Store.SaveOutcomeAsync(person, outcome);
        Assert.Equal(OutcomeSaveStatus.Stored, saved.Status);
        return saved.Outcome!;
    }

    /// <summary>Every outcome in the store of these people, in the order the store gives them.</summary>
    private async Task<List<LoggedRoutine>> EveryOutcomeOfAsync(params string[] people)
    {
        var found = new List<LoggedRoutine>();
        await foreach (LoggedRoutine logged in Store.EveryOutcomeAsync())
        {
            if (people.Contains(logged.PersonId)) found.Add(logged);
        }

        return found;
    }
}
