//! Streams over one circuit, on both ends of the Noise session (client and exit).
//!
//! A reader task opens cells and hands each to its stream's bounded channel; a writer task
//! seals queued cells in batches. A stream's pump copies between its socket and the circuit
//! with per-stream windows ([`crate::window`]), so nothing buffers without bound.

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering},
    },
    time::Duration,
};

use tokio::{
    io::{AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _},
    net::TcpStream,
    sync::{Semaphore, mpsc, watch},
};

use super::idle::Activity;
use crate::{
    cell::{CELL_LEN, Cell, Cmd, DATA_MAX, EndReason},
    noise::{Opener, Sealer},
    window::{RecvWindow, WINDOW_CELLS, grant_is_valid},
};

/// What a stream's pump receives from the circuit.
#[derive(Debug)]
pub(crate) enum Incoming {
    Connected,
    Data(Vec<u8>),
    End(EndReason),
    Window(u32),
}

struct Outgoing {
    cmd: Cmd,
    stream: u32,
    data: Vec<u8>,
}

/// Cells sealed per write.
const BATCH_CELLS: usize = 64;
/// Room in a stream's channel beyond its data window (Connected, End, grants).
const CONTROL_SLACK: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Client,
    Exit,
}

/// Counters of one circuit.
#[derive(Debug, Default)]
pub struct MuxStats {
    /// Data bytes sent into the circuit.
    pub sent: AtomicU64,
    /// Data bytes received from the circuit.
    pub received: AtomicU64,
    pub streams: AtomicU32,
}

/// Caps of one circuit.
#[derive(Debug, Clone, Copy)]
pub struct MuxLimits {
    pub streams_max: usize,
    /// Data bytes both ways after which the circuit ends.
    pub bytes_max: u64,
    /// The circuit closes after this long without a cell either way, and a stream ends
    /// (`END TimedOut`) after this long without data either way. `None`: never (the client).
    pub idle_timeout: Option<Duration>,
}

/// The exit's handler for `BEGIN`.
pub(crate) trait BeginHandler: Send + Sync + 'static {
    fn begin(&self, mux: Arc<Mux>, stream: u32, rx: mpsc::Receiver<Incoming>, data: Vec<u8>);
}

pub struct Mux {
    side: Side,
    out: mpsc::Sender<Outgoing>,
    streams: Mutex<HashMap<u32, mpsc::Sender<Incoming>>>,
    next_id: AtomicU32,
    streams_max: usize,
    bytes_max: u64,
    idle_timeout: Option<Duration>,
    /// When a cell last went either way.
    activity: Activity,
    pub stats: MuxStats,
    closed_tx: watch::Sender<bool>,
}

