//! What the page calls: set-up (join with an invitation, link as a device, unlock) and a
//! [`WebClient`] around the shared [`Messenger`], with a live loop that reconnects.
//!
//! Every operation takes the messenger's lock (an async mutex: the UI and the live loop never
//! interleave inside one operation), then hands the events it gathered to the page's listener.
//! Values cross to JavaScript as JSON objects with a small, stable shape (see `view.rs`).

use std::{
    cell::{Cell, RefCell},
    rc::{Rc, Weak},
    time::Duration,
};

use conclave_client::{Auth, ClientError, Transport, messenger::Messenger};
use conclave_client_core::{DeviceKey, Engine, Event, envelope::Content};
use conclave_proto::{
    DeviceId, ErrorCode, GroupId, LinkKind, Request, Response, SecretCode, ServerLink, SessionInfo,
    Username, WireError,
};
use futures_util::{
    future::{Either, select},
    lock::Mutex,
};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, spawn_local};
use zeroize::Zeroizing;

use crate::{
    idb::{self, IdbError, IdbStore},
    timer::sleep,
    view,
    ws::{self, Bell, WsTransport},
};

pub(crate) type WebMessenger = Messenger<WsTransport, IdbStore>;

/// The device key's place in the encrypted state (the same as the CLI's).
const DEVICE_KEY: &[u8] = b"device/key";
/// The last session info the server gave (account expiry, quota), for showing offline.
const SESSION_KEY: &[u8] = b"web/session";
const RECONNECT_DELAY_MAX: Duration = Duration::from_secs(30);
/// The live loop syncs at least this often even without a push.
const SYNC_INTERVAL: Duration = Duration::from_secs(30);
const PASSPHRASE_CHARS_MIN: usize = 8;

// ----------------------------------------------------------------------------- errors

/// An error for the page: `message` for people, `code` for the UI's decisions.
pub struct WebError {
    code: &'static str,
    message: String,
    /// The form field the error is about (ledger forms), for the page to mark.
    field: Option<&'static str>,
    /// The server's error code when the server refused (`ErrorCode`'s number), for the page
    /// to word the refusal in the member's language (`serverErrorText`).
    server_code: Option<u16>,
}

impl WebError {
    pub(crate) fn new(code: &'static str, message: impl Into<String>) -> Self {
        WebError {
            code,
            message: message.into(),
            field: None,
            server_code: None,
        }
    }
    pub(crate) fn into_js(self) -> JsValue {
        let e = js_sys::Error::new(&self.message);
        let _ = js_sys::Reflect::set(&e, &"code".into(), &self.code.into());
        if let Some(field) = self.field {
            let _ = js_sys::Reflect::set(&e, &"field".into(), &field.into());
        }
        if let Some(code) = self.server_code {
            let _ = js_sys::Reflect::set(&e, &"server_code".into(), &code.into());
        }
        e.into()
    }
}

impl From<conclave_client_core::ledger::FormError> for WebError {
    fn from(e: conclave_client_core::ledger::FormError) -> Self {
        WebError {
            code: "invalid",
            field: Some(e.field).filter(|f| !f.is_empty()),
            message: e.message,
            server_code: None,
        }
    }
}

impl From<IdbError> for WebError {
    fn from(e: IdbError) -> Self {
        let code = match e {
            IdbError::WrongPassphrase => "wrong_passphrase",
            _ => "storage",
        };
        WebError::new(code, e.to_string())
    }
}

impl From<ClientError> for WebError {
    fn from(e: ClientError) -> Self {
        let code = match e.code() {
            Some(ErrorCode::AccountExpired) => "expired",
            Some(_) => "refused",
            None => "offline",
        };
        WebError {
            server_code: e.code().map(ErrorCode::to_u16),
            ..WebError::new(code, e.to_string())
        }
    }
}

impl From<conclave_client::messenger::MessengerError> for WebError {
    fn from(e: conclave_client::messenger::MessengerError) -> Self {
        use conclave_client::messenger::MessengerError as M;
        match e {
            M::Client(c) => c.into(),
            M::Refused(r) => WebError::new("refused", crate::errors::phrase_text(&r.message)),
            other => WebError::new("failed", other.to_string()),
        }
    }
}

impl From<conclave_client_core::EngineError> for WebError {
    fn from(e: conclave_client_core::EngineError) -> Self {
        WebError::new("failed", e.to_string())
    }
}

pub type WebResult<T> = Result<T, WebError>;

