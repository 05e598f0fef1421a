//! Attachments for a native device: a file encrypted here as it is read
//! ([`conclave_client_core::attachment::stream`]), uploaded to the home server's blob store
//! over HTTPS (pinned like the session) in resumable parts, and downloaded, checked and
//! decrypted as it streams. Memory is independent of the file's size: one chunk in the
//! cipher, a few pieces in flight.
//!
//! The server's routes (`/v1/blobs`, see `conclave_server::blob_routes`) take a grant the
//! device's session fetched ([`Grant`], `Request::BlobGrant`); downloads also need the
//! capability from the message. A cut upload resumes where the server's `Upload-Offset` says
//! (the cipher is deterministic for a file key, so the bytes from there are re-made exactly).

use std::{io::SeekFrom, path::Path, time::Duration};

use bytes::Bytes;
use conclave_client_core::attachment::{
    AttachmentRef, FileKey,
    stream::{self, Decryptor, Encryptor},
};
use http_body_util::{BodyExt as _, Full, StreamBody, combinators::BoxBody};
use hyper::{Method, Request, StatusCode, body::Frame};
use hyper_util::rt::TokioIo;
use rand::RngCore as _;
use sha2::Digest as _;
use tokio::io::{AsyncReadExt as _, AsyncSeekExt as _, AsyncWriteExt as _};

use crate::{Endpoint, tls};

/// Ciphertext bytes sent in one `PATCH` (a cut costs at most this much again).
pub const PART_BYTES: u64 = 64 * 1024 * 1024;
/// Bytes read from the file at a time.
const READ_BYTES: usize = 256 * 1024;
/// Pieces queued between the cipher and the connection.
const PIECES_IN_FLIGHT: usize = 4;
/// Tries of one upload or download after a cut connection, before it gives up.
pub const ATTEMPTS_MAX: u32 = 6;
/// Largest JSON answer read from the blob routes.
const ANSWER_BYTES_MAX: usize = 16 * 1024;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);
/// Longest wait for any progress (an answer, or the next piece of a download).
const STALL_TIMEOUT: Duration = Duration::from_secs(60);

pub use crate::messenger::BlobGrant as Grant;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BlobError {
    /// The server refused, with its code (`too_large`, `over_quota`, `not_found`, …).
    #[error("the server refused the file: {message}")]
    Refused {
        status: u16,
        code: String,
        message: String,
    },
    #[error("cannot reach the server for the file: {0}")]
    Connect(String),
    #[error("the transfer was cut and did not resume after {ATTEMPTS_MAX} tries: {0}")]
    GaveUp(String),
    #[error("the downloaded file is not what was sent (altered or corrupted): {0}")]
    Tampered(String),
    #[error("the file is too large: {size} bytes, this server takes at most {max}")]
    TooLarge { size: u64, max: u64 },
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("the server's answer is malformed: {0}")]
    Protocol(String),
}

impl BlobError {
    /// The server's refusal code, if it refused.
    pub fn code(&self) -> Option<&str> {
        match self {
            BlobError::Refused { code, .. } => Some(code),
            _ => None,
        }
    }

    /// Whether another try could succeed (a cut or a stall, not a refusal).
    pub fn transient(&self) -> bool {
        matches!(self, BlobError::Connect(_))
            || matches!(self, BlobError::Refused { code, .. } if code == "cut" || code == "busy")
    }
}

/// What an upload leaves for the message (`AttachmentRef` without name, type, thumbnail).
#[derive(Debug)]
pub struct Uploaded {
    pub blob: [u8; 16],
    pub capability: [u8; 32],
    pub key: FileKey,
    pub ciphertext_sha256: [u8; 32],
    /// The file's (plaintext) size.
    pub size: u64,
}

impl Uploaded {
    /// The reference a message carries to this blob, named and typed (no thumbnail).
    pub fn into_ref(self, media_type: String, name: String) -> AttachmentRef {
        AttachmentRef {
            blob: self.blob,
            capability: self.capability,
            key: self.key,
            ciphertext_sha256: self.ciphertext_sha256,
            size: self.size,
            media_type,
            name,
            thumbnail: None,
        }
    }
}

/// Progress of a transfer: bytes of ciphertext done, of the total.
pub type Progress<'a> = &'a (dyn Fn(u64, u64) + Send + Sync);

