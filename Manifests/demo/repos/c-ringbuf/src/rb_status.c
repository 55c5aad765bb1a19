/*
 * rb_status.c - human readable names for status codes.
 */
#include "ringbuf.h"

struct status_entry {
    rb_status code;
    const char *text;
};

static const struct status_entry STATUS_TABLE[] = {
    { RB_OK, "ok" },
    { RB_ERR_NOMEM, "out of memory" },
    { RB_ERR_FULL, "buffer full" },
    { RB_ERR_EMPTY, "buffer empty" },
    { RB_ERR_ARG, "invalid argument" },
};

#define STATUS_COUNT (sizeof(STATUS_TABLE) / sizeof(STATUS_TABLE[0]))

const char *rb_status_str(rb_status status)
{
    size_t i;

    for (i = 0; i < STATUS_COUNT; i++) {
        if (STATUS_TABLE[i].code == status) {
            return STATUS_TABLE[i].text;
        }
    }
    return "unknown status";
}

/* Returns 1 when the status denotes a recoverable condition. */
int rb_status_is_transient(rb_status status)
{
    switch (status) {
    case RB_ERR_FULL:
    case RB_ERR_EMPTY:
        return 1;
    case RB_OK:
    case RB_ERR_NOMEM:
    case RB_ERR_ARG:
    default:
        return 0;
    }
}
