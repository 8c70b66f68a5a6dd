namespace Advisor.Engine.Routines;

/// <summary>
/// Fits a personal order to the minutes (G41) without losing what the guidance names first-line.
/// The personal order hands the interchangeable items' ranks out again, so the fit keeps the ones the
/// person does best with; but a longer interchangeable item kept early can leave too little time
/// for a first-line one the rules' fit would keep. Then the rules' choice stands, in the person's order.
/// </summary>
internal static class PersonalFit
{
    public static (List<Draft> Chosen, List<Omission> Cut) Choose(
        IReadOnlyList<Draft> rulesDrafts, IReadOnlyList<Draft> personalDrafts, IReadOnlyDictionary<string, List<string>> prerequisites, int budgetSeconds)
    {
        (List<Draft> Chosen, List<Omission> Cut) personal = MinutesFit.Choose(personalDrafts, prerequisites, budgetSeconds);
        var kept = personal.Chosen.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        // A personal fit that kept every first-line draft cannot have lost one the rules' fit keeps.
        if (personalDrafts.All(d => !d.FirstLine || kept.Contains(d.Id))) return personal;
        (List<Draft> Chosen, List<Omission> Cut) rules = MinutesFit.Choose(rulesDrafts, prerequisites, budgetSeconds);
        if (rules.Chosen.Where(d => d.FirstLine).All(d => kept.Contains(d.Id))) return personal;

        var personalRank = personalDrafts.ToDictionary(d => d.Id, d => d.Rank, StringComparer.Ordinal);
        return (rules.Chosen.Select(d => d with { Rank = personalRank[d.Id] }).ToList(), rules.Cut);
    }
}
