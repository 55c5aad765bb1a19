//! A tiny single-threaded executor so jobs can be written as `async fn`.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex};
use std::task::{Context, Poll, Wake, Waker};

use crate::task::JobOutcome;

/// Wakes the blocked thread by flipping a flag under a mutex.
struct Signal {
    woken: Mutex<bool>,
    cond: Condvar,
}

impl Wake for Signal {
    fn wake(self: Arc<Self>) {
        *self.woken.lock().unwrap() = true;
        self.cond.notify_one();
    }
}

/// Runs a future to completion on the current thread.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = Box::pin(future);
    let signal = Arc::new(Signal {
        woken: Mutex::new(false),
        cond: Condvar::new(),
    });
    let waker = Waker::from(Arc::clone(&signal));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        let mut woken = signal.woken.lock().unwrap();
        while !*woken {
            woken = signal.cond.wait(woken).unwrap();
        }
        *woken = false;
    }
}

/// A future that is pending exactly once, letting other work interleave.
#[derive(Debug, Default)]
pub struct YieldNow {
    yielded: bool,
}

impl Future for YieldNow {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            Poll::Ready(())
        } else {
            self.yielded = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Yields control back to the executor once.
pub async fn yield_now() {
    YieldNow::default().await
}

/// Adapts an async closure into a synchronous [`crate::Job`] closure.
pub fn async_job<F, Fut>(mut make: F) -> impl FnMut(u32) -> JobOutcome + Send + 'static
where
    F: FnMut(u32) -> Fut + Send + 'static,
    Fut: Future<Output = JobOutcome>,
{
    move |attempt| block_on(make(attempt))
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn add_slowly(a: u32, b: u32) -> u32 {
        yield_now().await;
        a + b
    }

    #[test]
    fn runs_async_fn() {
        assert_eq!(block_on(add_slowly(2, 3)), 5);
        let mut job = async_job(|attempt| async move {
            if attempt < 2 {
                Err(format!("attempt {attempt}"))
            } else {
                Ok(())
            }
        });
        assert!(job(1).is_err());
        assert!(job(2).is_ok());
    }
}
