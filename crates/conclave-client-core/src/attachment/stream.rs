//! ChaCha20-Poly1305 STREAM for files (Hoang–Reyhanitabar–Rogaway–Vizár, as `age` uses it):
//! the plaintext is cut into [`CHUNK_BYTES`] chunks, each sealed with the file's key under the
//! nonce `counter (11 bytes, big-endian) ‖ last`, where `last` is 1 for the final chunk only.
//! A reordered chunk fails (wrong counter), a cut stream fails (no final chunk), bytes after
//! the final chunk fail (it no longer opens as the final chunk), a changed byte fails its chunk's tag. The key is random per file, so
//! no nonce prefix or header is needed.
//!
//! Both ends are sans-IO push parsers: feed any slices, get output; each holds at most one
//! chunk, whatever the file's size. An empty file is one empty final chunk.

use chacha20poly1305::{
    ChaCha20Poly1305, KeyInit, Nonce,
    aead::{AeadInPlace, generic_array::GenericArray},
};

use super::FileKey;

/// Plaintext bytes per chunk (the last may be shorter).
pub const CHUNK_BYTES: usize = 64 * 1024;
/// The Poly1305 tag each chunk adds.
pub const TAG_BYTES: usize = 16;
/// The most chunks a stream may have: the 11-byte counter never wraps before this.
const CHUNKS_MAX: u64 = 1 << 40;