pub(crate) fn invalid(message: impl Into<String>) -> WebError {
    WebError::new("invalid", message)
}

pub(crate) fn js_json(v: &Value) -> JsValue {
    js_sys::JSON::parse(&v.to_string()).unwrap_or(JsValue::NULL)
}

// ----------------------------------------------------------------------------- set-up

/// The WebSocket of the server that served this page: the web app talks to its own origin.
fn ws_url() -> WebResult<String> {
    let location = web_sys::window()
        .ok_or_else(|| invalid("no window"))?
        .location();
    let host = location
        .host()
        .map_err(|_| invalid("the page has no host"))?;
    Ok(format!(
        "wss://{host}/v1/ws?rev={}",
        conclave_proto::PROTOCOL_REVISION
    ))
}

fn page_host_port() -> WebResult<(String, u16)> {
    let location = web_sys::window()
        .ok_or_else(|| invalid("no window"))?
        .location();
    let host = location
        .hostname()
        .map_err(|_| invalid("the page has no host"))?;
    let port = location
        .port()
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(443);
    Ok((host, port))
}

/// What the browser keeps in the clear about its device (like the CLI's `device.json`).
struct DeviceRecord {
    username: Username,
    account_id: u64,
    device_id: DeviceId,
    device_name: String,
}

impl DeviceRecord {
    fn to_json(&self) -> String {
        json!({
            "username": self.username.as_str(),
            "account_id": self.account_id,
            "device_id": self.device_id.0,
            "device_name": self.device_name,
        })
        .to_string()
    }

    fn parse(text: &str) -> WebResult<Self> {
        let v: Value = serde_json::from_str(text)
            .map_err(|e| WebError::new("storage", format!("damaged device record: {e}")))?;
        let damaged = || WebError::new("storage", "damaged device record");
        Ok(DeviceRecord {
            username: Username::parse(v["username"].as_str().ok_or_else(damaged)?)
                .map_err(|_| damaged())?,
            account_id: v["account_id"].as_u64().ok_or_else(damaged)?,
            device_id: DeviceId(v["device_id"].as_u64().ok_or_else(damaged)?),
            device_name: v["device_name"].as_str().unwrap_or("browser").to_owned(),
        })
    }
}

fn check_new_passphrase(passphrase: &str) -> WebResult<()> {
    if passphrase.chars().count() < PASSPHRASE_CHARS_MIN {
        return Err(invalid(format!(
            "choose a passphrase of at least {PASSPHRASE_CHARS_MIN} characters"
        )));
    }
    Ok(())
}

fn parse_link(text: &str, want: LinkKind) -> WebResult<ServerLink> {
    let link = ServerLink::parse(text).map_err(|e| invalid(e.to_string()))?;
    if link.kind != want {
        return Err(invalid(match want {
            LinkKind::Join => {
                "this is a device link: use \"Link this browser to an account\" instead"
            }
            LinkKind::Device => "this is an invitation link: use \"Join with an invitation\"",
        }));
    }
    Ok(link)
}

/// The device this browser holds: `null`, or `{username, device_id, device_name}`.
#[wasm_bindgen(js_name = storedDevice)]
pub async fn stored_device() -> Result<JsValue, JsValue> {
    async {
        let db = idb::open_db().await?;
        Ok(match idb::device_record(&db).await? {
            Some(text) => js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL),
            None => JsValue::NULL,
        })
    }
    .await
    .map_err(|e: WebError| e.into_js())
}

/// Checks a pasted link: `{kind: "join"|"device", host, port}`, or an error saying what is wrong.
#[wasm_bindgen(js_name = parseLink)]
pub fn parse_link_js(text: &str) -> Result<JsValue, JsValue> {
    let link = ServerLink::parse(text).map_err(|e| invalid(e.to_string()).into_js())?;
    let kind = match link.kind {
        LinkKind::Join => "join",
        LinkKind::Device => "device",
    };
    Ok(js_json(
        &json!({"kind": kind, "host": link.host, "port": link.port}),
    ))
}

