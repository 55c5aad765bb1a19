// Package router implements a small trie-based HTTP request router with
// path parameters, route groups and composable middleware.
package router

import (
	"encoding/json"
	"log"
	"net/http"
	"sort"
	"strings"
	"sync"
)

// HandlerFunc is like http.HandlerFunc but may return an error, which the
// router converts into an HTTP response.
type HandlerFunc func(w http.ResponseWriter, r *http.Request) error

// ErrorHandler renders an error returned by a handler.
type ErrorHandler func(w http.ResponseWriter, r *http.Request, err error)

// Router dispatches requests to handlers registered per method and pattern.
type Router struct {
	mu         sync.RWMutex
	root       *node
	middleware []Middleware
	routes     []string

	// OnError is called for every handler error; defaults to a JSON body.
	OnError ErrorHandler
}

// New returns an empty Router using the default JSON error handler.
func New() *Router {
	return &Router{root: &node{}, OnError: writeJSONError}
}

// Use appends middleware that wraps every route registered afterwards.
func (rt *Router) Use(mw ...Middleware) {
	rt.middleware = append(rt.middleware, mw...)
}

// Handle registers h for the given method and pattern; it panics on conflicts
// because they are programming errors discovered at start-up.
func (rt *Router) Handle(method, pattern string, h HandlerFunc) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	wrapped := Chain(rt.middleware...)(h)
	if err := rt.root.insert(strings.ToUpper(method), pattern, wrapped); err != nil {
		panic(err)
	}
	rt.routes = append(rt.routes, method+" "+pattern)
}

func (rt *Router) GET(pattern string, h HandlerFunc)    { rt.Handle(http.MethodGet, pattern, h) }
func (rt *Router) POST(pattern string, h HandlerFunc)   { rt.Handle(http.MethodPost, pattern, h) }
func (rt *Router) DELETE(pattern string, h HandlerFunc) { rt.Handle(http.MethodDelete, pattern, h) }

// Routes lists the registered routes in sorted order.
func (rt *Router) Routes() []string {
	rt.mu.RLock()
	defer rt.mu.RUnlock()
	out := make([]string, len(rt.routes))
	copy(out, rt.routes)
	sort.Strings(out)
	return out
}

// ServeHTTP implements http.Handler.
func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rt.mu.RLock()
	n, params := rt.root.lookup(splitPath(r.URL.Path), nil)
	rt.mu.RUnlock()

	if n == nil {
		rt.OnError(w, r, ErrNotFound)
		return
	}
	h, ok := n.handlers[r.Method]
	if !ok && r.Method == http.MethodHead {
		h, ok = n.handlers[http.MethodGet]
	}
	if !ok {
		allowed := make([]string, 0, len(n.handlers))
		for m := range n.handlers {
			allowed = append(allowed, m)
		}
		sort.Strings(allowed)
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		rt.OnError(w, r, ErrMethodNotAllowed)
		return
	}
	if err := h(w, r.WithContext(WithParams(r.Context(), params))); err != nil {
		rt.OnError(w, r, err)
	}
}

func writeJSONError(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	if status >= 500 {
		log.Printf("router: %s %s: %v", r.Method, r.URL.Path, err)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"error":  http.StatusText(status),
		"status": status,
	})
}
