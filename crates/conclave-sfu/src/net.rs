//! The SFU on a tokio UDP socket: one task owns the socket and the [`Sfu`]; joins reach it
//! through a bounded channel ([`SfuHandle::join`]), answered with the SDP answer or the
//! refusal.
//!
//! ICE over TCP (RFC 6544, passive; RFC 4571 framing: a 2-byte big-endian length before each
//! STUN/DTLS/RTP packet), where UDP is blocked: each accepted TCP connection
//! ([`SfuHandle::accept_tcp`], from the driver's own listener or one it shares with another
//! service) gets a reader task, which feeds frames to the SFU task through one bounded
//! channel, and a writer task with a bounded queue, to which the SFU task hands the
//! transmits whose protocol is TCP. The SFU stays owned by its one task.

use std::collections::HashMap;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use conclave_proto::{GroupId, Timestamp};
use str0m::net::Protocol;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream, UdpSocket};
use tokio::sync::{mpsc, oneshot, watch};

use crate::limits::{
    TCP_CONNECTIONS_MAX, TCP_CONNECTIONS_PER_IP_MAX, TCP_IDLE_TIMEOUT, TCP_RECV_QUEUE_MAX,
    TCP_SEND_QUEUE_MAX,
};
use crate::{JoinError, JoinRequest, Joined, Sfu, SfuStats};

/// Joins waiting for the SFU task; more are refused as overload.
const JOIN_QUEUE_MAX: usize = 64;
/// Bytes the tap file takes at most (see [`NetConfig::tap_file`]).
const TAP_FILE_BYTES_MAX: u64 = 256 * 1024 * 1024;
/// Without participants the task still wakes this often (for nothing but its own health).
const IDLE_WAKE: Duration = Duration::from_secs(1);

/// What the driver adds to the [`Sfu`].
#[derive(Debug, Clone, Default)]
pub struct NetConfig {
    /// Append every forwarded payload to this file (`[u32 BE length][payload]` each), for
    /// tests of what the SFU sees; the SFU must run with `tap` on.
    pub tap_file: Option<PathBuf>,
}

/// Why a join through the driver failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NetJoinError {
    #[error(transparent)]
    Refused(#[from] JoinError),
    #[error("the media server is busy: too many joins at once; try again")]
    Busy,
    #[error("the media server is not running")]
    Stopped,
}

struct JoinCommand {
    group: GroupId,
    call_id: [u8; 16],
    token: Vec<u8>,
    offer: String,
    reply: oneshot::Sender<Result<Joined, JoinError>>,
}

enum Command {
    Join(JoinCommand),
    Stats(oneshot::Sender<SfuStats>),
    Trust(Vec<[u8; 32]>),
}

/// What ICE-TCP connections tell the SFU task, in order per connection.
enum TcpEvent {
    Open {
        peer: SocketAddr,
        conn: u64,
        writer: mpsc::Sender<Vec<u8>>,
    },
    Frame {
        peer: SocketAddr,
        bytes: Vec<u8>,
    },
    Closed {
        peer: SocketAddr,
        conn: u64,
    },
}

/// Open ICE-TCP connections, counted against [`TCP_CONNECTIONS_MAX`] and
/// [`TCP_CONNECTIONS_PER_IP_MAX`].
#[derive(Debug, Default)]
struct TcpCount {
    total: usize,
    per_ip: HashMap<IpAddr, usize>,
    next_conn: u64,
}

/// One connection's place in [`TcpCount`], given back on drop.
struct TcpSlot {
    count: Arc<Mutex<TcpCount>>,
    ip: IpAddr,
}

impl Drop for TcpSlot {
    fn drop(&mut self) {
        if let Ok(mut c) = self.count.lock() {
            c.total = c.total.saturating_sub(1);
            if let Some(n) = c.per_ip.get_mut(&self.ip) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    c.per_ip.remove(&self.ip);
                }
            }
        }
    }
}

/// Talks to the SFU task; cheap to clone.
#[derive(Debug, Clone)]
pub struct SfuHandle {
    tx: mpsc::Sender<Command>,
    local: SocketAddr,
    tcp: mpsc::Sender<TcpEvent>,
    tcp_count: Arc<Mutex<TcpCount>>,
    frame_bytes_max: usize,
}

impl std::fmt::Debug for TcpEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TcpEvent")
    }
}

