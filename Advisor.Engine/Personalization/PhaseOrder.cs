using Advisor.Engine.Routines;

namespace Advisor.Engine.Personalization;

/// <summary>
/// Turns scores into an order that keeps the rules' fixed pairs: repeatedly the highest-scoring
/// candidate whose fixed predecessors are all placed. Equal scores keep the rules' order, so all-equal
/// scores give exactly the rules' order. Built once per phase and reused for every draw.
/// </summary>
public sealed class PhaseOrder
{
    private readonly int[] _predecessors;
    private readonly int[][] _successors;
    private readonly int[] _waiting;
    private readonly bool[] _placed;
    private readonly int[] _byScore;
    private bool[]? _pinned;
    private bool? _isFixed;

    /// <summary>The order of a phase of <paramref name="count"/> candidates, in the rules' order, that must keep <paramref name="fixedPairs"/>.</summary>
    public PhaseOrder(int count, IReadOnlyList<Precedence> fixedPairs)
    {
        _predecessors = new int[count];
        var successors = new List<int>[count];
        foreach (Precedence pair in fixedPairs)
        {
            if (pair.Before < 0 || pair.After >= count || pair.Before >= pair.After)
                throw new ArgumentException($"A fixed pair must name two candidates in the rules' order (Before < After < {count}): {pair}.", nameof(fixedPairs));
            (successors[pair.Before] ??= []).Add(pair.After);
            _predecessors[pair.After]++;
        }

        _successors = successors.Select(s => s?.ToArray() ?? []).ToArray();
        _waiting = new int[count];
        _placed = new bool[count];
        _byScore = new int[count];
    }

    /// <summary>How many candidates the phase has.</summary>
    public int Count => _placed.Length;

    /// <summary>True when the fixed pairs alone order every candidate: whatever the scores, the order is the rules' order.</summary>
    public bool IsFixed => _isFixed ??= Enumerable.Range(0, Count).All(IsPinned);

    /// <summary>True when the fixed pairs alone put candidate <paramref name="index"/> where the rules' order has it: it must come before or after every other one.</summary>
    public bool IsPinned(int index) => (_pinned ??= Pinned(_placed.Length, _successors))[index];

    /// <summary>Writes into <paramref name="order"/> the candidates' indices in the order to do them.</summary>
    public void Fill(ReadOnlySpan<double> scores, Span<int> order)
    {
        int count = _placed.Length;
        // Best first (ties by the rules' order), then each place takes the best whose fixed predecessors are placed.
        for (int i = 0; i < count; i++)
        {
            int at = i;
            while (at > 0 && scores[_byScore[at - 1]] < scores[i]) _byScore[at] = _byScore[--at];
            _byScore[at] = i;
        }

        _predecessors.CopyTo(_waiting, 0);
        Array.Clear(_placed);
        int first = 0;
        for (int place = 0; place < count; place++)
        {
            while (_placed[_byScore[first]]) first++;
            int k = first;
            while (_placed[_byScore[k]] || _waiting[_byScore[k]] > 0) k++;
            int best = _byScore[k];
            order[place] = best;
            _placed[best] = true;
            foreach (int next in _successors[best]) _waiting[next]--;
        }
    }

    /// <summary>For each candidate, whether the fixed pairs, followed through, order it against every other candidate.</summary>
    private static bool[] Pinned(int count, int[][] successors)
    {
        var ordered = new bool[count, count];
        for (int start = 0; start < count; start++)
        {
            var pending = new Stack<int>(successors[start]);
            while (pending.Count > 0)
            {
                int next = pending.Pop();
                if (ordered[start, next]) continue;
                ordered[start, next] = ordered[next, start] = true;
                foreach (int after in successors[next]) pending.Push(after);
            }
        }

        return Enumerable.Range(0, count).Select(i => Enumerable.Range(0, count).All(j => j == i || ordered[i, j])).ToArray();
    }
}
