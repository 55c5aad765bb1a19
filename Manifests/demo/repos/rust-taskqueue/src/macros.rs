//! Convenience macros for building tasks and policies.

/// Builds a [`Task`](crate::Task) from a name, an optional priority and a closure body.
///
/// ```ignore
/// let t = task!("resize", High, |attempt| { println!("try {attempt}"); Ok(()) });
/// ```
#[macro_export]
macro_rules! task {
    ($name:expr, $prio:ident, |$attempt:ident| $body:block) => {
        $crate::Task::new(
            $name,
            $crate::Priority::$prio,
            move |$attempt: u32| -> $crate::task::JobOutcome { $body },
        )
    };
    ($name:expr, |$attempt:ident| $body:block) => {
        $crate::task!($name, Normal, |$attempt| $body)
    };
}

/// Submits several tasks to a pool, returning the ids of the accepted ones.
#[macro_export]
macro_rules! submit_all {
    ($pool:expr; $($task:expr),+ $(,)?) => {{
        let mut ids = ::std::vec::Vec::new();
        $(
            match $pool.submit($task) {
                Ok(id) => ids.push(id),
                Err(err) => eprintln!("submit failed: {err}"),
            }
        )+
        ids
    }};
}

/// Returns early with a job failure message when the condition is false.
#[macro_export]
macro_rules! ensure {
    ($cond:expr, $($fmt:tt)+) => {
        if !$cond {
            return Err(format!($($fmt)+));
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::task::Priority;

    #[test]
    fn task_macro_sets_priority() {
        let mut t = task!("check", High, |attempt| {
            ensure!(attempt > 1, "first attempt always fails ({})", attempt);
            Ok(())
        });
        assert_eq!(t.priority(), Priority::High);
        assert!(t.job.run(1).is_err());
        assert_eq!(t.name(), "check");
    }
}
