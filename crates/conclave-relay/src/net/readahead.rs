//! A read-ahead buffer under TLS: rustls reads its socket at most 4 KiB at a time (a
//! 16 KiB record takes four or five `read` calls), so each TLS stream of a circuit reads its
//! socket through [`ReadAhead`], one call for up to [`READ_AHEAD`] bytes once a read comes
//! back full (the peer is streaming). A quiet connection holds no buffer: reads go straight
//! through until one fills the caller's buffer, and the buffer is dropped once drained after
//! a short read.

use std::{
    io,
    pin::Pin,
    task::{Context, Poll, ready},
};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// Bytes one socket read may take.
pub const READ_AHEAD: usize = 64 * 1024;
/// A read shorter than this (the connection is not streaming) frees the buffer once drained.
const SHORT_READ: usize = 8 * 1024;

pub struct ReadAhead<S> {
    inner: S,
    /// Empty, or [`READ_AHEAD`] bytes of which `pos..end` are unread.
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// The last fill was short: free the buffer once it is drained.
    release: bool,
}

impl<S> ReadAhead<S> {
    pub fn new(inner: S) -> ReadAhead<S> {
        ReadAhead {
            inner,
            buf: Vec::new(),
            pos: 0,
            end: 0,
            release: false,
        }
    }

    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    /// Bytes read from the socket and not yet handed on.
    pub fn buffered(&self) -> usize {
        self.end - self.pos
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for ReadAhead<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        out: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if this.pos == this.end {
            // Not streaming (no buffer), or a read large enough: straight into the caller's
            // buffer. One it fills means more is queued: read ahead from then on.
            if this.buf.is_empty() || out.remaining() >= READ_AHEAD {
                let wanted = out.remaining();
                let before = out.filled().len();
                ready!(Pin::new(&mut this.inner).poll_read(cx, out))?;
                if wanted > 0 && out.filled().len() - before == wanted && this.buf.is_empty() {
                    this.buf = vec![0; READ_AHEAD];
                }
                return Poll::Ready(Ok(()));
            }
            let mut fill = ReadBuf::new(&mut this.buf);
            ready!(Pin::new(&mut this.inner).poll_read(cx, &mut fill))?;
            let n = fill.filled().len();
            (this.pos, this.end) = (0, n);
            this.release = n < SHORT_READ;
        }
        let n = (this.end - this.pos).min(out.remaining());
        out.put_slice(&this.buf[this.pos..this.pos + n]);
        this.pos += n;
        if this.pos == this.end && this.release {
            this.buf = Vec::new();
            (this.pos, this.end) = (0, 0);
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for ReadAhead<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

    use super::*;

    #[tokio::test]
    async fn reads_ahead_in_order_and_frees_a_quiet_buffer() {
        let (mut a, b) = tokio::io::duplex(4 * READ_AHEAD);
        let mut b = ReadAhead::new(b);
        let data: Vec<u8> = (0..3 * READ_AHEAD + 17).map(|i| (i % 251) as u8).collect();
        a.write_all(&data).await.unwrap();
        let mut got = Vec::new();
        let mut small = [0u8; 4096];
        while got.len() < data.len() {
            let n = b.read(&mut small).await.unwrap();
            assert!(n > 0);
            got.extend_from_slice(&small[..n]);
        }
        assert_eq!(got, data);
        // A short read, drained: no buffer kept, and none taken for a read that waits.
        a.write_all(b"ping").await.unwrap();
        let n = b.read(&mut small).await.unwrap();
        assert_eq!(&small[..n], b"ping");
        assert!(b.buf.is_empty());
        assert_eq!(b.buffered(), 0);
        let waiting =
            tokio::time::timeout(std::time::Duration::from_millis(20), b.read(&mut small));
        assert!(waiting.await.is_err());
        assert!(b.buf.is_empty());
        // Writes go straight through; end of stream reads as 0.
        b.write_all(b"pong").await.unwrap();
        let mut back = [0u8; 4];
        a.read_exact(&mut back).await.unwrap();
        assert_eq!(&back, b"pong");
        drop(a);
        assert_eq!(b.read(&mut small).await.unwrap(), 0);
    }
}
