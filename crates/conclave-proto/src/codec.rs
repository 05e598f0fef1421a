//! The versioned frame codec: one version byte, then a postcard body with no trailing bytes.

use serde::{Serialize, de::DeserializeOwned};

use crate::{ClientFrame, RequestId, ServerFrame, limits::FRAME_BYTES_MAX};

/// The frame format this build speaks: the first byte of every frame. Bumped on any
/// incompatible change of the encoding itself (never for a new kind of frame or request).
pub const PROTOCOL_VERSION: u8 = 1;

/// What this build knows of the protocol, within [`PROTOCOL_VERSION`]: revisions only add
/// kinds of frames and requests at the end of their enums, so an older peer decodes every
/// frame it knows of. Each side says its revision (the server in `Hello`, the client as
/// `?rev=` on the WebSocket URL; no `rev` means 1), and neither sends the other a kind the
/// other's revision lacks:
/// - 1: everything up to the blob store (`Request::BlobGrant`);
/// - 2: typing indicators (`Request::Ephemeral`, `ServerFrame::Ephemeral`, pushed only to a
///   session of revision 2), disappearing messages' queue TTL
///   (`Request::GroupMessageExpiring`) and rings (`Request::GroupRing`).
///
/// A kind from a newer peer is still told apart from garbage ([`CodecError::UnknownKind`],
/// [`CodecError::UnknownRequest`]), so a client skips it and a server answers it with
/// `ErrorCode::Unsupported` rather than closing the session.
pub const PROTOCOL_REVISION: u8 = 2;

/// How many kinds of [`ServerFrame`] this build knows (its last variant's index + 1).
const SERVER_FRAME_KINDS: u64 = 6;
/// How many kinds of [`ClientFrame`] this build knows.
const CLIENT_FRAME_KINDS: u64 = 5;
/// The index of `ClientFrame::Request`.
const CLIENT_FRAME_REQUEST: u64 = 4;
/// How many kinds of [`crate::Request`] this build knows.
const REQUEST_KINDS: u64 = 31;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum CodecError {
    #[error("empty frame")]
    Empty,
    #[error("frame is {len} bytes; the limit is {max}")]
    TooLarge { len: usize, max: usize },
    #[error("unsupported protocol version {got}; this side speaks version {PROTOCOL_VERSION}")]
    UnsupportedVersion { got: u8 },
    #[error("malformed frame: {0}")]
    Malformed(String),
    #[error("malformed frame: {0} trailing bytes")]
    TrailingBytes(usize),
    #[error("malformed frame: an integer is encoded in more bytes than it needs")]
    NonCanonical,
    /// A kind of frame this build does not know: from a peer of a newer revision.
    #[error(
        "unknown kind of frame {kind}: malformed, or from a newer protocol revision than this \
         side's {PROTOCOL_REVISION}"
    )]
    UnknownKind { kind: u64 },
    /// A request of a kind this build does not know, with the id to answer it under.
    #[error(
        "unknown kind of request {kind} (this side speaks protocol revision {PROTOCOL_REVISION})"
    )]
    UnknownRequest { id: RequestId, kind: u64 },
}

/// Encodes a frame as `[PROTOCOL_VERSION] ++ postcard(frame)`.
pub fn encode<T: Serialize>(frame: &T) -> Vec<u8> {
    // Serializing our own in-memory types into a Vec cannot fail: postcard only errors on
    // unsupported serde features (none are used) or on a full fixed buffer (we grow a Vec).
    #[allow(clippy::expect_used)]
    postcard::to_extend(frame, vec![PROTOCOL_VERSION]).expect("postcard to Vec is infallible")
}

/// Decodes a frame; `unknown` names a body that failed because its kind is newer than this
/// build (looked at only when decoding failed, so a good frame costs nothing more).
pub(crate) fn decode<T: DeserializeOwned + Serialize>(
    bytes: &[u8],
    unknown: fn(&[u8]) -> Option<CodecError>,
) -> Result<T, CodecError> {
    let (&version, body) = bytes.split_first().ok_or(CodecError::Empty)?;
    if bytes.len() > FRAME_BYTES_MAX {
        return Err(CodecError::TooLarge {
            len: bytes.len(),
            max: FRAME_BYTES_MAX,
        });
    }
    if version != PROTOCOL_VERSION {
        return Err(CodecError::UnsupportedVersion { got: version });
    }
    let (frame, rest) = postcard::take_from_bytes::<T>(body)
        .map_err(|e| unknown(body).unwrap_or_else(|| CodecError::Malformed(e.to_string())))?;
    if !rest.is_empty() {
        return Err(CodecError::TrailingBytes(rest.len()));
    }
    // postcard accepts overlong varints ([0x87, 0x00] for 7); one frame has one encoding.
    // Every other field has a fixed or length-prefixed form, so a frame whose canonical size
    // differs from what was read used an overlong varint. Measured without allocating.
    let canonical = postcard::serialize_with_flavor(&frame, postcard::ser_flavors::Size::default())
        .map_err(|e| CodecError::Malformed(e.to_string()))?;
    if canonical != body.len() {
        return Err(CodecError::NonCanonical);
    }
    Ok(frame)
}

