//! Tasks and their identifiers.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::QueueError;
pub use crate::job::{Job, JobOutcome};
use crate::retry::RetryPolicy;

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Unique, monotonically increasing task identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TaskId(pub u64);

impl TaskId {
    fn next() -> Self {
        TaskId(NEXT_ID.fetch_add(1, Ordering::Relaxed))
    }
}

impl fmt::Display for TaskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// Scheduling priority; higher priorities run first.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    /// Background work.
    Low = 0,
    /// The default.
    #[default]
    Normal = 1,
    /// User-facing work.
    High = 2,
}

/// A job together with its scheduling metadata.
pub struct Task {
    id: TaskId,
    name: String,
    priority: Priority,
    pub(crate) retry: RetryPolicy,
    pub(crate) job: Box<dyn Job>,
}

impl Task {
    /// Creates a task with the default retry policy.
    pub fn new<J: Job>(name: impl Into<String>, priority: Priority, job: J) -> Self {
        Task {
            id: TaskId::next(),
            name: name.into(),
            priority,
            retry: RetryPolicy::default(),
            job: Box::new(job),
        }
    }

    /// Builder-style override of the retry policy.
    #[must_use]
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The task's identifier.
    pub fn id(&self) -> TaskId {
        self.id
    }

    /// The task's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The task's priority.
    pub fn priority(&self) -> Priority {
        self.priority
    }

    /// Runs the job until it succeeds or the retry policy gives up.
    pub fn execute(&mut self) -> Result<u32, QueueError> {
        let mut attempt = 1;
        loop {
            match self.job.run(attempt) {
                Ok(()) => return Ok(attempt),
                Err(reason) if self.retry.should_retry(attempt) => {
                    std::thread::sleep(self.retry.delay_for(attempt));
                    log_retry(self.id, attempt, &reason);
                    attempt += 1;
                }
                Err(reason) => {
                    return Err(QueueError::JobFailed {
                        id: self.id,
                        reason,
                    })
                }
            }
        }
    }
}

fn log_retry(id: TaskId, attempt: u32, reason: &str) {
    if cfg!(debug_assertions) {
        eprintln!("task {id}: attempt {attempt} failed ({reason}), retrying");
    }
}

impl fmt::Debug for Task {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Task")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("priority", &self.priority)
            .finish_non_exhaustive()
    }
}
