//! Private browsing for the page: the home server's signed relay directory, verified here with
//! `conclave_relay::directory` (the very code `conclave proxy` runs: Ed25519 signature, expiry,
//! contents, and the key pinned on first use), and this account's relay token allowance.
//!
//! A browser cannot carry its own traffic through the relays (a page opens no raw TCP and
//! cannot be a SOCKS proxy), so this is the page that explains and shows; `conclave proxy` on
//! the device does the browsing.

use conclave_proto::{Request, Response};
use conclave_relay::directory::{self, Directory, Role, SignedDirectory};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use conclave_client::Transport as _;

use crate::client::{WebClient, WebError, WebResult};

/// The directory key pinned on first use, in the encrypted state (the CLI keeps the same key in
/// `relay-directory.key`).
pub(crate) const PIN_KEY: &[u8] = b"web/relay-directory.key";

/// The pinned key among the state's entries (`None`: nothing pinned yet, or a damaged value,
/// which the next verification pins again).
pub(crate) fn pin_of(state: &[(Vec<u8>, Vec<u8>)]) -> Option<[u8; 32]> {
    state
        .iter()
        .find(|(k, _)| k == PIN_KEY)
        .and_then(|(_, v)| <[u8; 32]>::try_from(v.as_slice()).ok())
}

fn js_error(what: &str, e: &JsValue) -> WebError {
    WebError::new("offline", format!("{what}: {}", crate::ws::js_text(e)))
}

/// `GET /relay/directory` on the page's own origin: the body's bytes, bounded.
async fn fetch_directory() -> WebResult<Vec<u8>> {
    let window = web_sys::window().ok_or_else(|| WebError::new("failed", "no window"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str("/relay/directory"))
        .await
        .map_err(|e| js_error("cannot fetch the relay directory", &e))?
        .dyn_into()
        .map_err(|_| WebError::new("failed", "fetch gave no response"))?;
    if !response.ok() {
        return Err(WebError::new(
            "refused",
            format!(
                "the server answered {} for the relay directory",
                response.status()
            ),
        ));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse::<usize>().ok());
    if declared.is_some_and(|l| l > directory::DIRECTORY_BYTES_MAX) {
        return Err(WebError::new("refused", "the relay directory is too large"));
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|e| js_error("cannot read the relay directory", &e))?,
    )
    .await
    .map_err(|e| js_error("cannot read the relay directory", &e))?
    .as_string()
    .unwrap_or_default();
    Ok(text.into_bytes())
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Entry => "entry",
        Role::Exit => "exit",
    }
}

/// The page's view of a verified directory: `{operator, key, issued_at, expires_at, pinned_now,
/// issuers, relays: [{id, roles, country, operator, addr, same_operator_as}], path: {status:
/// "two_operators"|"one_operator"|"none", message}}`.
fn view(signed: &SignedDirectory, d: &Directory, pinned_now: bool) -> Value {
    let relays: Vec<Value> = d
        .relays
        .iter()
        .map(|r| {
            let same: Vec<&str> = d
                .relays
                .iter()
                .filter(|o| o.id != r.id && o.operator == r.operator)
                .map(|o| o.id.as_str())
                .collect();
            json!({
                "id": r.id,
                "roles": r.roles.iter().map(|&x| role_name(x)).collect::<Vec<_>>(),
                "country": r.country,
                "operator": r.operator,
                "addr": r.addr,
                "same_operator_as": same,
            })
        })
        .collect();
    // What `conclave proxy` can do with this directory: the same path choice it makes.
    let path = match directory::choose_path(d, None, None) {
        Ok(p) if p.same_operator => json!({"status": "one_operator"}),
        Ok(_) => json!({"status": "two_operators"}),
        Err(conclave_relay::Error::NoPath(why)) => json!({"status": "none", "message": why}),
        Err(e) => json!({"status": "none", "message": e.to_string()}),
    };
    json!({
        "operator": d.operator,
        "key": signed.key,
        "issued_at": d.issued_at,
        "expires_at": d.expires_at,
        "pinned_now": pinned_now,
        "issuers": d.issuers.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(),
        "relays": relays,
        "path": path,
    })
}

#[wasm_bindgen]
impl WebClient {
    /// The home server's relay directory, its signature verified against the key this device
    /// pinned (pinning it on first use), as [`view`] describes. A bad signature, an expired
    /// directory or another key rejects with `code: "refused"`.
    #[wasm_bindgen(js_name = relayDirectory)]
    pub fn relay_directory(&self) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let bytes = fetch_directory().await?;
            let signed = SignedDirectory::parse(&bytes)
                .map_err(|e| WebError::new("refused", e.to_string()))?;
            let pinned = inner.relay_pin.get();
            let now = conclave_client::messenger::now().0;
            let verified = signed
                .verify(pinned.as_ref(), now)
                .map_err(|e| WebError::new("refused", e.to_string()))?;
            let pinned_now = pinned.is_none();
            if pinned_now {
                let key = signed
                    .key_bytes()
                    .map_err(|e| WebError::new("refused", e.to_string()))?;
                inner
                    .store
                    .write(&[(PIN_KEY.to_vec(), Some(key.to_vec()))])
                    .await?;
                inner.relay_pin.set(Some(key));
            }
            Ok(view(&signed, &verified, pinned_now))
        })
    }

    /// This account's relay tokens: `{per_day, left_today, issuing}` (`issuing: false`: the
    /// server gives no tokens). Needs the session.
    #[wasm_bindgen(js_name = relayAllowance)]
    pub fn relay_allowance(&self) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            match m.connection().request(Request::RelayTokenAllowance).await? {
                Response::RelayTokenAllowance {
                    per_day,
                    left_today,
                    key_id,
                } => Ok(json!({
                    "per_day": per_day,
                    "left_today": left_today,
                    "issuing": key_id.is_some(),
                })),
                _ => Err(WebError::new("failed", "unexpected answer from the server")),
            }
        })
    }
}
