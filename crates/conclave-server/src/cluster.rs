//! Cluster mode: the store a server runs on (embedded SQLite, or the cluster's PostgreSQL),
//! the NATS bus between nodes, node announcements, and the node addresses put in links.

use std::{sync::Arc, time::Duration};

use anyhow::Context;
use conclave_proto::{Fingerprint, Timestamp};
use conclave_server_core::{Hub, Store};
use conclave_server_store_postgres::{PgOptions, PgStore};
use conclave_server_store_sqlite::SqliteStore;

use crate::{ServerConfig, config::StoreConfig, now};

/// How often a node tells the cluster it is alive (for links).
pub const NODE_ANNOUNCE_INTERVAL: Duration = Duration::from_secs(30);
/// Nodes not heard of for this long are left out of new links.
pub const NODE_STALE_AFTER: Duration = Duration::from_secs(600);

/// The store a server (or an operator command) runs on.
#[derive(Clone)]
pub enum Backend {
    Sqlite(Arc<SqliteStore>),
    Postgres(Arc<PgStore>),
}

impl Backend {
    /// Opens the configured store. PostgreSQL must already be at this binary's schema
    /// (`conclave-server migrate`); SQLite migrates itself.
    pub async fn open(config: &ServerConfig, write_batch_max: usize) -> anyhow::Result<Self> {
        match &config.store {
            StoreConfig::Sqlite => {
                crate::datadir::create_private_file(&config.db_path())?;
                Ok(Backend::Sqlite(Arc::new(SqliteStore::open(
                    &config.db_path(),
                    write_batch_max,
                )?)))
            }
            StoreConfig::Postgres(url) => {
                let options = PgOptions {
                    write_batch_max,
                    ..PgOptions::default()
                };
                Ok(Backend::Postgres(Arc::new(
                    PgStore::open(url, options).await?,
                )))
            }
        }
    }

    pub fn store(&self) -> Arc<dyn Store> {
        match self {
            Backend::Sqlite(s) => s.clone(),
            Backend::Postgres(s) => s.clone(),
        }
    }

    pub fn postgres(&self) -> Option<&Arc<PgStore>> {
        match self {
            Backend::Postgres(s) => Some(s),
            Backend::Sqlite(_) => None,
        }
    }
}

/// `conclave-server migrate`: brings the configured store to this binary's schema.
pub async fn migrate(config: &ServerConfig) -> anyhow::Result<()> {
    match &config.store {
        StoreConfig::Sqlite => {
            crate::datadir::prepare(&config.data)?;
            crate::datadir::create_private_file(&config.db_path())?;
            let store = SqliteStore::open(&config.db_path(), 16)?;
            store.close().await;
            println!("{} is at the current schema", config.db_path().display());
        }
        StoreConfig::Postgres(url) => {
            let (before, after) = conclave_server_store_postgres::migrate(url).await?;
            let target = conclave_server_store_postgres::redacted(url);
            if before == after {
                println!("{target} is at schema version {after}; nothing to do");
            } else {
                println!("{target}: schema version {before} -> {after}");
            }
        }
    }
    Ok(())
}

/// Connects this node to the cluster's NATS (when configured) as the hub's bus.
pub async fn start_bus(
    config: &ServerConfig,
    hub: &Hub,
) -> anyhow::Result<Option<Arc<conclave_server_bus_nats::NatsBus>>> {
    let Some(bus) = &config.bus else {
        if config.store != StoreConfig::Sqlite {
            tracing::warn!(
                "PostgreSQL store without a bus: devices on other nodes get new messages only when they poll"
            );
        }
        return Ok(None);
    };
    let nats = conclave_server_bus_nats::NatsBus::start(&bus.url, &bus.subject, hub.clone())
        .await
        .context("connecting to NATS")?;
    tracing::info!(subject = %bus.subject, node = format!("{:016x}", nats.node()), "cluster bus started");
    Ok(Some(nats))
}

/// This node's address as clients reach it.
pub fn own_endpoint(config: &ServerConfig, port: u16) -> (String, u16) {
    (config.public_host.clone(), port)
}

/// Announces the node now and every [`NODE_ANNOUNCE_INTERVAL`] until `stop` resolves.
pub async fn announce_loop(
    store: Arc<PgStore>,
    endpoint: String,
    pin: Option<Fingerprint>,
    call_key: Option<String>,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let fingerprint = pin.map(|f| f.to_hex());
    let mut tick = tokio::time::interval(NODE_ANNOUNCE_INTERVAL);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            () = crate::stopped(&mut stop) => return,
        }
        if let Err(e) = store
            .announce_node(
                &endpoint,
                fingerprint.as_deref(),
                call_key.as_deref(),
                now(),
            )
            .await
        {
            tracing::warn!(error = %e, "announcing this node failed");
        }
    }
}

/// The nodes to put in a link: the configured public endpoints, else (in a cluster) the
/// nodes seen recently with `first` first, else `first` alone. Also the fingerprint the
/// cluster's nodes announced, when `pin` is not known here.
pub async fn link_nodes(
    config: &ServerConfig,
    backend: &Backend,
    first: Option<(String, u16)>,
    pin: Option<Fingerprint>,
) -> anyhow::Result<(Vec<(String, u16)>, Option<Fingerprint>)> {
    let mut nodes: Vec<(String, u16)> = Vec::new();
    let mut fingerprint = pin;
    if !config.public_endpoints.is_empty() {
        nodes = config.public_endpoints.clone();
    } else if let Backend::Postgres(pg) = backend {
        let since = Timestamp(now().0 - NODE_STALE_AFTER.as_millis() as i64);
        let announced = pg.nodes(since).await?;
        let mut prints = std::collections::BTreeSet::new();
        if let Some(first) = &first {
            nodes.push(first.clone());
        }
        for (endpoint, fp) in announced {
            if let Ok(node) = crate::config::parse_endpoint(&endpoint)
                && !nodes.contains(&node)
            {
                nodes.push(node);
            }
            if let Some(fp) = fp.as_deref().and_then(Fingerprint::parse_hex) {
                prints.insert(fp.0);
                fingerprint = fingerprint.or(Some(fp));
            }
        }
        if prints.len() > 1 {
            tracing::warn!(
                "the cluster's nodes announce different certificates; links pin one, so clients \
                 can reach only the nodes that share it: give every node the same certificate"
            );
        }
    }
    if nodes.is_empty()
        && let Some(first) = first
    {
        nodes.push(first);
    }
    Ok((nodes, fingerprint))
}