type Body = BoxBody<Bytes, std::io::Error>;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != 2 * N || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; N];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

fn full(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into())
        .map_err(|never| match never {})
        .boxed()
}

/// One request on a fresh pinned TLS connection.
async fn send(
    endpoint: &Endpoint,
    grant: &Grant,
    method: Method,
    path: &str,
    headers: &[(&str, String)],
    body: Body,
) -> Result<hyper::Response<hyper::body::Incoming>, BlobError> {
    let addr = endpoint.addr();
    let connect = |e: String| BlobError::Connect(format!("{addr}: {e}"));
    let (config, _) = tls::client_config(endpoint.pin);
    let tcp = tokio::time::timeout(CONNECT_TIMEOUT, tokio::net::TcpStream::connect(&addr))
        .await
        .map_err(|_| connect("timed out".into()))?
        .map_err(|e| connect(e.to_string()))?;
    let _ = tcp.set_nodelay(true);
    let name = rustls::pki_types::ServerName::try_from(endpoint.host.clone())
        .map_err(|e| connect(e.to_string()))?;
    let tls = tokio::time::timeout(
        CONNECT_TIMEOUT,
        tokio_rustls::TlsConnector::from(config).connect(name, tcp),
    )
    .await
    .map_err(|_| connect("TLS handshake timed out".into()))?
    .map_err(|e| connect(e.to_string()))?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tls))
        .await
        .map_err(|e| connect(e.to_string()))?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    let mut request = Request::builder()
        .method(method)
        .uri(path)
        .header(hyper::header::HOST, addr.as_str())
        .header(
            hyper::header::AUTHORIZATION,
            format!("Conclave-Grant {}", hex(&grant.token)),
        );
    for (name, value) in headers {
        request = request.header(*name, value.as_str());
    }
    let request = request
        .body(body)
        .map_err(|e| BlobError::Protocol(e.to_string()))?;
    sender
        .send_request(request)
        .await
        .map_err(|e| connect(e.to_string()))
}

/// The answer's JSON body, or the server's refusal.
async fn answer(
    response: hyper::Response<hyper::body::Incoming>,
    ok: StatusCode,
) -> Result<serde_json::Value, BlobError> {
    let status = response.status();
    let body = tokio::time::timeout(
        STALL_TIMEOUT,
        http_body_util::Limited::new(response.into_body(), ANSWER_BYTES_MAX).collect(),
    )
    .await
    .map_err(|_| BlobError::Connect("no answer".into()))?
    .map_err(|e| BlobError::Connect(e.to_string()))?
    .to_bytes();
    let json: serde_json::Value = if body.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::from_slice(&body).map_err(|e| BlobError::Protocol(e.to_string()))?
    };
    if status == ok {
        return Ok(json);
    }
    Err(refused(status, &json))
}

fn refused(status: StatusCode, json: &serde_json::Value) -> BlobError {
    BlobError::Refused {
        status: status.as_u16(),
        code: json["error"].as_str().unwrap_or("unknown").to_owned(),
        message: json["message"]
            .as_str()
            .map_or_else(|| format!("HTTP {status}"), str::to_owned),
    }
}

fn header_u64(response: &hyper::Response<hyper::body::Incoming>, name: &str) -> Option<u64> {
    response.headers().get(name)?.to_str().ok()?.parse().ok()
}

/// The ciphertext of a file, made as it is read, with the SHA-256 of what was made so far.
struct Sealed<R = tokio::fs::File> {
    file: R,
    key: FileKey,
    cipher: Option<Encryptor>,
    /// Made, not yet taken.
    ready: Vec<u8>,
    /// Bytes taken so far.
    taken: u64,
    hash: sha2::Sha256,
    buf: Vec<u8>,
}

/// What an upload reads its plaintext from: a file, or bytes in memory (a history transfer,
/// which never touches the disk in clear).
trait Source: tokio::io::AsyncRead + tokio::io::AsyncSeek + Unpin + Send {}
impl<R: tokio::io::AsyncRead + tokio::io::AsyncSeek + Unpin + Send> Source for R {}

impl<R: Source> Sealed<R> {
    fn new(file: R, key: FileKey) -> Self {
        let cipher = Some(Encryptor::new(&key));
        Sealed {
            file,
            key,
            cipher,
            ready: Vec::new(),
            taken: 0,
            hash: sha2::Sha256::new(),
            buf: vec![0; READ_BYTES],
        }
    }

