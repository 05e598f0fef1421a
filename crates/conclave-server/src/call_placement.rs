//! Calls in a cluster: every node runs an SFU, and each call lives on one of them, so that
//! all its participants meet there whichever node they are connected to.
//!
//! A node that runs media announces its call token public key beside its endpoint
//! (`cluster_nodes.call_key`); every node reads the others' every [`CALL_NODES_SYNC_INTERVAL`]
//! and trusts their keys in its own SFU (each node signs the tokens of its own members). A
//! join arriving at any node is placed by **rendezvous hashing** of the call id over the
//! nodes that announce media: every node computes the same order from the same rows, without
//! coordinating. The first node in that order that answers takes the join: this node itself,
//! or another over the cluster's NATS (a request on that node's subject,
//! `{bus_subject}.call.{node}`, carrying the join body as the client sent it). The answer's SDP
//! names the chosen node's media address, so the participant's media goes straight there.
//!
//! A node that has died has no subscription left, so NATS answers "no responders" at once
//! and the next node in the order takes the call: participants whose SFU went away see their
//! connection fail, join again through the node they are connected to, and all land on the
//! same next node. (A node that is alive but unreachable from some nodes could split a call in
//! two; NATS connectivity between nodes is already what the cluster's delivery relies on.)

use std::sync::{Arc, RwLock, Weak};
use std::time::Duration;

use anyhow::Context;
use axum::http::StatusCode;
use conclave_proto::Timestamp;
use conclave_server_bus_nats::{NatsBus, RequestError};
use conclave_server_store_postgres::PgStore;
use conclave_sfu::net::SfuHandle;
use sha2::{Digest, Sha256};
use tokio::sync::watch;

use crate::media::{Join, JoinAnswer, join_here, parse_join};

/// How long a join placed on another node may take (str0m answers in microseconds; the rest
/// is NATS and the other node's queue).
pub const FORWARD_TIMEOUT: Duration = Duration::from_secs(10);
/// How often a node reads the cluster's media nodes and their keys again.
pub const CALL_NODES_SYNC_INTERVAL: Duration = crate::cluster::NODE_ANNOUNCE_INTERVAL;
/// A join reads the media nodes again first when they were read longer ago than this, so that
/// a node started since the last read takes part in the placement at once (every node must
/// see the same rows to agree on a call's node). Only a node announced within this window
/// before a join can be missed; the bound keeps a flood of (unauthenticated) joins to at most
/// 20 reads a second per node.
pub const JOIN_VIEW_FRESH: Duration = Duration::from_millis(50);
/// A token from an issuer not known here makes the node read the keys again at most this
/// often (joins are unauthenticated requests: they must not each cost a database read).
pub const UNKNOWN_ISSUER_REFRESH_MIN: Duration = Duration::from_secs(5);

/// A node that runs an SFU, as it announced itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallNode {
    pub endpoint: String,
    pub key: [u8; 32],
}

/// The NATS subject a node answers joins on: a hash of its endpoint (an endpoint has dots
/// and colons, which NATS subjects give meaning to).
pub fn subject_of(bus_subject: &str, endpoint: &str) -> String {
    let digest = Sha256::digest(endpoint.as_bytes());
    format!("{bus_subject}.call.{}", crate::hex::encode(&digest[..8]))
}

/// The nodes in the order a call tries them: highest rendezvous score first (SHA-256 of the
/// call id and the endpoint), ties by endpoint. The same on every node for the same rows.
pub fn order<'a>(call_id: &[u8; 16], nodes: &'a [CallNode]) -> Vec<&'a CallNode> {
    let score = |endpoint: &str| {
        let mut h = Sha256::new();
        h.update(b"conclave call placement v1\0");
        h.update(call_id);
        h.update(endpoint.as_bytes());
        let d = h.finalize();
        u64::from_be_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
    };
    let mut ordered: Vec<(u64, &CallNode)> =
        nodes.iter().map(|n| (score(&n.endpoint), n)).collect();
    ordered.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.endpoint.cmp(&b.1.endpoint)));
    ordered.into_iter().map(|(_, n)| n).collect()
}

fn parse_key(hex: &str) -> Option<[u8; 32]> {
    crate::hex::decode(hex)?.try_into().ok()
}

/// A key as [`PgStore::announce_node`] takes it.
pub fn key_hex(key: &[u8; 32]) -> String {
    crate::hex::encode(key)
}

