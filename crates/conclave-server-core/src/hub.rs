//! In-process doorbells and mailboxes: "here are device D's new queue entries" (pushed from
//! memory, so a connected recipient costs no store read), "device D has new entries, look at
//! the store", "a newer session of D took over", and "device D was removed from its account".
//!
//! The queue in the store is the truth; the mailbox is a shortcut. A session pushes a mailbox
//! entry only when it is the next in its device's sequence; on any gap (entries offered out of
//! order, a full mailbox, a plain ring) it reads the store. A missed offer or ring only delays
//! delivery until the session's next look at the store. In cluster mode the same offers travel
//! between nodes over NATS.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use std::collections::VecDeque;

use conclave_proto::{Delivery, DeviceId};
use tokio::sync::Notify;

use crate::model::Queued;

/// Entries a mailbox holds before it gives up and tells its session to read the store.
pub const MAILBOX_ENTRIES_MAX: usize = 256;

/// Entries offered to a session from memory, in arrival order.
#[derive(Debug, Default)]
pub struct Mailbox {
    pub entries: VecDeque<Delivery>,
    /// Something was not (or could not be) put in the mailbox: read the store.
    pub look_at_store: bool,
}

#[derive(Default)]
struct Slot {
    doorbell: Arc<Notify>,
    mailbox: Arc<Mutex<Mailbox>>,
    /// Rung when a newer session attaches for the same device.
    takeover: Arc<Notify>,
    /// Rung when the device is removed: its session must end.
    removed: Arc<Notify>,
    generation: u64,
}

/// Doorbells per connected device.
#[derive(Default, Clone)]
pub struct Hub {
    slots: Arc<Mutex<HashMap<DeviceId, Slot>>>,
}

/// A session's hold on its device's doorbell. Dropping it detaches.
pub struct Attachment {
    hub: Hub,
    device: DeviceId,
    generation: u64,
    pub doorbell: Arc<Notify>,
    /// What was offered since the session last looked (rung with `doorbell`).
    pub mailbox: Arc<Mutex<Mailbox>>,
    pub takeover: Arc<Notify>,
    /// Notified when the device has been removed from its account.
    pub removed: Arc<Notify>,
}

impl Hub {
    /// Attaches a session for `device`; an older session of the same device is told to leave.
    pub fn attach(&self, device: DeviceId) -> Attachment {
        let mut slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        let slot = slots.entry(device).or_default();
        // notify_one keeps a permit, so the older session sees it even if it is busy right now.
        slot.takeover.notify_one();
        slot.takeover = Arc::new(Notify::new());
        slot.generation += 1;
        Attachment {
            hub: self.clone(),
            device,
            generation: slot.generation,
            doorbell: slot.doorbell.clone(),
            mailbox: slot.mailbox.clone(),
            takeover: slot.takeover.clone(),
            removed: slot.removed.clone(),
        }
    }

    /// Tells the session of `device` (if it has one here) that the device was removed. Best
    /// effort: a session that attaches afterwards finds the device gone on its next request,
    /// and cannot authenticate again.
    pub fn evict(&self, device: DeviceId) {
        let slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(slot) = slots.get(&device) {
            // notify_one keeps a permit for a session that is busy right now.
            slot.removed.notify_one();
        }
    }

    /// Rings the doorbell of each device that has a session here: "look at the store".
    pub fn ring(&self, devices: impl IntoIterator<Item = DeviceId>) {
        let slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        for d in devices {
            if let Some(slot) = slots.get(&d) {
                slot.mailbox
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .look_at_store = true;
                // notify_one stores a permit, so a ring between two looks is not lost.
                slot.doorbell.notify_one();
            }
        }
    }

    /// Hands a just-queued payload to the sessions of its recipients that are connected here.
    pub fn offer(&self, queued: &Queued) {
        let slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        for &(device, seq) in &queued.entries {
            let Some(slot) = slots.get(&device) else {
                continue;
            };
            {
                let mut mailbox = slot.mailbox.lock().unwrap_or_else(|p| p.into_inner());
                if mailbox.entries.len() < MAILBOX_ENTRIES_MAX {
                    mailbox.entries.push_back(Delivery {
                        seq,
                        payload_id: queued.payload,
                        sender: queued.sender,
                        sent_at: queued.sent_at,
                        kind: queued.kind,
                        payload: queued.body.clone(),
                    });
                } else {
                    mailbox.look_at_store = true;
                }
            }
            slot.doorbell.notify_one();
        }
    }

    pub fn connected_devices(&self) -> usize {
        self.slots.lock().unwrap_or_else(|p| p.into_inner()).len()
    }
}

impl Drop for Attachment {
    fn drop(&mut self) {
        let mut slots = self.hub.slots.lock().unwrap_or_else(|p| p.into_inner());
        if slots
            .get(&self.device)
            .is_some_and(|s| s.generation == self.generation)
        {
            slots.remove(&self.device);
        }
    }
}
