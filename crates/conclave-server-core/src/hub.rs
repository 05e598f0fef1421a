//! In-process doorbells: "device D has new queue entries", "a newer session of D took over",
//! and "device D was removed from its account".
//!
//! The queue in the store is the truth; a missed ring only delays delivery until the session's
//! next look at the store. In cluster mode the same rings travel between nodes over NATS.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use conclave_proto::DeviceId;
use tokio::sync::Notify;

#[derive(Default)]
struct Slot {
    doorbell: Arc<Notify>,
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

    /// Rings the doorbell of each device that has a session here.
    pub fn ring(&self, devices: impl IntoIterator<Item = DeviceId>) {
        let slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        for d in devices {
            if let Some(slot) = slots.get(&d) {
                // notify_one stores a permit, so a ring between two looks is not lost.
                slot.doorbell.notify_one();
            }
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