/// The ciphertext's size for a plaintext of `plain` bytes.
pub fn ciphertext_size(plain: u64) -> u64 {
    let chunks = plain.div_ceil(CHUNK_BYTES as u64).max(1);
    plain + chunks * TAG_BYTES as u64
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum StreamError {
    /// A chunk failed authentication: changed, reordered, or a non-final chunk presented as
    /// final (or the other way round), or the wrong key.
    #[error("the file is damaged or was tampered with (chunk {chunk} failed authentication)")]
    Tampered { chunk: u64 },
    /// The stream ended before its final chunk.
    #[error("the file is cut short (it ends before its last chunk)")]
    Truncated,
    #[error("the file is too large for one stream")]
    TooLarge,
}

fn nonce(counter: u64, last: bool) -> Nonce {
    let mut n = [0u8; 12];
    n[3..11].copy_from_slice(&counter.to_be_bytes());
    n[11] = u8::from(last);
    *Nonce::from_slice(&n)
}

/// Seals a file chunk by chunk: [`Encryptor::push`] the plaintext, then
/// [`Encryptor::finish`].
pub struct Encryptor {
    aead: ChaCha20Poly1305,
    buf: Vec<u8>,
    counter: u64,
}

impl Encryptor {
    pub fn new(key: &FileKey) -> Self {
        Encryptor {
            aead: ChaCha20Poly1305::new(GenericArray::from_slice(&key.0)),
            buf: Vec::with_capacity(CHUNK_BYTES + TAG_BYTES),
            counter: 0,
        }
    }

    /// Takes more plaintext; appends the ciphertext of every chunk it completes to `out`. A
    /// full chunk is held back until more plaintext shows it is not the last.
    pub fn push(&mut self, mut plain: &[u8], out: &mut Vec<u8>) -> Result<(), StreamError> {
        while !plain.is_empty() {
            if self.buf.len() == CHUNK_BYTES {
                self.seal(false, out)?;
            }
            let take = (CHUNK_BYTES - self.buf.len()).min(plain.len());
            self.buf.extend_from_slice(&plain[..take]);
            plain = &plain[take..];
        }
        Ok(())
    }

    /// Seals what is left as the final chunk.
    pub fn finish(mut self, out: &mut Vec<u8>) -> Result<(), StreamError> {
        self.seal(true, out)
    }

    fn seal(&mut self, last: bool, out: &mut Vec<u8>) -> Result<(), StreamError> {
        if self.counter >= CHUNKS_MAX {
            return Err(StreamError::TooLarge);
        }
        let tag = self
            .aead
            .encrypt_in_place_detached(&nonce(self.counter, last), b"", &mut self.buf)
            .map_err(|_| StreamError::TooLarge)?;
        out.extend_from_slice(&self.buf);
        out.extend_from_slice(&tag);
        self.buf.clear();
        self.counter += 1;
        Ok(())
    }
}

/// Opens a file chunk by chunk: [`Decryptor::push`] the ciphertext, then
/// [`Decryptor::finish`]. Plaintext comes out only once its chunk is authenticated.
pub struct Decryptor {
    aead: ChaCha20Poly1305,
    buf: Vec<u8>,
    counter: u64,
}

impl Decryptor {
    pub fn new(key: &FileKey) -> Self {
        Decryptor {
            aead: ChaCha20Poly1305::new(GenericArray::from_slice(&key.0)),
            buf: Vec::with_capacity(CHUNK_BYTES + TAG_BYTES),
            counter: 0,
        }
    }

    /// Takes more ciphertext; appends the plaintext of every chunk it authenticates to `out`.
    pub fn push(&mut self, mut sealed: &[u8], out: &mut Vec<u8>) -> Result<(), StreamError> {
        const SEALED: usize = CHUNK_BYTES + TAG_BYTES;
        while !sealed.is_empty() {
            if self.buf.len() == SEALED {
                self.open(false, out)?;
            }
            let take = (SEALED - self.buf.len()).min(sealed.len());
            self.buf.extend_from_slice(&sealed[..take]);
            sealed = &sealed[take..];
        }
        Ok(())
    }

    /// Opens what is left as the final chunk: an error if the stream was cut.
    pub fn finish(mut self, out: &mut Vec<u8>) -> Result<(), StreamError> {
        if self.buf.len() < TAG_BYTES {
            return Err(StreamError::Truncated);
        }
        match self.open(true, out) {
            // A cut at a chunk boundary leaves a whole non-final chunk: say so, not "tampered".
            Err(StreamError::Tampered { .. }) if self.reopens_as_non_final() => {
                Err(StreamError::Truncated)
            }
            r => r,
        }
    }

    fn reopens_as_non_final(&self) -> bool {
        let (body, tag) = self.buf.split_at(self.buf.len() - TAG_BYTES);
        let mut body = body.to_vec();
        self.aead
            .decrypt_in_place_detached(
                &nonce(self.counter, false),
                b"",
                &mut body,
                GenericArray::from_slice(tag),
            )
            .is_ok()
    }

    fn open(&mut self, last: bool, out: &mut Vec<u8>) -> Result<(), StreamError> {
        let chunk = self.counter;
        if chunk >= CHUNKS_MAX {
            return Err(StreamError::TooLarge);
        }
        let at = self.buf.len() - TAG_BYTES;
        let tag = *GenericArray::from_slice(&self.buf[at..]);
        let mut body = self.buf[..at].to_vec();
        self.aead
            .decrypt_in_place_detached(&nonce(chunk, last), b"", &mut body, &tag)
            .map_err(|_| StreamError::Tampered { chunk })?;
        out.extend_from_slice(&body);
        self.buf.clear();
        self.counter += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const KEY: FileKey = FileKey([42; 32]);

    fn seal(plain: &[u8], piece: usize) -> Vec<u8> {
        let mut e = Encryptor::new(&KEY);
        let mut out = Vec::new();
        for p in plain.chunks(piece.max(1)) {
            e.push(p, &mut out).unwrap();
        }
        e.finish(&mut out).unwrap();
        out
    }

    fn open(sealed: &[u8], piece: usize) -> Result<Vec<u8>, StreamError> {
        let mut d = Decryptor::new(&KEY);
        let mut out = Vec::new();
        for p in sealed.chunks(piece.max(1)) {
            d.push(p, &mut out)?;
        }
        d.finish(&mut out)?;
        Ok(out)
    }

    fn plain(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 % 251) as u8).collect()
    }

    #[test]
    fn sizes_at_chunk_boundaries() {
        for len in [
            0,
            1,
            CHUNK_BYTES - 1,
            CHUNK_BYTES,
            CHUNK_BYTES + 1,
            3 * CHUNK_BYTES,
        ] {
            let p = plain(len);
            let s = seal(&p, 1000);
            assert_eq!(s.len() as u64, ciphertext_size(len as u64), "{len}");
            assert_eq!(open(&s, 7777).unwrap(), p, "{len}");
        }
    }

    #[test]
    fn truncation_reordering_tampering_and_trailing_bytes_fail() {
        let p = plain(3 * CHUNK_BYTES + 5);
        let s = seal(&p, CHUNK_BYTES);
        let sealed = CHUNK_BYTES + TAG_BYTES;
        // Cut at a chunk boundary: whole chunks, none final.
        assert_eq!(open(&s[..2 * sealed], 4096), Err(StreamError::Truncated));
        assert_eq!(open(&[], 4096), Err(StreamError::Truncated));
        // Cut inside a chunk.
        assert_eq!(
            open(&s[..sealed + 100], 4096),
            Err(StreamError::Tampered { chunk: 1 })
        );
        // Two chunks swapped.
        let mut swapped = s.clone();
        swapped[..sealed].copy_from_slice(&s[sealed..2 * sealed]);
        swapped[sealed..2 * sealed].copy_from_slice(&s[..sealed]);
        assert_eq!(
            open(&swapped, 4096),
            Err(StreamError::Tampered { chunk: 0 })
        );
        // One byte flipped.
        let mut flipped = s.clone();
        flipped[2 * sealed + 3] ^= 1;
        assert_eq!(
            open(&flipped, 4096),
            Err(StreamError::Tampered { chunk: 2 })
        );
        // Bytes after the final chunk make it fail as the final chunk.
        let mut longer = s.clone();
        longer.push(0);
        assert_eq!(open(&longer, 4096), Err(StreamError::Tampered { chunk: 3 }));
        // Another file's final chunk appended after a cut.
        let other = seal(&plain(10), 10);
        let mut spliced = s[..sealed].to_vec();
        spliced.extend_from_slice(&other);
        assert_eq!(
            open(&spliced, 4096),
            Err(StreamError::Tampered { chunk: 1 })
        );
        // The wrong key.
        let mut d = Decryptor::new(&FileKey([1; 32]));
        let mut out = Vec::new();
        d.push(&s[..sealed], &mut out).unwrap();
        assert_eq!(
            d.push(&s[sealed..], &mut out),
            Err(StreamError::Tampered { chunk: 0 })
        );
        assert!(out.is_empty(), "no unauthenticated plaintext comes out");
        assert!(StreamError::Truncated.to_string().contains("cut short"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        #[test]
        fn any_split_round_trips(len in 0usize..(3 * CHUNK_BYTES), a in 1usize..70_000, b in 1usize..70_000) {
            let p = plain(len);
            let s = seal(&p, a);
            prop_assert_eq!(s.len() as u64, ciphertext_size(len as u64));
            prop_assert_eq!(open(&s, b).unwrap(), p);
        }

        #[test]
        fn any_change_is_detected(len in 1usize..(2 * CHUNK_BYTES + 10), at in any::<prop::sample::Index>(), bit in 0u8..8, cut in any::<prop::sample::Index>()) {
            let s = seal(&plain(len), 5000);
            let mut flipped = s.clone();
            let i = at.index(s.len());
            flipped[i] ^= 1 << bit;
            let tampered = matches!(open(&flipped, 3000), Err(StreamError::Tampered { .. }));
            prop_assert!(tampered);
            let short = &s[..cut.index(s.len())];
            prop_assert!(open(short, 3000).is_err());
        }
    }
}
