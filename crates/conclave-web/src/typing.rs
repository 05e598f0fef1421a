//! Typing indicators in the page: `composing(group, hasText)` from the compose box (the core's
//! `TypingSender` says when a signal is due), the signals the live loop takes from the session
//! folded into the core's `Typing`, and `{type: "typing", group, line}` events whenever what is
//! shown for a conversation changes (a signal, a message from the typist, or time running out).
//! `line` is `null` or `{id, args}` for the page's catalogue: "typing-one" {name},
//! "typing-two" {first, second}, "typing-several" {count}. The member's setting to neither
//! send nor see them lives in the page (`app.js`), which then calls none of this.

use conclave_client::messenger::now;
use conclave_client_core::ephemeral::{Typing, TypingLine, TypingSender};
use conclave_proto::GroupId;
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;

use crate::client::{Inner, WebClient, group_of};

/// What this page knows and has said of typing.
#[derive(Default)]
pub(crate) struct TypingState {
    pub(crate) seen: Typing,
    pub(crate) sender: TypingSender,
}

/// The line for `group` now, as the page's message id and arguments.
pub(crate) fn line(typing: &Typing, group: &GroupId) -> Value {
    match typing.line(group, now()) {
        None => Value::Null,
        Some(TypingLine::One(name)) => {
            json!({"id": "typing-one", "args": {"name": name.as_str()}})
        }
        Some(TypingLine::Two(first, second)) => json!({
            "id": "typing-two",
            "args": {"first": first.as_str(), "second": second.as_str()},
        }),
        Some(TypingLine::Several(count)) => {
            json!({"id": "typing-several", "args": {"count": count}})
        }
    }
}

impl Inner {
    /// Tells the page what to show for `group` now.
    pub(crate) fn emit_typing(&self, group: &GroupId) {
        let line = line(&self.typing.borrow().seen, group);
        self.emit(json!({"type": "typing", "group": group.to_hex(), "line": line}));
    }

    /// Takes the signals the session received, and lets shown typing run out.
    pub(crate) fn take_signals(&self, m: &mut crate::client::WebMessenger) {
        let me = m.me().username.clone();
        let at = now();
        let mut changed: Vec<GroupId> = Vec::new();
        {
            let mut typing = self.typing.borrow_mut();
            for received in m.take_signals() {
                if typing.seen.on_signal(&received, &me, at) {
                    changed.push(received.group);
                }
            }
            changed.extend(typing.seen.expire(at));
        }
        changed.sort();
        changed.dedup();
        for group in &changed {
            self.emit_typing(group);
        }
    }

    /// How long until shown typing runs out somewhere, if it is shown anywhere.
    pub(crate) fn typing_expires_in(&self) -> Option<std::time::Duration> {
        let next = self.typing.borrow().seen.next_expiry()?;
        let ms = next.0.saturating_sub(now().0).max(0);
        Some(std::time::Duration::from_millis(ms as u64))
    }
}

#[wasm_bindgen]
impl WebClient {
    /// The compose box of `group` holds text (`typing`) or not: sends a typing signal when one
    /// is due. Never fails the page: a signal that cannot go out is dropped.
    pub fn composing(&self, group: String, typing: bool) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let mut m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let due = inner.typing.borrow_mut().sender.update(&g, typing, now());
            if let Some(signal) = due
                && let Err(e) = m.send_signal(&g, signal).await
            {
                tracing::debug!(error = %e, "typing signal not sent");
            }
            Ok(Value::Null)
        })
    }

    /// What to show for `group` now: `null` or `{id, args}` (see the module's notes).
    #[wasm_bindgen(js_name = typingLine)]
    pub fn typing_line(&self, group: String) -> JsValue {
        let Some(g) = group_from_hex(&group) else {
            return JsValue::NULL;
        };
        crate::client::js_json(&line(&self.inner.typing.borrow().seen, &g))
    }
}

fn group_from_hex(hex: &str) -> Option<GroupId> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    let bytes: Option<Vec<u8>> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect();
    GroupId::new(bytes?)
}
