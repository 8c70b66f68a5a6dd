using Advisor.Engine.Inference.Diagnostics;
using Advisor.Engine.Inference.Model;

namespace Advisor.Engine.Inference.Runtime;

/// <summary>
/// Working memory, alpha memories, each rule's current matches and the agenda. Changes to facts
/// only mark the rules whose patterns admit that fact's type as stale; before choosing the next
/// activation, the session recomputes the matches of stale rules and reconciles the agenda.
/// </summary>
internal sealed class Session : ISession
{
    private readonly RuleNetwork _network;
    private readonly Dictionary<object, FactHandle> _facts = [];
    private readonly List<FactHandle>[] _memories;
    private readonly int[] _memoryVersions;
    private readonly Dictionary<MatchKey, Activation>[] _matches;
    private readonly bool[] _stale;
    private readonly List<CompiledRule> _staleRules = [];
    private readonly SortedSet<Activation> _agenda = new(AgendaOrder.Instance);
    private readonly List<AlphaNode> _candidates = [];
    private readonly Join _join;
    private readonly Action<Join> _collectMatch;
    private Dictionary<MatchKey, Activation> _previous = [];
    private Dictionary<MatchKey, Activation> _current = [];
    private long _lastFactId;
    private long _lastActivation;
    private bool _halting;

    public Session(RuleNetwork network)
    {
        _network = network;
        _memories = new List<FactHandle>[network.AlphaNodes.Length];
        for (int i = 0; i < _memories.Length; i++) _memories[i] = [];
        _matches = new Dictionary<MatchKey, Activation>[network.Rules.Length];
        for (int i = 0; i < _matches.Length; i++) _matches[i] = [];
        _stale = new bool[network.Rules.Length];
        _memoryVersions = new int[_memories.Length];
        _join = new Join(_memories, _memoryVersions, network.MaxPatterns);
        _collectMatch = CollectMatch;
        foreach (CompiledRule rule in network.Rules)
        {
            // A rule of only Not and Collect patterns matches an empty working memory.
            MarkStale(rule);
        }
    }

    public SessionEvents Events { get; } = new();

    public bool IsHalted { get; private set; }

    public bool Insert(object fact) => Assert(fact, null);

    public void InsertAll(IEnumerable<object> facts)
    {
        foreach (object fact in facts) Assert(fact, null);
    }

    public void Update(object fact) => Change(fact, null);

    public bool Retract(object fact) => Remove(fact, null);

    public int Fire()
    {
        IsHalted = false;
        _halting = false;
        int fired = 0;
        int[] firings = new int[_network.Rules.Length];
        while (!_halting)
        {
            Reconcile();
            if (_agenda.Count == 0) break;
            Activation next = _agenda.Min!;
            _agenda.Remove(next);
            next.Fired = true;
            if (++fired > _network.FiringLimit)
            {
                int looping = Array.IndexOf(firings, firings.Max());
                throw new FiringLimitExceededException(_network.Rules[looping].Definition.Name, firings[looping], _network.FiringLimit);
            }

            firings[next.Rule.Index]++;
            Run(next);
        }

        IsHalted = _halting;
        return fired;
    }

    public IReadOnlyList<T> Query<T>() =>
        _facts.Values.Where(h => h.Value is T).OrderBy(h => h.Id).Select(h => (T)h.Value).ToArray();

    public Explanation Explain(object fact)
    {
        if (!_facts.ContainsKey(fact))
        {
            throw new ArgumentException($"'{fact}' is not in working memory.", nameof(fact));
        }

        return Explain(fact, new HashSet<object>());
    }

    public RuleDiagnosis WhyNot(string rule)
    {
        Reconcile();
        CompiledRule compiled = _network.Rule(rule);
        var candidates = _facts.Values.OrderBy(h => h.Id).ToArray();
        return WhyNotAnalysis.Diagnose(compiled, candidates, _matches[compiled.Index].Values.ToArray());
    }

