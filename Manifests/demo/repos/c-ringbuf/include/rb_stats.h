/*
 * rb_stats.h - throughput counters for a ring buffer.
 */
#ifndef RB_STATS_H
#define RB_STATS_H

#include "ringbuf.h"

/* Number of fill-ratio samples kept for the moving average. */
#define RB_STATS_WINDOW 8

/** Counters updated after every read and write. */
typedef struct rb_stats {
    unsigned long long bytes_in;
    unsigned long long bytes_out;
    unsigned long writes;
    unsigned long reads;
    size_t high_water;                     /* largest observed size */
    double fill_samples[RB_STATS_WINDOW];  /* circular window of ratios */
    int sample_index;
    int sample_count;
} rb_stats;

void rb_stats_reset(rb_stats *stats);
void rb_stats_on_write(rb_stats *stats, const ringbuf *rb, size_t written);
void rb_stats_on_read(rb_stats *stats, const ringbuf *rb, size_t read);

/** Mean fill ratio (0.0 to 1.0) over the sample window. */
double rb_stats_avg_fill(const rb_stats *stats);

/** snprintf-style summary; returns the would-be length. */
int rb_stats_format(const rb_stats *stats, char *out, size_t out_len);

#endif /* RB_STATS_H */
