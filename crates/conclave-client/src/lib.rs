//! The async Conclave client: a TLS WebSocket session to `conclave-server` with certificate
//! pinning, typed requests, and the device queue API (send opaque payloads to devices, receive
//! them in order, acknowledge them).
//!
//! ```no_run
//! # async fn demo(endpoint: conclave_client::Endpoint, key: conclave_client_core::DeviceKey, id: conclave_proto::DeviceId) -> Result<(), conclave_client::ClientError> {
//! use conclave_client::{Auth, Connection};
//! let mut conn = Connection::open(&endpoint, Auth::Device { id, key: &key }).await?;
//! conn.send(vec![id], b"opaque bytes".to_vec()).await?;   // returns after a durable commit
//! let delivery = conn.next_delivery().await.expect("connection open");
//! conn.ack(vec![delivery.seq]).await?;
//! # Ok(()) }
//! ```
#![forbid(unsafe_code)]

mod connection;
mod error;
pub mod messenger;
pub mod raw;
pub mod state;
pub mod tls;

pub use connection::{Auth, Connection, Endpoint};
pub use error::ClientError;
pub use tls::client_config as tls_client_config;
