//! Fixed-size cells: what travels inside the client↔exit Noise session.
//!
//! Every message on a circuit after the entry's `OPEN` exchange is exactly [`CELL_LEN`] bytes
//! on the wire (Noise ciphertext), so the entry sees only cell counts and timing. Inside, a
//! transport cell's plaintext ([`PLAIN_LEN`] bytes) is `cmd u8 ‖ stream u32 ‖ len u16 ‖ data ‖
//! zero padding`. The two handshake cells carry the exit's token and the exit's answer,
//! padded to the same length.

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

/// A length-prefixed field inside a padded handshake payload: `len u16 ‖ bytes ‖ zeros`.
pub fn encode_padded(kind: u8, body: &[u8]) -> Result<[u8; HANDSHAKE_PAYLOAD_LEN], Error> {
    if body.len() > HANDSHAKE_PAYLOAD_LEN - 3 {
        return Err(Error::Malformed("handshake payload too long"));
    }
    let mut out = [0u8; HANDSHAKE_PAYLOAD_LEN];
    out[0] = kind;
    out[1..3].copy_from_slice(&(body.len() as u16).to_be_bytes());
    out[3..3 + body.len()].copy_from_slice(body);
    Ok(out)
}

pub fn decode_padded(payload: &[u8]) -> Result<(u8, &[u8]), Error> {
    if payload.len() != HANDSHAKE_PAYLOAD_LEN {
        return Err(Error::Malformed("handshake payload of the wrong size"));
    }
    let len = usize::from(u16::from_be_bytes([payload[1], payload[2]]));
    if len > HANDSHAKE_PAYLOAD_LEN - 3 {
        return Err(Error::Malformed("handshake payload length beyond the cell"));
    }
    Ok((payload[0], &payload[3..3 + len]))
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
        }
    }
}
