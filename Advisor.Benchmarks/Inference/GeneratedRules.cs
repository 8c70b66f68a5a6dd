using System.Reflection;
using System.Reflection.Emit;
using Advisor.Engine.Inference.Fluent;
using Advisor.Engine.Inference.Runtime;

namespace Advisor.Benchmarks.Inference;

/// <summary>A person being assessed; <see cref="Group"/> is <c>Id % 3</c>.</summary>
public sealed record Subject(int Id, int Group);

/// <summary>One measurement of a subject: a kind (0-9) and a value (0-99).</summary>
public sealed record Observation(int Subject, int Kind, int Value);

/// <summary>A conclusion about a subject, drawn by the generated rule numbered <see cref="Level"/>.</summary>
public sealed record Finding(int Level, int Subject, int Score);

/// <summary>Stops the rest of a chain's Not-guarded steps for a subject.</summary>
public sealed record Caution(int Subject, int Chain);

/// <summary>
/// One rule of a generated rule set: 10 chains of 10 rules, where rule k's finding feeds rule k+1.
/// The first rule of a chain joins a subject with one of its observations; the others mix one
/// pattern, two-pattern joins and three-pattern joins with a Not, chosen by the rule's number.
/// </summary>
public abstract class GeneratedRule : Rule
{
    // The rule's parameters, fixed at construction as a hand-written rule's literals would be.
    private readonly int _level;
    private readonly int _previous;
    private readonly int _chain;
    private readonly int _group;
    private readonly int _threshold;

    /// <summary>Creates rule <paramref name="number"/> of the set.</summary>
    protected GeneratedRule(int number)
    {
        Number = number;
        _level = number;
        _previous = number - 1;
        _chain = number / 10;
        _group = _chain % 3;
        _threshold = number * 7 % 25;
    }

    /// <summary>The rule's number, 0-99: chain <c>Number / 10</c>, step <c>Number % 10</c>.</summary>
    public int Number { get; }

    /// <inheritdoc />
    public override void Define()
    {
        int step = Number % 10;
        Finding finding = null!;
        Subject subject = null!;
        Observation observation = null!;
        if (step == 0)
        {
            // Root: a subject with a high enough observation of this chain's kind.
            When()
                .Match(() => subject)
                .Match(() => observation, o => o.Kind == _chain, o => o.Value >= 40, o => o.Subject == subject.Id);
            Then().Do(ctx => ctx.Insert(new Finding(_level, subject.Id, observation.Value)));
        }
        else if (step % 3 == 1)
        {
            // One pattern on the previous step's finding.
            When().Match(() => finding, f => f.Level == _previous, f => f.Score > _threshold);
            Then().Do(ctx => ctx.Insert(new Finding(_level, finding.Subject, (finding.Score * 3 + _level) % 100)));
        }
        else if (step % 3 == 2)
        {
            // Two patterns: the previous finding joined with its subject, unless in this chain's group.
            When()
                .Match(() => finding, f => f.Level == _previous)
                .Match(() => subject, s => s.Id == finding.Subject, s => s.Group != _group || finding.Score > 50);
            Then().Do(ctx => ctx.Insert(new Finding(_level, subject.Id, (finding.Score + subject.Group * 11) % 100)));
        }
        else
        {
            // Three patterns: finding, subject, and no caution for the subject in this chain yet;
            // some findings raise a caution, which ends the chain for that subject.
            When()
                .Match(() => finding, f => f.Level == _previous)
                .Match(() => subject, s => s.Id == finding.Subject)
                .Not<Caution>(c => c.Subject == subject.Id && c.Chain == _chain);
            Then()
                .Do(ctx => ctx.Insert(new Finding(_level, subject.Id, (finding.Score * 7 + 3) % 100)))
                .Do(ctx => RaiseCaution(ctx, finding, _chain));
        }
    }

    private static void RaiseCaution(IContext context, Finding finding, int chain)
    {
        if (finding.Score % 5 == 0) context.Insert(new Caution(finding.Subject, chain));
    }
}

/// <summary>
/// Builds the generated rule set and its input facts. A rule's name is its class's name, so 100
/// instances of one parameterised class would share a name; each rule therefore gets its own tiny
/// subclass of <see cref="GeneratedRule"/>, emitted once per process (Rule000 ... Rule099).
/// </summary>
public static class GeneratedRules
{
    /// <summary>How many rules the set has.</summary>
    public const int Count = 100;

    private static readonly Lazy<Type[]> Types = new(Emit);

    /// <summary>A fresh instance of each of the 100 rules.</summary>
    public static Rule[] Create() => Types.Value.Select(t => (Rule)Activator.CreateInstance(t)!).ToArray();

    /// <summary>50 facts: 10 subjects and 4 observations of each, of 4 different kinds.</summary>
    public static object[] Facts()
    {
        var facts = new List<object>();
        for (int id = 0; id < 10; id++)
        {
            facts.Add(new Subject(id, id % 3));
        }

        for (int id = 0; id < 10; id++)
        {
            for (int j = 0; j < 4; j++)
            {
                facts.Add(new Observation(id, (id + 3 * j) % 10, (id * 37 + j * 53 + 11) % 100));
            }
        }

        return facts.ToArray();
    }

    private static Type[] Emit()
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Advisor.Benchmarks.GeneratedRules"), AssemblyBuilderAccess.Run);
        ModuleBuilder module = assembly.DefineDynamicModule("GeneratedRules");
        ConstructorInfo baseConstructor = typeof(GeneratedRule).GetConstructor(
            BindingFlags.Instance | BindingFlags.NonPublic, [typeof(int)])!;
        var types = new Type[Count];
        for (int number = 0; number < Count; number++)
        {
            TypeBuilder type = module.DefineType(
                $"Advisor.Benchmarks.Inference.Generated.Rule{number:D3}",
                TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class,
                typeof(GeneratedRule));
            ILGenerator il = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, Type.EmptyTypes).GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldc_I4, number);
            il.Emit(OpCodes.Call, baseConstructor);
            il.Emit(OpCodes.Ret);
            types[number] = type.CreateType();
        }

        return types;
    }
}
