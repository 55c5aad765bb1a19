/*
 * rb_log.c - implementation of the logging helpers.
 */
#include <stdarg.h>
#include <string.h>
#include <time.h>

#include "rb_log.h"

static FILE *log_stream = NULL;

void rb_log_set_stream(FILE *stream)
{
    log_stream = stream;
}

const char *rb_log_level_name(int level)
{
    if (level >= RB_LOG_ERROR) {
        return "ERROR";
    } else if (level >= RB_LOG_WARN) {
        return "WARN";
    } else if (level >= RB_LOG_INFO) {
        return "INFO";
    }
    return "DEBUG";
}

static const char *short_path(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

void rb_log_write(int level, const char *file, int line, const char *fmt, ...)
{
    FILE *out = log_stream ? log_stream : stderr;
    char stamp[32];
    time_t now = time(NULL);
    struct tm *tm_now = localtime(&now);
    va_list args;

    if (tm_now == NULL || strftime(stamp, sizeof stamp, "%H:%M:%S", tm_now) == 0) {
        strcpy(stamp, "--:--:--");
    }

    fprintf(out, "%s %-5s %s:%d: ", stamp, rb_log_level_name(level), short_path(file), line);
    va_start(args, fmt);
    vfprintf(out, fmt, args);
    va_end(args);
    fputc('\n', out);
}
