//! Streams over one circuit, on both ends of the Noise session (client and exit).
//!
//! A reader task reads the circuit in large chunks, opens each message (a cell or a batch of
//! them) and hands each stream its run of `DATA` as one message on the stream's bounded
//! channel; a writer task seals what is queued as batches and writes them at once. A stream's
//! pump copies between its socket and the circuit with per-stream windows
//! ([`crate::window`]), so nothing buffers without bound: a stream's channel holds at most
//! its window of cells (counted at the reader), a circuit's read buffer one batch.

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
    cell::{BATCH_MAX, CELL_LEN, Cell, Cmd, DATA_MAX, EndReason},
    noise::{Opener, Sealer},
    window::{RecvWindow, WINDOW_CELLS, grant_is_valid},
};

/// What a stream's pump receives from the circuit.
#[derive(Debug)]
pub(crate) enum Incoming {
    Connected,
    /// The data of `cells` consecutive `DATA` cells.
    Data {
        data: Vec<u8>,
        cells: u32,
    },
    End(EndReason),
    Window(u32),
}

/// A stream's receiving end: its channel, and how many data cells wait in it (the reader
/// refuses a peer that queues more than its window).
pub(crate) struct StreamRx {
    rx: mpsc::Receiver<Incoming>,
    queued: Arc<AtomicU32>,
}

struct StreamTx {
    tx: mpsc::Sender<Incoming>,
    queued: Arc<AtomicU32>,
}

fn stream_channel() -> (StreamTx, StreamRx) {
    let (tx, rx) = mpsc::channel(WINDOW_CELLS as usize + CONTROL_SLACK);
    let queued = Arc::new(AtomicU32::new(0));
    (
        StreamTx {
            tx,
            queued: queued.clone(),
        },
        StreamRx { rx, queued },
    )
}

struct Outgoing {
    cmd: Cmd,
    stream: u32,
    /// `DATA`: up to [`SEND_CELLS_MAX`] cells' worth, cut into cells by the writer; any other
    /// command: one cell's.
    data: Vec<u8>,
}

/// Messages queued for the writer.
const OUT_QUEUE: usize = 256;
/// The writer stops taking more from its queue once it has this much sealed to write.
const WRITE_MAX: usize = 4 * BATCH_MAX * CELL_LEN;
/// A circuit's read buffer: a whole batch and the cell after it.
const READ_MAX: usize = (BATCH_MAX + 1) * CELL_LEN;
/// Data cells one socket read of a stream may fill (one batch).
const SEND_CELLS_MAX: usize = BATCH_MAX;
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
    fn begin(&self, mux: Arc<Mux>, stream: u32, rx: StreamRx, data: Vec<u8>);
}

