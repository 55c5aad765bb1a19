/*
 * rb_iter.h - non-destructive iteration over buffered bytes.
 */
#ifndef RB_ITER_H
#define RB_ITER_H

#include "ringbuf.h"

/** Cursor over the readable region of a ring buffer. */
typedef struct rb_iter {
    const ringbuf *rb;
    size_t pos;
    size_t end;
} rb_iter;

/* Callback used by rb_foreach; return false to stop early. */
typedef bool (*rb_visit_fn)(uint8_t byte, size_t index, void *user);

void rb_iter_begin(rb_iter *it, const ringbuf *rb);
bool rb_iter_next(rb_iter *it, uint8_t *out);

/** Calls `visit` for each byte; returns how many visits returned true. */
size_t rb_foreach(const ringbuf *rb, rb_visit_fn visit, void *user);

/** Offset of the first `needle` from the read position, or -1. */
long rb_find(const ringbuf *rb, uint8_t needle);

/** Consumes one newline-terminated line, see rb_iter.c. */
size_t rb_read_line(ringbuf *rb, char *line, size_t max_len);

/* Convenience loop header: RB_FOR_EACH(it, rb, byte) { ... } */
#define RB_FOR_EACH(it, rb, byte) \
    for (rb_iter_begin(&(it), (rb)); rb_iter_next(&(it), &(byte));)

#endif /* RB_ITER_H */
