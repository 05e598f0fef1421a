//! One WebSocket session: challenge, authentication, then requests and queue pushes.
//!
//! A session is one task that owns its socket. It reads frames and spawns a task per request
//! (bounded), writes their responses as they finish, and pushes the device's queue in order,
//! feeding every frame that is ready and flushing once per burst. Keeping the reader, the
//! pusher and the writer in one task (instead of three tasks joined by a channel) is what keeps
//! an idle session small in memory; a slow client back-pressures only its own session.

use std::{collections::BTreeMap, sync::Arc, time::Duration};

use axum::extract::ws::{CloseFrame, Message, WebSocket};
use conclave_proto::{
    ClientFrame, CodecError, Delivery, DeviceId, ErrorCode, PROTOCOL_REVISION, QueueSeq, Request,
    RequestId, Response, ServerFrame, WireError, decode_client, encode,
};
use conclave_server_core::{
    Attachment, EndReason, Mailbox, Session, TokenBucket, limits::SESSION_WRITE_STALL_SECS,
};
use futures_util::{SinkExt, StreamExt};
use tokio::{task::JoinSet, time::Instant};

use crate::{AppState, metrics::Metrics, now};

/// Requests of one session being handled at once; beyond, the session stops reading.
const REQUESTS_IN_FLIGHT_MAX: usize = 64;
/// Queue entries read from the store per push round.
const PUSH_BATCH: u32 = 256;
/// How long an out-of-order offer waits for the entries before it before the store is read.
/// Offers of one commit batch reach the hub from several tasks, so small reorderings are
/// common; waiting briefly avoids a store read for each.
const REORDER_WAIT: Duration = Duration::from_millis(5);
/// Out-of-order offers held at most; beyond, the store is read.
const REORDER_MAX: usize = 64;
/// How long the session waits before reading the store again after a failed read.
const STORE_RETRY: Duration = Duration::from_millis(200);
/// How long the closing frames may take to leave.
const CLOSE_WAIT: Duration = Duration::from_secs(5);

/// What a request task hands back: the request id, its result, and the session as the
/// request left it when it changed it (a renewal).
type Answer = (RequestId, Result<Response, WireError>, Option<Session>);

/// `pending` counts the connection as unauthenticated for its address until `Ready`.
/// `revision` is the client's protocol revision (`?rev=` on the URL; 1 when absent).
pub async fn run(
    mut socket: WebSocket,
    state: Arc<AppState>,
    pending: Option<crate::listener::Pending>,
    revision: u8,
) {
    let Some(_guard) = state
        .session_guard
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
    else {
        return; // Shutting down: the socket is dropped.
    };
    let Ok(_permit) = state.sessions.clone().try_acquire_owned() else {
        Metrics::inc(&state.metrics.connections_refused);
        let e = WireError::new(
            ErrorCode::TooManyConnections,
            "the server is at its connection limit; try again later",
        );
        close(&mut socket, Some(&e)).await;
        return;
    };
    let outcome = serve(&state, &mut socket, pending, revision).await;
    close(&mut socket, outcome.err().as_ref()).await;
}

/// Runs the session; returns the error to close it with (`Ok` for a plain end).
async fn serve(
    state: &Arc<AppState>,
    socket: &mut WebSocket,
    pending: Option<crate::listener::Pending>,
    revision: u8,
) -> Result<(), WireError> {
    let limits = &state.core.config().limits;
    let challenge = state.core.challenge();
    feed(
        socket,
        &ServerFrame::Hello {
            challenge,
            server_time: now(),
            revision: PROTOCOL_REVISION,
        },
    )
    .await?;
    flush(socket).await?;

    let auth_timeout = Duration::from_secs(limits.auth_timeout_secs);
    let first = match tokio::time::timeout(auth_timeout, next_frame(state, socket)).await {
        Ok(frame) => frame?,
        Err(_) => {
            return Err(WireError::new(
                ErrorCode::NotAuthenticated,
                "authentication timed out",
            ));
        }
    };
    let first = match first {
        None => return Ok(()),
        Some(Incoming::Frame(frame)) => frame,
        Some(Incoming::UnknownRequest { .. }) => {
            return Err(WireError::new(
                ErrorCode::NotAuthenticated,
                "authenticate before sending requests",
            ));
        }
    };
    // Boxed: these futures are large and needed once; inline, they would be part of every
    // idle session's task for its whole life.
    let session = match Box::pin(state.core.open_session(first, &challenge, now())).await {
        Ok(s) => s,
        Err(e) => {
            Metrics::inc(&state.metrics.auth_failures);
            if e.is_internal() {
                tracing::error!(error = %e, "authentication failed internally");
            }
            return Err(e.to_wire());
        }
    };
    let info = Box::pin(state.core.session_info(&session, now()))
        .await
        .map_err(|e| e.to_wire())?;
    feed(socket, &ServerFrame::Ready(info)).await?;
    flush(socket).await?;
    drop(pending);
    tracing::debug!(device = %session.device, "session ready");

    state
        .metrics
        .sessions_active
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let result = serve_authenticated(state, socket, session, revision).await;
    state
        .metrics
        .sessions_active
        .fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    result
}

