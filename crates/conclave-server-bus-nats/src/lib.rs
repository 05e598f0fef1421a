//! The hub's [`Bus`] over core NATS: how the nodes of a cluster tell each other "these devices
//! have new queue entries (here they are)", "a newer session of D attached elsewhere", "D was
//! removed", "look at the store".
//!
//! Every node publishes to and subscribes to one subject (`conclave.hub` by default), with
//! `no_echo` so it does not hear itself; each node keeps only what concerns its own sessions.
//! One message per queued payload, whatever the number of recipients and nodes: the body
//! travels once (when it fits NATS's `max_payload`; otherwise the message only rings, and the
//! recipients' sessions read the store).
//!
//! NATS is a doorbell, PostgreSQL the truth. Publishing never blocks a request: events go to a
//! bounded queue and are dropped (and counted) when it is full, e.g. while NATS is down. When
//! the connection comes back, the node rings every local session so it reads the store; while
//! it is down, it rings them every [`BUS_DOWN_RING_INTERVAL`], so deliveries continue, late.
#![forbid(unsafe_code)]

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::Duration,
};

use conclave_proto::{DeviceId, Ephemeral, GroupId, PayloadId, PayloadKind, QueueSeq, Timestamp};
use conclave_server_core::{Bus, BusEvent, Hub, Queued, SessionStamp};
use futures_util::StreamExt as _;
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

/// Events waiting to be published at most; beyond, new ones are dropped.
pub const OUTBOX_EVENTS_MAX: usize = 16_384;
/// While NATS is unreachable, every local session reads the store this often.
pub const BUS_DOWN_RING_INTERVAL: Duration = Duration::from_secs(1);
/// The wire format's version byte; a node ignores messages of other versions.
const WIRE_VERSION: u8 = 1;
/// Bytes of a message besides the body, counted generously (header, ids, entries are added).
const FRAMING_BYTES: usize = 256;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BusError {
    #[error("invalid NATS URL {url}: {reason}")]
    Url { url: String, reason: String },
    #[error("cannot subscribe to {subject}: {reason}")]
    Subscribe { subject: String, reason: String },
}

/// Why a [`NatsBus::request`] got no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// Nobody listens on the subject now (the node that served it is gone).
    #[error("no node answers on {0}")]
    NoResponders(String),
    #[error("no answer on {subject} within {ms} ms")]
    TimedOut { subject: String, ms: u128 },
    #[error("the request is {bytes} bytes; NATS takes at most {max}")]
    TooLarge { bytes: usize, max: usize },
    #[error("request on {subject} failed: {reason}")]
    Failed { subject: String, reason: String },
}

/// Requests a [`NatsBus::serve`] handler works on at once at most; beyond, requests wait in
/// the subscription (NATS drops what a slow consumer does not take).
pub const SERVE_IN_FLIGHT_MAX: usize = 64;

#[derive(Debug, Default)]
pub struct BusStats {
    pub published: AtomicU64,
    pub received: AtomicU64,
    /// Events dropped because the outbox was full (NATS slow or down).
    pub dropped: AtomicU64,
    /// Offers sent without their body (too large for one NATS message).
    pub rings_instead_of_offers: AtomicU64,
}

#[derive(Debug, Serialize, Deserialize)]
enum Wire {
    Offer {
        node: u64,
        payload: u64,
        /// (device, seq)
        entries: Vec<(u64, u64)>,
        sender: u64,
        kind: u8,
        sent_at: i64,
        /// `None`: too large to carry; the recipients read the store.
        body: Option<Vec<u8>>,
    },
    Takeover {
        node: u64,
        device: u64,
        stamp: SessionStamp,
    },
    Evict {
        node: u64,
        device: u64,
    },
    Ring {
        node: u64,
        devices: Vec<u64>,
    },
    /// Appended (postcard numbers variants in order): an ephemeral signal, never stored.
    Ephemeral {
        node: u64,
        recipients: Vec<u64>,
        group: GroupId,
        sender: u64,
        payload: Vec<u8>,
    },
}

fn encode(wire: &Wire) -> Option<Vec<u8>> {
    let mut out = vec![WIRE_VERSION];
    out.extend(postcard::to_allocvec(wire).ok()?);
    Some(out)
}

