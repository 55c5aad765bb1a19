package router

import (
	"context"
	"net/http"
	"time"
)

// Middleware decorates a HandlerFunc with cross-cutting behaviour.
type Middleware func(next HandlerFunc) HandlerFunc

// Chain composes middleware so that the first argument is the outermost.
func Chain(mws ...Middleware) Middleware {
	return func(final HandlerFunc) HandlerFunc {
		h := final
		for i := len(mws) - 1; i >= 0; i-- {
			h = mws[i](h)
		}
		return h
	}
}

// StatusRecorder wraps a ResponseWriter and remembers the status and size.
type StatusRecorder struct {
	http.ResponseWriter
	Status int
	Bytes  int64
}

// WriteHeader records the status before delegating.
func (s *StatusRecorder) WriteHeader(code int) {
	s.Status = code
	s.ResponseWriter.WriteHeader(code)
}

// Write counts the bytes written, defaulting the status to 200.
func (s *StatusRecorder) Write(b []byte) (int, error) {
	if s.Status == 0 {
		s.Status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.Bytes += int64(n)
	return n, err
}

// Timeout fails requests whose handler has not finished within d. Handlers
// should watch r.Context() and stop writing once it is cancelled.
func Timeout(d time.Duration) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) error {
			ctx, cancel := context.WithTimeout(r.Context(), d)
			defer cancel()

			done := make(chan error, 1)
			go func() { done <- next(w, r.WithContext(ctx)) }()

			select {
			case err := <-done:
				return err
			case <-ctx.Done():
				return NewHTTPError(http.StatusGatewayTimeout, "", ctx.Err())
			}
		}
	}
}

// RequireHeader rejects requests that lack the given header.
func RequireHeader(name string) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) error {
			if r.Header.Get(name) == "" {
				return NewHTTPError(http.StatusBadRequest, "missing header "+name, nil)
			}
			return next(w, r)
		}
	}
}
