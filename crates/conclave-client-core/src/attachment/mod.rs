//! Attachments: a file encrypted on the client with its own random key, stored as opaque
//! ciphertext in the server's blob store, and the reference to it ([`AttachmentRef`]) carried
//! inside the MLS message (`Content::Attachment`), so only members of the conversation learn
//! the key, the blob's download capability, the file's name, type and size.
//!
//! [`stream`] is the file encryption: ChaCha20-Poly1305 STREAM in 64 KiB chunks (as `age`
//! does), sans-IO, with memory independent of the file's size.

pub mod stream;

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// The version of the encoded [`AttachmentRef`] (its first byte inside the envelope). A
/// reference of another version still decodes as an envelope and shows as an unsupported
/// attachment.
pub const ATTACHMENT_REF_VERSION: u8 = 1;

/// Limits on an attachment reference, checked when it is made and when it is decoded.
pub mod limits {
    /// Longest file name, in bytes.
    pub const NAME_BYTES_MAX: usize = 255;
    /// Longest media type (`image/png`), in bytes.
    pub const MEDIA_TYPE_BYTES_MAX: usize = 127;
    /// Largest thumbnail carried in the message, in bytes.
    pub const THUMBNAIL_BYTES_MAX: usize = 16 * 1024;
    /// Largest file the format describes (the server's operator limit is lower): 2 GiB the
    /// design must allow, with room.
    pub const FILE_BYTES_MAX: u64 = 16 * 1024 * 1024 * 1024;
}

/// A random 256-bit key for one file; zeroized on drop and redacted in `Debug`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct FileKey(pub [u8; 32]);

impl std::fmt::Debug for FileKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FileKey(..)")
    }
}

impl FileKey {
    /// A fresh key from the caller's randomness (sans-IO: the caller owns the RNG).
    pub fn random(rng: &mut impl rand::RngCore) -> Self {
        let mut key = [0u8; 32];
        rng.fill_bytes(&mut key);
        FileKey(key)
    }
}

/// What a member needs to fetch, check and decrypt an attachment, carried inside the MLS
/// message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentRef {
    /// The blob's id at the sender's home server.
    pub blob: [u8; 16],
    /// The random download capability the server checks (it keeps only its hash): only
    /// those who can read this message can fetch the blob.
    pub capability: [u8; 32],
    pub key: FileKey,
    /// SHA-256 of the whole ciphertext, checked after download.
    pub ciphertext_sha256: [u8; 32],
    /// The plaintext's size in bytes.
    pub size: u64,
    /// As the sender gave it (not trusted for anything but display).
    pub media_type: String,
    /// As the sender gave it: show it through [`AttachmentRef::display_name`].
    pub name: String,
    /// A small client-made preview (images, video), encrypted with the message.
    pub thumbnail: Option<Vec<u8>>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum AttachmentRefError {
    /// A reference from a newer version of Conclave.
    #[error("unsupported attachment (version {0}, from a newer version of Conclave)")]
    Version(u8),
    #[error("malformed attachment reference: {0}")]
    Malformed(String),
    #[error("attachment {what} is {len} bytes, over the limit of {max}")]
    TooLong {
        what: &'static str,
        len: usize,
        max: usize,
    },
    #[error("attachment of {0} bytes is over the limit of {max}", max = limits::FILE_BYTES_MAX)]
    TooLarge(u64),
}

impl AttachmentRef {
    /// The bytes of `Content::Attachment { pointer }`: a version byte, then postcard.
    pub fn encode(&self) -> Result<Vec<u8>, AttachmentRefError> {
        self.check()?;
        postcard::to_extend(self, vec![ATTACHMENT_REF_VERSION])
            .map_err(|e| AttachmentRefError::Malformed(e.to_string()))
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, AttachmentRefError> {
        let (&v, body) = bytes
            .split_first()
            .ok_or_else(|| AttachmentRefError::Malformed("empty".into()))?;
        if v != ATTACHMENT_REF_VERSION {
            return Err(AttachmentRefError::Version(v));
        }
        let r: AttachmentRef =
            crate::envelope::decode_exact(body).map_err(AttachmentRefError::Malformed)?;
        r.check()?;
        Ok(r)
    }

    fn check(&self) -> Result<(), AttachmentRefError> {
        let long = |what, len, max| {
            (len > max)
                .then_some(AttachmentRefError::TooLong { what, len, max })
                .map_or(Ok(()), Err)
        };
        long("name", self.name.len(), limits::NAME_BYTES_MAX)?;
        long(
            "media type",
            self.media_type.len(),
            limits::MEDIA_TYPE_BYTES_MAX,
        )?;
        long(
            "thumbnail",
            self.thumbnail.as_ref().map_or(0, Vec::len),
            limits::THUMBNAIL_BYTES_MAX,
        )?;
        if self.size > limits::FILE_BYTES_MAX {
            return Err(AttachmentRefError::TooLarge(self.size));
        }
        Ok(())
    }

    /// The ciphertext's size, from the plaintext's (see [`stream::ciphertext_size`]).
    pub fn ciphertext_size(&self) -> u64 {
        stream::ciphertext_size(self.size)
    }

    /// The name safe to show and to save under: no control, bidi-override or other invisible
    /// format characters (right-to-left-override spoofing: `exe.txt` shown for `txt.exe`), no
    /// path separators, no leading dots; `attachment` when nothing is left.
    pub fn display_name(&self) -> String {
        safe_file_name(&self.name)
    }

    /// The media type if it is one (`type/subtype` of RFC 6838 name characters, lower-cased,
    /// parameters dropped), else `application/octet-stream`: what a receiver may choose a
    /// preview by.
    pub fn checked_media_type(&self) -> String {
        let essence = self
            .media_type
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let name_ok = |part: &str| {
            !part.is_empty()
                && part.len() <= 127
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$&^_.+-".contains(&b))
        };
        match essence.split_once('/') {
            Some((t, sub)) if name_ok(t) && name_ok(sub) => essence,
            _ => "application/octet-stream".into(),
        }
    }
}

/// See [`AttachmentRef::display_name`].
pub fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|&c| !is_invisible_or_control(c))
        .map(|c| if matches!(c, '/' | '\\') { '_' } else { c })
        .collect();
    let trimmed = cleaned.trim().trim_start_matches('.');
    if trimmed.is_empty() {
        "attachment".into()
    } else {
        trimmed.to_owned()
    }
}

