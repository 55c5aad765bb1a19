using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using JobQueue.Abstractions;
using JobQueue.Models;
using JobQueue.Storage;

[assembly: InternalsVisibleTo("JobQueue.Tests")]

namespace JobQueue.Scheduling;

/// <summary>
/// Executes single attempts of jobs and computes the follow-up state:
/// succeeded, retrying (with a back-off delay), failed or cancelled.
/// </summary>
public sealed class JobRunner
{
    private readonly IJobStore _store;
    private readonly Func<DateTimeOffset> _clock;

    public JobRunner(IJobStore store, Func<DateTimeOffset> clock)
    {
        _store = store;
        _clock = clock;
    }

    internal DateTimeOffset Now => _clock();

    /// <summary>Runs one attempt of <paramref name="record"/> and persists the outcome.</summary>
    public async Task<JobRecord> RunOnceAsync(JobRecord record, CancellationToken token)
    {
        var running = record.Transition(JobStatus.Running, Now);
        await _store.SaveAsync(running);
        var context = new JobContext(running.Id, running.Attempts, Now);
        JobRecord next;
        try
        {
            await running.Job.ExecuteAsync(context, token).ConfigureAwait(false);
            next = running.Transition(JobStatus.Succeeded, Now);
        }
        catch (Exception ex) when (running.Retry.ShouldRetry(running.Attempts, ex))
        {
            next = running.Transition(JobStatus.Retrying, Now) with
            {
                LastError = ex.Message,
                NotBefore = Now + running.Retry.DelayFor(running.Attempts + 1)
            };
        }
        catch (Exception ex)
        {
            var final = ex is OperationCanceledException ? JobStatus.Cancelled : JobStatus.Failed;
            next = running.Transition(final, Now) with { LastError = ex.Message };
        }

        await _store.SaveAsync(next);
#if DEBUG
        Console.WriteLine($"[runner] {next}");
#endif
        return next;
    }
}