impl SfuHandle {
    /// The socket's address.
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    pub async fn join(
        &self,
        group: GroupId,
        call_id: [u8; 16],
        token: Vec<u8>,
        offer: String,
    ) -> Result<Joined, NetJoinError> {
        let (reply, answer) = oneshot::channel();
        let command = Command::Join(JoinCommand {
            group,
            call_id,
            token,
            offer,
            reply,
        });
        self.tx.try_send(command).map_err(|e| match e {
            mpsc::error::TrySendError::Full(_) => NetJoinError::Busy,
            mpsc::error::TrySendError::Closed(_) => NetJoinError::Stopped,
        })?;
        Ok(answer.await.map_err(|_| NetJoinError::Stopped)??)
    }

    /// Serves an accepted TCP connection from `peer` as ICE-TCP (RFC 4571 frames), until it
    /// closes, sends a bad length, or is idle for [`TCP_IDLE_TIMEOUT`]. Over the connection
    /// caps it is closed at once. Returns at once; the connection runs in its own tasks.
    pub fn accept_tcp(&self, stream: TcpStream, peer: SocketAddr) {
        let slot = {
            let Ok(mut c) = self.tcp_count.lock() else {
                return;
            };
            let from_ip = c.per_ip.get(&peer.ip()).copied().unwrap_or(0);
            if c.total >= TCP_CONNECTIONS_MAX || from_ip >= TCP_CONNECTIONS_PER_IP_MAX {
                tracing::debug!(%peer, "ICE-TCP connection refused: too many open");
                return;
            }
            c.total += 1;
            *c.per_ip.entry(peer.ip()).or_default() += 1;
            c.next_conn += 1;
            (
                TcpSlot {
                    count: self.tcp_count.clone(),
                    ip: peer.ip(),
                },
                c.next_conn,
            )
        };
        let (slot, conn) = slot;
        let _ = stream.set_nodelay(true);
        let tx = self.tcp.clone();
        let max = self.frame_bytes_max;
        tokio::spawn(async move {
            let _slot = slot;
            let (mut read, mut write) = stream.into_split();
            let (writer, mut queue) = mpsc::channel::<Vec<u8>>(TCP_SEND_QUEUE_MAX);
            if tx
                .send(TcpEvent::Open { peer, conn, writer })
                .await
                .is_err()
            {
                return;
            }
            let writing = tokio::spawn(async move {
                let mut out = Vec::with_capacity(max + 2);
                while let Some(frame) = queue.recv().await {
                    let Ok(len) = u16::try_from(frame.len()) else {
                        continue;
                    };
                    out.clear();
                    out.extend_from_slice(&len.to_be_bytes());
                    out.extend_from_slice(&frame);
                    if write.write_all(&out).await.is_err() {
                        break;
                    }
                }
                let _ = write.shutdown().await;
            });
            let mut buf = vec![0u8; max];
            loop {
                let frame = tokio::time::timeout(TCP_IDLE_TIMEOUT, async {
                    let len = usize::from(read.read_u16().await?);
                    if len == 0 || len > max {
                        return Err(std::io::Error::new(
                            std::io::ErrorKind::InvalidData,
                            format!("frame length {len}"),
                        ));
                    }
                    let bytes = buf.get_mut(..len).unwrap_or_default();
                    read.read_exact(bytes).await?;
                    Ok::<_, std::io::Error>(bytes.to_vec())
                })
                .await;
                match frame {
                    Ok(Ok(bytes)) => {
                        if tx.send(TcpEvent::Frame { peer, bytes }).await.is_err() {
                            break;
                        }
                    }
                    Ok(Err(e)) => {
                        tracing::debug!(%peer, error = %e, "ICE-TCP connection closed");
                        break;
                    }
                    Err(_) => {
                        tracing::debug!(%peer, "ICE-TCP connection idle: closed");
                        break;
                    }
                }
            }
            let _ = tx.send(TcpEvent::Closed { peer, conn }).await;
            writing.abort();
        });
    }

    /// Replaces the issuer keys whose call tokens admit participants (see
    /// [`Sfu::set_trusted_issuers`]); `false` when the SFU has stopped.
    pub async fn set_trusted_issuers(&self, keys: Vec<[u8; 32]>) -> bool {
        self.tx.send(Command::Trust(keys)).await.is_ok()
    }

    pub async fn stats(&self) -> Option<SfuStats> {
        let (reply, answer) = oneshot::channel();
        self.tx.send(Command::Stats(reply)).await.ok()?;
        answer.await.ok()
    }
}

fn wall_now() -> Timestamp {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    Timestamp(i64::try_from(ms).unwrap_or(i64::MAX))
}

