//! Integration tests exercising the public API end to end.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use taskqueue::prelude::*;
use taskqueue::worker::Event;
use taskqueue::{ensure, submit_all, task};

const WAIT: Duration = Duration::from_secs(2);

#[test]
fn pool_runs_every_task() {
    let pool = WorkerPool::new(3, TaskQueue::bounded(64));
    let counter = Arc::new(AtomicUsize::new(0));
    for i in 0..20usize {
        let counter = Arc::clone(&counter);
        let prio = if i % 2 == 0 {
            Priority::High
        } else {
            Priority::Low
        };
        pool.submit(Task::new(format!("inc-{i}"), prio, move |_| {
            counter.fetch_add(i, Ordering::SeqCst);
            Ok(())
        }))
        .expect("queue has room");
    }
    let events: Vec<Event> = (0..20).filter_map(|_| pool.next_event(WAIT)).collect();
    assert_eq!(events.len(), 20);
    assert_eq!(counter.load(Ordering::SeqCst), (0..20).sum::<usize>());
    let stats = pool.shutdown();
    assert_eq!(stats.completed, 20);
}

#[test]
fn failing_task_is_retried_then_reported() {
    let pool = WorkerPool::new(1, TaskQueue::new());
    let flaky = task!("flaky", |attempt| {
        ensure!(attempt >= 3, "not yet ({attempt})");
        Ok(())
    });
    let doomed = Task::new("doomed", Priority::Normal, |_| Err("boom".to_string()))
        .with_retry(RetryPolicy::exponential(2, Duration::from_millis(1)));

    let ids = submit_all!(pool; flaky, doomed);
    assert_eq!(ids.len(), 2);

    let mut done = Vec::new();
    while let Some(event) = pool.next_event(WAIT) {
        done.push(event);
        if done.len() == 2 {
            break;
        }
    }
    assert!(done.contains(&Event::Done(ids[0], 3)));
    assert!(
        matches!(&done[..], [_, Event::Failed(id, msg)] if *id == ids[1] && msg.contains("boom"))
    );
    let stats = pool.shutdown();
    assert_eq!((stats.completed, stats.failed, stats.retries), (1, 1, 2));
}

#[test]
fn closed_queue_rejects_tasks() {
    let queue = TaskQueue::bounded(1);
    queue
        .push(Task::new("a", Priority::Low, |_| Ok(())))
        .unwrap();
    assert_eq!(
        queue.push(Task::new("b", Priority::Low, |_| Ok(()))),
        Err(QueueError::Full { capacity: 1 })
    );
    queue.close();
    assert!(matches!(
        queue.push(Task::new("c", Priority::Low, |_| Ok(()))),
        Err(QueueError::Closed)
    ));
    assert!(queue
        .pop_timeout(Duration::from_millis(5))
        .unwrap()
        .is_some());
    assert!(queue
        .pop_timeout(Duration::from_millis(5))
        .unwrap()
        .is_none());
}
