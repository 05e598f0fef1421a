//! An authenticated session: requests with ids, and the stream of queue deliveries.
//!
//! A cluster has several nodes: [`Connection::open_any`] tries the endpoints in turn and
//! [`Connection::reopen`] (after the connection was lost) tries the others first, so a client
//! fails over to another node. Requests in flight when a connection breaks fail; their effect
//! is unknown, and callers that retry rely on the server-side guarantees (a commit at a stale
//! epoch is refused, a message id is decrypted once).

use std::{
    collections::{HashMap, VecDeque},
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use conclave_client_core::DeviceKey;
use conclave_proto::{
    ClientFrame, CodecError, Delivery, DeviceId, DeviceInfo, Ephemeral, ErrorCode, Fingerprint,
    PROTOCOL_REVISION, PayloadId, QueueSeq, Request, RequestId, Response, ServerFrame, ServerLink,
    SessionInfo, Timestamp, Username, WireError, decode_server, encode,
};
use futures_util::{SinkExt, StreamExt};
use tokio::sync::{mpsc, oneshot};
use tokio_tungstenite::tungstenite::Message;

use crate::{
    ClientError, raw,
    transport::{Auth, Transport},
};

/// Where a server is and which certificate to expect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub host: String,
    pub port: u16,
    /// SHA-256 of a self-signed server certificate; `None`: validate with WebPKI roots.
    pub pin: Option<Fingerprint>,
}

impl Endpoint {
    pub fn from_link(link: &ServerLink) -> Self {
        Endpoint {
            host: link.host.clone(),
            port: link.port,
            pin: link.fingerprint,
        }
    }
    /// Every node a link names (its first node first), all pinned to the link's fingerprint.
    pub fn all_from_link(link: &ServerLink) -> Vec<Self> {
        link.nodes()
            .into_iter()
            .map(|(host, port)| Endpoint {
                host,
                port,
                pin: link.fingerprint,
            })
            .collect()
    }
    pub fn addr(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
    /// The session's URL, saying this client's protocol revision (see
    /// [`conclave_proto::PROTOCOL_REVISION`]).
    pub fn ws_url(&self) -> String {
        format!("wss://{}/v1/ws?rev={PROTOCOL_REVISION}", self.addr())
    }
}

const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(15);
/// Deliveries buffered before the reader stops reading (back-pressure to the server).
const DELIVERY_BUFFER: usize = 1024;
/// Ephemeral signals kept until taken; beyond, the oldest is dropped (they matter only now).
const EPHEMERAL_BUFFER: usize = 64;

/// Waiters by request id; `None` once the connection is gone (new requests fail at once).
type Pending = Arc<Mutex<Option<HashMap<RequestId, oneshot::Sender<Result<Response, WireError>>>>>>;

pub struct Connection {
    info: SessionInfo,
    /// The server's protocol revision, from its `Hello`.
    server_revision: u8,
    /// Every node this connection may use, and the one it uses.
    endpoints: Vec<Endpoint>,
    current: usize,
    /// The device's key, to authenticate again on another node (see [`Connection::reopen`]).
    key: DeviceKey,
    outgoing: mpsc::Sender<Message>,
    pending: Pending,
    deliveries: mpsc::Receiver<Delivery>,
    /// Ephemeral signals (typing) pushed since the last [`Transport::take_ephemeral`].
    ephemeral: Arc<Mutex<VecDeque<Ephemeral>>>,
    /// Rung when an ephemeral signal arrives.
    ephemeral_bell: Arc<tokio::sync::Notify>,
    next_id: AtomicU64,
    closed_reason: Arc<Mutex<Option<WireError>>>,
    reader: tokio::task::JoinHandle<()>,
    writer: tokio::task::JoinHandle<()>,
}

/// Whether trying another node may help: the node was unreachable, closed the connection, or
/// refused for a reason of its own (shutting down, full). A refusal of the device itself (bad
/// signature, disabled account) or a pin mismatch is the same on every node.
fn worth_another_node(e: &ClientError) -> bool {
    match e {
        ClientError::Connect { .. }
        | ClientError::Timeout
        | ClientError::Closed(None)
        | ClientError::Protocol(_)
        | ClientError::Tls(_) => true,
        ClientError::Server(w) | ClientError::Closed(Some(w)) => matches!(
            w.code,
            ErrorCode::ShuttingDown | ErrorCode::TooManyConnections | ErrorCode::Internal
        ),
        _ => false,
    }
}

impl Connection {
    /// Connects, authenticates, and starts receiving.
    pub async fn open(endpoint: &Endpoint, auth: Auth<'_>) -> Result<Self, ClientError> {
        Self::open_any(std::slice::from_ref(endpoint), auth).await
    }

