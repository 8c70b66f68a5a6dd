using Advisor.Engine.Outcomes;
using Advisor.Engine.Personalization;
using Advisor.Engine.Routines;

namespace Advisor.Host.Web.Learning;

/// <summary>
/// Feeds stored outcomes to the ranker in the order they were stamped, whatever order their writes
/// finish in. The ranker's learning depends on order, and a rebuild replays the store sorted by
/// (time, id); learning online in that same order is what makes the live model and a rebuild equal.
/// Outcomes read back from the store (at start, or stored by other hosts) are learned through here
/// too, under the same gate, and <see cref="LearnedOutcomes"/> keeps each from being learned twice.
/// </summary>
public sealed class LearningOrder(
    TimeProvider clock, IRanker ranker, ILogger<LearningOrder> log, LearnedOutcomes learned)
{
    private readonly Lock _gate = new();
    private readonly Queue<Ticket> _pending = new();
    private LearnedOutcomes _learned = learned;
    private List<OutcomeToLearn>? _recording;

    /// <summary>
    /// Runs <paramref name="work"/> while nothing is learned, so that it sees the ranker and what it
    /// learned at one moment: to save them together.
    /// </summary>
    public T Exclusively<T>(Func<LearnedOutcomes, T> work)
    {
        lock (_gate) return work(_learned);
    }

    /// <summary>From now on, keeps every outcome learned, for a ranker being rebuilt in the background to catch up with (see <see cref="Replace"/>).</summary>
    public void StartRecording()
    {
        lock (_gate) _recording = [];
    }

    /// <summary>
    /// Atomically: teaches <paramref name="rebuilt"/> (which has learned what <paramref name="rebuiltLearned"/>
    /// says) what was learned live since <see cref="StartRecording"/> and it lacks, then makes the
    /// live ranker take it over.
    /// </summary>
    /// <remarks>With nulls, only stops recording (nothing was rebuilt).</remarks>
    public void Replace(ThompsonRanker? rebuilt, LearnedOutcomes? rebuiltLearned)
    {
        lock (_gate)
        {
            List<OutcomeToLearn> recorded = _recording ?? [];
            _recording = null;
            if (rebuilt is null || rebuiltLearned is null) return;
            foreach (OutcomeToLearn outcome in recorded)
            {
                if (rebuiltLearned.Claim(outcome.Stamp)) Teach(rebuilt, outcome);
            }

            ((ThompsonRanker)ranker).Adopt(rebuilt);
            _learned = rebuiltLearned;
        }
    }

    /// <summary>Learns an outcome read back from the store unless it was learned already; <paramref name="read"/> parses it only then. True when it was learned now.</summary>
    public bool LearnStored(Stamp stamp, Func<OutcomeToLearn> read)
    {
        lock (_gate)
        {
            if (!_learned.Claim(stamp)) return false;
            Learn(read);
            return true;
        }
    }

    /// <summary>Stamps an outcome about to be written and holds its place in the learning order.</summary>
    public Ticket Take()
    {
        lock (_gate)
        {
            var ticket = new Ticket(Stamp.Next(clock));
            _pending.Enqueue(ticket);
            return ticket;
        }
    }

    /// <summary>
    /// Marks the write of <paramref name="ticket"/> finished, with what to learn (null when nothing was
    /// stored), then learns everything whose turn has come: each ticket waits for all taken before it.
    /// </summary>
    public void Complete(Ticket ticket, OutcomeToLearn? stored)
    {
        lock (_gate)
        {
            ticket.Finish(stored);
            // Learned under the gate so two completions cannot learn their batches out of order.
            while (_pending.TryPeek(out Ticket? first) && first.Finished)
            {
                _pending.Dequeue();
                // A shared store's reader may have learned it already, between the write and now.
                if (first.Stored is { } outcome && _learned.Claim(first.Stamp)) Learn(() => outcome);
            }
        }
    }

    /// <summary>Teaches <paramref name="target"/> one stored outcome.</summary>
    public void Teach(IRanker target, OutcomeToLearn outcome) =>
        OutcomeReplay.Learn(target, outcome.PersonId, outcome.Routine.Assessment, outcome.Routine.Routine, outcome.Outcome, outcome.Stamp);

    private void Learn(Func<OutcomeToLearn> read)
    {
        try
        {
            OutcomeToLearn outcome = read();
            Teach(ranker, outcome);
            _recording?.Add(outcome);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The outcome is stored and answered; the next rebuild learns it. One bad record must not stop the rest.
            log.LogError(e, "The ranker could not learn from a stored outcome.");
        }
    }

    /// <summary>One outcome's place in the order.</summary>
    public sealed class Ticket(Stamp stamp)
    {
        /// <summary>The outcome's time and id.</summary>
        public Stamp Stamp { get; } = stamp;

        internal bool Finished { get; private set; }

        internal OutcomeToLearn? Stored { get; private set; }

        internal void Finish(OutcomeToLearn? stored)
        {
            Stored = stored;
            Finished = true;
        }
    }
}
