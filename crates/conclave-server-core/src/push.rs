//! Web Push subscriptions (RFC 8030): what a device registers with `Request::PushSubscribe`,
//! checked before it is stored, and the hub's seam through which the server learns that
//! something was queued for a device with no session here.
//!
//! The server's push sender (`conclave-server`'s `push.rs`) encrypts and signs; nothing here
//! does I/O. A push carries nothing of content or sender: only "something new".

use conclave_proto::{
    DeviceId, PushSubscription,
    limits::{PUSH_AUTH_BYTES, PUSH_ENDPOINT_BYTES_MAX, PUSH_P256DH_BYTES},
};

/// What this server accepts as a push endpoint.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushPolicy {
    /// Tests only: also accept `http://` endpoints on a loopback address (a local push
    /// service). Production push services are always `https://`.
    pub danger_allow_http_loopback: bool,
}

/// A checked subscription, as the store keeps it.
#[derive(Clone, PartialEq, Eq)]
pub struct PushSubscriptionRecord {
    /// An `https://` URL (or, under [`PushPolicy::danger_allow_http_loopback`], an
    /// `http://` loopback one) of at most [`PUSH_ENDPOINT_BYTES_MAX`] bytes.
    pub endpoint: String,
    /// The user agent's P-256 public key, uncompressed.
    pub p256dh: [u8; PUSH_P256DH_BYTES],
    pub auth: [u8; PUSH_AUTH_BYTES],
}

impl std::fmt::Debug for PushSubscriptionRecord {
    /// The endpoint is a capability (whoever knows it can push to the device): only its
    /// origin is shown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PushSubscriptionRecord")
            .field("origin", &origin(&self.endpoint))
            .finish_non_exhaustive()
    }
}

/// Why a subscription was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PushSubscriptionError {
    #[error("push endpoint of {bytes} bytes (at most {max})", max = PUSH_ENDPOINT_BYTES_MAX)]
    EndpointTooLong { bytes: usize },
    #[error("push endpoint must be an https:// URL with a host")]
    EndpointNotHttps,
    #[error("push endpoint contains spaces, control or non-ASCII characters")]
    EndpointCharacters,
    #[error("push endpoint must not carry a user name or password")]
    EndpointUserinfo,
    #[error(
        "p256dh must be an uncompressed P-256 public key of {PUSH_P256DH_BYTES} bytes (got {0})"
    )]
    P256dh(usize),
    #[error("auth must be {PUSH_AUTH_BYTES} bytes (got {0})")]
    Auth(usize),
}

impl PushSubscriptionRecord {
    /// Parses what a device sent, under `policy`.
    pub fn parse(
        subscription: PushSubscription,
        policy: &PushPolicy,
    ) -> Result<Self, PushSubscriptionError> {
        let PushSubscription {
            endpoint,
            p256dh,
            auth,
        } = subscription;
        check_endpoint(&endpoint, policy)?;
        let p256dh_len = p256dh.len();
        let p256dh: [u8; PUSH_P256DH_BYTES] = p256dh
            .try_into()
            .map_err(|_| PushSubscriptionError::P256dh(p256dh_len))?;
        // SEC1 uncompressed point; whether it is on the curve the sender finds out (and
        // drops the subscription).
        if p256dh[0] != 0x04 {
            return Err(PushSubscriptionError::P256dh(p256dh_len));
        }
        let auth_len = auth.len();
        let auth: [u8; PUSH_AUTH_BYTES] = auth
            .try_into()
            .map_err(|_| PushSubscriptionError::Auth(auth_len))?;
        Ok(PushSubscriptionRecord {
            endpoint,
            p256dh,
            auth,
        })
    }
}

fn check_endpoint(endpoint: &str, policy: &PushPolicy) -> Result<(), PushSubscriptionError> {
    if endpoint.len() > PUSH_ENDPOINT_BYTES_MAX {
        return Err(PushSubscriptionError::EndpointTooLong {
            bytes: endpoint.len(),
        });
    }
    if !endpoint.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(PushSubscriptionError::EndpointCharacters);
    }
    let (secure, rest) = if let Some(rest) = endpoint.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = endpoint.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err(PushSubscriptionError::EndpointNotHttps);
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err(PushSubscriptionError::EndpointUserinfo);
    }
    let host = host_of(authority);
    if host.is_empty() {
        return Err(PushSubscriptionError::EndpointNotHttps);
    }
    let allowed_http = policy.danger_allow_http_loopback && is_loopback(host);
    if !(secure || allowed_http) {
        return Err(PushSubscriptionError::EndpointNotHttps);
    }
    Ok(())
}

