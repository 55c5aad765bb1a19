using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using JobQueue.Models;

namespace JobQueue.Storage;

/// <summary>Persistence port for job records.</summary>
public interface IJobStore
{
    ValueTask SaveAsync(JobRecord record);
    ValueTask<JobRecord?> FindAsync(Guid id);
    IAsyncEnumerable<JobRecord> ListAsync(JobStatus? status = null);
    int Purge(Func<JobRecord, bool> predicate);
}

/// <summary>Volatile store backed by a <see cref="ConcurrentDictionary{TKey,TValue}"/>.</summary>
public sealed class InMemoryJobStore : IJobStore
{
    private readonly ConcurrentDictionary<Guid, JobRecord> _records = new();

    public ValueTask SaveAsync(JobRecord record)
    {
        _records.AddOrUpdate(record.Id, record, (_, _) => record);
        return ValueTask.CompletedTask;
    }

    public ValueTask<JobRecord?> FindAsync(Guid id) =>
        new(_records.TryGetValue(id, out var record) ? record : null);

    public async IAsyncEnumerable<JobRecord> ListAsync(JobStatus? status = null)
    {
        var snapshot = _records.Values
            .Where(r => status is null || r.Status == status)
            .OrderBy(r => r.EnqueuedAt)
            .ThenBy(r => r.Priority)
            .ToList();

        foreach (var record in snapshot)
        {
            await Task.Yield();
            yield return record;
        }
    }

    /// <summary>Removes every record matching the predicate and returns how many were removed.</summary>
    public int Purge(Func<JobRecord, bool> predicate)
    {
        int removed = 0;
        foreach (var key in _records.Where(pair => predicate(pair.Value)).Select(pair => pair.Key).ToArray())
        {
            if (_records.TryRemove(key, out _))
            {
                removed++;
            }
        }

        return removed;
    }

    public IReadOnlyCollection<JobRecord> Snapshot() => _records.Values.ToArray();
}
