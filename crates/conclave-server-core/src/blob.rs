//! The blob store: opaque attachment ciphertext, uploaded in resumable pieces and fetched by
//! whoever holds the blob's download capability.
//!
//! Clients encrypt every file before upload (`conclave_client_core::attachment`): a blob is
//! ciphertext the server has no key for. The capability is 32 random bytes the uploader
//! chooses and sends to the conversation inside the MLS message; the store keeps only its
//! SHA-256, so neither the store's files nor its index let anyone download a blob.
//!
//! [`BlobStore`] is the trait each backend implements (the data directory on a single node
//! in `conclave-server`); [`conformance`] is the one suite every backend runs. Sizes, quotas
//! and lifetimes are in [`BlobLimits`], checked by the store before it writes anything.

use std::pin::Pin;

use async_trait::async_trait;
use conclave_proto::{AccountId, Timestamp};
use sha2::Digest as _;
use tokio::io::AsyncRead;

/// A blob's id: 16 random bytes chosen by the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlobId(pub [u8; 16]);

impl BlobId {
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn parse_hex(text: &str) -> Option<Self> {
        parse_hex_array(text).map(BlobId)
    }
}

/// `N` bytes from `2N` lower- or upper-case hex digits.
pub fn parse_hex_array<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != 2 * N || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; N];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// SHA-256 of a download capability, as the store keeps it.
pub fn capability_hash(capability: &[u8; 32]) -> [u8; 32] {
    sha2::Sha256::digest(capability).into()
}

/// Most recipient devices a blob may name (a conversation of 1,000 members with a few
/// devices each).
pub const RECIPIENTS_MAX: u32 = 10_000;

/// The operator's limits on blobs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobLimits {
    /// Largest blob (ciphertext) in bytes.
    pub blob_bytes_max: u64,
    /// Most bytes of unexpired blobs (finished or not) one account may hold.
    pub account_bytes_max: u64,
    /// How long a blob is kept after it was created, in seconds.
    pub ttl_secs: u64,
    /// Most unfinished uploads one account may have open.
    pub uploads_open_max: usize,
}

impl Default for BlobLimits {
    fn default() -> Self {
        BlobLimits {
            // 100 MiB of plaintext plus its chunk tags.
            blob_bytes_max: 100 * 1024 * 1024 + 64 * 1024,
            account_bytes_max: 1024 * 1024 * 1024,
            ttl_secs: 30 * 24 * 3600,
            uploads_open_max: 16,
        }
    }
}

/// What the store knows of a blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobInfo {
    pub id: BlobId,
    pub owner: AccountId,
    /// The declared size of the ciphertext.
    pub size: u64,
    /// Bytes received so far (`size` once finished).
    pub offset: u64,
    pub finished: bool,
    pub expires_at: Timestamp,
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BlobError {
    #[error("a file of {size} bytes is over this server's limit of {max} bytes")]
    TooLarge { size: u64, max: u64 },
    #[error(
        "your account's attachment quota is full: {used} of {max} bytes used, this file needs {size} more (old files expire, or ask the operator)"
    )]
    OverQuota { used: u64, max: u64, size: u64 },
    #[error("too many unfinished uploads ({max}); finish or wait for them to expire")]
    TooManyUploads { max: usize },
    /// No such blob, expired, not the caller's, or the wrong capability: one answer for all,
    /// so a probe learns nothing.
    #[error("no such file (it may have expired)")]
    NotFound,
    #[error("the upload is at offset {at}, not {asked}")]
    WrongOffset { at: u64, asked: u64 },
    #[error("the upload would pass its declared size of {size} bytes")]
    PastSize { size: u64 },
    #[error("the upload is incomplete: {offset} of {size} bytes")]
    Incomplete { offset: u64, size: u64 },
    #[error("the upload's SHA-256 does not match")]
    HashMismatch,
    #[error("the upload is already finished")]
    Finished,
    #[error("another upload to this file is in progress")]
    Busy,
    #[error("{asked} recipients is more than the {max} a file may have")]
    TooManyRecipients { asked: u32, max: u32 },
    /// The body being uploaded failed (a cut connection): what arrived before it is kept.
    #[error("the upload was cut: {0}")]
    Cut(String),
    /// A failure of the store itself (never shown to a peer in detail).
    #[error("blob store: {0}")]
    Internal(String),
}

