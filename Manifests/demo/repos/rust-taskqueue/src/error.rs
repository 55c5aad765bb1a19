//! Error type shared by the whole crate.

use std::fmt;
use std::sync::PoisonError;
use std::time::Duration;

use crate::task::TaskId;

/// Everything that can go wrong while queueing or running tasks.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum QueueError {
    /// The queue was closed and accepts no more tasks.
    Closed,
    /// The queue is at capacity.
    Full {
        /// Configured maximum number of pending tasks.
        capacity: usize,
    },
    /// Waiting for a task timed out.
    Timeout(Duration),
    /// A job failed; the message comes from the job itself.
    JobFailed {
        /// The task that failed.
        id: TaskId,
        /// Human readable reason.
        reason: String,
    },
    /// A lock was poisoned by a panicking thread.
    Poisoned,
}

/// Convenience alias used by every fallible function in the crate.
pub type Result<T, E = QueueError> = std::result::Result<T, E>;

impl fmt::Display for QueueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueueError::Closed => write!(f, "queue is closed"),
            QueueError::Full { capacity } => write!(f, "queue is full ({capacity} tasks)"),
            QueueError::Timeout(d) => write!(f, "timed out after {:.1?}", d),
            QueueError::JobFailed { id, reason } => write!(f, "task {id} failed: {reason}"),
            QueueError::Poisoned => f.write_str("internal lock poisoned"),
        }
    }
}

impl std::error::Error for QueueError {}

impl<T> From<PoisonError<T>> for QueueError {
    fn from(_: PoisonError<T>) -> Self {
        QueueError::Poisoned
    }
}

impl QueueError {
    /// Returns `true` for errors after which retrying may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            QueueError::Full { .. } | QueueError::Timeout(_) | QueueError::JobFailed { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_messages() {
        let err = QueueError::Full { capacity: 8 };
        assert_eq!(err.to_string(), "queue is full (8 tasks)");
        assert!(err.is_retryable());
        assert!(!QueueError::Closed.is_retryable());
    }
}
