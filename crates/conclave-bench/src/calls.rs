//! `conclave-bench calls`: the SFU's forwarding cost, in process. Rust participants
//! (`conclave_sfu::participant`, str0m peers) send SFrame-encrypted frames (`conclave-call`)
//! at call rates through a real `conclave_sfu::Sfu` over an in-memory network on a simulated
//! clock; only the time spent inside the SFU is counted (SRTP in and out, routing, rewriting),
//! not the participants'. Reports forwarded packets per second of SFU time (one core), Mbit/s,
//! loss at the receivers, the SFU's time per datagram in (p50/p99: packet in → packets out),
//! and memory per participant (RSS growth while they join).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use conclave_call::{BaseKey, CallKeys, Codec, KeyTiming, Suite};
use conclave_proto::{DeviceId, GroupId, Timestamp};
use conclave_server_core::call_token::CallTokenKey;
use conclave_sfu::participant::Participant;
use conclave_sfu::str0m::media::MediaKind;
use conclave_sfu::{JoinRequest, Sfu, SfuConfig, SfuLimits};
use serde::Serialize;

const WALL: Timestamp = Timestamp(1_800_000_000_000);

#[derive(Debug, Clone, Copy)]
struct Scenario {
    name: &'static str,
    participants: usize,
    kind: MediaKind,
    /// Packets each participant sends per second.
    packets_per_sec: u32,
    payload_bytes: usize,
    seconds: u32,
}

#[derive(Debug, Serialize, serde::Deserialize)]
pub struct CallsReport {
    pub scenario: String,
    pub participants: usize,
    pub sent_packets: u64,
    pub forwarded_packets: u64,
    pub received_packets: u64,
    pub loss_percent: f64,
    pub sfu_cpu_seconds: f64,
    pub forwarded_packets_per_core_sec: f64,
    pub forwarded_mbit_per_core_sec: f64,
    pub datagram_in_p50_us: f64,
    pub datagram_in_p99_us: f64,
    /// RSS growth per participant, client peers and SFU together, once all are connected.
    pub rss_kib_per_participant: f64,
    /// RSS growth per participant while the SFU took the joins in (its state alone).
    pub sfu_join_rss_kib_per_participant: f64,
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i].as_secs_f64() * 1e6
}

type Peers = HashMap<SocketAddr, (Participant, CallKeys)>;

/// Moves every datagram until none is left, then fires timers; counts the packets received.
fn pump(
    sfu_addr: SocketAddr,
    sfu: &mut Sfu,
    peers: &mut Peers,
    now: Instant,
    lat: &mut Vec<Duration>,
    sfu_time: &mut Duration,
) -> anyhow::Result<u64> {
    let mut received = 0;
    for _ in 0..100 {
        let mut moved = false;
        for (addr, (p, _)) in peers.iter_mut() {
            while let Some(t) = p.poll_transmit() {
                let start = Instant::now();
                sfu.handle_datagram(now, *addr, &t.contents);
                let spent = start.elapsed();
                lat.push(spent);
                *sfu_time += spent;
                moved = true;
            }
        }
        let start = Instant::now();
        let mut out = Vec::new();
        while let Some(t) = sfu.poll_transmit() {
            out.push(t);
        }
        *sfu_time += start.elapsed();
        for t in out {
            if let Some((p, _)) = peers.get_mut(&t.destination) {
                p.handle_datagram(now, sfu_addr, &t.contents)?;
            }
            moved = true;
        }
        for (p, _) in peers.values_mut() {
            received += p.take_received().len() as u64;
        }
        if !moved {
            break;
        }
    }
    let start = Instant::now();
    sfu.handle_timeout(now);
    *sfu_time += start.elapsed();
    for (p, _) in peers.values_mut() {
        p.handle_timeout(now)?;
    }
    Ok(received)
}

