using NRules.RuleModel;

namespace Advisor.Rules.Runtime;

/// <summary>How a rule's action concludes: every conclusion is recorded with the firing that made it.</summary>
public static class Conclusions
{
    /// <summary>Concludes <paramref name="fact"/>: inserts it unless an equal fact is already known, and records this firing as one of its justifications.</summary>
    public static void Conclude(this IContext context, object fact) => Conclude(context, fact, null);

    /// <summary>Concludes <paramref name="fact"/> from a decision-table <paramref name="row"/>, whose guideline ids it then cites.</summary>
    public static void Conclude(this IContext context, object fact, IGuidelineRow? row)
    {
        SessionServices services = Services(context);
        services.Justifications.Record(fact, context, row);
        if (services.IsRead(fact)) context.TryInsert(fact);
        else services.KeepUnread(fact);
    }

    /// <summary>Concludes each of <paramref name="facts"/>.</summary>
    public static void ConcludeAll(this IContext context, IEnumerable<object> facts)
    {
        foreach (object fact in facts) Conclude(context, fact, null);
    }

    /// <summary>Concludes one fact for each decision-table row, citing the row's guideline ids.</summary>
    public static void ConcludeFrom<TRow>(this IContext context, IEnumerable<TRow> rows, Func<TRow, object> conclusion)
        where TRow : IGuidelineRow
    {
        foreach (TRow row in rows) Conclude(context, conclusion(row), row);
    }

    /// <summary>Proposes each of <paramref name="proposals"/>.</summary>
    public static void ProposeAll(this IContext context, IEnumerable<Proposal> proposals)
    {
        foreach (Proposal proposal in proposals) Propose(context, proposal);
    }

    /// <summary>Proposes an exercise (<see cref="Proposal"/>) as a <see cref="Candidate"/> that carries its catalog entry.</summary>
    public static void Propose(this IContext context, Proposal proposal)
    {
        Exercise exercise = Services(context).Catalog[proposal.ExerciseId];
        Conclude(context, new Candidate(exercise, proposal.Phase, proposal.Rank, proposal.Target, proposal.Serves, proposal.Line), proposal.Row);
    }

    /// <summary>The decision tables, for a rule whose conclusion depends on a table row.</summary>
    public static DecisionTables Tables(this IContext context) => Services(context).Catalog.Tables;

    /// <summary>The catalog entry of <paramref name="exerciseId"/>.</summary>
    public static Exercise Exercise(this IContext context, string exerciseId) => Services(context).Catalog[exerciseId];

    private static SessionServices Services(IContext context) => (SessionServices)context.Resolve(typeof(SessionServices));
}
