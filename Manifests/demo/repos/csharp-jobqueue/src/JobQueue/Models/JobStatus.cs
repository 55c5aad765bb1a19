namespace JobQueue.Models;

/// <summary>Life-cycle states of a queued job.</summary>
public enum JobStatus
{
    Pending = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
    Retrying = 4,
    Cancelled = 5,
}

/// <summary>Priority classes; lower values are dequeued first.</summary>
public enum JobPriority : byte
{
    Critical = 0,
    High = 1,
    Normal = 2,
    Low = 3,
}

public static class JobStatusExtensions
{
    /// <summary>True when the job will never run again.</summary>
    public static bool IsFinal(this JobStatus status) =>
        status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled;

    public static string ToDisplayString(this JobStatus status) => status switch
    {
        JobStatus.Pending => "waiting",
        JobStatus.Running => "in progress",
        JobStatus.Succeeded => "done",
        JobStatus.Failed => "failed",
        JobStatus.Retrying => "retry scheduled",
        JobStatus.Cancelled => "cancelled",
        _ => throw new System.ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Checks whether a transition between two states is legal.</summary>
    public static bool CanMoveTo(this JobStatus from, JobStatus to) => (from, to) switch
    {
        (JobStatus.Pending, JobStatus.Running or JobStatus.Cancelled) => true,
        (JobStatus.Running, not JobStatus.Pending) => true,
        (JobStatus.Retrying, JobStatus.Running or JobStatus.Cancelled) => true,
        _ => false,
    };
}