impl Mux {
    /// Starts the reader and writer tasks of an established circuit.
    pub(crate) fn start<R, W>(
        side: Side,
        mut reader: R,
        mut writer: W,
        mut sealer: Sealer,
        mut opener: Opener,
        handler: Option<Arc<dyn BeginHandler>>,
        limits: MuxLimits,
    ) -> Arc<Mux>
    where
        R: AsyncRead + Unpin + Send + 'static,
        W: AsyncWrite + Unpin + Send + 'static,
    {
        let (out, mut out_rx) = mpsc::channel::<Outgoing>(4 * BATCH_CELLS);
        let (closed_tx, _) = watch::channel(false);
        let mux = Arc::new(Mux {
            side,
            out,
            streams: Mutex::new(HashMap::new()),
            next_id: AtomicU32::new(1),
            streams_max: limits.streams_max,
            bytes_max: limits.bytes_max,
            idle_timeout: limits.idle_timeout,
            activity: Activity::default(),
            stats: MuxStats::default(),
            closed_tx,
        });
        let writer_mux = mux.clone();
        tokio::spawn(async move {
            let mut buf = Vec::with_capacity(BATCH_CELLS * CELL_LEN);
            let mut closed = writer_mux.closed_tx.subscribe();
            loop {
                let first = tokio::select! {
                    o = out_rx.recv() => o,
                    () = super::stopped(&mut closed) => None,
                };
                let Some(first) = first else { break };
                let mut next = Some(first);
                while let Some(o) = next.take() {
                    let cell = Cell {
                        cmd: o.cmd,
                        stream: o.stream,
                        data: &o.data,
                    };
                    if sealer.seal(&cell, &mut buf).is_err() {
                        writer_mux.close();
                        return;
                    }
                    if buf.len() < BATCH_CELLS * CELL_LEN {
                        next = out_rx.try_recv().ok();
                    }
                }
                if writer.write_all(&buf).await.is_err() || writer.flush().await.is_err() {
                    break;
                }
                writer_mux.activity.touch();
                buf.clear();
            }
            writer_mux.close();
            let _ = writer.shutdown().await;
        });
        let reader_mux = mux.clone();
        tokio::spawn(async move {
            let mut wire = vec![0u8; CELL_LEN];
            let mut closed = reader_mux.closed_tx.subscribe();
            loop {
                let read = tokio::select! {
                    r = reader.read_exact(&mut wire) => r,
                    () = super::stopped(&mut closed) => break,
                };
                if read.is_err() {
                    break;
                }
                let Ok(cell) = opener.open(&wire) else {
                    break;
                };
                reader_mux.activity.touch();
                if !reader_mux.dispatch(cell, handler.as_ref()) {
                    break;
                }
            }
            reader_mux.close();
        });
        if limits.idle_timeout.is_some() {
            let idle_mux = mux.clone();
            let mut closed = mux.closed_tx.subscribe();
            tokio::spawn(async move {
                tokio::select! {
                    () = idle_mux.activity.idle(idle_mux.idle_timeout) => idle_mux.close(),
                    () = super::stopped(&mut closed) => {}
                }
            });
        }
        mux
    }

