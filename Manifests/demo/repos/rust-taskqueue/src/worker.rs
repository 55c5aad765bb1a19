//! A fixed-size pool of worker threads draining a [`TaskQueue`].

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crate::error::{QueueError, Result};
use crate::metrics::{Metrics, Snapshot};
use crate::queue::TaskQueue;
use crate::task::{Task, TaskId};

/// Notification sent by workers after each task.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The task succeeded after the given number of attempts.
    Done(TaskId, u32),
    /// The task failed permanently.
    Failed(TaskId, String),
}

/// Owns the worker threads; dropping it closes the queue and joins them.
pub struct WorkerPool {
    queue: Arc<TaskQueue>,
    metrics: Arc<Metrics>,
    handles: Vec<JoinHandle<()>>,
    events: Receiver<Event>,
}

impl WorkerPool {
    /// Spawns `workers` threads sharing one queue.
    pub fn new(workers: usize, queue: TaskQueue) -> Self {
        assert!(workers > 0, "a pool needs at least one worker");
        let queue = Arc::new(queue);
        let metrics = Arc::new(Metrics::default());
        let (tx, rx) = mpsc::channel();
        let handles = (0..workers)
            .map(|i| {
                let (queue, metrics, tx) = (Arc::clone(&queue), Arc::clone(&metrics), tx.clone());
                thread::Builder::new()
                    .name(format!("taskqueue-worker-{i}"))
                    .spawn(move || worker_loop(&queue, &metrics, &tx))
                    .expect("failed to spawn worker thread")
            })
            .collect();
        WorkerPool {
            queue,
            metrics,
            handles,
            events: rx,
        }
    }

    /// A pool with [`crate::DEFAULT_WORKERS`] threads and an unbounded queue.
    pub fn with_defaults() -> Self {
        Self::new(crate::DEFAULT_WORKERS, TaskQueue::new())
    }

    /// Submits a task to the shared queue.
    pub fn submit(&self, task: Task) -> Result<TaskId> {
        let id = task.id();
        self.queue.push(task).map(|()| id)
    }

    /// Receives the next worker event, waiting at most `timeout`.
    pub fn next_event(&self, timeout: Duration) -> Option<Event> {
        self.events.recv_timeout(timeout).ok()
    }

    /// Closes the queue, waits for the workers and returns final metrics.
    pub fn shutdown(mut self) -> Snapshot {
        self.queue.close();
        for handle in self.handles.drain(..) {
            let _ = handle.join();
        }
        self.metrics.snapshot()
    }
}

fn worker_loop(queue: &TaskQueue, metrics: &Metrics, events: &Sender<Event>) {
    loop {
        let mut task = match queue.pop_timeout(Duration::from_millis(50)) {
            Ok(Some(task)) => task,
            Ok(None) => break,
            Err(QueueError::Timeout(_)) => continue,
            Err(_) => break,
        };
        let started = Instant::now();
        let event = match task.execute() {
            Ok(attempts) => {
                metrics.record(Ok(attempts), started.elapsed());
                Event::Done(task.id(), attempts)
            }
            Err(err) => {
                metrics.record(Err(()), started.elapsed());
                Event::Failed(task.id(), err.to_string())
            }
        };
        if events.send(event).is_err() {
            break;
        }
    }
}

impl Drop for WorkerPool {
    fn drop(&mut self) {
        self.queue.close();
        self.handles.drain(..).for_each(|h| drop(h.join()));
    }
}
