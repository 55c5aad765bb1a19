using System;
using System.Reflection;
using JobQueue.Abstractions;
using JobQueue.Models;

namespace JobQueue.Jobs;

/// <summary>
/// Declares scheduling defaults for a job class, e.g.
/// <c>[Job("send-mail", Priority = JobPriority.High, MaxAttempts = 5)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class JobAttribute : Attribute
{
    public JobAttribute(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public JobPriority Priority { get; set; } = JobPriority.Normal;

    public int MaxAttempts { get; set; } = 3;

    /// <summary>Base retry delay in milliseconds.</summary>
    public int RetryDelayMs { get; set; } = 2_000;

    public RetryPolicy ToRetryPolicy() =>
        MaxAttempts <= 1 ? RetryPolicy.None : new RetryPolicy(MaxAttempts, TimeSpan.FromMilliseconds(RetryDelayMs));

    /// <summary>Reads the attribute from a job instance, falling back to defaults.</summary>
    public static JobAttribute For(IJob job)
    {
        var attribute = job.GetType().GetCustomAttribute<JobAttribute>();
        return attribute ?? new JobAttribute(job.Name);
    }
}