/// The bytes of a blob, streamed.
pub type BlobReader = Pin<Box<dyn AsyncRead + Send>>;

/// A backend for blobs. Every method checks ownership (`owner`) or the capability itself and
/// answers [`BlobError::NotFound`] for anything the caller may not see.
#[async_trait]
pub trait BlobStore: Send + Sync {
    /// Starts an upload of `size` ciphertext bytes for `owner`, within the limits and quota.
    async fn create(
        &self,
        owner: AccountId,
        size: u64,
        capability_hash: [u8; 32],
        now: Timestamp,
    ) -> Result<BlobInfo, BlobError>;

    /// The blob's state, for its owner (the `HEAD` of a resumed upload).
    async fn status(
        &self,
        id: BlobId,
        owner: AccountId,
        now: Timestamp,
    ) -> Result<BlobInfo, BlobError>;

    /// Appends `body` at `offset` (which must be the current offset), streaming; returns the
    /// new offset. A body that fails part-way keeps what arrived ([`BlobError::Cut`]).
    async fn append(
        &self,
        id: BlobId,
        owner: AccountId,
        offset: u64,
        body: &mut (dyn AsyncRead + Send + Unpin),
        now: Timestamp,
    ) -> Result<u64, BlobError>;

    /// Completes an upload whose bytes hash to `sha256`; only then can it be downloaded.
    /// `recipients`: how many devices will fetch it (at most [`RECIPIENTS_MAX`]); once that
    /// many distinct devices said they have it ([`BlobStore::fetched`]) it is removed, before
    /// its TTL. `None`: kept until the TTL.
    async fn finish(
        &self,
        id: BlobId,
        owner: AccountId,
        sha256: [u8; 32],
        recipients: Option<u32>,
        now: Timestamp,
    ) -> Result<BlobInfo, BlobError>;

    /// `device` (the holder of the capability) has the blob, checked and decrypted; the
    /// blob is removed once every recipient device said so. Saying it twice counts once.
    /// Whether the blob was removed now.
    async fn fetched(
        &self,
        id: BlobId,
        capability: &[u8; 32],
        device: conclave_proto::DeviceId,
        now: Timestamp,
    ) -> Result<bool, BlobError>;

    /// A finished blob's bytes for the holder of its capability.
    async fn open(
        &self,
        id: BlobId,
        capability: &[u8; 32],
        now: Timestamp,
    ) -> Result<(BlobInfo, BlobReader), BlobError>;

    /// Bytes of unexpired blobs `owner` holds.
    async fn usage(&self, owner: AccountId, now: Timestamp) -> Result<u64, BlobError>;

    /// Removes expired blobs; returns how many.
    async fn sweep(&self, now: Timestamp) -> Result<u64, BlobError>;
}

/// The SHA-256 of each upload so far, kept by the node its bytes went through, so that
/// `finish` need not read the whole blob back (from an object store, a download of it).
/// A blob is missing here when another node took a part of it, the node restarted, or it was
/// dropped to keep at most [`RunningHashes::UPLOADS_MAX`]; `finish` then hashes by reading it.
/// One append at a time per blob (the backends' `Busy`), so an entry has one writer.
#[derive(Default)]
pub struct RunningHashes {
    open: std::sync::Mutex<std::collections::HashMap<BlobId, RunningHash>>,
}

/// An upload's hash over its first `offset` bytes.
pub struct RunningHash {
    offset: u64,
    hash: sha2::Sha256,
}

impl RunningHash {
    /// Counts bytes that are now stored, right after the ones counted so far.
    pub fn update(&mut self, bytes: &[u8]) {
        self.hash.update(bytes);
        self.offset += bytes.len() as u64;
    }
}

impl RunningHashes {
    /// Uploads hashed as they come, at most (about 112 bytes each).
    pub const UPLOADS_MAX: usize = 4096;