    /// Routes one cell; `false` ends the circuit (a protocol violation).
    fn dispatch(self: &Arc<Self>, cell: Cell<'_>, handler: Option<&Arc<dyn BeginHandler>>) -> bool {
        let id = cell.stream;
        let message = match cell.cmd {
            Cmd::Padding => return true,
            Cmd::Begin => {
                let Some(handler) = handler else {
                    return false;
                };
                let (tx, rx) = mpsc::channel(WINDOW_CELLS as usize + CONTROL_SLACK);
                {
                    let mut streams = self.streams.lock().unwrap_or_else(|p| p.into_inner());
                    if streams.contains_key(&id) {
                        return false;
                    }
                    if streams.len() >= self.streams_max {
                        drop(streams);
                        self.send_now(Cmd::End, id, vec![EndReason::Limit as u8]);
                        return true;
                    }
                    streams.insert(id, tx);
                }
                self.stats.streams.fetch_add(1, Ordering::Relaxed);
                handler.begin(self.clone(), id, rx, cell.data.to_vec());
                return true;
            }
            Cmd::Connected => Incoming::Connected,
            Cmd::Data => {
                let n = cell.data.len() as u64;
                let total = self.stats.received.fetch_add(n, Ordering::Relaxed) + n;
                if total + self.stats.sent.load(Ordering::Relaxed) > self.bytes_max {
                    return false;
                }
                Incoming::Data(cell.data.to_vec())
            }
            Cmd::End => Incoming::End(EndReason::from_u8(cell.data.first().copied().unwrap_or(7))),
            Cmd::Window => {
                let Ok(grant) = <[u8; 4]>::try_from(cell.data) else {
                    return false;
                };
                Incoming::Window(u32::from_be_bytes(grant))
            }
        };
        let tx = self
            .streams
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&id)
            .cloned();
        match tx {
            // Cells for a stream already gone (its END crossed ours) are dropped.
            None => true,
            Some(tx) => match tx.try_send(message) {
                Ok(()) => true,
                // The pump has finished: nothing to deliver to.
                Err(mpsc::error::TrySendError::Closed(_)) => true,
                // The peer overran its window.
                Err(mpsc::error::TrySendError::Full(_)) => false,
            },
        }
    }

    pub fn close(&self) {
        self.closed_tx.send_replace(true);
        self.streams
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
    }

    pub fn is_closed(&self) -> bool {
        *self.closed_tx.borrow()
    }

    /// Resolves once the circuit is closed.
    pub async fn closed(&self) {
        let mut rx = self.closed_tx.subscribe();
        let _ = rx.wait_for(|c| *c).await;
    }

    pub fn open_streams(&self) -> usize {
        self.streams.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    async fn send(&self, cmd: Cmd, stream: u32, data: Vec<u8>) -> bool {
        self.out.send(Outgoing { cmd, stream, data }).await.is_ok()
    }

    fn send_now(&self, cmd: Cmd, stream: u32, data: Vec<u8>) {
        // Control cells from the reader task must not wait on the writer (which may wait on
        // the peer); when the queue is full the circuit is congested beyond repair.
        if self.out.try_send(Outgoing { cmd, stream, data }).is_err() {
            self.close();
        }
    }

    fn remove(&self, stream: u32) {
        if self
            .streams
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&stream)
            .is_some()
        {
            self.stats.streams.fetch_sub(1, Ordering::Relaxed);
        }
    }

    /// Client side: opens a stream to `host:port` and waits for the exit's answer.
    pub async fn open(self: &Arc<Self>, begin: Vec<u8>) -> Result<OpenStream, EndReason> {
        debug_assert_eq!(self.side, Side::Client);
        let id = self.next_id.fetch_add(2, Ordering::Relaxed);
        let (tx, mut rx) = mpsc::channel(WINDOW_CELLS as usize + CONTROL_SLACK);
        {
            let mut streams = self.streams.lock().unwrap_or_else(|p| p.into_inner());
            if self.is_closed() {
                return Err(EndReason::Protocol);
            }
            streams.insert(id, tx);
        }
        self.stats.streams.fetch_add(1, Ordering::Relaxed);
        if !self.send(Cmd::Begin, id, begin).await {
            self.remove(id);
            return Err(EndReason::Protocol);
        }
        match rx.recv().await {
            Some(Incoming::Connected) => Ok(OpenStream {
                mux: self.clone(),
                id,
                rx,
            }),
            Some(Incoming::End(reason)) => {
                self.remove(id);
                Err(reason)
            }
            _ => {
                self.remove(id);
                Err(EndReason::Protocol)
            }
        }
    }

    /// Exit side: the stream is connected (or refused with `reason`).
    pub(crate) async fn answer(&self, stream: u32, result: Result<(), EndReason>) -> bool {
        match result {
            Ok(()) => self.send(Cmd::Connected, stream, Vec::new()).await,
            Err(reason) => {
                let sent = self.send(Cmd::End, stream, vec![reason as u8]).await;
                self.remove(stream);
                sent
            }
        }
    }
}

/// A connected stream, not yet pumping.
pub struct OpenStream {
    mux: Arc<Mux>,
    id: u32,
    rx: mpsc::Receiver<Incoming>,
}

impl OpenStream {
    pub async fn pump(self, socket: TcpStream, early: Vec<u8>) {
        pump(self.mux, self.id, self.rx, socket, early).await;
    }
}

