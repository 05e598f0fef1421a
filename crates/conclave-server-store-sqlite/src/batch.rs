//! What one group commit carries besides its SQL: the queue counters and payload references
//! its message operations changed, written once per batch instead of once per delivery.
//!
//! A message to a group of 20 touches 19 devices' `next_seq`/`queue_len` and, when the 19
//! deliveries are acknowledged, decrements one payload's `refs` 19 times. Done in SQL as they
//! happen that was 76 of the ~135 statements a message cost; a batch of many messages to the
//! same group touches the same few rows again and again. The hot operations (`enqueue`, `post`,
//! `commit`, `ack`) therefore keep those values here and the writer writes each changed row
//! once, just before `COMMIT`.
//!
//! Invariants:
//! - Hot operations read and change `devices.next_seq`, `devices.queue_len` and
//!   `payloads.refs` only through this cache, and never delete a device or a payload.
//! - Every other write operation begins with [`Batch::flush`], so it sees (and may change)
//!   exact rows, and the cache is empty again when it runs.
//! - An operation's own changes are staged apart and join the batch only when the operation
//!   succeeded (its savepoint released); a failed operation leaves no trace here, as it leaves
//!   none in SQL.
//! - A failed flush fails the whole batch (it is rolled back, every caller is told).

use std::{
    cell::{Cell, RefCell},
    collections::BTreeMap,
    ops::Deref,
};

use conclave_server_core::StoreError;
use rusqlite::{Connection, OptionalExtension, params};

use crate::backend;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeviceCounters {
    pub next_seq: i64,
    pub queue_len: i64,
}

#[derive(Debug, Default)]
struct Pending {
    /// Current values of devices this batch touched (`dirty` when they differ from the row).
    devices: BTreeMap<i64, (DeviceCounters, bool)>,
    /// References to drop per payload.
    releases: BTreeMap<i64, i64>,
}

impl Pending {
    fn is_empty(&self) -> bool {
        self.devices.is_empty() && self.releases.is_empty()
    }
}

pub struct Batch<'c> {
    conn: &'c Connection,
    batch: RefCell<Pending>,
    op: RefCell<Pending>,
    failed: Cell<bool>,
}

impl Deref for Batch<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl<'c> Batch<'c> {
    pub fn new(conn: &'c Connection) -> Self {
        Batch {
            conn,
            batch: RefCell::default(),
            op: RefCell::default(),
            failed: Cell::new(false),
        }
    }

    /// A device's counters as this operation sees them, or `None` when there is no such device.
    pub fn device_counters(&self, device: i64) -> Result<Option<DeviceCounters>, StoreError> {
        if let Some(&(c, _)) = self.op.borrow().devices.get(&device) {
            return Ok(Some(c));
        }
        if let Some(&(c, _)) = self.batch.borrow().devices.get(&device) {
            return Ok(Some(c));
        }
        let row = self
            .conn
            .prepare_cached("SELECT next_seq, queue_len FROM devices WHERE id = ?1")
            .map_err(backend)?
            .query_row([device], |r| {
                Ok(DeviceCounters {
                    next_seq: r.get(0)?,
                    queue_len: r.get(1)?,
                })
            })
            .optional()
            .map_err(backend)?;
        if let Some(c) = row {
            self.op.borrow_mut().devices.insert(device, (c, false));
        }
        Ok(row)
    }

    /// Sets a device's counters (read first with [`Batch::device_counters`]).
    pub fn set_device_counters(&self, device: i64, counters: DeviceCounters) {
        self.op
            .borrow_mut()
            .devices
            .insert(device, (counters, true));
    }

    /// Drops `n` references to a payload; the payload row goes when none is left.
    pub fn release_payload(&self, payload: i64, n: i64) {
        *self.op.borrow_mut().releases.entry(payload).or_default() += n;
    }

    /// Ends an operation: its staged changes join the batch if it succeeded, else vanish.
    pub fn end_op(&self, succeeded: bool) {
        let op = std::mem::take(&mut *self.op.borrow_mut());
        if !succeeded {
            return;
        }
        let mut batch = self.batch.borrow_mut();
        for (device, (counters, dirty)) in op.devices {
            let entry = batch.devices.entry(device).or_insert((counters, false));
            entry.0 = counters;
            entry.1 |= dirty;
        }
        for (payload, n) in op.releases {
            *batch.releases.entry(payload).or_default() += n;
        }
    }

    /// Marks the batch as failed: it will be rolled back and every caller told.
    pub fn fail(&self) {
        self.failed.set(true);
    }

    /// Writes every cached change to its row and empties the cache.
    pub fn flush(&self) -> Result<(), StoreError> {
        if self.failed.get() {
            return Err(StoreError::Backend(
                "an earlier write of this batch failed".into(),
            ));
        }
        let pending = std::mem::take(&mut *self.batch.borrow_mut());
        if pending.is_empty() {
            return Ok(());
        }
        let result = self.write(pending);
        if result.is_err() {
            self.failed.set(true);
        }
        result
    }

    fn write(&self, pending: Pending) -> Result<(), StoreError> {
        let c = self.conn;
        let mut set = c
            .prepare_cached("UPDATE devices SET next_seq = ?2, queue_len = ?3 WHERE id = ?1")
            .map_err(backend)?;
        for (device, (counters, dirty)) in pending.devices {
            if dirty {
                set.execute(params![device, counters.next_seq, counters.queue_len])
                    .map_err(backend)?;
            }
        }
        let mut release = c
            .prepare_cached("UPDATE payloads SET refs = refs - ?2 WHERE id = ?1")
            .map_err(backend)?;
        let mut delete = c
            .prepare_cached("DELETE FROM payloads WHERE id = ?1 AND refs <= 0")
            .map_err(backend)?;
        for (payload, n) in pending.releases {
            release.execute(params![payload, n]).map_err(backend)?;
            delete.execute([payload]).map_err(backend)?;
        }
        Ok(())
    }
}