    fn entries(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<BlobId, RunningHash>> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The hash to go on with for an append at `offset`: taken out while the append runs
    /// (hashing needs no lock), `None` when this node has not seen every byte before it.
    pub fn resume(&self, id: BlobId, offset: u64) -> Option<RunningHash> {
        match self.entries().remove(&id) {
            Some(running) if running.offset == offset => Some(running),
            _ if offset == 0 => Some(RunningHash {
                offset: 0,
                hash: sha2::Sha256::new(),
            }),
            _ => None,
        }
    }

    /// Puts the hash back after an append that stored exactly `stored` bytes in all.
    pub fn keep(&self, id: BlobId, running: Option<RunningHash>, stored: u64) {
        let Some(running) = running.filter(|r| r.offset == stored) else {
            return;
        };
        let mut entries = self.entries();
        if entries.len() >= Self::UPLOADS_MAX {
            // Full of uploads never finished, most likely: one of them is read back if it is.
            if let Some(any) = entries.keys().next().copied() {
                entries.remove(&any);
            }
        }
        entries.insert(id, running);
    }

    /// The SHA-256 of a whole upload of `size` bytes, if this node saw every byte.
    pub fn take(&self, id: BlobId, size: u64) -> Option<[u8; 32]> {
        self.entries()
            .remove(&id)
            .filter(|r| r.offset == size)
            .map(|r| r.hash.finalize().into())
    }
}

/// The check every backend makes of `finish`'s recipients.
pub fn check_recipients(recipients: Option<u32>) -> Result<(), BlobError> {
    match recipients {
        Some(asked) if asked > RECIPIENTS_MAX => Err(BlobError::TooManyRecipients {
            asked,
            max: RECIPIENTS_MAX,
        }),
        _ => Ok(()),
    }
}

/// The checks every backend makes before it accepts an upload.
pub fn check_create(
    limits: &BlobLimits,
    size: u64,
    used: u64,
    open_uploads: usize,
) -> Result<(), BlobError> {
    if size > limits.blob_bytes_max {
        return Err(BlobError::TooLarge {
            size,
            max: limits.blob_bytes_max,
        });
    }
    if used.saturating_add(size) > limits.account_bytes_max {
        return Err(BlobError::OverQuota {
            used,
            max: limits.account_bytes_max,
            size,
        });
    }
    if open_uploads >= limits.uploads_open_max {
        return Err(BlobError::TooManyUploads {
            max: limits.uploads_open_max,
        });
    }
    Ok(())
}

#[cfg(test)]
mod running_hash_tests {
    use super::*;

    #[test]
    fn a_hash_goes_on_only_from_where_it_stopped() {
        let hashes = RunningHashes::default();
        let (id, other) = (BlobId([1; 16]), BlobId([2; 16]));
        let mut run = hashes.resume(id, 0);
        run.as_mut()
            .expect("a hash to go on with")
            .update(b"hello ");
        hashes.keep(id, run, 6);
        // Resumed at the right offset: goes on.
        let mut run = hashes.resume(id, 6);
        assert!(run.is_some());
        run.as_mut().expect("a hash to go on with").update(b"world");
        hashes.keep(id, run, 11);
        assert_eq!(
            hashes.take(id, 11),
            Some(<[u8; 32]>::from(sha2::Sha256::digest(b"hello world")))
        );
        assert_eq!(hashes.take(id, 11), None, "taken once");

        // Bytes this node did not see: no hash, so `finish` reads the blob back.
        assert!(hashes.resume(other, 5).is_none());
        // An append that stored other than what it hashed is not kept.
        let mut run = hashes.resume(other, 0);
        run.as_mut().expect("a hash to go on with").update(b"abc");
        hashes.keep(other, run, 2);
        assert_eq!(hashes.take(other, 3), None);
        // A hash of fewer bytes than the blob's size is no answer.
        let mut run = hashes.resume(other, 0);
        run.as_mut().expect("a hash to go on with").update(b"abc");
        hashes.keep(other, run, 3);
        assert_eq!(hashes.take(other, 4), None);
    }
}

/// The conformance suite: `make` gives a fresh, empty store with the given limits.
#[cfg(feature = "conformance")]
pub mod conformance {
    use super::*;
    use tokio::io::AsyncReadExt as _;

    const ALICE: AccountId = AccountId(1);
    const BOB: AccountId = AccountId(2);

    async fn read_all(mut r: BlobReader) -> Vec<u8> {
        let mut out = Vec::new();
        r.read_to_end(&mut out).await.expect("read");
        out
    }

