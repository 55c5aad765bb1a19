using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using JobQueue.Models;

namespace JobQueue.Diagnostics;

/// <summary>Aggregated numbers for one job name.</summary>
public readonly record struct JobSummary(string Name, int Total, int Succeeded, int Failed, TimeSpan AverageDuration)
{
    public double SuccessRate => Total == 0 ? 0d : (double)Succeeded / Total;
}

/// <summary>Computes summaries over a set of job records.</summary>
public static class JobStatistics
{
    public static IReadOnlyList<JobSummary> Summarize(IEnumerable<JobRecord> records)
    {
        var query =
            from r in records
            where r.Status.IsFinal()
            group r by r.Job.Name into g
            let durations = g.Select(x => x.Duration ?? TimeSpan.Zero).ToList()
            orderby g.Key ascending
            select new JobSummary(
                g.Key,
                g.Count(),
                g.Count(x => x.Status == JobStatus.Succeeded),
                g.Count(x => x.Status == JobStatus.Failed),
                TimeSpan.FromTicks((long)durations.Average(d => d.Ticks)));

        return query.ToList();
    }

    /// <summary>Jobs that needed more than one attempt, most attempts first.</summary>
    public static IEnumerable<JobRecord> Retried(IEnumerable<JobRecord> records) =>
        records.Where(r => r.Attempts > 1).OrderByDescending(r => r.Attempts).ThenBy(r => r.Job.Name);

    public static IDictionary<JobStatus, int> CountByStatus(IEnumerable<JobRecord> records) =>
        Enum.GetValues<JobStatus>().ToDictionary(s => s, s => records.Count(r => r.Status == s));

    /// <summary>Renders a fixed-width text table.</summary>
    public static string Render(IEnumerable<JobSummary> summaries)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{"job",-16}{"total",7}{"ok",5}{"fail",6}{"rate",8}");
        foreach (var s in summaries)
        {
            sb.Append($"{s.Name,-16}{s.Total,7}{s.Succeeded,5}{s.Failed,6}")
              .AppendLine($"{s.SuccessRate,8:P0}");
        }

        return sb.ToString();
    }
}
