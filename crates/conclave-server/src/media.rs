//! Call media: the SFU (`conclave_sfu`) on this node's media port, and its signalling
//! endpoint on the HTTPS port.
//!
//! `POST /v1/call/join` with a JSON body `{"group": hex, "call_id": hex, "token": hex,
//! "offer": SDP}` (the token from `Request::CallToken`) answers `200 {"answer": SDP,
//! "participant": n}`, or an error status with `{"error": code, "message": text}`: 400
//! `bad_request` / `bad_offer`, 403 `token` (the token's own reason in the message), 409
//! `room_full`, 413 `too_large`, 503 `overloaded` / `unavailable`.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use axum::{
    body::Bytes,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use conclave_proto::GroupId;
use conclave_server_core::call_token::CallTokenError;
use conclave_sfu::net::{NetConfig, NetJoinError, SfuHandle};
use conclave_sfu::{JoinError, Sfu, SfuConfig, SfuLimits};
use tokio::sync::watch;

use crate::AppState;
use crate::config::MediaConfig;

/// The join endpoint's path.
pub const JOIN_PATH: &str = "/v1/call/join";

/// Largest join body: an offer of the most the SFU takes, its token and ids, JSON-escaped.
pub fn join_body_bytes_max() -> usize {
    2 * conclave_sfu::limits::OFFER_BYTES_MAX + 4096
}

/// What [`start`] started.
pub struct Media {
    pub handle: SfuHandle,
    pub task: tokio::task::JoinHandle<()>,
    /// The media port is the HTTPS port (same IP and port number): ICE-TCP connections arrive
    /// at the HTTPS listener, which hands those that do not start with TLS to the SFU
    /// ([`is_ice_tcp`]).
    pub tcp_on_https: bool,
}

/// Whether a TCP connection whose first byte is `first` is ICE-TCP rather than TLS: a TLS
/// connection starts with a handshake record (22); an RFC 4571 frame with its length's high
/// byte, which is 0–8 for the SFU's packets (at most [`conclave_sfu::limits::DATAGRAM_BYTES_MAX`]).
pub fn is_ice_tcp(first: u8) -> bool {
    usize::from(first) << 8 <= conclave_sfu::limits::DATAGRAM_BYTES_MAX
}

/// Binds the media socket and starts the SFU. `https` is the bound HTTPS address, whose IP
/// and port number are the defaults; `https_ephemeral`: the HTTPS port was asked as 0 (tests),
/// so a default media port that is taken gives way to any free one instead of failing.
///
/// ICE over TCP (the fallback where UDP is blocked) uses the same IP and port number, TCP:
/// on the HTTPS listener when the media port is the HTTPS port, else on a TCP listener of
/// its own beside the UDP socket (where that cannot be bound, calls are UDP only, logged).
pub async fn start(
    config: &MediaConfig,
    https: SocketAddr,
    https_ephemeral: bool,
    public_host: &str,
    trusted: [u8; 32],
    shutdown: watch::Receiver<bool>,
) -> anyhow::Result<Media> {
    let listen = config
        .listen
        .unwrap_or_else(|| SocketAddr::new(https.ip(), https.port()));
    let bound = match tokio::net::UdpSocket::bind(listen).await {
        Err(e)
            if config.listen.is_none()
                && https_ephemeral
                && e.kind() == std::io::ErrorKind::AddrInUse =>
        {
            tokio::net::UdpSocket::bind(SocketAddr::new(https.ip(), 0)).await
        }
        other => other,
    };
    let socket = bound.with_context(|| {
        format!("cannot bind the media port (UDP) {listen} (set media_listen, or `off`)")
    })?;
    let bound = socket.local_addr()?;
    let public_addr = match config.public_addr {
        Some(addr) => addr,
        None if !bound.ip().is_unspecified() => bound,
        None => match public_host.parse::<std::net::IpAddr>() {
            Ok(ip) => SocketAddr::new(ip, bound.port()),
            Err(_) => anyhow::bail!(
                "the media port listens on {bound}, an unspecified address, and the public host \
                 {public_host:?} is not an IP address: set media_public_addr to the address \
                 participants reach (IP:port)"
            ),
        },
    };
    let tcp_on_https = bound.port() == https.port() && bound.ip() == https.ip();
    let tcp_listener = if tcp_on_https {
        None
    } else {
        match tokio::net::TcpListener::bind(bound).await {
            Ok(l) => Some(l),
            Err(e) => {
                tracing::warn!(%bound, error = %e, "no ICE-TCP listener on the media port: calls need UDP");
                None
            }
        }
    };
    let tcp_on = tcp_on_https || tcp_listener.is_some();
    let sfu = Sfu::new(SfuConfig {
        public_addr,
        trusted_issuers: vec![trusted],
        tcp_addr: tcp_on.then_some(public_addr),
        limits: SfuLimits::default(),
        tap: config.danger_tap_file.is_some(),
    })?;
    if let Some(path) = &config.danger_tap_file {
        tracing::warn!(path = %path.display(), "danger: every forwarded media payload is written to a file");
    }
    let net = NetConfig {
        tap_file: config.danger_tap_file.clone(),
    };
    let (handle, task) = conclave_sfu::net::spawn(socket, tcp_listener, sfu, net, shutdown)?;
    let tcp = match (tcp_on_https, tcp_on) {
        (true, _) => "ICE-TCP on the HTTPS port",
        (false, true) => "ICE-TCP on the same port",
        (false, false) => "no ICE-TCP",
    };
    println!("Media on udp://{bound} ({tcp}; participants reach {public_addr})");
    tracing::info!(%bound, %public_addr, tcp_on, tcp_on_https, "SFU listening");
    Ok(Media {
        handle,
        task,
        tcp_on_https,
    })
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct JoinBody {
    group: String,
    call_id: String,
    token: String,
    offer: String,
}

/// What a join is answered: a status and a JSON body (`{"answer", "participant"}`, or
/// `{"error", "message"}`). Travels between nodes as [`JoinAnswer::encode`]d bytes when the
/// call lives on another node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinAnswer {
    pub status: StatusCode,
    pub body: serde_json::Value,
}