    internal bool Assert(object fact, Justification? justification)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_facts.TryGetValue(fact, out FactHandle? known))
        {
            if (justification is null) known.Asserted = true;
            else if (!known.Justifications.Any(j => SameJustification(j, justification))) known.Justifications.Add(justification);

            return false;
        }

        var handle = new FactHandle(++_lastFactId, fact) { Asserted = justification is null };
        if (justification is not null) handle.Justifications.Add(justification);
        _facts.Add(fact, handle);
        AlphaPlan plan = _network.PlanFor(fact.GetType());
        // Tracing reports every failed condition, so it tests every node.
        foreach (AlphaNode node in Events.TracesConditions ? plan.Nodes : plan.Candidates(fact, _candidates))
        {
            if (Admits(node, fact))
            {
                _memories[node.Id].Add(handle);
                _memoryVersions[node.Id]++;
                _join.Added(node, handle);
                MarkStale(node.Rule);
            }
        }

        Events.OnFactInserted(this, fact, justification?.Rule);
        return true;
    }

    internal void Change(object fact, RuleDefinition? by)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_facts.TryGetValue(fact, out FactHandle? handle))
        {
            throw new ArgumentException($"Cannot update '{fact}': it is not in working memory.", nameof(fact));
        }

        handle.Value = fact;
        handle.Version++;
        foreach (AlphaNode node in _network.NodesFor(fact.GetType()))
        {
            List<FactHandle> memory = _memories[node.Id];
            bool was = memory.Remove(handle);
            bool now = Admits(node, fact);
            if (now)
            {
                int at = memory.FindIndex(h => h.Id > handle.Id);
                memory.Insert(at < 0 ? memory.Count : at, handle);
            }

            if (was || now)
            {
                // The fact may hash differently now, so hashes of this memory are stale too.
                _memoryVersions[node.Id]++;
                MarkStale(node.Rule);
            }
        }

        Events.OnFactUpdated(this, fact, by);
    }

    internal bool Remove(object fact, RuleDefinition? by)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_facts.Remove(fact, out FactHandle? handle)) return false;
        foreach (AlphaNode node in _network.NodesFor(handle.Value.GetType()))
        {
            if (_memories[node.Id].Remove(handle))
            {
                _memoryVersions[node.Id]++;
                _join.Removed(node, handle);
                MarkStale(node.Rule);
            }
        }

        Events.OnFactRetracted(this, handle.Value, by);
        return true;
    }

    internal void Halt() => _halting = true;

    private bool Admits(AlphaNode node, object fact)
    {
        foreach ((ConditionElement element, Func<object, bool> test) in node.Tests)
        {
            bool passed;
            try
            {
                passed = test(fact);
            }
            catch (Exception e)
            {
                throw new RuleEvaluationException(node.Rule.Definition.Name, $"condition '{element.Text}' on '{fact}'", e);
            }

            if (!passed)
            {
                if (Events.TracesConditions) Events.OnConditionFailed(this, node.Rule.Definition, element, fact);
                return false;
            }
        }

        return true;
    }

    private void MarkStale(CompiledRule rule)
    {
        if (_stale[rule.Index]) return;
        _stale[rule.Index] = true;
        _staleRules.Add(rule);
    }

    /// <summary>Recomputes the matches of stale rules: new matches join the agenda, lost ones leave it, kept ones keep their state (refraction).</summary>
    private void Reconcile()
    {
        foreach (CompiledRule rule in _staleRules)
        {
            _stale[rule.Index] = false;
            _previous = _matches[rule.Index];
            _current.Clear();
            _join.Run(rule, _collectMatch);
            foreach ((MatchKey key, Activation lost) in _previous)
            {
                if (!lost.Fired && !_current.ContainsKey(key)) _agenda.Remove(lost);
            }

            _matches[rule.Index] = _current;
            _current = _previous;
        }

        _staleRules.Clear();
    }

    private void CollectMatch(Join join)
    {
        MatchKey key = MatchKey.Of(join.Handles, join.Members);
        if (_previous.TryGetValue(key, out Activation? kept))
        {
            _current[key] = kept;
            return;
        }

        var activation = new Activation(join.Rule, (object?[])join.Tuple.Clone(), key, join.Facts(), ++_lastActivation);
        _current[key] = activation;
        _agenda.Add(activation);
    }

    private void Run(Activation activation)
    {
        RuleDefinition rule = activation.Rule.Definition;
        Events.OnRuleFiring(this, rule, activation.Facts);
        var context = new ActionContext(this, activation);
        foreach ((ActionElement element, Action<IContext, object?[]> run) in activation.Rule.Actions)
        {
            try
            {
                run(context, activation.Tuple);
            }
            catch (Exception e) when (e is not FiringLimitExceededException and not RuleEvaluationException)
            {
                throw new RuleEvaluationException(rule.Name, $"action '{element.Text}'", e);
            }
        }

        Events.OnRuleFired(this, rule, activation.Facts);
    }

    private Explanation Explain(object fact, HashSet<object> path)
    {
        FactHandle? handle = _facts.GetValueOrDefault(fact);
        if (handle is null || !path.Add(fact))
        {
            // Retracted since, or already being explained higher up this path: stop here.
            return new Explanation(fact, []);
        }

        var derivations = handle.Justifications
            .Select(j => new Derivation(j.Rule, j.Facts.Select(f => Explain(f, path)).ToArray()))
            .ToArray();
        path.Remove(fact);
        return new Explanation(handle.Value, derivations, handle.Asserted);
    }

    private static bool SameJustification(Justification a, Justification b) =>
        a.Rule == b.Rule && a.Facts.SequenceEqual(b.Facts);
}
