namespace Advisor.Engine.Personalization.Population;

/// <summary>How well one trainer's model predicted held-out items.</summary>
/// <param name="Trainer">The trainer.</param>
/// <param name="Rmse">Root mean square error of the predicted reward.</param>
/// <param name="Ndcg">Mean NDCG over held-out groups (the items of one served phase), computed by hand; see <see cref="RankingQuality"/>.</param>
/// <param name="Groups">Groups the NDCG averages over: those with two items or more and not all rewards equal.</param>
/// <param name="TrainSeconds">Wall time to train.</param>
public sealed record TrainerScore(PopulationTrainer Trainer, double Rmse, double Ndcg, int Groups, double TrainSeconds);

/// <summary>
/// Compares trainers on the same logged items with a held-out split: the last fifth of the outcomes
/// (by the order they were logged) is held out, so each model predicts outcomes later than any it saw.
/// </summary>
public static class TrainerComparison
{
    /// <summary>Trains each trainer on the first four fifths of <paramref name="set"/> and scores it on the rest.</summary>
    public static IReadOnlyList<TrainerScore> Run(TrainingSet set, IEnumerable<PopulationTrainer> trainers, int seed)
    {
        IReadOnlyList<LoggedItem> items = set.Items;
        int cut = HeldOutFrom(items);
        var training = items.Take(cut).ToArray();
        var held = items.Skip(cut).ToArray();
        var scores = new List<TrainerScore>();
        foreach (PopulationTrainer trainer in trainers)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            PopulationModel model = PopulationModel.Train(set.Features, training, trainer, seed);
            double seconds = watch.Elapsed.TotalSeconds;
            float[] predicted = model.Predict(held);
            double squares = held.Select((item, i) => Math.Pow(predicted[i] - item.Reward, 2)).Sum();
            (double ndcg, int groups) = RankingQuality.MeanNdcg(held, predicted);
            scores.Add(new TrainerScore(trainer, Math.Sqrt(squares / held.Length), ndcg, groups, seconds));
        }

        return scores;
    }

    /// <summary>Where the held-out fifth starts: never inside one served phase.</summary>
    public static int HeldOutFrom(IReadOnlyList<LoggedItem> items)
    {
        int cut = (int)(items.Count * 0.8);
        while (cut > 0 && cut < items.Count && items[cut].Group == items[cut - 1].Group) cut++;
        return cut;
    }
}
