//! A stable priority queue: equal priorities are served in FIFO order.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

/// Heap entry ordering by priority first, then by insertion sequence.
#[derive(Debug)]
struct Entry<P, T> {
    priority: P,
    seq: Reverse<u64>,
    item: T,
}

impl<P: Ord, T> PartialEq for Entry<P, T> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl<P: Ord, T> Eq for Entry<P, T> {}

impl<P: Ord, T> PartialOrd for Entry<P, T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<P: Ord, T> Ord for Entry<P, T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority
            .cmp(&other.priority)
            .then_with(|| self.seq.cmp(&other.seq))
    }
}

/// Max-priority queue that keeps insertion order among equal priorities.
#[derive(Debug)]
pub struct StablePriorityQueue<P, T> {
    heap: BinaryHeap<Entry<P, T>>,
    counter: u64,
}

impl<P: Ord, T> Default for StablePriorityQueue<P, T> {
    fn default() -> Self {
        Self {
            heap: BinaryHeap::new(),
            counter: 0,
        }
    }
}

impl<P: Ord + Copy, T> StablePriorityQueue<P, T> {
    /// Creates an empty queue.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `item` with the given priority.
    pub fn push(&mut self, priority: P, item: T) {
        self.counter += 1;
        self.heap.push(Entry {
            priority,
            seq: Reverse(self.counter),
            item,
        });
    }

    /// Removes and returns the highest-priority, oldest item.
    pub fn pop(&mut self) -> Option<(P, T)> {
        self.heap.pop().map(|e| (e.priority, e.item))
    }

    /// Priority of the next item without removing it.
    pub fn peek_priority(&self) -> Option<P> {
        self.heap.peek().map(|e| e.priority)
    }

    /// Number of queued items.
    pub fn len(&self) -> usize {
        self.heap.len()
    }

    /// Whether the queue is empty.
    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }
}

impl<P: Ord + Copy, T> Iterator for StablePriorityQueue<P, T> {
    type Item = (P, T);

    fn next(&mut self) -> Option<Self::Item> {
        self.pop()
    }
}

impl<P: Ord + Copy, T> FromIterator<(P, T)> for StablePriorityQueue<P, T> {
    fn from_iter<I: IntoIterator<Item = (P, T)>>(iter: I) -> Self {
        let mut q = Self::new();
        for (p, item) in iter {
            q.push(p, item);
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::StablePriorityQueue;

    #[test]
    fn orders_by_priority_then_fifo() {
        let q: StablePriorityQueue<u8, char> = [(1, 'a'), (3, 'b'), (1, 'c'), (3, 'd')]
            .into_iter()
            .collect();
        let order: String = q.map(|(_, c)| c).collect();
        assert_eq!(order, "bdac");
    }
}
