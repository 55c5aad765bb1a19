/*
 * rb_log.h - tiny logging macros used across the ring buffer library.
 */
#ifndef RB_LOG_H
#define RB_LOG_H

#include <stdio.h>

enum rb_log_level {
    RB_LOG_DEBUG = 10,
    RB_LOG_INFO = 20,
    RB_LOG_WARN = 30,
    RB_LOG_ERROR = 40
};

#ifndef RB_LOG_THRESHOLD
#  ifdef NDEBUG
#    define RB_LOG_THRESHOLD RB_LOG_WARN
#  else
#    define RB_LOG_THRESHOLD RB_LOG_DEBUG
#  endif
#endif

void rb_log_write(int level, const char *file, int line, const char *fmt, ...);
void rb_log_set_stream(FILE *stream);
const char *rb_log_level_name(int level);

#define RB_LOG(level, ...)                                          \
    do {                                                            \
        if ((level) >= RB_LOG_THRESHOLD) {                          \
            rb_log_write((level), __FILE__, __LINE__, __VA_ARGS__); \
        }                                                           \
    } while (0)

#define RB_DEBUG(...) RB_LOG(RB_LOG_DEBUG, __VA_ARGS__)
#define RB_INFO(...)  RB_LOG(RB_LOG_INFO, __VA_ARGS__)
#define RB_WARN(...)  RB_LOG(RB_LOG_WARN, __VA_ARGS__)
#define RB_ERROR(...) RB_LOG(RB_LOG_ERROR, __VA_ARGS__)

#define RB_UNUSED(x) ((void)(x))

#endif /* RB_LOG_H */