/// Redeems an invitation: creates the account and this browser as its first device.
#[wasm_bindgen]
pub async fn register(
    link: String,
    username: String,
    device_name: String,
    passphrase: String,
) -> Result<WebClient, JsValue> {
    let passphrase = Zeroizing::new(passphrase);
    async {
        let link = parse_link(&link, LinkKind::Join)?;
        let username = Username::parse(username.trim()).map_err(|e| invalid(e.to_string()))?;
        check_new_passphrase(&passphrase)?;
        let device_name = device_name_or_default(&device_name);
        let key = DeviceKey::generate(&mut rand::rngs::OsRng);
        let store = new_state(&key, &passphrase).await?;
        let transport = WsTransport::open(
            &ws_url()?,
            Auth::Register {
                invite: link.code.clone(),
                username: username.as_str(),
                device_name: &device_name,
                key: &key,
            },
        )
        .await?;
        WebClient::first_start(key, store, transport, device_name).await
    }
    .await
    .map_err(WebError::into_js)
}

/// Redeems a device link (`conclave device link` on another device): this browser becomes a
/// new device of that account; the other device then adds it to its conversations.
#[wasm_bindgen(js_name = linkDevice)]
pub async fn link_device(
    link: String,
    device_name: String,
    passphrase: String,
) -> Result<WebClient, JsValue> {
    let passphrase = Zeroizing::new(passphrase);
    async {
        let link = parse_link(&link, LinkKind::Device)?;
        check_new_passphrase(&passphrase)?;
        let device_name = device_name_or_default(&device_name);
        let key = DeviceKey::generate(&mut rand::rngs::OsRng);
        let store = new_state(&key, &passphrase).await?;
        let transport = WsTransport::open(
            &ws_url()?,
            Auth::JoinDevice {
                code: link.code.clone(),
                device_name: &device_name,
                key: &key,
            },
        )
        .await?;
        WebClient::first_start(key, store, transport, device_name).await
    }
    .await
    .map_err(WebError::into_js)
}

fn device_name_or_default(name: &str) -> String {
    match name.trim() {
        "" => "browser".to_owned(),
        n => n.to_owned(),
    }
}

/// A fresh state with the device key in it, before the server knows the key (a failure after
/// this leaves no account behind that the browser cannot use).
async fn new_state(key: &DeviceKey, passphrase: &str) -> WebResult<IdbStore> {
    let db = idb::open_db().await?;
    if let Some(text) = idb::device_record(&db).await? {
        let record = DeviceRecord::parse(&text)?;
        return Err(invalid(format!(
            "this browser already holds the device of {}; remove it first (Account → Remove from this browser)",
            record.username
        )));
    }
    let store = IdbStore::create(db, passphrase).await?;
    store
        .write(&[(DEVICE_KEY.to_vec(), Some(key.secret_bytes().to_vec()))])
        .await?;
    Ok(store)
}

/// Opens this browser's device with its passphrase. A wrong passphrase is refused with
/// `code = "wrong_passphrase"`. Works offline: the history is local; the live loop connects.
#[wasm_bindgen]
pub async fn unlock(passphrase: String) -> Result<WebClient, JsValue> {
    let passphrase = Zeroizing::new(passphrase);
    async {
        let db = idb::open_db().await?;
        let record = match idb::device_record(&db).await? {
            Some(text) => DeviceRecord::parse(&text)?,
            None => return Err(invalid("this browser holds no Conclave device yet")),
        };
        if passphrase.is_empty() {
            return Err(WebError::new("wrong_passphrase", "enter your passphrase"));
        }
        let store = IdbStore::unlock(db, &passphrase).await?;
        let state = store.load_all().await?;
        let key_bytes = state
            .iter()
            .find(|(k, _)| k == DEVICE_KEY)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| WebError::new("storage", "the device key is missing"))?;
        let key_bytes: Zeroizing<[u8; 32]> = Zeroizing::new(
            key_bytes
                .as_slice()
                .try_into()
                .map_err(|_| WebError::new("storage", "malformed device key"))?,
        );
        let key = DeviceKey::from_secret_bytes(&key_bytes);
        let session = state
            .iter()
            .find(|(k, _)| k == SESSION_KEY)
            .and_then(|(_, v)| serde_json::from_slice::<Value>(v).ok());
        let relay_pin = crate::relays::pin_of(&state);
        let engine = Engine::load(record.username.clone(), record.device_id, &key, state)?;
        let (transport, offline_reason) = match WsTransport::open(
            &ws_url()?,
            Auth::Device {
                id: record.device_id,
                key: &key,
            },
        )
        .await
        {
            Ok(t) => (t, None),
            Err(e) => {
                let reason = match &e {
                    ClientError::Server(w) => Some(w.clone()),
                    _ => None,
                };
                let message = e.to_string();
                (
                    WsTransport::offline(record.device_id, reason),
                    Some(message),
                )
            }
        };
        let client = WebClient::assemble(key, record, engine, store, transport, session);
        client.inner.relay_pin.set(relay_pin);
        if let Some(message) = offline_reason {
            let reason = client
                .inner
                .messenger
                .lock()
                .await
                .connection()
                .close_reason();
            match reason.filter(ws::is_final) {
                Some(r) => stop_live(&client.inner, &r),
                None => client.inner.set_status(false, &message),
            }
        } else {
            client.inner.connected().await?;
        }
        Ok(client)
    }
    .await
    .map_err(WebError::into_js)
}

