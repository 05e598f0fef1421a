//! The Conclave web app's Rust side, compiled to WebAssembly: the same client core (MLS engine,
//! envelope) and the same [`conclave_client::messenger::Messenger`] as the CLI, over a browser
//! WebSocket ([`ws`]) and an encrypted IndexedDB store ([`idb`]). The page (`www/`) calls the
//! exports of [`client`]; no cryptography happens in JavaScript.
//!
//! Natively this crate is empty: it is built for `wasm32-unknown-unknown` by `scripts/build-web`.
#![cfg(all(target_arch = "wasm32", target_os = "unknown"))]
#![forbid(unsafe_code)]

mod call;
pub mod client;
mod errors;
pub mod files;
mod history;
mod i18n;
pub mod idb;
mod ledger;
mod push;
mod relays;
pub mod timer;
mod typing;
mod view;
pub mod ws;

use wasm_bindgen::prelude::*;

/// Runs when the module loads: panics go to the console instead of vanishing.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("conclave: {info}").into());
    }));
}
