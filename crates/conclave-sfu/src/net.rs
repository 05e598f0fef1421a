//! The SFU on a tokio UDP socket: one task owns the socket and the [`Sfu`]; joins reach it
//! through a bounded channel ([`SfuHandle::join`]), answered with the SDP answer or the
//! refusal.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use conclave_proto::{GroupId, Timestamp};
use tokio::net::UdpSocket;
use tokio::sync::{mpsc, oneshot, watch};

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
}

/// Talks to the SFU task; cheap to clone.
#[derive(Debug, Clone)]
pub struct SfuHandle {
    tx: mpsc::Sender<Command>,
    local: SocketAddr,
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

/// Starts the SFU task on `socket` until `shutdown` turns true.
pub fn spawn(
    socket: UdpSocket,
    sfu: Sfu,
    config: NetConfig,
    shutdown: watch::Receiver<bool>,
) -> std::io::Result<(SfuHandle, tokio::task::JoinHandle<()>)> {
    let local = socket.local_addr()?;
    let (tx, rx) = mpsc::channel(JOIN_QUEUE_MAX);
    let task = tokio::spawn(run(socket, sfu, config, rx, shutdown));
    Ok((SfuHandle { tx, local }, task))
}

async fn run(
    socket: UdpSocket,
    mut sfu: Sfu,
    config: NetConfig,
    mut commands: mpsc::Receiver<Command>,
    mut shutdown: watch::Receiver<bool>,
) {
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
                None => break,
            },
            () = tokio::time::sleep_until(deadline.into()) => sfu.handle_timeout(Instant::now()),
        }
        while let Some(t) = sfu.poll_transmit() {
            // UDP: a full send buffer drops the datagram, as the network would.
            if socket.try_send_to(&t.contents, t.destination).is_err() {
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