    /// Starts again from the first byte (after a cut, the server may hold fewer bytes than
    /// were taken).
    async fn rewind(&mut self) -> std::io::Result<()> {
        self.file.seek(SeekFrom::Start(0)).await?;
        self.cipher = Some(Encryptor::new(&self.key));
        self.ready.clear();
        self.taken = 0;
        self.hash = sha2::Sha256::new();
        Ok(())
    }

    /// The next piece of at most `max` bytes; empty at the end.
    async fn take(&mut self, max: usize) -> Result<Vec<u8>, BlobError> {
        while self.ready.is_empty() {
            let Some(cipher) = self.cipher.as_mut() else {
                return Ok(Vec::new());
            };
            let n = self.file.read(&mut self.buf).await?;
            let sealed = if n == 0 {
                let mut out = Vec::new();
                if let Some(c) = self.cipher.take() {
                    c.finish(&mut out)
                        .map_err(|e| BlobError::Protocol(e.to_string()))?;
                }
                out
            } else {
                let mut out = Vec::with_capacity(n + stream::TAG_BYTES * 4);
                cipher
                    .push(&self.buf[..n], &mut out)
                    .map_err(|e| BlobError::Protocol(e.to_string()))?;
                out
            };
            self.ready = sealed;
        }
        let n = self.ready.len().min(max);
        let piece: Vec<u8> = self.ready.drain(..n).collect();
        self.hash.update(&piece);
        self.taken += n as u64;
        Ok(piece)
    }

    /// Moves to `offset` (at or after what was taken) by making and dropping what is before it.
    async fn skip_to(&mut self, offset: u64) -> Result<(), BlobError> {
        while self.taken < offset {
            let want = usize::try_from(offset - self.taken).unwrap_or(usize::MAX);
            if self.take(want.min(READ_BYTES)).await?.is_empty() {
                return Err(BlobError::Protocol(
                    "the server holds more bytes than the file has".into(),
                ));
            }
        }
        Ok(())
    }
}

/// Encrypts the file at `path` and uploads it; `grants` gives a fresh grant when the one in
/// hand expired (a long, resumed upload). `progress` sees ciphertext bytes the server holds.
/// `recipients`: how many devices will fetch it (the conversation's other member devices):
/// the server removes it once that many said they have it ([`download`] says so).
pub async fn upload<E: std::fmt::Display>(
    endpoint: &Endpoint,
    grants: &mut impl AsyncFnMut() -> Result<Grant, E>,
    path: &Path,
    recipients: Option<u32>,
    progress: Progress<'_>,
) -> Result<Uploaded, BlobError> {
    let size = tokio::fs::metadata(path).await?.len();
    let file = tokio::fs::File::open(path).await?;
    upload_from(endpoint, grants, file, size, recipients, progress).await
}

/// Like [`upload`], from bytes in memory (encrypted as they are sent, like a file).
pub async fn upload_bytes<E: std::fmt::Display>(
    endpoint: &Endpoint,
    grants: &mut impl AsyncFnMut() -> Result<Grant, E>,
    bytes: Vec<u8>,
    recipients: Option<u32>,
    progress: Progress<'_>,
) -> Result<Uploaded, BlobError> {
    let size = bytes.len() as u64;
    upload_from(
        endpoint,
        grants,
        std::io::Cursor::new(bytes),
        size,
        recipients,
        progress,
    )
    .await
}

