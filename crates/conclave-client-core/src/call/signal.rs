//! The wire form of call signals inside the message envelope, versioned on its own.
//!
//! `Content::Call` carries `[CALL_SIGNAL_VERSION] ++ postcard(v1::Signal)` as a byte string,
//! exactly where the envelope reserved `Call { signal: Vec<u8> }`, so the envelope's version is
//! unchanged (the same scheme as [`crate::ledger::LedgerPayload`]). A signal this version cannot
//! read (a newer version, or a malformed one) still decodes as part of its envelope: it becomes
//! [`CallSignal::Unreadable`], which keeps the bytes, and the call log ignores it with its
//! reason. New kinds or fields take a new version; `v1` never changes.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::limits::{CALL_SIGNAL_BYTES_MAX, DTLS_FINGERPRINT_BYTES_MAX, SESSION_PARAMS_BYTES_MAX};

/// The newest call signal version this client reads.
pub const CALL_SIGNAL_VERSION: u8 = 1;

/// A call's id: 16 random bytes chosen by the device that starts it. It names the call in every
/// signal and in the call token the SFU admits on.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CallId(pub [u8; 16]);

impl CallId {
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The first 8 hexadecimal characters, for people.
    pub fn short(&self) -> String {
        self.to_hex()[..8].to_owned()
    }
}

impl fmt::Debug for CallId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CallId({})", self.to_hex())
    }
}

impl fmt::Display for CallId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// What a call (or a participant) sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Media {
    Audio,
    Video,
}

impl Media {
    pub fn as_str(self) -> &'static str {
        match self {
            Media::Audio => "audio",
            Media::Video => "video",
        }
    }
}

/// A device's media session parameters, carried inside MLS so that MLS authenticates them: the
/// DTLS certificate fingerprint its media connection will present, and the rest of its session
/// description (opaque here; the media code reads it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaSession {
    dtls_fingerprint: Vec<u8>,
    params: Vec<u8>,
}

impl MediaSession {
    /// A fingerprint of 1 to [`DTLS_FINGERPRINT_BYTES_MAX`] bytes and at most
    /// [`SESSION_PARAMS_BYTES_MAX`] bytes of parameters.
    pub fn new(dtls_fingerprint: Vec<u8>, params: Vec<u8>) -> Result<Self, CallSignalError> {
        if dtls_fingerprint.is_empty() || dtls_fingerprint.len() > DTLS_FINGERPRINT_BYTES_MAX {
            return Err(CallSignalError::Fingerprint {
                bytes: dtls_fingerprint.len(),
            });
        }
        if params.len() > SESSION_PARAMS_BYTES_MAX {
            return Err(CallSignalError::ParamsTooLong {
                bytes: params.len(),
            });
        }
        Ok(MediaSession {
            dtls_fingerprint,
            params,
        })
    }

    pub fn dtls_fingerprint(&self) -> &[u8] {
        &self.dtls_fingerprint
    }

    pub fn params(&self) -> &[u8] {
        &self.params
    }
}

/// One call signal. The sending account and device are not in it: MLS authenticates them (the
/// sender of the application message), so neither the server nor another member can speak for
/// a device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallSignal {
    /// Starts call `call_id` in the conversation; the sending device is in the call. Every
    /// other member's devices ring for [`super::limits::RING_MS`].
    Invite { call_id: CallId, media: Media },
    /// The sending device is ringing (for the caller's "ringing…").
    Ringing { call_id: CallId },
    /// The sending account answers: its other devices stop ringing. Its device then `Join`s.
    Accept { call_id: CallId },
    /// The sending account declines: its devices stop ringing; it gets a missed call, the
    /// caller a "declined".
    Decline { call_id: CallId },
    /// The sending device is in the call, with its media session (`None`: no media yet, or a
    /// client without media). A device already in the call updates its session.
    Join {
        call_id: CallId,
        media: Media,
        session: Option<MediaSession>,
    },
    /// The sending device leaves; the call is over when its last device leaves.
    Leave { call_id: CallId },
    /// Hangs up the call for everyone (from a device in the call, or any of the caller's).
    End { call_id: CallId },
    /// A signal this client cannot read, kept byte for byte.
    Unreadable(Unreadable),
}

/// A signal this client cannot use, kept byte for byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub bytes: Vec<u8>,
    pub reason: UnreadableReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnreadableReason {
    /// Written by a newer client (this call signal version); update to read it.
    NewerVersion(u8),
    /// Not a valid signal of a version this client knows.
    Invalid(CallSignalError),
}

