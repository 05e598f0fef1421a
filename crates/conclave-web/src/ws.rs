//! The browser's [`Transport`]: one WebSocket session to the server that served the page.
//!
//! Same protocol as the native `Connection`: `Hello` → one of the [`Auth`] frames → `Ready`, then
//! `Request`s answered by `Response`s (matched by id) and pushed `Deliver`s, which only ring the
//! [`Bell`]: the messenger reads the queue itself. The browser's own TLS stack carries it; the
//! page and the socket share one origin, so what the user's browser trusts for the page is what
//! protects the session.

use std::{
    cell::{Cell, RefCell},
    collections::{HashMap, VecDeque},
    future::Future,
    pin::pin,
    rc::Rc,
    task::{Poll, Waker},
    time::Duration,
};

use conclave_client::{Auth, ClientError, Transport};
use conclave_proto::{
    ClientFrame, CodecError, DeviceId, Ephemeral, ErrorCode, Request, RequestId, Response,
    ServerFrame, SessionInfo, WireError, decode_server, encode,
};
use futures_channel::{mpsc, oneshot};
use futures_util::{
    StreamExt,
    future::{Either, select},
};
use wasm_bindgen::{JsCast, prelude::*};
use web_sys::{BinaryType, CloseEvent, Event, MessageEvent, WebSocket};

use crate::timer::sleep;

const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(20);

/// A doorbell: rung by pushes, and for good when the session closes.
#[derive(Default)]
pub struct Bell {
    rung: Cell<bool>,
    /// An ephemeral signal arrived (nothing to fetch from the queue for it).
    signalled: Cell<bool>,
    closed: Cell<bool>,
    wakers: RefCell<Vec<Waker>>,
}

impl Bell {
    fn ring(&self) {
        self.rung.set(true);
        self.wake();
    }

    fn signal(&self) {
        self.signalled.set(true);
        self.wake();
    }

    fn close(&self) {
        self.closed.set(true);
        self.wake();
    }

    fn wake(&self) {
        for w in self.wakers.take() {
            w.wake();
        }
    }

    /// Resolves once the bell rang or a signal came since the last wait, or the session is
    /// closed; `true` when the queue has something (or the session closed), `false` for a
    /// signal alone.
    pub fn wait(self: Rc<Self>) -> impl Future<Output = bool> {
        std::future::poll_fn(move |cx| {
            let signalled = self.signalled.replace(false);
            if self.closed.get() || self.rung.replace(false) {
                return Poll::Ready(true);
            }
            if signalled {
                return Poll::Ready(false);
            }
            let mut wakers = self.wakers.borrow_mut();
            if !wakers.iter().any(|w| w.will_wake(cx.waker())) {
                wakers.push(cx.waker().clone());
            }
            Poll::Pending
        })
    }
}

type Waiters = HashMap<RequestId, oneshot::Sender<Result<Response, WireError>>>;

/// What the socket's callbacks share with the transport.
struct Shared {
    /// Frames go here until the session is `Ready`.
    handshake: RefCell<Option<mpsc::UnboundedSender<ServerFrame>>>,
    /// `None` once the session is gone: every waiter failed, new requests fail at once.
    pending: RefCell<Option<Waiters>>,
    closed_reason: RefCell<Option<WireError>>,
    bell: Rc<Bell>,
    /// Ephemeral signals (typing) pushed and not taken yet; the oldest go first when full.
    ephemeral: RefCell<VecDeque<Ephemeral>>,
}

/// Ephemeral signals held until the live loop takes them.
const EPHEMERAL_HELD_MAX: usize = 64;

impl Shared {
    fn on_frame(&self, bytes: &[u8]) {
        let frame = match decode_server(bytes) {
            Ok(f) => f,
            // A newer server's kind of frame: nothing this page can use.
            Err(CodecError::UnknownKind { kind }) => {
                return tracing::debug!(kind, "skipping a kind of frame this page lacks");
            }
            Err(e) => {
                tracing::warn!(error = %e, "undecodable frame from the server");
                return self.on_closed(None);
            }
        };
        if let Some(tx) = self.handshake.borrow().as_ref() {
            let _ = tx.unbounded_send(frame);
            return;
        }
        match frame {
            ServerFrame::Response { id, result } => {
                let waiter = self
                    .pending
                    .borrow_mut()
                    .as_mut()
                    .and_then(|w| w.remove(&id));
                if let Some(waiter) = waiter {
                    let _ = waiter.send(result);
                }
            }
            ServerFrame::Deliver(_) => self.bell.ring(),
            ServerFrame::Ephemeral(e) => {
                let mut held = self.ephemeral.borrow_mut();
                if held.len() >= EPHEMERAL_HELD_MAX {
                    held.pop_front();
                }
                held.push_back(e);
                drop(held);
                self.bell.signal();
            }
            ServerFrame::Fatal(e) => self.on_closed(Some(e)),
            _ => tracing::warn!("unexpected frame after authentication"),
        }
    }

