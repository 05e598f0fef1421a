//! Fixed-size cells: what travels inside the client↔exit Noise session.
//!
//! Every message on a circuit after the entry's `OPEN` exchange is exactly [`CELL_LEN`] bytes
//! on the wire (Noise ciphertext), so the entry sees only cell counts and timing. Inside, a
//! transport cell's plaintext ([`PLAIN_LEN`] bytes) is `cmd u8 ‖ stream u32 ‖ len u16 ‖ data ‖
//! zero padding`. The two handshake cells carry the exit's token and the exit's answer,
//! padded to the same length.
//!
//! A sender with several cells queued may seal them in one Noise message (a *batch*): first
//! a `BATCH` cell of its own, sealed alone, saying how many cells the next message holds (2
//! to [`BATCH_MAX`]), then that message: `k` cell plaintexts back to back and zeros, sealed
//! once, exactly `k` × [`CELL_LEN`] bytes on the wire. So the entry still sees only whole
//! cells, and the reader always knows the next message's length before it decrypts.

use crate::Error;

/// Bytes of every cell on the wire.
pub const CELL_LEN: usize = 1024;
/// ChaChaPoly's tag.
pub const TAG_LEN: usize = 16;
/// The Noise ephemeral public key in each handshake message.
pub const DH_LEN: usize = 32;
/// Plaintext of a transport cell.
pub const PLAIN_LEN: usize = CELL_LEN - TAG_LEN;
/// Plaintext of a handshake cell (`e` in clear, then the encrypted payload).
pub const HANDSHAKE_PAYLOAD_LEN: usize = CELL_LEN - DH_LEN - TAG_LEN;
const HEADER_LEN: usize = 1 + 4 + 2;
/// Most data bytes in one `DATA` cell.
pub const DATA_MAX: usize = PLAIN_LEN - HEADER_LEN;
/// Longest host name in `BEGIN` (DNS: 253 characters).
pub const HOST_MAX: usize = 253;
/// Most cells in one batch: a Noise message is at most 65,535 bytes.
pub const BATCH_MAX: usize = 63;
/// Fewer queued cells than this are sealed one by one (a batch costs its `BATCH` cell).
pub const BATCH_MIN: usize = 4;
/// Handshake feature: "I read batches". Each side sends batches only to a peer that said so,
/// so a client or exit of the first release (which knows no `BATCH` cell) keeps working.
pub const FEATURE_BATCHES: u8 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Cmd {
    /// Client → exit: open stream `stream` to `host:port`.
    Begin = 1,
    /// Exit → client: the stream is connected.
    Connected = 2,
    Data = 3,
    /// Either side: the stream is over (`data[0]` is an [`EndReason`]).
    End = 4,
    /// Either side: `data` is a u32 count of cells the sender may send more on `stream`.
    Window = 5,
    /// Padding or keep-alive; ignored.
    Padding = 6,
    /// `data[0]` cells follow in the next Noise message (a batch); stream 0. Never inside a
    /// batch.
    Batch = 7,
}

impl Cmd {
    fn from_u8(b: u8) -> Option<Cmd> {
        Some(match b {
            1 => Cmd::Begin,
            2 => Cmd::Connected,
            3 => Cmd::Data,
            4 => Cmd::End,
            5 => Cmd::Window,
            6 => Cmd::Padding,
            7 => Cmd::Batch,
            _ => return None,
        })
    }
}

/// Why a stream ended; the proxy turns these into SOCKS reply codes and HTTP statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum EndReason {
    /// The sender has no more data (a half-close); the stream ends when both sides sent it.
    Done = 0,
    /// The exit policy refuses this address or port.
    NotAllowed = 1,
    /// The name does not resolve.
    NoSuchHost = 2,
    Refused = 3,
    Unreachable = 4,
    TimedOut = 5,
    /// A per-circuit cap (streams, bytes) was reached.
    Limit = 6,
    Protocol = 7,
    /// Abort both directions (a local socket failed or closed early).
    Reset = 8,
}

