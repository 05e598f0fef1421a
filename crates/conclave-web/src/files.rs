//! Attachments in the browser: the crypto of an upload and of a download, fed in pieces by the
//! page (which only does `fetch` and the DOM), so memory does not grow with the file.
//!
//! Upload: `new Upload(name, mediaType, size)` makes a random file key and capability; the page
//! `POST`s `/v1/blobs` with [`Upload::ciphertext_size`] and [`Upload::capability_hash`], hands
//! the id to [`Upload::set_blob`], then feeds slices of the `File` to [`Upload::push`] (each
//! returns the ciphertext to `PATCH`), calls [`Upload::finish`] for the last bytes, `POST`s
//! `…/finish` with [`Upload::sha256`] and sends the message with `WebClient.sendFile`.
//!
//! Download: `WebClient.download(group, seq)` gives a [`Download`] for a file message; the page
//! `GET`s [`Download::blob`] with [`Download::capability`] and feeds the body's chunks to
//! [`Download::push`]; [`Download::finish`] checks the final tag and the ciphertext's SHA-256
//! (the page shows nothing before it says yes: a cut or altered file is "altered or
//! corrupted").

use conclave_client_core::attachment::{
    AttachmentRef, FileKey, limits, media_type_for,
    stream::{self, Decryptor, Encryptor},
};
use rand::RngCore as _;
use sha2::Digest as _;
use wasm_bindgen::prelude::*;

fn err(text: impl std::fmt::Display) -> JsValue {
    js_sys::Error::new(&text.to_string()).into()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let text = text.trim();
    if text.len() != N * 2 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; N];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(&text[i * 2..i * 2 + 2], 16).ok()?;
    }
    Some(out)
}