    /// A body that yields `bytes` and then fails, like a cut connection.
    struct CutAfter(Vec<u8>);
    impl AsyncRead for CutAfter {
        fn poll_read(
            mut self: Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
            buf: &mut tokio::io::ReadBuf<'_>,
        ) -> std::task::Poll<std::io::Result<()>> {
            if self.0.is_empty() {
                return std::task::Poll::Ready(Err(std::io::Error::other("cut")));
            }
            let n = self.0.len().min(buf.remaining());
            buf.put_slice(&self.0[..n]);
            self.0.drain(..n);
            std::task::Poll::Ready(Ok(()))
        }
    }

    /// `make` gives a fresh, empty store with the given limits.
    pub async fn run<S: BlobStore>(make: impl AsyncFn(BlobLimits) -> S) {
        upload_resume_download(&make(BlobLimits::default()).await).await;
        limits(&make).await;
        expiry(&make(BlobLimits::default()).await).await;
        removed_once_every_recipient_fetched(&make(BlobLimits::default()).await).await;
    }

    async fn removed_once_every_recipient_fetched(s: &impl BlobStore) {
        use conclave_proto::DeviceId;
        let now = Timestamp(1_000);
        let cap = [5u8; 32];
        let data = b"two recipients".to_vec();
        let hash: [u8; 32] = sha2::Sha256::digest(&data).into();
        let id = s
            .create(ALICE, data.len() as u64, capability_hash(&cap), now)
            .await
            .expect("create")
            .id;
        s.append(id, ALICE, 0, &mut data.as_slice(), now)
            .await
            .expect("append");
        // Not before it is finished, nor with the wrong capability.
        assert!(matches!(
            s.fetched(id, &cap, DeviceId(7), now).await,
            Err(BlobError::NotFound)
        ));
        s.finish(id, ALICE, hash, Some(2), now)
            .await
            .expect("finish");
        assert!(matches!(
            s.fetched(id, &[6; 32], DeviceId(7), now).await,
            Err(BlobError::NotFound)
        ));
        assert!(!s.fetched(id, &cap, DeviceId(7), now).await.expect("first"));
        assert!(
            !s.fetched(id, &cap, DeviceId(7), now).await.expect("again"),
            "the same device twice counts once"
        );
        let (_, r) = s.open(id, &cap, now).await.expect("still there");
        assert_eq!(read_all(r).await, data);
        assert!(s.fetched(id, &cap, DeviceId(8), now).await.expect("last"));
        assert!(matches!(
            s.open(id, &cap, now).await,
            Err(BlobError::NotFound)
        ));
        assert_eq!(
            s.usage(ALICE, now).await.expect("usage"),
            0,
            "no longer counted"
        );
        // Too many recipients is refused.
        let id = s
            .create(ALICE, 1, capability_hash(&cap), now)
            .await
            .expect("create")
            .id;
        s.append(id, ALICE, 0, &mut &b"x"[..], now)
            .await
            .expect("append");
        let one: [u8; 32] = sha2::Sha256::digest(b"x").into();
        assert!(matches!(
            s.finish(id, ALICE, one, Some(RECIPIENTS_MAX + 1), now)
                .await,
            Err(BlobError::TooManyRecipients { .. })
        ));
    }

