//! A small in-process task queue.
//!
//! Tasks carry a priority and a retry policy, are stored in a blocking
//! [`TaskQueue`] and executed by a [`WorkerPool`] of OS threads. A minimal
//! single-threaded executor allows jobs to be written as `async fn`s.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[macro_use]
pub mod macros;

pub mod error;
pub mod executor;
pub mod job;
pub mod metrics;
pub mod priority;
pub mod queue;
pub mod retry;
pub mod task;
pub mod worker;

pub use error::{QueueError, Result};
pub use metrics::Metrics;
pub use queue::TaskQueue;
pub use retry::RetryPolicy;
pub use task::{Job, Priority, Task, TaskId};
pub use worker::WorkerPool;

/// Commonly used items, for glob import.
pub mod prelude {
    pub use crate::error::{QueueError, Result};
    pub use crate::executor::block_on;
    pub use crate::task::{Job, JobOutcome, Priority, Task};
    pub use crate::{queue::TaskQueue, retry::RetryPolicy, worker::WorkerPool};
}

/// Library version, taken from the crate manifest at compile time.
pub const VERSION: &str = match option_env!("CARGO_PKG_VERSION") {
    Some(v) => v,
    None => "0.0.0",
};

/// Default number of worker threads used by [`WorkerPool::with_defaults`].
pub const DEFAULT_WORKERS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_is_not_empty() {
        assert!(!VERSION.is_empty());
    }

    #[test]
    fn prelude_exports_compile() {
        use crate::prelude::*;
        let task = Task::new("noop", Priority::Low, |_| Ok(()));
        assert_eq!(task.priority(), Priority::Low);
        let _policy: RetryPolicy = RetryPolicy::default();
    }
}
