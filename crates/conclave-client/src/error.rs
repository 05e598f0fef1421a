use conclave_proto::{ErrorCode, Fingerprint, WireError};

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClientError {
    #[error("cannot connect to {addr}: {reason}")]
    Connect { addr: String, reason: String },
    #[error(
        "the server's TLS certificate does not match the pinned fingerprint (expected {expected}, got {got}); \
         this may be an attack, or the server's certificate changed"
    )]
    PinMismatch {
        expected: Fingerprint,
        got: Fingerprint,
    },
    #[error("TLS failure: {0}")]
    Tls(String),
    /// The server refused: typed code and a human message.
    #[error("{}", .0.message)]
    Server(WireError),
    #[error("the connection closed{}", .0.as_ref().map(|e| format!(": {}", e.message)).unwrap_or_default())]
    Closed(Option<WireError>),
    #[error("protocol error: {0}")]
    Protocol(String),
    #[error("timed out waiting for the server")]
    Timeout,
}

impl ClientError {
    /// The server's error code, when the server refused something.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ClientError::Server(e) | ClientError::Closed(Some(e)) => Some(e.code),
            _ => None,
        }
    }
}

/// A refusal of the server as a message of the translation catalogue, for every front end to
/// word in its member's language: `id` is a `server-error-*` message of conclave-i18n's
/// terminal catalogue, `args` its placeables (facts read from the server's text where its
/// code alone does not carry them: the date an account expired, a quota, a wait), and
/// `detail` the server's English text where it adds facts the sentence lacks (which limit,
/// which device), to be shown beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub code: ErrorCode,
    pub id: &'static str,
    pub args: Vec<(&'static str, RefusalArg)>,
    pub detail: Option<String>,
}

/// A placeable of a [`Refusal`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefusalArg {
    Text(String),
    Number(u64),
}

impl ClientError {
    /// The server's refusal, when the server refused (also as the reason a connection closed).
    pub fn refusal(&self) -> Option<Refusal> {
        match self {
            ClientError::Server(e) | ClientError::Closed(Some(e)) => Some(Refusal::of(e)),
            _ => None,
        }
    }
}

impl Refusal {
    /// The message for `e`, chosen by its code.
    pub fn of(e: &WireError) -> Refusal {
        use ErrorCode as C;
        let text = e.message.as_str();
        let mut args = Vec::new();
        // (id, whether the server's text adds facts)
        let (id, detailed) = match e.code {
            C::BadFrame => ("server-error-bad-frame", true),
            C::UnsupportedVersion => ("server-error-unsupported-version", false),
            C::FrameTooLarge => ("server-error-frame-too-large", true),
            C::NotAuthenticated => ("server-error-not-authenticated", false),
            C::AlreadyAuthenticated => ("server-error-already-authenticated", false),
            C::AuthFailed => ("server-error-auth-failed", false),
            C::InviteUnknown => ("server-error-invite-unknown", false),
            C::InviteUsed => ("server-error-invite-used", false),
            C::InviteExpired => ("server-error-invite-expired", false),
            C::InviteRevoked => ("server-error-invite-revoked", false),
            C::UsernameTaken => ("server-error-username-taken", false),
            C::UsernameInvalid => ("server-error-username-invalid", true),
            C::DeviceKeyTaken => ("server-error-device-key-taken", false),
            C::AccountDisabled => ("server-error-account-disabled", false),
            C::AccountExpired => match expired(text) {
                Some((user, date)) => {
                    args.push(("user", RefusalArg::Text(user.to_owned())));
                    args.push(("date", RefusalArg::Text(date.to_owned())));
                    ("server-error-account-expired", false)
                }
                None => ("server-error-account-expired-plain", false),
            },
            C::RenewalUnknown => ("server-error-renewal-unknown", false),
            C::RenewalUsed => ("server-error-renewal-used", false),
            C::RenewalExpired => ("server-error-renewal-expired", false),
            C::Forbidden => ("server-error-forbidden", true),
            C::NotFound => match between(text, "no account named ", None) {
                Some(name) if !name.is_empty() && !name.contains(' ') => {
                    args.push(("name", RefusalArg::Text(name.to_owned())));
                    ("server-error-no-account", false)
                }
                _ => ("server-error-not-found", text != "not found"),
            },
            C::InvalidArgument => ("server-error-invalid-argument", true),
            C::QuotaExceeded => match quota(text) {
                Some((used, quota)) => {
                    args.push(("used", RefusalArg::Number(used)));
                    args.push(("quota", RefusalArg::Number(quota)));
                    args.push(("left", RefusalArg::Number(quota.saturating_sub(used))));
                    ("server-error-quota-exceeded", false)
                }
                None => ("server-error-quota-exceeded-plain", false),
            },
            C::QueueFull => ("server-error-queue-full", true),
            C::RateLimited => match retry_secs(text) {
                Some(seconds) => {
                    args.push(("seconds", RefusalArg::Number(seconds)));
                    ("server-error-rate-limited", false)
                }
                None => ("server-error-rate-limited-plain", false),
            },
            C::TooManyConnections => ("server-error-too-many-connections", false),
            C::LimitExceeded => ("server-error-limit-exceeded", true),
            C::StaleEpoch => ("server-error-stale-epoch", false),
            C::NotMember => ("server-error-not-member", false),
            C::NoKeyPackage => ("server-error-no-key-package", false),
            C::DeviceLinkInvalid => ("server-error-device-link-invalid", false),
            C::ShuttingDown => ("server-error-shutting-down", false),
            C::Internal => ("server-error-internal", false),
            C::Unavailable => ("server-error-unavailable", true),
            C::FellBehind => ("server-error-fell-behind", true),
            C::RelayTokensUsedUp => ("server-error-relay-tokens-used-up", true),
            C::RelayTokensUnavailable => ("server-error-relay-tokens-unavailable", false),
            C::CallTokensUnavailable => ("server-error-call-tokens-unavailable", false),
            // A request newer than the server.
            C::Unsupported => ("server-error-unsupported", false),
            // A code newer than this program: the server's own words beside its number.
            other => {
                args.push(("code", RefusalArg::Number(u64::from(other.to_u16()))));
                ("server-error-unknown-code", true)
            }
        };
        Refusal {
            code: e.code,
            id,
            args,
            detail: (detailed && !text.is_empty()).then(|| text.to_owned()),
        }
    }
}