    /// Connects to the first of `endpoints` (the nodes of one cluster) that answers, in order.
    pub async fn open_any(endpoints: &[Endpoint], auth: Auth<'_>) -> Result<Self, ClientError> {
        Self::open_from(endpoints, 0, auth).await
    }

    /// A new connection for the same device, to another node first (the next in the list,
    /// then the others, this one last): what to do after this one was lost.
    pub async fn reopen(&self) -> Result<Self, ClientError> {
        let key = DeviceKey::from_secret_bytes(&self.key.secret_bytes());
        let auth = Auth::Device {
            id: self.info.device,
            key: &key,
        };
        Self::open_from(&self.endpoints, self.current + 1, auth).await
    }

    /// The node this connection uses.
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoints[self.current]
    }

    /// Every node this connection may fail over to.
    pub fn endpoints(&self) -> &[Endpoint] {
        &self.endpoints
    }

    async fn open_from(
        endpoints: &[Endpoint],
        first: usize,
        auth: Auth<'_>,
    ) -> Result<Self, ClientError> {
        let mut last = ClientError::Protocol("no server address to connect to".into());
        for i in 0..endpoints.len() {
            let index = (first + i) % endpoints.len();
            match Self::open_one(endpoints, index, auth.clone()).await {
                Ok(c) => return Ok(c),
                Err(e) if worth_another_node(&e) => {
                    tracing::debug!(endpoint = %endpoints[index].addr(), error = %e, "node unavailable; trying the next");
                    last = e;
                }
                Err(e) => return Err(e),
            }
        }
        Err(last)
    }

