package router

import (
	"context"
	"strconv"
)

// Param is a single named path segment captured while matching, e.g. ":id".
type Param struct {
	Key   string
	Value string
}

// Params is the ordered list of parameters captured for a request.
type Params []Param

// Get returns the value of the named parameter and whether it was present.
func (ps Params) Get(name string) (string, bool) {
	for _, p := range ps {
		if p.Key == name {
			return p.Value, true
		}
	}
	return "", false
}

// ByName returns the value of the named parameter or the empty string.
func (ps Params) ByName(name string) string {
	v, _ := ps.Get(name)
	return v
}

// Int parses the named parameter as a base-10 integer.
func (ps Params) Int(name string) (int, error) {
	v, ok := ps.Get(name)
	if !ok {
		return 0, NewHTTPError(400, "missing parameter "+strconv.Quote(name), nil)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, NewHTTPError(400, "parameter "+name+" is not an integer", err)
	}
	return n, nil
}

type paramsKey struct{}

// WithParams stores params in ctx so handlers can read them with ParamsFrom.
func WithParams(ctx context.Context, ps Params) context.Context {
	return context.WithValue(ctx, paramsKey{}, ps)
}

// ParamsFrom extracts the route parameters stored by the router.
func ParamsFrom(ctx context.Context) Params {
	if ps, ok := ctx.Value(paramsKey{}).(Params); ok {
		return ps
	}
	return nil
}
