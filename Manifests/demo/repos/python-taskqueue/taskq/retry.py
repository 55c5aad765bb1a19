"""Retry policies deciding whether and when a failed task runs again."""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from dataclasses import dataclass


class RetryPolicy(ABC):
    """Decides the delay before the next attempt, or None to give up."""

    max_attempts: int = 3

    @abstractmethod
    def delay(self, attempt: int) -> float: ...

    def next_delay(self, attempt: int, error: BaseException) -> float | None:
        if attempt >= self.max_attempts or not self.should_retry(error):
            return None
        return self.delay(attempt)

    def should_retry(self, error: BaseException) -> bool:
        # Programming errors are never retried.
        return not isinstance(error, (TypeError, AttributeError, NameError))


@dataclass
class FixedDelay(RetryPolicy):
    seconds: float = 1.0
    max_attempts: int = 3

    def delay(self, attempt: int) -> float:
        return self.seconds


@dataclass
class ExponentialBackoff(RetryPolicy):
    base: float = 0.5
    factor: float = 2.0
    cap: float = 60.0
    jitter: float = 0.1
    max_attempts: int = 5

    def delay(self, attempt: int) -> float:
        raw = min(self.cap, self.base * self.factor ** max(0, attempt - 1))
        spread = raw * self.jitter
        return max(0.0, raw + random.uniform(-spread, spread))


class NoRetry(RetryPolicy):
    max_attempts = 1

    def delay(self, attempt: int) -> float:
        return 0.0


def policy_from_spec(spec: str | int | None) -> RetryPolicy:
    """Build a policy from a short spec such as "fixed:2", "exp" or 0."""
    match spec:
        case None | 0 | "none":
            return NoRetry()
        case int(n) if n > 0:
            return FixedDelay(max_attempts=n)
        case str(text) if text.startswith("fixed:"):
            return FixedDelay(seconds=float(text.split(":", 1)[1]))
        case "exp" | "exponential":
            return ExponentialBackoff()
        case _:
            raise ValueError(f"unknown retry spec: {spec!r}")