fn run_one(s: Scenario) -> anyhow::Result<CallsReport> {
    let sfu_addr: SocketAddr = "127.0.0.1:5000".parse()?;
    let key = CallTokenKey::from_seed(&[1; 32]);
    let mut sfu = Sfu::new(SfuConfig {
        public_addr: sfu_addr,
        trusted_issuers: vec![key.public()],
        tcp_addr: None,
        limits: SfuLimits::default(),
        tap: false,
    })?;
    let group = GroupId::new(vec![7; 16]).ok_or_else(|| anyhow::anyhow!("group id"))?;
    let call = [2u8; 16];
    let base = vec![0x33; Suite::CALLS.key_len()];
    let mut now = Instant::now();
    let rss_before = rss_kib();
    let mut peers: Peers = HashMap::new();
    let mut sfu_time = Duration::ZERO;
    // The peers and their offers first, so that the RSS growth while the SFU takes the joins
    // in is the SFU's own (its `Rtc` per participant, answered, before ICE and DTLS).
    let mut offers = Vec::new();
    for i in 0..s.participants {
        let addr: SocketAddr = format!("127.0.1.{}:{}", 1 + i / 200, 10_000 + i).parse()?;
        let (p, offer) = Participant::new(now, addr, s.participants - 1)?;
        offers.push((i, addr, p, offer));
    }
    let rss_peers = rss_kib();
    let mut answered = Vec::new();
    for (i, addr, p, offer) in offers {
        let token = key.issue(&group, call, DeviceId(i as u64 + 1), WALL, 600).0;
        let joined = sfu.join(
            now,
            WALL,
            JoinRequest {
                group: &group,
                call_id: &call,
                token: &token,
                offer: &offer,
            },
        )?;
        answered.push((i, addr, p, joined.answer));
    }
    let rss_sfu_joined = rss_kib();
    for (i, addr, mut p, answer) in answered {
        p.accept_answer(now, &answer)?;
        let timing = KeyTiming::new(Duration::ZERO, Duration::from_secs(10))?;
        let mut keys = CallKeys::new(Suite::CALLS, i as u32, timing)?;
        keys.add_epoch(
            conclave_call::Instant::from_millis(0),
            1,
            BaseKey::new(Suite::CALLS, &base)?,
        )?;
        peers.insert(addr, (p, keys));
    }
    let mut lat = Vec::new();
    let step = Duration::from_millis(10);
    for _ in 0..300 {
        pump(
            sfu_addr,
            &mut sfu,
            &mut peers,
            now,
            &mut Vec::new(),
            &mut sfu_time,
        )?;
        now += step;
        if peers.values().all(|(p, _)| p.is_connected()) {
            break;
        }
    }
    for _ in 0..20 {
        pump(
            sfu_addr,
            &mut sfu,
            &mut peers,
            now,
            &mut Vec::new(),
            &mut sfu_time,
        )?;
        now += step;
    }
    anyhow::ensure!(
        peers.values().all(|(p, _)| p.is_connected()),
        "participants did not connect"
    );
    let rss_after = rss_kib();
    let forwarded_before = sfu.stats().rtp_forwarded;
    sfu_time = Duration::ZERO;
    let ticks = s.seconds * 100;
    let per_tick = f64::from(s.packets_per_sec) / 100.0;
    let (codec, prefix): (Codec, &[u8]) = match s.kind {
        MediaKind::Audio => (Codec::Opus, &[0x78]),
        MediaKind::Video => (Codec::Vp8, &[0x11]),
    };
    let mut sent = 0u64;
    let mut received = 0u64;
    let mut owed = 0.0;
    let frame: Vec<u8> = prefix
        .iter()
        .copied()
        .chain((0..s.payload_bytes.saturating_sub(prefix.len() + 20)).map(|i| i as u8))
        .collect();
    for tick in 0..ticks {
        owed += per_tick;
        while owed >= 1.0 {
            owed -= 1.0;
            for (p, keys) in peers.values_mut() {
                let at = conclave_call::Instant::from_millis(u64::from(tick) * 10);
                let sframe = keys.encrypt(at, 0, codec, &frame)?;
                p.send_frame(now, s.kind, tick * 900, sframe)?;
                sent += 1;
            }
        }
        received += pump(sfu_addr, &mut sfu, &mut peers, now, &mut lat, &mut sfu_time)?;
        now += step;
    }
    for _ in 0..50 {
        received += pump(
            sfu_addr,
            &mut sfu,
            &mut peers,
            now,
            &mut Vec::new(),
            &mut sfu_time,
        )?;
        now += step;
    }
    let forwarded = sfu.stats().rtp_forwarded - forwarded_before;
    let expected = sent * (s.participants as u64 - 1);
    lat.sort();
    let secs = sfu_time.as_secs_f64().max(1e-9);
    Ok(CallsReport {
        scenario: s.name.to_owned(),
        participants: s.participants,
        sent_packets: sent,
        forwarded_packets: forwarded,
        received_packets: received,
        loss_percent: 100.0 * (expected.saturating_sub(received)) as f64 / expected.max(1) as f64,
        sfu_cpu_seconds: secs,
        forwarded_packets_per_core_sec: forwarded as f64 / secs,
        forwarded_mbit_per_core_sec: forwarded as f64 * (s.payload_bytes as f64 + 40.0) * 8.0
            / 1e6
            / secs,
        datagram_in_p50_us: percentile(&lat, 0.5),
        datagram_in_p99_us: percentile(&lat, 0.99),
        rss_kib_per_participant: rss_after.saturating_sub(rss_before) as f64
            / s.participants as f64,
        sfu_join_rss_kib_per_participant: rss_sfu_joined.saturating_sub(rss_peers) as f64
            / s.participants as f64,
    })
}

