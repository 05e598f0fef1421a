//! Server links: `conclave://HOST:PORT/join#code=…&fp=…`.
//!
//! One string carries everything a new device needs: where the server is, the secret code, and
//! (for self-signed servers) the SHA-256 fingerprint of its certificate, which the client pins.
//! `https://HOST:PORT/join#code=…` is accepted too (the web app's form).

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
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid Conclave link: {0} (expected conclave://HOST:PORT/join#code=CODE&fp=FINGERPRINT)")]
pub struct LinkError(&'static str);

impl ServerLink {
    pub fn parse(text: &str) -> Result<Self, LinkError> {
        let text = text.trim();
        if text.len() > 1024 {
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
        for pair in fragment.split('&') {
            match pair.split_once('=') {
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
        })
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
    let port = port.parse::<u16>().map_err(|_| LinkError("bad port"))?;
    Ok((host.to_owned(), port))
}

impl fmt::Display for ServerLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        let path = match self.kind {
            LinkKind::Join => "join",
            LinkKind::Device => "device",
        };
        write!(
            f,
            "conclave://{host}:{}/{path}#code={}",
            self.port,
            self.code.to_text()
        )?;
        if let Some(fp) = &self.fingerprint {
            write!(f, "&fp={fp}")?;
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
        };
        let text = link.to_string();
        assert!(text.starts_with("conclave://[::1]:8443/join#code="));
        assert_eq!(ServerLink::parse(&text), Ok(link.clone()));
        let web = link.to_web_url();
        assert!(web.starts_with("https://[::1]:8443/join#code="));
        let parsed = ServerLink::parse(&web).unwrap();
        assert_eq!((parsed.code, parsed.fingerprint), (link.code, None));
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
        ] {
            assert!(ServerLink::parse(bad).is_err(), "{bad}");
        }
    }
}
