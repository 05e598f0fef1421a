//! Web Push registration: the page subscribes with the browser's `pushManager` (`www/push.js`)
//! and hands the subscription here, which registers it with the home server over the
//! device's authenticated session (`Request::PushSubscribe`). The server then sends pushes
//! that carry nothing of content or sender; the service worker asks an open, unlocked page
//! what is new (the state is sealed under the passphrase, so the worker alone cannot read it)
//! and otherwise shows a generic "New message".

use conclave_client::Transport as _;
use conclave_proto::{
    PushSubscription, Request, Response,
    limits::{PUSH_AUTH_BYTES, PUSH_ENDPOINT_BYTES_MAX, PUSH_P256DH_BYTES},
};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;

use crate::client::{Inner, WebClient, WebError, WebResult};

/// Checks what the browser gave before it goes to the server (which checks again).
fn subscription(endpoint: String, p256dh: Vec<u8>, auth: Vec<u8>) -> WebResult<PushSubscription> {
    let invalid = |m: &str| WebError::new("invalid", m);
    if endpoint.len() > PUSH_ENDPOINT_BYTES_MAX || !endpoint.starts_with("https://") {
        return Err(invalid("the browser's push endpoint is not an https URL"));
    }
    if p256dh.len() != PUSH_P256DH_BYTES || auth.len() != PUSH_AUTH_BYTES {
        return Err(invalid("the browser's push keys have the wrong size"));
    }
    Ok(PushSubscription {
        endpoint,
        p256dh,
        auth,
    })
}

async fn register(inner: &Inner, subscription: Option<PushSubscription>) -> WebResult<Value> {
    let m = inner.messenger.lock().await;
    match m
        .connection()
        .request(Request::PushSubscribe { subscription })
        .await?
    {
        Response::PushSubscribed => Ok(json!({ "ok": true })),
        _ => Err(WebError::new("failed", "unexpected answer from the server")),
    }
}

#[wasm_bindgen]
impl WebClient {
    /// Registers this device's push subscription (the browser's `PushSubscription`: its
    /// endpoint and the raw `p256dh` and `auth` keys) with the server, replacing any earlier.
    #[wasm_bindgen(js_name = pushSubscribe)]
    pub fn push_subscribe(
        &self,
        endpoint: String,
        p256dh: Vec<u8>,
        auth: Vec<u8>,
    ) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let subscription = subscription(endpoint, p256dh, auth)?;
            register(&inner, Some(subscription)).await
        })
    }

    /// Deletes this device's push subscription at the server.
    #[wasm_bindgen(js_name = pushUnsubscribe)]
    pub fn push_unsubscribe(&self) -> js_sys::Promise {
        self.with_messenger(move |inner| async move { register(&inner, None).await })
    }
}