/// Removes this browser's device data (history, keys). The account and other devices stay.
#[wasm_bindgen(js_name = forgetDevice)]
pub async fn forget_device() -> Result<(), JsValue> {
    async {
        let db = idb::open_db().await?;
        idb::wipe(&db).await?;
        Ok(())
    }
    .await
    .map_err(|e: WebError| e.into_js())
}

// ----------------------------------------------------------------------------- the client

pub(crate) struct Inner {
    key: DeviceKey,
    record: DeviceRecord,
    /// The page's own handle on the state, for the keys the engine does not own.
    pub(crate) store: IdbStore,
    pub(crate) messenger: Mutex<WebMessenger>,
    /// The current session's doorbell (replaced on reconnect).
    bell: RefCell<Rc<Bell>>,
    session: RefCell<Option<Value>>,
    listener: RefCell<Option<js_sys::Function>>,
    online: Cell<bool>,
    /// "online", "offline", or why the live loop stopped: "expired", "replaced", "refused".
    state: Cell<&'static str>,
    status: RefCell<String>,
    /// The server's error code behind `status` when the server refused (see `WebError`).
    status_code: Cell<Option<u16>>,
    /// The live loop is running.
    live: Cell<bool>,
    /// The page closed this client: the live loop ends.
    closed: Cell<bool>,
    /// The relay directory key pinned on first use (see `relays.rs`).
    pub(crate) relay_pin: Cell<Option<[u8; 32]>>,
    /// Who types where, and what this page told the others (see `typing.rs`).
    pub(crate) typing: RefCell<crate::typing::TypingState>,
}

impl Inner {
    pub(crate) fn emit(&self, event: Value) {
        if let Some(f) = self.listener.borrow().as_ref()
            && let Err(e) = f.call1(&JsValue::NULL, &js_json(&event))
        {
            tracing::warn!(error = %ws::js_text(&e), "the page's listener failed");
        }
    }

    pub(crate) fn emit_events(&self, m: &WebMessenger, events: Vec<Event>) {
        for e in events {
            self.emit(view::event(m, &e));
            // A message from someone typing there ends their "typing".
            if let Event::Message(msg) = &e
                && self.typing.borrow_mut().seen.on_stored(msg)
            {
                self.emit_typing(&msg.group);
            }
        }
    }

    fn set_status(&self, online: bool, message: &str) {
        let state = if online { "online" } else { "offline" };
        self.set_state(online, state, message, None);
    }

    fn set_state(&self, online: bool, state: &'static str, message: &str, code: Option<u16>) {
        self.online.set(online);
        self.state.set(state);
        *self.status.borrow_mut() = message.to_owned();
        self.status_code.set(code);
        self.emit(json!({
            "type": "status", "online": online, "state": state, "message": message,
            "status_code": code,
        }));
    }

    fn account(&self) -> Value {
        let mut v = json!({
            "username": self.record.username.as_str(),
            "account_id": self.record.account_id,
            "device_id": self.record.device_id.0,
            "device_name": self.record.device_name,
            "online": self.online.get(),
            "state": self.state.get(),
            "status": *self.status.borrow(),
            "status_code": self.status_code.get(),
        });
        if let Some(s) = self.session.borrow().as_ref() {
            for k in ["is_admin", "created_at", "expires_at", "invites_left"] {
                v[k] = s[k].clone();
            }
        }
        v
    }

    /// Keeps the server's view of the account (expiry, quota), also for showing it offline.
    async fn store_session(&self, info: &SessionInfo) -> WebResult<()> {
        let a = &info.account;
        let v = json!({
            "is_admin": a.is_admin,
            "created_at": a.created_at.0,
            "expires_at": a.expires_at.0,
            "invites_left": a.invites_left,
        });
        *self.session.borrow_mut() = Some(v.clone());
        self.store
            .write(&[(SESSION_KEY.to_vec(), Some(v.to_string().into_bytes()))])
            .await?;
        self.emit(json!({"type": "account", "account": self.account()}));
        Ok(())
    }

