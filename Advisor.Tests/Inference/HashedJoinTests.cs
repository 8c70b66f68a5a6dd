using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Tests.Inference;

public sealed record Ticket(int Id, string? Owner);

public sealed record Owner(string? Name);

/// <summary>A mutable fact whose join key changes in place.</summary>
public sealed class Desk(string holder)
{
    public string Holder { get; set; } = holder;

    public override string ToString() => $"Desk({Holder})";
}

public sealed class TicketsOfOwner : Rule
{
    public override void Define()
    {
        Owner owner = null!;
        Ticket ticket = null!;

        When()
            .Match(() => owner)
            .Match(() => ticket, t => t.Owner == owner.Name);
        Then()
            .Do(ctx => ctx.Insert(new Note($"{owner.Name ?? "nobody"}:{ticket.Id}")));
    }
}

public sealed class TicketsOfOwnerScanned : Rule
{
    public override void Define()
    {
        Owner owner = null!;
        Ticket ticket = null!;

        // Not an equality of the two sides alone, so it cannot be hashed: the same join, scanned.
        When()
            .Match(() => owner)
            .Match(() => ticket, t => t.Owner == owner.Name && t.Id >= 0);
        Then()
            .Do(ctx => ctx.Insert(new Note($"scan {owner.Name ?? "nobody"}:{ticket.Id}")));
    }
}

public sealed class DeskOfPerson : Rule
{
    public override void Define()
    {
        Person person = null!;
        Desk desk = null!;

        When()
            .Match(() => person)
            .Match(() => desk, d => d.Holder == person.Name);
        Then()
            .Do(ctx => ctx.Insert(new Note($"{person.Name} sits at a desk")));
    }
}

public sealed class CountTicketsOfOwner : Rule
{
    public override void Define()
    {
        Owner owner = null!;
        IReadOnlyList<Ticket> tickets = null!;

        When()
            .Match(() => owner)
            .Collect(() => tickets, t => t.Owner == owner.Name);
        Then()
            .Do(ctx => ctx.Insert(new Note($"{owner.Name} has {tickets.Count}")));
    }
}

public class HashedJoinTests
{
    [Fact]
    public void Inserts_and_retracts_after_the_hash_was_built_change_what_joins()
    {
        ISession session = Sessions.Create(new CountTicketsOfOwner());
        session.Insert(new Owner("ann"));
        for (int id = 0; id < 20; id++) session.Insert(new Ticket(id, id % 2 == 0 ? "ann" : "bob"));
        session.Fire();

        session.Retract(new Ticket(4, "ann"));
        session.Fire();
        session.Insert(new Ticket(40, "ann"));
        session.Insert(new Ticket(41, "ann"));
        session.Fire();

        Assert.Equal(["ann has 10", "ann has 9", "ann has 11"], session.Query<Note>().Select(n => n.Text));
    }

    private static readonly string?[] Names = ["ann", "bob", null, "cy"];

    [Fact]
    public void A_hashed_equality_join_finds_exactly_what_a_scan_finds()
    {
        ISession session = Sessions.Create(new TicketsOfOwner(), new TicketsOfOwnerScanned());
        foreach (string? name in Names) session.Insert(new Owner(name));
        for (int id = 0; id < 40; id++) session.Insert(new Ticket(id, Names[id % Names.Length]));

        session.Fire();

        var hashed = session.Query<Note>().Select(n => n.Text).Where(t => !t.StartsWith("scan ")).Order().ToArray();
        var scanned = session.Query<Note>().Select(n => n.Text).Where(t => t.StartsWith("scan ")).Select(t => t[5..]).Order().ToArray();
        Assert.Equal(40, hashed.Length);
        Assert.Equal(scanned, hashed);
        Assert.Contains("nobody:2", hashed);
    }

    [Fact]
    public void A_fact_inserted_after_the_hash_was_built_is_found()
    {
        ISession session = Sessions.Create(new TicketsOfOwner());
        for (int id = 0; id < 20; id++) session.Insert(new Ticket(id, "ann"));
        session.Insert(new Owner("ann"));
        session.Fire();

        session.Insert(new Ticket(100, "bob"));
        session.Insert(new Owner("bob"));
        session.Fire();

        Assert.Contains(new Note("bob:100"), session.Query<Note>());
        Assert.Equal(21, session.Query<Note>().Count);
    }

    [Fact]
    public void An_update_that_changes_the_join_key_moves_the_fact_to_its_new_bucket()
    {
        ISession session = Sessions.Create(new DeskOfPerson());
        var desks = Enumerable.Range(0, 12).Select(i => new Desk($"nobody{i}")).ToArray();
        foreach (Desk desk in desks) session.Insert(desk);
        session.Insert(new Person("dee"));
        session.Fire();
        Assert.Empty(session.Query<Note>());

        desks[5].Holder = "dee";
        session.Update(desks[5]);
        session.Fire();

        Assert.Equal([new Note("dee sits at a desk")], session.Query<Note>());
    }
}
