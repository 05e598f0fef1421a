//! History from another device of this account, in the browser (the new device's side of a
//! device link; the linking side is `conclave device link`). The engine keeps the sealed
//! offers it opened (`Event::HistoryOffered`); the page (`www/files.js` `importHistory`)
//! fetches each offer's blob through the blob routes, decrypts it with a [`Download`] of the
//! offer's reference, and hands the bundle to [`WebClient::import_history`], which imports what
//! lies below this device's own history (every entry re-checked by the core) and keeps the
//! note shown where the imported history ends.

use conclave_client::messenger::MessengerError;
use conclave_proto::DeviceId;
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;

use crate::{
    client::{WebClient, WebError, invalid},
    files::Download,
};

#[wasm_bindgen]
impl WebClient {
    /// The history offers waiting: `[{from, made_at, conversations, entries}]`.
    #[wasm_bindgen(js_name = historyOffers)]
    pub fn history_offers(&self) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            let offers: Vec<Value> = m
                .engine()
                .history_offers()
                .map(|p| {
                    json!({
                        "from": p.from.device.0,
                        "made_at": p.offer.made_at.0,
                        "conversations": p.offer.conversations,
                        "entries": p.offer.entries,
                    })
                })
                .collect();
            Ok(Value::Array(offers))
        })
    }

    /// A [`Download`] of the history blob device `from` offered.
    #[wasm_bindgen(js_name = historyDownload)]
    pub fn history_download(&self, from: f64) -> js_sys::Promise {
        let inner = self.inner.clone();
        wasm_bindgen_futures::future_to_promise(async move {
            let from = device(from).map_err(WebError::into_js)?;
            let m = inner.messenger.lock().await;
            let offer = m
                .engine()
                .history_offers()
                .find(|p| p.from.device == from)
                .ok_or_else(|| invalid("no history offer from that device").into_js())?;
            Ok(Download::new(&offer.offer.file).into())
        })
    }

    /// Imports the decrypted bundle device `from` offered: `{conversations, entries,
    /// skipped}`. A bundle the core refuses drops the offer (and rejects with the reason).
    #[wasm_bindgen(js_name = importHistory)]
    pub fn import_history(&self, from: f64, bundle: Vec<u8>) -> js_sys::Promise {
        let bundle = zeroize::Zeroizing::new(bundle);
        self.with_messenger(move |inner| async move {
            let from = device(from)?;
            let mut m = inner.messenger.lock().await;
            match m.import_history(from, &bundle).await {
                Ok(s) => Ok(json!({
                    "conversations": s.conversations,
                    "entries": s.entries,
                    "skipped": s.skipped,
                })),
                Err(MessengerError::History(reason)) => {
                    m.drop_history_offer(from).await?;
                    Err(invalid(reason.to_string()))
                }
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Forgets the offer from `from` (its blob is gone, or it cannot be opened).
    #[wasm_bindgen(js_name = dropHistoryOffer)]
    pub fn drop_history_offer(&self, from: f64) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let from = device(from)?;
            inner
                .messenger
                .lock()
                .await
                .drop_history_offer(from)
                .await?;
            Ok(Value::Null)
        })
    }
}

fn device(n: f64) -> Result<DeviceId, WebError> {
    crate::files::bytes_of(n)
        .map(DeviceId)
        .map_err(|_| invalid("not a device id"))
}