/// `None` for another version, malformed bytes, trailing bytes or overlong integers: one
/// message, one encoding (like the client protocol's codec).
fn decode(bytes: &[u8]) -> Option<Wire> {
    let (&version, body) = bytes.split_first()?;
    if version != WIRE_VERSION {
        return None;
    }
    let (wire, rest) = postcard::take_from_bytes::<Wire>(body).ok()?;
    // Every field but the varints has one form, so a body whose canonical size differs from
    // what was read used an overlong varint. Measured without allocating.
    let canonical = postcard::serialize_with_flavor(&wire, postcard::ser_flavors::Size::default());
    (rest.is_empty() && canonical.ok()? == body.len()).then_some(wire)
}

/// A node's connection to the cluster's NATS.
pub struct NatsBus {
    node: u64,
    client: async_nats::Client,
    counter: AtomicU64,
    outbox: mpsc::Sender<Vec<u8>>,
    /// NATS's `max_payload` as last announced by the server (0: not connected yet).
    max_payload: Arc<AtomicU64>,
    connected: Arc<AtomicBool>,
    pub stats: Arc<BusStats>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    /// The tasks of [`NatsBus::serve`].
    served: std::sync::Mutex<Vec<tokio::task::JoinHandle<()>>>,
}

impl NatsBus {
    /// Connects to NATS at `url` (retrying in the background when it is not reachable yet),
    /// subscribes to `subject` and becomes `hub`'s bus. Returns once the subscription is set up
    /// (which waits for the first connection).
    pub async fn start(url: &str, subject: &str, hub: Hub) -> Result<Arc<NatsBus>, BusError> {
        let node = rand::random::<u64>();
        let connected = Arc::new(AtomicBool::new(false));
        let max_payload = Arc::new(AtomicU64::new(0));
        let events_hub = hub.clone();
        let events_connected = connected.clone();
        let options = async_nats::ConnectOptions::new()
            .name(format!("conclave-server {node:016x}"))
            .no_echo()
            .retry_on_initial_connect()
            .max_reconnects(None)
            .reconnect_delay_callback(|attempts| {
                Duration::from_millis((100 * attempts as u64).min(1_000))
            })
            .event_callback(move |event| {
                let (hub, connected) = (events_hub.clone(), events_connected.clone());
                async move {
                    match event {
                        async_nats::Event::Connected => {
                            tracing::info!("connected to NATS");
                            connected.store(true, Ordering::Release);
                            // Offers may have been lost while we were away.
                            hub.ring_all();
                        }
                        async_nats::Event::Disconnected => {
                            tracing::warn!(
                                "lost the connection to NATS; sessions read the store until it is back"
                            );
                            connected.store(false, Ordering::Release);
                        }
                        other => tracing::debug!(event = %other, "NATS event"),
                    }
                }
            });
        let client = options.connect(url).await.map_err(|e| BusError::Url {
            url: url.to_owned(),
            reason: e.to_string(),
        })?;
        let mut subscription = subscribe(&client, subject).await?;
        let stats = Arc::new(BusStats::default());
        let (outbox, mut outbox_rx) = mpsc::channel::<Vec<u8>>(OUTBOX_EVENTS_MAX);
        let mut tasks = Vec::new();
        {
            let (client, subject, stats, max_payload) = (
                client.clone(),
                subject.to_owned(),
                stats.clone(),
                max_payload.clone(),
            );
            tasks.push(tokio::spawn(async move {
                max_payload.store(client.server_info().max_payload as u64, Ordering::Relaxed);
                while let Some(bytes) = outbox_rx.recv().await {
                    if client.publish(subject.clone(), bytes.into()).await.is_ok() {
                        stats.published.fetch_add(1, Ordering::Relaxed);
                    }
                    max_payload.store(client.server_info().max_payload as u64, Ordering::Relaxed);
                }
            }));
        }
        {
            let (hub, stats) = (hub.clone(), stats.clone());
            tasks.push(tokio::spawn(async move {
                while let Some(message) = subscription.next().await {
                    stats.received.fetch_add(1, Ordering::Relaxed);
                    if !receive(&hub, node, &message.payload) {
                        tracing::debug!("ignoring an undecodable bus message");
                    }
                }
            }));
        }
        {
            let (hub, connected) = (hub.clone(), connected.clone());
            tasks.push(tokio::spawn(async move {
                let mut tick = tokio::time::interval(BUS_DOWN_RING_INTERVAL);
                loop {
                    tick.tick().await;
                    if !connected.load(Ordering::Acquire) {
                        hub.ring_all();
                    }
                }
            }));
        }
        let bus = Arc::new(NatsBus {
            node,
            client,
            counter: AtomicU64::new(0),
            outbox,
            max_payload,
            connected,
            stats,
            tasks,
            served: std::sync::Mutex::default(),
        });
        hub.set_bus(bus.clone());
        Ok(bus)
    }

