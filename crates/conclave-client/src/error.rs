use conclave_proto::{ErrorCode, Fingerprint, WireError};

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClientError {
    #[error("cannot connect to {addr}: {reason}")]
    Connect { addr: String, reason: String },
    #[error(
        "the server's TLS certificate does not match the pinned fingerprint (expected {expected}, got {got}); \
         this may be an attack, or the server's certificate changed"
    )]
    PinMismatch {
        expected: Fingerprint,
        got: Fingerprint,
    },
    #[error("TLS failure: {0}")]
    Tls(String),
    /// The server refused: typed code and a human message.
    #[error("{}", .0.message)]
    Server(WireError),
    #[error("the connection closed{}", .0.as_ref().map(|e| format!(": {}", e.message)).unwrap_or_default())]
    Closed(Option<WireError>),
    #[error("protocol error: {0}")]
    Protocol(String),
    #[error("timed out waiting for the server")]
    Timeout,
}

impl ClientError {
    /// The server's error code, when the server refused something.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ClientError::Server(e) | ClientError::Closed(Some(e)) => Some(e.code),
            _ => None,
        }
    }
}
