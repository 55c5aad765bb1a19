"""Periodic scheduling: turns schedule expressions into queued tasks."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

from taskq.errors import InvalidSchedule
from taskq.queue import TaskQueue
from taskq.registry import TaskRegistry, default_registry

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"^every\s+(\d+)([smhd])$")


def parse_interval(expression: str) -> float:
    """Parse "every 5m", "hourly", "@daily" or a bare number of seconds."""
    text = expression.strip().lower()
    match text.split():
        case ["hourly"] | ["@hourly"]:
            return 3600.0
        case ["daily"] | ["@daily"]:
            return 86400.0
        case ["every", amount] if amount[:-1].isdigit() and amount[-1] in _UNITS:
            return float(int(amount[:-1]) * _UNITS[amount[-1]])
        case [number] if number.replace(".", "", 1).isdigit():
            seconds = float(number)
            if seconds <= 0:
                raise InvalidSchedule(expression, "interval must be positive")
            return seconds
        case _:
            found = _EVERY.match(text)
            if found is None:
                raise InvalidSchedule(expression, "unrecognised format")
            return float(int(found.group(1)) * _UNITS[found.group(2)])


@dataclass
class ScheduleEntry:
    task_name: str
    interval: float
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    next_run: float = 0.0
    runs: int = 0

    def due(self, now: float) -> bool:
        return now >= self.next_run


class Scheduler:
    def __init__(self, queue: TaskQueue, registry: TaskRegistry = default_registry) -> None:
        self.queue = queue
        self.registry = registry
        self.entries: list[ScheduleEntry] = []

    def every(self, expression: str, task_name: str, *args: Any, **kwargs: Any) -> ScheduleEntry:
        if task_name not in self.registry:
            raise InvalidSchedule(expression, f"unknown task {task_name!r}")
        entry = ScheduleEntry(task_name, parse_interval(expression), args, kwargs)
        self.entries.append(entry)
        return entry

    def tick(self, now: float | None = None) -> list[str]:
        """Enqueue every due entry and return the ids of the new tasks."""
        now = time.time() if now is None else now
        queued = []
        for entry in (e for e in self.entries if e.due(now)):
            task = self.registry.make_task(entry.task_name, *entry.args, **entry.kwargs)
            queued.append(self.queue.push(task))
            entry.runs += 1
            entry.next_run = now + entry.interval
        return queued

    def next_wakeup(self) -> float | None:
        return min((e.next_run for e in self.entries), default=None)