impl JoinAnswer {
    pub fn refusal(status: StatusCode, code: &str, message: impl std::fmt::Display) -> Self {
        JoinAnswer {
            status,
            body: serde_json::json!({ "error": code, "message": message.to_string() }),
        }
    }

    /// `[status: u16 BE][JSON body]`.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = self.status.as_u16().to_be_bytes().to_vec();
        out.extend_from_slice(self.body.to_string().as_bytes());
        out
    }

    /// `None` unless `bytes` is what [`JoinAnswer::encode`] makes.
    pub fn decode(bytes: &[u8]) -> Option<Self> {
        let (status, body) = bytes.split_at_checked(2)?;
        let status = StatusCode::from_u16(u16::from_be_bytes([status[0], status[1]])).ok()?;
        Some(JoinAnswer {
            status,
            body: serde_json::from_slice(body).ok()?,
        })
    }

    /// Whether the token was refused for its issuer alone (a node this one has not heard of
    /// yet: worth reading the cluster's keys again).
    pub fn is_unknown_issuer(&self) -> bool {
        self.status == StatusCode::FORBIDDEN
            && self.body["message"]
                .as_str()
                .is_some_and(|m| m.contains(&CallTokenError::UnknownIssuer.to_string()))
    }
}

impl IntoResponse for JoinAnswer {
    fn into_response(self) -> Response {
        (
            self.status,
            [(header::CONTENT_TYPE, "application/json")],
            self.body.to_string(),
        )
            .into_response()
    }
}

/// A join request, checked.
#[derive(Debug, Clone)]
pub struct Join {
    pub group: GroupId,
    pub call_id: [u8; 16],
    pub token: Vec<u8>,
    pub offer: String,
}

