using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Tests.Inference;

/// <summary>One factory serves many sessions on many threads, each run as reproducible as on one thread.</summary>
public class ParallelSessionTests
{
    private const int SessionCount = 200;

    [Fact]
    public void Parallel_sessions_from_one_factory_fire_exactly_as_sequential_ones()
    {
        // A fresh factory, used in parallel first, so its lazily built type index is filled concurrently.
        ISessionFactory factory = Sessions.Factory(RuleSet());
        var parallel = new string[SessionCount];
        Parallel.For(0, SessionCount, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Run(factory, i));

        var sequential = Enumerable.Range(0, SessionCount).Select(i => Run(factory, i)).ToArray();
        var otherFactory = Sessions.Factory(RuleSet());
        var fresh = Enumerable.Range(0, SessionCount).Select(i => Run(otherFactory, i)).ToArray();

        Assert.Equal(sequential, parallel);
        Assert.Equal(sequential, fresh);
        // The inputs really differ, and the rules really fire.
        Assert.True(sequential.Distinct().Count() > SessionCount / 2);
        Assert.All(sequential, transcript => Assert.Contains("AFourToOutcome", transcript));
    }

    private static Rule[] RuleSet() =>
    [
        .. ChainingTests.Chain(),
        new JoinTests.LongTaskOfPerson(),
        new NotTests.UnblockedItem(),
        new ExistsTests.PersonWithAnyTask(),
        new Workload(),
        new Promote(),
    ];

    /// <summary>Runs session <paramref name="i"/>'s inputs; returns what fired and what working memory holds.</summary>
    private static string Run(ISessionFactory factory, int i)
    {
        var random = new Random(i);
        var session = factory.CreateSession();
        var fired = session.RecordMatches();
        string[] people = ["ann", "bob", "cid", "dee"];
        string[] tasks = ["squat", "row", "plank", "lunge", "press"];
        for (int k = 0; k <= i % 3; k++) session.Insert(new Seed($"s{i}-{k}"));
        foreach (string person in people.Take(1 + random.Next(people.Length))) session.Insert(new Person(person));
        for (int k = 0; k < 6; k++) session.Insert(new Assignment(people[random.Next(people.Length)], tasks[random.Next(tasks.Length)]));
        foreach (string task in tasks) session.Insert(new TaskInfo(task, random.Next(5)));
        for (int k = 0; k < 4; k++) session.Insert(new Item($"i{random.Next(6)}", random.Next(10)));
        for (int k = 0; k < 2; k++) session.Insert(new Block($"i{random.Next(6)}"));

        int count = session.Fire();

        return $"{count} fired: {string.Join("; ", fired)}\nfacts: {string.Join("; ", session.Query<object>())}";
    }

    public sealed class Workload : Rule
    {
        public override void Define()
        {
            Person person = null!;
            IReadOnlyList<Assignment> tasks = null!;
            When()
                .Match(() => person)
                .Collect(() => tasks, a => a.Person == person.Name);
            Then().Do(ctx => ctx.Insert(new Note(person.Name + " has " + string.Join(",", tasks.Select(t => t.Task)))));
        }
    }

    /// <summary>Retracts a free item and inserts it back heavier, until it weighs 12.</summary>
    public sealed class Promote : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When()
                .Match(() => item, i => i.Value < 12)
                .Exists<Note>(n => n.Text == "free " + item.Name);
            Then()
                .Do(ctx => ctx.Retract(item))
                .Do(ctx => ctx.Insert(new Item(item.Name, item.Value + 3)));
        }
    }
}