pub struct Mux {
    side: Side,
    out: mpsc::Sender<Outgoing>,
    streams: Mutex<HashMap<u32, StreamTx>>,
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
        let (out, mut out_rx) = mpsc::channel::<Outgoing>(OUT_QUEUE);
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
            let mut buf = Vec::new();
            let mut closed = writer_mux.closed_tx.subscribe();
            loop {
                let first = tokio::select! {
                    o = out_rx.recv() => o,
                    () = super::stopped(&mut closed) => None,
                };
                let Some(first) = first else { break };
                // Seal everything queued (up to WRITE_MAX) as batches, then one write.
                let mut next = Some(first);
                while let Some(o) = next.take() {
                    if queue_cells(&mut sealer, &o, &mut buf).is_err() {
                        writer_mux.close();
                        return;
                    }
                    if buf.len() < WRITE_MAX {
                        next = out_rx.try_recv().ok();
                    }
                }
                if sealer.flush(&mut buf).is_err() {
                    writer_mux.close();
                    return;
                }
                if writer.write_all(&buf).await.is_err() || writer.flush().await.is_err() {
                    break;
                }
                writer_mux.activity.touch();
                buf.clear();
                if buf.capacity() > WRITE_MAX + BATCH_MAX * CELL_LEN {
                    buf.shrink_to(WRITE_MAX);
                }
            }
            writer_mux.close();
            let _ = writer.shutdown().await;
        });
        let reader_mux = mux.clone();
        tokio::spawn(async move {
            // Grown to READ_MAX once reads fill it (a quiet circuit keeps a small one).
            let mut wire = vec![0u8; 2 * CELL_LEN];
            let (mut start, mut end) = (0usize, 0usize);
            let mut closed = reader_mux.closed_tx.subscribe();
            'read: loop {
                // Every whole message in the buffer.
                loop {
                    let need = opener.next_len();
                    if end - start < need {
                        break;
                    }
                    let Ok(cells) = opener.open_message(&wire[start..start + need]) else {
                        break 'read;
                    };
                    start += need;
                    reader_mux.activity.touch();
                    if !reader_mux.dispatch_message(cells, handler.as_ref()) {
                        break 'read;
                    }
                }
                // Room for the next message and as much after it as fits.
                let need = opener.next_len();
                if start > 0 {
                    wire.copy_within(start..end, 0);
                    end -= start;
                    start = 0;
                }
                if wire.len() < need {
                    wire.resize(need, 0);
                }
                let read = tokio::select! {
                    r = reader.read(&mut wire[end..]) => r,
                    () = super::stopped(&mut closed) => break,
                };
                match read {
                    // A peer that stops inside a message is cut off: nothing half-read counts.
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        end += n;
                        if end == wire.len() && wire.len() < READ_MAX {
                            wire.resize(READ_MAX, 0);
                        }
                    }
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

    /// Routes the cells of one message; consecutive `DATA` of a stream go as one. `false`
    /// ends the circuit (a protocol violation, or a cell that does not decode).
    fn dispatch_message(
        self: &Arc<Self>,
        mut cells: crate::cell::Cells<'_>,
        handler: Option<&Arc<dyn BeginHandler>>,
    ) -> bool {
        let mut run: Option<(u32, Vec<u8>, u32)> = None;
        while let Some(cell) = cells.next() {
            let Ok(cell) = cell else {
                return false;
            };
            if cell.cmd == Cmd::Data {
                match &mut run {
                    Some((stream, data, n)) if *stream == cell.stream => {
                        data.extend_from_slice(cell.data);
                        *n += 1;
                    }
                    _ => {
                        if let Some((stream, data, n)) = run.take()
                            && !self.deliver_data(stream, data, n)
                        {
                            return false;
                        }
                        let mut data = Vec::with_capacity((cells.remaining() + 1) * DATA_MAX);
                        data.extend_from_slice(cell.data);
                        run = Some((cell.stream, data, 1));
                    }
                }
                continue;
            }
            if let Some((stream, data, n)) = run.take()
                && !self.deliver_data(stream, data, n)
            {
                return false;
            }
            if !self.dispatch(cell, handler) {
                return false;
            }
        }
        match run {
            Some((stream, data, n)) => self.deliver_data(stream, data, n),
            None => true,
        }
    }

    /// `cells` `DATA` cells of `stream` (their data in `data`).
    fn deliver_data(&self, id: u32, data: Vec<u8>, cells: u32) -> bool {
        let n = data.len() as u64;
        let total = self.stats.received.fetch_add(n, Ordering::Relaxed) + n;
        if total + self.stats.sent.load(Ordering::Relaxed) > self.bytes_max {
            return false;
        }
        let streams = self.streams.lock().unwrap_or_else(|p| p.into_inner());
        // Cells for a stream already gone (its END crossed ours) are dropped.
        let Some(stream) = streams.get(&id) else {
            return true;
        };
        // The peer overran its window: more cells wait than it may have in flight.
        let queued = stream.queued.fetch_add(cells, Ordering::AcqRel) + cells;
        if queued > WINDOW_CELLS {
            return false;
        }
        match stream.tx.try_send(Incoming::Data { data, cells }) {
            Ok(()) => true,
            // The pump has finished: nothing to deliver to.
            Err(mpsc::error::TrySendError::Closed(_)) => true,
            Err(mpsc::error::TrySendError::Full(_)) => false,
        }
    }

    /// Routes one cell other than `DATA`; `false` ends the circuit (a protocol violation).
    fn dispatch(self: &Arc<Self>, cell: Cell<'_>, handler: Option<&Arc<dyn BeginHandler>>) -> bool {
        let id = cell.stream;
        let message = match cell.cmd {
            Cmd::Padding => return true,
            // Consumed by the opener; never inside a batch.
            Cmd::Batch | Cmd::Data => return false,
            Cmd::Begin => {
                let Some(handler) = handler else {
                    return false;
                };
                let (tx, rx) = stream_channel();
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
            .map(|s| s.tx.clone());
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
        let (tx, mut rx) = stream_channel();
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
        match rx.rx.recv().await {
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
    rx: StreamRx,
}

impl OpenStream {
    pub async fn pump(self, socket: TcpStream, early: Vec<u8>) {
        pump(self.mux, self.id, self.rx, socket, early).await;
    }
}

/// Queues `o` as cells (a `DATA` message cut into cells of at most [`DATA_MAX`] bytes).
fn queue_cells(sealer: &mut Sealer, o: &Outgoing, buf: &mut Vec<u8>) -> Result<(), crate::Error> {
    if o.cmd != Cmd::Data {
        return sealer.push(
            &Cell {
                cmd: o.cmd,
                stream: o.stream,
                data: &o.data,
            },
            buf,
        );
    }
    for chunk in o.data.chunks(DATA_MAX) {
        sealer.push(
            &Cell {
                cmd: Cmd::Data,
                stream: o.stream,
                data: chunk,
            },
            buf,
        )?;
    }
    Ok(())
}

/// Copies both ways between `socket` and stream `id` until both sides have ended (or either
/// aborts). `early` is data already read from the socket (sent first).
pub(crate) async fn pump(mux: Arc<Mux>, id: u32, rx: StreamRx, socket: TcpStream, early: Vec<u8>) {
    let StreamRx { mut rx, queued } = rx;
    let _ = socket.set_nodelay(true);
    let (mut rd, mut wr) = socket.into_split();
    let window = Arc::new(Semaphore::new(WINDOW_CELLS as usize));
    let sent_end = AtomicBool::new(false);
    let got_end = AtomicBool::new(false);
    let send_window = AtomicU32::new(WINDOW_CELLS);
    // When data last went either way on this stream.
    let activity = Activity::default();

    let up = async {
        let mut early = early.as_slice();
        loop {
            // One cell's window at least, then as much more as is open (up to a batch).
            let Ok(permit) = window.acquire().await else {
                return;
            };
            permit.forget();
            let mut cells = 1;
            let more = window.available_permits().min(SEND_CELLS_MAX - 1);
            if more > 0
                && let Ok(permits) = window.try_acquire_many(more as u32)
            {
                permits.forget();
                cells += more;
            }
            let data = if early.is_empty() {
                let mut data = Vec::with_capacity(cells * DATA_MAX);
                match rd.read_buf(&mut data).await {
                    Ok(0) | Err(_) => break,
                    Ok(_) => activity.touch(),
                }
                data
            } else {
                let (now, later) = early.split_at(early.len().min(cells * DATA_MAX));
                early = later;
                now.to_vec()
            };
            let used = data.len().div_ceil(DATA_MAX);
            window.add_permits(cells - used);
            send_window.fetch_sub(used as u32, Ordering::SeqCst);
            let n = data.len() as u64;
            let total = mux.stats.sent.fetch_add(n, Ordering::Relaxed) + n;
            if total + mux.stats.received.load(Ordering::Relaxed) > mux.bytes_max {
                mux.close();
                return;
            }
            if !mux.send(Cmd::Data, id, data).await {
                return;
            }
        }
        mux.send(Cmd::End, id, vec![EndReason::Done as u8]).await;
        sent_end.store(true, Ordering::SeqCst);
        if got_end.load(Ordering::SeqCst) {
            mux.remove(id);
        }
    };

    let down = async {
        let mut recv = RecvWindow::default();
        let mut out = Vec::new();
        while let Some(first) = rx.recv().await {
            activity.touch();
            let mut next = Some(first);
            let mut grants = 0u32;
            // Coalesce queued data into one socket write.
            while let Some(message) = next.take() {
                match message {
                    Incoming::Data { data, cells } => {
                        queued.fetch_sub(cells, Ordering::AcqRel);
                        if !recv.on_data_cells(cells) {
                            return Err(EndReason::Protocol);
                        }
                        if out.is_empty() {
                            out = data;
                        } else {
                            out.extend_from_slice(&data);
                        }
                        grants += recv.on_delivered_cells(cells);
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

#[cfg(test)]
mod tests {
    use std::{
        pin::Pin,
        task::{Context, Poll},
    };

    use tokio::{io::DuplexStream, net::TcpListener};

    use super::*;
    use crate::noise::{ClientHandshake, ExitHandshake, NoiseKeypair, split};

    /// What the entry would see of one direction: bytes so far at each flush.
    struct Recording {
        inner: DuplexStream,
        written: Arc<AtomicU64>,
        odd_flushes: Arc<AtomicU32>,
    }

    impl AsyncWrite for Recording {
        fn poll_write(
            mut self: Pin<&mut Self>,
            cx: &mut Context<'_>,
            buf: &[u8],
        ) -> Poll<std::io::Result<usize>> {
            let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
            if let Poll::Ready(Ok(n)) = polled {
                self.written.fetch_add(n as u64, Ordering::SeqCst);
            }
            polled
        }

        fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
            if !self
                .written
                .load(Ordering::SeqCst)
                .is_multiple_of(CELL_LEN as u64)
            {
                self.odd_flushes.fetch_add(1, Ordering::SeqCst);
            }
            Pin::new(&mut self.inner).poll_flush(cx)
        }

        fn poll_shutdown(
            mut self: Pin<&mut Self>,
            cx: &mut Context<'_>,
        ) -> Poll<std::io::Result<()>> {
            Pin::new(&mut self.inner).poll_shutdown(cx)
        }
    }

    fn keys() -> (crate::noise::CircuitKeys, crate::noise::CircuitKeys) {
        let exit = NoiseKeypair::generate();
        let (client, first) = ClientHandshake::start(&exit.public, b"t").unwrap();
        let (pending, _) = ExitHandshake::accept(&exit, &first).unwrap();
        let (answer, exit_keys) = pending.accept_circuit().unwrap();
        let (_, client_keys) = client.finish(&answer).unwrap();
        (client_keys.unwrap(), exit_keys)
    }

    fn limits() -> MuxLimits {
        MuxLimits {
            streams_max: 16,
            bytes_max: u64::MAX,
            idle_timeout: None,
        }
    }

    /// The exit's streams: every BEGIN connects to `addr`.
    struct ToAddr(std::net::SocketAddr);

    impl BeginHandler for ToAddr {
        fn begin(&self, mux: Arc<Mux>, stream: u32, rx: StreamRx, _data: Vec<u8>) {
            let addr = self.0;
            tokio::spawn(async move {
                let socket = TcpStream::connect(addr).await.unwrap();
                if mux.answer(stream, Ok(())).await {
                    pump(mux, stream, rx, socket, Vec::new()).await;
                }
            });
        }
    }

    fn body(i: usize) -> u8 {
        (i.wrapping_mul(31) % 251) as u8
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn streams_cross_in_batches_of_whole_cells_both_ways() {
        const LEN: usize = 3 << 20;
        // The destination: sends LEN bytes, then reads what the client sent until it ends.
        let web = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = web.local_addr().unwrap();
        let uploaded = tokio::spawn(async move {
            let (mut s, _) = web.accept().await.unwrap();
            let data: Vec<u8> = (0..LEN).map(body).collect();
            let (mut rd, mut wr) = s.split();
            let send = async {
                wr.write_all(&data).await.unwrap();
                wr.shutdown().await.unwrap();
            };
            let mut got = Vec::new();
            let recv = rd.read_to_end(&mut got);
            let ((), n) = tokio::join!(send, recv);
            n.unwrap();
            got
        });
        let (client_keys, exit_keys) = keys();
        let (up_w, up_r) = tokio::io::duplex(64 * 1024);
        let (down_w, down_r) = tokio::io::duplex(64 * 1024);
        let (up_bytes, down_bytes) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
        let odd = Arc::new(AtomicU32::new(0));
        let (cs, co) = split(client_keys);
        let (es, eo) = split(exit_keys);
        let client = Mux::start(
            Side::Client,
            down_r,
            Recording {
                inner: up_w,
                written: up_bytes.clone(),
                odd_flushes: odd.clone(),
            },
            cs,
            co,
            None,
            limits(),
        );
        let _exit = Mux::start(
            Side::Exit,
            up_r,
            Recording {
                inner: down_w,
                written: down_bytes.clone(),
                odd_flushes: odd.clone(),
            },
            es,
            eo,
            Some(Arc::new(ToAddr(addr))),
            limits(),
        );
        // The local side: a socket pair whose far end the test reads and writes.
        let local = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let mut app = TcpStream::connect(local.local_addr().unwrap())
            .await
            .unwrap();
        let (socket, _) = local.accept().await.unwrap();
        let stream = client
            .open(crate::cell::encode_begin("web.test", 80).unwrap())
            .await
            .unwrap();
        let early = vec![7u8; 5000];
        tokio::spawn(stream.pump(socket, early.clone()));
        let upload: Vec<u8> = (0..LEN / 3).map(|i| body(i + 1)).collect();
        let (mut rd, mut wr) = app.split();
        let send = async {
            wr.write_all(&upload).await.unwrap();
            wr.shutdown().await.unwrap();
        };
        let mut got = Vec::new();
        let recv = rd.read_to_end(&mut got);
        let ((), n) =
            tokio::time::timeout(Duration::from_secs(60), async { tokio::join!(send, recv) })
                .await
                .unwrap();
        n.unwrap();
        assert_eq!(got.len(), LEN);
        assert!(got.iter().enumerate().all(|(i, &b)| b == body(i)));
        let mut sent = early;
        sent.extend_from_slice(&upload);
        assert_eq!(uploaded.await.unwrap(), sent);
        // The entry saw whole cells only, and batches: fewer cells than one per 1,001 bytes
        // plus one BATCH cell per 63.
        assert_eq!(odd.load(Ordering::SeqCst), 0);
        let down = down_bytes.load(Ordering::SeqCst) as usize;
        assert!(down.is_multiple_of(CELL_LEN));
        assert!(down / CELL_LEN <= LEN.div_ceil(DATA_MAX) * 64 / 63 + 64);
        assert!(
            up_bytes
                .load(Ordering::SeqCst)
                .is_multiple_of(CELL_LEN as u64)
        );
    }

    /// An exit whose peer wrote `wire` (and keeps the pipe open).
    async fn exit_fed(wire: &[u8]) -> (Arc<Mux>, DuplexStream, DuplexStream) {
        let (_client_keys, exit_keys) = keys();
        let (mut feed, up_r) = tokio::io::duplex(1 << 20);
        let (down_w, down_r) = tokio::io::duplex(1 << 20);
        let (es, eo) = split(exit_keys);
        let mux = Mux::start(Side::Exit, up_r, down_w, es, eo, None, limits());
        feed.write_all(wire).await.unwrap();
        (mux, feed, down_r)
    }

    #[tokio::test]
    async fn a_batch_cut_short_or_announced_wrong_closes_the_circuit() {
        let (client_keys, exit_keys) = keys();
        let (mut cs, _co) = split(client_keys);
        let mut wire = Vec::new();
        for _ in 0..10 {
            cs.push(
                &Cell {
                    cmd: Cmd::Padding,
                    stream: 0,
                    data: b"",
                },
                &mut wire,
            )
            .unwrap();
        }
        cs.flush(&mut wire).unwrap();
        assert_eq!(wire.len(), 11 * CELL_LEN);
        // Cut inside the batch, then the peer goes away: the circuit closes.
        let (feed_w, up_r) = tokio::io::duplex(1 << 20);
        let (down_w, _down_r) = tokio::io::duplex(1 << 20);
        let (es, eo) = split(exit_keys);
        let mux = Mux::start(Side::Exit, up_r, down_w, es, eo, None, limits());
        let mut feed_w = feed_w;
        feed_w.write_all(&wire[..5 * CELL_LEN + 100]).await.unwrap();
        drop(feed_w);
        tokio::time::timeout(Duration::from_secs(10), mux.closed())
            .await
            .unwrap();
        // Garbage where a batch should be: closed too.
        let (mux, _feed, _down) = exit_fed(&[0u8; 3 * CELL_LEN]).await;
        tokio::time::timeout(Duration::from_secs(10), mux.closed())
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn a_peer_that_overruns_its_window_in_batches_is_cut_off() {
        let (client_keys, exit_keys) = keys();
        let (mut cs, _co) = split(client_keys);
        let (mut feed, up_r) = tokio::io::duplex(1 << 20);
        let (down_w, _down_r) = tokio::io::duplex(1 << 20);
        let (es, eo) = split(exit_keys);
        // An exit whose stream never reads (its pump is not started): what arrives stays
        // queued, and at most one window of it.
        struct Parked(Mutex<Vec<StreamRx>>);
        impl BeginHandler for Parked {
            fn begin(&self, _mux: Arc<Mux>, _stream: u32, rx: StreamRx, _data: Vec<u8>) {
                self.0.lock().unwrap().push(rx);
            }
        }
        let parked = Arc::new(Parked(Mutex::new(Vec::new())));
        let mux = Mux::start(
            Side::Exit,
            up_r,
            down_w,
            es,
            eo,
            Some(parked.clone()),
            limits(),
        );
        let mut wire = Vec::new();
        let begin = crate::cell::encode_begin("web.test", 80).unwrap();
        cs.seal(
            &Cell {
                cmd: Cmd::Begin,
                stream: 1,
                data: &begin,
            },
            &mut wire,
        )
        .unwrap();
        let data = [1u8; DATA_MAX];
        for _ in 0..WINDOW_CELLS as usize {
            cs.push(
                &Cell {
                    cmd: Cmd::Data,
                    stream: 1,
                    data: &data,
                },
                &mut wire,
            )
            .unwrap();
        }
        cs.flush(&mut wire).unwrap();
        feed.write_all(&wire).await.unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert!(!mux.is_closed(), "a full window is allowed");
        let queued = parked.0.lock().unwrap()[0].queued.load(Ordering::SeqCst);
        assert_eq!(queued, WINDOW_CELLS);
        // One batch more than the window: the circuit ends.
        wire.clear();
        for _ in 0..BATCH_MAX {
            cs.push(
                &Cell {
                    cmd: Cmd::Data,
                    stream: 1,
                    data: &data,
                },
                &mut wire,
            )
            .unwrap();
        }
        cs.flush(&mut wire).unwrap();
        feed.write_all(&wire).await.unwrap();
        tokio::time::timeout(Duration::from_secs(10), mux.closed())
            .await
            .unwrap();
    }
}
