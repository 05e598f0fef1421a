//! The local proxy's two front doors, as incremental parsers: SOCKS5 (RFC 1928, CONNECT only,
//! no authentication, names passed to the exit unresolved) and HTTP `CONNECT`.
//!
//! Each parser takes the bytes read so far and says: need more, done (with how many bytes it
//! used), or refused (with the reply to send). Heads are bounded ([`HEAD_MAX`]).

use std::net::{Ipv4Addr, Ipv6Addr};

use crate::cell::{EndReason, HOST_MAX};

/// Longest SOCKS request or HTTP request head accepted.
pub const HEAD_MAX: usize = 8 * 1024;

/// Where a client asked to go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// A DNS name (resolved at the exit) or an IP literal (IPv6 in brackets).
    pub host: String,
    pub port: u16,
}

/// SOCKS5 reply codes (RFC 1928 §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Reply {
    Succeeded = 0,
    GeneralFailure = 1,
    NotAllowed = 2,
    NetworkUnreachable = 3,
    HostUnreachable = 4,
    ConnectionRefused = 5,
    TtlExpired = 6,
    CommandNotSupported = 7,
    AddressTypeNotSupported = 8,
}

impl Reply {
    /// The SOCKS reply for a stream the exit ended before connecting.
    pub fn for_end(reason: EndReason) -> Reply {
        match reason {
            EndReason::NotAllowed | EndReason::Limit => Reply::NotAllowed,
            EndReason::NoSuchHost => Reply::HostUnreachable,
            EndReason::Refused => Reply::ConnectionRefused,
            EndReason::Unreachable => Reply::NetworkUnreachable,
            EndReason::TimedOut => Reply::TtlExpired,
            EndReason::Done | EndReason::Protocol | EndReason::Reset => Reply::GeneralFailure,
        }
    }

    /// The 10-byte reply (bound address 0.0.0.0:0: the exit's address is not the client's
    /// business).
    pub fn encode(self) -> [u8; 10] {
        [5, self as u8, 0, 1, 0, 0, 0, 0, 0, 0]
    }
}

/// What a parser concluded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed<T> {
    NeedMore,
    /// The value and the number of bytes it took.
    Done(T, usize),
    /// Send these bytes, then close.
    Refuse(Vec<u8>, &'static str),
}

/// The greeting: `VER NMETHODS METHODS…`. Done means "no authentication" was offered (reply
/// `05 00`).
pub fn socks_greeting(buf: &[u8]) -> Parsed<()> {
    let Some(&ver) = buf.first() else {
        return Parsed::NeedMore;
    };
    if ver != 5 {
        return Parsed::Refuse(Vec::new(), "not SOCKS version 5");
    }
    let Some(&n) = buf.get(1) else {
        return Parsed::NeedMore;
    };
    let n = usize::from(n);
    if buf.len() < 2 + n {
        return Parsed::NeedMore;
    }
    if n == 0 || !buf[2..2 + n].contains(&0) {
        return Parsed::Refuse(
            vec![5, 0xFF],
            "the client offers no method without authentication",
        );
    }
    Parsed::Done((), 2 + n)
}

