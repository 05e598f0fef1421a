//! Calls for the page: the conversation's call log (who is calling, who is in, what the history
//! shows), the call signals (start, accept, decline, join with the media session, leave, end),
//! the SFU token and the SFrame base key of the current MLS epoch. Every judgement is the client
//! core's ([`CallLog`]), the same as the CLI's; the page (`www/call.js`) runs the WebRTC
//! connection to the SFU and hands the key to its encoded-transform worker
//! (`www/call-worker.js`), which encrypts and decrypts every frame with `www/sframe.js`.

use conclave_client::messenger::now;
use conclave_client_core::call::{self, Call, CallId, CallLog, CallSignal, Media, MediaSession};
use conclave_proto::{GroupId, Username};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;

use crate::client::{WebClient, WebMessenger, WebResult, group_of, invalid};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str, what: &str) -> WebResult<Vec<u8>> {
    let t = text.trim();
    if !t.len().is_multiple_of(2) || t.len() > 256 {
        return Err(invalid(format!("{what} is not hexadecimal")));
    }
    (0..t.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&t[i..i + 2], 16))
        .collect::<Result<_, _>>()
        .map_err(|_| invalid(format!("{what} is not hexadecimal")))
}

fn call_id(text: &str) -> WebResult<CallId> {
    let bytes: [u8; 16] = unhex(text, "the call id")?
        .try_into()
        .map_err(|_| invalid("a call id has 16 bytes"))?;
    Ok(CallId(bytes))
}

fn media(text: &str) -> WebResult<Media> {
    match text {
        "audio" => Ok(Media::Audio),
        "video" => Ok(Media::Video),
        other => Err(invalid(format!("a call is audio or video, not {other:?}"))),
    }
}

/// `{id, media, caller, caller_device, invited_at, ringing_me, in_call: [{username, device}],
/// me_in, ended, text, line, seq}` of one call, as `me` sees it now.
fn call_json(c: &Call, me: &Username, me_device: u64) -> Value {
    let t = now();
    json!({
        "id": c.id.to_hex(),
        "media": c.media.as_str(),
        "caller": c.caller.as_str(),
        "caller_device": c.caller_device.0,
        "invited_at": c.invited_at.0,
        "ringing_me": c.rings_for(me, t),
        "ring_ends_at": c.invited_at.0.saturating_add(call::limits::RING_MS),
        "in_call": c.in_call.keys()
            .map(|(u, d)| json!({"username": u.as_str(), "device": d.0}))
            .collect::<Vec<_>>(),
        "me_in": c.in_call.keys().any(|(u, d)| u == me && d.0 == me_device),
        "declined": c.declined.iter().map(Username::as_str).collect::<Vec<_>>(),
        "invited": c.invited.iter().map(Username::as_str).collect::<Vec<_>>(),
        "ended": c.ended.as_ref().map(|e| e.at.0),
        "text": c.describe(me, t),
        "line": line(c, me, t),
        "seq": c.entry_seq(),
    })
}

/// The history line (`Call::message`) as a message of the web catalogue: `{id, args}`, the
/// duration as `{id, args}` too, for the page to translate.
fn line(c: &Call, me: &Username, t: conclave_proto::Timestamp) -> Value {
    message_json(&c.message(me, t))
}

fn message_json(m: &call::CallMessage) -> Value {
    let args: serde_json::Map<String, Value> = m
        .args
        .iter()
        .map(|(k, v)| {
            let v = match v {
                call::MessageArg::Text(s) => json!(s),
                call::MessageArg::Number(n) => json!(n),
                call::MessageArg::Message(inner) => message_json(inner),
            };
            ((*k).to_owned(), v)
        })
        .collect();
    json!({"id": m.id, "args": args})
}

/// The history entries of a conversation's calls (`{kind: "call", seq, text, …}`), for the
/// page to place among its messages by `seq`.
pub fn entries(m: &WebMessenger, g: &GroupId) -> Vec<Value> {
    let Ok(log) = CallLog::for_conversation(m.engine(), g, now()) else {
        return Vec::new();
    };
    let me = m.me();
    log.calls()
        .iter()
        .map(|c| {
            let mut v = call_json(c, &me.username, me.device.0);
            v["kind"] = json!("call");
            v["group"] = json!(g.to_hex());
            v["call"] = v["id"].take();
            v
        })
        .collect()
}

