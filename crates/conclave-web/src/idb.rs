//! The browser's [`StateStore`]: IndexedDB, every value encrypted before it leaves Rust.
//!
//! One database per origin (`conclave`), two object stores:
//! - `meta`: the salt, the check value, and the device record (server, account and device ids,
//!   not secret, the same as the CLI's `device.json`);
//! - `kv`: binary key → `nonce ++ ChaCha20-Poly1305(value, aad = key)`, the same encryption as
//!   the CLI's `state.db` (`conclave_client::cipher`), under argon2id(passphrase, salt).
//!
//! A batch of changes is one `readwrite` transaction with `durability: "strict"`, awaited until
//! `complete`: the messenger's "persist before effect" holds in the browser too.

use std::{cell::RefCell, rc::Rc};

use conclave_client::{
    StateError, StateStore,
    cipher::{StateCipher, derive_key},
    transport::Change,
};
use futures_channel::oneshot;
use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, prelude::*};
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction};

use crate::ws::js_text;

const DB_NAME: &str = "conclave";
const DB_VERSION: u32 = 1;
const META: &str = "meta";
const KV: &str = "kv";

#[derive(Debug, thiserror::Error)]
pub enum IdbError {
    #[error("wrong passphrase: this browser's Conclave data is locked with another passphrase")]
    WrongPassphrase,
    #[error("the browser's storage (IndexedDB) failed: {0}")]
    Storage(String),
    #[error("the stored data is damaged: {0}")]
    Corrupt(String),
}

fn storage(e: JsValue) -> IdbError {
    IdbError::Storage(js_text(&e))
}

impl From<IdbError> for StateError {
    fn from(e: IdbError) -> Self {
        StateError::Storage(e.to_string())
    }
}

/// Waits for one of the events in `names` on `target`; `Ok` for the first name, `Err` for the
/// others. The callbacks are detached again before returning.
async fn first_event(target: &JsValue, ok: &str, errs: &[&str]) -> Result<(), ()> {
    let (tx, rx) = oneshot::channel::<bool>();
    let tx = Rc::new(RefCell::new(Some(tx)));
    let make = |value: bool| {
        let tx = tx.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_e: JsValue| {
            if let Some(tx) = tx.borrow_mut().take() {
                let _ = tx.send(value);
            }
        })
    };
    let on_ok = make(true);
    let on_err = make(false);
    let set = |name: &str, f: Option<&Function>| {
        let value = f.map(|f| JsValue::from(f.clone())).unwrap_or(JsValue::NULL);
        let _ = Reflect::set(target, &JsValue::from_str(&format!("on{name}")), &value);
    };
    set(ok, Some(on_ok.as_ref().unchecked_ref()));
    for e in errs {
        set(e, Some(on_err.as_ref().unchecked_ref()));
    }
    let result = rx.await.unwrap_or(false);
    set(ok, None);
    for e in errs {
        set(e, None);
    }
    if result { Ok(()) } else { Err(()) }
}

/// The result of a request, once it succeeded.
async fn done(request: &IdbRequest) -> Result<JsValue, IdbError> {
    match first_event(request, "success", &["error"]).await {
        Ok(()) => request.result().map_err(storage),
        Err(()) => Err(IdbError::Storage(
            request
                .error()
                .ok()
                .flatten()
                .map(|e| e.message())
                .unwrap_or_else(|| "request failed".into()),
        )),
    }
}

/// Waits until a transaction committed (`complete`), or reports why it did not.
async fn committed(tx: &IdbTransaction) -> Result<(), IdbError> {
    match first_event(tx, "complete", &["error", "abort"]).await {
        Ok(()) => Ok(()),
        Err(()) => Err(IdbError::Storage(
            tx.error()
                .map(|e| e.message())
                .unwrap_or_else(|| "transaction aborted".into()),
        )),
    }
}

