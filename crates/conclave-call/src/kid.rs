//! Key ids: which sender, which epoch, which of its streams (RFC 9605 §5.2).

use crate::error::KeyError;
use crate::limits::SENDER_LEAF_MAX;

/// An SFrame key id in the layout of RFC 9605 §5.2 with `S = 16` sender bits and `E = 8` epoch
/// bits, and a 32-bit context above them:
///
/// ```text
///  bit 55        24 23          8 7         0
/// +----------------+-------------+-----------+
/// | context (32)   | leaf (16)   | epoch (8) |
/// +----------------+-------------+-----------+
/// ```
///
/// - `epoch`: the low 8 bits of the MLS epoch. A receiver holds at most a few epochs at a time,
///   far fewer than 256, so the low bits name one without ambiguity.
/// - `leaf`: the sender's MLS leaf index, which is constant while it is a member.
/// - `context`: the sender's stream (0 audio, 1 camera, ...). Every stream of a device has its
///   own counter, so each needs its own key: two streams under one key and counter would reuse
///   nonces. Context 0 gives the shortest header.
///
/// The value is always below 2^56 (the field is private; constructors check).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(u64);

impl KeyId {
    /// The bits a key id uses.
    pub const BITS: u32 = 56;
    const EPOCH_BITS: u32 = 8;
    const LEAF_BITS: u32 = 16;

    /// The key id of stream `context` of the sender at MLS leaf `leaf`, at MLS epoch `epoch` (of
    /// which the low 8 bits are kept).
    pub fn new(context: u32, leaf: u32, epoch: u64) -> Result<Self, KeyError> {
        if leaf > SENDER_LEAF_MAX {
            return Err(KeyError::LeafOutOfRange { leaf });
        }
        Ok(Self(
            (u64::from(context) << (Self::LEAF_BITS + Self::EPOCH_BITS))
                | (u64::from(leaf) << Self::EPOCH_BITS)
                | (epoch & 0xff),
        ))
    }

    /// The key id an SFrame header carries, if it fits this layout.
    pub fn from_u64(kid: u64) -> Result<Self, KeyError> {
        if kid >> Self::BITS != 0 {
            return Err(KeyError::KeyIdOutOfRange { kid });
        }
        Ok(Self(kid))
    }

    /// The value for the SFrame header.
    pub const fn as_u64(self) -> u64 {
        self.0
    }

    /// The sender's stream.
    pub const fn context(self) -> u32 {
        (self.0 >> (Self::LEAF_BITS + Self::EPOCH_BITS)) as u32
    }

    /// The sender's MLS leaf index.
    pub const fn leaf(self) -> u16 {
        (self.0 >> Self::EPOCH_BITS) as u16
    }

    /// The low 8 bits of the MLS epoch.
    pub const fn epoch_low(self) -> u8 {
        self.0 as u8
    }
}

impl From<KeyId> for u64 {
    fn from(kid: KeyId) -> u64 {
        kid.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sframe::mls::{MlsKeyId, MlsKeyIdBitRange};

    #[test]
    fn fields_round_trip() {
        for (context, leaf, epoch) in [
            (0, 0, 0),
            (0, 3, 41),
            (1, 65_535, 255),
            (u32::MAX, 7, 0x1_0000_0002),
        ] {
            let kid = KeyId::new(context, leaf, epoch).unwrap();
            assert_eq!(kid.context(), context);
            assert_eq!(u32::from(kid.leaf()), leaf);
            assert_eq!(kid.epoch_low(), epoch as u8);
            assert!(kid.as_u64() < 1 << 56);
            assert_eq!(KeyId::from_u64(kid.as_u64()), Ok(kid));
        }
    }

    /// The layout is the sframe crate's `MlsKeyId` with 8 epoch and 16 index bits.
    #[test]
    fn layout_is_rfc_9605_mls() {
        let range = MlsKeyIdBitRange::new(8, 16);
        for (context, leaf, epoch) in [
            (0u32, 0u32, 0u64),
            (0, 33, 17),
            (2, 51, 300),
            (u32::MAX, 65_535, u64::MAX),
        ] {
            let ours = KeyId::new(context, leaf, epoch).unwrap();
            let theirs =
                MlsKeyId::try_new(u64::from(context), epoch, u64::from(leaf), range).unwrap();
            assert_eq!(ours.as_u64(), u64::from(theirs));
        }
        // RFC 9605 §5.2's example: epoch 17, index 33, context 0.
        assert_eq!(KeyId::new(0, 33, 17).unwrap().as_u64(), (33 << 8) | 17);
    }

    #[test]
    fn refuses_what_does_not_fit() {
        assert_eq!(
            KeyId::new(0, 65_536, 1),
            Err(KeyError::LeafOutOfRange { leaf: 65_536 })
        );
        assert_eq!(
            KeyId::from_u64(1 << 56),
            Err(KeyError::KeyIdOutOfRange { kid: 1 << 56 })
        );
        assert!(KeyId::from_u64((1 << 56) - 1).is_ok());
    }
}