async fn upload_from<E: std::fmt::Display>(
    endpoint: &Endpoint,
    grants: &mut impl AsyncFnMut() -> Result<Grant, E>,
    source: impl Source,
    size: u64,
    recipients: Option<u32>,
    progress: Progress<'_>,
) -> Result<Uploaded, BlobError> {
    let total = stream::ciphertext_size(size);
    let mut grant = grants()
        .await
        .map_err(|e| BlobError::Connect(e.to_string()))?;
    if total > grant.blob_bytes_max {
        return Err(BlobError::TooLarge {
            size,
            max: grant.blob_bytes_max,
        });
    }
    let mut rng = rand::rngs::OsRng;
    let key = FileKey::random(&mut rng);
    let mut capability = [0u8; 32];
    rng.fill_bytes(&mut capability);
    let capability_hash: [u8; 32] = sha2::Sha256::digest(capability).into();
    let created = send(
        endpoint,
        &grant,
        Method::POST,
        "/v1/blobs",
        &[("content-type", "application/json".into())],
        full(
            serde_json::json!({ "size": total, "capability_hash": hex(&capability_hash) })
                .to_string(),
        ),
    )
    .await?;
    let created = answer(created, StatusCode::CREATED).await?;
    let blob = created["id"]
        .as_str()
        .and_then(unhex::<16>)
        .ok_or_else(|| BlobError::Protocol("no blob id".into()))?;
    let id = hex(&blob);
    let mut sealed = Sealed::new(source, FileKey(key.0));
    let mut attempts = 0u32;
    let mut offset = 0u64;
    loop {
        if offset == total {
            break;
        }
        let part = (total - offset).min(PART_BYTES);
        match patch(
            endpoint,
            &grant,
            &id,
            &mut sealed,
            offset,
            part,
            total,
            progress,
        )
        .await
        {
            Ok(at) => {
                offset = at;
                attempts = 0;
            }
            Err(e)
                if e.transient()
                    || e.code() == Some("wrong_offset")
                    || e.code() == Some("grant") =>
            {
                attempts += 1;
                if attempts >= ATTEMPTS_MAX {
                    return Err(BlobError::GaveUp(e.to_string()));
                }
                tracing::debug!(error = %e, attempts, "upload cut; resuming");
                tokio::time::sleep(Duration::from_millis(200 * u64::from(attempts))).await;
                if e.code() == Some("grant") || grant.expires_at <= crate::messenger::now() {
                    grant = grants()
                        .await
                        .map_err(|e| BlobError::Connect(e.to_string()))?;
                }
                offset = match resume_offset(endpoint, &grant, &id).await {
                    Ok(at) => at,
                    Err(e) if e.transient() => continue,
                    Err(e) => return Err(e),
                };
                progress(offset, total);
            }
            Err(e) => return Err(e),
        }
    }
    // Hash what was made; a cut that rewound re-made it all.
    sealed.skip_to(total).await?;
    if !sealed.take(1).await?.is_empty() {
        return Err(BlobError::Protocol(
            "the file grew while it was sent".into(),
        ));
    }
    let ciphertext_sha256: [u8; 32] = sealed.hash.clone().finalize().into();
    let finished = send(
        endpoint,
        &grant,
        Method::POST,
        &format!("/v1/blobs/{id}/finish"),
        &[("content-type", "application/json".into())],
        full(
            serde_json::json!({ "sha256": hex(&ciphertext_sha256), "recipients": recipients })
                .to_string(),
        ),
    )
    .await?;
    answer(finished, StatusCode::OK).await?;
    Ok(Uploaded {
        blob,
        capability,
        key,
        ciphertext_sha256,
        size,
    })
}

async fn resume_offset(endpoint: &Endpoint, grant: &Grant, id: &str) -> Result<u64, BlobError> {
    let r = send(
        endpoint,
        grant,
        Method::HEAD,
        &format!("/v1/blobs/{id}"),
        &[],
        full(Bytes::new()),
    )
    .await?;
    if r.status() != StatusCode::NO_CONTENT {
        let status = r.status();
        return Err(refused(status, &serde_json::Value::Null));
    }
    header_u64(&r, "upload-offset").ok_or_else(|| BlobError::Protocol("no Upload-Offset".into()))
}