impl fmt::Display for UnreadableReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnreadableReason::NewerVersion(v) => write!(
                f,
                "written by a newer Conclave (call signal version {v}); update to read it"
            ),
            UnreadableReason::Invalid(e) => e.fmt(f),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CallSignalError {
    #[error("malformed call signal: {0}")]
    Malformed(String),
    #[error("call signal of {bytes} bytes; the limit is {CALL_SIGNAL_BYTES_MAX}")]
    TooLong { bytes: usize },
    #[error("DTLS fingerprint of {bytes} bytes; it takes 1 to {DTLS_FINGERPRINT_BYTES_MAX}")]
    Fingerprint { bytes: usize },
    #[error("media session parameters of {bytes} bytes; the limit is {SESSION_PARAMS_BYTES_MAX}")]
    ParamsTooLong { bytes: usize },
    #[error("an unreadable call signal cannot be sent")]
    Unreadable,
}

impl CallSignal {
    /// The call this signal is about (`None` for an unreadable one).
    pub fn call_id(&self) -> Option<CallId> {
        match self {
            CallSignal::Invite { call_id, .. }
            | CallSignal::Ringing { call_id }
            | CallSignal::Accept { call_id }
            | CallSignal::Decline { call_id }
            | CallSignal::Join { call_id, .. }
            | CallSignal::Leave { call_id }
            | CallSignal::End { call_id } => Some(*call_id),
            CallSignal::Unreadable(_) => None,
        }
    }

    /// The kind, in one word (`invite`, `ringing`, …).
    pub fn kind(&self) -> &'static str {
        match self {
            CallSignal::Invite { .. } => "invite",
            CallSignal::Ringing { .. } => "ringing",
            CallSignal::Accept { .. } => "accept",
            CallSignal::Decline { .. } => "decline",
            CallSignal::Join { .. } => "join",
            CallSignal::Leave { .. } => "leave",
            CallSignal::End { .. } => "end",
            CallSignal::Unreadable(_) => "unreadable",
        }
    }

    /// Whether this signal may be sent: readable, and within the limits once encoded.
    pub fn check(&self) -> Result<(), CallSignalError> {
        if matches!(self, CallSignal::Unreadable(_)) {
            return Err(CallSignalError::Unreadable);
        }
        let bytes = self.to_bytes().len();
        if bytes > CALL_SIGNAL_BYTES_MAX {
            return Err(CallSignalError::TooLong { bytes });
        }
        Ok(())
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let signal = match self {
            CallSignal::Unreadable(u) => return u.bytes.clone(),
            CallSignal::Invite { call_id, media } => v1::Signal::Invite {
                call_id: call_id.0,
                media: (*media).into(),
            },
            CallSignal::Ringing { call_id } => v1::Signal::Ringing { call_id: call_id.0 },
            CallSignal::Accept { call_id } => v1::Signal::Accept { call_id: call_id.0 },
            CallSignal::Decline { call_id } => v1::Signal::Decline { call_id: call_id.0 },
            CallSignal::Join {
                call_id,
                media,
                session,
            } => v1::Signal::Join {
                call_id: call_id.0,
                media: (*media).into(),
                session: session.as_ref().map(|s| v1::Session {
                    dtls_fingerprint: s.dtls_fingerprint.clone(),
                    params: s.params.clone(),
                }),
            },
            CallSignal::Leave { call_id } => v1::Signal::Leave { call_id: call_id.0 },
            CallSignal::End { call_id } => v1::Signal::End { call_id: call_id.0 },
        };
        // Serializing plain data into a Vec cannot fail.
        postcard::to_extend(&signal, vec![CALL_SIGNAL_VERSION]).unwrap_or_default()
    }

    /// Never fails: what cannot be read is [`CallSignal::Unreadable`].
    pub fn from_bytes(bytes: &[u8]) -> Self {
        let unreadable = |reason| {
            CallSignal::Unreadable(Unreadable {
                bytes: bytes.to_vec(),
                reason,
            })
        };
        if bytes.len() > CALL_SIGNAL_BYTES_MAX {
            return unreadable(UnreadableReason::Invalid(CallSignalError::TooLong {
                bytes: bytes.len(),
            }));
        }
        match bytes.split_first() {
            None => unreadable(UnreadableReason::Invalid(CallSignalError::Malformed(
                "empty".into(),
            ))),
            Some((&CALL_SIGNAL_VERSION, body)) => match decode_v1(body) {
                Ok(signal) => signal,
                Err(e) => unreadable(UnreadableReason::Invalid(e)),
            },
            Some((&v, _)) if v > CALL_SIGNAL_VERSION => {
                unreadable(UnreadableReason::NewerVersion(v))
            }
            Some((&v, _)) => unreadable(UnreadableReason::Invalid(CallSignalError::Malformed(
                format!("unknown call signal version {v}"),
            ))),
        }
    }

    /// A one-line human rendering.
    pub fn summary(&self) -> String {
        match self {
            CallSignal::Invite { call_id, media } => {
                let kind = match media {
                    Media::Audio => "an audio",
                    Media::Video => "a video",
                };
                format!("(call) started {kind} call {}", call_id.short())
            }
            CallSignal::Ringing { call_id } => format!("(call) ringing for {}", call_id.short()),
            CallSignal::Accept { call_id } => format!("(call) answered {}", call_id.short()),
            CallSignal::Decline { call_id } => format!("(call) declined {}", call_id.short()),
            CallSignal::Join { call_id, .. } => format!("(call) joined {}", call_id.short()),
            CallSignal::Leave { call_id } => format!("(call) left {}", call_id.short()),
            CallSignal::End { call_id } => format!("(call) ended {}", call_id.short()),
            CallSignal::Unreadable(u) => format!("(unreadable call signal: {})", u.reason),
        }
    }

    /// [`CallSignal::summary`] as a catalogue message (`preview-call-started-audio`, …).
    pub fn phrase(&self) -> super::CallMessage {
        use super::MessageArg;
        let (id, call_id) = match self {
            CallSignal::Invite { call_id, media } => (
                match media {
                    Media::Audio => "preview-call-started-audio",
                    Media::Video => "preview-call-started-video",
                },
                call_id,
            ),
            CallSignal::Ringing { call_id } => ("preview-call-ringing", call_id),
            CallSignal::Accept { call_id } => ("preview-call-answered", call_id),
            CallSignal::Decline { call_id } => ("preview-call-declined", call_id),
            CallSignal::Join { call_id, .. } => ("preview-call-joined", call_id),
            CallSignal::Leave { call_id } => ("preview-call-left", call_id),
            CallSignal::End { call_id } => ("preview-call-ended", call_id),
            CallSignal::Unreadable(u) => {
                return super::CallMessage {
                    id: "preview-call-unreadable".into(),
                    args: vec![("reason", MessageArg::Text(u.reason.to_string()))],
                };
            }
        };
        super::CallMessage {
            id: id.into(),
            args: vec![("call", MessageArg::Text(call_id.short()))],
        }
    }
}

