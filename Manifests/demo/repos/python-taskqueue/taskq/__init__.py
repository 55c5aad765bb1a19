"""taskq: a small in-process task queue with priorities, retries and async workers."""

from taskq.errors import RetryExhausted, TaskError, TaskNotFound
from taskq.models import Priority, Task, TaskResult, TaskStatus
from taskq.queue import TaskQueue
from taskq.registry import TaskRegistry, default_registry, task
from taskq.retry import ExponentialBackoff, FixedDelay, RetryPolicy
from taskq.scheduler import Scheduler
from taskq.worker import Worker

__all__ = [
    "ExponentialBackoff",
    "FixedDelay",
    "Priority",
    "RetryExhausted",
    "RetryPolicy",
    "Scheduler",
    "Task",
    "TaskError",
    "TaskNotFound",
    "TaskQueue",
    "TaskRegistry",
    "TaskResult",
    "TaskStatus",
    "Worker",
    "default_registry",
    "task",
]

__version__ = "0.3.1"


def version_info() -> tuple[int, ...]:
    """Return the package version as a tuple of integers."""
    return tuple(int(part) for part in __version__.split("."))