impl EndReason {
    pub fn from_u8(b: u8) -> EndReason {
        match b {
            0 => EndReason::Done,
            1 => EndReason::NotAllowed,
            2 => EndReason::NoSuchHost,
            3 => EndReason::Refused,
            4 => EndReason::Unreachable,
            5 => EndReason::TimedOut,
            6 => EndReason::Limit,
            8 => EndReason::Reset,
            _ => EndReason::Protocol,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            EndReason::Done => "closed",
            EndReason::NotAllowed => "the exit relay's policy does not allow this destination",
            EndReason::NoSuchHost => "the exit relay cannot resolve this name",
            EndReason::Refused => "the destination refused the connection",
            EndReason::Unreachable => "the destination is unreachable from the exit relay",
            EndReason::TimedOut => "the connection timed out at the exit relay",
            EndReason::Limit => "the circuit reached a limit of the exit relay",
            EndReason::Protocol => "relay protocol error",
            EndReason::Reset => "the connection was reset",
        }
    }
}

/// One decoded transport cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell<'a> {
    pub cmd: Cmd,
    pub stream: u32,
    pub data: &'a [u8],
}

impl Cell<'_> {
    /// Writes the plaintext of this cell (padded with zeros).
    pub fn encode(&self, out: &mut [u8; PLAIN_LEN]) -> Result<(), Error> {
        if self.data.len() > DATA_MAX {
            return Err(Error::Malformed("cell data too long"));
        }
        out[0] = self.cmd as u8;
        out[1..5].copy_from_slice(&self.stream.to_be_bytes());
        out[5..7].copy_from_slice(&(self.data.len() as u16).to_be_bytes());
        out[HEADER_LEN..HEADER_LEN + self.data.len()].copy_from_slice(self.data);
        out[HEADER_LEN + self.data.len()..].fill(0);
        Ok(())
    }

    pub fn decode(plain: &[u8]) -> Result<Cell<'_>, Error> {
        if plain.len() != PLAIN_LEN {
            return Err(Error::Malformed("cell of the wrong size"));
        }
        let cmd = Cmd::from_u8(plain[0]).ok_or(Error::Malformed("unknown cell command"))?;
        let stream = u32::from_be_bytes([plain[1], plain[2], plain[3], plain[4]]);
        let len = usize::from(u16::from_be_bytes([plain[5], plain[6]]));
        if len > DATA_MAX {
            return Err(Error::Malformed("cell length beyond the cell"));
        }
        Ok(Cell {
            cmd,
            stream,
            data: &plain[HEADER_LEN..HEADER_LEN + len],
        })
    }
}

/// Plaintext of a batch of `k` cells: `k` cell plaintexts, then zeros to the tag.
pub const fn batch_plain_len(k: usize) -> usize {
    k * CELL_LEN - TAG_LEN
}

/// The `BATCH` cell announcing `k` cells in the next message.
pub fn batch_header(k: usize) -> Result<[u8; PLAIN_LEN], Error> {
    if !(2..=BATCH_MAX).contains(&k) {
        return Err(Error::Malformed("a batch holds 2 to 63 cells"));
    }
    let mut out = [0u8; PLAIN_LEN];
    Cell {
        cmd: Cmd::Batch,
        stream: 0,
        data: &[k as u8],
    }
    .encode(&mut out)?;
    Ok(out)
}

/// How many cells a `BATCH` cell announces.
pub fn decode_batch_header(cell: &Cell<'_>) -> Result<usize, Error> {
    match (cell.cmd, cell.stream, cell.data) {
        (Cmd::Batch, 0, &[k]) if (2..=BATCH_MAX).contains(&usize::from(k)) => Ok(usize::from(k)),
        (Cmd::Batch, _, _) => Err(Error::Malformed(
            "a BATCH cell must announce 2 to 63 cells on stream 0",
        )),
        _ => Err(Error::Malformed("not a BATCH cell")),
    }
}

/// The cells of one opened message, in order: one cell, or a batch's.
#[derive(Debug, Clone)]
pub struct Cells<'a> {
    rest: &'a [u8],
}

impl<'a> Cells<'a> {
    /// Cells of a batch's plaintext (`k` cells, then zeros to [`batch_plain_len`]).
    pub fn batch(plain: &'a [u8], k: usize) -> Result<Cells<'a>, Error> {
        if !(2..=BATCH_MAX).contains(&k) || plain.len() != batch_plain_len(k) {
            return Err(Error::Malformed("a batch of the wrong size"));
        }
        let (cells, padding) = plain.split_at(k * PLAIN_LEN);
        if padding.iter().any(|&b| b != 0) {
            return Err(Error::Malformed("a batch's padding is not zero"));
        }
        Ok(Cells { rest: cells })
    }

    /// One cell's plaintext.
    pub fn one(plain: &'a [u8]) -> Result<Cells<'a>, Error> {
        if plain.len() != PLAIN_LEN {
            return Err(Error::Malformed("cell of the wrong size"));
        }
        Ok(Cells { rest: plain })
    }

    pub fn empty() -> Cells<'static> {
        Cells { rest: &[] }
    }

    /// Cells not yet returned.
    pub fn remaining(&self) -> usize {
        self.rest.len() / PLAIN_LEN
    }
}

impl<'a> Iterator for Cells<'a> {
    type Item = Result<Cell<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.len() < PLAIN_LEN {
            return None;
        }
        let (plain, rest) = self.rest.split_at(PLAIN_LEN);
        self.rest = rest;
        Some(Cell::decode(plain).and_then(|cell| {
            if cell.cmd == Cmd::Batch {
                Err(Error::Malformed("a BATCH cell inside a batch"))
            } else {
                Ok(cell)
            }
        }))
    }
}

