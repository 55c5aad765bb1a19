package router

import (
	"net/http"
	"path"
	"strings"
)

// Group registers routes below a common prefix with extra middleware.
type Group struct {
	router     *Router
	prefix     string
	middleware []Middleware
}

// Group creates a route group rooted at prefix.
func (rt *Router) Group(prefix string, mw ...Middleware) *Group {
	return &Group{router: rt, prefix: cleanPrefix(prefix), middleware: mw}
}

// Group creates a nested group that inherits this group's middleware.
func (g *Group) Group(prefix string, mw ...Middleware) *Group {
	combined := make([]Middleware, 0, len(g.middleware)+len(mw))
	combined = append(combined, g.middleware...)
	combined = append(combined, mw...)
	return &Group{
		router:     g.router,
		prefix:     cleanPrefix(g.prefix + "/" + prefix),
		middleware: combined,
	}
}

// Handle registers a route relative to the group prefix.
func (g *Group) Handle(method, pattern string, h HandlerFunc) {
	full := path.Join(g.prefix, pattern)
	if strings.HasSuffix(pattern, "/") && !strings.HasSuffix(full, "/") {
		full += "/"
	}
	g.router.Handle(method, full, Chain(g.middleware...)(h))
}

func (g *Group) GET(pattern string, h HandlerFunc)  { g.Handle(http.MethodGet, pattern, h) }
func (g *Group) POST(pattern string, h HandlerFunc) { g.Handle(http.MethodPost, pattern, h) }

// Resource registers the conventional CRUD routes for a collection.
func (g *Group) Resource(name string, list, show, create HandlerFunc) {
	routes := []struct {
		method  string
		pattern string
		handler HandlerFunc
	}{
		{http.MethodGet, "/" + name, list},
		{http.MethodGet, "/" + name + "/:id", show},
		{http.MethodPost, "/" + name, create},
	}
	for _, rt := range routes {
		if rt.handler == nil {
			continue
		}
		g.Handle(rt.method, rt.pattern, rt.handler)
	}
}

func cleanPrefix(p string) string {
	p = path.Clean("/" + strings.Trim(p, "/"))
	if p == "/" {
		return ""
	}
	return p
}
