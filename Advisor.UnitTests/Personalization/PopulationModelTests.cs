using Advisor.Engine.Assessments;
using Advisor.Engine.Catalog;
using Advisor.Engine.Personalization;
using Advisor.Engine.Personalization.Population;
using Advisor.Engine.Routines;
using Advisor.UnitTests.Guidance;

namespace Advisor.UnitTests.Personalization;

/// <summary>
/// The population model: it learns what worked in which context from everyone, a newcomer is
/// ordered by it, it reads back what it wrote, and the ranker's online layers save, load and
/// forget a person.
/// </summary>
public sealed class PopulationModelTests
{
    private static readonly ExerciseCatalog Catalog = GuidanceFixture.Shared.Catalog;
    private static readonly Assessment AtTheDesk = new() { Setting = Setting.Desk, Day = Day.Workday, Minutes = 5, Equipment = [Equipment.Chair] };
    private static readonly Assessment AtHome = AtTheDesk with { Setting = Setting.Home };

    [Theory]
    [InlineData(PopulationTrainer.LightGbm)]
    [InlineData(PopulationTrainer.FastTree)]
    public void Trees_learn_which_exercise_worked_in_which_context(PopulationTrainer trainer)
    {
        PopulationModel model = PopulationModel.Train(Catalog, Crossed(), trainer, seed: 1);

        int[] desk = AssessmentFeatures.Of(AtTheDesk), home = AssessmentFeatures.Of(AtHome);
        Assert.True(model.Score(desk, 0) > model.Score(desk, 1) + 0.3, $"desk: {model.Score(desk, 0):0.00} vs {model.Score(desk, 1):0.00}");
        Assert.True(model.Score(home, 1) > model.Score(home, 0) + 0.3, $"home: {model.Score(home, 1):0.00} vs {model.Score(home, 0):0.00}");
    }

    [Fact]
    public void A_newcomer_is_ordered_by_what_worked_for_people_like_them()
    {
        var ranker = Rankers.Fresh(new RankerOptions { Seed = 3 });
        var request = new RankingRequest("r-1", "newcomer", AtHome, RoutinePhase.Release, [Catalog.Exercises[0], Catalog.Exercises[1]], []);
        Assert.Equal([0, 1], ranker.Rank(request).Order);

        ranker.UsePopulation(PopulationModel.Train(Catalog, Crossed(), PopulationTrainer.LightGbm, seed: 1));

        PhaseRanking ranked = ranker.Rank(request);
        Assert.Equal([1, 0], ranked.Order);
        Assert.True(ranked.Placements[1].Personalization.Score > ranked.Placements[0].Personalization.Score);
    }

    [Fact]
    public void A_saved_model_reads_back_with_the_same_scores_and_garbage_does_not_read()
    {
        PopulationModel model = PopulationModel.Train(Catalog, Crossed(), PopulationTrainer.LightGbm, seed: 1);
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;

        PopulationModel loaded = PopulationModel.Load(Catalog, file, model.Trainer, model.Items);

        foreach (int[] context in new[] { AssessmentFeatures.Of(AtTheDesk), AssessmentFeatures.Of(AtHome) })
        {
            for (int exercise = 0; exercise < Catalog.Exercises.Count; exercise++) Assert.Equal(model.Score(context, exercise), loaded.Score(context, exercise));
        }

        using var garbage = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);
        Assert.ThrowsAny<Exception>(() => PopulationModel.Load(Catalog, garbage, model.Trainer, model.Items));
    }

    [Fact]
    public void The_online_layers_read_back_bit_for_bit_and_keep_learning_alike()
    {
        var ranker = Rankers.Fresh(new RankerOptions { Seed = 5 });
        IReadOnlyList<LoggedRoutine> log = Rankers.Train(ranker, 60, seed: 5);
        PopulationModel population = Rankers.Population(log);
        ranker.UsePopulation(population);
        Rankers.Train(ranker, 10, seed: 6);
        using var saved = new MemoryStream();
        using (var writer = new BinaryWriter(saved, System.Text.Encoding.UTF8, leaveOpen: true)) ranker.WriteState(writer);
        saved.Position = 0;

        var restored = Rankers.Fresh(new RankerOptions { Seed = 5 });
        using (var reader = new BinaryReader(saved)) restored.ReadState(reader, population);

        Assert.True(ranker.SameModelAs(restored), "the restored layers differ");
        // Both learn the same next outcomes the same way.
        IReadOnlyList<LoggedRoutine> next = Rankers.Train(ranker, 5, seed: 7);
        foreach (LoggedRoutine logged in next) restored.Learn(logged.PersonId, logged.Assessment, logged.Routine, logged.Outcome);
        Assert.True(ranker.SameModelAs(restored), "after learning the same outcomes they differ");
    }

    [Fact]
    public void Forgetting_a_person_drops_their_layer_and_only_theirs()
    {
        var ranker = Rankers.Fresh();
        IReadOnlyList<LoggedRoutine> log = Rankers.Train(ranker, 40, seed: 8);
        string[] people = log.Select(l => l.PersonId).Distinct().ToArray();

        Assert.True(ranker.Forget(people[0]));

        Assert.False(ranker.Knows(people[0]));
        Assert.All(people.Skip(1), p => Assert.True(ranker.Knows(p)));
        Assert.DoesNotContain(people[0], ranker.PersonIds());
    }

    [Fact]
    public void Ndcg_is_one_for_the_best_order_less_for_another_and_skips_groups_with_nothing_to_order()
    {
        double[] rewards = [0.9, 0.2, 0.5];
        Assert.Equal(1, RankingQuality.Ndcg(rewards, [3, 1, 2]), 12);
        double reversed = RankingQuality.Ndcg(rewards, [1, 3, 2]);
        Assert.InRange(reversed, 0.01, 0.99);

        LoggedItem[] items =
        [
            new([0], 0, 0.5f, 1), new([0], 1, 0.5f, 1), // all equal: every order is best
            new([0], 0, 0.9f, 2), new([0], 1, 0.2f, 2), new([0], 2, 0.5f, 2),
            new([0], 3, 0.7f, 3), // one item
        ];
        (double mean, int groups) = RankingQuality.MeanNdcg(items, [0, 0, 1, 3, 2, 0]);
        Assert.Equal(1, groups);
        Assert.Equal(reversed, mean, 6); // the items keep rewards as floats
    }

    /// <summary>At the desk the first exercise works and the second does not; at home the reverse; with noise.</summary>
    private static List<LoggedItem> Crossed()
    {
        var random = new Random(2);
        int[] desk = AssessmentFeatures.Of(AtTheDesk), home = AssessmentFeatures.Of(AtHome);
        var items = new List<LoggedItem>();
        for (int n = 0; n < 400; n++)
        {
            bool atDesk = n % 2 == 0;
            int exercise = (n / 2) % 2;
            double reward = (atDesk == (exercise == 0) ? 0.85 : 0.15) + (random.NextDouble() - 0.5) * 0.1;
            items.Add(new LoggedItem(atDesk ? desk : home, exercise, (float)reward, n));
        }

        return items;
    }
}