async fn serve_authenticated(
    state: &Arc<AppState>,
    socket: &mut WebSocket,
    mut session: Session,
    revision: u8,
) -> Result<(), WireError> {
    let limits = &state.core.config().limits;
    let attachment = state.core.hub().attach(session.device);
    // An operator may have disabled the account between authentication and attaching, when
    // the change watcher found no session to end: look once more now that it would.
    if let Ok(Some(account)) = Box::pin(state.store.account(session.account)).await
        && account.disabled
    {
        return Err(WireError::new(
            ErrorCode::AccountDisabled,
            format!("account {} is disabled by the operator", session.username),
        ));
    }
    let mut push = Push::new(session.device, revision);
    let mut bucket = TokenBucket::new(limits.requests_per_sec, limits.requests_burst, now().0);
    let mut requests: JoinSet<Answer> = JoinSet::new();
    let mut shutdown = state.shutdown.clone();

    let result = loop {
        // The work after a wake-up runs in boxed futures: only the wait below is part of an
        // idle session's task, so the task stays small.
        Box::pin(push.pump(state, socket, &attachment)).await?;
        Box::pin(flush(socket)).await?;
        let timer = push.timer();
        let wake = tokio::select! {
            frame = next_frame(state, socket), if requests.len() < REQUESTS_IN_FLIGHT_MAX => {
                Wake::Frame(frame)
            }
            Some(joined) = requests.join_next(), if !requests.is_empty() => Wake::Answer(joined),
            () = attachment.doorbell.notified() => continue,
            () = sleep_until(timer), if timer.is_some() => {
                push.timer_fired();
                continue;
            }
            () = attachment.takeover.notified() => break Err(WireError::new(
                ErrorCode::Forbidden,
                "another session of this device connected; this one is closed",
            )),
            () = attachment.removed.notified() => {
                let reason = *attachment.end.lock().unwrap_or_else(|p| p.into_inner());
                break Err(match reason {
                    EndReason::Removed => WireError::new(
                        ErrorCode::AuthFailed,
                        "this device was removed from its account",
                    ),
                    EndReason::AccountDisabled => WireError::new(
                        ErrorCode::AccountDisabled,
                        format!("account {} is disabled by the operator", session.username),
                    ),
                });
            }
            () = crate::stopped(&mut shutdown) => break Err(WireError::new(
                ErrorCode::ShuttingDown,
                "the server is shutting down; reconnect shortly",
            )),
        };
        match wake {
            Wake::Frame(frame) => {
                let (id, body) = match frame {
                    Ok(Some(Incoming::Frame(ClientFrame::Request { id, body }))) => (id, body),
                    Ok(Some(Incoming::UnknownRequest { id, kind })) => {
                        // A newer client: it learns which requests this server lacks and
                        // goes on (it saw our revision in `Hello`; this is the backstop).
                        Metrics::inc(&state.metrics.request_errors);
                        let e = WireError::new(
                            ErrorCode::Unsupported,
                            format!(
                                "this server does not know request kind {kind}; it speaks \
                                 protocol revision {PROTOCOL_REVISION}"
                            ),
                        );
                        let frame = ServerFrame::Response { id, result: Err(e) };
                        Box::pin(feed(socket, &frame)).await?;
                        continue;
                    }
                    Ok(Some(_)) => {
                        break Err(WireError::new(
                            ErrorCode::AlreadyAuthenticated,
                            "this session is already authenticated",
                        ));
                    }
                    Ok(None) => break Ok(()),
                    Err(e) => break Err(e),
                };
                Metrics::inc(&state.metrics.requests);
                if let Err(wait_ms) = bucket.take(now().0) {
                    Metrics::inc(&state.metrics.request_errors);
                    let e = WireError::new(
                        ErrorCode::RateLimited,
                        format!("too many requests; retry in {wait_ms} ms"),
                    );
                    let frame = ServerFrame::Response { id, result: Err(e) };
                    Box::pin(feed(socket, &frame)).await?;
                    continue;
                }
                requests.spawn(handle(state.clone(), session.clone(), id, body));
            }
            Wake::Answer(joined) => {
                // Answer everything that is ready, then flush once (at the top of the loop).
                let mut next = Some(joined);
                while let Some(joined) = next.take() {
                    if let Some(renewed) = Box::pin(answer(socket, joined)).await? {
                        session = renewed;
                    }
                    next = requests.try_join_next();
                }
            }
        }
    };
    // Answer every request already accepted before closing.
    Box::pin(async {
        while let Some(joined) = requests.join_next().await {
            if answer(socket, joined).await.is_err() {
                break;
            }
        }
        let _ = flush(socket).await;
    })
    .await;
    result
}

