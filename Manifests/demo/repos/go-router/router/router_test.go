package router

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func echoParam(name string) HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		_, err := io.WriteString(w, ParamsFrom(r.Context()).ByName(name))
		return err
	}
}

func serve(rt http.Handler, method, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	rt.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec
}

func TestRouting(t *testing.T) {
	rt := New()
	rt.GET("/users/:id", echoParam("id"))
	rt.GET("/users/me", func(w http.ResponseWriter, _ *http.Request) error {
		_, err := w.Write([]byte("self"))
		return err
	})
	rt.GET("/files/*path", echoParam("path"))

	tests := []struct {
		name, method, target string
		wantStatus           int
		wantBody             string
	}{
		{"param", http.MethodGet, "/users/42", 200, "42"},
		{"static wins", http.MethodGet, "/users/me", 200, "self"},
		{"wildcard", http.MethodGet, "/files/a/b/c.txt", 200, "a/b/c.txt"},
		{"head falls back to get", http.MethodHead, "/users/7", 200, "7"},
		{"not found", http.MethodGet, "/nope", 404, ""},
		{"wrong method", http.MethodPost, "/users/42", 405, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := serve(rt, tc.method, tc.target)
			if rec.Code != tc.wantStatus {
				t.Fatalf("status = %d, want %d", rec.Code, tc.wantStatus)
			}
			if tc.wantBody != "" && rec.Body.String() != tc.wantBody {
				t.Errorf("body = %q, want %q", rec.Body.String(), tc.wantBody)
			}
		})
	}
}

func TestConflictPanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !errors.Is(r.(error), ErrConflict) {
			t.Fatalf("expected ErrConflict panic, got %v", r)
		}
	}()
	rt := New()
	rt.GET("/a/:x", echoParam("x"))
	rt.GET("/a/:y", echoParam("y"))
}

func TestGroupMiddlewareAndTimeout(t *testing.T) {
	var order []string
	trace := func(tag string) Middleware {
		return func(next HandlerFunc) HandlerFunc {
			return func(w http.ResponseWriter, r *http.Request) error {
				order = append(order, tag)
				return next(w, r)
			}
		}
	}
	rt := New()
	rt.Use(trace("root"))
	api := rt.Group("api", trace("api")).Group("/v2/", Timeout(20*time.Millisecond))
	api.GET("/slow", func(w http.ResponseWriter, r *http.Request) error {
		<-r.Context().Done()
		return r.Context().Err()
	})

	rec := serve(rt, http.MethodGet, "/api/v2/slow")
	if rec.Code != http.StatusGatewayTimeout {
		t.Fatalf("status = %d, want 504", rec.Code)
	}
	if got := strings.Join(order, ","); got != "root,api" {
		t.Errorf("middleware order = %s", got)
	}
	if !strings.Contains(rec.Body.String(), `"status":504`) {
		t.Errorf("unexpected body %s", rec.Body.String())
	}
}
