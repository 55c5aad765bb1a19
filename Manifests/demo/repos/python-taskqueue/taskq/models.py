"""Core data types: tasks, their status and results."""

from __future__ import annotations

import enum
import time
import uuid
from dataclasses import dataclass, field
from typing import Any


class Priority(enum.IntEnum):
    LOW = 0
    NORMAL = 5
    HIGH = 10
    CRITICAL = 20


class TaskStatus(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def is_terminal(self) -> bool:
        return self in (TaskStatus.SUCCEEDED, TaskStatus.FAILED, TaskStatus.CANCELLED)


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(order=True)
class Task:
    """A unit of work: a handler name plus its arguments."""

    sort_key: tuple[int, float] = field(init=False, repr=False)
    name: str = field(compare=False)
    args: tuple[Any, ...] = field(default=(), compare=False)
    kwargs: dict[str, Any] = field(default_factory=dict, compare=False)
    priority: Priority = field(default=Priority.NORMAL, compare=False)
    id: str = field(default_factory=_new_id, compare=False)
    created_at: float = field(default_factory=time.time, compare=False)
    attempts: int = field(default=0, compare=False)
    status: TaskStatus = field(default=TaskStatus.PENDING, compare=False)
    tags: frozenset[str] = field(default_factory=frozenset, compare=False)

    def __post_init__(self) -> None:
        # Higher priority first, then FIFO by creation time.
        self.sort_key = (-int(self.priority), self.created_at)

    def mark(self, status: TaskStatus) -> "Task":
        self.status = status
        if status is TaskStatus.RUNNING:
            self.attempts += 1
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "args": list(self.args),
            "kwargs": dict(self.kwargs),
            "priority": self.priority.name,
            "created_at": self.created_at,
            "attempts": self.attempts,
            "status": self.status.value,
            "tags": sorted(self.tags),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Task":
        task = cls(
            name=data["name"],
            args=tuple(data.get("args", ())),
            kwargs=data.get("kwargs", {}),
            priority=Priority[data.get("priority", "NORMAL")],
            id=data["id"],
            created_at=data.get("created_at", time.time()),
            tags=frozenset(data.get("tags", ())),
        )
        task.attempts = data.get("attempts", 0)
        task.status = TaskStatus(data.get("status", "pending"))
        return task


@dataclass(frozen=True, slots=True)
class TaskResult:
    task_id: str
    status: TaskStatus
    value: Any = None
    error: str | None = None
    duration: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status is TaskStatus.SUCCEEDED
