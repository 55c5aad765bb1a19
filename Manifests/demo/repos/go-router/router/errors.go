package router

import (
	"errors"
	"fmt"
	"net/http"
)

// Sentinel errors returned while registering or matching routes.
var (
	ErrNotFound         = errors.New("router: no route matched")
	ErrMethodNotAllowed = errors.New("router: method not allowed")
	ErrConflict         = errors.New("router: conflicting route")
)

// HTTPError carries a status code together with a client-visible message.
type HTTPError struct {
	Status  int
	Message string
	Cause   error
}

// Error implements the error interface.
func (e *HTTPError) Error() string {
	if e.Cause != nil {
		return fmt.Sprintf("%d %s: %v", e.Status, e.Message, e.Cause)
	}
	return fmt.Sprintf("%d %s", e.Status, e.Message)
}

// Unwrap exposes the underlying cause to errors.Is and errors.As.
func (e *HTTPError) Unwrap() error { return e.Cause }

// NewHTTPError builds an HTTPError using the standard status text when msg is empty.
func NewHTTPError(status int, msg string, cause error) *HTTPError {
	if msg == "" {
		msg = http.StatusText(status)
	}
	return &HTTPError{Status: status, Message: msg, Cause: cause}
}

// statusOf maps any error to the HTTP status that should be sent.
func statusOf(err error) int {
	var he *HTTPError
	switch {
	case errors.As(err, &he):
		return he.Status
	case errors.Is(err, ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, ErrMethodNotAllowed):
		return http.StatusMethodNotAllowed
	default:
		return http.StatusInternalServerError
	}
}
