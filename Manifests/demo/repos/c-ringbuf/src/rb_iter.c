/*
 * rb_iter.c - iteration and search helpers.
 */
#include "rb_iter.h"

void rb_iter_begin(rb_iter *it, const ringbuf *rb)
{
    it->rb = rb;
    it->pos = rb->tail;
    it->end = rb->head;
}

bool rb_iter_next(rb_iter *it, uint8_t *out)
{
    if (it->pos == it->end) {
        return false;
    }
    *out = it->rb->data[it->pos & (it->rb->capacity - 1)];
    it->pos++;
    return true;
}

size_t rb_foreach(const ringbuf *rb, rb_visit_fn visit, void *user)
{
    rb_iter it;
    uint8_t byte;
    size_t visited = 0;

    for (rb_iter_begin(&it, rb); rb_iter_next(&it, &byte);) {
        if (!visit(byte, visited, user)) {
            break;
        }
        visited++;
    }
    return visited;
}

long rb_find(const ringbuf *rb, uint8_t needle)
{
    rb_iter it;
    uint8_t byte;
    long index = 0;

    rb_iter_begin(&it, rb);
    while (rb_iter_next(&it, &byte)) {
        if (byte == needle) {
            return index;
        }
        ++index;
    }
    return -1L;
}

/*
 * Reads one '\n' terminated line into `line` (without the newline).
 * Returns 0 and leaves the buffer untouched when no full line is present.
 */
size_t rb_read_line(ringbuf *rb, char *line, size_t max_len)
{
    long nl = rb_find(rb, (uint8_t)'\n');
    size_t take;
    uint8_t discard;

    if (nl < 0 || max_len == 0) {
        return 0;
    }
    take = (size_t)nl < max_len - 1 ? (size_t)nl : max_len - 1;
    rb_read(rb, line, take);
    line[take] = '\0';
    while (rb_pop(rb, &discard) == RB_OK && discard != '\n') {
        /* skip the rest of an over-long line */
    }
    return take;
}
