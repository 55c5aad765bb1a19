using System;
using System.Collections.Generic;
using JobQueue.Abstractions;

namespace JobQueue.Models;

/// <summary>
/// Book-keeping entry for one enqueued job. Records are immutable; every
/// state change creates a copy with <c>with</c> expressions.
/// </summary>
public sealed record JobRecord
{
    public required Guid Id { get; init; }
    public required IJob Job { get; init; }
    public JobPriority Priority { get; init; } = JobPriority.Normal;
    public JobStatus Status { get; init; } = JobStatus.Pending;
    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;
    public int Attempts { get; init; }
    public DateTimeOffset EnqueuedAt { get; init; }
    public DateTimeOffset? NotBefore { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public string? LastError { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();

    public static JobRecord Create(IJob job, DateTimeOffset now, JobPriority priority = JobPriority.Normal) => new()
    {
        Id = Guid.NewGuid(),
        Job = job,
        Priority = priority,
        EnqueuedAt = now,
    };

    public JobRecord Transition(JobStatus next, DateTimeOffset now)
    {
        if (!Status.CanMoveTo(next))
        {
            throw new InvalidOperationException($"Job {Id:N} cannot move from {Status} to {next}.");
        }

        return this with
        {
            Status = next,
            Attempts = next == JobStatus.Running ? Attempts + 1 : Attempts,
            FinishedAt = next.IsFinal() ? now : null
        };
    }

    public bool IsDue(DateTimeOffset now) => NotBefore is null || NotBefore <= now;

    public TimeSpan? Duration => FinishedAt - EnqueuedAt;

    public override string ToString() =>
        $"{Job.Name}#{Id.ToString()[..8]} [{Status.ToDisplayString()}, attempt {Attempts}]";
}
