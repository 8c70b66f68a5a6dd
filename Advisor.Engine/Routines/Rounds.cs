namespace Advisor.Engine.Routines;

/// <summary>
/// Uses the minutes the person has (G41): once everything that fits is chosen, the time left goes
/// to more sets of what is there, one round at a time in order of importance, so a desk break
/// repeats its short sets (each still under 30 seconds, G10) rather than lengthening them. Each
/// item stops at <see cref="ItemDose.MostSets"/>; the total never passes the budget. An item whose
/// set count the guidance prescribes (bird-dog's sets, G32; one easy set after training, G38) keeps it.
/// </summary>
internal static class Rounds
{
    public static List<Draft> Fill(IReadOnlyList<Draft> chosen, int budgetSeconds, IReadOnlySet<string> prescribed)
    {
        var drafts = chosen.OrderBy(d => d.Importance).ToList();
        int used = drafts.Sum(d => d.Dose.Seconds);
        bool grew = true;
        while (grew)
        {
            grew = false;
            for (int i = 0; i < drafts.Count; i++)
            {
                if (prescribed.Contains(drafts[i].Id) || drafts[i].Dose.WithAnotherSet() is not { } more) continue;
                int added = more.Seconds - drafts[i].Dose.Seconds;
                if (used + added > budgetSeconds) continue;
                drafts[i] = drafts[i] with { Dose = more };
                used += added;
                grew = true;
            }
        }

        return drafts;
    }
}
