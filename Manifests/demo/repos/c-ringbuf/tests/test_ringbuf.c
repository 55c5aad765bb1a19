/*
 * test_ringbuf.c - minimal self-contained tests for the ring buffer.
 */
#include <stdio.h>
#include <string.h>

#include "ringbuf.h"
#include "rb_iter.h"
#include "rb_stats.h"

static int failures = 0;
static int checks = 0;

#define CHECK(cond)                                                      \
    do {                                                                 \
        checks++;                                                        \
        if (!(cond)) {                                                   \
            fprintf(stderr, "%s:%d: check failed: %s\n",                 \
                    __FILE__, __LINE__, #cond);                          \
            failures++;                                                  \
        }                                                                \
    } while (0)

static void test_write_read(void)
{
    ringbuf rb;
    char out[8] = {0};

    CHECK(rb_init(&rb, 16, RB_OVERFLOW_REJECT) == RB_OK);
    CHECK(rb_write(&rb, "hello", 5) == 5);
    CHECK(rb_size(&rb) == 5);
    CHECK(rb_read(&rb, out, sizeof out) == 5);
    CHECK(memcmp(out, "hello", 5) == 0);
    CHECK(rb_is_empty(&rb));
    rb_free(&rb);
}

static void test_overwrite_policy(void)
{
    ringbuf rb;
    uint8_t byte = 0;
    int i;

    rb_init(&rb, 16, RB_OVERFLOW_OVERWRITE);
    for (i = 0; i < 20; i++) {
        rb_push(&rb, (uint8_t)i);
    }
    CHECK(rb_is_full(&rb));
    CHECK(rb.dropped == 4UL);
    CHECK(rb_pop(&rb, &byte) == RB_OK && byte == 4);
    rb_free(&rb);
}

static bool sum_visitor(uint8_t byte, size_t index, void *user)
{
    unsigned *total = (unsigned *)user;
    *total += byte;
    return index < 2;
}

static void test_iteration(void)
{
    ringbuf rb;
    unsigned total = 0;
    char line[16];

    rb_init(&rb, 32, RB_OVERFLOW_TRUNCATE);
    rb_write(&rb, "\x01\x02\x03\x04", 4);
    CHECK(rb_foreach(&rb, sum_visitor, &total) == 2);
    CHECK(total == 6u);
    CHECK(rb_find(&rb, 0x04) == 3);
    CHECK(rb_find(&rb, 0x7f) == -1);

    rb_clear(&rb);
    rb_write(&rb, "GET /\nrest", 10);
    CHECK(rb_read_line(&rb, line, sizeof line) == 5);
    CHECK(strcmp(line, "GET /") == 0);
    CHECK(rb_size(&rb) == 4);
    rb_free(&rb);
}

static void test_stats(void)
{
    ringbuf rb;
    rb_stats stats;
    char text[128];

    rb_init(&rb, 16, RB_OVERFLOW_REJECT);
    rb_stats_reset(&stats);
    rb_stats_on_write(&stats, &rb, rb_write(&rb, "abcdefgh", 8));
    CHECK(stats.high_water == 8);
    CHECK(rb_stats_avg_fill(&stats) > 0.49 && rb_stats_avg_fill(&stats) < 0.51);
    CHECK(rb_stats_format(&stats, text, sizeof text) > 0);
    CHECK(strstr(text, "in=8") != NULL);
    rb_free(&rb);
}

int main(void)
{
    test_write_read();
    test_overwrite_policy();
    test_iteration();
    test_stats();
    printf("%d/%d checks passed\n", checks - failures, checks);
    return failures == 0 ? 0 : 1;
}
