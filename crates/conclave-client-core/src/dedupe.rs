//! Exactly-once processing on top of at-least-once delivery: the server redelivers every
//! unacknowledged queue entry after a reconnect, so a client remembers which payloads it has
//! already processed (a bounded window of recent payload ids).

use std::collections::{BTreeSet, VecDeque};

use conclave_proto::PayloadId;

#[derive(Debug, Clone)]
pub struct Dedupe {
    seen: BTreeSet<PayloadId>,
    order: VecDeque<PayloadId>,
    capacity: usize,
}

impl Dedupe {
    pub fn new(capacity: usize) -> Self {
        Dedupe {
            seen: BTreeSet::new(),
            order: VecDeque::new(),
            capacity: capacity.max(1),
        }
    }

    /// True the first time `id` is seen; false for a redelivery.
    pub fn first_time(&mut self, id: PayloadId) -> bool {
        if !self.seen.insert(id) {
            return false;
        }
        self.order.push_back(id);
        if self.order.len() > self.capacity
            && let Some(old) = self.order.pop_front()
        {
            self.seen.remove(&old);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_repeats_within_window() {
        let mut d = Dedupe::new(2);
        assert!(d.first_time(PayloadId(1)));
        assert!(!d.first_time(PayloadId(1)));
        assert!(d.first_time(PayloadId(2)));
        assert!(d.first_time(PayloadId(3)));
        assert!(!d.first_time(PayloadId(3)));
    }
}
