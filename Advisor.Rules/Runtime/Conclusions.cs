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
        if (Admit(services, context, fact, row)) context.Insert(fact);
    }

    /// <summary>Concludes each of <paramref name="facts"/>.</summary>
    public static void ConcludeAll(this IContext context, IEnumerable<object> facts) =>
        ConcludeTogether(context, facts.Select(fact => (fact, (IGuidelineRow?)null)));

    /// <summary>Concludes one fact for each decision-table row, citing the row's guideline ids.</summary>
    public static void ConcludeFrom<TRow>(this IContext context, IEnumerable<TRow> rows, Func<TRow, object> conclusion)
        where TRow : IGuidelineRow =>
        ConcludeTogether(context, rows.Select(row => (conclusion(row), (IGuidelineRow?)row)));

    /// <summary>Proposes each of <paramref name="proposals"/>.</summary>
    public static void ProposeAll(this IContext context, IEnumerable<Proposal> proposals)
    {
        ExerciseCatalog catalog = Services(context).Catalog;
        ConcludeTogether(context, proposals.Select(proposal => ((object)Candidate(catalog, proposal), proposal.Row)));
    }

    /// <summary>Proposes an exercise (<see cref="Proposal"/>) as a <see cref="Candidate"/> that carries its catalog entry.</summary>
    public static void Propose(this IContext context, Proposal proposal) =>
        Conclude(context, Candidate(Services(context).Catalog, proposal), proposal.Row);

    /// <summary>Takes <paramref name="fact"/> back out of working memory: it no longer holds.</summary>
    public static void Withdraw(this IContext context, object fact)
    {
        Services(context).Leaves(fact);
        context.Retract(fact);
    }

    /// <summary>The decision tables, for a rule whose conclusion depends on a table row.</summary>
    public static DecisionTables Tables(this IContext context) => Services(context).Catalog.Tables;

    /// <summary>The catalog entry of <paramref name="exerciseId"/>.</summary>
    public static Exercise Exercise(this IContext context, string exerciseId) => Services(context).Catalog[exerciseId];

    /// <summary>
    /// One insert for all of a firing's conclusions: NRules propagates a batch through each node of
    /// its network once, where one insert per fact would pass through every node each time.
    /// </summary>
    private static void ConcludeTogether(IContext context, IEnumerable<(object Fact, IGuidelineRow? Row)> conclusions)
    {
        SessionServices services = Services(context);
        List<object>? entering = null;
        foreach ((object fact, IGuidelineRow? row) in conclusions)
        {
            if (Admit(services, context, fact, row)) (entering ??= new List<object>(4)).Add(fact);
        }

        if (entering is not null) context.InsertAll(entering);
    }

    /// <summary>Records the firing as a justification of <paramref name="fact"/>; true when the fact is new to working memory and must be inserted.</summary>
    private static bool Admit(SessionServices services, IContext context, object fact, IGuidelineRow? row)
    {
        services.Justifications.Record(fact, context, row);
        if (services.IsRead(fact)) return services.Enters(fact);
        services.KeepUnread(fact);
        return false;
    }

    private static Candidate Candidate(ExerciseCatalog catalog, Proposal proposal) =>
        new(catalog[proposal.ExerciseId], proposal.Phase, proposal.Rank, proposal.Target, proposal.Serves, proposal.Line);

    private static SessionServices Services(IContext context) => (SessionServices)context.Resolve(typeof(SessionServices));
}