fn signal_of(spec: &Value) -> WebResult<CallSignal> {
    let text = |k: &str| spec[k].as_str().unwrap_or_default();
    let call_id = call_id(text("call"))?;
    Ok(match text("kind") {
        "ringing" => CallSignal::Ringing { call_id },
        "accept" => CallSignal::Accept { call_id },
        "decline" => CallSignal::Decline { call_id },
        "leave" => CallSignal::Leave { call_id },
        "end" => CallSignal::End { call_id },
        "join" => {
            let session = match spec["fingerprint"].as_str() {
                Some(f) => Some(
                    MediaSession::new(
                        unhex(f, "the DTLS fingerprint")?,
                        text("params").as_bytes().to_vec(),
                    )
                    .map_err(|e| invalid(e.to_string()))?,
                ),
                None => None,
            };
            CallSignal::Join {
                call_id,
                media: media(text("media"))?,
                session,
            }
        }
        other => return Err(invalid(format!("unknown call signal {other:?}"))),
    })
}

#[wasm_bindgen]
impl WebClient {
    /// `{open: call | null, calls: [call]}` of a conversation (see `call_json`).
    pub fn calls(&self, group: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let log = CallLog::for_conversation(m.engine(), &g, now())?;
            let me = m.me();
            Ok(json!({
                "open": log.open().map(|c| call_json(c, &me.username, me.device.0)),
                "calls": log.calls().iter()
                    .map(|c| call_json(c, &me.username, me.device.0))
                    .collect::<Vec<_>>(),
            }))
        })
    }

    /// Starts a call (`media`: "audio" or "video"); resolves with its id. Refused while one is
    /// running in the conversation.
    #[wasm_bindgen(js_name = callStart)]
    pub fn call_start(&self, group: String, media_kind: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let media = media(&media_kind)?;
            let mut m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let id = m.call_start(&g, media).await?;
            Ok(json!(id.to_hex()))
        })
    }

    /// Sends a call signal: `{kind: "ringing"|"accept"|"decline"|"join"|"leave"|"end", call,
    /// media, fingerprint (hex, for join), params}` as JSON text.
    #[wasm_bindgen(js_name = callSignal)]
    pub fn call_signal(&self, group: String, spec: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let spec: Value =
                serde_json::from_str(&spec).map_err(|e| invalid(format!("call signal: {e}")))?;
            let signal = signal_of(&spec)?;
            let mut m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let sent = m.call_signal(&g, signal).await?;
            Ok(json!({"seq": sent.seq}))
        })
    }

    /// After a membership change: repeats the open call's invitation for the members added,
    /// when this device is the one to (see `Messenger::call_reannounce`). Resolves whether it
    /// sent it.
    #[wasm_bindgen(js_name = callReannounce)]
    pub fn call_reannounce(&self, group: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let mut m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            Ok(json!(m.call_reannounce(&g).await?))
        })
    }

    /// `{token (hex), expires_at}`: admits this device to the call's media at the SFU.
    #[wasm_bindgen(js_name = callToken)]
    pub fn call_token(&self, group: String, call: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let id = call_id(&call)?;
            let m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let (token, expires_at) = m.call_token(&g, id).await?;
            Ok(json!({"token": hex(&token), "expires_at": expires_at.0}))
        })
    }

    /// `{epoch, leaf, key: [bytes], members: [{leaf, username, device}]}`: this device's SFrame
    /// base key for the call at the conversation's current MLS epoch, and who each leaf is.
    /// The page asks again after every membership change and gives the key to its worker.
    #[wasm_bindgen(js_name = callKey)]
    pub fn call_key(&self, group: String, call: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let id = call_id(&call)?;
            let m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let key = call::media_key(m.engine(), &g, &id)?;
            let members: Vec<Value> = m
                .engine()
                .member_leaves(&g)?
                .into_iter()
                .map(|(leaf, d)| {
                    json!({"leaf": leaf, "username": d.username.as_str(), "device": d.device.0})
                })
                .collect();
            Ok(json!({
                "epoch": key.epoch,
                "leaf": key.own_leaf,
                "key": key.secret.as_slice(),
                "members": members,
            }))
        })
    }
}
