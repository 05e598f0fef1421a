//! The seams between the [`Messenger`](crate::messenger::Messenger) and its platform.
//!
//! A [`Transport`] is one authenticated session with the server: typed requests answered by
//! responses, and a doorbell that rings when the server pushes a queue entry. A [`StateStore`]
//! keeps the device's state: encrypted key/value pairs, written in atomic, durable batches.
//!
//! Natively these are [`Connection`](crate::Connection) (tokio, TLS WebSocket) and
//! [`StateFile`](crate::state::StateFile) (SQLite); in the browser, `conclave-web`'s WebSocket
//! and IndexedDB store. Nothing here names a runtime: the futures are not required to be
//! `Send` (the browser is single-threaded), and callers that spawn them on a multi-threaded
//! runtime get `Send` from the concrete types.

use std::{future::Future, time::Duration};

use conclave_client_core::DeviceKey;
use conclave_proto::{
    ClientFrame, Delivery, DeviceId, Ephemeral, QueueSeq, Request, Response, SecretCode, WireError,
};

use crate::ClientError;

/// One authenticated session with the server.
pub trait Transport {
    /// The device this session authenticated as.
    fn device(&self) -> DeviceId;

    /// The server's protocol revision, from its `Hello` ([`conclave_proto::PROTOCOL_REVISION`]):
    /// kinds of request a server of an older revision lacks are not sent to it.
    fn server_revision(&self) -> u8;

    /// Sends a request and waits for its response (a refusal is `ClientError::Server`).
    fn request(&self, body: Request) -> impl Future<Output = Result<Response, ClientError>>;

    /// Resolves when the server pushed a queue entry, the session closed, or `wait` passed,
    /// whichever comes first. The entries themselves are read with [`Transport::fetch`]: a
    /// push is only a doorbell, the queue is the truth.
    fn wait_for_push(&mut self, wait: Duration) -> impl Future<Output = ()>;

    /// Why the server closed the session, if it did and said.
    fn close_reason(&self) -> Option<WireError>;

    /// The ephemeral signals (typing indicators) the server pushed since the last call,
    /// oldest first. They are never stored: a transport keeps a few and drops the oldest.
    /// An arriving one also ends [`Transport::wait_for_push`].
    fn take_ephemeral(&mut self) -> Vec<Ephemeral> {
        Vec::new()
    }

    /// Closes the session cleanly.
    fn close(self) -> impl Future<Output = ()>;

    /// Reads this device's queue after `after`, at most `limit` entries.
    fn fetch(
        &self,
        after: QueueSeq,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Delivery>, ClientError>> {
        async move {
            let device = self.device();
            match self
                .request(Request::Fetch {
                    device,
                    after,
                    limit,
                })
                .await?
            {
                Response::Queue(q) => Ok(q),
                other => Err(unexpected(other)),
            }
        }
    }

    /// Removes processed entries from this device's queue.
    fn ack(&self, seqs: Vec<QueueSeq>) -> impl Future<Output = Result<u32, ClientError>> {
        async move {
            let device = self.device();
            match self.request(Request::Ack { device, seqs }).await? {
                Response::Acked { removed } => Ok(removed),
                other => Err(unexpected(other)),
            }
        }
    }
}

/// One change of the state: a write, or a deletion (`None`).
pub type Change = (Vec<u8>, Option<Vec<u8>>);

/// The device's state at rest: key/value pairs, every value encrypted.
pub trait StateStore {
    /// Applies the changes in one atomic, durable write: when this returns `Ok`, all of them
    /// survive a crash; on an error, none of them was applied.
    fn apply(&mut self, changes: &[Change]) -> impl Future<Output = Result<(), StateError>>;
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StateError {
    #[error("wrong passphrase for {0} (set CONCLAVE_PASSPHRASE to the passphrase chosen at join)")]
    WrongPassphrase(std::path::PathBuf),
    #[error("{0} is protected by a passphrase: set CONCLAVE_PASSPHRASE")]
    PassphraseNeeded(std::path::PathBuf),
    #[error("state file error in {path}: {message}")]
    Io {
        path: std::path::PathBuf,
        message: String,
    },
    #[error(
        "state value for a key failed to decrypt: the state file is corrupt or was tampered with"
    )]
    Corrupt,
    /// A store other than the state file failed (the browser's IndexedDB).
    #[error("the device's storage failed: {0}")]
    Storage(String),
}

/// How to open a session.
#[derive(Clone)]
pub enum Auth<'a> {
    /// An existing device.
    Device { id: DeviceId, key: &'a DeviceKey },
    /// Redeem an invitation, creating the account and this first device.
    Register {
        invite: SecretCode,
        username: &'a str,
        device_name: &'a str,
        key: &'a DeviceKey,
    },
    /// Redeem a device link code: adds this new device to the link's account.
    JoinDevice {
        code: SecretCode,
        device_name: &'a str,
        key: &'a DeviceKey,
    },
    /// Redeem a renewal code (works when the account has expired), then continue as `Device`.
    Renew {
        id: DeviceId,
        key: &'a DeviceKey,
        code: SecretCode,
    },
}

impl Auth<'_> {
    /// The client's answer to the server's `Hello{challenge}`.
    pub fn frame(&self, challenge: &[u8; 32]) -> ClientFrame {
        match self {
            Auth::Device { id, key } => ClientFrame::Auth {
                device: *id,
                signature: key.sign_challenge(challenge),
            },
            Auth::Register {
                invite,
                username,
                device_name,
                key,
            } => ClientFrame::Register {
                invite: invite.clone(),
                username: (*username).to_owned(),
                device_name: (*device_name).to_owned(),
                device_key: key.public(),
                signature: key.sign_challenge(challenge),
            },
            Auth::JoinDevice {
                code,
                device_name,
                key,
            } => ClientFrame::JoinDevice {
                code: code.clone(),
                device_name: (*device_name).to_owned(),
                device_key: key.public(),
                signature: key.sign_challenge(challenge),
            },
            Auth::Renew { id, key, code } => ClientFrame::Renew {
                device: *id,
                signature: key.sign_challenge(challenge),
                code: code.clone(),
            },
        }
    }
}

pub(crate) fn unexpected(response: Response) -> ClientError {
    ClientError::Protocol(format!("unexpected response {response:?}"))
}
