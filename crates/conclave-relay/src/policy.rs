//! The exit policy: which resolved addresses and ports an exit connects to.
//!
//! Checked after DNS resolution (a name may resolve to anything), on every address the exit
//! would try. Refused by default: loopback, RFC 1918, link-local, CGNAT, multicast,
//! broadcast, unspecified, documentation, benchmarking, IETF-reserved, unique-local and
//! site-local IPv6, v4-mapped / v4-compatible / NAT64 forms of any of those, cloud metadata
//! addresses; ports 25, 465 and 587. An operator's `allow` list admits ranges (a test web
//! host, an intranet it chooses to offer) and its `deny` list refuses more.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::{Deserialize, Serialize};

use crate::Error;

/// An IP range, `198.18.3.0/24` or `2001:db8::/32`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Cidr {
    pub addr: IpAddr,
    pub prefix: u8,
}

impl TryFrom<String> for Cidr {
    type Error = Error;
    fn try_from(s: String) -> Result<Self, Error> {
        s.parse()
    }
}

impl From<Cidr> for String {
    fn from(c: Cidr) -> String {
        format!("{}/{}", c.addr, c.prefix)
    }
}

impl std::str::FromStr for Cidr {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let addr: IpAddr = addr
            .parse()
            .map_err(|_| Error::Config(format!("`{s}` is not an IP range")))?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= max)
                .ok_or_else(|| Error::Config(format!("`{s}`: bad prefix length")))?,
            None => max,
        };
        Ok(Cidr { addr, prefix })
    }
}

impl Cidr {
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExitPolicy {
    /// Ranges allowed although the built-in classes refuse them (`deny` still wins).
    #[serde(default)]
    pub allow: Vec<Cidr>,
    #[serde(default)]
    pub deny: Vec<Cidr>,
    #[serde(default = "default_deny_ports")]
    pub deny_ports: Vec<u16>,
}

fn default_deny_ports() -> Vec<u16> {
    vec![25, 465, 587]
}

impl Default for ExitPolicy {
    fn default() -> Self {
        ExitPolicy {
            allow: Vec::new(),
            deny: Vec::new(),
            deny_ports: default_deny_ports(),
        }
    }
}

/// Why the policy refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Port(u16),
    /// A built-in class of address (its name).
    Internal(&'static str),
    Denied,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Port(p) => write!(f, "port {p} is not allowed by the exit policy"),
            Refusal::Internal(class) => write!(f, "{class} addresses are not allowed"),
            Refusal::Denied => f.write_str("the exit operator's deny list has this address"),
        }
    }
}

impl ExitPolicy {
    pub fn check_port(&self, port: u16) -> Result<(), Refusal> {
        if self.deny_ports.contains(&port) {
            return Err(Refusal::Port(port));
        }
        Ok(())
    }

    pub fn check(&self, ip: IpAddr, port: u16) -> Result<(), Refusal> {
        self.check_port(port)?;
        let ip = canonical(ip);
        if self.deny.iter().any(|c| c.contains(ip)) {
            return Err(Refusal::Denied);
        }
        if self.allow.iter().any(|c| c.contains(ip)) {
            return Ok(());
        }
        match internal_class(ip) {
            Some(class) => Err(Refusal::Internal(class)),
            None => Ok(()),
        }
    }
}

/// Maps IPv4 embedded in IPv6 (v4-mapped `::ffff:a.b.c.d`, v4-compatible `::a.b.c.d`, NAT64
/// `64:ff9b::a.b.c.d`) to the IPv4 address the connection would reach.
pub fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return IpAddr::V4(v4);
            }
            let s = v6.segments();
            if s[..6] == [0, 0, 0, 0, 0, 0] && !(s[6] == 0 && s[7] <= 1) {
                return IpAddr::V4(embedded_v4(&v6));
            }
            if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
                return IpAddr::V4(embedded_v4(&v6));
            }
            IpAddr::V6(v6)
        }
        v4 => v4,
    }
}

fn embedded_v4(v6: &Ipv6Addr) -> Ipv4Addr {
    let o = v6.octets();
    Ipv4Addr::new(o[12], o[13], o[14], o[15])
}