/// Why the session woke up, when it has work to do.
enum Wake {
    Frame(Result<Option<Incoming>, WireError>),
    Answer(Result<Answer, tokio::task::JoinError>),
}

/// Handles one request on a copy of the session, so concurrent requests (sends waiting for
/// their commit) do not serialize on it.
async fn handle(
    state: Arc<AppState>,
    mut session: Session,
    id: RequestId,
    body: Request,
) -> Answer {
    let is_send = matches!(
        body,
        Request::Send { .. }
            | Request::GroupMessage { .. }
            | Request::GroupMessageExpiring { .. }
            | Request::GroupRing { .. }
            | Request::Commit { .. }
    );
    let result = state.core.handle(&mut session, body, now()).await;
    let renewed = matches!(result, Ok(Response::Renewed { .. })).then_some(session);
    let result = match result {
        Ok(r) => {
            if is_send {
                Metrics::inc(&state.metrics.payloads_accepted);
            }
            Ok(r)
        }
        Err(e) => {
            Metrics::inc(&state.metrics.request_errors);
            if e.is_internal() {
                tracing::error!(error = %e, "request failed internally");
            }
            Err(e.to_wire())
        }
    };
    (id, result, renewed)
}

/// Feeds the response of a finished request task; returns the renewed session, if any.
async fn answer(
    socket: &mut WebSocket,
    joined: Result<Answer, tokio::task::JoinError>,
) -> Result<Option<Session>, WireError> {
    match joined {
        Ok((id, result, renewed)) => {
            feed(socket, &ServerFrame::Response { id, result }).await?;
            Ok(renewed)
        }
        Err(e) => {
            // A bug in a handler; the client's request times out, the session goes on.
            tracing::error!(error = %e, "request task failed");
            Ok(None)
        }
    }
}

/// Where the session is in its device's queue, and what it holds back for order.
///
/// Pushes everything pending in the store first, then what the hub offers from memory while
/// it continues the sequence (briefly holding offers that arrive out of order); on a gap that
/// does not close, the store again. After a reconnect this starts from the beginning of the
/// (unacked) queue.
struct Push {
    device: DeviceId,
    cursor: QueueSeq,
    read_store: bool,
    held: BTreeMap<QueueSeq, Delivery>,
    /// When the oldest gap in `held` opened.
    gap_since: Option<Instant>,
    /// After a failed store read: when to try again.
    retry_at: Option<Instant>,
    /// Whether the client decodes `ServerFrame::Ephemeral` (protocol revision 2 on): an older
    /// one would take the unknown frame for a broken session and drop it.
    ephemeral: bool,
}

