//! Identifiers and validated newtypes shared by client and server.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::limits::{DEVICE_NAME_BYTES_MAX, USERNAME_CHARS_MAX, USERNAME_CHARS_MIN};

/// Milliseconds since the Unix epoch (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn from_secs(secs: i64) -> Self {
        Timestamp(secs.saturating_mul(1000))
    }
    pub fn as_secs(self) -> i64 {
        self.0.div_euclid(1000)
    }
    pub fn saturating_add_secs(self, secs: u64) -> Self {
        let secs = i64::try_from(secs).unwrap_or(i64::MAX);
        Timestamp(self.0.saturating_add(secs.saturating_mul(1000)))
    }

    /// RFC 3339 in UTC to the second, e.g. `2026-05-24T10:00:00Z`.
    pub fn to_rfc3339(self) -> String {
        let secs = self.as_secs();
        let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
            rem / 3600,
            rem % 3600 / 60,
            rem % 60
        )
    }

    /// The calendar date in UTC, e.g. `2026-05-24`.
    pub fn to_date(self) -> String {
        self.to_rfc3339()[..10].to_owned()
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub struct $name(pub u64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A server-assigned account number.
    AccountId
);
id_type!(
    /// A server-assigned device number, unique on the server.
    DeviceId
);
id_type!(
    /// A stored payload (stored once, referenced by every recipient's queue row).
    PayloadId
);
id_type!(
    /// The position of an entry in one device's queue; strictly increasing per device.
    QueueSeq
);
id_type!(
    /// A client-chosen request id, echoed in the matching response.
    RequestId
);

/// A validated account name: 3–32 characters of `[a-z0-9._-]`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Username(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid username {0:?}: use {USERNAME_CHARS_MIN} to {USERNAME_CHARS_MAX} characters of a-z, 0-9, '.', '_' and '-'"
)]
pub struct InvalidUsername(pub String);

impl Username {
    pub fn parse(name: &str) -> Result<Self, InvalidUsername> {
        let ok_len = (USERNAME_CHARS_MIN..=USERNAME_CHARS_MAX).contains(&name.len());
        let ok_chars = name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        });
        if ok_len && ok_chars {
            Ok(Username(name.to_owned()))
        } else {
            // Keep the echoed name bounded: it may come from a peer.
            Err(InvalidUsername(
                name.chars().take(USERNAME_CHARS_MAX + 8).collect(),
            ))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl<'de> Deserialize<'de> for Username {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Username::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// A human label for a device ("laptop", "phone"); at most 64 bytes, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeviceName(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid device name: use 1 to {DEVICE_NAME_BYTES_MAX} bytes without control characters")]
pub struct InvalidDeviceName;

impl DeviceName {
    pub fn parse(name: &str) -> Result<Self, InvalidDeviceName> {
        if name.is_empty()
            || name.len() > DEVICE_NAME_BYTES_MAX
            || name.chars().any(char::is_control)
        {
            return Err(InvalidDeviceName);
        }
        Ok(DeviceName(name.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for DeviceName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        DeviceName::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// A 128-bit secret code (invitation or renewal). Only its hash is stored by the server.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecretCode(pub [u8; 16]);

impl SecretCode {
    /// The URL-safe text form used in links and on the command line.
    pub fn to_text(&self) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(self.0)
    }
    pub fn parse(text: &str) -> Option<Self> {
        use base64::Engine as _;
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(text.trim())
            .ok()?;
        Some(SecretCode(bytes.try_into().ok()?))
    }
}

impl fmt::Debug for SecretCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Codes are bearer secrets: never print them in logs or debug output.
        f.write_str("SecretCode(<redacted>)")
    }
}

/// An Ed25519 public key of a device (also its MLS credential key).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DevicePublicKey(pub [u8; 32]);

impl fmt::Debug for DevicePublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DevicePublicKey(")?;
        for b in &self.0[..6] {
            write!(f, "{b:02x}")?;
        }
        write!(f, "…)")
    }
}

/// An Ed25519 signature.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature(#[serde(with = "sig_bytes")] pub [u8; 64]);

impl fmt::Debug for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Signature(..)")
    }
}

mod sig_bytes {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(v: &[u8; 64], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(v)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 64], D::Error> {
        let v: &[u8] = <&[u8]>::deserialize(d)?;
        v.try_into()
            .map_err(|_| D::Error::custom("signature must be 64 bytes"))
    }
}

/// The bytes a device signs to authenticate: a domain separator and the server's challenge.
pub fn auth_transcript(challenge: &[u8; 32]) -> Vec<u8> {
    let mut out = b"conclave auth v1\0".to_vec();
    out.extend_from_slice(challenge);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames() {
        for ok in ["bob", "alice.smith", "a_b-c", "x23", &"a".repeat(32)] {
            assert!(Username::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "ab", "Bob", "bob!", "b ob", &"a".repeat(33), "élan"] {
            assert!(Username::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn timestamps_format_as_utc() {
        assert_eq!(Timestamp(0).to_rfc3339(), "1970-01-01T00:00:00Z");
        assert_eq!(
            Timestamp::from_secs(1_795_000_000).to_rfc3339(),
            "2026-11-18T11:06:40Z"
        );
        assert_eq!(Timestamp::from_secs(951_782_400).to_date(), "2000-02-29");
    }

    #[test]
    fn secret_code_text_round_trip() {
        let code = SecretCode([7; 16]);
        assert_eq!(SecretCode::parse(&code.to_text()), Some(code.clone()));
        assert_eq!(SecretCode::parse("short"), None);
        assert_eq!(format!("{code:?}"), "SecretCode(<redacted>)");
    }
}