fn internal_class(ip: IpAddr) -> Option<&'static str> {
    const V4: &[(&str, [u8; 4], u8)] = &[
        ("unspecified", [0, 0, 0, 0], 8),
        ("private (RFC 1918)", [10, 0, 0, 0], 8),
        ("carrier-grade NAT", [100, 64, 0, 0], 10),
        ("loopback", [127, 0, 0, 0], 8),
        ("link-local", [169, 254, 0, 0], 16),
        ("private (RFC 1918)", [172, 16, 0, 0], 12),
        ("IETF protocol", [192, 0, 0, 0], 24),
        ("documentation", [192, 0, 2, 0], 24),
        ("private (RFC 1918)", [192, 168, 0, 0], 16),
        ("benchmarking", [198, 18, 0, 0], 15),
        ("documentation", [198, 51, 100, 0], 24),
        ("documentation", [203, 0, 113, 0], 24),
        ("multicast", [224, 0, 0, 0], 4),
        ("reserved", [240, 0, 0, 0], 4),
    ];
    const V6: &[(&str, [u16; 8], u8)] = &[
        ("unspecified", [0, 0, 0, 0, 0, 0, 0, 0], 128),
        ("loopback", [0, 0, 0, 0, 0, 0, 0, 1], 128),
        ("discard-only", [0x100, 0, 0, 0, 0, 0, 0, 0], 64),
        ("documentation", [0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], 32),
        ("unique-local", [0xfc00, 0, 0, 0, 0, 0, 0, 0], 7),
        ("link-local", [0xfe80, 0, 0, 0, 0, 0, 0, 0], 10),
        ("site-local", [0xfec0, 0, 0, 0, 0, 0, 0, 0], 10),
        ("multicast", [0xff00, 0, 0, 0, 0, 0, 0, 0], 8),
        // AWS's IPv6 instance metadata service.
        ("cloud metadata", [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254], 128),
    ];
    match ip {
        IpAddr::V4(v4) => {
            if v4.is_broadcast() {
                return Some("broadcast");
            }
            // 169.254.169.254 (AWS, GCP, Azure, …) and Alibaba's 100.100.100.200 are inside
            // link-local and CGNAT above; named here for the message.
            if v4 == Ipv4Addr::new(169, 254, 169, 254) || v4 == Ipv4Addr::new(100, 100, 100, 200) {
                return Some("cloud metadata");
            }
            V4.iter()
                .find(|(_, net, prefix)| {
                    Cidr {
                        addr: IpAddr::V4(Ipv4Addr::from(*net)),
                        prefix: *prefix,
                    }
                    .contains(ip)
                })
                .map(|(class, _, _)| *class)
        }
        IpAddr::V6(_) => V6
            .iter()
            .find(|(_, net, prefix)| {
                Cidr {
                    addr: IpAddr::V6(Ipv6Addr::from(*net)),
                    prefix: *prefix,
                }
                .contains(ip)
            })
            .map(|(class, _, _)| *class),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(p: &ExitPolicy, ip: &str, port: u16) -> bool {
        p.check(ip.parse().unwrap(), port).is_err()
    }

    #[test]
    fn internal_addresses_are_refused_in_every_form() {
        let p = ExitPolicy::default();
        for ip in [
            "127.0.0.1",
            "127.8.9.1",
            "10.0.0.1",
            "172.16.5.4",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "169.254.1.1",
            "100.64.0.1",
            "100.100.100.200",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "198.18.3.2",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd00:ec2::254",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::ffff:169.254.169.254",
            "::127.0.0.1",
            "64:ff9b::a00:1",
        ] {
            assert!(refused(&p, ip, 80), "{ip} must be refused");
        }
        for ip in [
            "93.184.216.34",
            "2606:2800:220:1::1",
            "::ffff:93.184.216.34",
        ] {
            assert!(!refused(&p, ip, 443), "{ip} must be allowed");
        }
        for port in [25, 465, 587] {
            assert_eq!(
                p.check("93.184.216.34".parse().unwrap(), port),
                Err(Refusal::Port(port))
            );
        }
    }

    #[test]
    fn allow_lifts_builtin_refusals_and_deny_wins() {
        let p = ExitPolicy {
            allow: vec!["198.18.3.0/24".parse().unwrap()],
            deny: vec![
                "198.18.3.9/32".parse().unwrap(),
                "8.8.8.0/24".parse().unwrap(),
            ],
            ..ExitPolicy::default()
        };
        assert!(!refused(&p, "198.18.3.2", 8080));
        assert!(refused(&p, "198.18.3.9", 8080));
        assert!(refused(&p, "198.18.4.2", 8080));
        assert!(refused(&p, "8.8.8.8", 53));
        assert!(refused(&p, "127.0.0.1", 8080));
        assert!(refused(&p, "198.18.3.2", 25));
        assert!("1.2.3.4/33".parse::<Cidr>().is_err());
        assert!("nope".parse::<Cidr>().is_err());
        assert!(
            "::/0"
                .parse::<Cidr>()
                .unwrap()
                .contains("::1".parse().unwrap())
        );
        assert!(
            "0.0.0.0/0"
                .parse::<Cidr>()
                .unwrap()
                .contains("1.1.1.1".parse().unwrap())
        );
    }
}
