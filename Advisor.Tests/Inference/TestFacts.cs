namespace Advisor.Tests.Inference;

// Facts shared by the inference tests. Records compare by value, so inserting an equal record
// twice is one fact; Counter and Chore compare by reference and change in place.

public sealed record Signal(string Name);

public sealed record Item(string Name, int Value = 0);

public sealed record Note(string Text);

public sealed record Block(string Item);

public sealed record Person(string Name, string Team = "");

public sealed record Assignment(string Person, string Task);

public sealed record TaskInfo(string Task, int Hours);

public sealed record Team(string Name, string Lead);

/// <summary>A mutable fact: rules change it in place and then tell the session with Update.</summary>
public sealed class Counter
{
    public int Value { get; private set; }

    public void Increment() => Value++;

    public override string ToString() => $"Counter({Value})";
}

/// <summary>A mutable fact that becomes ready later.</summary>
public sealed class Chore(string name, bool ready = false)
{
    public string Name { get; } = name;

    public bool Ready { get; private set; } = ready;

    public void MakeReady() => Ready = true;

    public override string ToString() => $"Chore({Name})";
}
