//! Errors in the member's language. The server refuses with an error code and English
//! text; the command line shows a sentence chosen by the code (`server-error-*`, as
//! [`Refusal`] picks it), and the
//! server's text only where it adds facts the sentence lacks (which limit, which device), as a
//! detail in brackets. The client's own failures (cannot connect, a certificate that does not
//! match its pin, a timeout, a closed connection) and what the client declines to do
//! ([`conclave_client::messenger::Declined`]: `refused-*`) are translated the same way.
//!
//! [`describe`] walks an error's chain as `{e:#}` does (each link's text, joined by `: `) and
//! puts the translation in place of the link that is a [`ClientError`] or a refusal (also
//! inside a [`MessengerError`]), so context added on the way ("cannot open …") stays in front of it.

use conclave_client::{ClientError, Refusal, messenger::MessengerError};
use conclave_proto::WireError;

use crate::i18n::tr;

/// The whole error, as `{e:#}` shows it, with the server's and the client's part translated.
pub fn describe(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = Vec::new();
    let mut link = Some(e);
    while let Some(e) = link {
        if let Some(text) = translated(e) {
            parts.push(text);
            break;
        }
        parts.push(e.to_string());
        link = e.source();
    }
    parts.join(": ")
}

/// [`describe`] for an `anyhow` error.
pub fn describe_any(e: &anyhow::Error) -> String {
    describe(e.as_ref())
}

/// The link in the member's language, where it is one the catalogue words: a [`ClientError`]
/// (also inside a [`MessengerError`]), or something the client declined to do.
fn translated(e: &(dyn std::error::Error + 'static)) -> Option<String> {
    if let Some(c) = e.downcast_ref::<ClientError>() {
        return Some(client(c));
    }
    match e.downcast_ref::<MessengerError>()? {
        MessengerError::Client(c) => Some(client(c)),
        MessengerError::Refused(declined) => Some(crate::i18n::phrase(&declined.message)),
        _ => None,
    }
}

/// A client error in the member's language.
pub fn client(e: &ClientError) -> String {
    match e {
        ClientError::Server(w) => server(w),
        ClientError::Closed(Some(w)) => tr!("cli-client-closed-because", reason = server(w)),
        ClientError::Closed(None) => tr!("cli-client-closed"),
        ClientError::Connect { addr, reason } => {
            tr!("cli-client-connect", address = addr, reason = reason)
        }
        ClientError::PinMismatch { expected, got } => tr!(
            "cli-client-pin-mismatch",
            expected = expected.to_hex(),
            got = got.to_hex()
        ),
        ClientError::Timeout => tr!("cli-client-timeout"),
        other => other.to_string(),
    }
}

/// The sentence for a refusal of the server, by its code ([`Refusal`]); on the command line
/// an expired account is told how to renew with `conclave renew`.
pub fn server(w: &WireError) -> String {
    let mut refusal = Refusal::of(w);
    refusal.id = match refusal.id {
        "server-error-account-expired" => "cli-server-account-expired",
        "server-error-account-expired-plain" => "cli-server-account-expired-plain",
        id => id,
    };
    refusal.words(crate::i18n::localizer())
}

#[cfg(test)]
mod tests {
    use conclave_proto::ErrorCode;

    use super::*;

    fn wire(code: ErrorCode, text: &str) -> WireError {
        WireError::new(code, text)
    }

    #[test]
    fn every_code_has_a_sentence_and_english_keeps_the_servers_words() {
        let en = |w: &WireError| {
            crate::i18n::init(Some("en"));
            server(w)
        };
        assert_eq!(
            en(&wire(
                ErrorCode::AccountExpired,
                "account erin expired on 2026-12-07; ask an admin for a renewal code and run `conclave renew CODE`"
            )),
            "account erin expired on 2026-12-07; ask an admin for a renewal code and run `conclave renew CODE`"
        );
        assert_eq!(
            en(&wire(
                ErrorCode::InviteUsed,
                "this invitation has already been used"
            )),
            "this invitation has already been used; ask for a new one"
        );
        assert_eq!(
            en(&wire(ErrorCode::NotFound, "no account named nobody")),
            "no account named nobody"
        );
        assert_eq!(
            en(&wire(
                ErrorCode::LimitExceeded,
                "payload is 9 bytes; the limit is 8"
            )),
            "this goes beyond a limit of the server (payload is 9 bytes; the limit is 8)"
        );
        for n in (0..=60).chain([999]) {
            let said = en(&wire(ErrorCode::from_u16(n), "x"));
            assert!(
                !said.is_empty() && !said.starts_with("cli-") && !said.starts_with("server-error"),
                "{n}: {said}"
            );
        }
    }
}