    fn on_closed(&self, reason: Option<WireError>) {
        if reason.is_some() {
            *self.closed_reason.borrow_mut() = reason;
        }
        self.handshake.borrow_mut().take();
        self.pending.borrow_mut().take();
        self.bell.close();
    }
}

/// The socket and the callbacks it calls (kept alive as long as the socket is in use).
struct Socket {
    ws: WebSocket,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_close: Closure<dyn FnMut(CloseEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

impl Drop for Socket {
    fn drop(&mut self) {
        // Detach first: the closures are freed with `self`, the socket may still fire.
        self.ws.set_onmessage(None);
        self.ws.set_onclose(None);
        self.ws.set_onerror(None);
        let _ = self.ws.close();
    }
}

pub struct WsTransport {
    device: DeviceId,
    info: Option<SessionInfo>,
    /// The server's protocol revision, from its `Hello` (1 while offline: nothing newer is
    /// sent anyway).
    server_revision: u8,
    shared: Rc<Shared>,
    socket: Option<Socket>,
    next_id: Cell<u64>,
}

fn closed_error(reason: Option<WireError>) -> ClientError {
    ClientError::Closed(reason)
}

impl WsTransport {
    /// Connects to `url` (`wss://…/v1/ws`) and authenticates.
    pub async fn open(url: &str, auth: Auth<'_>) -> Result<Self, ClientError> {
        let connect = |reason: String| ClientError::Connect {
            addr: url.to_owned(),
            reason,
        };
        let ws = WebSocket::new(url).map_err(|e| connect(js_text(&e)))?;
        ws.set_binary_type(BinaryType::Arraybuffer);
        let (hs_tx, mut hs_rx) = mpsc::unbounded();
        let shared = Rc::new(Shared {
            handshake: RefCell::new(Some(hs_tx)),
            pending: RefCell::new(Some(HashMap::new())),
            closed_reason: RefCell::new(None),
            bell: Rc::new(Bell::default()),
            ephemeral: RefCell::default(),
        });
        let on_message = {
            let shared = shared.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                if let Ok(buf) = e.data().dyn_into::<js_sys::ArrayBuffer>() {
                    shared.on_frame(&js_sys::Uint8Array::new(&buf).to_vec());
                }
            })
        };
        let on_close = {
            let shared = shared.clone();
            Closure::<dyn FnMut(CloseEvent)>::new(move |_e: CloseEvent| shared.on_closed(None))
        };
        let on_error = {
            let shared = shared.clone();
            Closure::<dyn FnMut(Event)>::new(move |_e: Event| shared.on_closed(None))
        };
        ws.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        ws.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        ws.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let socket = Socket {
            ws,
            _on_message: on_message,
            _on_close: on_close,
            _on_error: on_error,
        };

        let handshake = async {
            let (challenge, revision) = match hs_rx.next().await {
                Some(ServerFrame::Hello {
                    challenge,
                    revision,
                    ..
                }) => (challenge, revision),
                Some(ServerFrame::Fatal(e)) => return Err(ClientError::Server(e)),
                Some(_) => return Err(ClientError::Protocol("expected Hello".into())),
                None => {
                    return Err(connect(
                        "the server cannot be reached (offline, or its certificate is not trusted)"
                            .into(),
                    ));
                }
            };
            socket
                .ws
                .send_with_u8_array(&encode(&auth.frame(&challenge)))
                .map_err(|e| connect(js_text(&e)))?;
            match hs_rx.next().await {
                Some(ServerFrame::Ready(info)) => Ok((info, revision)),
                Some(ServerFrame::Fatal(e)) => Err(ClientError::Server(e)),
                Some(_) => Err(ClientError::Protocol("expected Ready".into())),
                None => Err(closed_error(shared.closed_reason.borrow().clone())),
            }
        };
        let (info, server_revision) =
            match select(pin!(handshake), pin!(sleep(HANDSHAKE_TIMEOUT))).await {
                Either::Left((result, _)) => result?,
                Either::Right(_) => return Err(ClientError::Timeout),
            };
        // From now on frames are responses and pushes.
        shared.handshake.borrow_mut().take();
        Ok(WsTransport {
            device: info.device,
            info: Some(info),
            server_revision,
            shared,
            socket: Some(socket),
            next_id: Cell::new(1),
        })
    }