    /// After a (re)connect: recover interrupted commits, top up key packages, catch up.
    async fn connected(&self) -> WebResult<()> {
        let mut m = self.messenger.lock().await;
        *self.bell.borrow_mut() = m.connection().bell();
        let info = m.connection().info().cloned();
        let events = m.start().await?;
        self.emit_events(&m, events);
        drop(m);
        if let Some(info) = info {
            self.store_session(&info).await?;
        }
        self.set_status(true, "connected");
        Ok(())
    }

    /// Opens a new session as this device (or with a renewal code).
    async fn open_session(&self, renewal: Option<SecretCode>) -> Result<WsTransport, ClientError> {
        let url = ws_url().map_err(|e| ClientError::Connect {
            addr: "page".into(),
            reason: e.message,
        })?;
        let id = self.record.device_id;
        let auth = match renewal {
            Some(code) => Auth::Renew {
                id,
                key: &self.key,
                code,
            },
            None => Auth::Device { id, key: &self.key },
        };
        WsTransport::open(&url, auth).await
    }
}

/// Reads pushes and reconnects, as long as the page holds the client.
async fn live_loop(weak: Weak<Inner>) {
    let mut delay = Duration::from_secs(1);
    let mut last_sync = Since::now();
    loop {
        let Some(bell) = weak.upgrade().map(|i| i.bell.borrow().clone()) else {
            return;
        };
        // Wake for the queue, a signal, the periodic sync, or shown typing running out.
        let wait = weak
            .upgrade()
            .and_then(|i| i.typing_expires_in())
            .map_or(SYNC_INTERVAL, |d| d.min(SYNC_INTERVAL));
        let queued = match select(std::pin::pin!(bell.wait()), std::pin::pin!(sleep(wait))).await {
            Either::Left((queued, _)) => queued,
            Either::Right(_) => false,
        };
        let Some(inner) = weak.upgrade().filter(|i| !i.closed.get()) else {
            return;
        };
        let mut m = inner.messenger.lock().await;
        inner.take_signals(&mut m);
        let due = queued || last_sync.elapsed_ms() >= SYNC_INTERVAL.as_millis() as i64;
        if !due && !m.connection().is_closed() {
            continue;
        }
        last_sync = Since::now();
        if !m.connection().is_closed() {
            match m.sync().await {
                Ok(events) => {
                    inner.emit_events(&m, events);
                    continue;
                }
                Err(e) => {
                    let events = m.take_events();
                    inner.emit_events(&m, events);
                    if !m.connection().is_closed() {
                        inner.emit(json!({"type": "error", "message": e.to_string()}));
                        continue;
                    }
                }
            }
        }
        // The session is gone: say why, and come back unless the user must act.
        let reason = m.connection().close_reason();
        drop(m);
        if let Some(r) = reason.as_ref().filter(|r| ws::is_final(r)) {
            stop_live(&inner, r);
            return;
        }
        if inner.online.get() {
            inner.set_status(false, "connection lost; reconnecting…");
        }
        drop(inner);
        sleep(delay).await;
        let Some(inner) = weak.upgrade().filter(|i| !i.closed.get()) else {
            return;
        };
        match inner.open_session(None).await {
            Ok(t) => {
                delay = Duration::from_secs(1);
                let old = inner.messenger.lock().await.replace_connection(t);
                drop(old);
                if let Err(e) = inner.connected().await {
                    inner.emit(json!({"type": "error", "message": e.message}));
                }
            }
            Err(ClientError::Server(w)) if ws::is_final(&w) => {
                stop_live(&inner, &w);
                return;
            }
            Err(e) => {
                inner.set_status(false, &format!("offline: {e}"));
                delay = (delay * 2).min(RECONNECT_DELAY_MAX);
            }
        }
    }
}

/// A moment on the browser's clock, to measure time since.
struct Since(i64);

impl Since {
    fn now() -> Self {
        Since(conclave_client::messenger::now().0)
    }
    fn elapsed_ms(&self) -> i64 {
        conclave_client::messenger::now().0.saturating_sub(self.0)
    }
}

fn stop_live(inner: &Inner, reason: &WireError) {
    inner.live.set(false);
    let state = match reason.code {
        ErrorCode::AccountExpired => "expired",
        ErrorCode::Forbidden => "replaced",
        _ => "refused",
    };
    inner.set_state(false, state, &reason.message, Some(reason.code.to_u16()));
}

