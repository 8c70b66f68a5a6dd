using Advisor.Engine.Assessments;
using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;

namespace Advisor.UnitTests.Personalization;

/// <summary>
/// A ranker holding at most <see cref="RankerOptions.ResidentPeople"/> personal layers pages the
/// others back in from their outcomes: it stays within the cap, and each person is ranked as an
/// unbounded ranker fed the same outcomes ranks them.
/// </summary>
public sealed class ResidentPeopleTests
{
    private const int Cap = 3;
    private const int Seed = 17;

    // A shared part that barely moves: a paged-in layer is relearned against the shared part as it
    // stands now, so only with it held still can the two rankers agree to the last digits.
    private static readonly RankerOptions Still = new() { Seed = Seed, SharedPriorVariance = 1e-30 };

    [Fact]
    public void With_the_shared_part_held_still_a_bounded_ranker_ranks_everyone_as_an_unbounded_one_and_holds_at_most_the_cap()
    {
        var unbounded = Rankers.Fresh(Still);
        var bounded = Rankers.Fresh(Still with { ResidentPeople = Cap });
        var log = new InMemoryHistory();
        bounded.PageInFrom(log);
        var random = new Random(Seed);

        foreach ((LoggedRoutine logged, int n) in TenPeople.Interleaved(unbounded, 120, Seed).Select((l, n) => (l, n)))
        {
            log.Add(logged);
            unbounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);
            bounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);
            Assert.InRange(bounded.People, 1, Cap);
            if (n % 7 != 6) continue;