/// The media type a file's name suggests (`application/octet-stream` when none): what a
/// sender puts in [`AttachmentRef::media_type`] for a receiver to choose how to show it. Only
/// a hint: receivers never run or render a file because of it without their own checks.
pub fn media_type_for(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "heic" => "image/heic",
        "svg" => "image/svg+xml",
        "mp4" | "m4v" => "video/mp4",
        "webm" => "video/webm",
        "mov" => "video/quicktime",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "ogg" | "oga" | "opus" => "audio/ogg",
        "wav" => "audio/wav",
        "flac" => "audio/flac",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "gz" => "application/gzip",
        "txt" | "log" => "text/plain",
        "md" => "text/markdown",
        "csv" => "text/csv",
        "json" => "application/json",
        "html" | "htm" => "text/html",
        "odt" => "application/vnd.oasis.opendocument.text",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    }
}

/// Control characters, bidi embeddings/overrides/isolates/marks and zero-width characters.
pub(crate) fn is_invisible_or_control(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}'
            | '\u{061C}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> AttachmentRef {
        AttachmentRef {
            blob: [1; 16],
            capability: [2; 32],
            key: FileKey([3; 32]),
            ciphertext_sha256: [4; 32],
            size: 1000,
            media_type: "image/png".into(),
            name: "cat.png".into(),
            thumbnail: Some(vec![9; 10]),
        }
    }

    #[test]
    fn only_well_formed_media_types_are_shown() {
        let mut r = sample();
        for (given, shown) in [
            ("image/PNG", "image/png"),
            ("text/plain; charset=utf-8", "text/plain"),
            ("text/html\u{202e}", "application/octet-stream"),
            ("nonsense", "application/octet-stream"),
            ("a/b/c", "application/octet-stream"),
        ] {
            r.media_type = given.into();
            assert_eq!(r.checked_media_type(), shown, "{given:?}");
        }
    }

    #[test]
    fn media_types_by_extension() {
        assert_eq!(media_type_for("Cat.JPG"), "image/jpeg");
        assert_eq!(media_type_for("notes.txt"), "text/plain");
        assert_eq!(media_type_for("README"), "application/octet-stream");
        assert_eq!(media_type_for("archive.tar.gz"), "application/gzip");
    }

    #[test]
    fn round_trip_version_and_limits() {
        let r = sample();
        let bytes = r.encode().unwrap();
        assert_eq!(AttachmentRef::decode(&bytes), Ok(r.clone()));
        let mut newer = bytes.clone();
        newer[0] = 2;
        assert_eq!(
            AttachmentRef::decode(&newer),
            Err(AttachmentRefError::Version(2))
        );
        assert!(matches!(
            AttachmentRef::decode(&bytes[..bytes.len() - 1]),
            Err(AttachmentRefError::Malformed(_))
        ));
        let mut trailing = bytes;
        trailing.push(0);
        assert!(matches!(
            AttachmentRef::decode(&trailing),
            Err(AttachmentRefError::Malformed(_))
        ));
        let mut long = r.clone();
        long.name = "a".repeat(limits::NAME_BYTES_MAX + 1);
        assert!(matches!(
            long.encode(),
            Err(AttachmentRefError::TooLong { what: "name", .. })
        ));
        let mut big = r;
        big.thumbnail = Some(vec![0; limits::THUMBNAIL_BYTES_MAX + 1]);
        assert!(big.encode().is_err());
        assert_eq!(format!("{:?}", FileKey([7; 32])), "FileKey(..)");
    }

    #[test]
    fn names_lose_spoofing_characters_and_paths() {
        assert_eq!(safe_file_name("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
        assert_eq!(safe_file_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_file_name("a\nb\u{0}c\u{2066}d"), "abcd");
        assert_eq!(safe_file_name("..."), "attachment");
        assert_eq!(safe_file_name(""), "attachment");
        assert_eq!(safe_file_name("名前.txt"), "名前.txt");
    }
}
