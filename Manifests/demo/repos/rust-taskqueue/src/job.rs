//! The [`Job`] trait and helpers for building jobs.

use std::fmt;

/// Result of a single job attempt.
pub type JobOutcome = Result<(), String>;

/// Something that can be executed by a worker, possibly several times.
pub trait Job: Send + 'static {
    /// Runs one attempt; `attempt` starts at 1.
    fn run(&mut self, attempt: u32) -> JobOutcome;

    /// Optional label used in logs and metrics.
    fn name(&self) -> &str {
        "anonymous"
    }
}

impl<F> Job for F
where
    F: FnMut(u32) -> JobOutcome + Send + 'static,
{
    fn run(&mut self, attempt: u32) -> JobOutcome {
        self(attempt)
    }
}

/// Wraps a job and gives it a name.
pub struct Named<J> {
    label: &'static str,
    inner: J,
}

impl<J: Job> Named<J> {
    /// Attaches `label` to `inner`.
    pub fn new(label: &'static str, inner: J) -> Self {
        Named { label, inner }
    }
}

impl<J: Job> Job for Named<J> {
    fn run(&mut self, attempt: u32) -> JobOutcome {
        self.inner
            .run(attempt)
            .map_err(|e| format!("{}: {e}", self.label))
    }

    fn name(&self) -> &str {
        self.label
    }
}

impl<J> fmt::Debug for Named<J> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Named").field(&self.label).finish()
    }
}

/// Runs `jobs` in order until one fails, as a single job.
pub struct Sequence(pub Vec<Box<dyn Job>>);

impl Job for Sequence {
    fn run(&mut self, attempt: u32) -> JobOutcome {
        self.0.iter_mut().try_for_each(|job| job.run(attempt))
    }

    fn name(&self) -> &str {
        "sequence"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_prefixes_errors() {
        let mut job = Named::new("upload", |_| Err::<(), _>("disk full".to_owned()));
        assert_eq!(job.name(), "upload");
        assert_eq!(job.run(1), Err("upload: disk full".to_owned()));
    }

    #[test]
    fn sequence_stops_at_first_failure() {
        let mut seq = Sequence(vec![
            Box::new(|_| Ok(())),
            Box::new(|a| Err(format!("step 2, attempt {a}"))),
        ]);
        assert_eq!(seq.run(4), Err("step 2, attempt 4".to_string()));
    }
}
