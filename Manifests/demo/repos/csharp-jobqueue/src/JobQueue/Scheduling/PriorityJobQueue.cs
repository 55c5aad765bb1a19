using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using JobQueue.Models;

namespace JobQueue.Scheduling;

/// <summary>
/// Thread-safe priority queue; items of equal priority keep FIFO order.
/// </summary>
/// <typeparam name="T">Element type.</typeparam>
public sealed class PriorityJobQueue<T> where T : notnull
{
    private readonly PriorityQueue<T, (JobPriority Priority, long Sequence)> _queue = new();
    private readonly object _gate = new();
    private long _sequence;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    public bool IsEmpty => Count == 0;

    public void Enqueue(T item, JobPriority priority)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            _queue.Enqueue(item, (priority, _sequence++));
        }
    }

    public bool TryDequeue([MaybeNullWhen(false)] out T item)
    {
        lock (_gate)
        {
            return _queue.TryDequeue(out item, out _);
        }
    }

    /// <summary>Dequeues up to <paramref name="max"/> items matching a predicate.</summary>
    public IReadOnlyList<T> DrainWhere(Func<T, bool> predicate, int max = int.MaxValue)
    {
        var taken = new List<T>();
        var skipped = new List<(T, (JobPriority, long))>();
        lock (_gate)
        {
            while (taken.Count < max && _queue.TryDequeue(out var item, out var key))
            {
                if (predicate(item))
                {
                    taken.Add(item);
                }
                else
                {
                    skipped.Add((item, key));
                }
            }

            foreach (var (item, key) in skipped)
            {
                _queue.Enqueue(item, key);
            }
        }

        return taken;
    }
}
