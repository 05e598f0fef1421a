//! The versioned frame codec: one version byte, then a postcard body with no trailing bytes.

use serde::{Serialize, de::DeserializeOwned};

use crate::{ClientFrame, ServerFrame, limits::FRAME_BYTES_MAX};

/// The protocol version this build speaks. Bumped on any incompatible frame change.
pub const PROTOCOL_VERSION: u8 = 1;

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
}

/// Encodes a frame as `[PROTOCOL_VERSION] ++ postcard(frame)`.
pub fn encode<T: Serialize>(frame: &T) -> Vec<u8> {
    // Serializing our own in-memory types into a Vec cannot fail: postcard only errors on
    // unsupported serde features (none are used) or on a full fixed buffer (we grow a Vec).
    #[allow(clippy::expect_used)]
    postcard::to_extend(frame, vec![PROTOCOL_VERSION]).expect("postcard to Vec is infallible")
}

pub(crate) fn decode<T: DeserializeOwned + Serialize>(bytes: &[u8]) -> Result<T, CodecError> {
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
    let (frame, rest) =
        postcard::take_from_bytes::<T>(body).map_err(|e| CodecError::Malformed(e.to_string()))?;
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
    decode(bytes)
}

/// Decodes a frame sent by a server.
pub fn decode_server(bytes: &[u8]) -> Result<ServerFrame, CodecError> {
    decode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Request, RequestId};

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
