//! The first exchange on a TLS connection to a relay, before any cell.
//!
//! Client → entry: `OPEN` = `"CNR1" ‖ len u16 ‖ exit_id_len u8 ‖ exit_id ‖ token_len u16 ‖
//! token` (the entry's token). Entry → exit: `LINK` = `"CNX1" ‖ 0u16` (nothing about the
//! client). Each is answered with `status u8 ‖ len u16 ‖ message`; after `Ok`, cells flow.

use crate::Error;

pub const OPEN_MAGIC: &[u8; 4] = b"CNR1";
pub const LINK_MAGIC: &[u8; 4] = b"CNX1";
/// Largest OPEN body (a token is ~ 354 bytes).
pub const OPEN_BODY_MAX: usize = 2048;
/// Longest exit id in OPEN (ids are 17 characters).
pub const EXIT_ID_MAX: usize = 64;
/// Longest token in OPEN.
pub const TOKEN_MAX: usize = 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Status {
    Ok = 0,
    Malformed = 1,
    TokenRefused = 2,
    UnknownExit = 3,
    ExitUnreachable = 4,
    Busy = 5,
    RoleNotOffered = 6,
}

impl Status {
    fn from_u8(b: u8) -> Status {
        match b {
            0 => Status::Ok,
            2 => Status::TokenRefused,
            3 => Status::UnknownExit,
            4 => Status::ExitUnreachable,
            5 => Status::Busy,
            6 => Status::RoleNotOffered,
            _ => Status::Malformed,
        }
    }
}

/// What a relay's first frame asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hello {
    /// A client opens a circuit through this entry to `exit`.
    Open { exit: String, token: Vec<u8> },
    /// An entry links a circuit to this exit.
    Link,
}

pub fn encode_open(exit: &str, token: &[u8]) -> Result<Vec<u8>, Error> {
    if exit.is_empty() || exit.len() > EXIT_ID_MAX || token.len() > TOKEN_MAX {
        return Err(Error::Malformed("OPEN fields too long"));
    }
    let body_len = 1 + exit.len() + 2 + token.len();
    let mut out = Vec::with_capacity(6 + body_len);
    out.extend_from_slice(OPEN_MAGIC);
    out.extend_from_slice(&(body_len as u16).to_be_bytes());
    out.push(exit.len() as u8);
    out.extend_from_slice(exit.as_bytes());
    out.extend_from_slice(&(token.len() as u16).to_be_bytes());
    out.extend_from_slice(token);
    Ok(out)
}

pub fn encode_link() -> Vec<u8> {
    let mut out = LINK_MAGIC.to_vec();
    out.extend_from_slice(&0u16.to_be_bytes());
    out
}

/// The length of the body that follows a 6-byte hello head, or an error for a bad magic.
pub fn hello_body_len(head: &[u8; 6]) -> Result<(bool, usize), Error> {
    let len = usize::from(u16::from_be_bytes([head[4], head[5]]));
    match &head[..4] {
        m if m == OPEN_MAGIC => {
            if len > OPEN_BODY_MAX {
                return Err(Error::Malformed("OPEN too long"));
            }
            Ok((true, len))
        }
        m if m == LINK_MAGIC => {
            if len != 0 {
                return Err(Error::Malformed("LINK with a body"));
            }
            Ok((false, 0))
        }
        _ => Err(Error::Malformed("not a Conclave relay hello")),
    }
}

pub fn decode_open(body: &[u8]) -> Result<Hello, Error> {
    let (&n, rest) = body.split_first().ok_or(Error::Malformed("empty OPEN"))?;
    let n = usize::from(n);
    if n == 0 || n > EXIT_ID_MAX {
        return Err(Error::Malformed("OPEN exit id empty or too long"));
    }
    if rest.len() < n + 2 {
        return Err(Error::Malformed("OPEN exit id truncated"));
    }
    let exit = std::str::from_utf8(&rest[..n])
        .map_err(|_| Error::Malformed("OPEN exit id is not UTF-8"))?
        .to_owned();
    let t = usize::from(u16::from_be_bytes([rest[n], rest[n + 1]]));
    let token = &rest[n + 2..];
    if token.len() != t {
        return Err(Error::Malformed("OPEN token length mismatch"));
    }
    if t > TOKEN_MAX {
        return Err(Error::Malformed("OPEN token too long"));
    }
    Ok(Hello::Open {
        exit,
        token: token.to_vec(),
    })
}

pub fn encode_answer(status: Status, message: &str) -> Vec<u8> {
    let message = &message.as_bytes()[..message.len().min(512)];
    let mut out = vec![status as u8];
    out.extend_from_slice(&(message.len() as u16).to_be_bytes());
    out.extend_from_slice(message);
    out
}

/// The 3-byte answer head: status and the message length (≤ 512).
pub fn answer_head(head: &[u8; 3]) -> Result<(Status, usize), Error> {
    let len = usize::from(u16::from_be_bytes([head[1], head[2]]));
    if len > 512 {
        return Err(Error::Malformed("relay answer too long"));
    }
    Ok((Status::from_u8(head[0]), len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_and_link_round_trip() {
        let open = encode_open("rabcdef0123456789", b"tok").unwrap();
        let head: [u8; 6] = open[..6].try_into().unwrap();
        let (is_open, len) = hello_body_len(&head).unwrap();
        assert!(is_open);
        assert_eq!(
            decode_open(&open[6..6 + len]).unwrap(),
            Hello::Open {
                exit: "rabcdef0123456789".into(),
                token: b"tok".to_vec()
            }
        );
        let link: [u8; 6] = encode_link().try_into().unwrap();
        assert_eq!(hello_body_len(&link).unwrap(), (false, 0));
        assert!(hello_body_len(b"GET / ").is_err());
        assert!(decode_open(&[5, b'a']).is_err());
        // What no client can send is refused: an exit id or a token over its bound.
        let mut long_id = vec![65u8];
        long_id.extend_from_slice(&[b'r'; 65]);
        long_id.extend_from_slice(&[0, 0]);
        assert!(decode_open(&long_id).is_err());
        let mut long_token = vec![1u8, b'r'];
        long_token.extend_from_slice(&1025u16.to_be_bytes());
        long_token.extend_from_slice(&[0; 1025]);
        assert!(decode_open(&long_token).is_err());
        let answer = encode_answer(Status::TokenRefused, "spent");
        let head: [u8; 3] = answer[..3].try_into().unwrap();
        assert_eq!(answer_head(&head).unwrap(), (Status::TokenRefused, 5));
    }

    proptest::proptest! {
        #[test]
        fn decoders_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let _ = decode_open(&bytes);
            if bytes.len() >= 6 {
                let head: [u8; 6] = bytes[..6].try_into().unwrap();
                let _ = hello_body_len(&head);
            }
        }
    }
}
