using System.Reflection;
using System.Text;

namespace Advisor.UnitTests.Architecture;

/// <summary>Inside each production assembly the rooms (first-level namespaces) use one another one way: no cycles.</summary>
public sealed class NamespaceCycleTests
{
    private static readonly Dictionary<string, Assembly> Production = new()
    {
        ["Advisor.Engine"] = typeof(Advisor.Engine.Assessments.Assessment).Assembly,
        ["Advisor.Rules"] = typeof(Advisor.Rules.Guidance).Assembly,
        ["Advisor.Storage"] = typeof(Advisor.Storage.Records.IHistoryStore).Assembly,
        ["Advisor.Simulation"] = typeof(Advisor.Simulation.Simulator).Assembly,
        ["Advisor.Host"] = typeof(Advisor.Host.Composition).Assembly,
    };

    public static TheoryData<string> ProductionRoots => new(Production.Keys);

    [Theory]
    [MemberData(nameof(ProductionRoots))]
    public void Rooms_form_no_cycle(string root)
    {
        var graph = NamespaceGraph.Of(Production[root], root);

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, Describe(root, graph, cycles));
    }

    [Fact]
    public void The_graph_sees_what_a_room_uses()
    {
        // Guards the reader itself: if it stopped seeing edges, the test above could not fail.
        var graph = NamespaceGraph.Of(Production["Advisor.Engine"], "Advisor.Engine");

        Assert.Contains("Advisor.Engine.Assessments", graph.Uses("Advisor.Engine.Routines"));
        Assert.Contains("Advisor.Engine.Catalog", graph.Uses("Advisor.Engine.Routines"));
        Assert.Contains("Advisor.Engine.Routines", graph.Uses("Advisor.Engine.Personalization"));
        Assert.DoesNotContain(graph.Namespaces, n => n.StartsWith("Advisor.Engine.Personalization.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cycle_is_found_and_named()
    {
        const string samples = "Advisor.UnitTests.Architecture.Samples";
        var graph = NamespaceGraph.Of(typeof(Samples.Forward.Front).Assembly, samples);

        var cycles = graph.Cycles();

        var cycle = Assert.Single(cycles);
        Assert.Equal([$"{samples}.Backward", $"{samples}.Forward", $"{samples}.Backward"], cycle.Path);
        Assert.Equal([$"{samples}.Backward", $"{samples}.Forward"], cycle.Rooms);
        Assert.Contains("Back → Front", graph.Evidence($"{samples}.Backward", $"{samples}.Forward"));
        Assert.Contains("Front → Back", graph.Evidence($"{samples}.Forward", $"{samples}.Backward"));
    }

    private static string Describe(string root, NamespaceGraph graph, IReadOnlyList<RoomCycle> cycles)
    {
        var message = new StringBuilder($"{root} has {cycles.Count} cycle(s) between its rooms:");
        foreach (var cycle in cycles)
        {
            message.Append("\n  ").AppendJoin(" → ", cycle.Path)
                .Append("; the edges among ").AppendJoin(", ", cycle.Rooms).Append(':');
            foreach (var (from, to) in graph.EdgesWithin(cycle.Rooms))
                message.Append($"\n    {from} → {to}: ").AppendJoin(", ", graph.Evidence(from, to));
        }
        return message.ToString();
    }
}
