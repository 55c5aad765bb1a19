"""Tests for TaskQueue ordering, cancellation and persistence."""

import pytest

from taskq import Priority, Task, TaskNotFound, TaskQueue, TaskStatus
from taskq.errors import QueueClosed
from taskq.storage import JsonStore


@pytest.fixture
def queue() -> TaskQueue:
    return TaskQueue()


def make(name: str, priority: Priority = Priority.NORMAL, created: float = 0.0) -> Task:
    return Task(name=name, priority=priority, created_at=created)


def test_pop_returns_highest_priority_first(queue: TaskQueue) -> None:
    queue.push(make("low", Priority.LOW, 1.0))
    queue.push(make("critical", Priority.CRITICAL, 2.0))
    queue.push(make("normal", Priority.NORMAL, 0.5))
    names = [queue.pop(timeout=0).name for _ in range(3)]
    assert names == ["critical", "normal", "low"]


def test_same_priority_is_fifo(queue: TaskQueue) -> None:
    for i in range(5):
        queue.push(make(f"job-{i}", created=float(i)))
    assert [t.name for t in queue] == [f"job-{i}" for i in range(5)]


def test_cancelled_tasks_are_skipped(queue: TaskQueue) -> None:
    first = queue.push(make("a", created=1.0))
    queue.push(make("b", created=2.0))
    assert queue.cancel(first) is True
    assert queue.pop(timeout=0).name == "b"
    assert queue.get(first).status is TaskStatus.CANCELLED


def test_cancel_unknown_raises(queue: TaskQueue) -> None:
    with pytest.raises(TaskNotFound):
        queue.cancel("does-not-exist")


def test_closed_queue_rejects_push(queue: TaskQueue) -> None:
    queue.close()
    with pytest.raises(QueueClosed):
        queue.push(make("late"))
    assert queue.pop(timeout=0) is None


@pytest.mark.parametrize("maxsize", [1, 2, 3])
def test_maxsize_is_enforced(maxsize: int) -> None:
    q = TaskQueue(maxsize=maxsize)
    for i in range(maxsize):
        q.push(make(f"t{i}"))
    with pytest.raises(OverflowError, match="queue full"):
        q.push(make("overflow"))


def test_snapshot_round_trip(tmp_path, queue: TaskQueue) -> None:
    queue.push(Task(name="emails.send", args=("a@example.com",), kwargs={"retry": True}, tags=frozenset({"mail"})))
    store = JsonStore(tmp_path / "snap.json")
    assert store.save(queue) == 1
    restored = TaskQueue()
    assert store.restore_into(restored) == 1
    (task,) = list(restored)
    assert task.args == ("a@example.com",)
    assert task.kwargs == {"retry": True}
    assert task.tags == {"mail"}
