//! Thread-safe, optionally bounded blocking queue of tasks.

use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::error::{QueueError, Result};
use crate::priority::StablePriorityQueue;
use crate::task::{Priority, Task};

#[derive(Default)]
struct State {
    pending: StablePriorityQueue<Priority, Task>,
    closed: bool,
}

/// A blocking multi-producer, multi-consumer task queue.
pub struct TaskQueue {
    state: Mutex<State>,
    available: Condvar,
    capacity: Option<usize>,
}

impl TaskQueue {
    /// Creates an unbounded queue.
    pub fn new() -> Self {
        Self {
            state: Mutex::default(),
            available: Condvar::new(),
            capacity: None,
        }
    }

    /// Creates a queue that rejects pushes beyond `capacity` pending tasks.
    pub fn bounded(capacity: usize) -> Self {
        Self {
            capacity: Some(capacity),
            ..Self::new()
        }
    }

    /// Enqueues a task, waking one waiting consumer.
    pub fn push(&self, task: Task) -> Result<()> {
        let mut state = self.state.lock()?;
        if state.closed {
            return Err(QueueError::Closed);
        }
        if let Some(capacity) = self.capacity {
            if state.pending.len() >= capacity {
                return Err(QueueError::Full { capacity });
            }
        }
        state.pending.push(task.priority(), task);
        drop(state);
        self.available.notify_one();
        Ok(())
    }

    /// Returns the next task without blocking.
    pub fn try_pop(&self) -> Option<Task> {
        self.state.lock().ok()?.pending.pop().map(|(_, task)| task)
    }

    /// Blocks until a task is available, the queue is closed, or `timeout` elapses.
    /// Returns `Ok(None)` once the queue is closed and drained.
    pub fn pop_timeout(&self, timeout: Duration) -> Result<Option<Task>> {
        let deadline = Instant::now() + timeout;
        let mut state = self.state.lock()?;
        loop {
            if let Some((_, task)) = state.pending.pop() {
                return Ok(Some(task));
            }
            if state.closed {
                return Ok(None);
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(QueueError::Timeout(timeout));
            }
            let (guard, _) = self.available.wait_timeout(state, deadline - now)?;
            state = guard;
        }
    }

    /// Stops accepting tasks and wakes every waiting consumer.
    pub fn close(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.closed = true;
        }
        self.available.notify_all();
    }

    /// Number of pending tasks.
    pub fn len(&self) -> usize {
        self.state.lock().map(|s| s.pending.len()).unwrap_or(0)
    }

    /// Whether no task is pending.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for TaskQueue {
    fn default() -> Self {
        Self::new()
    }
}
