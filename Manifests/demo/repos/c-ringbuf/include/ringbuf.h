/**
 * ringbuf.h - fixed-capacity byte ring buffer.
 *
 * The buffer stores bytes in a power-of-two sized array so that index
 * wrapping can be done with a mask instead of a modulo.
 */
#ifndef RINGBUF_H
#define RINGBUF_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define RB_VERSION_MAJOR 1
#define RB_VERSION_MINOR 3
#define RB_MIN_CAPACITY 16u
#define RB_MAX_CAPACITY (1u << 24)

/* Returns non-zero when x is a power of two. */
#define RB_IS_POW2(x) (((x) != 0) && (((x) & ((x) - 1)) == 0))

/** Error codes returned by the ring buffer functions. */
typedef enum rb_status {
    RB_OK = 0,
    RB_ERR_NOMEM = -1,
    RB_ERR_FULL = -2,
    RB_ERR_EMPTY = -3,
    RB_ERR_ARG = -4
} rb_status;

/** Policy applied when a write does not fit in the free space. */
typedef enum rb_overflow {
    RB_OVERFLOW_REJECT,
    RB_OVERFLOW_TRUNCATE,
    RB_OVERFLOW_OVERWRITE
} rb_overflow;

typedef struct ringbuf {
    uint8_t *data;
    size_t capacity;   /* always a power of two */
    size_t head;       /* next write position (unmasked) */
    size_t tail;       /* next read position (unmasked) */
    rb_overflow policy;
    unsigned long dropped;
} ringbuf;

rb_status rb_init(ringbuf *rb, size_t capacity, rb_overflow policy);
void rb_free(ringbuf *rb);
void rb_clear(ringbuf *rb);

size_t rb_write(ringbuf *rb, const void *src, size_t len);
size_t rb_read(ringbuf *rb, void *dst, size_t len);
size_t rb_peek(const ringbuf *rb, void *dst, size_t len);
rb_status rb_push(ringbuf *rb, uint8_t byte);
rb_status rb_pop(ringbuf *rb, uint8_t *out);

static inline size_t rb_size(const ringbuf *rb)
{
    return rb->head - rb->tail;
}

static inline size_t rb_free_space(const ringbuf *rb)
{
    return rb->capacity - rb_size(rb);
}

static inline bool rb_is_empty(const ringbuf *rb)
{
    return rb->head == rb->tail;
}

static inline bool rb_is_full(const ringbuf *rb)
{
    return rb_size(rb) == rb->capacity;
}

const char *rb_status_str(rb_status status);
int rb_status_is_transient(rb_status status);

#endif /* RINGBUF_H */
