using System;

namespace JobQueue.Models;

/// <summary>
/// Describes how often and how quickly a failed job is retried.
/// </summary>
/// <param name="MaxAttempts">Total attempts including the first one.</param>
/// <param name="BaseDelay">Delay before the first retry.</param>
/// <param name="Multiplier">Growth factor applied for every further retry.</param>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, double Multiplier = 2.0)
{
    public static readonly RetryPolicy None = new(1, TimeSpan.Zero, 1.0);

    public static RetryPolicy Default { get; } = new(3, TimeSpan.FromSeconds(2));

    public static RetryPolicy Fixed(int attempts, TimeSpan delay) => new(attempts, delay, 1.0);

    /// <summary>Upper bound for a single delay, regardless of the multiplier.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    public bool ShouldRetry(int attempt, Exception error) => error switch
    {
        OperationCanceledException => false,
        ArgumentException => false,
        TimeoutException when attempt < MaxAttempts + 1 => true,
        _ => attempt < MaxAttempts,
    };

    /// <summary>Delay before the given retry attempt (attempt 2 is the first retry).</summary>
    public TimeSpan DelayFor(int attempt)
    {
        if (attempt <= 1)
        {
            return TimeSpan.Zero;
        }

        double millis = BaseDelay.TotalMilliseconds * Math.Pow(Multiplier, attempt - 2);
        return millis >= MaxDelay.TotalMilliseconds ? MaxDelay : TimeSpan.FromMilliseconds(millis);
    }
}
