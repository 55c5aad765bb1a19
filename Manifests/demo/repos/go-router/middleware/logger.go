// Package middleware provides ready-made router middleware.
package middleware

import (
	"fmt"
	"io"
	"net/http"
	"time"

	"example.com/gorouter/router"
)

// LogEntry describes one completed request.
type LogEntry struct {
	Method   string
	Path     string
	Status   int
	Bytes    int64
	Duration time.Duration
	Err      error
}

// Formatter turns a LogEntry into a single log line.
type Formatter func(e LogEntry) string

// DefaultFormatter prints entries in a compact, grep-friendly format.
var DefaultFormatter Formatter = func(e LogEntry) string {
	line := fmt.Sprintf("%s %s -> %d (%d bytes) in %s", e.Method, e.Path, e.Status, e.Bytes,
		e.Duration.Round(time.Microsecond))
	if e.Err != nil {
		line += " err=" + e.Err.Error()
	}
	return line
}

// Logger writes one line per request to out using format (or DefaultFormatter).
func Logger(out io.Writer, format Formatter) router.Middleware {
	if format == nil {
		format = DefaultFormatter
	}
	now := time.Now
	return func(next router.HandlerFunc) router.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) error {
			start := now()
			rec := &router.StatusRecorder{ResponseWriter: w}
			err := next(rec, r)
			status := rec.Status
			if status == 0 && err == nil {
				status = http.StatusOK
			}
			fmt.Fprintln(out, format(LogEntry{
				Method:   r.Method,
				Path:     r.URL.Path,
				Status:   status,
				Bytes:    rec.Bytes,
				Duration: time.Since(start),
				Err:      err,
			}))
			return err
		}
	}
}
