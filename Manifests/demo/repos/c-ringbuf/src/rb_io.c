/*
 * rb_io.c - stream adapters for ring buffers.
 */
#include <errno.h>

#include "rb_io.h"
#include "rb_log.h"

rb_io_result rb_fill_from(ringbuf *rb, FILE *in, rb_stats *stats)
{
    rb_io_result res = { 0, 0, 0 };
    unsigned char chunk[RB_IO_CHUNK];

    while (!rb_is_full(rb)) {
        size_t want = rb_free_space(rb);
        size_t got;

        if (want > sizeof chunk) {
            want = sizeof chunk;
        }
        got = fread(chunk, 1, want, in);
        if (got > 0) {
            size_t stored = rb_write(rb, chunk, got);
            res.moved += stored;
            if (stats != NULL) {
                rb_stats_on_write(stats, rb, stored);
            }
        }
        if (got < want) {
            res.eof = feof(in);
            res.error = ferror(in) ? errno : 0;
            break;
        }
    }
    return res;
}

rb_io_result rb_drain_to(ringbuf *rb, FILE *out, rb_stats *stats)
{
    rb_io_result res = { .moved = 0, .eof = 0, .error = 0 };
    unsigned char chunk[RB_IO_CHUNK];

    while (!rb_is_empty(rb)) {
        size_t n = rb_peek(rb, chunk, sizeof chunk);
        size_t written = fwrite(chunk, 1, n, out);

        rb_read(rb, chunk, written);
        res.moved += written;
        if (stats) {
            rb_stats_on_read(stats, rb, written);
        }
        if (written < n) {
            res.error = errno;
            RB_WARN("short write: %zu of %zu bytes", written, n);
            break;
        }
    }
    return res;
}

int rb_pipe(FILE *in, FILE *out, size_t capacity)
{
    ringbuf rb;
    rb_stats stats;
    rb_io_result r;
    char summary[160];
    rb_status st = rb_init(&rb, capacity, RB_OVERFLOW_REJECT);

    if (st != RB_OK) {
        RB_ERROR("rb_init: %s", rb_status_str(st));
        return -1;
    }
    rb_stats_reset(&stats);
    do {
        r = rb_fill_from(&rb, in, &stats);
        if (r.error == 0) {
            r.error = rb_drain_to(&rb, out, &stats).error;
        }
    } while (!r.eof && !r.error);

    rb_stats_format(&stats, summary, sizeof summary);
    RB_INFO("pipe finished: %s", summary);
    rb_free(&rb);
    return r.error ? -1 : 0;
}