impl Push {
    fn new(device: DeviceId, revision: u8) -> Self {
        Push {
            device,
            ephemeral: revision >= 2,
            cursor: QueueSeq(0),
            read_store: true,
            held: BTreeMap::new(),
            gap_since: None,
            retry_at: None,
        }
    }

    /// When the session must look again without being woken: a gap held too long, or a
    /// store read to retry.
    fn timer(&self) -> Option<Instant> {
        match (self.gap_since.map(|t| t + REORDER_WAIT), self.retry_at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn timer_fired(&mut self) {
        let now = Instant::now();
        if self.retry_at.is_some_and(|t| t <= now) {
            self.retry_at = None;
            self.read_store = true;
        }
        if self.gap_since.is_some_and(|t| t + REORDER_WAIT <= now) {
            // The gap did not close by itself: the store has what is missing, in order.
            self.read_store = true;
        }
    }

    /// Feeds every delivery that can go out now, in order.
    async fn pump(
        &mut self,
        state: &AppState,
        socket: &mut WebSocket,
        attachment: &Attachment,
    ) -> Result<(), WireError> {
        // Ephemeral signals go out as they came: they are not in the queue's order.
        let ephemeral = std::mem::take(
            &mut attachment
                .mailbox
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .ephemeral,
        );
        for signal in ephemeral.into_iter().filter(|_| self.ephemeral) {
            feed(socket, &ServerFrame::Ephemeral(signal)).await?;
        }
        loop {
            if self.read_store && self.retry_at.is_none() {
                let batch = match state
                    .core
                    .pending(self.device, self.cursor, PUSH_BATCH, crate::now())
                    .await
                {
                    Ok(b) => b,
                    Err(e) => {
                        tracing::error!(error = %e, device = %self.device, "reading queue failed; retrying");
                        self.retry_at = Some(Instant::now() + STORE_RETRY);
                        return Ok(());
                    }
                };
                if batch.is_empty() {
                    self.read_store = false;
                }
                for delivery in batch {
                    self.cursor = delivery.seq;
                    deliver(state, socket, delivery).await?;
                }
                self.held.retain(|seq, _| *seq > self.cursor);
                continue;
            }
            let (offered, look) = {
                let mut m: std::sync::MutexGuard<'_, Mailbox> =
                    attachment.mailbox.lock().unwrap_or_else(|p| p.into_inner());
                (
                    std::mem::take(&mut m.entries),
                    std::mem::take(&mut m.look_at_store),
                )
            };
            self.read_store |= look;
            for delivery in offered {
                if delivery.seq > self.cursor {
                    self.held.insert(delivery.seq, delivery);
                }
            }
            while let Some(entry) = self.held.first_entry() {
                if entry.key().0 != self.cursor.0 + 1 {
                    break;
                }
                let delivery = entry.remove();
                self.cursor = delivery.seq;
                deliver(state, socket, delivery).await?;
            }
            if self.held.len() > REORDER_MAX {
                self.read_store = true;
            }
            if self.held.is_empty() {
                self.gap_since = None;
            } else if self.gap_since.is_none() {
                self.gap_since = Some(Instant::now());
            }
            if self.read_store && self.retry_at.is_none() {
                self.gap_since = None;
                continue;
            }
            return Ok(());
        }
    }
}

async fn deliver(
    state: &AppState,
    socket: &mut WebSocket,
    delivery: Delivery,
) -> Result<(), WireError> {
    feed(socket, &ServerFrame::Deliver(delivery)).await?;
    Metrics::inc(&state.metrics.deliveries_pushed);
    Ok(())
}

/// Resolves at `deadline`; never when there is none (its `select!` branch is disabled then).
async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(t) => tokio::time::sleep_until(t).await,
        None => std::future::pending().await,
    }
}

/// A client that takes longer than this to accept a frame is gone: the session ends.
const WRITE_STALL: Duration = Duration::from_secs(SESSION_WRITE_STALL_SECS);

fn stalled() -> WireError {
    WireError::new(
        ErrorCode::Unavailable,
        format!("the client did not read for {SESSION_WRITE_STALL_SECS} s"),
    )
}