/// Starts the SFU task on `socket` until `shutdown` turns true; with `tcp`, a task that
/// accepts ICE-TCP connections on it too (connections accepted elsewhere can be handed in
/// with [`SfuHandle::accept_tcp`] either way).
pub fn spawn(
    socket: UdpSocket,
    tcp: Option<TcpListener>,
    sfu: Sfu,
    config: NetConfig,
    shutdown: watch::Receiver<bool>,
) -> std::io::Result<(SfuHandle, tokio::task::JoinHandle<()>)> {
    let local = socket.local_addr()?;
    let (tx, rx) = mpsc::channel(JOIN_QUEUE_MAX);
    let (tcp_tx, tcp_rx) = mpsc::channel(TCP_RECV_QUEUE_MAX);
    let handle = SfuHandle {
        tx,
        local,
        tcp: tcp_tx,
        tcp_count: Arc::default(),
        frame_bytes_max: sfu.limits().datagram_bytes_max,
    };
    if let Some(listener) = tcp {
        let handle = handle.clone();
        let mut stop = shutdown.clone();
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = stop.changed() => break,
                    accepted = listener.accept() => match accepted {
                        Ok((stream, peer)) => handle.accept_tcp(stream, peer),
                        Err(e) => {
                            tracing::debug!(error = %e, "ICE-TCP accept failed");
                            tokio::time::sleep(Duration::from_millis(50)).await;
                        }
                    },
                }
            }
        });
    }
    let task = tokio::spawn(run(socket, sfu, config, rx, tcp_rx, shutdown));
    Ok((handle, task))
}

