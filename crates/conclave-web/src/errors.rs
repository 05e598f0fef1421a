//! The server's refusals in the member's language: the page gets a refusal's code (the
//! server's number) and English text from the client, and [`server_error_text`] words it as
//! [`conclave_client::Refusal`] picks the message (`server-error-*`, from conclave-i18n's
//! terminal catalogue, which every front end shares for these), in the language the page
//! chose, with the server's text only as a detail where it adds facts. The same localizer
//! words what the client core composes as catalogue messages ([`phrase_text`]: previews,
//! ledger descriptions, history lines).

use std::cell::RefCell;

use conclave_client::{Refusal, RefusalArg};
use conclave_client_core::call::{CallMessage, MessageArg};
use conclave_i18n::{Arg, Catalog, Localizer};
use conclave_proto::{ErrorCode, WireError};
use wasm_bindgen::prelude::*;

thread_local! {
    static REFUSALS: RefCell<Localizer> =
        RefCell::new(Localizer::negotiate_in(Catalog::Terminal, &["en"], true));
}

/// Follows the page's language (`tag`: the locale [`crate::i18n`] chose).
pub(crate) fn set_language(tag: &str) {
    let localizer = Localizer::negotiate_in(Catalog::Terminal, &[tag], true);
    REFUSALS.with(|l| *l.borrow_mut() = localizer);
}

/// `serverErrorText(code, text)`: the sentence for the server's refusal with error `code`
/// and English `text`, in the page's language.
#[wasm_bindgen(js_name = serverErrorText)]
pub fn server_error_text(code: u16, text: &str) -> String {
    REFUSALS.with(|l| refusal_text(&l.borrow(), code, text))
}

/// The message id of a refusal with `code` and `text` (for the page's tests and decisions).
#[wasm_bindgen(js_name = serverErrorId)]
pub fn server_error_id(code: u16, text: &str) -> String {
    refusal(code, text).id.to_owned()
}

fn refusal(code: u16, text: &str) -> Refusal {
    Refusal::of(&WireError::new(ErrorCode::from_u16(code), text))
}

pub(crate) fn refusal_text(localizer: &Localizer, code: u16, text: &str) -> String {
    let refusal = refusal(code, text);
    let args: Vec<(&str, Arg<'_>)> = refusal
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
    let said = localizer.format(refusal.id, &args);
    match refusal.detail.as_deref() {
        Some(detail) => localizer.format(
            "server-error-detail",
            &[("error", Arg::Str(&said)), ("detail", Arg::Str(detail))],
        ),
        None => said,
    }
}

/// A message the client core composed (a preview, a ledger entry's description: see
/// `Content::phrase`, `Record::phrase`), worded by the terminal catalogue in the page's
/// language, as the TUI words it.
pub(crate) fn phrase_text(message: &CallMessage) -> String {
    REFUSALS.with(|l| phrase_in(&l.borrow(), message))
}

fn phrase_in(localizer: &Localizer, message: &CallMessage) -> String {
    let texts: Vec<(&str, Option<String>, f64)> = message
        .args
        .iter()
        .map(|(name, arg)| match arg {
            MessageArg::Text(s) => (*name, Some(s.clone()), 0.0),
            #[allow(clippy::cast_precision_loss)]
            MessageArg::Number(n) => (*name, None, *n as f64),
            MessageArg::Message(inner) => (*name, Some(phrase_in(localizer, inner)), 0.0),
        })
        .collect();
    let args: Vec<(&str, Arg<'_>)> = texts
        .iter()
        .map(|(name, text, n)| (*name, text.as_deref().map_or(Arg::Num(*n), Arg::Str)))
        .collect();
    localizer.format(&message.id, &args)
}
