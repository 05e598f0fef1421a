//! What of a media frame stays in clear: the codec bytes the SFU and the receiver's
//! depacketizer read before the frame is decrypted. They are authenticated (SFrame metadata,
//! part of the AAD), so changing one makes the frame fail.

use crate::limits::{OPUS_PREFIX_BYTES, VP8_DELTA_FRAME_PREFIX_BYTES, VP8_KEY_FRAME_PREFIX_BYTES};

/// The codecs calls use (VP8 and Opus only: an encrypted H.264 payload breaks its packetizer).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Codec {
    /// Opus audio: the TOC byte stays in clear.
    Opus,
    /// VP8 video: on a key frame the frame tag, start code and dimensions (10 bytes); on a delta
    /// frame only the first byte, which says it is one. (LiveKit and the WebRTC sample keep 3
    /// bytes of a delta frame; the other two are the first partition's size, which nobody on the
    /// path needs, so they are encrypted.)
    Vp8,
}

impl Codec {
    /// How many leading bytes of `frame` (a plaintext frame, or a received SFrame, whose first
    /// bytes are the same) stay in clear. Reads only the first byte; a frame shorter than its
    /// prefix is refused.
    pub fn clear_prefix_len(self, frame: &[u8]) -> Result<usize, &'static str> {
        let len = match self {
            Codec::Opus => OPUS_PREFIX_BYTES,
            // RFC 6386 §9.1: bit 0 of the frame tag is 0 on a key frame.
            Codec::Vp8 => match frame.first() {
                None => return Err("an empty VP8 frame"),
                Some(tag) if tag & 1 == 0 => VP8_KEY_FRAME_PREFIX_BYTES,
                Some(_) => VP8_DELTA_FRAME_PREFIX_BYTES,
            },
        };
        if frame.len() < len {
            return Err(match self {
                Codec::Opus => "an empty Opus frame",
                Codec::Vp8 => "a VP8 key frame shorter than its 10-byte header",
            });
        }
        Ok(len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(Codec::Opus.clear_prefix_len(&[0xfc, 1, 2]), Ok(1));
        assert!(Codec::Opus.clear_prefix_len(&[]).is_err());
        let key = [
            0x50, 0x02, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01, 0xff,
        ];
        assert_eq!(Codec::Vp8.clear_prefix_len(&key), Ok(10));
        assert!(Codec::Vp8.clear_prefix_len(&key[..9]).is_err());
        assert_eq!(
            Codec::Vp8.clear_prefix_len(&[0x31, 0x02, 0x00, 0x42]),
            Ok(1)
        );
        assert_eq!(Codec::Vp8.clear_prefix_len(&[0x31]), Ok(1));
        assert!(Codec::Vp8.clear_prefix_len(&[]).is_err());
    }
}
