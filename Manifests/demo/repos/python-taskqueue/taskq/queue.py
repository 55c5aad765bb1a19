"""A thread-safe priority queue of tasks."""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from taskq.errors import QueueClosed, TaskNotFound
from taskq.models import Task, TaskStatus


class TaskQueue:
    """Priority queue ordered by (priority, creation time)."""

    def __init__(self, maxsize: int = 0) -> None:
        self._heap: list[Task] = []
        self._index: dict[str, Task] = {}
        self._lock = threading.RLock()
        self._not_empty = threading.Condition(self._lock)
        self._closed = False
        self.maxsize = maxsize

    def __len__(self) -> int:
        with self._lock:
            return sum(1 for t in self._heap if t.status is TaskStatus.PENDING)

    def __iter__(self) -> Iterator[Task]:
        with self._lock:
            yield from sorted(t for t in self._heap if t.status is TaskStatus.PENDING)

    def push(self, task: Task) -> str:
        with self._lock:
            if self._closed:
                raise QueueClosed("queue is closed", task_id=task.id)
            if self.maxsize and len(self) >= self.maxsize:
                raise OverflowError(f"queue full ({self.maxsize} tasks)")
            heapq.heappush(self._heap, task)
            self._index[task.id] = task
            self._not_empty.notify()
            return task.id

    def pop(self, timeout: float | None = None) -> Task | None:
        with self._not_empty:
            while True:
                while self._heap and self._heap[0].status is not TaskStatus.PENDING:
                    heapq.heappop(self._heap)  # drop cancelled entries lazily
                if self._heap:
                    return heapq.heappop(self._heap)
                if self._closed or not self._not_empty.wait(timeout):
                    return None

    def cancel(self, task_id: str) -> bool:
        with self._lock:
            task = self._index.get(task_id)
            if task is None:
                raise TaskNotFound("unknown task", task_id=task_id)
            if task.status.is_terminal:
                return False
            task.mark(TaskStatus.CANCELLED)
            return True

    def get(self, task_id: str) -> Task:
        try:
            return self._index[task_id]
        except KeyError:
            raise TaskNotFound("unknown task", task_id=task_id) from None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._not_empty.notify_all()

    @contextmanager
    def paused(self) -> Iterator["TaskQueue"]:
        """Hold the lock so no worker can pop while the block runs."""
        self._lock.acquire()
        try:
            yield self
        finally:
            self._lock.release()

    def stats(self) -> dict[str, int]:
        counts = {status.value: 0 for status in TaskStatus}
        for task in self._index.values():
            counts[task.status.value] += 1
        return counts
