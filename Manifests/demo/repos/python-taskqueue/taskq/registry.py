"""Handler registry and the @task decorator."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from taskq.errors import DuplicateTask, TaskNotFound
from taskq.models import Priority, Task

P = ParamSpec("P")
R = TypeVar("R")


class TaskRegistry:
    """Maps task names to handler callables (sync or async)."""

    def __init__(self) -> None:
        self._handlers: dict[str, Callable[..., Any]] = {}
        self._defaults: dict[str, Priority] = {}

    def __contains__(self, name: object) -> bool:
        return name in self._handlers

    def __len__(self) -> int:
        return len(self._handlers)

    def register(self, name: str, handler: Callable[..., Any], priority: Priority = Priority.NORMAL) -> None:
        if name in self._handlers:
            raise DuplicateTask(f"handler {name!r} already registered")
        self._handlers[name] = handler
        self._defaults[name] = priority

    def get(self, name: str) -> Callable[..., Any]:
        try:
            return self._handlers[name]
        except KeyError:
            raise TaskNotFound(f"no handler named {name!r}") from None

    def is_async(self, name: str) -> bool:
        return inspect.iscoroutinefunction(self.get(name))

    def names(self) -> list[str]:
        return sorted(self._handlers)

    def make_task(self, name: str, *args: Any, **kwargs: Any) -> Task:
        priority = kwargs.pop("_priority", self._defaults.get(name, Priority.NORMAL))
        return Task(name=name, args=args, kwargs=kwargs, priority=priority)


default_registry = TaskRegistry()


def task(
    name: str | None = None,
    *,
    priority: Priority = Priority.NORMAL,
    registry: TaskRegistry | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register the decorated function as a task handler.

    >>> @task("emails.send", priority=Priority.HIGH)
    ... def send(to: str) -> None: ...
    """

    target = registry if registry is not None else default_registry

    def decorator(func: Callable[P, R]) -> Callable[P, R]:
        task_name = name or f"{func.__module__}.{func.__qualname__}"
        target.register(task_name, func, priority)

        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            return func(*args, **kwargs)

        wrapper.task_name = task_name  # type: ignore[attr-defined]
        return wrapper

    return decorator
