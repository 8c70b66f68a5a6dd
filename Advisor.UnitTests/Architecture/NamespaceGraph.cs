using System.Reflection;
using System.Reflection.Emit;

namespace Advisor.UnitTests.Architecture;

/// <summary>
/// Which room of an assembly uses which other room, read from the compiled code: signatures,
/// attributes, locals and every type, method and field a method body names. A room is a namespace
/// one level below the assembly's root (Advisor.Engine.Routines), together with the namespaces
/// under it (Advisor.Engine.Personalization.Population belongs to Personalization); the root
/// namespace is a room of its own. Rooms are what the folder tree shows, so they are what must
/// not lean on each other both ways; inside a room, namespaces may. Reading the IL rather than the
/// using directives counts what the code really reaches (a using that nothing needs adds no edge;
/// a fully qualified name or a lambda's closure does). Namespaces outside the root, such as those
/// of generated code, are left out.
/// </summary>
public sealed class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly Assembly assembly;
    private readonly string root;

    /// <summary>For each edge "from → to", the type pairs that make it, so a failure shows where to look.</summary>
    private readonly SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> edges = new(StringComparer.Ordinal);

    private NamespaceGraph(Assembly assembly, string root)
    {
        this.assembly = assembly;
        this.root = root;
    }

    /// <summary>The graph of the rooms under <paramref name="root"/> in one assembly.</summary>
    public static NamespaceGraph Of(Assembly assembly, string root)
    {
        var graph = new NamespaceGraph(assembly, root);
        foreach (var type in assembly.GetTypes())
            foreach (var used in graph.TypesUsedBy(type))
                graph.Add(type, used);
        return graph;
    }

    /// <summary>The rooms a room uses, in ordinal order.</summary>
    public IEnumerable<string> Uses(string from) =>
        edges.TryGetValue(from, out var targets) ? targets.Keys : [];

    /// <summary>The type pairs behind one edge, as "User → Used".</summary>
    public IEnumerable<string> Evidence(string from, string to) =>
        edges.TryGetValue(from, out var targets) && targets.TryGetValue(to, out var pairs) ? pairs : [];

    /// <summary>Every room that uses or is used by another.</summary>
    public IEnumerable<string> Namespaces =>
        edges.Keys.Concat(edges.Values.SelectMany(t => t.Keys)).Distinct().Order(StringComparer.Ordinal);

    /// <summary>
    /// Each set of rooms that reach one another (a strongly connected component of two or more),
    /// with a closed path from its ordinally first room back to it, so a message reads as a path.
    /// </summary>
    public IReadOnlyList<RoomCycle> Cycles() =>
        StronglyConnectedComponents().Where(c => c.Count > 1)
            .Select(c => new RoomCycle(c.Order(StringComparer.Ordinal).ToArray(), PathThrough(c)))
            .ToArray();

    /// <summary>Every edge between two rooms of one component: all of them must be looked at to break it.</summary>
    public IEnumerable<(string From, string To)> EdgesWithin(IEnumerable<string> component)
    {
        var members = component.ToHashSet();
        return members.Order(StringComparer.Ordinal)
            .SelectMany(from => Uses(from).Where(members.Contains).Select(to => (from, to)));
    }

    private void Add(Type user, Type used)
    {
        var from = RoomOf(user);
        var to = RoomOf(used);
        if (from is null || to is null || from == to) return;
        if (!edges.TryGetValue(from, out var targets)) edges[from] = targets = new(StringComparer.Ordinal);
        if (!targets.TryGetValue(to, out var pairs)) targets[to] = pairs = new(StringComparer.Ordinal);
        pairs.Add($"{Outermost(user).Name} → {Outermost(used).Name}");
    }

    private string? RoomOf(Type type)
    {
        var name = type.Namespace;
        if (type.Assembly != assembly || name is null) return null;
        if (name == root) return root;
        if (!name.StartsWith(root + ".", StringComparison.Ordinal)) return null;
        var next = name.IndexOf('.', root.Length + 1);
        return next < 0 ? name : name[..next];
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type;
    }

    private IEnumerable<Type> TypesUsedBy(Type type)
    {
        var direct = new List<Type?> { type.BaseType, type.DeclaringType };
        direct.AddRange(type.GetInterfaces());
        direct.AddRange(AttributeTypes(type.CustomAttributes));
        foreach (var field in type.GetFields(Declared))
        {
            direct.Add(field.FieldType);
            direct.AddRange(AttributeTypes(field.CustomAttributes));
        }
        foreach (var property in type.GetProperties(Declared))
        {
            direct.Add(property.PropertyType);
            direct.AddRange(AttributeTypes(property.CustomAttributes));
        }
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            direct.AddRange(TypesUsedBy(method));
        return direct.OfType<Type>().SelectMany(Unwrap);
    }

    private static IEnumerable<Type?> TypesUsedBy(MethodBase method)
    {
        if (method is MethodInfo info) yield return info.ReturnType;
        foreach (var type in AttributeTypes(method.CustomAttributes)) yield return type;
        foreach (var parameter in method.GetParameters())
        {
            yield return parameter.ParameterType;
            foreach (var type in AttributeTypes(parameter.CustomAttributes)) yield return type;
        }
        var body = method.GetMethodBody();
        if (body is null) yield break;
        foreach (var local in body.LocalVariables) yield return local.LocalType;
        foreach (var type in TypesNamedIn(method, body.GetILAsByteArray() ?? [])) yield return type;
    }

    private static IEnumerable<Type?> AttributeTypes(IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            yield return attribute.AttributeType;
            var arguments = attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(a => a.TypedValue));
            foreach (var argument in arguments)
                if (argument.Value is Type typeArgument) yield return typeArgument;
        }
    }

    /// <summary>The types, and the declaring types of the methods and fields, that a body's tokens name.</summary>
    private static IEnumerable<Type?> TypesNamedIn(MethodBase method, byte[] il)
    {
        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE) value = unchecked((short)(0xFE00 | il[at++]));
            var opCode = OpCodesByValue[value];
            var operandAt = at;
            at += OperandSize(opCode.OperandType, il, at);
            if (opCode.OperandType is not (OperandType.InlineType or OperandType.InlineTok
                or OperandType.InlineMethod or OperandType.InlineField))
                continue;
            var token = BitConverter.ToInt32(il, operandAt);
            MemberInfo? member;
            try { member = module.ResolveMember(token, typeArguments, methodArguments); }
            catch (ArgumentException) { continue; }
            switch (member)
            {
                case Type named:
                    yield return named;
                    break;
                case MethodBase called:
                    yield return called.DeclaringType;
                    if (called is MethodInfo calledInfo)
                    {
                        yield return calledInfo.ReturnType;
                        if (calledInfo.IsGenericMethod)
                            foreach (var argument in calledInfo.GetGenericArguments()) yield return argument;
                    }
                    foreach (var parameter in called.GetParameters()) yield return parameter.ParameterType;
                    break;
                case FieldInfo field:
                    yield return field.DeclaringType;
                    yield return field.FieldType;
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    /// <summary>A type with the types it is built from: array elements, by-ref targets, generic arguments.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Unwrap(type.GetElementType()!)) yield return inner;
            yield break;
        }
        if (type.IsGenericParameter) yield break;
        yield return type;
        if (!type.IsGenericType) yield break;
        foreach (var argument in type.GetGenericArguments())
            foreach (var inner in Unwrap(argument)) yield return inner;
    }

    /// <summary>Tarjan's algorithm over the namespaces, visited in ordinal order so the result is stable.</summary>
    private List<List<string>> StronglyConnectedComponents()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in Uses(node))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                    low[node] = Math.Min(low[node], index[next]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != node);
            components.Add(component);
        }

        foreach (var node in Namespaces)
            if (!index.ContainsKey(node)) Visit(node);
        return components;
    }

    /// <summary>A closed path from the component's first namespace back to it, by breadth-first search inside the component.</summary>
    private List<string> PathThrough(List<string> component)
    {
        var members = component.ToHashSet();
        var start = component.Min(StringComparer.Ordinal)!;
        var cameFrom = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in Uses(node).Where(members.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var back = node; back != start; back = cameFrom[back]) path.Insert(1, back);
                    path.Add(start);
                    return path;
                }
                if (cameFrom.TryAdd(next, node)) queue.Enqueue(next);
            }
        }
        return [.. component, start];
    }
}
