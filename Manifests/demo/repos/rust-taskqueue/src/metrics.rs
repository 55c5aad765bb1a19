//! Lock-free counters describing what the workers have done.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

/// Counters shared between the pool and its workers.
#[derive(Debug, Default)]
pub struct Metrics {
    completed: AtomicU64,
    failed: AtomicU64,
    retries: AtomicU64,
    busy_micros: AtomicU64,
}

/// Point-in-time copy of [`Metrics`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Snapshot {
    /// Tasks that eventually succeeded.
    pub completed: u64,
    /// Tasks that exhausted their retries.
    pub failed: u64,
    /// Extra attempts made beyond the first.
    pub retries: u64,
    /// Total time spent executing jobs.
    pub busy: Duration,
}

impl Metrics {
    /// Records a finished task.
    pub fn record(&self, outcome: Result<u32, ()>, elapsed: Duration) {
        match outcome {
            Ok(attempts) => {
                self.completed.fetch_add(1, Relaxed);
                self.retries
                    .fetch_add(u64::from(attempts.saturating_sub(1)), Relaxed);
            }
            Err(()) => {
                self.failed.fetch_add(1, Relaxed);
            }
        }
        let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
        self.busy_micros.fetch_add(micros, Relaxed);
    }

    /// Reads all counters.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            completed: self.completed.load(Relaxed),
            failed: self.failed.load(Relaxed),
            retries: self.retries.load(Relaxed),
            busy: Duration::from_micros(self.busy_micros.load(Relaxed)),
        }
    }
}

impl Snapshot {
    /// Fraction of finished tasks that succeeded, or `None` if nothing ran.
    pub fn success_rate(&self) -> Option<f64> {
        let total = self.completed + self.failed;
        (total > 0).then(|| self.completed as f64 / total as f64)
    }
}

impl fmt::Display for Snapshot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "completed={} failed={} retries={} busy={:?}",
            self.completed, self.failed, self.retries, self.busy
        )?;
        if let Some(rate) = self.success_rate() {
            write!(f, " success={:.0}%", rate * 100.0)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot_counts_retries() {
        let m = Metrics::default();
        m.record(Ok(3), Duration::from_millis(2));
        m.record(Err(()), Duration::from_millis(1));
        let s = m.snapshot();
        assert_eq!((s.completed, s.failed, s.retries), (1, 1, 2));
        assert_eq!(s.success_rate(), Some(0.5));
        assert!(s.to_string().starts_with("completed=1 failed=1"));
    }
}
