//! Server links: `conclave://HOST:PORT/join#code=…&fp=…[&alt=HOST2:PORT2,HOST3:PORT3]`.
//!
//! One string carries everything a new device needs: where the server is, the secret code, and
//! (for self-signed servers) the SHA-256 fingerprint of its certificate, which the client pins.
//! `https://HOST:PORT/join#code=…` is accepted too (the web app's form).
//!
//! A cluster's links name more nodes in `alt` (the nodes share one certificate, so one `fp`
//! pins them all). The first node stays in the authority, so a client that predates clusters
//! (and ignores unknown parameters) still joins through it.

use std::fmt;

use crate::SecretCode;

/// SHA-256 of a DER certificate.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 32]);

impl Fingerprint {
    pub fn of_der(der: &[u8]) -> Self {
        use sha2::Digest as _;
        Fingerprint(sha2::Sha256::digest(der).into())
    }
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
    pub fn parse_hex(text: &str) -> Option<Self> {
        let text = text.trim().replace(':', "");
        if text.len() != 64 || !text.is_ascii() {
            return None;
        }
        let mut out = [0u8; 32];
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(Fingerprint(out))
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({})", self.to_hex())
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// An invitation: creates an account.
    Join,
    /// A device link: adds a device to an existing account.
    Device,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerLink {
    pub kind: LinkKind,
    pub host: String,
    pub port: u16,
    pub code: SecretCode,
    pub fingerprint: Option<Fingerprint>,
    /// More nodes of the same cluster (host, port), tried when `host:port` is unreachable.
    pub alternates: Vec<(String, u16)>,
}

/// Alternate nodes a link may name at most.
pub const LINK_ALTERNATES_MAX: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid Conclave link: {0} (expected conclave://HOST:PORT/join#code=CODE&fp=FINGERPRINT)")]
pub struct LinkError(&'static str);

impl ServerLink {
    pub fn parse(text: &str) -> Result<Self, LinkError> {
        let text = text.trim();
        if text.len() > 4096 {
            return Err(LinkError("too long"));
        }
        let rest = text
            .strip_prefix("conclave://")
            .or_else(|| text.strip_prefix("https://"))
            .ok_or(LinkError("unknown scheme"))?;
        let (authority, rest) = rest.split_once('/').ok_or(LinkError("missing path"))?;
        let (path, fragment) = rest.split_once('#').ok_or(LinkError("missing #code=…"))?;
        let kind = match path {
            "join" => LinkKind::Join,
            "device" => LinkKind::Device,
            _ => return Err(LinkError("unknown path")),
        };
        let (host, port) = split_host_port(authority)?;
        let mut code = None;
        let mut fingerprint = None;
        let mut alternates = Vec::new();
        for pair in fragment.split('&') {
            match pair.split_once('=') {
                Some(("alt", v)) => {
                    for node in v.split(',').filter(|n| !n.is_empty()) {
                        if alternates.len() == LINK_ALTERNATES_MAX {
                            return Err(LinkError("too many alternate nodes"));
                        }
                        alternates.push(split_host_port(node)?);
                    }
                }
                Some(("code", v)) => {
                    code = Some(SecretCode::parse(v).ok_or(LinkError("bad code"))?)
                }
                Some(("fp", v)) => {
                    fingerprint = Some(Fingerprint::parse_hex(v).ok_or(LinkError("bad fp"))?)
                }
                _ => {} // Unknown parameters are ignored, so links can grow.
            }
        }
        let code = code.ok_or(LinkError("missing code"))?;
        Ok(ServerLink {
            kind,
            host,
            port,
            code,
            fingerprint,
            alternates,
        })
    }

    /// Every node the link names, the first one first.
    pub fn nodes(&self) -> Vec<(String, u16)> {
        let mut nodes = vec![(self.host.clone(), self.port)];
        nodes.extend(self.alternates.iter().cloned());
        nodes
    }
}

fn authority(host: &str, port: u16) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

impl ServerLink {
    /// The form a browser opens: `https://HOST:PORT/join#code=…`. It carries no fingerprint:
    /// in a browser, the TLS connection that loaded the page is the one the user trusts.
    pub fn to_web_url(&self) -> String {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        let path = match self.kind {
            LinkKind::Join => "join",
            LinkKind::Device => "device",
        };
        format!(
            "https://{host}:{}/{path}#code={}",
            self.port,
            self.code.to_text()
        )
    }
}

fn split_host_port(authority: &str) -> Result<(String, u16), LinkError> {
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (host, rest) = v6.split_once(']').ok_or(LinkError("bad IPv6 host"))?;
        (
            host,
            rest.strip_prefix(':').ok_or(LinkError("missing port"))?,
        )
    } else {
        authority
            .rsplit_once(':')
            .ok_or(LinkError("missing port"))?
    };
    if host.is_empty() {
        return Err(LinkError("missing host"));
    }
    if !valid_host(host, authority.starts_with('[')) {
        return Err(LinkError("bad host"));
    }
    let port = port.parse::<u16>().map_err(|_| LinkError("bad port"))?;
    Ok((host.to_owned(), port))
}

/// Longest host name a link may carry, in bytes (DNS's limit).
pub const LINK_HOST_BYTES_MAX: usize = 253;

/// A host is a DNS name or IPv4 address (`[A-Za-z0-9._-]`), or an IPv6 address in brackets
/// (`[0-9A-Fa-f:.]` with a `:`). Anything else would not print back as the same link, and has
/// no business in a resolver or a TLS server name.
fn valid_host(host: &str, bracketed: bool) -> bool {
    host.len() <= LINK_HOST_BYTES_MAX
        && if bracketed {
            host.contains(':')
                && host
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'.'))
        } else {
            host.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
        }
}

impl fmt::Display for ServerLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = match self.kind {
            LinkKind::Join => "join",
            LinkKind::Device => "device",
        };
        write!(
            f,
            "conclave://{}/{path}#code={}",
            authority(&self.host, self.port),
            self.code.to_text()
        )?;
        if let Some(fp) = &self.fingerprint {
            write!(f, "&fp={fp}")?;
        }
        if !self.alternates.is_empty() {
            let nodes: Vec<String> = self
                .alternates
                .iter()
                .map(|(h, p)| authority(h, *p))
                .collect();
            write!(f, "&alt={}", nodes.join(","))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_round_trip() {
        let link = ServerLink {
            kind: LinkKind::Join,
            host: "::1".into(),
            port: 8443,
            code: SecretCode([3; 16]),
            fingerprint: Some(Fingerprint([0xab; 32])),
            alternates: Vec::new(),
        };
        let text = link.to_string();
        assert!(text.starts_with("conclave://[::1]:8443/join#code="));
        assert!(!text.contains("alt="));
        assert_eq!(ServerLink::parse(&text), Ok(link.clone()));
        let web = link.to_web_url();
        assert!(web.starts_with("https://[::1]:8443/join#code="));
        let parsed = ServerLink::parse(&web).unwrap();
        assert_eq!((parsed.code, parsed.fingerprint), (link.code, None));
    }

    #[test]
    fn cluster_links_name_every_node_and_stay_readable_by_old_parsers() {
        let link = ServerLink {
            kind: LinkKind::Device,
            host: "n1.example.org".into(),
            port: 8443,
            code: SecretCode([5; 16]),
            fingerprint: Some(Fingerprint([0xcd; 32])),
            alternates: vec![("n2.example.org".into(), 8444), ("::1".into(), 9000)],
        };
        let text = link.to_string();
        assert!(
            text.starts_with("conclave://n1.example.org:8443/device#code="),
            "{text}"
        );
        assert!(
            text.ends_with("&alt=n2.example.org:8444,[::1]:9000"),
            "{text}"
        );
        assert_eq!(ServerLink::parse(&text), Ok(link.clone()));
        assert_eq!(
            link.nodes(),
            vec![
                ("n1.example.org".to_string(), 8443),
                ("n2.example.org".to_string(), 8444),
                ("::1".to_string(), 9000)
            ]
        );
        // A link from before clusters (no alt) still parses, with no alternates.
        let old =
            "conclave://h:1/join#code=AAAAAAAAAAAAAAAAAAAAAA&fp=".to_string() + &"ab".repeat(32);
        let parsed = ServerLink::parse(&old).expect("old link");
        assert!(parsed.alternates.is_empty());
        assert_eq!(parsed.nodes(), vec![("h".to_string(), 1)]);
        // Alternates are checked like the main node.
        for bad in [
            "&alt=h2",
            "&alt=h2:x",
            "&alt=[::1",
            "&alt=:5",
            "&alt=[h2]:5",
            "&alt=a:b:5",
        ] {
            assert!(ServerLink::parse(&format!("{old}{bad}")).is_err(), "{bad}");
        }
        let many: Vec<String> = (0..=LINK_ALTERNATES_MAX)
            .map(|i| format!("h{i}:1"))
            .collect();
        assert!(ServerLink::parse(&format!("{old}&alt={}", many.join(","))).is_err());
    }

    #[test]
    fn link_errors() {
        for bad in [
            "http://h:1/join#code=AAAAAAAAAAAAAAAAAAAAAA",
            "conclave://h/join#code=AAAAAAAAAAAAAAAAAAAAAA",
            "conclave://h:99999/join#code=AAAAAAAAAAAAAAAAAAAAAA",
            "conclave://h:1/join",
            "conclave://h:1/join#code=short",
            "conclave://h:1/join#code=AAAAAAAAAAAAAAAAAAAAAA&fp=zz",
            // Hosts that would not print back as the same link (found by the link fuzz
            // target; its input is in fuzz/regressions/link/): a bracketed host must be IPv6,
            // an IPv6 host must be bracketed, and names are DNS characters.
            "conclave://[p[8:1]]:8440/device#code=AAAAAAAAAAAAAAAAAAAAAA",
            "conclave://a]:b:1/join#code=AAAAAAAAAAAAAAAAAAAAAA",
            "conclave://::1:1/join#code=AAAAAAAAAAAAAAAAAAAAAA",
            "conclave://h%20x:1/join#code=AAAAAAAAAAAAAAAAAAAAAA",
        ] {
            assert!(ServerLink::parse(bad).is_err(), "{bad}");
        }
    }
}
