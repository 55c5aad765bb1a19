@testable import M2RCKit

/// Realistic files for the dedup tests: a scheduler module, its copy in another repository with a variable renamed
/// and a line changed, and a different module of the same project (shared vocabulary, different code).
enum DedupFixtures {
    static let scheduler = """
    import heapq
    import time
    from dataclasses import dataclass, field


    @dataclass(order=True)
    class ScheduledTask:
        due_at: float
        priority: int
        name: str = field(compare=False)
        retries: int = field(default=0, compare=False)


    class Scheduler:
        \"\"\"Runs tasks when they fall due, highest priority first, retrying failures with backoff.\"\"\"

        def __init__(self, clock=time.monotonic, max_retries=3, backoff_seconds=2.0):
            self._clock = clock
            self._queue = []
            self._max_retries = max_retries
            self._backoff_seconds = backoff_seconds
            self._handlers = {}

        def register(self, name, handler):
            if name in self._handlers:
                raise ValueError(f"handler already registered: {name}")
            self._handlers[name] = handler

        def schedule(self, name, delay=0.0, priority=0):
            task = ScheduledTask(self._clock() + delay, -priority, name)
            heapq.heappush(self._queue, task)
            return task

        def pending(self):
            return [task.name for task in sorted(self._queue)]

        def run_due(self):
            now = self._clock()
            completed = []
            while self._queue and self._queue[0].due_at <= now:
                task = heapq.heappop(self._queue)
                handler = self._handlers.get(task.name)
                if handler is None:
                    continue
                try:
                    handler()
                    completed.append(task.name)
                except Exception:
                    if task.retries < self._max_retries:
                        delay = self._backoff_seconds * (2 ** task.retries)
                        retry = ScheduledTask(now + delay, task.priority, task.name, task.retries + 1)
                        heapq.heappush(self._queue, retry)
            return completed

        def cancel(self, name):
            before = len(self._queue)
            self._queue = [task for task in self._queue if task.name != name]
            heapq.heapify(self._queue)
            return before - len(self._queue)

    """

    /// The scheduler with `completed` renamed to `finished` and the backoff line rewritten.
    static let schedulerCopy = replacing(
        "delay = self._backoff_seconds * (2 ** task.retries)",
        with: "delay = min(60.0, self._backoff_seconds * 2 ** task.retries)",
        in: replacing("completed", with: "finished", in: scheduler))

    static let workerPool = """
    import queue
    import threading


    class WorkerPool:
        \"\"\"A fixed set of threads that take callables from a queue and record their results.\"\"\"

        def __init__(self, size=4):
            self._jobs = queue.Queue()
            self._results = {}
            self._lock = threading.Lock()
            self._threads = [threading.Thread(target=self._work, daemon=True) for _ in range(size)]
            for thread in self._threads:
                thread.start()

        def submit(self, key, job):
            self._jobs.put((key, job))

        def _work(self):
            while True:
                key, job = self._jobs.get()
                try:
                    outcome = ("ok", job())
                except Exception as error:
                    outcome = ("error", repr(error))
                with self._lock:
                    self._results[key] = outcome
                self._jobs.task_done()

        def wait(self):
            self._jobs.join()
            with self._lock:
                return dict(self._results)

        def failures(self):
            with self._lock:
                return sorted(key for key, (status, _) in self._results.items() if status == "error")

    """

    static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        text.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    static func file(_ repository: String, _ path: String, stars: Int, split: Split = .instruct,
                     language: Language = .python, _ text: String) -> DedupDocument {
        DedupDocument(repository: repository, path: path, language: language, stars: stars, split: split,
                      content: Array(text.utf8))
    }
}