/// Sends `part` bytes from `offset`; the server's new offset.
#[allow(clippy::too_many_arguments)]
async fn patch(
    endpoint: &Endpoint,
    grant: &Grant,
    id: &str,
    sealed: &mut Sealed<impl Source>,
    offset: u64,
    part: u64,
    total: u64,
    progress: Progress<'_>,
) -> Result<u64, BlobError> {
    if sealed.taken != offset {
        if sealed.taken > offset {
            sealed.rewind().await?;
        }
        sealed.skip_to(offset).await?;
    }
    let (tx, rx) =
        tokio::sync::mpsc::channel::<Result<Frame<Bytes>, std::io::Error>>(PIECES_IN_FLIGHT);
    let body = StreamBody::new(futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    }))
    .boxed();
    let path = format!("/v1/blobs/{id}");
    let headers = [
        ("upload-offset", offset.to_string()),
        ("content-length", part.to_string()),
        ("content-type", "application/offset+octet-stream".into()),
    ];
    let request = send(endpoint, grant, Method::PATCH, &path, &headers, body);
    let produce = async {
        let mut sent = 0u64;
        while sent < part {
            let want = usize::try_from(part - sent)
                .unwrap_or(usize::MAX)
                .min(READ_BYTES);
            let piece = sealed.take(want).await?;
            if piece.is_empty() {
                return Err(BlobError::Protocol(
                    "the file shrank while it was sent".into(),
                ));
            }
            sent += piece.len() as u64;
            if tx.send(Ok(Frame::data(Bytes::from(piece)))).await.is_err() {
                // The connection is gone; the request says why.
                break;
            }
            progress(offset + sent, total);
        }
        drop(tx);
        Ok::<_, BlobError>(())
    };
    let (response, produced) = tokio::join!(
        async { tokio::time::timeout(STALL_TIMEOUT * 10, request).await },
        produce
    );
    produced?;
    let response = response.map_err(|_| BlobError::Connect("the upload stalled".into()))??;
    if response.status() == StatusCode::NO_CONTENT {
        return header_u64(&response, "upload-offset")
            .ok_or_else(|| BlobError::Protocol("no Upload-Offset".into()));
    }
    let status = response.status();
    Err(match answer(response, StatusCode::NO_CONTENT).await {
        Err(e) => e,
        Ok(_) => refused(status, &serde_json::Value::Null),
    })
}

/// What a download needs from the message's `AttachmentRef`.
pub struct Wanted<'a> {
    pub blob: &'a [u8; 16],
    pub capability: &'a [u8; 32],
    pub key: &'a FileKey,
    pub ciphertext_sha256: &'a [u8; 32],
    /// The file's size.
    pub size: u64,
}

impl<'a> Wanted<'a> {
    /// What a download of `file` needs.
    pub fn of(file: &'a AttachmentRef) -> Self {
        Wanted {
            blob: &file.blob,
            capability: &file.capability,
            key: &file.key,
            ciphertext_sha256: &file.ciphertext_sha256,
            size: file.size,
        }
    }
}

/// Downloads the blob, checks and decrypts it into `out` (written beside it as `out.partial`
/// and renamed only once the whole file checked out: a cut or altered download leaves no
/// file at `out`). Retries a cut download from the start.
///
/// `acknowledge`: tell the server this device has it (every device but the one that sent it),
/// so the server removes the blob once every recipient did.
pub async fn download(
    endpoint: &Endpoint,
    grant: &Grant,
    wanted: &Wanted<'_>,
    out: &Path,
    acknowledge: bool,
    progress: Progress<'_>,
) -> Result<(), BlobError> {
    let mut partial = out.as_os_str().to_owned();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    let mut attempts = 0;
    let result = loop {
        match download_once(endpoint, grant, wanted, &partial, progress).await {
            Err(e) if e.transient() && attempts + 1 < ATTEMPTS_MAX => {
                attempts += 1;
                tracing::debug!(error = %e, attempts, "download cut; trying again");
                tokio::time::sleep(Duration::from_millis(200 * u64::from(attempts))).await;
            }
            Err(e) if e.transient() => break Err(BlobError::GaveUp(e.to_string())),
            other => break other,
        }
    };
    match result {
        Ok(()) => {
            tokio::fs::rename(&partial, out).await?;
            // Tell the server this device has it (it removes the blob once every recipient
            // did); a failure here costs only storage until the TTL.
            if acknowledge && let Err(e) = say_fetched(endpoint, grant, wanted).await {
                tracing::debug!(error = %e, "could not acknowledge a download");
            }
            Ok(())
        }
        Err(e) => {
            let _ = tokio::fs::remove_file(&partial).await;
            Err(e)
        }
    }
}

async fn say_fetched(
    endpoint: &Endpoint,
    grant: &Grant,
    wanted: &Wanted<'_>,
) -> Result<(), BlobError> {
    let r = send(
        endpoint,
        grant,
        Method::POST,
        &format!("/v1/blobs/{}/fetched", hex(wanted.blob)),
        &[("conclave-capability", hex(wanted.capability))],
        full(Bytes::new()),
    )
    .await?;
    answer(r, StatusCode::NO_CONTENT).await.map(drop)
}

