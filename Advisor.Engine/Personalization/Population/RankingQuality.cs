namespace Advisor.Engine.Personalization.Population;

/// <summary>
/// NDCG by hand, over groups of items served together: order each group by predicted score, sum
/// the rewards discounted by 1 / log2(place + 1), divide by the same sum in the best order. Gains are
/// the rewards themselves (0 to 1), not integer grades. Groups of one item, or whose items all have
/// the same reward, are left out: every order is ideal there, and counting them as 1 (as ML.NET's
/// evaluator does for a group whose best DCG is 0) would only inflate the mean.
/// </summary>
public static class RankingQuality
{
    /// <summary>The mean NDCG over the groups of <paramref name="items"/> (consecutive items sharing a group), and how many groups counted.</summary>
    public static (double Ndcg, int Groups) MeanNdcg(IReadOnlyList<LoggedItem> items, IReadOnlyList<float> predicted)
    {
        double sum = 0;
        int groups = 0;
        for (int start = 0; start < items.Count;)
        {
            int end = start;
            while (end < items.Count && items[end].Group == items[start].Group) end++;
            var rewards = Enumerable.Range(start, end - start).Select(i => (double)items[i].Reward).ToArray();
            var scores = Enumerable.Range(start, end - start).Select(i => (double)predicted[i]).ToArray();
            if (rewards.Length > 1 && rewards.Distinct().Count() > 1)
            {
                sum += Ndcg(rewards, scores);
                groups++;
            }

            start = end;
        }

        return (groups == 0 ? 0 : sum / groups, groups);
    }

    /// <summary>NDCG of ordering <paramref name="rewards"/> by <paramref name="scores"/> (ties keep the given order).</summary>
    public static double Ndcg(IReadOnlyList<double> rewards, IReadOnlyList<double> scores)
    {
        var byScore = Enumerable.Range(0, rewards.Count).OrderByDescending(i => scores[i]).Select(i => rewards[i]);
        double best = Dcg(rewards.OrderByDescending(r => r));
        return best == 0 ? 1 : Dcg(byScore) / best;
    }

    private static double Dcg(IEnumerable<double> rewards) => rewards.Select((r, place) => r / Math.Log2(place + 2)).Sum();
}
