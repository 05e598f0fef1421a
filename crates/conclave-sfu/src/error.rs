//! Why a join is refused. Each reason is its own variant so the signalling endpoint can say
//! which, and map it to an HTTP status without looking at text.

use conclave_server_core::call_token::CallTokenError;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JoinError {
    /// The call token does not admit its holder to this call.
    #[error("call token refused: {0}")]
    Token(#[from] CallTokenError),
    #[error("the call is full: {max} participants at most")]
    RoomFull { max: usize },
    #[error("this server has {max} calls running, its most; try again later")]
    TooManyRooms { max: usize },
    #[error("this server carries {max} call participants, its most; try again later")]
    TooManyParticipants { max: usize },
    #[error("the SDP offer has {bytes} bytes; at most {max}")]
    OfferTooLarge { bytes: usize, max: usize },
    #[error("the SDP offer has {count} media lines; at most {max}")]
    TooManyMedia { count: usize, max: usize },
    /// The offer does not parse, or str0m cannot answer it (no common codec, no DTLS
    /// fingerprint, …). The text is str0m's.
    #[error("invalid SDP offer: {0}")]
    BadOffer(String),
}

impl JoinError {
    /// Whether the client should retry later rather than fix its request.
    pub fn is_overload(&self) -> bool {
        matches!(
            self,
            JoinError::TooManyRooms { .. } | JoinError::TooManyParticipants { .. }
        )
    }
}
