#ifndef C_PARSE_LOOP_H
#define C_PARSE_LOOP_H

#include <stddef.h>
#include <stdint.h>

/// What one timed loop did.
typedef struct {
    double seconds;
    uint64_t bytes;
    uint64_t nodes;
    int error;  /* 0 on success; otherwise see c_parse_loop_error() */
} CParseLoopResult;

/// The reference the Swift wrapper is measured against: the plain C way of parsing each buffer
/// `repetitions` times with the grammar `tree_sitter_<symbol>` of the library at `library_path`.
/// With `walk` set, every tree is also walked with a tree cursor, counting nodes.
CParseLoopResult c_parse_loop(const char *library_path, const char *symbol,
                              const char *const *buffers, const uint32_t *lengths, size_t count,
                              int repetitions, int walk);

/// A description of the last failure (dlopen/dlsym/parser), or an empty string.
const char *c_parse_loop_error(void);

#endif
