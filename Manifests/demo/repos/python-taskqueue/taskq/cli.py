"""Command line entry point: `python -m taskq.cli run|list|stats`."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import sys
from collections.abc import Sequence

from taskq.queue import TaskQueue
from taskq.registry import default_registry
from taskq.retry import policy_from_spec
from taskq.storage import JsonStore
from taskq.worker import Worker


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="taskq", description="Run and inspect task queues.")
    parser.add_argument("--store", default=".taskq/snapshot.json", help="snapshot file")
    parser.add_argument("--module", "-m", action="append", default=[], help="module defining tasks")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process queued tasks")
    run.add_argument("--concurrency", type=int, default=4)
    run.add_argument("--retry", default="exp", help='retry spec: "none", "exp", "fixed:SECONDS" or a count')

    sub.add_parser("list", help="list registered task names")
    sub.add_parser("stats", help="show counts per status")
    return parser


async def _drain(worker: Worker, queue: TaskQueue) -> None:
    runner = asyncio.create_task(worker.run())
    while len(queue):
        await asyncio.sleep(0.1)
    worker.stop()
    await runner


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    for module in args.module:
        importlib.import_module(module)

    store = JsonStore(args.store)
    queue = TaskQueue()
    restored = store.restore_into(queue)

    if args.command == "list":
        for name in default_registry.names():
            print(f"  {name}{' (async)' if default_registry.is_async(name) else ''}")
    elif args.command == "stats":
        width = max(len(key) for key in queue.stats())
        for status, count in queue.stats().items():
            print(f"{status:<{width}}  {count:>5}")
    elif args.command == "run":
        worker = Worker(queue, retry=policy_from_spec(args.retry), concurrency=args.concurrency)
        print(f"restored {restored} task(s); running with concurrency={args.concurrency}")
        try:
            asyncio.run(_drain(worker, queue))
        except KeyboardInterrupt:
            print("interrupted, saving pending tasks", file=sys.stderr)
        finally:
            store.save(queue)
        failed = [r for r in worker.results.values() if not r.ok]
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