            TenPeople.AssertEveryoneRankedAlike(unbounded, bounded, logged.Assessment, $"check-{n}", random);
            Assert.InRange(bounded.People, 1, Cap);
        }

        Assert.Equal(unbounded.ItemsLearned, bounded.ItemsLearned);
    }

    [Fact]
    public void With_the_default_priors_a_paged_in_person_is_ranked_close_to_how_an_unbounded_ranker_ranks_them()
    {
        var options = new RankerOptions { Seed = Seed };
        var unbounded = Rankers.Fresh(options);
        var bounded = Rankers.Fresh(options with { ResidentPeople = Cap });
        var log = new InMemoryHistory();
        bounded.PageInFrom(log);
        LoggedRoutine last = null!;
        foreach (LoggedRoutine logged in TenPeople.Interleaved(unbounded, 200, Seed))
        {
            log.Add(last = logged);
            unbounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);
            bounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);
        }

        double largest = 0, spread = 0;
        for (int person = 0; person < TenPeople.Count; person++)
        {
            RankingRequest request = TenPeople.Request($"person-{person}", last.Assessment, $"close-{person}");
            double[] expected = Scores(unbounded.Rank(request)), actual = Scores(bounded.Rank(request));
            for (int i = 0; i < expected.Length; i++) largest = Math.Max(largest, Math.Abs(expected[i] - actual[i]));
            spread = Math.Max(spread, expected.Max() - expected.Min());
        }

        // Measured: 0.04 apart at most, on expected rewards spread over 0.3; the bound leaves room for the draws of another catalog.
        Assert.InRange(bounded.People, 1, Cap);
        Assert.InRange(spread, 0.1, 1);
        Assert.InRange(largest, 0, 0.08);
    }

    [Fact]
    public void A_person_with_no_outcome_pages_in_as_an_empty_layer_and_a_forgotten_one_is_gone()
    {
        var ranker = Rankers.Fresh(Still with { ResidentPeople = Cap });
        var log = new InMemoryHistory();
        ranker.PageInFrom(log);
        foreach (LoggedRoutine logged in TenPeople.Interleaved(Rankers.Fresh(Still), 30, Seed))
        {
            log.Add(logged);
            ranker.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);
        }

        RankingRequest stranger = TenPeople.Request("stranger", new Assessment(), "stranger-1");
        PhaseRanking ranked = ranker.Rank(stranger);
        Assert.Equal(Enumerable.Range(0, stranger.Candidates.Count), ranked.Order.Order());
        Assert.True(ranker.Knows("stranger"));
        Assert.Contains("stranger", log.Asked);

        string resident = ranker.PersonIds().First(id => id != "stranger");
        Assert.True(ranker.Forget(resident));
        Assert.False(ranker.Knows(resident));
        Assert.DoesNotContain(resident, ranker.PersonIds());
    }

    [Fact]
    public void A_person_erased_while_their_history_is_read_back_is_not_paged_in_and_their_later_outcomes_are_not_learned()
    {
        var ranker = Rankers.Fresh(Still with { ResidentPeople = Cap });
        var log = new InMemoryHistory();
        ranker.PageInFrom(log);
        List<LoggedRoutine> replay = TenPeople.Interleaved(Rankers.Fresh(Still), 40, Seed);
        foreach (LoggedRoutine logged in replay)
        {
            log.Add(logged);
            ranker.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);
        }

        // Two dropped people, each erased between the read of their history and its use, once by ranking and once by learning.
        string[] dropped = [.. replay.Select(l => l.PersonId).Distinct().Where(id => !ranker.Knows(id)).Take(2)];
        Assert.Equal(2, dropped.Length);
        log.WhileReading = id =>
        {
            log.Erase(id);
            ranker.Forget(id);
        };

        ranker.Rank(TenPeople.Request(dropped[0], replay[^1].Assessment, "erased-ranked"));
        Assert.False(ranker.Knows(dropped[0]));

        LoggedRoutine theirs = replay.Last(l => l.PersonId == dropped[1]);
        long learned = ranker.ItemsLearned;
        ranker.Learn(theirs.PersonId, theirs.Assessment, theirs.Routine, theirs.Outcome);
        Assert.False(ranker.Knows(dropped[1]));
        Assert.Equal(learned, ranker.ItemsLearned);

        // Erased for good: an outcome of theirs learned later (one still waiting its turn) makes no layer either.
        log.WhileReading = null;
        ranker.Learn(theirs.PersonId, theirs.Assessment, theirs.Routine, theirs.Outcome);
        ranker.Rank(TenPeople.Request(dropped[0], replay[^1].Assessment, "erased-ranked-again"));
        Assert.DoesNotContain(dropped[0], ranker.PersonIds());
        Assert.DoesNotContain(dropped[1], ranker.PersonIds());
        Assert.Equal(learned, ranker.ItemsLearned);
    }

    [Fact]
    public void Without_a_source_the_layers_fill_to_the_cap_and_the_rest_teach_the_shared_part_until_paged_in()
    {
        var unbounded = Rankers.Fresh(Still);
        var bounded = Rankers.Fresh(Still with { ResidentPeople = Cap });
        var log = new InMemoryHistory();
        List<LoggedRoutine> replay = TenPeople.Interleaved(unbounded, 60, Seed);
        foreach (LoggedRoutine logged in replay)
        {
            log.Add(logged);
            unbounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);
            bounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);
        }

        // As at start: the first people met keep their layers, nobody was dropped or read back.
        Assert.Equal(replay.Select(l => l.PersonId).Distinct().Take(Cap).Order(), bounded.PersonIds().Order());
        Assert.Empty(log.Asked);
        Assert.Equal(unbounded.ItemsLearned, bounded.ItemsLearned);

        // Once the replay is over, the others are paged in with every outcome once.
        bounded.PageInFrom(log);
        TenPeople.AssertEveryoneRankedAlike(unbounded, bounded, replay[^1].Assessment, "after");
    }

    [Fact]
    public void After_a_replay_of_the_recent_outcomes_only_each_person_is_paged_in_with_all_of_theirs()
    {
        var unbounded = Rankers.Fresh(Still);
        var windowed = Rankers.Fresh(Still);
        var log = new InMemoryHistory();
        List<LoggedRoutine> replay = TenPeople.Interleaved(unbounded, 60, Seed);
        foreach (LoggedRoutine logged in replay)
        {
            log.Add(logged);
            unbounded.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);
        }

        // As at a start that learns the last half of the log: its people may have outcomes before it.
        windowed.SomeoneMayLackALayer();
        foreach (LoggedRoutine logged in replay.Skip(30)) windowed.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);

        // A layer made from the window alone would lack the person's older outcomes: none is made.
        Assert.Equal(0, windowed.People);
        Assert.True(windowed.ItemsLearned < unbounded.ItemsLearned);
        windowed.PageInFrom(log);
        TenPeople.AssertEveryoneRankedAlike(unbounded, windowed, replay[^1].Assessment, "windowed");

        Assert.Equal(TenPeople.Count, windowed.People);
    }

    private static double[] Scores(PhaseRanking ranking) => [.. ranking.Placements.Select(p => p.Personalization!.Score)];
}