/// Checks a join body (its size, JSON, ids and hex) before anything else sees it.
pub fn parse_join(body: &[u8]) -> Result<Join, JoinAnswer> {
    let bad = |m: &str| JoinAnswer::refusal(StatusCode::BAD_REQUEST, "bad_request", m);
    if body.len() > join_body_bytes_max() {
        return Err(JoinAnswer::refusal(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            format!("{} bytes; at most {}", body.len(), join_body_bytes_max()),
        ));
    }
    let request: JoinBody = serde_json::from_slice(body)
        .map_err(|e| JoinAnswer::refusal(StatusCode::BAD_REQUEST, "bad_request", e))?;
    let group = crate::hex::decode(&request.group)
        .and_then(GroupId::new)
        .ok_or_else(|| bad("group: 1 to 64 bytes in hex"))?;
    let call_id = crate::hex::decode(&request.call_id)
        .and_then(|c| <[u8; 16]>::try_from(c).ok())
        .ok_or_else(|| bad("call_id: 16 bytes in hex"))?;
    let token = crate::hex::decode(&request.token).ok_or_else(|| bad("token: hex"))?;
    Ok(Join {
        group,
        call_id,
        token,
        offer: request.offer,
    })
}

/// Joins the call on this node's SFU.
pub async fn join_here(sfu: &SfuHandle, join: Join) -> JoinAnswer {
    match sfu
        .join(join.group, join.call_id, join.token, join.offer)
        .await
    {
        Ok(joined) => JoinAnswer {
            status: StatusCode::OK,
            body: serde_json::json!({
                "answer": joined.answer,
                "participant": joined.participant.0,
            }),
        },
        Err(NetJoinError::Refused(e)) => {
            let (status, code) = match &e {
                JoinError::Token(_) => (StatusCode::FORBIDDEN, "token"),
                JoinError::RoomFull { .. } => (StatusCode::CONFLICT, "room_full"),
                JoinError::OfferTooLarge { .. } | JoinError::TooManyMedia { .. } => {
                    (StatusCode::PAYLOAD_TOO_LARGE, "too_large")
                }
                JoinError::BadOffer(_) => (StatusCode::BAD_REQUEST, "bad_offer"),
                e if e.is_overload() => (StatusCode::SERVICE_UNAVAILABLE, "overloaded"),
                _ => (StatusCode::BAD_REQUEST, "refused"),
            };
            JoinAnswer::refusal(status, code, e)
        }
        Err(e @ NetJoinError::Busy) => {
            JoinAnswer::refusal(StatusCode::SERVICE_UNAVAILABLE, "overloaded", e)
        }
        Err(e) => JoinAnswer::refusal(StatusCode::SERVICE_UNAVAILABLE, "unavailable", e),
    }
}

/// `POST /v1/call/join`: on this node's SFU, or (in a cluster) on the node the call is
/// placed on ([`crate::call_placement`]).
pub async fn join_handler(State(state): State<Arc<AppState>>, body: Bytes) -> Response {
    let join = match parse_join(&body) {
        Ok(j) => j,
        Err(refused) => return refused.into_response(),
    };
    if let Some(placement) = &state.calls {
        return placement.join(&body, join).await.into_response();
    }
    match state.sfu.as_ref() {
        Some(sfu) => join_here(sfu, join).await.into_response(),
        None => JoinAnswer::refusal(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "this server runs no media (media_listen = off)",
        )
        .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_join_answer_crosses_the_bus_intact_and_nothing_else_decodes() {
        let answer = JoinAnswer::refusal(StatusCode::CONFLICT, "room_full", "full");
        assert_eq!(JoinAnswer::decode(&answer.encode()), Some(answer.clone()));
        assert_eq!(JoinAnswer::decode(b""), None);
        assert_eq!(JoinAnswer::decode(b"\x00"), None);
        assert_eq!(JoinAnswer::decode(b"\x00\x00{}"), None);
        assert_eq!(JoinAnswer::decode(b"\x00\xc8{"), None);
        let unknown = JoinAnswer::refusal(
            StatusCode::FORBIDDEN,
            "token",
            JoinError::Token(CallTokenError::UnknownIssuer),
        );
        assert!(unknown.is_unknown_issuer());
        assert!(!answer.is_unknown_issuer());
    }

    #[test]
    fn ice_tcp_is_told_from_tls_by_the_first_byte() {
        // A TLS handshake record, and plain HTTP, go to the HTTPS listener.
        assert!(!is_ice_tcp(22));
        assert!(!is_ice_tcp(b'G'));
        // An RFC 4571 frame of a STUN binding request (about 100 bytes) or of the largest
        // datagram the SFU reads goes to the SFU.
        assert!(is_ice_tcp(0));
        assert!(is_ice_tcp(8));
        assert!(!is_ice_tcp(9));
    }
}
