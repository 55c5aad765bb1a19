using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JobQueue.Abstractions;
using JobQueue.Models;

namespace JobQueue.Jobs;

/// <summary>Computes a checksum of a text; used in demos and tests.</summary>
[Job("checksum", Priority = JobPriority.Low, MaxAttempts = 1)]
public sealed class ChecksumJob : IJob<uint>
{
    private readonly string _text;

    public ChecksumJob(string text) => _text = text;

    public string Name => "checksum";

    public uint Result { get; private set; }

    public Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        uint hash = 2166136261u;
        foreach (char c in _text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            hash = unchecked((hash ^ c) * 16777619u);
        }

        Result = hash;
        return Task.CompletedTask;
    }
}

/// <summary>Fails a configurable number of times before succeeding.</summary>
[Job("flaky", Priority = JobPriority.High, MaxAttempts = 4, RetryDelayMs = 0)]
public sealed class FlakyJob : IJob
{
    private int _remainingFailures;

    public FlakyJob(int failures) => _remainingFailures = failures;

    public string Name => "flaky";

    public List<int> SeenAttempts { get; } = new();

    public async Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        SeenAttempts.Add(context.Attempt);
        await Task.Delay(1, cancellationToken);
        if (Interlocked.Decrement(ref _remainingFailures) >= 0)
        {
            throw new TimeoutException($"simulated timeout on attempt {context.Attempt}");
        }
    }
}

/// <summary>Downloads a list of URLs and records their sizes.</summary>
[Job("fetch-pages")]
public sealed class FetchPagesJob : IJob<IReadOnlyDictionary<string, long>>
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly IReadOnlyList<Uri> _urls;

    public FetchPagesJob(params string[] urls) => _urls = urls.Select(u => new Uri(u)).ToList();

    public string Name => "fetch-pages";

    public IReadOnlyDictionary<string, long>? Result { get; private set; }

    public async Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var sizes = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < _urls.Count; i++)
        {
            using var response = await Http.GetAsync(_urls[i], cancellationToken);
            response.EnsureSuccessStatusCode();
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            sizes[_urls[i].Host] = body.LongLength;
            context.ReportProgress((i + 1) / (double)_urls.Count);
        }

        Result = sizes;
    }
}