/// The request: `VER CMD RSV ATYP ADDR PORT`; only CONNECT is served.
pub fn socks_request(buf: &[u8]) -> Parsed<Target> {
    if buf.len() < 4 {
        return Parsed::NeedMore;
    }
    if buf[0] != 5 {
        return Parsed::Refuse(
            Reply::GeneralFailure.encode().to_vec(),
            "not SOCKS version 5",
        );
    }
    let cmd = buf[1];
    let (host, at) = match buf[3] {
        1 => {
            if buf.len() < 4 + 4 {
                return Parsed::NeedMore;
            }
            let ip = Ipv4Addr::new(buf[4], buf[5], buf[6], buf[7]);
            (ip.to_string(), 8)
        }
        4 => {
            if buf.len() < 4 + 16 {
                return Parsed::NeedMore;
            }
            let mut o = [0u8; 16];
            o.copy_from_slice(&buf[4..20]);
            (format!("[{}]", Ipv6Addr::from(o)), 20)
        }
        3 => {
            let Some(&len) = buf.get(4) else {
                return Parsed::NeedMore;
            };
            let len = usize::from(len);
            if buf.len() < 5 + len {
                return Parsed::NeedMore;
            }
            let name = &buf[5..5 + len];
            let valid = !name.is_empty()
                && name.len() <= HOST_MAX
                && name
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._".contains(b));
            if !valid {
                return Parsed::Refuse(
                    Reply::HostUnreachable.encode().to_vec(),
                    "the host name has characters a host name cannot have",
                );
            }
            (String::from_utf8_lossy(name).into_owned(), 5 + len)
        }
        _ => {
            return Parsed::Refuse(
                Reply::AddressTypeNotSupported.encode().to_vec(),
                "unknown SOCKS address type",
            );
        }
    };
    if buf.len() < at + 2 {
        return Parsed::NeedMore;
    }
    match cmd {
        1 => {}
        2 | 3 => {
            return Parsed::Refuse(
                Reply::CommandNotSupported.encode().to_vec(),
                "only CONNECT is served (no BIND, no UDP ASSOCIATE)",
            );
        }
        _ => {
            return Parsed::Refuse(
                Reply::CommandNotSupported.encode().to_vec(),
                "unknown SOCKS command",
            );
        }
    }
    let port = u16::from_be_bytes([buf[at], buf[at + 1]]);
    if port == 0 {
        return Parsed::Refuse(Reply::GeneralFailure.encode().to_vec(), "port 0");
    }
    Parsed::Done(Target { host, port }, at + 2)
}