fn start_live(inner: &Rc<Inner>) {
    if !inner.live.replace(true) {
        spawn_local(live_loop(Rc::downgrade(inner)));
    }
}

/// One unlocked device in this page.
#[wasm_bindgen]
pub struct WebClient {
    pub(crate) inner: Rc<Inner>,
}

impl WebClient {
    fn assemble(
        key: DeviceKey,
        record: DeviceRecord,
        engine: Engine,
        store: IdbStore,
        transport: WsTransport,
        session: Option<Value>,
    ) -> Self {
        let bell = transport.bell();
        let online = transport.info().is_some();
        WebClient {
            inner: Rc::new(Inner {
                key,
                record,
                store: store.clone(),
                messenger: Mutex::new(Messenger::new(transport, engine, store)),
                bell: RefCell::new(bell),
                session: RefCell::new(session),
                listener: RefCell::new(None),
                online: Cell::new(online),
                state: Cell::new(if online { "online" } else { "offline" }),
                status: RefCell::new(String::new()),
                status_code: Cell::new(None),
                live: Cell::new(false),
                closed: Cell::new(false),
                relay_pin: Cell::new(None),
                typing: RefCell::default(),
            }),
        }
    }

    /// A device the server just accepted (registration or device link).
    async fn first_start(
        key: DeviceKey,
        store: IdbStore,
        transport: WsTransport,
        device_name: String,
    ) -> WebResult<Self> {
        let info = transport
            .info()
            .cloned()
            .ok_or_else(|| WebError::new("offline", "not connected"))?;
        let record = DeviceRecord {
            username: info.account.username.clone(),
            account_id: info.account.id.0,
            device_id: info.device,
            device_name,
        };
        idb::meta_put(
            store.db(),
            &[("device", JsValue::from_str(&record.to_json()))],
        )
        .await?;
        let engine = Engine::new(record.username.clone(), record.device_id, &key);
        let client = WebClient::assemble(key, record, engine, store, transport, None);
        client.inner.connected().await?;
        Ok(client)
    }

    /// Runs `op` with the messenger locked, then hands out the events it gathered.
    pub(crate) fn with_messenger<F, Fut>(&self, op: F) -> js_sys::Promise
    where
        F: FnOnce(Rc<Inner>) -> Fut + 'static,
        Fut: std::future::Future<Output = WebResult<Value>> + 'static,
    {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let result = op(inner.clone()).await;
            let mut m = inner.messenger.lock().await;
            let events = m.take_events();
            inner.emit_events(&m, events);
            drop(m);
            result.map(|v| js_json(&v)).map_err(WebError::into_js)
        })
    }
}

fn username(text: &str) -> WebResult<Username> {
    Username::parse(text.trim()).map_err(|e| invalid(e.to_string()))
}

fn usernames(list: &[String]) -> WebResult<Vec<Username>> {
    list.iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(username)
        .collect()
}

pub(crate) fn group_of(m: &WebMessenger, hex: &str) -> WebResult<GroupId> {
    m.engine()
        .conversations()
        .find(|c| c.group.to_hex() == hex)
        .map(|c| c.group.clone())
        .ok_or_else(|| invalid("you are not in this conversation"))
}

#[wasm_bindgen]
impl WebClient {
    /// `listener(event)` is called for every event: `{type: "message"|"membership"|"joined"|
    /// "removed"|"status"|"account"|"error", …}`.
    #[wasm_bindgen(js_name = setListener)]
    pub fn set_listener(&self, listener: js_sys::Function) {
        *self.inner.listener.borrow_mut() = Some(listener);
    }

    /// Starts receiving live (and reconnecting when the connection drops).
    #[wasm_bindgen(js_name = startLive)]
    pub fn start_live(&self) {
        start_live(&self.inner);
    }

    pub fn account(&self) -> JsValue {
        js_json(&self.inner.account())
    }

    /// The conversations, most recently active first.
    pub fn conversations(&self) -> js_sys::Promise {
        self.with_messenger(|inner| async move {
            let m = inner.messenger.lock().await;
            Ok(view::conversations(&m))
        })
    }