/// Opens (creating on first use) the origin's Conclave database.
pub async fn open_db() -> Result<IdbDatabase, IdbError> {
    let factory = web_sys::window()
        .ok_or_else(|| IdbError::Storage("no window".into()))?
        .indexed_db()
        .map_err(storage)?
        .ok_or_else(|| IdbError::Storage("IndexedDB is not available (private mode?)".into()))?;
    let request: IdbOpenDbRequest = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(storage)?;
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_e: JsValue| {
            if let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                let names = db.object_store_names();
                for name in [META, KV] {
                    if !names.contains(name) {
                        let _ = db.create_object_store(name);
                    }
                }
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let result = done(&request).await;
    request.set_onupgradeneeded(None);
    result?.dyn_into::<IdbDatabase>().map_err(storage)
}

/// A transaction over `stores`; `readwrite` ones are strictly durable.
fn transaction(db: &IdbDatabase, stores: &[&str], write: bool) -> Result<IdbTransaction, IdbError> {
    let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
    let mode = JsValue::from_str(if write { "readwrite" } else { "readonly" });
    // `IDBDatabase.transaction(names, mode, {durability})`, called directly: web-sys has the
    // options form only behind its unstable-API flag.
    let options = Object::new();
    let _ = Reflect::set(&options, &"durability".into(), &"strict".into());
    let method: Function = Reflect::get(db, &"transaction".into())
        .map_err(storage)?
        .dyn_into()
        .map_err(storage)?;
    method
        .call3(db, &names, &mode, &options)
        .map_err(storage)?
        .dyn_into::<IdbTransaction>()
        .map_err(storage)
}

fn store(tx: &IdbTransaction, name: &str) -> Result<IdbObjectStore, IdbError> {
    tx.object_store(name).map_err(storage)
}

fn bytes(v: &[u8]) -> JsValue {
    Uint8Array::from(v).into()
}

fn to_bytes(v: &JsValue) -> Option<Vec<u8>> {
    if let Some(a) = v.dyn_ref::<Uint8Array>() {
        return Some(a.to_vec());
    }
    v.dyn_ref::<js_sys::ArrayBuffer>()
        .map(|b| Uint8Array::new(b).to_vec())
}

/// A value of `meta`.
pub async fn meta_get(db: &IdbDatabase, name: &str) -> Result<JsValue, IdbError> {
    let tx = transaction(db, &[META], false)?;
    let request = store(&tx, META)?
        .get(&JsValue::from_str(name))
        .map_err(storage)?;
    done(&request).await
}

/// The device record (JSON text), when this browser holds a device.
pub async fn device_record(db: &IdbDatabase) -> Result<Option<String>, IdbError> {
    Ok(meta_get(db, "device").await?.as_string())
}

/// Writes `meta` entries in one durable transaction.
pub async fn meta_put(db: &IdbDatabase, entries: &[(&str, JsValue)]) -> Result<(), IdbError> {
    let tx = transaction(db, &[META], true)?;
    let meta = store(&tx, META)?;
    for (name, value) in entries {
        meta.put_with_key(value, &JsValue::from_str(name))
            .map_err(storage)?;
    }
    committed(&tx).await
}

/// Removes everything this origin stored for Conclave.
pub async fn wipe(db: &IdbDatabase) -> Result<(), IdbError> {
    let tx = transaction(db, &[META, KV], true)?;
    store(&tx, META)?.clear().map_err(storage)?;
    store(&tx, KV)?.clear().map_err(storage)?;
    committed(&tx).await
}

/// A handle on the encrypted state (cheap to clone: the messenger owns one, the page's client
/// keeps another for its own keys, which the engine never touches).
#[derive(Clone)]
pub struct IdbStore(Rc<StoreInner>);

struct StoreInner {
    db: IdbDatabase,
    cipher: StateCipher,
}

impl IdbStore {
    /// A new, empty state protected by `passphrase` (anything stored before is removed).
    pub async fn create(db: IdbDatabase, passphrase: &str) -> Result<Self, IdbError> {
        wipe(&db).await?;
        let salt = StateCipher::fresh_salt();
        let key = derive_key(passphrase, &salt).map_err(|e| IdbError::Storage(e.to_string()))?;
        let cipher = StateCipher::new(&key);
        meta_put(
            &db,
            &[
                ("salt", bytes(&salt)),
                ("check", bytes(&cipher.check_value())),
            ],
        )
        .await?;
        Ok(IdbStore(Rc::new(StoreInner { db, cipher })))
    }

    /// Opens the state; a wrong passphrase is refused (by the check value).
    pub async fn unlock(db: IdbDatabase, passphrase: &str) -> Result<Self, IdbError> {
        let salt = to_bytes(&meta_get(&db, "salt").await?)
            .ok_or_else(|| IdbError::Corrupt("no salt".into()))?;
        let check = to_bytes(&meta_get(&db, "check").await?)
            .ok_or_else(|| IdbError::Corrupt("no check value".into()))?;
        let key = derive_key(passphrase, &salt).map_err(|e| IdbError::Storage(e.to_string()))?;
        let cipher = StateCipher::new(&key);
        if !cipher.matches_check(&check) {
            return Err(IdbError::WrongPassphrase);
        }
        Ok(IdbStore(Rc::new(StoreInner { db, cipher })))
    }

    pub fn db(&self) -> &IdbDatabase {
        &self.0.db
    }

    /// Every stored pair, decrypted.
    pub async fn load_all(&self) -> Result<Vec<(Vec<u8>, Vec<u8>)>, IdbError> {
        let tx = transaction(&self.0.db, &[KV], false)?;
        let kv = store(&tx, KV)?;
        let keys_request = kv.get_all_keys().map_err(storage)?;
        let values_request = kv.get_all().map_err(storage)?;
        let keys: Array = done(&keys_request).await?.unchecked_into();
        let values: Array = done(&values_request).await?.unchecked_into();
        if keys.length() != values.length() {
            return Err(IdbError::Corrupt("keys and values differ in number".into()));
        }
        let mut out = Vec::with_capacity(keys.length() as usize);
        for (k, v) in keys.iter().zip(values.iter()) {
            let k = to_bytes(&k).ok_or_else(|| IdbError::Corrupt("a key is not bytes".into()))?;
            let v = to_bytes(&v).ok_or_else(|| IdbError::Corrupt("a value is not bytes".into()))?;
            let v = self
                .0
                .cipher
                .open(&k, &v)
                .map_err(|_| IdbError::Corrupt("a value failed to decrypt".into()))?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// Writes (`None` deletes) in one durable transaction.
    pub async fn write(&self, changes: &[Change]) -> Result<(), IdbError> {
        if changes.is_empty() {
            return Ok(());
        }
        let tx = transaction(&self.0.db, &[KV], true)?;
        let kv = store(&tx, KV)?;
        for (k, v) in changes {
            let key = bytes(k);
            match v {
                Some(v) => kv
                    .put_with_key(&bytes(&self.0.cipher.seal(k, v)), &key)
                    .map(|_| ()),
                None => kv.delete(&key).map(|_| ()),
            }
            .map_err(storage)?;
        }
        committed(&tx).await
    }
}

impl StateStore for IdbStore {
    async fn apply(&mut self, changes: &[Change]) -> Result<(), StateError> {
        Ok(self.write(changes).await?)
    }
}