fn scenarios(quick: bool) -> [Scenario; 2] {
    let seconds = if quick { 2 } else { 10 };
    [
        Scenario {
            name: "audio, 50 participants, 50 packets/s each",
            participants: 50,
            kind: MediaKind::Audio,
            packets_per_sec: 50,
            payload_bytes: 120,
            seconds,
        },
        Scenario {
            name: "video, 10 participants, ~1 Mbit/s each",
            participants: 10,
            kind: MediaKind::Video,
            packets_per_sec: 110,
            payload_bytes: 1_100,
            seconds,
        },
    ]
}

/// Scenario `index` in this process.
pub fn run_one_of(quick: bool, index: usize) -> anyhow::Result<CallsReport> {
    let s = scenarios(quick)
        .get(index)
        .copied()
        .ok_or_else(|| anyhow::anyhow!("no calls scenario {index}"))?;
    run_one(s)
}

/// Every scenario, each in a child process of this binary (`calls --only N`): memory a
/// scenario freed stays in the process's RSS, which would hide the next one's.
pub fn run(quick: bool) -> anyhow::Result<Vec<CallsReport>> {
    let exe = std::env::current_exe()?;
    (0..scenarios(quick).len())
        .map(|i| {
            let mut command = std::process::Command::new(&exe);
            command.args(["calls", "--only", &i.to_string()]);
            if quick {
                command.arg("--quick");
            }
            let out = command.output()?;
            anyhow::ensure!(
                out.status.success(),
                "calls scenario {i} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            Ok(serde_json::from_slice(&out.stdout)?)
        })
        .collect()
}

pub fn print(reports: &[CallsReport]) {
    for r in reports {
        println!("{}", r.scenario);
        println!(
            "  sent {} packets, forwarded {}, received {} (loss {:.2} %)",
            r.sent_packets, r.forwarded_packets, r.received_packets, r.loss_percent
        );
        println!(
            "  SFU time {:.2} s: {:.0} forwarded packets/s per core, {:.0} Mbit/s per core",
            r.sfu_cpu_seconds, r.forwarded_packets_per_core_sec, r.forwarded_mbit_per_core_sec
        );
        println!(
            "  per datagram in (packet in -> packets out): p50 {:.0} us, p99 {:.0} us",
            r.datagram_in_p50_us, r.datagram_in_p99_us
        );
        println!(
            "  memory: SFU {:.0} KiB per participant at join; {:.0} KiB per participant with the peers, connected",
            r.sfu_join_rss_kib_per_participant, r.rss_kib_per_participant
        );
    }
}