/// A JavaScript number of bytes as a `u64` (exact up to 2^53).
pub(crate) fn bytes_of(n: f64) -> Result<u64, JsValue> {
    if !(n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0) {
        return Err(err("not a size"));
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(n as u64)
}

#[allow(clippy::cast_precision_loss)]
fn number(n: u64) -> f64 {
    n as f64
}

/// One file on its way up. See the module doc.
#[wasm_bindgen]
pub struct Upload {
    key: FileKey,
    capability: [u8; 32],
    cipher: Option<Encryptor>,
    hash: sha2::Sha256,
    digest: Option<[u8; 32]>,
    blob: Option<[u8; 16]>,
    size: u64,
    fed: u64,
    name: String,
    media_type: String,
    thumbnail: Option<Vec<u8>>,
}

#[wasm_bindgen]
impl Upload {
    /// `media_type` may be empty: the name's extension chooses one then.
    #[wasm_bindgen(constructor)]
    pub fn new(name: String, media_type: String, size: f64) -> Result<Upload, JsValue> {
        let size = bytes_of(size)?;
        if size > limits::FILE_BYTES_MAX {
            return Err(err(format!(
                "the file is larger than the {} GiB limit",
                limits::FILE_BYTES_MAX >> 30
            )));
        }
        let mut name = name;
        if name.len() > limits::NAME_BYTES_MAX {
            let mut end = limits::NAME_BYTES_MAX;
            while !name.is_char_boundary(end) {
                end -= 1;
            }
            name.truncate(end);
        }
        let media_type = if media_type.is_empty() || media_type.len() > limits::MEDIA_TYPE_BYTES_MAX
        {
            media_type_for(&name).to_owned()
        } else {
            media_type
        };
        let mut rng = rand::rngs::OsRng;
        let key = FileKey::random(&mut rng);
        let mut capability = [0u8; 32];
        rng.fill_bytes(&mut capability);
        let cipher = Some(Encryptor::new(&key));
        Ok(Upload {
            key,
            capability,
            cipher,
            hash: sha2::Sha256::new(),
            digest: None,
            blob: None,
            size,
            fed: 0,
            name,
            media_type,
            thumbnail: None,
        })
    }

    /// The bytes the server will hold (`POST /v1/blobs`'s `size`).
    #[wasm_bindgen(getter, js_name = ciphertextSize)]
    pub fn ciphertext_size(&self) -> f64 {
        number(stream::ciphertext_size(self.size))
    }

    /// Hex SHA-256 of the capability (`POST /v1/blobs`'s `capability_hash`).
    #[wasm_bindgen(getter, js_name = capabilityHash)]
    pub fn capability_hash(&self) -> String {
        hex(&sha2::Sha256::digest(self.capability))
    }

    #[wasm_bindgen(getter, js_name = mediaType)]
    pub fn media_type(&self) -> String {
        self.media_type.clone()
    }

    /// The id the server gave (`201 {"id"}`).
    #[wasm_bindgen(js_name = setBlob)]
    pub fn set_blob(&mut self, id: &str) -> Result<(), JsValue> {
        self.blob = Some(unhex::<16>(id).ok_or_else(|| err("the server sent no blob id"))?);
        Ok(())
    }

    /// A preview carried in the message (≤ 16 KiB): a JPEG for images, levels for voice notes.
    #[wasm_bindgen(js_name = setThumbnail)]
    pub fn set_thumbnail(&mut self, bytes: Vec<u8>) -> Result<(), JsValue> {
        if bytes.len() > limits::THUMBNAIL_BYTES_MAX {
            return Err(err("the preview is over 16 KiB"));
        }
        self.thumbnail = (!bytes.is_empty()).then_some(bytes);
        Ok(())
    }

    /// The next plaintext bytes of the file, in order; returns their ciphertext (may be empty).
    pub fn push(&mut self, plain: &[u8]) -> Result<Vec<u8>, JsValue> {
        let cipher = self
            .cipher
            .as_mut()
            .ok_or_else(|| err("the upload is finished"))?;
        self.fed += plain.len() as u64;
        if self.fed > self.size {
            return Err(err("the file grew while it was sent"));
        }
        let mut out = Vec::with_capacity(plain.len() + plain.len() / 2048 + stream::TAG_BYTES);
        cipher.push(plain, &mut out).map_err(err)?;
        self.hash.update(&out);
        Ok(out)
    }

    /// After the last [`Upload::push`]: the ciphertext's last bytes.
    pub fn finish(&mut self) -> Result<Vec<u8>, JsValue> {
        let cipher = self
            .cipher
            .take()
            .ok_or_else(|| err("the upload is finished"))?;
        if self.fed != self.size {
            return Err(err("the file changed while it was sent"));
        }
        let mut out = Vec::new();
        cipher.finish(&mut out).map_err(err)?;
        self.hash.update(&out);
        self.digest = Some(std::mem::take(&mut self.hash).finalize().into());
        Ok(out)
    }

    /// Hex SHA-256 of the whole ciphertext (`…/finish`'s `sha256`), after [`Upload::finish`].
    #[wasm_bindgen(getter)]
    pub fn sha256(&self) -> Result<String, JsValue> {
        self.digest
            .map(|d| hex(&d))
            .ok_or_else(|| err("the upload is not finished"))
    }
}

impl Upload {
    /// The message's pointer, once the blob is finished.
    pub(crate) fn attachment(&self) -> Result<AttachmentRef, JsValue> {
        let (Some(blob), Some(digest)) = (self.blob, self.digest) else {
            return Err(err("the upload is not finished"));
        };
        Ok(AttachmentRef {
            blob,
            capability: self.capability,
            key: FileKey(self.key.0),
            ciphertext_sha256: digest,
            size: self.size,
            media_type: self.media_type.clone(),
            name: self.name.clone(),
            thumbnail: self.thumbnail.clone(),
        })
    }
}

/// One file on its way down. See the module doc.
#[wasm_bindgen]
pub struct Download {
    blob: String,
    capability: String,
    expected: [u8; 32],
    cipher: Option<Decryptor>,
    hash: sha2::Sha256,
    received: u64,
    total: u64,
    name: String,
    media_type: String,
    size: u64,
}

impl Download {
    pub(crate) fn new(file: &AttachmentRef) -> Download {
        Download {
            blob: hex(&file.blob),
            capability: hex(&file.capability),
            expected: file.ciphertext_sha256,
            cipher: Some(Decryptor::new(&file.key)),
            hash: sha2::Sha256::new(),
            received: 0,
            total: file.ciphertext_size(),
            name: file.display_name(),
            media_type: file.checked_media_type(),
            size: file.size,
        }
    }
}

const CORRUPT: &str = "the file was altered or corrupted";

#[wasm_bindgen]
impl Download {
    /// The blob id (hex) for `GET /v1/blobs/ID`.
    #[wasm_bindgen(getter)]
    pub fn blob(&self) -> String {
        self.blob.clone()
    }

    /// The `Conclave-Capability` header's value.
    #[wasm_bindgen(getter)]
    pub fn capability(&self) -> String {
        self.capability.clone()
    }

    /// Ciphertext bytes expected (for progress).
    #[wasm_bindgen(getter, js_name = ciphertextSize)]
    pub fn ciphertext_size(&self) -> f64 {
        number(self.total)
    }

    /// The file's size in bytes.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> f64 {
        number(self.size)
    }

    /// The name to show and save under (no control or bidi-override characters).
    #[wasm_bindgen(getter)]
    pub fn name(&self) -> String {
        self.name.clone()
    }

    /// The checked media type (`application/octet-stream` when it is not one).
    #[wasm_bindgen(getter, js_name = mediaType)]
    pub fn media_type(&self) -> String {
        self.media_type.clone()
    }

    /// The next ciphertext bytes; returns plaintext, which the page keeps to itself until
    /// [`Download::finish`] succeeds.
    pub fn push(&mut self, sealed: &[u8]) -> Result<Vec<u8>, JsValue> {
        let cipher = self
            .cipher
            .as_mut()
            .ok_or_else(|| err("the download is finished"))?;
        self.received += sealed.len() as u64;
        if self.received > self.total {
            return Err(err(CORRUPT));
        }
        self.hash.update(sealed);
        let mut out = Vec::with_capacity(sealed.len());
        cipher.push(sealed, &mut out).map_err(|_| err(CORRUPT))?;
        Ok(out)
    }

    /// The last plaintext bytes, once the final tag and the ciphertext's SHA-256 check.
    pub fn finish(&mut self) -> Result<Vec<u8>, JsValue> {
        let cipher = self
            .cipher
            .take()
            .ok_or_else(|| err("the download is finished"))?;
        let digest: [u8; 32] = std::mem::take(&mut self.hash).finalize().into();
        if self.received != self.total || digest != self.expected {
            return Err(err(CORRUPT));
        }
        let mut out = Vec::new();
        cipher.finish(&mut out).map_err(|_| err(CORRUPT))?;
        Ok(out)
    }
}
