#nullable enable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using JobQueue.Abstractions;
using JobQueue.Jobs;
using JobQueue.Models;
using JobQueue.Storage;

namespace JobQueue.Scheduling;

/// <summary>
/// Accepts jobs, orders them by priority and runs them on a fixed number
/// of concurrent workers, applying each job's <see cref="RetryPolicy"/>.
/// </summary>
public sealed class JobScheduler : IAsyncDisposable
{
    private readonly PriorityJobQueue<Guid> _queue = new();
    private readonly IJobStore _store;
    private readonly JobRunner _runner;
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _shutdown = new();
    private readonly List<Task> _workers = new();

    public event EventHandler<JobRecord>? JobFinished;

    public JobScheduler(IJobStore store, Func<DateTimeOffset>? clock = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _runner = new JobRunner(store, clock ?? (() => DateTimeOffset.UtcNow));
    }

    public int PendingCount => _queue.Count;

    public async Task<Guid> EnqueueAsync(IJob job, JobPriority? priority = null, params string[] tags)
    {
        var meta = JobAttribute.For(job);
        var record = JobRecord.Create(job, _runner.Now, priority ?? meta.Priority) with
        {
            Retry = meta.ToRetryPolicy(),
            Tags = tags
        };
        await _store.SaveAsync(record).ConfigureAwait(false);
        _queue.Enqueue(record.Id, record.Priority);
        _signal.Release();
        return record.Id;
    }

    public void Start(int workerCount = 2)
    {
        if (workerCount is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(workerCount), "between 1 and 64 workers");
        }

        for (var i = 0; i < workerCount; i++)
        {
            _workers.Add(Task.Run(() => WorkLoopAsync(_shutdown.Token)));
        }
    }

    private async Task WorkLoopAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            try
            {
                await _signal.WaitAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (!_queue.TryDequeue(out var id) || await _store.FindAsync(id) is not { } record)
            {
                continue;
            }

            if (record.NotBefore is { } notBefore && notBefore > _runner.Now)
            {
                await Task.Delay(notBefore - _runner.Now, token).ConfigureAwait(false);
            }

            var next = await _runner.RunOnceAsync(record, token).ConfigureAwait(false);
            if (next.Status == JobStatus.Retrying)
            {
                _queue.Enqueue(next.Id, next.Priority);
                _signal.Release();
            }
            else if (next.Status.IsFinal())
            {
                JobFinished?.Invoke(this, next);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _shutdown.Cancel();
        await Task.WhenAll(_workers.ToArray()).ConfigureAwait(false);
        _shutdown.Dispose();
        _signal.Dispose();
    }
}