/// `BEGIN`'s data: `host_len u8 ‖ host ‖ port u16`.
pub fn encode_begin(host: &str, port: u16) -> Result<Vec<u8>, Error> {
    if host.is_empty() || host.len() > HOST_MAX {
        return Err(Error::Malformed("host name empty or longer than 253 bytes"));
    }
    let mut out = Vec::with_capacity(host.len() + 3);
    out.push(host.len() as u8);
    out.extend_from_slice(host.as_bytes());
    out.extend_from_slice(&port.to_be_bytes());
    Ok(out)
}

pub fn decode_begin(data: &[u8]) -> Result<(String, u16), Error> {
    let (&len, rest) = data.split_first().ok_or(Error::Malformed("empty BEGIN"))?;
    let len = usize::from(len);
    if len == 0 || len > HOST_MAX || rest.len() != len + 2 {
        return Err(Error::Malformed("BEGIN of the wrong length"));
    }
    let host = std::str::from_utf8(&rest[..len])
        .map_err(|_| Error::Malformed("BEGIN host is not UTF-8"))?;
    if !host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-._:[]".contains(&b))
    {
        return Err(Error::Malformed(
            "BEGIN host has characters a host name cannot have",
        ));
    }
    let port = u16::from_be_bytes([rest[len], rest[len + 1]]);
    if port == 0 {
        return Err(Error::Malformed("BEGIN port 0"));
    }
    Ok((host.to_owned(), port))
}

/// A handshake payload: `kind u8 ‖ len u16 ‖ body ‖ features u8 ‖ zero padding`. The
/// features byte (see [`FEATURE_BATCHES`]) sits in what the first release read as padding and
/// ignored, so a peer of that release reads it as "no features", and says none itself (its
/// padding is zero). A body that fills the payload leaves no room: no features.
pub fn encode_padded(
    kind: u8,
    body: &[u8],
    features: u8,
) -> Result<[u8; HANDSHAKE_PAYLOAD_LEN], Error> {
    if body.len() > HANDSHAKE_PAYLOAD_LEN - 3 {
        return Err(Error::Malformed("handshake payload too long"));
    }
    let mut out = [0u8; HANDSHAKE_PAYLOAD_LEN];
    out[0] = kind;
    out[1..3].copy_from_slice(&(body.len() as u16).to_be_bytes());
    out[3..3 + body.len()].copy_from_slice(body);
    if let Some(slot) = out.get_mut(3 + body.len()) {
        *slot = features;
    }
    Ok(out)
}