    async fn open_one(
        endpoints: &[Endpoint],
        index: usize,
        auth: Auth<'_>,
    ) -> Result<Self, ClientError> {
        let key = match &auth {
            Auth::Device { key, .. }
            | Auth::Register { key, .. }
            | Auth::JoinDevice { key, .. }
            | Auth::Renew { key, .. } => DeviceKey::from_secret_bytes(&key.secret_bytes()),
        };
        let endpoint = &endpoints[index];
        let mut socket = raw::connect(endpoint).await?;
        let (info, server_revision) =
            tokio::time::timeout(HANDSHAKE_TIMEOUT, handshake(&mut socket, auth))
                .await
                .map_err(|_| ClientError::Timeout)??;
        let (mut sink, mut stream) = socket.split();
        let (outgoing, mut out_rx) = mpsc::channel::<Message>(256);
        let writer = tokio::spawn(async move {
            'outer: while let Some(m) = out_rx.recv().await {
                // Write what is already waiting, then flush once.
                let mut next = Some(m);
                while let Some(m) = next.take() {
                    let last = matches!(m, Message::Close(_));
                    if sink.feed(m).await.is_err() {
                        break 'outer;
                    }
                    if last {
                        let _ = sink.flush().await;
                        break 'outer;
                    }
                    next = out_rx.try_recv().ok();
                }
                if sink.flush().await.is_err() {
                    break;
                }
            }
            let _ = sink.close().await;
        });
        let pending: Pending = Arc::new(Mutex::new(Some(HashMap::new())));
        let closed_reason: Arc<Mutex<Option<WireError>>> = Arc::default();
        let (delivery_tx, deliveries) = mpsc::channel(DELIVERY_BUFFER);
        let ephemeral: Arc<Mutex<VecDeque<Ephemeral>>> = Arc::default();
        let ephemeral_bell = Arc::new(tokio::sync::Notify::new());
        let reader = {
            let (pending, closed_reason) = (pending.clone(), closed_reason.clone());
            let (ephemeral, ephemeral_bell) = (ephemeral.clone(), ephemeral_bell.clone());
            tokio::spawn(async move {
                while let Some(Ok(message)) = stream.next().await {
                    let Message::Binary(bytes) = message else {
                        continue;
                    };
                    match decode_server(&bytes) {
                        Ok(ServerFrame::Response { id, result }) => {
                            let waiter = pending
                                .lock()
                                .unwrap_or_else(|p| p.into_inner())
                                .as_mut()
                                .and_then(|m| m.remove(&id));
                            if let Some(waiter) = waiter {
                                let _ = waiter.send(result);
                            }
                        }
                        Ok(ServerFrame::Deliver(d)) => {
                            // Never block the reader (responses must keep flowing). A push
                            // that does not fit is dropped: the queue is durable, and the
                            // entry comes again with `fetch` or on the next connection.
                            let _ = delivery_tx.try_send(d);
                        }
                        Ok(ServerFrame::Ephemeral(e)) => {
                            let mut held = ephemeral.lock().unwrap_or_else(|p| p.into_inner());
                            if held.len() >= EPHEMERAL_BUFFER {
                                held.pop_front();
                            }
                            held.push_back(e);
                            drop(held);
                            ephemeral_bell.notify_one();
                        }
                        Ok(ServerFrame::Fatal(e)) => {
                            *closed_reason.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
                            break;
                        }
                        Ok(other) => {
                            tracing::warn!(?other, "unexpected frame after authentication")
                        }
                        // A newer server's kind of frame: nothing this client can use.
                        Err(CodecError::UnknownKind { kind }) => {
                            tracing::debug!(kind, "skipping a kind of frame this client lacks")
                        }
                        Err(e) => {
                            tracing::warn!(error = %e, "undecodable frame from server");
                            break;
                        }
                    }
                }
                // Fail every waiter, and every later request: the connection is gone.
                pending.lock().unwrap_or_else(|p| p.into_inner()).take();
            })
        };
        Ok(Connection {
            info,
            server_revision,
            endpoints: endpoints.to_vec(),
            current: index,
            key,
            outgoing,
            pending,
            deliveries,
            ephemeral,
            ephemeral_bell,
            next_id: AtomicU64::new(1),
            closed_reason,
            reader,
            writer,
        })
    }

    /// The session as the server described it at authentication.
    pub fn info(&self) -> &SessionInfo {
        &self.info
    }

    pub fn device(&self) -> DeviceId {
        self.info.device
    }

    fn closed(&self) -> ClientError {
        ClientError::Closed(
            self.closed_reason
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone(),
        )
    }

    /// Sends a request and waits for its response.
    pub async fn request(&self, body: Request) -> Result<Response, ClientError> {
        let id = RequestId(self.next_id.fetch_add(1, Ordering::Relaxed));
        let (tx, rx) = oneshot::channel();
        match self
            .pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_mut()
        {
            Some(waiters) => waiters.insert(id, tx),
            None => return Err(self.closed()),
        };
        let frame = encode(&ClientFrame::Request { id, body });
        if self
            .outgoing
            .send(Message::Binary(frame.into()))
            .await
            .is_err()
        {
            self.forget(id);
            return Err(self.closed());
        }
        match tokio::time::timeout(REQUEST_TIMEOUT, rx).await {
            Ok(Ok(Ok(response))) => Ok(response),
            Ok(Ok(Err(e))) => Err(ClientError::Server(e)),
            Ok(Err(_)) => Err(self.closed()),
            Err(_) => {
                self.forget(id);
                Err(ClientError::Timeout)
            }
        }
    }

    fn forget(&self, id: RequestId) {
        if let Some(waiters) = self
            .pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_mut()
        {
            waiters.remove(&id);
        }
    }

    pub async fn whoami(&self) -> Result<SessionInfo, ClientError> {
        match self.request(Request::WhoAmI).await? {
            Response::WhoAmI(info) => Ok(info),
            other => Err(unexpected(other)),
        }
    }

    /// The devices of an account, to address payloads to.
    pub async fn devices(&self, username: &Username) -> Result<Vec<DeviceInfo>, ClientError> {
        match self
            .request(Request::Devices {
                username: username.clone(),
            })
            .await?
        {
            Response::Devices(d) => Ok(d),
            other => Err(unexpected(other)),
        }
    }

    /// Stores `payload` once for all `recipients`. Returns after the server committed it durably.
    pub async fn send(
        &self,
        recipients: Vec<DeviceId>,
        payload: Vec<u8>,
    ) -> Result<(PayloadId, Timestamp), ClientError> {
        match self
            .request(Request::Send {
                recipients,
                payload,
            })
            .await?
        {
            Response::Sent { payload, at } => Ok((payload, at)),
            other => Err(unexpected(other)),
        }
    }

    /// The next entry of this device's queue, in queue order. `None` once the connection closed
    /// (see [`Connection::close_reason`]).
    /// Hands the stream of pushed deliveries to the caller (to receive on another task while
    /// this connection, shared, sends requests); `next_delivery` then returns `None`.
    pub fn take_deliveries(&mut self) -> mpsc::Receiver<Delivery> {
        let (_, closed) = mpsc::channel(1);
        std::mem::replace(&mut self.deliveries, closed)
    }

    pub async fn next_delivery(&mut self) -> Option<Delivery> {
        self.deliveries.recv().await
    }

    /// The ephemeral signals (typing) pushed since the last call, oldest first.
    pub fn take_ephemeral(&self) -> Vec<Ephemeral> {
        self.ephemeral
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .drain(..)
            .collect()
    }

    /// Resolves when an ephemeral signal has arrived (see [`Connection::take_ephemeral`]).
    pub async fn ephemeral_arrived(&self) {
        self.ephemeral_bell.notified().await
    }

    /// Removes processed entries from this device's queue.
    pub async fn ack(&self, seqs: Vec<QueueSeq>) -> Result<u32, ClientError> {
        match self
            .request(Request::Ack {
                device: self.info.device,
                seqs,
            })
            .await?
        {
            Response::Acked { removed } => Ok(removed),
            other => Err(unexpected(other)),
        }
    }

    /// Reads this device's queue explicitly (the server also pushes it).
    pub async fn fetch(&self, after: QueueSeq, limit: u32) -> Result<Vec<Delivery>, ClientError> {
        match self
            .request(Request::Fetch {
                device: self.info.device,
                after,
                limit,
            })
            .await?
        {
            Response::Queue(q) => Ok(q),
            other => Err(unexpected(other)),
        }
    }

    /// Why the server closed the session, if it said.
    pub fn close_reason(&self) -> Option<WireError> {
        self.closed_reason
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Closes the session cleanly.
    pub async fn close(mut self) {
        let _ = self.outgoing.send(Message::Close(None)).await;
        let _ = tokio::time::timeout(Duration::from_secs(5), &mut self.writer).await;
    }
}

