//! The ledger for the page: a conversation's ledger as one JSON view, a live preview of an entry
//! form, adding an entry, reversing one, exporting. Every judgement is
//! `conclave_client_core::ledger`'s (the same as the CLI's): the page sends the form's fields as
//! JSON ([`EntryForm`]) and draws what comes back. A refused form rejects the promise with
//! `{code: "invalid", field, message}` and nothing is sent.

use std::collections::BTreeSet;

use conclave_client_core::{
    HistoryBody, StoredMessage,
    ledger::{
        self, Date, EntryForm, EntryId, Ledger, LedgerOp, RecordBody, currencies_json,
        reversal_form,
    },
};
use conclave_proto::{GroupId, Username};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;

use crate::{
    client::{Inner, WebClient, WebError, WebMessenger, WebResult, group_of, invalid, js_json},
    errors::phrase_text,
    view,
};

/// Today in the browser's time zone (what a person means by "today"); UTC if the clock's date
/// is outside what the ledger accepts.
fn today() -> Date {
    let d = js_sys::Date::new_0();
    let local = u16::try_from(d.get_full_year()).ok().and_then(|y| {
        let m = u8::try_from(d.get_month() + 1).ok()?;
        let day = u8::try_from(d.get_date()).ok()?;
        Date::new(y, m, day).ok()
    });
    local.unwrap_or_else(|| Date::of(conclave_client::messenger::now()))
}

/// Every supported currency: `[{code, minor_units}]`, sorted by code.
#[wasm_bindgen(js_name = ledgerCurrencies)]
pub fn ledger_currencies() -> JsValue {
    js_json(&currencies_json())
}

/// Today's date as the ledger form's default: `YYYY-MM-DD`, in the browser's time zone.
#[wasm_bindgen(js_name = ledgerToday)]
pub fn ledger_today() -> String {
    today().to_string()
}

fn accounts(m: &WebMessenger, g: &GroupId) -> WebResult<BTreeSet<Username>> {
    Ok(ledger::member_accounts(&m.engine().members(g)?))
}

fn book(m: &WebMessenger, g: &GroupId) -> WebResult<Ledger> {
    Ok(Ledger::for_conversation(m.engine(), g)?)
}

/// Processes what is queued (handing its events to the page) and makes the MLS members match
/// the server's, so that a check judges an entry as every device will where it lands.
async fn catch_up(inner: &Inner, m: &mut WebMessenger, g: &GroupId) -> WebResult<()> {
    let events = m.sync().await?;
    inner.emit_events(m, events);
    m.reconcile(g).await?;
    Ok(())
}

/// Sends a checked operation; returns `{record, message}` as the ledger took it where the server
/// placed it.
async fn send(m: &mut WebMessenger, g: &GroupId, op: LedgerOp) -> WebResult<Value> {
    let sent: StoredMessage = m.send(g, ledger::content(op)).await?;
    let HistoryBody::Message { id, .. } = &sent.body else {
        return Err(WebError::new(
            "failed",
            "the entry was stored without its content",
        ));
    };
    let book = book(m, g)?;
    let record = book.record(EntryId(*id)).ok_or_else(|| {
        WebError::new(
            "failed",
            "the entry is missing from the ledger after sending",
        )
    })?;
    if let RecordBody::Rejected { error, .. } = &record.body {
        // Something changed between the check and the server's order (a member left).
        return Err(WebError::new(
            "refused",
            format!(
                "the entry reached the conversation as message {} but every device refuses it \
                 there: {error}",
                record.seq
            ),
        ));
    }
    let mut json = book.record_json(record);
    json["description"] = json!(phrase_text(&record.phrase()));
    Ok(json!({"record": json, "message": view::message(m, &sent)}))
}

/// A file name for an export: `ledger-NAME-DATE.EXT` with only safe characters.
fn export_name(name: &str, ext: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let safe = safe.trim_matches(|c| c == '-' || c == '.');
    let safe = if safe.is_empty() {
        "conversation"
    } else {
        safe
    };
    format!("ledger-{safe}-{}.{ext}", today())
}

