// Package ratelimit implements a keyed token-bucket rate limiter.
package ratelimit

import (
	"math"
	"sync"
	"time"
)

// Clock abstracts time so tests can control it.
type Clock interface {
	Now() time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

type bucket struct {
	tokens float64
	last   time.Time
}

// Limiter hands out Rate tokens per second per key, up to Burst at once.
type Limiter[K comparable] struct {
	Rate  float64
	Burst int

	mu      sync.Mutex
	buckets map[K]*bucket
	clock   Clock
	stop    chan struct{}
}

// New creates a limiter and starts a goroutine that forgets idle keys.
func New[K comparable](rate float64, burst int, idle time.Duration) *Limiter[K] {
	l := &Limiter[K]{
		Rate:    rate,
		Burst:   burst,
		buckets: make(map[K]*bucket),
		clock:   systemClock{},
		stop:    make(chan struct{}),
	}
	if idle > 0 {
		go l.janitor(idle)
	}
	return l
}

// WithClock replaces the clock; intended for tests.
func (l *Limiter[K]) WithClock(c Clock) *Limiter[K] {
	l.clock = c
	return l
}

// Allow consumes one token for key. When none is left it reports how long
// the caller should wait before retrying.
func (l *Limiter[K]) Allow(key K) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()

	now := l.clock.Now()
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: float64(l.Burst), last: now}
		l.buckets[key] = b
	}
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = math.Min(float64(l.Burst), b.tokens+elapsed*l.Rate)
	b.last = now

	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	wait := time.Duration((1 - b.tokens) / l.Rate * float64(time.Second))
	return false, wait
}

// Len reports how many keys are currently tracked.
func (l *Limiter[K]) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

// Close stops the background janitor goroutine.
func (l *Limiter[K]) Close() { close(l.stop) }

func (l *Limiter[K]) janitor(idle time.Duration) {
	ticker := time.NewTicker(idle / 2)
	defer ticker.Stop()
	for {
		select {
		case <-l.stop:
			return
		case <-ticker.C:
			cutoff := l.clock.Now().Add(-idle)
			l.mu.Lock()
			for k, b := range l.buckets {
				if b.last.Before(cutoff) {
					delete(l.buckets, k)
				}
			}
			l.mu.Unlock()
		}
	}
}