/// The host of an authority (`host`, `host:port`, `[v6]:port`).
fn host_of(authority: &str) -> &str {
    if let Some(v6) = authority.strip_prefix('[') {
        return v6.split(']').next().unwrap_or("");
    }
    authority.split(':').next().unwrap_or("")
}

fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// `scheme://authority` of an endpoint (for logs: the rest of the URL names the device).
pub fn origin(endpoint: &str) -> &str {
    let after_scheme = endpoint.find("://").map_or(0, |i| i + 3);
    let end = endpoint[after_scheme..]
        .find(['/', '?', '#'])
        .map_or(endpoint.len(), |i| after_scheme + i);
    &endpoint[..end]
}

/// Told by the [`crate::Hub`] when a payload was queued for devices with no session on this
/// node. Implementations never block (the message path calls it).
pub trait AbsentDevices: Send + Sync + 'static {
    fn queued_for(&self, devices: &[DeviceId], kind: PushKind);
}

/// What a push tells a device with no session (never what, nor from whom).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PushKind {
    /// Something new (coalesced per device).
    Message,
    /// A call rings (`Request::GroupRing`): at once, and kept only while a ring lasts.
    Ring,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(endpoint: &str) -> PushSubscription {
        let mut p256dh = vec![0x04];
        p256dh.extend([7u8; 64]);
        PushSubscription {
            endpoint: endpoint.into(),
            p256dh,
            auth: vec![1; 16],
        }
    }

    fn parse(endpoint: &str, http_loopback: bool) -> Result<(), PushSubscriptionError> {
        let policy = PushPolicy {
            danger_allow_http_loopback: http_loopback,
        };
        PushSubscriptionRecord::parse(sub(endpoint), &policy).map(|_| ())
    }

    #[test]
    fn https_endpoints_are_accepted_and_others_refused() {
        assert_eq!(parse("https://push.example/abc", false), Ok(()));
        assert_eq!(parse("https://[2001:db8::1]:8443/x", false), Ok(()));
        use PushSubscriptionError as E;
        assert_eq!(
            parse("http://push.example/abc", false),
            Err(E::EndpointNotHttps)
        );
        assert_eq!(
            parse("ftp://push.example/", false),
            Err(E::EndpointNotHttps)
        );
        assert_eq!(parse("https:///abc", false), Err(E::EndpointNotHttps));
        assert_eq!(
            parse("https://user@push.example/", false),
            Err(E::EndpointUserinfo)
        );
        assert_eq!(
            parse("https://push.example/a b", false),
            Err(E::EndpointCharacters)
        );
        let long = format!(
            "https://push.example/{}",
            "a".repeat(PUSH_ENDPOINT_BYTES_MAX)
        );
        assert!(matches!(
            parse(&long, false),
            Err(E::EndpointTooLong { .. })
        ));
    }

    #[test]
    fn http_is_accepted_only_on_loopback_and_only_when_allowed() {
        assert_eq!(
            parse("http://127.0.0.1:4000/p/1", false),
            Err(PushSubscriptionError::EndpointNotHttps)
        );
        assert_eq!(parse("http://127.0.0.1:4000/p/1", true), Ok(()));
        assert_eq!(parse("http://[::1]:4000/p/1", true), Ok(()));
        assert_eq!(parse("http://localhost:4000/p/1", true), Ok(()));
        assert_eq!(
            parse("http://192.0.2.1:4000/p/1", true),
            Err(PushSubscriptionError::EndpointNotHttps)
        );
        assert_eq!(
            parse("http://127.0.0.1.example/p", true),
            Err(PushSubscriptionError::EndpointNotHttps)
        );
    }

    #[test]
    fn keys_of_the_wrong_size_are_refused() {
        let policy = PushPolicy::default();
        let mut s = sub("https://push.example/");
        s.auth = vec![0; 15];
        assert_eq!(
            PushSubscriptionRecord::parse(s, &policy),
            Err(PushSubscriptionError::Auth(15))
        );
        let mut s = sub("https://push.example/");
        s.p256dh[0] = 0x02;
        assert_eq!(
            PushSubscriptionRecord::parse(s, &policy),
            Err(PushSubscriptionError::P256dh(65))
        );
        let mut s = sub("https://push.example/");
        s.p256dh.truncate(33);
        assert_eq!(
            PushSubscriptionRecord::parse(s, &policy),
            Err(PushSubscriptionError::P256dh(33))
        );
    }

    #[test]
    fn origin_leaves_out_the_device_part() {
        assert_eq!(origin("https://push.example/abc?x"), "https://push.example");
        assert_eq!(origin("http://127.0.0.1:9/p"), "http://127.0.0.1:9");
        assert_eq!(origin("https://push.example"), "https://push.example");
    }
}