/// Decodes a frame sent by a client. Rejects unknown versions, trailing bytes, oversize input.
pub fn decode_client(bytes: &[u8]) -> Result<ClientFrame, CodecError> {
    decode(bytes, |body| {
        let (kind, rest) = take_varint(body)?;
        if kind >= CLIENT_FRAME_KINDS {
            return Some(CodecError::UnknownKind { kind });
        }
        if kind != CLIENT_FRAME_REQUEST {
            return None;
        }
        let (id, rest) = take_varint(rest)?;
        let (kind, _) = take_varint(rest)?;
        (kind >= REQUEST_KINDS).then_some(CodecError::UnknownRequest {
            id: RequestId(id),
            kind,
        })
    })
}

/// Decodes a frame sent by a server.
pub fn decode_server(bytes: &[u8]) -> Result<ServerFrame, CodecError> {
    decode(bytes, |body| {
        let (kind, _) = take_varint(body)?;
        (kind >= SERVER_FRAME_KINDS).then_some(CodecError::UnknownKind { kind })
    })
}

/// A postcard varint (LEB128, at most 10 bytes for a u64) and what follows it.
fn take_varint(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let mut value = 0u64;
    for (i, &b) in bytes.iter().enumerate().take(10) {
        value |= u64::from(b & 0x7f).checked_shl(7 * i as u32)?;
        if b & 0x80 == 0 {
            return Some((value, &bytes[i + 1..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{GroupId, Request, RequestId, WireError};

    /// The kind counts follow the enums: each last variant's tag is its count − 1.
    #[test]
    fn kind_counts_match_the_enums() {
        let last_server = encode(&ServerFrame::Ephemeral(crate::Ephemeral {
            group: GroupId::new(vec![0; 16]).expect("a valid group id"),
            sender: crate::DeviceId(1),
            payload: vec![],
        }));
        assert_eq!(u64::from(last_server[1]), SERVER_FRAME_KINDS - 1);
        let request = encode(&ClientFrame::Request {
            id: RequestId(1),
            body: Request::GroupRing {
                group: GroupId::new(vec![0; 16]).expect("a valid group id"),
                epoch: 0,
                message: vec![],
            },
        });
        assert_eq!(u64::from(request[1]), CLIENT_FRAME_REQUEST);
        assert_eq!(CLIENT_FRAME_REQUEST, CLIENT_FRAME_KINDS - 1);
        assert_eq!(u64::from(request[3]), REQUEST_KINDS - 1);
    }

    /// A newer peer's kinds are named as such, with the id to answer a request under; a
    /// known kind with a broken body stays malformed.
    #[test]
    fn newer_kinds_are_told_apart_from_garbage() {
        let mut server = encode(&ServerFrame::Fatal(WireError::new(
            crate::ErrorCode::Internal,
            "x",
        )));
        server[1] = SERVER_FRAME_KINDS as u8;
        assert_eq!(
            decode_server(&server),
            Err(CodecError::UnknownKind {
                kind: SERVER_FRAME_KINDS
            })
        );
        // Request id 300 (two varint bytes), then a kind of request from the future.
        let future = [
            &[PROTOCOL_VERSION, CLIENT_FRAME_REQUEST as u8, 0xac, 0x02][..],
            &[REQUEST_KINDS as u8, 1, 2, 3],
        ]
        .concat();
        assert_eq!(
            decode_client(&future),
            Err(CodecError::UnknownRequest {
                id: RequestId(300),
                kind: REQUEST_KINDS
            })
        );
        assert_eq!(
            decode_client(&[PROTOCOL_VERSION, CLIENT_FRAME_KINDS as u8]),
            Err(CodecError::UnknownKind {
                kind: CLIENT_FRAME_KINDS
            })
        );
        // A known request kind whose body is cut short.
        let cut = [PROTOCOL_VERSION, CLIENT_FRAME_REQUEST as u8, 1, 1];
        assert!(matches!(decode_client(&cut), Err(CodecError::Malformed(_))));
        assert_eq!(take_varint(&[0xff; 11]), None);
    }

    #[test]
    fn round_trip_and_rejections() {
        let frame = ClientFrame::Request {
            id: RequestId(7),
            body: Request::WhoAmI,
        };
        let bytes = encode(&frame);
        assert_eq!(decode_client(&bytes), Ok(frame));

        // RequestId(7) is the byte 7 after the version and the variant tag; 7 spelled in
        // two bytes decodes in postcard but is refused here.
        assert_eq!(bytes[2], 7);
        let overlong = [&bytes[..2], &[0x87, 0x00], &bytes[3..]].concat();
        assert_eq!(decode_client(&overlong), Err(CodecError::NonCanonical));

        let mut wrong_version = bytes.clone();
        wrong_version[0] = 99;
        assert_eq!(
            decode_client(&wrong_version),
            Err(CodecError::UnsupportedVersion { got: 99 })
        );

        let mut trailing = bytes.clone();
        trailing.push(0);
        assert_eq!(decode_client(&trailing), Err(CodecError::TrailingBytes(1)));

        assert_eq!(decode_client(&[]), Err(CodecError::Empty));
        assert!(matches!(
            decode_client(&[PROTOCOL_VERSION, 0xff, 0xff]),
            Err(CodecError::Malformed(_))
        ));
        let huge = vec![PROTOCOL_VERSION; FRAME_BYTES_MAX + 1];
        assert!(matches!(
            decode_client(&huge),
            Err(CodecError::TooLarge { .. })
        ));
    }
}
