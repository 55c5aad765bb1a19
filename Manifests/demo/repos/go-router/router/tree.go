package router

import (
	"fmt"
	"strings"
)

type nodeKind uint8

const (
	staticNode nodeKind = iota
	paramNode
	wildcardNode
)

// node is one path segment in the routing trie.
type node struct {
	segment  string
	kind     nodeKind
	children []*node
	handlers map[string]HandlerFunc // keyed by HTTP method
	pattern  string
}

func splitPath(path string) []string {
	return strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
}

func kindOf(segment string) nodeKind {
	switch {
	case strings.HasPrefix(segment, ":"):
		return paramNode
	case strings.HasPrefix(segment, "*"):
		return wildcardNode
	default:
		return staticNode
	}
}

// insert adds a handler for method+pattern, creating nodes as needed.
func (n *node) insert(method, pattern string, h HandlerFunc) error {
	cur := n
	for _, seg := range splitPath(pattern) {
		var next *node
		for _, child := range cur.children {
			if child.segment == seg {
				next = child
				break
			}
			if child.kind != staticNode && kindOf(seg) == child.kind {
				return fmt.Errorf("%w: %q vs %q in %s", ErrConflict, child.segment, seg, pattern)
			}
		}
		if next == nil {
			next = &node{segment: seg, kind: kindOf(seg)}
			cur.children = append(cur.children, next)
		}
		cur = next
	}
	if cur.handlers == nil {
		cur.handlers = make(map[string]HandlerFunc, 2)
	}
	if _, exists := cur.handlers[method]; exists {
		return fmt.Errorf("%w: %s %s registered twice", ErrConflict, method, pattern)
	}
	cur.handlers[method] = h
	cur.pattern = pattern
	return nil
}

// lookup walks the trie; static children win over parameters and wildcards.
func (n *node) lookup(segments []string, ps Params) (*node, Params) {
	if len(segments) == 0 {
		if n.handlers == nil {
			return nil, ps
		}
		return n, ps
	}
	head, rest := segments[0], segments[1:]
	for _, kind := range [...]nodeKind{staticNode, paramNode, wildcardNode} {
		for _, child := range n.children {
			if child.kind != kind {
				continue
			}
			switch kind {
			case staticNode:
				if child.segment != head {
					continue
				}
				if found, out := child.lookup(rest, ps); found != nil {
					return found, out
				}
			case paramNode:
				withParam := append(ps, Param{Key: child.segment[1:], Value: head})
				if found, out := child.lookup(rest, withParam); found != nil {
					return found, out
				}
			case wildcardNode:
				return child, append(ps, Param{Key: child.segment[1:], Value: strings.Join(segments, "/")})
			}
		}
	}
	return nil, ps
}
