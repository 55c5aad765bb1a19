"""Async tests for Worker, retry policies and the scheduler."""

import asyncio

import pytest

from taskq import FixedDelay, Scheduler, TaskQueue, TaskRegistry, Worker, task
from taskq.errors import InvalidSchedule
from taskq.retry import NoRetry, policy_from_spec
from taskq.scheduler import parse_interval


@pytest.fixture
def registry() -> TaskRegistry:
    reg = TaskRegistry()

    @task("math.add", registry=reg)
    def add(a: int, b: int) -> int:
        return a + b

    @task("net.fetch", registry=reg)
    async def fetch(url: str) -> str:
        await asyncio.sleep(0)
        return f"<html>{url}</html>"

    calls = {"n": 0}

    @task("flaky", registry=reg)
    def flaky() -> str:
        calls["n"] += 1
        if calls["n"] < 3:
            raise ConnectionError("try again")
        return "done"

    return reg


@pytest.mark.asyncio
async def test_sync_and_async_handlers(registry: TaskRegistry) -> None:
    worker = Worker(TaskQueue(), registry, retry=NoRetry())
    added = await worker.run_task(registry.make_task("math.add", 2, 3))
    fetched = await worker.run_task(registry.make_task("net.fetch", "x.org"))
    assert (added.value, fetched.value) == (5, "<html>x.org</html>")
    assert added.ok and fetched.ok


@pytest.mark.asyncio
async def test_retry_until_success(registry: TaskRegistry) -> None:
    worker = Worker(TaskQueue(), registry, retry=FixedDelay(seconds=0, max_attempts=5))
    seen = []
    worker.on_result(lambda r: seen.append(r.status.value))
    result = await worker.run_task(registry.make_task("flaky"))
    assert result.value == "done"
    assert seen == ["succeeded"]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("every 5m", 300.0), ("hourly", 3600.0), ("@daily", 86400.0), ("2.5", 2.5), ("every 10s", 10.0)],
)
def test_parse_interval(spec: str, expected: float) -> None:
    assert parse_interval(spec) == pytest.approx(expected)


@pytest.mark.parametrize("spec", ["sometimes", "every 5 parsecs", "-1"])
def test_parse_interval_rejects_garbage(spec: str) -> None:
    with pytest.raises(InvalidSchedule):
        parse_interval(spec)


def test_policy_from_spec() -> None:
    assert isinstance(policy_from_spec(None), NoRetry)
    assert policy_from_spec(4).max_attempts == 4
    assert policy_from_spec("fixed:1.5").delay(1) == 1.5


def test_scheduler_tick(registry: TaskRegistry) -> None:
    queue = TaskQueue()
    sched = Scheduler(queue, registry)
    sched.every("every 1m", "math.add", 1, 1)
    assert len(sched.tick(now=1000.0)) == 1
    assert sched.tick(now=1030.0) == []
    assert len(sched.tick(now=1060.0)) == 1
    assert sched.next_wakeup() == 1120.0
