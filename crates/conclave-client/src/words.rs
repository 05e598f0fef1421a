//! What the client composes as catalogue messages, worded in a member's language: a
//! [`CallMessage`] (a message id of conclave-i18n's terminal catalogue with its arguments:
//! previews, ledger lines, call lines, what this device declines to do) and the server's
//! refusals ([`Refusal`]). Every front end words them here, the CLI and the TUI natively and
//! the web app in wasm, so the same decision reads the same everywhere.

use std::sync::OnceLock;

use conclave_client_core::call::{CallMessage, MessageArg};
use conclave_i18n::{Arg, Localizer};

use crate::{Refusal, RefusalArg};

/// `message` in `localizer`'s language (its arguments sanitized; isolated as the localizer
/// was made to).
pub fn words(localizer: &Localizer, message: &CallMessage) -> String {
    let formatted: Vec<(&str, Option<String>, f64)> = message
        .args
        .iter()
        .map(|(name, arg)| match arg {
            MessageArg::Text(s) => (*name, Some(s.clone()), 0.0),
            #[allow(clippy::cast_precision_loss)]
            MessageArg::Number(n) => (*name, None, *n as f64),
            MessageArg::Message(inner) => (*name, Some(words(localizer, inner)), 0.0),
        })
        .collect();
    let args: Vec<(&str, Arg<'_>)> = formatted
        .iter()
        .map(|(name, text, n)| (*name, text.as_deref().map_or(Arg::Num(*n), Arg::Str)))
        .collect();
    localizer.format(&message.id, &args)
}

/// English without isolation marks: what `Display` shows, and logs.
pub fn english() -> &'static Localizer {
    static ENGLISH: OnceLock<Localizer> = OnceLock::new();
    ENGLISH.get_or_init(|| Localizer::negotiate(&["en"], false))
}

impl Refusal {
    /// The refusal in `localizer`'s language: its sentence, and the server's text beside it
    /// where that adds facts (`server-error-detail`).
    pub fn words(&self, localizer: &Localizer) -> String {
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let arg = match arg {
                    RefusalArg::Text(s) => Arg::Str(s),
                    RefusalArg::Number(n) => Arg::from(*n),
                };
                (*name, arg)
            })
            .collect();
        let said = localizer.format(self.id, &args);
        match self.detail.as_deref() {
            Some(detail) => localizer.format(
                "server-error-detail",
                &[("error", Arg::Str(&said)), ("detail", Arg::Str(detail))],
            ),
            None => said,
        }
    }
}

#[cfg(test)]
mod tests {
    use conclave_client_core::call::MessageArg;

    use super::*;
    use crate::messenger::Declined;

    #[test]
    fn what_this_device_declines_reads_in_english_from_the_catalogue() {
        let timer = Declined::new(
            "refused-timer-range",
            vec![
                ("min", MessageArg::Number(30)),
                ("max", MessageArg::Number(2_419_200)),
                ("secs", MessageArg::Number(5)),
            ],
        );
        assert_eq!(
            timer.to_string(),
            "a disappearing-message timer is off or from 30 s to 4 weeks (2419200 s); 5 s is not"
        );
        let call = Declined::new(
            "refused-call-running",
            vec![
                ("call", MessageArg::Text("1a2b3c4d".into())),
                ("caller", MessageArg::Text("b\u{202E}ob".into())),
            ],
        );
        // Names lose their direction overrides, in English too.
        assert_eq!(
            call.to_string(),
            "a call (1a2b3c4d, started by bob) is running in this conversation: join it"
        );
        // Every refusal the messenger makes has its English.
        let source = include_str!("messenger.rs");
        let ids: Vec<&str> = source
            .split('"')
            .filter(|s| s.starts_with("refused-") && !s.contains(' '))
            .collect();
        assert!(ids.len() >= 12, "{ids:?}");
        for id in ids {
            assert_ne!(english().format(id, &[]), id, "{id} is not in en.ftl");
        }
    }

    #[test]
    fn a_refusal_is_worded_in_the_localizers_language() {
        let w = conclave_proto::WireError::new(
            conclave_proto::ErrorCode::LimitExceeded,
            "payload is 9 bytes; the limit is 8",
        );
        assert_eq!(
            Refusal::of(&w).words(english()),
            "this goes beyond a limit of the server (payload is 9 bytes; the limit is 8)"
        );
        let german = Localizer::negotiate(&["de"], true);
        assert_ne!(
            Refusal::of(&w).words(&german),
            Refusal::of(&w).words(english())
        );
    }
}