    pub fn node(&self) -> u64 {
        self.node
    }

    pub fn is_connected(&self) -> bool {
        self.connected.load(Ordering::Acquire)
    }

    /// Sends `payload` to the one node serving `subject` ([`NatsBus::serve`]) and waits up to
    /// `timeout` for its answer (node-to-node requests beside the doorbells, e.g. a call
    /// join placed on another node).
    pub async fn request(
        &self,
        subject: &str,
        payload: Vec<u8>,
        timeout: Duration,
    ) -> Result<Vec<u8>, RequestError> {
        let max = self.max_payload.load(Ordering::Relaxed) as usize;
        if max > 0 && payload.len() > max {
            return Err(RequestError::TooLarge {
                bytes: payload.len(),
                max,
            });
        }
        let asked = self.client.request(subject.to_owned(), payload.into());
        match tokio::time::timeout(timeout, asked).await {
            Err(_) => Err(RequestError::TimedOut {
                subject: subject.to_owned(),
                ms: timeout.as_millis(),
            }),
            Ok(Ok(message)) => Ok(message.payload.to_vec()),
            Ok(Err(e)) => Err(match e.kind() {
                async_nats::RequestErrorKind::NoResponders => {
                    RequestError::NoResponders(subject.to_owned())
                }
                async_nats::RequestErrorKind::TimedOut => RequestError::TimedOut {
                    subject: subject.to_owned(),
                    ms: timeout.as_millis(),
                },
                _ => RequestError::Failed {
                    subject: subject.to_owned(),
                    reason: e.to_string(),
                },
            }),
        }
    }

    /// Answers requests on `subject` with `handler` (at most [`SERVE_IN_FLIGHT_MAX`] at once)
    /// until the bus is dropped; a request without a reply subject is ignored.
    pub async fn serve<F, Fut>(&self, subject: &str, handler: F) -> Result<(), BusError>
    where
        F: Fn(Vec<u8>) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = Vec<u8>> + Send + 'static,
    {
        let mut subscription = subscribe(&self.client, subject).await?;
        let client = self.client.clone();
        let in_flight = Arc::new(tokio::sync::Semaphore::new(SERVE_IN_FLIGHT_MAX));
        let handler = Arc::new(handler);
        let task = tokio::spawn(async move {
            while let Some(message) = subscription.next().await {
                let Some(reply) = message.reply else { continue };
                let Ok(permit) = in_flight.clone().acquire_owned().await else {
                    return;
                };
                let (client, handler) = (client.clone(), handler.clone());
                tokio::spawn(async move {
                    let answer = handler(message.payload.to_vec()).await;
                    if let Err(e) = client.publish(reply, answer.into()).await {
                        tracing::debug!(error = %e, "cannot answer a bus request");
                    }
                    drop(permit);
                });
            }
        });
        self.served
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(task);
        Ok(())
    }

    fn send(&self, wire: &Wire) {
        let Some(bytes) = encode(wire) else { return };
        if self.outbox.try_send(bytes).is_err() {
            self.stats.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }
}

async fn subscribe(
    client: &async_nats::Client,
    subject: &str,
) -> Result<async_nats::Subscriber, BusError> {
    client
        .subscribe(subject.to_owned())
        .await
        .map_err(|e| BusError::Subscribe {
            subject: subject.to_owned(),
            reason: e.to_string(),
        })
}

impl Drop for NatsBus {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
        for task in self
            .served
            .get_mut()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
        {
            task.abort();
        }
    }
}

impl Bus for NatsBus {
    fn publish(&self, event: BusEvent<'_>) {
        let node = self.node;
        let wire = match event {
            BusEvent::Offer(q) => {
                let limit = self.max_payload.load(Ordering::Relaxed) as usize;
                let size = q.body.len() + q.entries.len() * 20 + FRAMING_BYTES;
                let body = if limit == 0 || size <= limit {
                    Some(q.body.clone())
                } else {
                    self.stats
                        .rings_instead_of_offers
                        .fetch_add(1, Ordering::Relaxed);
                    None
                };
                Wire::Offer {
                    node,
                    payload: q.payload.0,
                    entries: q.entries.iter().map(|(d, s)| (d.0, s.0)).collect(),
                    sender: q.sender.0,
                    kind: q.kind.to_u8(),
                    sent_at: q.sent_at.0,
                    body,
                }
            }
            BusEvent::Takeover { device, stamp } => Wire::Takeover {
                node,
                device: device.0,
                stamp,
            },
            BusEvent::Evict(device) => Wire::Evict {
                node,
                device: device.0,
            },
            BusEvent::Ring(devices) => Wire::Ring {
                node,
                devices: devices.iter().map(|d| d.0).collect(),
            },
            BusEvent::Ephemeral {
                recipients,
                ephemeral,
            } => Wire::Ephemeral {
                node,
                recipients: recipients.iter().map(|d| d.0).collect(),
                group: ephemeral.group.clone(),
                sender: ephemeral.sender.0,
                payload: ephemeral.payload.clone(),
            },
        };
        self.send(&wire);
    }

