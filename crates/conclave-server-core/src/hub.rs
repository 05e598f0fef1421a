//! In-process doorbells and mailboxes: "here are device D's new queue entries" (pushed from
//! memory, so a connected recipient costs no store read), "device D has new entries, look at
//! the store", "a newer session of D took over", and "device D was removed from its account".
//!
//! The queue in the store is the truth; the mailbox is a shortcut. A session pushes a mailbox
//! entry only when it is the next in its device's sequence; on any gap (entries offered out of
//! order, a full mailbox, a plain ring) it reads the store. A missed offer or ring only delays
//! delivery until the session's next look at the store.
//!
//! In a cluster, a [`Bus`] carries the same events to the other nodes (conclave-server-bus-nats
//! implements it over NATS): offers for recipients not connected here, takeovers (a device
//! that connects to node B ends its older session on node A: the later session wins, by
//! [`SessionStamp`]), evictions and rings. The bus is a doorbell like the rest of the hub: a
//! lost bus message only delays a delivery until the recipient's session reads the store.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use std::collections::VecDeque;

use conclave_proto::{Delivery, DeviceId, Ephemeral};
use tokio::sync::Notify;

use crate::{
    model::Queued,
    push::{AbsentDevices, PushKind},
};

/// Orders sessions of one device across nodes: (wall clock ms, node id, counter). The later
/// session wins a takeover.
pub type SessionStamp = (i64, u64, u64);

/// What the hub tells the other nodes of a cluster.
#[derive(Debug, Clone, Copy)]
pub enum BusEvent<'a> {
    /// A payload was queued for recipients some of which are not connected here.
    Offer(&'a Queued),
    /// A session of `device` attached here, stamped `stamp`: older ones elsewhere must end.
    Takeover {
        device: DeviceId,
        stamp: SessionStamp,
    },
    /// The device was removed from its account: its sessions must end.
    Evict(DeviceId),
    /// Sessions of these devices should read the store.
    Ring(&'a [DeviceId]),
    /// An ephemeral signal for those of `recipients` that have a session on the other node.
    Ephemeral {
        recipients: &'a [DeviceId],
        ephemeral: &'a Ephemeral,
    },
}

/// The hub's link to the other nodes of a cluster. Implementations never block: an event that
/// cannot be sent now is dropped (and counted), since the store is the truth.
pub trait Bus: Send + Sync + 'static {
    fn publish(&self, event: BusEvent<'_>);
    /// A fresh stamp for a session attaching on this node.
    fn session_stamp(&self) -> SessionStamp;
}

/// Entries a mailbox holds before it gives up and tells its session to read the store.
pub const MAILBOX_ENTRIES_MAX: usize = 256;

/// Ephemeral signals a mailbox holds for its session; beyond, the oldest is dropped (they
/// are worth something only now).
pub const MAILBOX_EPHEMERAL_MAX: usize = 32;

/// Entries offered to a session from memory, in arrival order.
#[derive(Debug, Default)]
pub struct Mailbox {
    pub entries: VecDeque<Delivery>,
    /// Something was not (or could not be) put in the mailbox: read the store.
    pub look_at_store: bool,
    /// Ephemeral signals to push as they are (never stored, never acked).
    pub ephemeral: VecDeque<Ephemeral>,
}

#[derive(Default)]
struct Slot {
    doorbell: Arc<Notify>,
    mailbox: Arc<Mutex<Mailbox>>,
    /// Rung when a newer session attaches for the same device.
    takeover: Arc<Notify>,
    /// Rung when the device is removed or its account disabled: its session must end.
    removed: Arc<Notify>,
    /// Why `removed` was rung.
    end: Arc<Mutex<EndReason>>,
    generation: u64,
    /// Set in a cluster: when this session attached, for takeovers across nodes.
    stamp: Option<SessionStamp>,
}

/// Doorbells per connected device.
#[derive(Default, Clone)]
pub struct Hub {
    slots: Arc<Mutex<HashMap<DeviceId, Slot>>>,
    bus: Arc<std::sync::OnceLock<Arc<dyn Bus>>>,
    /// Told of recipients with no session here (the push sender).
    absent: Arc<std::sync::OnceLock<Arc<dyn AbsentDevices>>>,
    /// Hands out generations; never reused, so a detached session never removes a newer slot.
    generations: Arc<std::sync::atomic::AtomicU64>,
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
    /// Notified when the device has been removed from its account, or the account disabled
    /// (see `end`).
    pub removed: Arc<Notify>,
    /// Why the session must end, once `removed` was notified.
    pub end: Arc<Mutex<EndReason>>,
}

/// Why the hub ends a device's session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum EndReason {
    /// The device was removed from its account.
    #[default]
    Removed,
    /// The operator disabled the account.
    AccountDisabled,
}

