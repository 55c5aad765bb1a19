/*
 * rb_stats.c - rolling statistics about buffer usage.
 */
#include <string.h>
#include <stdio.h>

#include "rb_stats.h"

void rb_stats_reset(rb_stats *stats)
{
    memset(stats, 0, sizeof *stats);
}

static void record_fill(rb_stats *stats, const ringbuf *rb)
{
    size_t used = rb_size(rb);
    double ratio = (double)used / (double)rb->capacity;

    if (used > stats->high_water) {
        stats->high_water = used;
    }
    stats->fill_samples[stats->sample_index] = ratio;
    stats->sample_index = (stats->sample_index + 1) % RB_STATS_WINDOW;
    if (stats->sample_count < RB_STATS_WINDOW) {
        stats->sample_count++;
    }
}

void rb_stats_on_write(rb_stats *stats, const ringbuf *rb, size_t written)
{
    stats->bytes_in += written;
    stats->writes += 1;
    record_fill(stats, rb);
}

void rb_stats_on_read(rb_stats *stats, const ringbuf *rb, size_t read)
{
    stats->bytes_out += read;
    stats->reads += 1;
    record_fill(stats, rb);
}

double rb_stats_avg_fill(const rb_stats *stats)
{
    double sum = 0.0;
    int i;

    if (stats->sample_count == 0) {
        return 0.0;
    }
    for (i = 0; i < stats->sample_count; i++) {
        sum += stats->fill_samples[i];
    }
    return sum / stats->sample_count;
}

int rb_stats_format(const rb_stats *stats, char *out, size_t out_len)
{
    return snprintf(out, out_len,
                    "in=%llu out=%llu writes=%lu reads=%lu high=%zu avg_fill=%.1f%%",
                    stats->bytes_in, stats->bytes_out,
                    stats->writes, stats->reads,
                    stats->high_water, rb_stats_avg_fill(stats) * 100.0);
}
