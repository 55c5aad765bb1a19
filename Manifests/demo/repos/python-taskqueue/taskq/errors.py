"""Exception hierarchy used across the task queue."""

from __future__ import annotations


class TaskError(Exception):
    """Base class for every error raised by taskq."""

    def __init__(self, message: str, *, task_id: str | None = None) -> None:
        super().__init__(message)
        self.task_id = task_id

    def __str__(self) -> str:
        base = super().__str__()
        return f"[{self.task_id}] {base}" if self.task_id else base


class TaskNotFound(TaskError, KeyError):
    """Raised when a task id or task name is unknown."""


class DuplicateTask(TaskError):
    """Raised when a handler name is registered twice."""


class QueueClosed(TaskError):
    """Raised when pushing to a queue that has been shut down."""


class RetryExhausted(TaskError):
    """Raised when a task failed and its retry policy gave up."""

    def __init__(self, task_id: str, attempts: int, last_error: BaseException | None = None) -> None:
        super().__init__(f"gave up after {attempts} attempts", task_id=task_id)
        self.attempts = attempts
        self.last_error = last_error


class InvalidSchedule(TaskError, ValueError):
    """Raised when a schedule expression cannot be parsed."""

    def __init__(self, expression: str, reason: str) -> None:
        super().__init__(f"invalid schedule {expression!r}: {reason}")
        self.expression = expression
        self.reason = reason
