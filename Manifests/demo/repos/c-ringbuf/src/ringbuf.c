/*
 * ringbuf.c - core ring buffer operations.
 */
#include <stdlib.h>
#include <string.h>

#include "ringbuf.h"
#include "rb_log.h"

static size_t round_up_pow2(size_t n)
{
    size_t p = RB_MIN_CAPACITY;
    while (p < n && p < RB_MAX_CAPACITY) {
        p <<= 1;
    }
    return p;
}

rb_status rb_init(ringbuf *rb, size_t capacity, rb_overflow policy)
{
    if (rb == NULL || capacity == 0 || capacity > RB_MAX_CAPACITY) {
        return RB_ERR_ARG;
    }
    if (!RB_IS_POW2(capacity)) {
        capacity = round_up_pow2(capacity);
        RB_DEBUG("capacity rounded up to %zu", capacity);
    }
    rb->data = (uint8_t *)malloc(capacity);
    if (!rb->data) {
        RB_ERROR("allocation of %zu bytes failed", capacity);
        return RB_ERR_NOMEM;
    }
    rb->capacity = capacity;
    rb->head = rb->tail = 0;
    rb->policy = policy;
    rb->dropped = 0UL;
    return RB_OK;
}

void rb_free(ringbuf *rb)
{
    free(rb->data);
    memset(rb, 0, sizeof(*rb));
}

void rb_clear(ringbuf *rb)
{
    rb->head = 0;
    rb->tail = 0;
}

size_t rb_write(ringbuf *rb, const void *src, size_t len)
{
    const uint8_t *bytes = (const uint8_t *)src;
    size_t space = rb_free_space(rb);

    if (len > space) {
        switch (rb->policy) {
        case RB_OVERFLOW_REJECT:
            return 0;
        case RB_OVERFLOW_TRUNCATE:
            rb->dropped += (unsigned long)(len - space);
            len = space;
            break;
        case RB_OVERFLOW_OVERWRITE:
            if (len > rb->capacity) {
                bytes += len - rb->capacity;
                len = rb->capacity;
            }
            /* discard the oldest bytes to make room */
            rb->tail += len - space;
            rb->dropped += (unsigned long)(len - space);
            break;
        default:
            return 0;
        }
    }

    size_t mask = rb->capacity - 1;
    for (size_t i = 0; i < len; ++i) {
        rb->data[(rb->head + i) & mask] = bytes[i];
    }
    rb->head += len;
    return len;
}

size_t rb_peek(const ringbuf *rb, void *dst, size_t len)
{
    uint8_t *out = (uint8_t *)dst;
    size_t avail = rb_size(rb);
    size_t n = len < avail ? len : avail;
    size_t mask = rb->capacity - 1;

    for (size_t i = 0; i < n; i++) {
        out[i] = rb->data[(rb->tail + i) & mask];
    }
    return n;
}

size_t rb_read(ringbuf *rb, void *dst, size_t len)
{
    size_t n = rb_peek(rb, dst, len);
    rb->tail += n;
    return n;
}

rb_status rb_push(ringbuf *rb, uint8_t byte)
{
    return rb_write(rb, &byte, 1) == 1 ? RB_OK : RB_ERR_FULL;
}

rb_status rb_pop(ringbuf *rb, uint8_t *out)
{
    if (rb_is_empty(rb)) {
        return RB_ERR_EMPTY;
    }
    *out = rb->data[rb->tail++ & (rb->capacity - 1)];
    return RB_OK;
}
