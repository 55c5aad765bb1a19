// Command demo serves a tiny in-memory bookmarks API using the router.
package main

import (
	"encoding/json"
	"flag"
	"log"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"example.com/gorouter/internal/ratelimit"
	"example.com/gorouter/middleware"
	"example.com/gorouter/router"
)

type bookmark struct {
	ID    int      `json:"id"`
	URL   string   `json:"url"`
	Title string   `json:"title,omitempty"`
	Tags  []string `json:"tags,omitempty"`
}

type store struct {
	sync.Mutex
	nextID int
	items  map[int]bookmark
}

func (s *store) list(w http.ResponseWriter, r *http.Request) error {
	s.Lock()
	defer s.Unlock()
	out := make([]bookmark, 0, len(s.items))
	tag := r.URL.Query().Get("tag")
	for _, b := range s.items {
		if tag == "" || contains(b.Tags, tag) {
			out = append(out, b)
		}
	}
	return writeJSON(w, http.StatusOK, out)
}

func (s *store) show(w http.ResponseWriter, r *http.Request) error {
	id, err := router.ParamsFrom(r.Context()).Int("id")
	if err != nil {
		return err
	}
	s.Lock()
	b, ok := s.items[id]
	s.Unlock()
	if !ok {
		return router.NewHTTPError(http.StatusNotFound, "no such bookmark", nil)
	}
	return writeJSON(w, http.StatusOK, b)
}

func (s *store) create(w http.ResponseWriter, r *http.Request) error {
	var b bookmark
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		return router.NewHTTPError(http.StatusBadRequest, "invalid JSON", err)
	}
	if !strings.HasPrefix(b.URL, "http://") && !strings.HasPrefix(b.URL, "https://") {
		return router.NewHTTPError(http.StatusUnprocessableEntity, "url must be absolute", nil)
	}
	s.Lock()
	s.nextID++
	b.ID = s.nextID
	s.items[b.ID] = b
	s.Unlock()
	return writeJSON(w, http.StatusCreated, b)
}

func contains(list []string, want string) bool {
	for _, v := range list {
		if v == want {
			return true
		}
	}
	return false
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	return json.NewEncoder(w).Encode(v)
}

func main() {
	addr := flag.String("addr", ":8080", "listen address")
	rps := flag.Float64("rps", 5, "requests per second per client")
	flag.Parse()

	limiter := ratelimit.New[string](*rps, 10, 5*time.Minute)
	defer limiter.Close()

	rt := router.New()
	rt.Use(middleware.Recover(true), middleware.Logger(os.Stderr, nil))
	rt.GET("/healthz", func(w http.ResponseWriter, _ *http.Request) error {
		_, err := w.Write([]byte("ok\n"))
		return err
	})

	s := &store{items: map[int]bookmark{}}
	api := rt.Group("/api/v1", middleware.RateLimit(limiter, middleware.ByRemoteAddr))
	api.Resource("bookmarks", s.list, s.show, s.create)

	for _, route := range rt.Routes() {
		log.Println("route:", route)
	}
	srv := &http.Server{Addr: *addr, Handler: rt, ReadHeaderTimeout: 5 * time.Second}
	if err := srv.ListenAndServe(); err != nil {
		log.Printf("server stopped: %v", err)
	}
}