async fn run(
    socket: UdpSocket,
    mut sfu: Sfu,
    config: NetConfig,
    mut commands: mpsc::Receiver<Command>,
    mut tcp_events: mpsc::Receiver<TcpEvent>,
    mut shutdown: watch::Receiver<bool>,
) {
    // The writer of each open ICE-TCP connection, by peer address, with its connection number.
    let mut tcp_writers: HashMap<SocketAddr, (u64, mpsc::Sender<Vec<u8>>)> = HashMap::new();
    // One more byte than the SFU takes, so that an oversize datagram shows as one.
    let mut buf = vec![0u8; sfu.limits().datagram_bytes_max + 1];
    let mut tap = config.tap_file.as_ref().and_then(|path| {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .inspect_err(|e| tracing::warn!(path = %path.display(), error = %e, "no media tap"))
            .ok()
            .map(|f| (std::io::BufWriter::new(f), 0u64))
    });
    let mut send_dropped = 0u64;
    loop {
        let deadline = sfu
            .next_timeout()
            .unwrap_or_else(|| Instant::now() + IDLE_WAKE);
        tokio::select! {
            biased;
            _ = shutdown.changed() => break,
            received = socket.recv_from(&mut buf) => match received {
                Ok((n, from)) => sfu.handle_datagram(Instant::now(), from, &buf[..n]),
                Err(e) => {
                    // ICMP errors surface here on some systems: nothing to do but go on.
                    tracing::debug!(error = %e, "media socket receive failed");
                }
            },
            event = tcp_events.recv() => match event {
                Some(TcpEvent::Open { peer, conn, writer }) => {
                    tcp_writers.insert(peer, (conn, writer));
                }
                Some(TcpEvent::Frame { peer, bytes }) => {
                    sfu.handle_packet(Instant::now(), Protocol::Tcp, peer, &bytes);
                }
                Some(TcpEvent::Closed { peer, conn }) => {
                    if tcp_writers.get(&peer).is_some_and(|(c, _)| *c == conn) {
                        tcp_writers.remove(&peer);
                    }
                }
                // Every handle is gone, so are the joins: stop.
                None => break,
            },
            command = commands.recv() => match command {
                Some(Command::Join(j)) => {
                    let request = JoinRequest {
                        group: &j.group,
                        call_id: &j.call_id,
                        token: &j.token,
                        offer: &j.offer,
                    };
                    let result = sfu.join(Instant::now(), wall_now(), request);
                    if let Err(e) = &result {
                        tracing::info!(error = %e, "call join refused");
                    }
                    let _ = j.reply.send(result);
                }
                Some(Command::Stats(reply)) => {
                    let _ = reply.send(sfu.stats().clone());
                }
                Some(Command::Trust(keys)) => sfu.set_trusted_issuers(keys),
                None => break,
            },
            () = tokio::time::sleep_until(deadline.into()) => sfu.handle_timeout(Instant::now()),
        }
        while let Some(t) = sfu.poll_transmit() {
            // UDP: a full send buffer drops the datagram, as the network would; so does a
            // full queue of a TCP connection (or one that has closed).
            let sent = match t.proto {
                Protocol::Udp => socket.try_send_to(&t.contents, t.destination).is_ok(),
                Protocol::Tcp => tcp_writers
                    .get(&t.destination)
                    .is_some_and(|(_, w)| w.try_send(t.contents.to_vec()).is_ok()),
                _ => false,
            };
            if !sent {
                send_dropped += 1;
                if send_dropped.is_power_of_two() {
                    tracing::debug!(send_dropped, "media datagrams dropped on send");
                }
            }
        }
        while let Some((participant, reason)) = sfu.poll_left() {
            tracing::debug!(
                participant = participant.0,
                ?reason,
                "call participant left"
            );
        }
        if let Some((file, written)) = &mut tap {
            for record in sfu.take_tap() {
                let len = record.payload.len() as u64 + 4;
                if *written + len > TAP_FILE_BYTES_MAX {
                    break;
                }
                let ok = u32::try_from(record.payload.len())
                    .ok()
                    .map(|n| {
                        file.write_all(&n.to_be_bytes())
                            .and_then(|()| file.write_all(&record.payload))
                    })
                    .is_some_and(|r| r.is_ok());
                if ok {
                    *written += len;
                }
            }
            let _ = file.flush();
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::SfuConfig;

    async fn start() -> (SfuHandle, SocketAddr, watch::Sender<bool>) {
        let udp = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let tcp = TcpListener::bind(udp.local_addr().unwrap()).await.unwrap();
        let addr = tcp.local_addr().unwrap();
        let sfu = Sfu::new(SfuConfig {
            public_addr: addr,
            trusted_issuers: vec![[1; 32]],
            tcp_addr: Some(addr),
            limits: crate::SfuLimits::default(),
            tap: false,
        })
        .unwrap();
        let (stop, shutdown) = watch::channel(false);
        let (handle, _task) = spawn(udp, Some(tcp), sfu, NetConfig::default(), shutdown).unwrap();
        (handle, addr, stop)
    }

    /// Whether the SFU closed the connection within 5 s.
    async fn closed(stream: &mut TcpStream) -> bool {
        let mut byte = [0u8; 1];
        matches!(
            tokio::time::timeout(Duration::from_secs(5), stream.read(&mut byte)).await,
            Ok(Ok(0) | Err(_))
        )
    }

    #[tokio::test]
    async fn ice_tcp_frames_reach_the_sfu_and_a_bad_length_closes_the_connection() {
        let (handle, addr, _stop) = start().await;
        // A well-framed packet from nobody the SFU knows: read, counted as unrouted.
        let mut good = TcpStream::connect(addr).await.unwrap();
        good.write_all(&[0, 4, 0x80, 0, 0, 1]).await.unwrap();
        for _ in 0..100 {
            if handle.stats().await.unwrap().datagrams_unrouted == 1 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert_eq!(handle.stats().await.unwrap().datagrams_unrouted, 1);
        // A frame longer than the datagram limit, or empty: that connection is closed.
        for bad in [[0xff, 0xff], [0, 0]] {
            let mut s = TcpStream::connect(addr).await.unwrap();
            s.write_all(&bad).await.unwrap();
            assert!(
                closed(&mut s).await,
                "a frame length {bad:?} closes the connection"
            );
        }
        // The well-behaved one is still open.
        good.write_all(&[0, 4, 0x80, 0, 0, 2]).await.unwrap();
        for _ in 0..100 {
            if handle.stats().await.unwrap().datagrams_unrouted == 2 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert_eq!(handle.stats().await.unwrap().datagrams_unrouted, 2);
    }

    #[tokio::test]
    async fn ice_tcp_connections_from_one_address_are_capped() {
        let (_handle, addr, _stop) = start().await;
        let mut open = Vec::new();
        for _ in 0..TCP_CONNECTIONS_PER_IP_MAX {
            open.push(TcpStream::connect(addr).await.unwrap());
        }
        let mut over = TcpStream::connect(addr).await.unwrap();
        assert!(
            closed(&mut over).await,
            "one over the per-address cap is closed"
        );
        // Closing one makes room again.
        drop(open.pop());
        tokio::time::sleep(Duration::from_millis(200)).await;
        let mut again = TcpStream::connect(addr).await.unwrap();
        assert!(
            !closed(&mut again).await,
            "a connection under the cap stays open"
        );
    }
}
