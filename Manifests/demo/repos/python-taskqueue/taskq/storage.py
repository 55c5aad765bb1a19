"""Persist queue snapshots to JSON so pending work survives restarts."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from taskq.models import Task, TaskStatus
from taskq.queue import TaskQueue

SNAPSHOT_VERSION = 2


@contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[IO[str]]:
    """Write to a temporary file and rename it over *path* on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, mode, encoding="utf-8") as handle:
            yield handle
        os.replace(tmp_name, path)
    except BaseException:
        os.unlink(tmp_name)
        raise


class JsonStore:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def save(self, tasks: Iterable[Task]) -> int:
        payload = {
            "version": SNAPSHOT_VERSION,
            "tasks": [t.to_dict() for t in tasks if not t.status.is_terminal],
        }
        with atomic_write(self.path) as handle:
            json.dump(payload, handle, indent=2, sort_keys=True)
        return len(payload["tasks"])

    def load(self) -> list[Task]:
        if not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as handle:
            payload = json.load(handle)
        if (version := payload.get("version", 1)) > SNAPSHOT_VERSION:
            raise ValueError(f"snapshot version {version} is newer than supported")
        tasks = [Task.from_dict(item) for item in payload.get("tasks", [])]
        # A task that was running when we crashed goes back to pending.
        for t in tasks:
            if t.status is TaskStatus.RUNNING:
                t.status = TaskStatus.PENDING
        return tasks

    def restore_into(self, queue: TaskQueue) -> int:
        restored = 0
        for task in self.load():
            queue.push(task)
            restored += 1
        return restored