/// Copies both ways between `socket` and stream `id` until both sides have ended (or either
/// aborts). `early` is data already read from the socket (sent first).
pub(crate) async fn pump(
    mux: Arc<Mux>,
    id: u32,
    mut rx: mpsc::Receiver<Incoming>,
    socket: TcpStream,
    early: Vec<u8>,
) {
    let _ = socket.set_nodelay(true);
    let (mut rd, mut wr) = socket.into_split();
    let window = Arc::new(Semaphore::new(WINDOW_CELLS as usize));
    let sent_end = AtomicBool::new(false);
    let got_end = AtomicBool::new(false);
    let send_window = AtomicU32::new(WINDOW_CELLS);
    // When data last went either way on this stream.
    let activity = Activity::default();

    let up = async {
        let mut buf = vec![0u8; 64 * 1024];
        let mut pending = early;
        loop {
            if pending.is_empty() {
                match rd.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        activity.touch();
                        pending.extend_from_slice(&buf[..n]);
                    }
                }
            }
            for chunk in pending.chunks(DATA_MAX) {
                let Ok(permit) = window.acquire().await else {
                    return;
                };
                permit.forget();
                send_window.fetch_sub(1, Ordering::SeqCst);
                let n = chunk.len() as u64;
                let total = mux.stats.sent.fetch_add(n, Ordering::Relaxed) + n;
                if total + mux.stats.received.load(Ordering::Relaxed) > mux.bytes_max {
                    mux.close();
                    return;
                }
                if !mux.send(Cmd::Data, id, chunk.to_vec()).await {
                    return;
                }
            }
            pending.clear();
        }
        mux.send(Cmd::End, id, vec![EndReason::Done as u8]).await;
        sent_end.store(true, Ordering::SeqCst);
        if got_end.load(Ordering::SeqCst) {
            mux.remove(id);
        }
    };

    let down = async {
        let mut recv = RecvWindow::default();
        let mut out = Vec::with_capacity(64 * 1024);
        while let Some(first) = rx.recv().await {
            activity.touch();
            let mut next = Some(first);
            let mut grants = 0u32;
            // Coalesce queued data into one socket write.
            while let Some(message) = next.take() {
                match message {
                    Incoming::Data(data) => {
                        if !recv.on_data() {
                            return Err(EndReason::Protocol);
                        }
                        out.extend_from_slice(&data);
                        if let Some(g) = recv.on_delivered() {
                            grants += g;
                        }
                    }
                    Incoming::Window(n) => {
                        if !grant_is_valid(send_window.load(Ordering::SeqCst), n) {
                            return Err(EndReason::Protocol);
                        }
                        send_window.fetch_add(n, Ordering::SeqCst);
                        window.add_permits(n as usize);
                    }
                    Incoming::End(EndReason::Done) => {
                        if !out.is_empty() {
                            wr.write_all(&out).await.map_err(|_| EndReason::Reset)?;
                            out.clear();
                        }
                        let _ = wr.shutdown().await;
                        got_end.store(true, Ordering::SeqCst);
                        if sent_end.load(Ordering::SeqCst) {
                            mux.remove(id);
                        }
                    }
                    Incoming::End(other) => return Err(other),
                    Incoming::Connected => return Err(EndReason::Protocol),
                }
                if out.len() < 64 * 1024 {
                    next = rx.try_recv().ok();
                }
            }
            if !out.is_empty() {
                wr.write_all(&out).await.map_err(|_| EndReason::Reset)?;
                out.clear();
            }
            if grants > 0
                && !mux
                    .send(Cmd::Window, id, grants.to_be_bytes().to_vec())
                    .await
            {
                return Err(EndReason::Protocol);
            }
        }
        Ok(())
    };

    let idle = activity.idle(mux.idle_timeout);
    tokio::pin!(up, down, idle);
    let mut up_done = false;
    loop {
        tokio::select! {
            () = &mut up, if !up_done => up_done = true,
            () = &mut idle => {
                // Nothing either way for the idle timeout: end the stream, free its place.
                window.close();
                mux.send(Cmd::End, id, vec![EndReason::TimedOut as u8]).await;
                mux.remove(id);
                break;
            }
            result = &mut down => {
                if let Err(reason) = result {
                    window.close();
                    // The peer ignores cells of a stream it has ended already.
                    let _ = reason;
                    mux.send(Cmd::End, id, vec![EndReason::Reset as u8]).await;
                    mux.remove(id);
                }
                break;
            }
        }
    }
}