async fn download_once(
    endpoint: &Endpoint,
    grant: &Grant,
    wanted: &Wanted<'_>,
    partial: &Path,
    progress: Progress<'_>,
) -> Result<(), BlobError> {
    let mut file = tokio::fs::File::create(partial).await?;
    download_into(endpoint, grant, wanted, &mut file, progress).await?;
    file.flush().await?;
    file.sync_all().await?;
    Ok(())
}

/// Like [`download`], into memory (at most `max` bytes of plaintext): a history transfer,
/// which never touches the disk in clear. Retries a cut download from the start.
pub async fn download_bytes(
    endpoint: &Endpoint,
    grant: &Grant,
    wanted: &Wanted<'_>,
    max: u64,
    acknowledge: bool,
    progress: Progress<'_>,
) -> Result<zeroize::Zeroizing<Vec<u8>>, BlobError> {
    if wanted.size > max {
        return Err(BlobError::TooLarge {
            size: wanted.size,
            max,
        });
    }
    let mut attempts = 0;
    let mut out = zeroize::Zeroizing::new(Vec::new());
    loop {
        out.clear();
        match download_into(endpoint, grant, wanted, &mut *out, progress).await {
            Err(e) if e.transient() && attempts + 1 < ATTEMPTS_MAX => {
                attempts += 1;
                tracing::debug!(error = %e, attempts, "download cut; trying again");
                tokio::time::sleep(Duration::from_millis(200 * u64::from(attempts))).await;
            }
            Err(e) if e.transient() => return Err(BlobError::GaveUp(e.to_string())),
            Err(e) => return Err(e),
            Ok(()) => break,
        }
    }
    if acknowledge && let Err(e) = say_fetched(endpoint, grant, wanted).await {
        tracing::debug!(error = %e, "could not acknowledge a download");
    }
    Ok(out)
}

/// Downloads, checks and decrypts the blob into `file` (what it wrote is worthless unless
/// this returns `Ok`).
async fn download_into(
    endpoint: &Endpoint,
    grant: &Grant,
    wanted: &Wanted<'_>,
    file: &mut (impl tokio::io::AsyncWrite + Unpin),
    progress: Progress<'_>,
) -> Result<(), BlobError> {
    let total = stream::ciphertext_size(wanted.size);
    let response = send(
        endpoint,
        grant,
        Method::GET,
        &format!("/v1/blobs/{}", hex(wanted.blob)),
        &[("conclave-capability", hex(wanted.capability))],
        full(Bytes::new()),
    )
    .await?;
    if response.status() != StatusCode::OK {
        return Err(answer(response, StatusCode::OK)
            .await
            .err()
            .unwrap_or_else(|| BlobError::Protocol("unexpected answer".into())));
    }
    if let Some(len) = header_u64(&response, "content-length")
        && len != total
    {
        return Err(BlobError::Tampered(format!(
            "the server has {len} bytes, the message says {total}"
        )));
    }
    let mut body = response.into_body();
    let mut hash = sha2::Sha256::new();
    let mut cipher = Decryptor::new(wanted.key);
    let mut got = 0u64;
    let mut plain = Vec::with_capacity(READ_BYTES + stream::CHUNK_BYTES);
    loop {
        let frame = tokio::time::timeout(STALL_TIMEOUT, body.frame())
            .await
            .map_err(|_| BlobError::Connect("the download stalled".into()))?;
        let Some(frame) = frame else { break };
        let frame = frame.map_err(|e| BlobError::Connect(e.to_string()))?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        got += data.len() as u64;
        if got > total {
            return Err(BlobError::Tampered("longer than the message says".into()));
        }
        hash.update(&data);
        plain.clear();
        cipher
            .push(&data, &mut plain)
            .map_err(|e| BlobError::Tampered(e.to_string()))?;
        file.write_all(&plain).await?;
        progress(got, total);
    }
    if got < total {
        return Err(BlobError::Connect(format!(
            "the download was cut at {got} of {total} bytes"
        )));
    }
    if <[u8; 32]>::from(hash.finalize()) != *wanted.ciphertext_sha256 {
        return Err(BlobError::Tampered("its SHA-256 differs".into()));
    }
    plain.clear();
    cipher
        .finish(&mut plain)
        .map_err(|e| BlobError::Tampered(e.to_string()))?;
    file.write_all(&plain).await?;
    Ok(())
}