    async fn upload_resume_download(s: &impl BlobStore) {
        let now = Timestamp(1_000);
        let data: Vec<u8> = (0..300_000u32).map(|i| (i % 253) as u8).collect();
        let cap = [7u8; 32];
        let info = s
            .create(ALICE, data.len() as u64, capability_hash(&cap), now)
            .await
            .expect("create");
        assert_eq!((info.offset, info.finished), (0, false));
        let id = info.id;
        // A cut body keeps what arrived; the status says where to resume.
        let cut = s
            .append(id, ALICE, 0, &mut CutAfter(data[..100_000].to_vec()), now)
            .await;
        assert!(matches!(cut, Err(BlobError::Cut(_))), "{cut:?}");
        let at = s.status(id, ALICE, now).await.expect("status").offset;
        assert_eq!(at, 100_000);
        assert!(matches!(
            s.append(id, ALICE, 5, &mut &data[5..], now).await,
            Err(BlobError::WrongOffset {
                at: 100_000,
                asked: 5
            })
        ));
        assert!(matches!(
            s.status(id, BOB, now).await,
            Err(BlobError::NotFound)
        ));
        assert!(matches!(
            s.append(id, BOB, at, &mut &data[at as usize..], now).await,
            Err(BlobError::NotFound)
        ));
        // Not downloadable before it is finished.
        assert!(matches!(
            s.open(id, &cap, now).await,
            Err(BlobError::NotFound)
        ));
        assert!(matches!(
            s.finish(id, ALICE, [0; 32], None, now).await,
            Err(BlobError::Incomplete { .. })
        ));
        let mut longer = data[at as usize..].to_vec();
        longer.push(1);
        assert!(matches!(
            s.append(id, ALICE, at, &mut longer.as_slice(), now).await,
            Err(BlobError::PastSize { .. })
        ));
        let at = s.status(id, ALICE, now).await.expect("status").offset;
        assert_eq!(at, data.len() as u64, "bytes up to the size are kept");
        assert!(matches!(
            s.finish(id, ALICE, [0; 32], None, now).await,
            Err(BlobError::HashMismatch)
        ));
        let hash: [u8; 32] = sha2::Sha256::digest(&data).into();
        let done = s.finish(id, ALICE, hash, None, now).await.expect("finish");
        assert!(done.finished);
        assert!(matches!(
            s.append(id, ALICE, at, &mut &b""[..], now).await,
            Err(BlobError::Finished)
        ));
        let (got, reader) = s.open(id, &cap, now).await.expect("open");
        assert_eq!(got.size, data.len() as u64);
        assert_eq!(read_all(reader).await, data);
        assert!(matches!(
            s.open(id, &[8; 32], now).await,
            Err(BlobError::NotFound)
        ));
        assert_eq!(s.usage(ALICE, now).await.expect("usage"), data.len() as u64);
        assert_eq!(s.usage(BOB, now).await.expect("usage"), 0);
    }

    async fn limits<S: BlobStore>(make: &impl AsyncFn(BlobLimits) -> S) {
        let now = Timestamp(1_000);
        let s = make(BlobLimits {
            blob_bytes_max: 1000,
            account_bytes_max: 1500,
            ttl_secs: 60,
            uploads_open_max: 2,
        })
        .await;
        let h = capability_hash(&[1; 32]);
        assert!(matches!(
            s.create(ALICE, 1001, h, now).await,
            Err(BlobError::TooLarge {
                size: 1001,
                max: 1000
            })
        ));
        s.create(ALICE, 1000, h, now).await.expect("first");
        let over = s.create(ALICE, 600, h, now).await;
        assert!(
            matches!(over, Err(BlobError::OverQuota { used: 1000, .. })),
            "{over:?}"
        );
        assert!(over.is_err_and(|e| e.to_string().contains("quota")));
        s.create(ALICE, 500, h, now)
            .await
            .expect("within the quota");
        s.create(BOB, 10, h, now)
            .await
            .expect("another account's quota");
        s.create(BOB, 10, h, now).await.expect("second open upload");
        assert!(matches!(
            s.create(BOB, 10, h, now).await,
            Err(BlobError::TooManyUploads { max: 2 })
        ));
    }

    async fn expiry(s: &impl BlobStore) {
        let now = Timestamp(1_000);
        let cap = [3u8; 32];
        let data = b"ciphertext".to_vec();
        let id = s
            .create(ALICE, data.len() as u64, capability_hash(&cap), now)
            .await
            .expect("create")
            .id;
        s.append(id, ALICE, 0, &mut data.as_slice(), now)
            .await
            .expect("append");
        let hash: [u8; 32] = sha2::Sha256::digest(&data).into();
        let info = s.finish(id, ALICE, hash, None, now).await.expect("finish");
        let later = Timestamp(info.expires_at.0 + 1);
        assert!(matches!(
            s.open(id, &cap, later).await,
            Err(BlobError::NotFound)
        ));
        assert_eq!(s.usage(ALICE, later).await.expect("usage"), 0);
        assert_eq!(s.sweep(later).await.expect("sweep"), 1);
        assert_eq!(s.sweep(later).await.expect("sweep"), 0);
        assert!(matches!(
            s.status(id, ALICE, now).await,
            Err(BlobError::NotFound)
        ));
    }
}
