//! Retry policies with optional exponential backoff.

use std::time::Duration;

/// Decides whether and when a failed job is attempted again.
#[derive(Debug, Clone, PartialEq)]
pub enum RetryPolicy {
    /// Never retry.
    Never,
    /// Retry up to `max_attempts` times with a constant delay.
    Fixed {
        /// Total attempts including the first one.
        max_attempts: u32,
        /// Delay between attempts.
        delay: Duration,
    },
    /// Retry with a delay that doubles (times `factor`) after each failure.
    Exponential {
        /// Total attempts including the first one.
        max_attempts: u32,
        /// Delay after the first failure.
        base: Duration,
        /// Growth factor applied per attempt.
        factor: f64,
        /// Upper bound for any single delay.
        cap: Duration,
    },
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::Fixed {
            max_attempts: 3,
            delay: Duration::from_millis(10),
        }
    }
}

impl RetryPolicy {
    /// Exponential policy with a factor of 2 and a 30 second cap.
    pub fn exponential(max_attempts: u32, base: Duration) -> Self {
        RetryPolicy::Exponential {
            max_attempts,
            base,
            factor: 2.0,
            cap: Duration::from_secs(30),
        }
    }

    /// Whether another attempt is allowed after `attempt` failed attempts.
    pub fn should_retry(&self, attempt: u32) -> bool {
        match *self {
            RetryPolicy::Never => false,
            RetryPolicy::Fixed { max_attempts, .. }
            | RetryPolicy::Exponential { max_attempts, .. } => attempt < max_attempts,
        }
    }

    /// Delay to wait after the given failed attempt (1-based).
    pub fn delay_for(&self, attempt: u32) -> Duration {
        match self {
            RetryPolicy::Never => Duration::ZERO,
            RetryPolicy::Fixed { delay, .. } => *delay,
            RetryPolicy::Exponential {
                base, factor, cap, ..
            } => {
                let exp = attempt.saturating_sub(1) as i32;
                let secs = base.as_secs_f64() * factor.powi(exp);
                Duration::from_secs_f64(secs.min(cap.as_secs_f64()))
            }
        }
    }

    /// Sum of all delays if every attempt fails.
    pub fn worst_case_delay(&self) -> Duration {
        (1..u32::MAX)
            .take_while(|&a| self.should_retry(a))
            .map(|a| self.delay_for(a))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exponential_backoff_is_capped() {
        let policy = RetryPolicy::Exponential {
            max_attempts: 10,
            base: Duration::from_millis(100),
            factor: 3.0,
            cap: Duration::from_secs(1),
        };
        assert_eq!(policy.delay_for(1), Duration::from_millis(100));
        assert_eq!(policy.delay_for(3), Duration::from_millis(900));
        assert_eq!(policy.delay_for(7), Duration::from_secs(1));
        assert!(policy.should_retry(9) && !policy.should_retry(10));
    }

    #[test]
    fn never_has_no_delay() {
        assert_eq!(RetryPolicy::Never.worst_case_delay(), Duration::ZERO);
        assert_eq!(
            RetryPolicy::default().worst_case_delay(),
            Duration::from_millis(20)
        );
    }
}