/// `(kind, body, features)` of a handshake payload.
pub fn decode_padded(payload: &[u8]) -> Result<(u8, &[u8], u8), Error> {
    if payload.len() != HANDSHAKE_PAYLOAD_LEN {
        return Err(Error::Malformed("handshake payload of the wrong size"));
    }
    let len = usize::from(u16::from_be_bytes([payload[1], payload[2]]));
    if len > HANDSHAKE_PAYLOAD_LEN - 3 {
        return Err(Error::Malformed("handshake payload length beyond the cell"));
    }
    let features = payload.get(3 + len).copied().unwrap_or(0);
    Ok((payload[0], &payload[3..3 + len], features))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_round_trip_and_pad() {
        let mut plain = [0xAAu8; PLAIN_LEN];
        let cell = Cell {
            cmd: Cmd::Data,
            stream: 7,
            data: b"hello",
        };
        cell.encode(&mut plain).unwrap();
        assert!(plain[HEADER_LEN + 5..].iter().all(|&b| b == 0));
        assert_eq!(Cell::decode(&plain).unwrap(), cell);
        let full = vec![1u8; DATA_MAX];
        Cell {
            cmd: Cmd::Data,
            stream: 1,
            data: &full,
        }
        .encode(&mut plain)
        .unwrap();
        assert_eq!(Cell::decode(&plain).unwrap().data.len(), DATA_MAX);
        let over = vec![1u8; DATA_MAX + 1];
        assert!(
            Cell {
                cmd: Cmd::Data,
                stream: 1,
                data: &over
            }
            .encode(&mut plain)
            .is_err()
        );
    }

    #[test]
    fn begin_round_trip_and_refusals() {
        let data = encode_begin("secret-1.test", 8080).unwrap();
        assert_eq!(decode_begin(&data).unwrap(), ("secret-1.test".into(), 8080));
        assert!(decode_begin(&[]).is_err());
        assert!(decode_begin(&[3, b'a', b'b']).is_err());
        assert!(decode_begin(&[1, b'\n', 0, 80]).is_err());
        assert!(decode_begin(&[1, b'a', 0, 0]).is_err());
        assert!(encode_begin(&"a".repeat(254), 1).is_err());
        // Nor does the exit read a name longer than a client can send.
        let mut long = vec![254u8];
        long.extend_from_slice(&[b'a'; 254]);
        long.extend_from_slice(&[0, 80]);
        assert!(decode_begin(&long).is_err());
    }

    #[test]
    fn batches_hold_2_to_63_cells_and_zero_padding() {
        let mut plain = vec![0u8; batch_plain_len(3)];
        for (i, slot) in plain.chunks_mut(PLAIN_LEN).take(3).enumerate() {
            let slot: &mut [u8; PLAIN_LEN] = slot.try_into().unwrap();
            Cell {
                cmd: Cmd::Data,
                stream: i as u32,
                data: b"abc",
            }
            .encode(slot)
            .unwrap();
        }
        let cells: Vec<_> = Cells::batch(&plain, 3)
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(cells.len(), 3);
        assert_eq!((cells[2].stream, cells[2].data), (2, &b"abc"[..]));
        // Sizes: a batch's length is fixed by its count.
        assert!(Cells::batch(&plain[..plain.len() - 1], 3).is_err());
        assert!(Cells::batch(&plain, 2).is_err());
        assert!(Cells::batch(&[], 0).is_err());
        assert!(Cells::batch(&vec![0; batch_plain_len(1)], 1).is_err());
        assert!(Cells::batch(&vec![0; batch_plain_len(64)], 64).is_err());
        // Padding that is not zero.
        let mut dirty = plain.clone();
        *dirty.last_mut().unwrap() = 1;
        assert!(Cells::batch(&dirty, 3).is_err());
        // No BATCH inside a batch.
        let mut nested = plain.clone();
        nested[PLAIN_LEN..2 * PLAIN_LEN].copy_from_slice(&batch_header(2).unwrap());
        let got: Vec<_> = Cells::batch(&nested, 3).unwrap().collect();
        assert!(got[0].is_ok() && got[1].is_err());
        // Headers: 2 ..= 63 cells, stream 0, one byte.
        for k in [0, 1, 64, 255] {
            assert!(batch_header(k).is_err());
        }
        let header = batch_header(BATCH_MAX).unwrap();
        assert_eq!(
            decode_batch_header(&Cell::decode(&header).unwrap()).unwrap(),
            BATCH_MAX
        );
        for (stream, data) in [
            (1u32, &[5u8][..]),
            (0, &[1][..]),
            (0, &[64][..]),
            (0, &[5, 0][..]),
        ] {
            let cell = Cell {
                cmd: Cmd::Batch,
                stream,
                data,
            };
            assert!(decode_batch_header(&cell).is_err());
        }
        const { assert!(batch_plain_len(BATCH_MAX) + TAG_LEN <= 65_535) };
    }

    proptest::proptest! {
        #[test]
        fn decoders_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..1100)) {
            let _ = Cell::decode(&bytes);
            let _ = decode_begin(&bytes);
            let _ = decode_padded(&bytes);
            let mut plain = [0u8; PLAIN_LEN];
            let n = bytes.len().min(PLAIN_LEN);
            plain[..n].copy_from_slice(&bytes[..n]);
            let _ = Cell::decode(&plain);
            if let Ok(cell) = Cell::decode(&plain) {
                let _ = decode_batch_header(&cell);
            }
            for k in 0..=BATCH_MAX + 1 {
                if let Ok(cells) = Cells::batch(&bytes, k) {
                    let _ = cells.count();
                }
            }
        }
    }
}
