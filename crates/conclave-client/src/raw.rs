//! The raw framed transport: a TLS WebSocket carrying binary frames. [`crate::Connection`]
//! builds on it; tests use it directly to send malformed input.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio_tungstenite::{
    Connector, MaybeTlsStream, WebSocketStream,
    tungstenite::{Message, protocol::WebSocketConfig},
};

use crate::{ClientError, Endpoint, tls};

pub type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

pub fn ws_config() -> WebSocketConfig {
    let max = conclave_proto::limits::FRAME_BYTES_MAX + 64 * 1024;
    WebSocketConfig::default()
        .read_buffer_size(conclave_proto::limits::WS_BUFFER_BYTES)
        .write_buffer_size(conclave_proto::limits::WS_BUFFER_BYTES)
        .max_message_size(Some(max))
        .max_frame_size(Some(max))
}

/// Opens a TLS WebSocket to the endpoint, checking the certificate pin when there is one.
pub async fn connect(endpoint: &Endpoint) -> Result<Socket, ClientError> {
    connect_url(endpoint, endpoint.ws_url()).await
}

/// [`connect`] as a client of protocol `revision`, or of none (a client from before
/// revisions): for tests of mixed versions.
pub async fn connect_as(endpoint: &Endpoint, revision: Option<u8>) -> Result<Socket, ClientError> {
    let url = endpoint.ws_url();
    let url = match revision {
        Some(r) => url.replace(
            &format!("rev={}", conclave_proto::PROTOCOL_REVISION),
            &format!("rev={r}"),
        ),
        None => url.split('?').next().unwrap_or(&url).to_owned(),
    };
    connect_url(endpoint, url).await
}

async fn connect_url(endpoint: &Endpoint, url: String) -> Result<Socket, ClientError> {
    let (config, seen) = tls::client_config(endpoint.pin);
    let connect = tokio_tungstenite::connect_async_tls_with_config(
        url.as_str(),
        Some(ws_config()),
        true,
        Some(Connector::Rustls(config)),
    );
    match tokio::time::timeout(CONNECT_TIMEOUT, connect).await {
        Err(_) => Err(ClientError::Timeout),
        Ok(Ok((socket, _response))) => Ok(socket),
        Ok(Err(e)) => {
            let seen = *seen.lock().unwrap_or_else(|p| p.into_inner());
            match (endpoint.pin, seen) {
                (Some(expected), Some(got)) if expected != got => {
                    Err(ClientError::PinMismatch { expected, got })
                }
                _ => {
                    let mut reason = e.to_string();
                    if endpoint.pin.is_none() && reason.contains("UnknownIssuer") {
                        reason.push_str(&format!(
                            " (the server's certificate is not from a CA this device trusts: for a \
                             private or test CA, put its root in a PEM file and set {}=FILE)",
                            tls::EXTRA_ROOTS_ENV
                        ));
                    }
                    Err(ClientError::Connect {
                        addr: endpoint.addr(),
                        reason,
                    })
                }
            }
        }
    }
}

/// Sends one binary frame.
pub async fn send_bytes(socket: &mut Socket, bytes: Vec<u8>) -> Result<(), ClientError> {
    socket
        .send(Message::Binary(bytes.into()))
        .await
        .map_err(|e| ClientError::Closed(None).with_context(e))
}

/// Receives the next binary frame; `None` when the server closed.
pub async fn recv_bytes(socket: &mut Socket) -> Result<Option<Vec<u8>>, ClientError> {
    loop {
        match socket.next().await {
            None => return Ok(None),
            Some(Ok(Message::Binary(b))) => return Ok(Some(b.to_vec())),
            Some(Ok(Message::Close(_))) => return Ok(None),
            Some(Ok(_)) => continue,
            Some(Err(e)) => return Err(ClientError::Protocol(e.to_string())),
        }
    }
}

impl ClientError {
    fn with_context(self, e: impl std::fmt::Display) -> Self {
        match self {
            ClientError::Closed(None) => ClientError::Protocol(format!("connection lost: {e}")),
            other => other,
        }
    }
}