impl Serialize for CallSignal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_bytes().serialize(s)
    }
}

impl<'de> Deserialize<'de> for CallSignal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let bytes = Vec::<u8>::deserialize(d)?;
        Ok(CallSignal::from_bytes(&bytes))
    }
}

fn decode_v1(body: &[u8]) -> Result<CallSignal, CallSignalError> {
    let (signal, rest): (v1::Signal, _) =
        postcard::take_from_bytes(body).map_err(|e| CallSignalError::Malformed(e.to_string()))?;
    if !rest.is_empty() {
        return Err(CallSignalError::Malformed("trailing bytes".into()));
    }
    Ok(match signal {
        v1::Signal::Invite { call_id, media } => CallSignal::Invite {
            call_id: CallId(call_id),
            media: media.into(),
        },
        v1::Signal::Ringing { call_id } => CallSignal::Ringing {
            call_id: CallId(call_id),
        },
        v1::Signal::Accept { call_id } => CallSignal::Accept {
            call_id: CallId(call_id),
        },
        v1::Signal::Decline { call_id } => CallSignal::Decline {
            call_id: CallId(call_id),
        },
        v1::Signal::Join {
            call_id,
            media,
            session,
        } => CallSignal::Join {
            call_id: CallId(call_id),
            media: media.into(),
            session: session
                .map(|s| MediaSession::new(s.dtls_fingerprint, s.params))
                .transpose()?,
        },
        v1::Signal::Leave { call_id } => CallSignal::Leave {
            call_id: CallId(call_id),
        },
        v1::Signal::End { call_id } => CallSignal::End {
            call_id: CallId(call_id),
        },
    })
}

/// Version 1 of the wire form. Frozen: change nothing here, add a `v2`.
pub(super) mod v1 {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    pub enum Signal {
        Invite {
            call_id: [u8; 16],
            media: Media,
        },
        Ringing {
            call_id: [u8; 16],
        },
        Accept {
            call_id: [u8; 16],
        },
        Decline {
            call_id: [u8; 16],
        },
        Join {
            call_id: [u8; 16],
            media: Media,
            session: Option<Session>,
        },
        Leave {
            call_id: [u8; 16],
        },
        End {
            call_id: [u8; 16],
        },
    }

    #[derive(Serialize, Deserialize)]
    pub enum Media {
        Audio,
        Video,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Session {
        pub dtls_fingerprint: Vec<u8>,
        pub params: Vec<u8>,
    }
}

impl From<Media> for v1::Media {
    fn from(m: Media) -> Self {
        match m {
            Media::Audio => v1::Media::Audio,
            Media::Video => v1::Media::Video,
        }
    }
}

impl From<v1::Media> for Media {
    fn from(m: v1::Media) -> Self {
        match m {
            v1::Media::Audio => Media::Audio,
            v1::Media::Video => Media::Video,
        }
    }
}