    /// A conversation's history, in server order.
    pub fn history(&self, group: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            Ok(view::history(&m, &g))
        })
    }

    /// Members (accounts with their devices), epoch, and the epoch authenticator.
    pub fn members(&self, group: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            view::members(&m, &g)
        })
    }

    /// Sends a text message; returns the history entry.
    pub fn send(&self, group: String, text: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            if text.trim().is_empty() {
                return Err(invalid("the message is empty"));
            }
            let mut m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let sent = m.send(&g, Content::Text { text }).await?;
            Ok(view::message(&m, &sent))
        })
    }

    /// A grant for the blob routes: `{token: hex (Authorization: Conclave-Grant …), expires_at
    /// (ms), blob_bytes_max, ttl_secs}`.
    #[wasm_bindgen(js_name = blobGrant)]
    pub fn blob_grant(&self) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            let g = m.blob_grant().await?;
            Ok(json!({
                "token": crate::files::hex(&g.token),
                "expires_at": g.expires_at.0,
                "blob_bytes_max": g.blob_bytes_max,
                "ttl_secs": g.ttl_secs,
            }))
        })
    }

    /// Sends a finished upload (see [`crate::files`]) as a file message; returns the entry.
    #[wasm_bindgen(js_name = sendFile)]
    pub fn send_file(
        &self,
        group: String,
        upload: &crate::files::Upload,
    ) -> Result<js_sys::Promise, JsValue> {
        let file = upload.attachment()?;
        Ok(self.with_messenger(move |inner| async move {
            let mut m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let sent = m.send_attachment(&g, &file).await?;
            Ok(view::message(&m, &sent))
        }))
    }

    /// How many devices will fetch a file sent to `group` now (for the upload's `finish`).
    #[wasm_bindgen(js_name = fileRecipients)]
    pub fn file_recipients(&self, group: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            Ok(json!(m.file_recipients(&g)?))
        })
    }

    /// The [`crate::files::Download`] of the file message at `seq` in `group`.
    pub fn download(&self, group: String, seq: f64) -> js_sys::Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            let seq = crate::files::bytes_of(seq)?;
            let m = inner.messenger.lock().await;
            let g = group_of(&m, &group).map_err(WebError::into_js)?;
            let file = m
                .engine()
                .history(&g)
                .iter()
                .find(|h| h.seq == seq)
                .and_then(view::attachment_of)
                .ok_or_else(|| invalid("no such file").into_js())?;
            Ok(crate::files::Download::new(&file).into())
        })
    }

    /// The 1:1 conversation with `peer` (created on first use); returns its group id.
    #[wasm_bindgen(js_name = startDirect)]
    pub fn start_direct(&self, peer: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let peer = username(&peer)?;
            let mut m = inner.messenger.lock().await;
            let g = m.direct(&peer).await?;
            Ok(json!(g.to_hex()))
        })
    }

    /// Creates a named group with these members; returns its group id.
    #[wasm_bindgen(js_name = createGroup)]
    pub fn create_group(&self, name: String, members: Vec<String>) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let name = name.trim().trim_start_matches('#').to_owned();
            if name.is_empty() || name.chars().count() > 64 || name.chars().any(char::is_control) {
                return Err(invalid("a group name is 1 to 64 characters"));
            }
            let members = usernames(&members)?;
            let mut m = inner.messenger.lock().await;
            let g = m.create_group(&name, &members).await?;
            Ok(json!(g.to_hex()))
        })
    }

    /// Adds every device of these accounts.
    #[wasm_bindgen(js_name = addMembers)]
    pub fn add_members(&self, group: String, users: Vec<String>) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let users = usernames(&users)?;
            if users.is_empty() {
                return Err(invalid("name at least one member"));
            }
            let mut m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            let changed = m.add_accounts(&g, &users).await?.is_some();
            Ok(json!({"changed": changed}))
        })
    }

    /// Removes every device of these accounts.
    #[wasm_bindgen(js_name = removeMembers)]
    pub fn remove_members(&self, group: String, users: Vec<String>) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let users = usernames(&users)?;
            let mut m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            m.remove_accounts(&g, &users).await?;
            Ok(Value::Null)
        })
    }

    /// Leaves a conversation on every device of this account.
    pub fn leave(&self, group: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let mut m = inner.messenger.lock().await;
            let g = group_of(&m, &group)?;
            m.leave(&g).await?;
            Ok(Value::Null)
        })
    }

    /// An account's devices: `[{id, name, created_at, this}]`.
    pub fn devices(&self, user: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let user = username(&user)?;
            let m = inner.messenger.lock().await;
            let me = m.me().device;
            let devices = m.devices(&user).await?;
            Ok(Value::Array(
                devices
                    .iter()
                    .map(|d| {
                        json!({"id": d.id.0, "name": d.name.as_str(), "created_at": d.created_at.0, "this": d.id == me})
                    })
                    .collect(),
            ))
        })
    }

    /// `{number, status: "verified"|"changed"|"unverified"}` for a contact.
    #[wasm_bindgen(js_name = safetyNumber)]
    pub fn safety_number(&self, peer: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let peer = username(&peer)?;
            let m = inner.messenger.lock().await;
            let (number, status) = m.safety_number(&peer).await?;
            let status = match status {
                Some(true) => "changed",
                Some(false) => "verified",
                None => "unverified",
            };
            Ok(json!({"number": number, "status": status}))
        })
    }

    /// Marks a contact's current keys as verified.
    pub fn verify(&self, peer: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let peer = username(&peer)?;
            let mut m = inner.messenger.lock().await;
            m.verify(&peer).await?;
            Ok(Value::Null)
        })
    }

    /// Creates an invitation within the quota: `{id, uses, expires_at, link, cli_link}`.
    /// `fingerprint` (hex, from the server's `/v1/info`) goes into the CLI form of the link.
    #[wasm_bindgen(js_name = createInvite)]
    pub fn create_invite(
        &self,
        uses: u32,
        expires_secs: u32,
        fingerprint: Option<String>,
    ) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            let created = match m
                .connection()
                .request(Request::InviteCreate {
                    uses,
                    expires_in_secs: u64::from(expires_secs),
                })
                .await?
            {
                Response::InviteCreated(c) => c,
                _ => return Err(WebError::new("failed", "unexpected answer from the server")),
            };
            let info = m.connection().info().cloned();
            drop(m);
            let (host, port) = page_host_port()?;
            let link = ServerLink {
                kind: LinkKind::Join,
                host,
                port,
                code: created.code.clone(),
                fingerprint: fingerprint
                    .as_deref()
                    .and_then(conclave_proto::Fingerprint::parse_hex),
                // The browser knows only the server that served it.
                alternates: Vec::new(),
            };
            let web_link = link.to_web_url();
            // The quota changed: refresh what the account view shows.
            if let Some(mut info) = info {
                info.account.invites_left = info
                    .account
                    .invites_left
                    .map(|n| n.saturating_sub(created.uses));
                inner.store_session(&info).await?;
            }
            Ok(json!({
                "id": created.id,
                "uses": created.uses,
                "expires_at": created.expires_at.0,
                "link": web_link,
                "cli_link": link.to_string(),
            }))
        })
    }

    /// This account's invitations.
    pub fn invites(&self) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            match m.connection().request(Request::InviteList).await? {
                Response::Invites(list) => {
                    Ok(view::invites(&list, conclave_client::messenger::now()))
                }
                _ => Err(WebError::new("failed", "unexpected answer from the server")),
            }
        })
    }

    /// Refreshes the account (expiry, quota) from the server.
    #[wasm_bindgen(js_name = refreshAccount)]
    pub fn refresh_account(&self) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let m = inner.messenger.lock().await;
            let info = match m.connection().request(Request::WhoAmI).await? {
                Response::WhoAmI(info) => info,
                _ => return Err(WebError::new("failed", "unexpected answer from the server")),
            };
            drop(m);
            inner.store_session(&info).await?;
            Ok(inner.account())
        })
    }

    /// Redeems a renewal code (also after the account expired); returns the account.
    pub fn renew(&self, code: String) -> js_sys::Promise {
        self.with_messenger(move |inner| async move {
            let code = SecretCode::parse(code.trim())
                .ok_or_else(|| invalid("this is not a renewal code"))?;
            let transport = inner.open_session(Some(code)).await?;
            let old = inner.messenger.lock().await.replace_connection(transport);
            drop(old);
            inner.connected().await?;
            start_live(&inner);
            Ok(inner.account())
        })
    }

    /// Closes the session (the page is being locked or closed).
    pub fn close(&self) -> js_sys::Promise {
        let inner = self.inner.clone();
        future_to_promise(async move {
            inner.closed.set(true);
            inner.listener.borrow_mut().take();
            let mut m = inner.messenger.lock().await;
            let old = m.replace_connection(WsTransport::offline(inner.record.device_id, None));
            old.close().await;
            Ok(JsValue::UNDEFINED)
        })
    }
}