impl Hub {
    /// A hub whose events also go to the other nodes of a cluster through `bus`.
    pub fn set_bus(&self, bus: Arc<dyn Bus>) {
        let _ = self.bus.set(bus);
    }

    /// Tells `absent` about every recipient of an offer that has no session here (only the
    /// node that queued the payload tells: offers that came over the bus do not).
    pub fn set_absent(&self, absent: Arc<dyn AbsentDevices>) {
        let _ = self.absent.set(absent);
    }

    /// Whether `device` has a session on this node.
    pub fn is_here(&self, device: DeviceId) -> bool {
        self.slots().contains_key(&device)
    }

    fn bus(&self) -> Option<&Arc<dyn Bus>> {
        self.bus.get()
    }

    fn slots(&self) -> std::sync::MutexGuard<'_, HashMap<DeviceId, Slot>> {
        self.slots.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Attaches a session for `device`; an older session of the same device (here, or on
    /// another node of the cluster) is told to leave.
    pub fn attach(&self, device: DeviceId) -> Attachment {
        let stamp = self.bus().map(|b| b.session_stamp());
        let generation = self
            .generations
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            + 1;
        let attachment = {
            let mut slots = self.slots();
            let slot = slots.entry(device).or_default();
            // notify_one keeps a permit, so the older session sees it even if it is busy now.
            slot.takeover.notify_one();
            slot.takeover = Arc::new(Notify::new());
            slot.generation = generation;
            slot.stamp = stamp;
            Attachment {
                hub: self.clone(),
                device,
                generation,
                doorbell: slot.doorbell.clone(),
                mailbox: slot.mailbox.clone(),
                takeover: slot.takeover.clone(),
                removed: slot.removed.clone(),
                end: slot.end.clone(),
            }
        };
        if let (Some(bus), Some(stamp)) = (self.bus(), stamp) {
            bus.publish(BusEvent::Takeover { device, stamp });
        }
        attachment
    }

    /// Tells the session of `device` (here and on every node) that the device was removed.
    /// Best effort: a session that attaches afterwards finds the device gone on its next
    /// request, and cannot authenticate again.
    pub fn evict(&self, device: DeviceId) {
        self.evict_here(device);
        if let Some(bus) = self.bus() {
            bus.publish(BusEvent::Evict(device));
        }
    }

    /// [`Hub::evict`] for this node only (an eviction that came over the bus).
    pub fn evict_here(&self, device: DeviceId) {
        self.end_here(device, EndReason::Removed);
    }

    /// Ends the session of `device` on this node, if it has one here; returns whether it had.
    /// (Operator changes are applied by every node from the store, so this does not go over
    /// the bus.)
    pub fn end_here(&self, device: DeviceId, reason: EndReason) -> bool {
        if let Some(slot) = self.slots().get(&device) {
            *slot.end.lock().unwrap_or_else(|p| p.into_inner()) = reason;
            // notify_one keeps a permit for a session that is busy right now.
            slot.removed.notify_one();
            true
        } else {
            false
        }
    }

    /// A session of `device` attached on another node with `stamp`: an older session here
    /// ends, and its device is no longer treated as connected here (so offers for it go to
    /// the bus), and the newer session is told to read the store in case an offer for the
    /// device stayed here in between.
    pub fn take_over_here(&self, device: DeviceId, stamp: SessionStamp) {
        let taken = {
            let mut slots = self.slots();
            match slots.get(&device) {
                Some(slot) if slot.stamp.is_some_and(|mine| mine < stamp) => {
                    slot.takeover.notify_one();
                    slots.remove(&device);
                    true
                }
                _ => false,
            }
        };
        if taken && let Some(bus) = self.bus() {
            bus.publish(BusEvent::Ring(&[device]));
        }
    }

    /// Rings the doorbell of each device that has a session here: "look at the store".
    pub fn ring(&self, devices: impl IntoIterator<Item = DeviceId>) {
        let slots = self.slots();
        for d in devices {
            if let Some(slot) = slots.get(&d) {
                ring_slot(slot);
            }
        }
    }

    /// Rings every session here (after the bus was down: offers may have been lost).
    pub fn ring_all(&self) {
        for slot in self.slots().values() {
            ring_slot(slot);
        }
    }

    /// Hands a just-queued payload to the sessions of its recipients that are connected here,
    /// and to the bus when some recipient is not.
    pub fn offer(&self, queued: &Queued) {
        self.offer_as(queued, PushKind::Message);
    }

    /// [`Hub::offer`], telling the recipients with no session here `push` (a ring or
    /// something new).
    pub fn offer_as(&self, queued: &Queued, push: PushKind) {
        let all_here = self.offer_here(queued);
        if !all_here && let Some(bus) = self.bus() {
            bus.publish(BusEvent::Offer(queued));
        }
        if !all_here && let Some(absent) = self.absent.get() {
            let devices: Vec<DeviceId> = {
                let slots = self.slots();
                queued
                    .entries
                    .iter()
                    .map(|&(device, _)| device)
                    .filter(|device| !slots.contains_key(device))
                    .collect()
            };
            absent.queued_for(&devices, push);
        }
    }

    /// [`Hub::offer`] for this node only (an offer that came over the bus). Returns whether
    /// every recipient has a session here.
    pub fn offer_here(&self, queued: &Queued) -> bool {
        let slots = self.slots();
        let mut all_here = true;
        for &(device, seq) in &queued.entries {
            let Some(slot) = slots.get(&device) else {
                all_here = false;
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
        all_here
    }

    /// Hands an ephemeral signal to the sessions of `recipients` here, and to the bus when
    /// some recipient has no session here. Never stored: a recipient with no session anywhere
    /// does not get it.
    pub fn signal(&self, recipients: &[DeviceId], ephemeral: &Ephemeral) {
        if !self.signal_here(recipients, ephemeral)
            && let Some(bus) = self.bus()
        {
            bus.publish(BusEvent::Ephemeral {
                recipients,
                ephemeral,
            });
        }
    }

    /// [`Hub::signal`] for this node only (a signal that came over the bus). Returns whether
    /// every recipient has a session here.
    pub fn signal_here(&self, recipients: &[DeviceId], ephemeral: &Ephemeral) -> bool {
        let slots = self.slots();
        let mut all_here = true;
        for device in recipients {
            let Some(slot) = slots.get(device) else {
                all_here = false;
                continue;
            };
            {
                let mut mailbox = slot.mailbox.lock().unwrap_or_else(|p| p.into_inner());
                if mailbox.ephemeral.len() >= MAILBOX_EPHEMERAL_MAX {
                    mailbox.ephemeral.pop_front();
                }
                mailbox.ephemeral.push_back(ephemeral.clone());
            }
            slot.doorbell.notify_one();
        }
        all_here
    }

    pub fn connected_devices(&self) -> usize {
        self.slots().len()
    }
}

fn ring_slot(slot: &Slot) {
    slot.mailbox
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .look_at_store = true;
    // notify_one stores a permit, so a ring between two looks is not lost.
    slot.doorbell.notify_one();
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
