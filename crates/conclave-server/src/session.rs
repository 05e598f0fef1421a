//! One WebSocket session: challenge, authentication, then requests and queue pushes.
//!
//! Three parts run concurrently: the reader (this task) decodes frames and spawns a task per
//! request (bounded), the pusher streams the device's queue in order, and the writer owns the
//! socket's sink. All outgoing frames go through one bounded channel, so a slow client
//! back-pressures its own pushes and nobody else's.

use std::{sync::Arc, time::Duration};

use axum::extract::ws::{CloseFrame, Message, WebSocket};
use conclave_proto::{
    ClientFrame, CodecError, ErrorCode, PROTOCOL_VERSION, QueueSeq, Request, Response, ServerFrame,
    WireError, decode_client, encode,
};
use conclave_server_core::{Session, TokenBucket};
use futures_util::{SinkExt, StreamExt, stream::SplitStream};
use tokio::{sync::mpsc, task::JoinSet};

use crate::{AppState, metrics::Metrics, now};

/// Frames queued towards one client.
const OUTBOX_FRAMES: usize = 256;
/// Requests of one session being handled at once.
const REQUESTS_IN_FLIGHT_MAX: usize = 64;
/// Queue entries read from the store per push round.
const PUSH_BATCH: u32 = 256;

enum Out {
    /// Boxed: the outbox channel allocates slots of this size eagerly, per connection.
    Frame(Box<ServerFrame>),
    Close(WireError),
}

pub async fn run(socket: WebSocket, state: Arc<AppState>) {
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
        let (mut sink, _) = socket.split();
        let e = WireError::new(
            ErrorCode::TooManyConnections,
            "the server is at its connection limit; try again later",
        );
        fatal(&mut sink, &e).await;
        return;
    };
    let (mut sink, mut stream) = socket.split();
    let (out_tx, mut out_rx) = mpsc::channel::<Out>(OUTBOX_FRAMES);
    let writer = tokio::spawn(async move {
        // Write everything already waiting, then flush once: one syscall for a burst of
        // deliveries instead of one per frame.
        'outer: while let Some(first) = out_rx.recv().await {
            let mut next = Some(first);
            while let Some(out) = next.take() {
                match out {
                    Out::Frame(frame) => {
                        if sink
                            .feed(Message::Binary(encode(&frame).into()))
                            .await
                            .is_err()
                        {
                            break 'outer;
                        }
                    }
                    Out::Close(e) => {
                        let _ = sink.flush().await;
                        fatal(&mut sink, &e).await;
                        break 'outer;
                    }
                }
                next = out_rx.try_recv().ok();
            }
            if sink.flush().await.is_err() {
                break;
            }
        }
        let _ = sink.close().await;
    });

    let outcome = serve(&state, &mut stream, &out_tx).await;
    if let Err(e) = outcome {
        let _ = out_tx.send(Out::Close(e)).await;
    }
    drop(out_tx);
    let _ = tokio::time::timeout(Duration::from_secs(5), writer).await;
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

/// Runs the session; returns the error to close it with (`Ok` for a plain end).
async fn serve(
    state: &Arc<AppState>,
    stream: &mut SplitStream<WebSocket>,
    out: &mpsc::Sender<Out>,
) -> Result<(), WireError> {
    let limits = &state.core.config().limits;
    let challenge = state.core.challenge();
    send(
        out,
        ServerFrame::Hello {
            challenge,
            server_time: now(),
            protocol_version: PROTOCOL_VERSION,
        },
    )
    .await?;

    let auth_timeout = Duration::from_secs(limits.auth_timeout_secs);
    let first = match tokio::time::timeout(auth_timeout, next_frame(state, stream)).await {
        Ok(frame) => frame?,
        Err(_) => {
            return Err(WireError::new(
                ErrorCode::NotAuthenticated,
                "authentication timed out",
            ));
        }
    };
    let Some(first) = first else { return Ok(()) };
    let session = match state.core.open_session(first, &challenge, now()).await {
        Ok(s) => s,
        Err(e) => {
            Metrics::inc(&state.metrics.auth_failures);
            if e.is_internal() {
                tracing::error!(error = %e, "authentication failed internally");
            }
            return Err(e.to_wire());
        }
    };
    let info = state
        .core
        .session_info(&session, now())
        .await
        .map_err(|e| e.to_wire())?;
    send(out, ServerFrame::Ready(info)).await?;
    tracing::debug!(device = %session.device, "session ready");

    state
        .metrics
        .sessions_active
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let result = serve_authenticated(state, stream, out, session).await;
    state
        .metrics
        .sessions_active
        .fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    result
}