impl Transport for Connection {
    fn device(&self) -> DeviceId {
        self.info.device
    }

    fn server_revision(&self) -> u8 {
        self.server_revision
    }

    async fn request(&self, body: Request) -> Result<Response, ClientError> {
        Connection::request(self, body).await
    }

    async fn wait_for_push(&mut self, wait: Duration) {
        let bell = self.ephemeral_bell.clone();
        let _ = tokio::time::timeout(wait, async {
            tokio::select! {
                _ = self.deliveries.recv() => {}
                () = bell.notified() => {}
            }
        })
        .await;
    }

    fn take_ephemeral(&mut self) -> Vec<Ephemeral> {
        Connection::take_ephemeral(self)
    }

    fn close_reason(&self) -> Option<WireError> {
        Connection::close_reason(self)
    }

    async fn close(self) {
        Connection::close(self).await
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.reader.abort();
    }
}

fn unexpected(response: Response) -> ClientError {
    ClientError::Protocol(format!("unexpected response {response:?}"))
}

/// Authenticates; the session as the server described it, and the server's revision.
async fn handshake(
    socket: &mut raw::Socket,
    auth: Auth<'_>,
) -> Result<(SessionInfo, u8), ClientError> {
    let hello = next_server_frame(socket).await?;
    let (challenge, revision) = match hello {
        ServerFrame::Hello {
            challenge,
            revision,
            ..
        } => (challenge, revision),
        // The server may refuse before greeting (e.g. at its connection limit).
        ServerFrame::Fatal(e) => return Err(ClientError::Server(e)),
        other => {
            return Err(ClientError::Protocol(format!(
                "expected Hello, got {other:?}"
            )));
        }
    };
    let frame = auth.frame(&challenge);
    raw::send_bytes(socket, encode(&frame)).await?;
    match next_server_frame(socket).await? {
        ServerFrame::Ready(info) => Ok((info, revision)),
        ServerFrame::Fatal(e) => Err(ClientError::Server(e)),
        other => Err(ClientError::Protocol(format!(
            "expected Ready, got {other:?}"
        ))),
    }
}

async fn next_server_frame(socket: &mut raw::Socket) -> Result<ServerFrame, ClientError> {
    let bytes = raw::recv_bytes(socket)
        .await?
        .ok_or(ClientError::Closed(None))?;
    decode_server(&bytes).map_err(|e| ClientError::Protocol(e.to_string()))
}
