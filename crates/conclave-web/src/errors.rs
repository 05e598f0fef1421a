//! The server's refusals in the member's language: the page gets a refusal's code (the
//! server's number) and English text from the client, and [`server_error_text`] words it as
//! [`conclave_client::Refusal`] picks the message (`server-error-*`, from conclave-i18n's
//! terminal catalogue, which every front end shares for these), in the language the page
//! chose, with the server's text only as a detail where it adds facts. The same localizer
//! words what the client core composes as catalogue messages ([`phrase_text`]: previews,
//! ledger descriptions, history lines).

use std::cell::RefCell;

use conclave_client::Refusal;
use conclave_client_core::call::CallMessage;
use conclave_i18n::{Catalog, Localizer};
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
    refusal(code, text).words(localizer)
}

/// A message the client core composed (a preview, a ledger entry's description: see
/// `Content::phrase`, `Record::phrase`), worded by the terminal catalogue in the page's
/// language, as the TUI words it.
pub(crate) fn phrase_text(message: &CallMessage) -> String {
    REFUSALS.with(|l| conclave_client::words(&l.borrow(), message))
}