/// Queues a frame on the socket (written out by the next flush, or when the write buffer is
/// full).
async fn feed(socket: &mut WebSocket, frame: &ServerFrame) -> Result<(), WireError> {
    let message = Message::Binary(encode(frame).into());
    match tokio::time::timeout(WRITE_STALL, socket.feed(message)).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(_)) => Err(gone()),
        Err(_) => Err(stalled()),
    }
}

async fn flush(socket: &mut WebSocket) -> Result<(), WireError> {
    match tokio::time::timeout(WRITE_STALL, socket.flush()).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(_)) => Err(gone()),
        Err(_) => Err(stalled()),
    }
}

fn gone() -> WireError {
    WireError::new(ErrorCode::Internal, "connection closed")
}

/// Ends the session: a `Fatal` frame and the matching WebSocket close for an error, a plain
/// close otherwise. Bounded in time: a client that does not read is simply dropped.
async fn close(socket: &mut WebSocket, error: Option<&WireError>) {
    let _ = tokio::time::timeout(CLOSE_WAIT, async {
        if let Some(e) = error {
            let _ = socket
                .feed(Message::Binary(
                    encode(&ServerFrame::Fatal(e.clone())).into(),
                ))
                .await;
            let _ = socket.send(close_message(e)).await;
        }
        let _ = socket.close().await;
    })
    .await;
}

fn close_message(e: &WireError) -> Message {
    // Close reasons are limited to 123 bytes.
    let mut reason: String = e.message.chars().take(100).collect();
    if reason.len() > 120 {
        reason.truncate(0);
    }
    Message::Close(Some(CloseFrame {
        code: 1008,
        reason: reason.into(),
    }))
}

/// Reads the next client frame. `Ok(None)`: the client closed. `Err`: close with that error.
/// A frame read from the client: one this server knows, or a request of a newer kind.
enum Incoming {
    Frame(ClientFrame),
    UnknownRequest { id: RequestId, kind: u64 },
}

async fn next_frame(
    state: &AppState,
    socket: &mut WebSocket,
) -> Result<Option<Incoming>, WireError> {
    let limits = &state.core.config().limits;
    loop {
        let message = match socket.next().await {
            None => return Ok(None),
            Some(Ok(m)) => m,
            Some(Err(e)) => {
                Metrics::inc(&state.metrics.bad_frames);
                let text = e.to_string();
                if text.contains("too long") || text.contains("Message too big") {
                    return Err(WireError::new(
                        ErrorCode::FrameTooLarge,
                        format!(
                            "frame exceeds the limit of {} bytes",
                            limits.frame_bytes_max
                        ),
                    ));
                }
                return Err(WireError::new(
                    ErrorCode::BadFrame,
                    format!("WebSocket error: {e}"),
                ));
            }
        };
        let bytes = match message {
            Message::Binary(b) => b,
            Message::Close(_) => return Ok(None),
            Message::Ping(_) | Message::Pong(_) => continue,
            Message::Text(_) => {
                Metrics::inc(&state.metrics.bad_frames);
                return Err(WireError::new(
                    ErrorCode::BadFrame,
                    "text frames are not part of the protocol; send binary frames",
                ));
            }
        };
        if bytes.len() > limits.frame_bytes_max {
            Metrics::inc(&state.metrics.bad_frames);
            return Err(WireError::new(
                ErrorCode::FrameTooLarge,
                format!(
                    "frame is {} bytes; the limit is {}",
                    bytes.len(),
                    limits.frame_bytes_max
                ),
            ));
        }
        return match decode_client(&bytes) {
            Ok(frame) => Ok(Some(Incoming::Frame(frame))),
            Err(CodecError::UnknownRequest { id, kind }) => {
                Ok(Some(Incoming::UnknownRequest { id, kind }))
            }
            Err(e) => Err(e),
        }
        .map_err(|e| {
            Metrics::inc(&state.metrics.bad_frames);
            let code = match e {
                CodecError::UnsupportedVersion { .. } => ErrorCode::UnsupportedVersion,
                CodecError::TooLarge { .. } => ErrorCode::FrameTooLarge,
                _ => ErrorCode::BadFrame,
            };
            WireError::new(code, e.to_string())
        });
    }
}
