namespace Advisor.Host.Web.Learning;

/// <summary>
/// Feeds stored outcomes to the ranker in the order they were stamped, whatever order their writes
/// finish in. The ranker's learning depends on order, and a rebuild replays the store sorted by
/// (time, id); learning online in that same order is what makes the live model and a rebuild equal.
/// </summary>
public sealed class LearningOrder(TimeProvider clock, ILogger<LearningOrder> log)
{
    private readonly Lock _gate = new();
    private readonly Queue<Ticket> _pending = new();

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
    public void Complete(Ticket ticket, Action? learn)
    {
        var ready = new List<Action>();
        lock (_gate)
        {
            ticket.Finish(learn);
            while (_pending.TryPeek(out Ticket? first) && first.Finished)
            {
                _pending.Dequeue();
                if (first.Learn is { } action) ready.Add(action);
            }

            // Learned under the gate so two completions cannot learn their batches out of order.
            foreach (Action action in ready)
            {
                try
                {
                    action();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // The outcome is stored and answered; the next rebuild learns it. One bad record must not stop the rest.
                    log.LogError(e, "The ranker could not learn from a stored outcome.");
                }
            }
        }
    }

    /// <summary>One outcome's place in the order.</summary>
    public sealed class Ticket(Stamp stamp)
    {
        /// <summary>The outcome's time and id.</summary>
        public Stamp Stamp { get; } = stamp;

        internal bool Finished { get; private set; }

        internal Action? Learn { get; private set; }

        internal void Finish(Action? learn)
        {
            Learn = learn;
            Finished = true;
        }
    }
}