/// An HTTP/1.x response with a short body, for refusals on the HTTP front door.
pub fn http_status(code: u16, reason: &str, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {code} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// The HTTP status for a stream the exit ended before connecting.
pub fn http_status_for_end(reason: EndReason) -> (u16, &'static str) {
    match reason {
        EndReason::NotAllowed | EndReason::Limit => (403, "Forbidden"),
        EndReason::TimedOut => (504, "Gateway Timeout"),
        _ => (502, "Bad Gateway"),
    }
}

/// `CONNECT host:port HTTP/1.1` and its headers, up to the blank line.
pub fn http_connect(buf: &[u8]) -> Parsed<Target> {
    let end = find(buf, b"\r\n\r\n");
    if end.map_or(buf.len(), |e| e + 4) > HEAD_MAX {
        return Parsed::Refuse(
            http_status(
                431,
                "Request Header Fields Too Large",
                "request head too long\n",
            ),
            "HTTP request head too long",
        );
    }
    let Some(end) = end else {
        return Parsed::NeedMore;
    };
    let head = &buf[..end];
    let line_end = find(head, b"\r\n").unwrap_or(head.len());
    let line = String::from_utf8_lossy(&head[..line_end]);
    let mut parts = line.split(' ');
    let (method, authority, version) = (parts.next(), parts.next(), parts.next());
    if !matches!(version, Some(v) if v.starts_with("HTTP/1.")) || parts.next().is_some() {
        return Parsed::Refuse(
            http_status(400, "Bad Request", "not an HTTP/1.x request\n"),
            "not an HTTP/1.x request",
        );
    }
    if method != Some("CONNECT") {
        return Parsed::Refuse(
            http_status(
                405,
                "Method Not Allowed",
                "this proxy tunnels with CONNECT only (curl: -p / --proxytunnel; https:// URLs do this by themselves)\n",
            ),
            "an HTTP request other than CONNECT",
        );
    }
    match parse_authority(authority.unwrap_or("")) {
        Some(target) => Parsed::Done(target, end + 4),
        None => Parsed::Refuse(
            http_status(400, "Bad Request", "CONNECT needs host:port\n"),
            "CONNECT without a valid host:port",
        ),
    }
}

/// `host:port`, `[v6]:port`.
pub fn parse_authority(authority: &str) -> Option<Target> {
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        let (v6, port) = rest.split_once("]:")?;
        v6.parse::<Ipv6Addr>().ok()?;
        (format!("[{v6}]"), port)
    } else {
        let (host, port) = authority.rsplit_once(':')?;
        (host.to_owned(), port)
    };
    let port: u16 = port.parse().ok().filter(|p| *p != 0)?;
    let valid = !host.is_empty()
        && host.len() <= HOST_MAX
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._[]:".contains(&b));
    valid.then_some(Target { host, port })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn socks_connect_with_a_name_v4_and_v6() {
        assert_eq!(socks_greeting(&[5]), Parsed::NeedMore);
        assert_eq!(socks_greeting(&[5, 2, 2, 0]), Parsed::Done((), 4));
        assert!(matches!(socks_greeting(&[5, 1, 2]), Parsed::Refuse(r, _) if r == [5, 0xFF]));
        let mut req = vec![5, 1, 0, 3, 13];
        req.extend_from_slice(b"secret-1.test");
        req.extend_from_slice(&8080u16.to_be_bytes());
        assert_eq!(socks_request(&req[..10]), Parsed::NeedMore);
        assert_eq!(
            socks_request(&req),
            Parsed::Done(
                Target {
                    host: "secret-1.test".into(),
                    port: 8080
                },
                req.len()
            )
        );
        let v4 = [5, 1, 0, 1, 93, 184, 216, 34, 0, 80];
        assert!(matches!(socks_request(&v4), Parsed::Done(t, 10) if t.host == "93.184.216.34"));
        let mut v6 = vec![5, 1, 0, 4];
        v6.extend_from_slice(&Ipv6Addr::LOCALHOST.octets());
        v6.extend_from_slice(&[0, 80]);
        assert!(matches!(socks_request(&v6), Parsed::Done(t, 22) if t.host == "[::1]"));
    }

    #[test]
    fn socks_refusals_carry_the_right_codes() {
        let bind = [5, 2, 0, 1, 1, 2, 3, 4, 0, 80];
        assert!(matches!(socks_request(&bind), Parsed::Refuse(r, _) if r[1] == 7));
        let udp = [5, 3, 0, 1, 1, 2, 3, 4, 0, 80];
        assert!(matches!(socks_request(&udp), Parsed::Refuse(r, _) if r[1] == 7));
        let atyp = [5, 1, 0, 9, 0, 0];
        assert!(matches!(socks_request(&atyp), Parsed::Refuse(r, _) if r[1] == 8));
        let bad_name = [5, 1, 0, 3, 2, b'a', b'\n', 0, 80];
        assert!(matches!(socks_request(&bad_name), Parsed::Refuse(r, _) if r[1] == 4));
        assert!(matches!(socks_greeting(&[4, 1, 0]), Parsed::Refuse(..)));
    }

    #[test]
    fn http_connect_parses_and_refuses() {
        let req = b"CONNECT secret-1.test:8080 HTTP/1.1\r\nHost: x\r\n\r\nrest";
        assert_eq!(
            http_connect(req),
            Parsed::Done(
                Target {
                    host: "secret-1.test".into(),
                    port: 8080
                },
                req.len() - 4
            )
        );
        assert_eq!(http_connect(b"CONNECT a:1 HTTP/1.1\r\n"), Parsed::NeedMore);
        assert!(matches!(
            http_connect(b"GET http://a/ HTTP/1.1\r\n\r\n"),
            Parsed::Refuse(r, _) if r.starts_with(b"HTTP/1.1 405")
        ));
        assert!(matches!(
            http_connect(b"CONNECT nope HTTP/1.1\r\n\r\n"),
            Parsed::Refuse(r, _) if r.starts_with(b"HTTP/1.1 400")
        ));
        assert!(matches!(
            http_connect(&vec![b'a'; HEAD_MAX + 1]),
            Parsed::Refuse(r, _) if r.starts_with(b"HTTP/1.1 431")
        ));
        assert_eq!(
            parse_authority("[::1]:443"),
            Some(Target {
                host: "[::1]".into(),
                port: 443
            })
        );
        assert_eq!(parse_authority("a:0"), None);
    }

    proptest::proptest! {
        #[test]
        fn parsers_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
            let _ = socks_greeting(&bytes);
            let _ = socks_request(&bytes);
            let _ = http_connect(&bytes);
            let _ = parse_authority(&String::from_utf8_lossy(&bytes));
        }
    }
}