/// This node's part in placing calls; see the module docs.
pub struct Placement {
    /// This node's endpoint (as announced).
    me: String,
    /// This node's call token key: its own SFU trusts it whatever the store says.
    own_key: [u8; 32],
    bus_subject: String,
    bus: Arc<NatsBus>,
    store: Arc<PgStore>,
    /// `None`: this node runs no media and only places joins elsewhere.
    sfu: Option<SfuHandle>,
    /// The media nodes last read (this node among them when it runs media).
    nodes: RwLock<Vec<CallNode>>,
    /// When the media nodes were last read.
    read_at: std::sync::Mutex<std::time::Instant>,
    /// When the keys were last read because of an unknown issuer.
    refreshed_for_unknown: std::sync::Mutex<Option<std::time::Instant>>,
}

impl Placement {
    /// Reads the cluster's media nodes, answers joins placed here (when this node runs
    /// media) and re-reads the nodes every [`CALL_NODES_SYNC_INTERVAL`] until `stop`.
    pub async fn start(
        me: String,
        own_key: [u8; 32],
        bus_subject: String,
        bus: Arc<NatsBus>,
        store: Arc<PgStore>,
        sfu: Option<SfuHandle>,
        mut stop: watch::Receiver<bool>,
    ) -> anyhow::Result<Arc<Placement>> {
        let placement = Arc::new(Placement {
            me,
            own_key,
            bus_subject,
            bus,
            store,
            sfu,
            nodes: RwLock::default(),
            refreshed_for_unknown: std::sync::Mutex::default(),
            read_at: std::sync::Mutex::new(std::time::Instant::now()),
        });
        placement.refresh().await?;
        if placement.sfu.is_some() {
            let weak: Weak<Placement> = Arc::downgrade(&placement);
            placement
                .bus
                .serve(
                    &subject_of(&placement.bus_subject, &placement.me),
                    move |body| {
                        let placement = weak.upgrade();
                        async move {
                            match placement {
                                Some(p) => p.answer_forwarded(&body).await.encode(),
                                None => JoinAnswer::refusal(
                                    StatusCode::SERVICE_UNAVAILABLE,
                                    "unavailable",
                                    "the node is stopping",
                                )
                                .encode(),
                            }
                        }
                    },
                )
                .await
                .context("cannot answer call joins on the bus")?;
        }
        let weak = Arc::downgrade(&placement);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(CALL_NODES_SYNC_INTERVAL);
            tick.tick().await;
            loop {
                tokio::select! {
                    _ = tick.tick() => {}
                    () = crate::stopped(&mut stop) => return,
                }
                let Some(p) = weak.upgrade() else { return };
                if let Err(e) = p.refresh().await {
                    tracing::warn!(error = %format!("{e:#}"), "calls: reading the cluster's media nodes failed");
                }
            }
        });
        Ok(placement)
    }

    /// Reads the media nodes seen recently, and trusts their keys in this node's SFU.
    pub async fn refresh(&self) -> anyhow::Result<()> {
        let since = Timestamp(crate::now().0 - crate::cluster::NODE_STALE_AFTER.as_millis() as i64);
        let rows = self
            .store
            .call_nodes(since)
            .await
            .context("cannot read the cluster's media nodes")?;
        let mut nodes: Vec<CallNode> = rows
            .iter()
            .filter_map(|(endpoint, key)| {
                let parsed = parse_key(key);
                if parsed.is_none() {
                    tracing::warn!(%endpoint, "a node announces a malformed call key; left out");
                }
                Some(CallNode {
                    endpoint: endpoint.clone(),
                    key: parsed?,
                })
            })
            .filter(|n| n.endpoint != self.me)
            .collect();
        if self.sfu.is_some() {
            nodes.push(CallNode {
                endpoint: self.me.clone(),
                key: self.own_key,
            });
        }
        if let Some(sfu) = &self.sfu {
            let mut keys: Vec<[u8; 32]> = nodes.iter().map(|n| n.key).collect();
            keys.sort_unstable();
            keys.dedup();
            sfu.set_trusted_issuers(keys).await;
        }
        *self.nodes.write().unwrap_or_else(|p| p.into_inner()) = nodes;
        *self.read_at.lock().unwrap_or_else(|p| p.into_inner()) = std::time::Instant::now();
        Ok(())
    }

    /// The endpoints a call tries, in order (for tests and logs).
    pub fn order_for(&self, call_id: &[u8; 16]) -> Vec<String> {
        let nodes = self.nodes.read().unwrap_or_else(|p| p.into_inner());
        order(call_id, &nodes)
            .into_iter()
            .map(|n| n.endpoint.clone())
            .collect()
    }

    /// A client's join (`body` as it came, `join` parsed from it): on the first node of the
    /// call's order that answers.
    pub async fn join(&self, body: &[u8], join: Join) -> JoinAnswer {
        let stale = self
            .read_at
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .elapsed()
            > JOIN_VIEW_FRESH;
        if stale && let Err(e) = self.refresh().await {
            tracing::warn!(error = %format!("{e:#}"), "calls: reading the cluster's media nodes failed; placing with the last rows read");
        }
        for endpoint in self.order_for(&join.call_id) {
            if endpoint == self.me {
                return self.join_here_trusting(join).await;
            }
            let subject = subject_of(&self.bus_subject, &endpoint);
            match self
                .bus
                .request(&subject, body.to_vec(), FORWARD_TIMEOUT)
                .await
            {
                Ok(bytes) => match JoinAnswer::decode(&bytes) {
                    Some(answer) => return answer,
                    None => {
                        tracing::warn!(%endpoint, "calls: a node answered a join with bytes that do not decode");
                    }
                },
                Err(e @ RequestError::NoResponders(_)) => {
                    tracing::info!(%endpoint, error = %e, "calls: a media node is gone; trying the next");
                }
                // NATS slow or unreachable from here: the next node, this one included, rather
                // than no call at all.
                Err(e) => {
                    tracing::warn!(%endpoint, error = %e, "calls: placing a join failed; trying the next node");
                }
            }
        }
        JoinAnswer::refusal(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "no node of this cluster runs media now",
        )
    }

    /// A join another node placed here. It is never forwarded again (no loops).
    async fn answer_forwarded(&self, body: &[u8]) -> JoinAnswer {
        match parse_join(body) {
            Ok(join) => self.join_here_trusting(join).await,
            Err(refused) => refused,
        }
    }

    /// Joins on this node's SFU; a token from a node not read yet (it started within the last
    /// sync interval) makes this node read the cluster's keys once more and try again.
    async fn join_here_trusting(&self, join: Join) -> JoinAnswer {
        let Some(sfu) = &self.sfu else {
            return JoinAnswer::refusal(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "this server runs no media (media_listen = off)",
            );
        };
        let answer = join_here(sfu, join.clone()).await;
        if !answer.is_unknown_issuer() {
            return answer;
        }
        {
            let mut last = self
                .refreshed_for_unknown
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            if last.is_some_and(|t| t.elapsed() < UNKNOWN_ISSUER_REFRESH_MIN) {
                return answer;
            }
            *last = Some(std::time::Instant::now());
        }
        if let Err(e) = self.refresh().await {
            tracing::warn!(error = %format!("{e:#}"), "calls: reading the cluster's media nodes failed");
            return answer;
        }
        join_here(sfu, join).await
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn nodes(n: usize) -> Vec<CallNode> {
        (0..n)
            .map(|i| CallNode {
                endpoint: format!("10.0.0.{i}:8443"),
                key: [i as u8; 32],
            })
            .collect()
    }

    #[test]
    fn every_node_orders_a_call_alike_and_calls_spread_over_the_nodes() {
        let all = nodes(4);
        let mut reversed = all.clone();
        reversed.reverse();
        let mut first = std::collections::HashMap::new();
        for i in 0..400u16 {
            let mut call = [0u8; 16];
            call[..2].copy_from_slice(&i.to_be_bytes());
            let a: Vec<_> = order(&call, &all)
                .iter()
                .map(|n| n.endpoint.clone())
                .collect();
            let b: Vec<_> = order(&call, &reversed)
                .iter()
                .map(|n| n.endpoint.clone())
                .collect();
            assert_eq!(a, b, "the order depends on the rows only");
            assert_eq!(a.len(), 4);
            *first.entry(a[0].clone()).or_insert(0) += 1;
            // A node that leaves moves only its own calls: the others keep their first node.
            let without: Vec<CallNode> =
                all.iter().filter(|n| n.endpoint != a[0]).cloned().collect();
            let c: Vec<_> = order(&call, &without)
                .iter()
                .map(|n| n.endpoint.clone())
                .collect();
            assert_eq!(c, a[1..].to_vec());
        }
        assert_eq!(first.len(), 4);
        assert!(first.values().all(|n| (60..=140).contains(n)), "{first:?}");
    }

    #[test]
    fn subjects_are_one_nats_token_per_node_and_keys_parse_only_whole() {
        let s = subject_of("conclave.hub", "chat.example.org:8443");
        assert!(s.starts_with("conclave.hub.call."));
        assert_eq!(s.matches('.').count(), 3);
        assert_ne!(s, subject_of("conclave.hub", "chat.example.org:8444"));
        let key = [0xab; 32];
        assert_eq!(parse_key(&key_hex(&key)), Some(key));
        assert_eq!(parse_key("ab"), None);
        assert_eq!(parse_key(&"zz".repeat(32)), None);
    }
}
