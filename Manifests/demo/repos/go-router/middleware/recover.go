package middleware

import (
	"fmt"
	"log"
	"net/http"
	"runtime/debug"

	"example.com/gorouter/internal/ratelimit"
	"example.com/gorouter/router"
)

// Recover converts panics in downstream handlers into 500 errors.
func Recover(logStack bool) router.Middleware {
	return func(next router.HandlerFunc) router.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) (err error) {
			defer func() {
				if v := recover(); v != nil {
					if logStack {
						log.Printf("panic serving %s: %v\n%s", r.URL.Path, v, debug.Stack())
					}
					err = router.NewHTTPError(http.StatusInternalServerError, "", fmt.Errorf("panic: %v", v))
				}
			}()
			return next(w, r)
		}
	}
}

// KeyFunc extracts the rate-limit key (client identity) from a request.
type KeyFunc func(r *http.Request) string

// ByRemoteAddr keys requests by the client's address.
func ByRemoteAddr(r *http.Request) string { return r.RemoteAddr }

// RateLimit rejects requests once the client's token bucket is empty.
func RateLimit(limiter *ratelimit.Limiter[string], key KeyFunc) router.Middleware {
	return func(next router.HandlerFunc) router.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) error {
			if ok, retry := limiter.Allow(key(r)); !ok {
				w.Header().Set("Retry-After", fmt.Sprintf("%.0f", retry.Seconds()+0.5))
				return router.NewHTTPError(http.StatusTooManyRequests, "slow down", nil)
			}
			return next(w, r)
		}
	}
}