    /// A transport that is not connected (offline, or the server refused): every request fails
    /// with `reason`. The messenger works on local state; the client reconnects later.
    pub fn offline(device: DeviceId, reason: Option<WireError>) -> Self {
        let shared = Rc::new(Shared {
            handshake: RefCell::new(None),
            pending: RefCell::new(None),
            closed_reason: RefCell::new(reason),
            bell: Rc::new(Bell::default()),
            ephemeral: RefCell::default(),
        });
        shared.bell.close();
        WsTransport {
            device,
            info: None,
            server_revision: 1,
            shared,
            socket: None,
            next_id: Cell::new(1),
        }
    }

    /// The session as the server described it at authentication (`None` when offline).
    pub fn info(&self) -> Option<&SessionInfo> {
        self.info.as_ref()
    }

    pub fn bell(&self) -> Rc<Bell> {
        self.shared.bell.clone()
    }

    pub fn is_closed(&self) -> bool {
        self.shared.pending.borrow().is_none()
    }

    fn closed(&self) -> ClientError {
        closed_error(self.shared.closed_reason.borrow().clone())
    }

    fn forget(&self, id: RequestId) {
        if let Some(w) = self.shared.pending.borrow_mut().as_mut() {
            w.remove(&id);
        }
    }
}

impl Transport for WsTransport {
    fn device(&self) -> DeviceId {
        self.device
    }

    fn server_revision(&self) -> u8 {
        self.server_revision
    }

    async fn request(&self, body: Request) -> Result<Response, ClientError> {
        let id = RequestId(self.next_id.get());
        self.next_id.set(id.0 + 1);
        let (tx, rx) = oneshot::channel();
        match self.shared.pending.borrow_mut().as_mut() {
            Some(w) => w.insert(id, tx),
            None => return Err(self.closed()),
        };
        let frame = encode(&ClientFrame::Request { id, body });
        let sent = self
            .socket
            .as_ref()
            .is_some_and(|s| s.ws.send_with_u8_array(&frame).is_ok());
        if !sent {
            self.forget(id);
            return Err(self.closed());
        }
        match select(rx, pin!(sleep(REQUEST_TIMEOUT))).await {
            Either::Left((Ok(Ok(response)), _)) => Ok(response),
            Either::Left((Ok(Err(e)), _)) => Err(ClientError::Server(e)),
            Either::Left((Err(_), _)) => Err(self.closed()),
            Either::Right(_) => {
                self.forget(id);
                Err(ClientError::Timeout)
            }
        }
    }

    async fn wait_for_push(&mut self, wait: Duration) {
        let _ = select(pin!(self.bell().wait()), pin!(sleep(wait))).await;
    }

    fn close_reason(&self) -> Option<WireError> {
        self.shared.closed_reason.borrow().clone()
    }

    fn take_ephemeral(&mut self) -> Vec<Ephemeral> {
        self.shared.ephemeral.borrow_mut().drain(..).collect()
    }

    async fn close(mut self) {
        self.shared.on_closed(None);
        self.socket.take();
    }
}

/// Whether a refusal means "do not try again by yourself" (the user must act).
pub fn is_final(e: &WireError) -> bool {
    matches!(
        e.code,
        ErrorCode::AuthFailed
            | ErrorCode::AccountDisabled
            | ErrorCode::AccountExpired
            | ErrorCode::Forbidden
    )
}

pub fn js_text(v: &JsValue) -> String {
    if let Some(e) = v.dyn_ref::<js_sys::Error>() {
        return String::from(e.message());
    }
    v.as_string().unwrap_or_else(|| format!("{v:?}"))
}
