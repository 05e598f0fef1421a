//! The async Conclave client: a TLS WebSocket session to `conclave-server` with certificate
//! pinning, typed requests, and the device queue API (send opaque payloads to devices, receive
//! them in order, acknowledge them); and the [`messenger::Messenger`], the conversation logic,
//! generic over its [`Transport`] and [`StateStore`] so that the browser runs the same code.
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

pub mod cipher;
mod error;
pub mod messenger;
pub mod transport;
pub mod words;

// The native platform: tokio, TLS WebSocket, SQLite. The browser brings its own (`conclave-web`).
#[cfg(not(target_arch = "wasm32"))]
pub mod blobs;
#[cfg(not(target_arch = "wasm32"))]
mod connection;
#[cfg(not(target_arch = "wasm32"))]
pub mod history;
#[cfg(not(target_arch = "wasm32"))]
pub mod proxy;
#[cfg(not(target_arch = "wasm32"))]
pub mod raw;
#[cfg(not(target_arch = "wasm32"))]
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod tls;

#[cfg(not(target_arch = "wasm32"))]
pub use connection::{Connection, Endpoint};
pub use error::{ClientError, Refusal, RefusalArg};
#[cfg(not(target_arch = "wasm32"))]
pub use tls::client_config as tls_client_config;
pub use transport::{Auth, StateError, StateStore, Transport};
pub use words::words;