    fn session_stamp(&self) -> SessionStamp {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or(0);
        (
            i64::try_from(ms).unwrap_or(i64::MAX),
            self.node,
            self.counter.fetch_add(1, Ordering::Relaxed),
        )
    }
}

/// Decodes a message from another node (`me` is this node) and applies it to this node's
/// sessions; `false` when it does not decode (another version, or malformed) and was ignored.
/// Public for the fuzz targets (`crates/conclave-fuzz`).
#[doc(hidden)]
pub fn receive(hub: &Hub, me: u64, bytes: &[u8]) -> bool {
    match decode(bytes) {
        Some(wire) => {
            dispatch(hub, me, wire);
            true
        }
        None => false,
    }
}

/// The canonical encoding of a bus message, if it decodes. Public for the fuzz targets.
#[doc(hidden)]
pub fn reencode(bytes: &[u8]) -> Option<Vec<u8>> {
    encode(&decode(bytes)?)
}

/// Applies an event from another node to this node's sessions.
fn dispatch(hub: &Hub, me: u64, wire: Wire) {
    match wire {
        Wire::Offer { node, .. }
        | Wire::Takeover { node, .. }
        | Wire::Evict { node, .. }
        | Wire::Ring { node, .. }
        | Wire::Ephemeral { node, .. }
            if node == me => {}
        Wire::Offer {
            payload,
            entries,
            sender,
            kind,
            sent_at,
            body,
            ..
        } => {
            let entries: Vec<(DeviceId, QueueSeq)> = entries
                .into_iter()
                .map(|(d, s)| (DeviceId(d), QueueSeq(s)))
                .collect();
            match (body, PayloadKind::from_u8(kind)) {
                (Some(body), Some(kind)) => {
                    hub.offer_here(&Queued {
                        payload: PayloadId(payload),
                        entries,
                        sender: DeviceId(sender),
                        kind,
                        sent_at: Timestamp(sent_at),
                        body,
                    });
                }
                _ => hub.ring(entries.into_iter().map(|(d, _)| d)),
            }
        }
        Wire::Takeover { device, stamp, .. } => hub.take_over_here(DeviceId(device), stamp),
        Wire::Evict { device, .. } => hub.evict_here(DeviceId(device)),
        Wire::Ring { devices, .. } => hub.ring(devices.into_iter().map(DeviceId)),
        Wire::Ephemeral {
            recipients,
            group,
            sender,
            payload,
            ..
        } => {
            let recipients: Vec<DeviceId> = recipients.into_iter().map(DeviceId).collect();
            hub.signal_here(
                &recipients,
                &Ephemeral {
                    group,
                    sender: DeviceId(sender),
                    payload,
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_round_trips_and_rejects_other_versions() {
        let wire = Wire::Offer {
            node: 7,
            payload: 9,
            entries: vec![(1, 2), (3, 4)],
            sender: 5,
            kind: 1,
            sent_at: 1_700_000_000_000,
            body: Some(vec![1, 2, 3]),
        };
        let bytes = encode(&wire).expect("encodes");
        assert!(matches!(
            decode(&bytes),
            Some(Wire::Offer { payload: 9, ref entries, .. }) if entries == &[(1, 2), (3, 4)]
        ));
        let mut other = bytes.clone();
        other[0] = WIRE_VERSION + 1;
        assert!(decode(&other).is_none());
        assert!(decode(&bytes[..bytes.len() - 1]).is_none());
        assert!(decode(&[]).is_none());
        // One message, one encoding: trailing bytes and overlong integers are refused (found
        // by the bus_message fuzz target; its input is in fuzz/regressions/bus_message/).
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert!(decode(&trailing).is_none());
        let evict = [WIRE_VERSION, 2, 3, 4];
        assert!(decode(&evict).is_some());
        assert!(decode(&[WIRE_VERSION, 2, 0x83, 0x00, 4]).is_none());
    }
}