#[wasm_bindgen]
impl WebClient {
    /// A conversation's ledger as this device sees it: `Ledger::view_json` (records in server
    /// order with who may reverse them, balances, settle-up, hand-over, discrepancies) plus
    /// `{name, me, members, today}`.
    pub fn ledger(&self, group: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let me = m.me().username.clone();
            let members = accounts(&m, &g)?;
            let book = book(&m, &g)?;
            let mut v = book.view_json(&me, &members);
            // Descriptions in the page's language (`view_json` has the core's English).
            if let Some(records) = v["records"].as_array_mut() {
                for (json, r) in records.iter_mut().zip(book.records()) {
                    json["description"] = json!(phrase_text(&r.phrase()));
                    if let RecordBody::Reversal { reversal } = &r.body {
                        json["target_description"] = json!(
                            book.record(reversal.target())
                                .map(|t| phrase_text(&t.phrase()))
                        );
                    }
                }
            }
            v["name"] = json!(m.engine().conversation(&g).map(|c| c.display_name(&me)));
            v["me"] = json!(me.as_str());
            v["members"] = json!(members.iter().map(Username::as_str).collect::<Vec<_>>());
            v["today"] = json!(today().to_string());
            Ok(v)
        })
    }

    /// What the form would record, without sending: `{ok: true, description, currency, shares}`
    /// or `{ok: false, field, message}` (no network; the page calls it as the user types).
    #[wasm_bindgen(js_name = ledgerPreview)]
    pub fn ledger_preview(&self, group: String, form: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let (book, members) = (book(&m, &g)?, accounts(&m, &g)?);
            let checked = EntryForm::from_json(&form)
                .and_then(|f| f.check(&book, today(), &m.me().username, &members));
            Ok(match checked {
                Ok(LedgerOp::Entry(entry)) => {
                    let c = entry.currency();
                    json!({
                        "ok": true,
                        "description": phrase_text(&LedgerOp::Entry(entry.clone()).phrase()),
                        "currency": c.code(),
                        "shares": entry.shares().iter().map(|s| json!({
                            "member": s.member.as_str(),
                            "amount": s.amount.format(c),
                        })).collect::<Vec<_>>(),
                    })
                }
                Ok(LedgerOp::Reversal(_)) => json!({"ok": false, "field": "", "message": ""}),
                Err(e) => json!({"ok": false, "field": e.field, "message": e.message}),
            })
        })
    }

    /// Records an entry from the form's fields (JSON, see `EntryForm`). Checked first against
    /// this device's ledger (bad input never reaches the network), then again after catching up
    /// with the server; returns `{record, message}`.
    #[wasm_bindgen(js_name = ledgerAdd)]
    pub fn ledger_add(&self, group: String, form: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let form = EntryForm::from_json(&form)?;
            let mut m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let me = m.me().username.clone();
            let today = today();
            form.check(&book(&m, &g)?, today, &me, &accounts(&m, &g)?)?;
            catch_up(&inner, &mut m, &g).await?;
            let op = form.check(&book(&m, &g)?, today, &me, &accounts(&m, &g)?)?;
            send(&mut m, &g, op).await
        })
    }

    /// Reverses an entry (its id, or 6 or more of its first characters); returns
    /// `{record, message}`.
    #[wasm_bindgen(js_name = ledgerReverse)]
    pub fn ledger_reverse(&self, group: String, entry: String, memo: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let mut m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let me = m.me().username.clone();
            reversal_form(&book(&m, &g)?, &entry, &memo, &me, &accounts(&m, &g)?)?;
            catch_up(&inner, &mut m, &g).await?;
            let op = reversal_form(&book(&m, &g)?, &entry, &memo, &me, &accounts(&m, &g)?)?;
            send(&mut m, &g, op).await
        })
    }

    /// The ledger as a file: `{filename, mime, text}` for `format` "csv" (one row per member
    /// per entry; sums by member and currency are the balances) or "json" (everything).
    #[wasm_bindgen(js_name = ledgerExport)]
    pub fn ledger_export(&self, group: String, format: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let name = m
                .engine()
                .conversation(&g)
                .map(|c| c.display_name(&m.me().username))
                .unwrap_or_default();
            let book = book(&m, &g)?;
            let (text, mime, ext) = match format.as_str() {
                "csv" => (book.to_csv(), "text/csv;charset=utf-8", "csv"),
                "json" => {
                    let mut v = book.to_json();
                    v["conversation"] = json!(name);
                    v["group"] = json!(g.to_hex());
                    let text = serde_json::to_string_pretty(&v)
                        .map_err(|e| WebError::new("failed", e.to_string()))?;
                    (format!("{text}\n"), "application/json", "json")
                }
                other => return Err(invalid(format!("unknown export format {other:?}"))),
            };
            Ok(json!({
                "filename": export_name(&name, ext),
                "mime": mime,
                "text": text,
                "records": book.records().len(),
            }))
        })
    }
}
