using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JobQueue.Diagnostics;
using JobQueue.Jobs;
using JobQueue.Models;
using JobQueue.Scheduling;
using JobQueue.Storage;
using Xunit;

namespace JobQueue.Tests;

public class JobSchedulerTests
{
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly InMemoryJobStore _store = new();

    [Fact]
    public async Task SuccessfulJobIsMarkedDone()
    {
        var runner = new JobRunner(_store, () => Epoch);
        var job = new ChecksumJob("hello");
        var record = JobRecord.Create(job, runner.Now);

        var done = await runner.RunOnceAsync(record, CancellationToken.None);

        Assert.Equal(JobStatus.Succeeded, done.Status);
        Assert.Equal(0x4f9f2cabu, job.Result);
        Assert.Equal(done, await _store.FindAsync(record.Id));
    }

    [Fact]
    public async Task FlakyJobIsRetriedUntilItSucceeds()
    {
        var finished = new TaskCompletionSource<JobRecord>();
        await using var scheduler = new JobScheduler(_store);
        scheduler.JobFinished += (_, record) => finished.TrySetResult(record);
        var job = new FlakyJob(failures: 2);

        await scheduler.EnqueueAsync(job, JobPriority.High, "test", "flaky");
        scheduler.Start(workerCount: 1);
        var result = await finished.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(JobStatus.Succeeded, result.Status);
        Assert.Equal(new[] { 1, 2, 3 }, job.SeenAttempts);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 2000)]
    [InlineData(4, 8000)]
    public void RetryDelaysGrowExponentially(int attempt, int expectedMs)
    {
        var delay = RetryPolicy.Default.DelayFor(attempt);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }

    [Fact]
    public void StatisticsGroupByJobName()
    {
        var records = Enumerable.Range(0, 4)
            .Select(i => JobRecord.Create(new ChecksumJob($"doc {i}"), Epoch) with
            {
                Status = i % 2 == 0 ? JobStatus.Succeeded : JobStatus.Failed,
                FinishedAt = Epoch.AddSeconds(i)
            })
            .ToList();

        var summary = Assert.Single(JobStatistics.Summarize(records));
        Assert.Equal(("checksum", 4, 2), (summary.Name, summary.Total, summary.Succeeded));
        Assert.Equal(0.5, summary.SuccessRate, precision: 3);
    }
}