/// The text after `start`, up to `end` (or the end).
fn between<'a>(text: &'a str, start: &str, end: Option<&str>) -> Option<&'a str> {
    let rest = &text[text.find(start)? + start.len()..];
    Some(match end {
        Some(end) => &rest[..rest.find(end)?],
        None => rest,
    })
}

/// "account erin expired on 2026-12-07; …" → (erin, 2026-12-07).
fn expired(text: &str) -> Option<(&str, &str)> {
    let user = between(text, "account ", Some(" expired on "))?;
    let date = between(text, " expired on ", Some(";"))?;
    (!user.is_empty() && !date.is_empty()).then_some((user, date))
}

/// "… you have granted 1 of your 2 invitation uses …" → (1, 2).
fn quota(text: &str) -> Option<(u64, u64)> {
    let used = between(text, "granted ", Some(" of your "))?.parse().ok()?;
    let quota = between(text, " of your ", Some(" "))?.parse().ok()?;
    Some((used, quota))
}

/// "… retry in 250 ms" / "… retry in 3 s" → whole seconds (at least 1).
fn retry_secs(text: &str) -> Option<u64> {
    let rest = between(text, "retry in ", None)?;
    let mut words = rest.split_whitespace();
    let n: u64 = words.next()?.parse().ok()?;
    match words.next()?.trim_end_matches([';', ',', '.', ')']) {
        "ms" => Some(n.div_ceil(1000).max(1)),
        "s" => Some(n.max(1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(code: ErrorCode, text: &str) -> Refusal {
        Refusal::of(&WireError::new(code, text))
    }

    #[test]
    fn a_refusal_takes_its_facts_from_the_servers_text() {
        let r = of(
            ErrorCode::AccountExpired,
            "account erin expired on 2026-12-07; ask an admin for a renewal code and run `conclave renew CODE`",
        );
        assert_eq!(r.id, "server-error-account-expired");
        assert_eq!(
            r.args,
            [
                ("user", RefusalArg::Text("erin".into())),
                ("date", RefusalArg::Text("2026-12-07".into()))
            ]
        );
        assert_eq!(r.detail, None);
        let r = of(
            ErrorCode::QuotaExceeded,
            "invitation quota reached: you have granted 1 of your 2 invitation uses, 1 left",
        );
        assert_eq!(r.id, "server-error-quota-exceeded");
        assert_eq!(r.args[2], ("left", RefusalArg::Number(1)));
        let r = of(ErrorCode::RateLimited, "too many requests; retry in 250 ms");
        assert_eq!(r.args, [("seconds", RefusalArg::Number(1))]);
        let r = of(ErrorCode::RateLimited, "too many signals; retry in 12 s");
        assert_eq!(r.args, [("seconds", RefusalArg::Number(12))]);
        assert_eq!(
            of(ErrorCode::RateLimited, "slow down").id,
            "server-error-rate-limited-plain"
        );
        assert_eq!(
            of(ErrorCode::AccountExpired, "expired").id,
            "server-error-account-expired-plain"
        );
        let r = of(ErrorCode::NotFound, "no account named nobody");
        assert_eq!(r.id, "server-error-no-account");
        assert_eq!(r.args, [("name", RefusalArg::Text("nobody".into()))]);
    }

    #[test]
    fn the_servers_text_stays_only_where_it_adds_facts() {
        assert_eq!(
            of(
                ErrorCode::InviteUsed,
                "this invitation has already been used"
            )
            .detail,
            None
        );
        assert_eq!(
            of(
                ErrorCode::LimitExceeded,
                "payload is 9 bytes; the limit is 8"
            )
            .detail
            .as_deref(),
            Some("payload is 9 bytes; the limit is 8")
        );
        assert_eq!(of(ErrorCode::NotFound, "not found").detail, None);
        let r = of(ErrorCode::from_u16(999), "something new");
        assert_eq!(r.id, "server-error-unknown-code");
        assert_eq!(r.args, [("code", RefusalArg::Number(999))]);
        assert_eq!(r.detail.as_deref(), Some("something new"));
    }
}