async fn serve_authenticated(
    state: &Arc<AppState>,
    stream: &mut SplitStream<WebSocket>,
    out: &mpsc::Sender<Out>,
    session: Session,
) -> Result<(), WireError> {
    let limits = &state.core.config().limits;
    let attachment = state.core.hub().attach(session.device);
    let pusher = tokio::spawn(push_loop(
        state.clone(),
        session.device,
        attachment.doorbell.clone(),
        attachment.mailbox.clone(),
        out.clone(),
    ));
    let mut bucket = TokenBucket::new(limits.requests_per_sec, limits.requests_burst, now().0);
    let mut requests = JoinSet::new();
    let session = Arc::new(std::sync::Mutex::new(session));
    let mut shutdown = state.shutdown.clone();

    let result = loop {
        // Reap finished request tasks so the set stays small.
        while requests.try_join_next().is_some() {}
        let frame = tokio::select! {
            frame = next_frame(state, stream) => frame,
            () = attachment.takeover.notified() => break Err(WireError::new(
                ErrorCode::Forbidden, "another session of this device connected; this one is closed")),
            () = attachment.removed.notified() => break Err(WireError::new(
                ErrorCode::Forbidden, "this device was removed from its account")),
            () = crate::stopped(&mut shutdown) => break Err(WireError::new(
                ErrorCode::ShuttingDown, "the server is shutting down; reconnect shortly")),
        };
        let (id, body) = match frame {
            Ok(Some(ClientFrame::Request { id, body })) => (id, body),
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
            send(out, ServerFrame::Response { id, result: Err(e) }).await?;
            continue;
        }
        if requests.len() >= REQUESTS_IN_FLIGHT_MAX {
            // Wait for one to finish: bounded work per session.
            let _ = requests.join_next().await;
        }
        let (state, out, session) = (state.clone(), out.clone(), session.clone());
        requests.spawn(async move {
            let is_send = matches!(
                body,
                Request::Send { .. } | Request::GroupMessage { .. } | Request::Commit { .. }
            );
            // Work on a copy so concurrent requests (sends waiting for their commit) do not
            // serialize on the session; only a renewal changes it.
            let mut snapshot = session.lock().unwrap_or_else(|p| p.into_inner()).clone();
            let result = state.core.handle(&mut snapshot, body, now()).await;
            if let Ok(Response::Renewed { .. }) = &result {
                *session.lock().unwrap_or_else(|p| p.into_inner()) = snapshot;
            }
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
            let _ = out
                .send(Out::Frame(Box::new(ServerFrame::Response { id, result })))
                .await;
        });
    };
    // Answer every request already accepted before closing.
    while requests.join_next().await.is_some() {}
    pusher.abort();
    result
}

/// How long an out-of-order offer waits for the entries before it before the store is read.
/// Offers of one commit batch reach the hub from several tasks, so small reorderings are
/// common; waiting briefly avoids a store read for each.
const REORDER_WAIT: Duration = Duration::from_millis(5);
/// Out-of-order offers held at most; beyond, the store is read.
const REORDER_MAX: usize = 64;

/// Pushes the device's queue in order: everything pending in the store first, then what the
/// hub offers from memory while it continues the sequence (briefly reordering offers that
/// arrive out of order); on a gap that does not close, the store again. After a reconnect this
/// starts from the beginning of the (unacked) queue.
async fn push_loop(
    state: Arc<AppState>,
    device: conclave_proto::DeviceId,
    doorbell: Arc<tokio::sync::Notify>,
    mailbox: Arc<std::sync::Mutex<conclave_server_core::Mailbox>>,
    out: mpsc::Sender<Out>,
) {
    let mut cursor = QueueSeq(0);
    let mut read_store = true;
    let mut held: std::collections::BTreeMap<QueueSeq, conclave_proto::Delivery> =
        std::collections::BTreeMap::new();
    loop {
        if read_store {
            let batch = match state.core.pending(device, cursor, PUSH_BATCH).await {
                Ok(b) => b,
                Err(e) => {
                    tracing::error!(error = %e, %device, "reading queue failed; retrying");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    continue;
                }
            };
            if batch.is_empty() {
                read_store = false;
            }
            for delivery in batch {
                cursor = delivery.seq;
                if !push(&state, &out, delivery).await {
                    return;
                }
            }
            held.retain(|seq, _| *seq > cursor);
            continue;
        }
        let (offered, look) = {
            let mut m = mailbox.lock().unwrap_or_else(|p| p.into_inner());
            (
                std::mem::take(&mut m.entries),
                std::mem::take(&mut m.look_at_store),
            )
        };
        read_store = look;
        for delivery in offered {
            if delivery.seq > cursor {
                held.insert(delivery.seq, delivery);
            }
        }
        while let Some(entry) = held.first_entry() {
            if entry.key().0 != cursor.0 + 1 {
                break;
            }
            let delivery = entry.remove();
            cursor = delivery.seq;
            if !push(&state, &out, delivery).await {
                return;
            }
        }
        if read_store {
            continue;
        }
        if held.is_empty() {
            doorbell.notified().await;
        } else if held.len() > REORDER_MAX
            || tokio::time::timeout(REORDER_WAIT, doorbell.notified())
                .await
                .is_err()
        {
            // The gap did not close by itself: the store has what is missing, in order.
            read_store = true;
        }
    }
}

async fn push(
    state: &AppState,
    out: &mpsc::Sender<Out>,
    delivery: conclave_proto::Delivery,
) -> bool {
    if out
        .send(Out::Frame(Box::new(ServerFrame::Deliver(delivery))))
        .await
        .is_err()
    {
        return false;
    }
    Metrics::inc(&state.metrics.deliveries_pushed);
    true
}

/// Sends a `Fatal` frame and the matching WebSocket close.
async fn fatal(sink: &mut futures_util::stream::SplitSink<WebSocket, Message>, e: &WireError) {
    let _ = sink
        .send(Message::Binary(
            encode(&ServerFrame::Fatal(e.clone())).into(),
        ))
        .await;
    let _ = sink.send(close_message(e)).await;
}

async fn send(out: &mpsc::Sender<Out>, frame: ServerFrame) -> Result<(), WireError> {
    out.send(Out::Frame(Box::new(frame)))
        .await
        .map_err(|_| WireError::new(ErrorCode::Internal, "connection closed"))
}

/// Reads the next client frame. `Ok(None)`: the client closed. `Err`: close with that error.
async fn next_frame(
    state: &AppState,
    stream: &mut SplitStream<WebSocket>,
) -> Result<Option<ClientFrame>, WireError> {
    let limits = &state.core.config().limits;
    loop {
        let message = match stream.next().await {
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
        return decode_client(&bytes).map(Some).map_err(|e| {
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
