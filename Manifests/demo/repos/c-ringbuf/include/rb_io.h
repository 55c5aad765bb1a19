/*
 * rb_io.h - moving data between ring buffers and stdio streams.
 */
#ifndef RB_IO_H
#define RB_IO_H

#include <stdio.h>
#include "ringbuf.h"
#include "rb_stats.h"

/* Size of the stack buffer used for each fread/fwrite call. */
#define RB_IO_CHUNK 256

/** Outcome of a fill or drain operation. */
typedef struct rb_io_result {
    size_t moved;  /* bytes transferred */
    int eof;       /* non-zero when the input stream reached end of file */
    int error;     /* errno value, or 0 on success */
} rb_io_result;

/**
 * Reads from `in` until the buffer is full or the stream has no more data.
 * `stats` may be NULL.
 */
rb_io_result rb_fill_from(ringbuf *rb, FILE *in, rb_stats *stats);

/**
 * Writes every buffered byte to `out`, stopping early on a short write.
 */
rb_io_result rb_drain_to(ringbuf *rb, FILE *out, rb_stats *stats);

/** Copies `in` to `out` through a ring buffer of the given capacity. */
int rb_pipe(FILE *in, FILE *out, size_t capacity);

#endif /* RB_IO_H */
