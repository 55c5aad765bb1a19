"""Async worker that pulls tasks from a queue and runs their handlers."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from taskq.errors import RetryExhausted
from taskq.models import Task, TaskResult, TaskStatus
from taskq.queue import TaskQueue
from taskq.registry import TaskRegistry, default_registry
from taskq.retry import ExponentialBackoff, RetryPolicy

log = logging.getLogger(__name__)
ResultHook = Callable[[TaskResult], Awaitable[None] | None]


class Worker:
    def __init__(
        self,
        queue: TaskQueue,
        registry: TaskRegistry = default_registry,
        retry: RetryPolicy | None = None,
        concurrency: int = 4,
    ) -> None:
        self.queue = queue
        self.registry = registry
        self.retry = retry or ExponentialBackoff()
        self._semaphore = asyncio.Semaphore(concurrency)
        self._hooks: list[ResultHook] = []
        self._running = False
        self.results: dict[str, TaskResult] = {}

    def on_result(self, hook: ResultHook) -> ResultHook:
        self._hooks.append(hook)
        return hook

    async def _call(self, task: Task) -> Any:
        handler = self.registry.get(task.name)
        if self.registry.is_async(task.name):
            return await handler(*task.args, **task.kwargs)
        return await asyncio.to_thread(handler, *task.args, **task.kwargs)

    async def run_task(self, task: Task) -> TaskResult:
        async with self._semaphore:
            while True:
                task.mark(TaskStatus.RUNNING)
                started = time.perf_counter()
                try:
                    value = await self._call(task)
                except Exception as exc:  # noqa: BLE001 - handlers may raise anything
                    delay = self.retry.next_delay(task.attempts, exc)
                    if delay is None:
                        task.mark(TaskStatus.FAILED)
                        err = RetryExhausted(task.id, task.attempts, exc)
                        result = TaskResult(task.id, TaskStatus.FAILED, error=str(err))
                        break
                    log.warning("task %s failed (%s), retrying in %.2fs", task.id, exc, delay)
                    await asyncio.sleep(delay)
                else:
                    elapsed = time.perf_counter() - started
                    task.mark(TaskStatus.SUCCEEDED)
                    result = TaskResult(task.id, TaskStatus.SUCCEEDED, value=value, duration=elapsed)
                    break
        await self._publish(result)
        return result

    async def _publish(self, result: TaskResult) -> None:
        self.results[result.task_id] = result
        for hook in self._hooks:
            outcome = hook(result)
            if asyncio.iscoroutine(outcome):
                await outcome

    async def run(self, poll_interval: float = 0.05) -> None:
        self._running = True
        pending: set[asyncio.Task[TaskResult]] = set()
        while self._running:
            task = await asyncio.to_thread(self.queue.pop, poll_interval)
            if task is None:
                continue
            job = asyncio.create_task(self.run_task(task))
            pending.add(job)
            job.add_done_callback(pending.discard)
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    def stop(self) -> None:
        self._running = False
