//! The page's translations: `conclave-i18n`'s web catalog (`locales/web/<tag>.ftl`) behind
//! three exports. The page picks a locale once at start ([`i18n_init`]: the member's choice,
//! else the browser's languages) and formats every string it shows through [`t`]; placeables
//! are isolated (FSI…PDI) and user strings sanitized, so a name cannot reorder the text
//! around it.

use std::cell::RefCell;

use conclave_i18n::{Arg, Catalog, Direction, LOCALES, Localizer, PSEUDO};
use serde_json::json;
use wasm_bindgen::prelude::*;

use crate::client::js_json;

thread_local! {
    static LOCALIZER: RefCell<Localizer> =
        RefCell::new(Localizer::negotiate_in(Catalog::Web, &["en"], true));
}

/// Chooses the locale: the first of `wanted` (BCP 47 tags, most preferred first) that one of
/// ours matches, else English. Returns `{tag, dir}` for `<html lang dir>`.
#[wasm_bindgen(js_name = i18nInit)]
pub fn i18n_init(wanted: Vec<String>) -> JsValue {
    let refs: Vec<&str> = wanted.iter().map(String::as_str).collect();
    let localizer = Localizer::negotiate_in(Catalog::Web, &refs, true);
    let out = json!({
        "tag": localizer.tag(),
        "dir": match localizer.direction() {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        },
    });
    crate::errors::set_language(localizer.tag());
    LOCALIZER.with(|l| *l.borrow_mut() = localizer);
    js_json(&out)
}

/// The message `id` in the chosen locale. `args`: an object of its placeables, numbers (which
/// select plurals) or strings; anything else is shown as text.
#[wasm_bindgen]
pub fn t(id: &str, args: JsValue) -> String {
    let mut owned: Vec<(String, ArgValue)> = Vec::new();
    if args.is_object() {
        for entry in js_sys::Object::entries(&js_sys::Object::from(args)).iter() {
            let pair = js_sys::Array::from(&entry);
            let Some(name) = pair.get(0).as_string() else {
                continue;
            };
            let value = pair.get(1);
            let value = match value.as_f64() {
                Some(n) => ArgValue::Num(n),
                None => ArgValue::Str(
                    value
                        .as_string()
                        .unwrap_or_else(|| js_sys::JsString::from(value).into()),
                ),
            };
            owned.push((name, value));
        }
    }
    let args: Vec<(&str, Arg<'_>)> = owned
        .iter()
        .map(|(name, v)| {
            let arg = match v {
                ArgValue::Num(n) => Arg::Num(*n),
                ArgValue::Str(s) => Arg::Str(s),
            };
            (name.as_str(), arg)
        })
        .collect();
    LOCALIZER.with(|l| l.borrow().format(id, &args))
}

enum ArgValue {
    Num(f64),
    Str(String),
}

/// The languages a member can choose: `[{tag, name, english, dir}]` in their own names (the
/// pseudo-locale is left out: `?lang=en-XA` picks it; so is a locale whose web catalog is not
/// yet translated).
#[wasm_bindgen(js_name = i18nLocales)]
pub fn i18n_locales() -> JsValue {
    let list: Vec<_> = LOCALES
        .iter()
        .filter(|l| l.tag != PSEUDO && l.has(Catalog::Web))
        .map(|l| {
            json!({
                "tag": l.tag,
                "name": l.native_name,
                "english": l.english_name,
                "dir": if l.rtl { "rtl" } else { "ltr" },
            })
        })
        .collect();
    js_json(&serde_json::Value::Array(list))
}
