using System;
using System.Threading;
using System.Threading.Tasks;

namespace JobQueue.Abstractions;

/// <summary>
/// A unit of background work. Implementations must be safe to retry.
/// </summary>
public interface IJob
{
    /// <summary>Stable name used for logging and statistics.</summary>
    string Name { get; }

    /// <summary>Runs the job once.</summary>
    /// <param name="context">Information about the current attempt.</param>
    /// <param name="cancellationToken">Signals that the worker is shutting down.</param>
    Task ExecuteAsync(JobContext context, CancellationToken cancellationToken);
}

/// <summary>A job that produces a typed result.</summary>
/// <typeparam name="TResult">Type of the produced value.</typeparam>
public interface IJob<TResult> : IJob
{
    TResult? Result { get; }
}

/// <summary>Per-attempt information handed to <see cref="IJob.ExecuteAsync"/>.</summary>
public sealed class JobContext
{
    public JobContext(Guid jobId, int attempt, DateTimeOffset startedAt)
    {
        JobId = jobId;
        Attempt = attempt;
        StartedAt = startedAt;
    }

    public Guid JobId { get; }
    public int Attempt { get; }
    public DateTimeOffset StartedAt { get; }
    public IProgress<double>? Progress { get; init; }

    public bool IsRetry => Attempt > 1;

    public void ReportProgress(double fraction) =>
        Progress?.Report(Math.Clamp(fraction, 0.0, 1.0));
}
