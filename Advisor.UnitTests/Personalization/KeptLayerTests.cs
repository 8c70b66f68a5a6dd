using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;

namespace Advisor.UnitTests.Personalization;

/// <summary>
/// A ranker taught outcomes with their stamps keeps each layer it drops, and reads it back when its
/// person returns with only the outcomes logged since: the person is ranked as if never dropped.
/// </summary>
public sealed class KeptLayerTests
{
    private const int Cap = 3;
    private const int Seed = 23;

    private static readonly RankerOptions Defaults = new() { Seed = Seed };

    // A shared part that barely moves, for the cases where a layer is relearned against it as it stands now.
    private static readonly RankerOptions Still = Defaults with { SharedPriorVariance = 1e-30 };

    [Fact]
    public void With_kept_layers_a_bounded_ranker_ranks_everyone_exactly_as_an_unbounded_one_and_never_reads_a_whole_log_again()
    {
        var unbounded = Rankers.Fresh(Defaults);
        var bounded = Rankers.Fresh(Defaults with { ResidentPeople = Cap });
        var log = new InMemoryHistory();
        bounded.PageInFrom(log);
        var random = new Random(Seed);

        foreach ((LoggedRoutine logged, int n) in TenPeople.Interleaved(unbounded, 140, Seed).Select((l, n) => (l, n)))
        {
            Stamp stamp = log.Add(logged);
            unbounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome, stamp);
            bounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome, stamp);
            Assert.InRange(bounded.People, 1, Cap);
            if (n % 7 != 6) continue;

            TenPeople.AssertEveryoneRankedAlike(unbounded, bounded, logged.Assessment, $"check-{n}", random);
        }

        Assert.Equal(unbounded.ItemsLearned, bounded.ItemsLearned);
        Assert.Equal(TenPeople.Count, log.Kept.Count);
        // Once kept, a person is read from their kept layer's late window on, never from the start of their log.
        Assert.Contains(log.Reads, r => r.Kept);
        Assert.All(log.Reads.Where(r => r.Kept), r => Assert.NotNull(r.From));
    }

    [Fact]
    public void A_kept_layer_older_than_the_last_drop_is_read_back_with_the_outcomes_it_lacks()
    {
        var unbounded = Rankers.Fresh(Still);
        var bounded = Rankers.Fresh(Still with { ResidentPeople = Cap });
        var log = new InMemoryHistory();
        bounded.PageInFrom(log);
        List<LoggedRoutine> replay = TenPeople.Interleaved(unbounded, 120, Seed);
        foreach ((LoggedRoutine logged, int n) in replay.Select((l, n) => (l, n)))
        {
            // Halfway, the store stops keeping layers: what it holds falls behind what the ranker dropped.
            if (n == 60) log.Keeping = false;
            Stamp stamp = log.Add(logged);
            unbounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome, stamp);
            bounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome, stamp);
        }

        TenPeople.AssertEveryoneRankedAlike(unbounded, bounded, replay[^1].Assessment, "behind");

        // Read from where their kept layer stops, which is before their latest outcomes.
        var behind = log.Reads.Where(r => r.Kept && r.From < DateTimeOffset.UnixEpoch.AddSeconds(60)).ToList();
        Assert.NotEmpty(behind);
    }

    [Fact]
    public void A_kept_layer_that_does_not_read_is_passed_over_for_the_whole_log()
    {
        var unbounded = Rankers.Fresh(Still);
        var bounded = Rankers.Fresh(Still with { ResidentPeople = 1 });
        var log = new InMemoryHistory();
        bounded.PageInFrom(log);
        List<LoggedRoutine> replay = TenPeople.Interleaved(unbounded, 40, Seed);
        foreach (LoggedRoutine logged in replay)
        {
            Stamp stamp = log.Add(logged);
            unbounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome, stamp);
            bounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome, stamp);
        }

        string dropped = log.Kept.Keys.First(id => !bounded.Knows(id));
        log.Spoil(dropped, [1, 2, 3]);
        RankingRequest request = TenPeople.Request(dropped, replay[^1].Assessment, "spoiled");
        TenPeople.AssertSame(unbounded.PlaceProbabilities(request), bounded.PlaceProbabilities(request), dropped);
        Assert.Equal((dropped, (DateTimeOffset?)null, true), log.Reads[^1]);
    }

    [Fact]
    public async Task Reading_a_person_back_ahead_of_ranking_leaves_nothing_for_the_ranking_to_read_and_brings_no_erased_person_back()
    {
        var ranker = Rankers.Fresh(Defaults with { ResidentPeople = 2 });
        var log = new InMemoryHistory();
        ranker.PageInFrom(log);
        List<LoggedRoutine> replay = TenPeople.Interleaved(Rankers.Fresh(Defaults), 30, Seed);
        foreach (LoggedRoutine logged in replay) ranker.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome, log.Add(logged));

        string dropped = replay.Select(l => l.PersonId).First(id => !ranker.Knows(id));
        await ranker.ReadBackAsync(dropped);
        Assert.True(ranker.Knows(dropped));
        int reads = log.Reads.Count;
        ranker.Rank(TenPeople.Request(dropped, replay[^1].Assessment, "ahead"));
        await ranker.ReadBackAsync(dropped);
        Assert.Equal(reads, log.Reads.Count);

        string erased = replay.Select(l => l.PersonId).First(id => !ranker.Knows(id));
        ranker.Forget(erased);
        await ranker.ReadBackAsync(erased);
        Assert.False(ranker.Knows(erased));
        Assert.Equal(reads, log.Reads.Count);
    }

    [Fact]
    public void A_layer_read_back_and_not_taught_since_is_not_kept_again_and_one_taught_without_stamps_never_is()
    {
        var ranker = Rankers.Fresh(Defaults with { ResidentPeople = 1 });
        var log = new InMemoryHistory();
        ranker.PageInFrom(log);
        List<LoggedRoutine> replay = TenPeople.Interleaved(Rankers.Fresh(Defaults), 30, Seed);
        foreach (LoggedRoutine logged in replay) ranker.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome, log.Add(logged));

        string[] people = [.. replay.Select(l => l.PersonId).Distinct()];
        foreach (string person in people) ranker.Rank(TenPeople.Request(person, replay[^1].Assessment, $"first-{person}"));
        int keeps = log.Keeps;
        // Each back and forth drops a layer unchanged since it was read back: nothing new to keep.
        for (int round = 0; round < 3; round++)
            foreach (string person in people)
            {
                ranker.Rank(TenPeople.Request(person, replay[^1].Assessment, $"again-{round}-{person}"));
                Assert.Equal(keeps, log.Keeps);
            }

        // Room for all ten, so each layer is taught as it goes, without the stamps; then strangers push them out.
        var unstamped = Rankers.Fresh(Defaults with { ResidentPeople = TenPeople.Count });
        var other = new InMemoryHistory();
        unstamped.PageInFrom(other);
        foreach (LoggedRoutine logged in replay)
        {
            other.Add(logged);
            unstamped.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);
        }

        foreach ((LoggedRoutine logged, int n) in replay.Take(TenPeople.Count).Select((l, n) => (l, n)))
            unstamped.Learn($"stranger-{n}", logged.Assessment, logged.Routine, logged.Outcome);
        Assert.DoesNotContain(people, unstamped.Knows);
        Assert.Equal(0, other.Keeps);
    }
}
