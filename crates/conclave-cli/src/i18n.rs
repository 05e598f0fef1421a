//! The command line's language: one [`Localizer`] for the process, from `--lang` (or
//! `CONCLAVE_LANG`), else `LC_ALL` / `LC_MESSAGES` / `LANG` / `LANGUAGE`, as the TUI picks its
//! own; English when none of them names a language Conclave carries (`C`, `POSIX`, unset).
//!
//! What the command line says to a person goes through the terminal catalogue's `cli-*`
//! messages (`tr!`); what scripts read stays as it is: everything under `--json`, links and
//! tokens on stdout, the history lines of `read` and `listen` (and `listen`'s "listening for
//! new messages"). clap's `--help` is translated apart, in [`crate::help`]. String
//! arguments pass through
//! [`conclave_i18n::sanitize`] inside [`Localizer::format`], so a name or a memo cannot reorder
//! the sentence around it.

use std::sync::OnceLock;

use conclave_i18n::{Arg, Localizer};

static LOCALIZER: OnceLock<Localizer> = OnceLock::new();

/// Picks the process's language: `lang` (from `--lang`) when given, else the environment.
/// The first call wins; [`localizer`] before it reads the environment.
pub fn init(lang: Option<&str>) {
    let _ = LOCALIZER.set(pick(lang));
}

fn pick(lang: Option<&str>) -> Localizer {
    match lang.map(str::trim).filter(|l| !l.is_empty()) {
        Some(tag) => Localizer::negotiate(&[tag], false),
        None => Localizer::from_env(false),
    }
}

/// The process's localizer (a terminal: no isolates, [`conclave_i18n::sanitize`] only).
pub fn localizer() -> &'static Localizer {
    LOCALIZER.get_or_init(|| pick(None))
}

/// English, for what scripts read (`read`'s and `listen`'s lines, `--json`) where the words
/// come from the catalogue.
pub fn english() -> &'static Localizer {
    conclave_client::words::english()
}

/// One argument of a message: text (sanitized when formatted) or a number (plurals).
#[derive(Debug, Clone)]
pub enum Value {
    Text(String),
    Number(f64),
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Text(s.clone())
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Value::Number(n as f64)
            }
        }
    )*};
}
numbers!(u16, u32, u64, usize, i64);

/// The message `id` with its arguments, in the process's language.
pub fn format(id: &str, args: &[(&str, Value)]) -> String {
    let args: Vec<(&str, Arg<'_>)> = args
        .iter()
        .map(|(name, v)| {
            (
                *name,
                match v {
                    Value::Text(s) => Arg::Str(s.as_str()),
                    Value::Number(n) => Arg::Num(*n),
                },
            )
        })
        .collect();
    localizer().format(id, &args)
}

/// A catalogue message the client core composed (a ledger entry's description, a preview),
/// in the process's language.
pub fn phrase(message: &conclave_client_core::call::CallMessage) -> String {
    conclave_client::words(localizer(), message)
}

/// `tr!("cli-sent", conversation = name, seq = 3)`: a `cli-*` message of the terminal
/// catalogue in the process's language.
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::localizer().t($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::format(
            $id,
            &[$((stringify!($name), $crate::i18n::Value::from($value))),+],
        )
    };
}
pub(crate) use tr;

/// `text` padded with spaces to `width` terminal columns (labels in any script).
pub fn pad(text: &str, width: usize) -> String {
    let shown = unicode_width::UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(shown)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_picks_its_language_and_unknown_ones_fall_back_to_english() {
        assert_eq!(pick(Some("de")).tag(), "de");
        assert_eq!(pick(Some("ar-EG")).tag(), "ar");
        assert_eq!(pick(Some("xx")).tag(), "en");
        let de = pick(Some("de"));
        let sent = de.format(
            "cli-sent",
            &[("conversation", Arg::Str("bob")), ("seq", Arg::Num(3.0))],
        );
        assert_eq!(sent, "an bob gesendet als Nachricht 3");
    }

    #[test]
    fn user_strings_are_sanitized_inside_translated_text() {
        let text = format(
            "cli-sent",
            &[
                ("conversation", Value::from("e\u{202E}vil\nname")),
                ("seq", Value::from(1u64)),
            ],
        );
        assert!(!text.contains('\u{202E}') && !text.contains('\n'), "{text}");
        assert!(text.contains("evil name"), "{text}");
    }

    #[test]
    fn padding_counts_columns() {
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(pad("日本", 6), "日本  ");
    }
}
