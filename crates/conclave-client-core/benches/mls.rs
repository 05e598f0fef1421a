//! MLS costs of the client engine, per group size.
//!
//! Run: `cargo bench -p conclave-client-core --bench mls` (add `-- --quick` for a fast pass,
//! or a filter such as `-- process_commit`).
//!
//! Each group size is built once (the creator adds everybody in one commit, then one receiver
//! joins from the Welcome); the other members are key packages only, which is all the sender and
//! receiver need. Commits made in the measured loop are rolled back with `commit_rejected` so the
//! group keeps its size; `process_commit` measures a receiver merging the creator's self-update,
//! so the epoch advances but the size does not. Only the creator and the joined receiver ever
//! commit, so most parent nodes of the tree stay blank: update paths encrypt to ~n-1 leaves (the
//! worst case, and the usual one for groups where only an admin commits).
//!
//! `store_write_*` measures `Engine::take_changes` plus a postcard encoding of the diff after one
//! message; sealing and writing it to `conclave_client::state::StateFile` (another crate) is not
//! included.

use std::hint::black_box;
use std::time::{Duration, Instant};

use conclave_client_core::{
    DeviceKey, Engine,
    envelope::{Content, ConversationMeta},
};
use conclave_proto::{
    Delivery, DeviceId, GroupEvent, GroupId, PayloadId, PayloadKind, QueueSeq, Timestamp, Username,
};
use criterion::{
    BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main,
    measurement::WallTime,
};
use rand::SeedableRng;

const SIZES: [usize; 3] = [2, 100, 1000];
const TEXT: &str =
    "A typical chat message of about a hundred bytes, give or take a few characters here.";

fn engine(name: &str, device: u64) -> Engine {
    let key = DeviceKey::generate(&mut rand::rngs::StdRng::seed_from_u64(device));
    Engine::new(
        Username::parse(name).expect("username"),
        DeviceId(device),
        &key,
    )
}

/// A group of `n` devices seen by its creator (`sender`, device 1) and one joined member
/// (`receiver`, device 2).
struct Fixture {
    n: usize,
    sender: Engine,
    receiver: Engine,
    group: GroupId,
    /// A key package of a device not in the group (for `add_member`).
    spare: (DeviceId, Vec<u8>),
    /// A member to remove (for `remove_member`).
    victim: DeviceId,
    /// Next group sequence number and the receiver's next queue sequence number.
    group_seq: u64,
    queue_seq: u64,
    message_ids: u64,
}

impl Fixture {
    fn build(n: usize) -> Self {
        assert!(n >= 2);
        let started = Instant::now();
        let mut sender = engine("alice", 1);
        let mut receiver = engine("bob", 2);
        let mut add = vec![(
            DeviceId(2),
            receiver.key_packages(1).expect("key package").remove(0),
        )];
        for d in 3..=n as u64 {
            let kp = engine(&format!("user{d}"), d)
                .key_packages(1)
                .expect("key package")
                .remove(0);
            add.push((DeviceId(d), kp));
        }
        let spare_device = n as u64 + 1;
        let spare = (
            DeviceId(spare_device),
            engine("spare", spare_device)
                .key_packages(1)
                .expect("key package")
                .remove(0),
        );
        let group = sender
            .create_group(
                ConversationMeta::Group {
                    name: "bench".into(),
                },
                Timestamp(0),
            )
            .expect("create group");
        let commit = sender
            .prepare_commit(&group, add, &[])
            .expect("add everybody");
        sender
            .commit_accepted(&group, 1, Timestamp(1))
            .expect("accepted");
        let welcome = GroupEvent::Welcome {
            group: group.clone(),
            epoch: 1,
            welcome: commit.welcome.expect("welcome"),
        };
        receiver.process(&delivery(1, welcome)).expect("join");
        assert_eq!(
            sender.epoch_authenticator(&group).ok(),
            receiver.epoch_authenticator(&group).ok()
        );
        sender.take_changes();
        receiver.take_changes();
        eprintln!("built a group of {n} in {:.2?}", started.elapsed());
        Fixture {
            n,
            sender,
            receiver,
            group,
            spare,
            victim: DeviceId(n as u64),
            group_seq: 2,
            queue_seq: 2,
            message_ids: 0,
        }
    }

    fn message_id(&mut self) -> [u8; 16] {
        self.message_ids += 1;
        let mut id = [0; 16];
        id[..8].copy_from_slice(&self.message_ids.to_le_bytes());
        id
    }

    /// The sender commits a self-update for the receiver to process.
    fn commit_update(&mut self) -> Delivery {
        let commit = self
            .sender
            .prepare_self_update(&self.group)
            .expect("update");
        self.sender
            .commit_accepted(&self.group, self.group_seq, Timestamp(4))
            .expect("accepted");
        self.sender.take_changes();
        let event = GroupEvent::Commit {
            group: self.group.clone(),
            epoch: commit.epoch + 1,
            seq: self.group_seq,
            commit: commit.commit,
            added: vec![],
            removed: vec![],
        };
        let d = delivery(self.queue_seq, event);
        self.group_seq += 1;
        self.queue_seq += 1;
        d
    }

    /// Moves the group to a new epoch by a commit of the receiver, so that the receiver is no
    /// longer behind the sender's message or handshake ratchet (a member accepts at most 1,000
    /// skipped generations; rolled-back commits still use up handshake generations).
    fn resync(&mut self) {
        let commit = self
            .receiver
            .prepare_self_update(&self.group)
            .expect("update");
        self.receiver
            .commit_accepted(&self.group, self.group_seq, Timestamp(4))
            .expect("accepted");
        self.receiver.take_changes();
        let event = GroupEvent::Commit {
            group: self.group.clone(),
            epoch: commit.epoch + 1,
            seq: self.group_seq,
            commit: commit.commit,
            added: vec![],
            removed: vec![],
        };
        self.group_seq += 1;
        self.sender
            .process(&delivery(self.queue_seq, event))
            .expect("process commit");
        self.sender.take_changes();
        self.queue_seq += 1;
    }

    /// The sender encrypts a message; returns it (as prepared) and its delivery to the receiver.
    fn send(&mut self) -> (conclave_client_core::engine::PreparedMessage, Delivery) {
        let id = self.message_id();
        let m = self
            .sender
            .prepare_message(
                &self.group,
                id,
                Content::Text { text: TEXT.into() },
                Timestamp(2),
            )
            .expect("encrypt");
        let event = GroupEvent::Message {
            group: self.group.clone(),
            epoch: m.epoch,
            seq: self.group_seq,
            message: m.bytes.clone(),
        };
        let d = delivery(self.queue_seq, event);
        self.group_seq += 1;
        self.queue_seq += 1;
        (m, d)
    }
}

fn delivery(seq: u64, event: GroupEvent) -> Delivery {
    Delivery {
        seq: QueueSeq(seq),
        payload_id: PayloadId(seq),
        sender: DeviceId(1),
        sent_at: Timestamp(seq as i64),
        kind: PayloadKind::Group,
        payload: event.encode(),
    }
}

/// Runs `iters` rounds of `round`, which returns the time of its measured part.
fn timed(iters: u64, mut round: impl FnMut() -> Duration) -> Duration {
    (0..iters).map(|_| round()).sum()
}

fn measure<T>(f: impl FnOnce() -> T) -> Duration {
    let start = Instant::now();
    black_box(f());
    start.elapsed()
}

fn configure(g: &mut BenchmarkGroup<'_, WallTime>, n: usize) {
    g.warm_up_time(Duration::from_millis(500));
    if n >= 1000 {
        g.sample_size(10)
            .measurement_time(Duration::from_secs(4))
            .sampling_mode(SamplingMode::Flat);
    } else if n >= 100 {
        g.sample_size(20)
            .measurement_time(Duration::from_secs(3))
            .sampling_mode(SamplingMode::Flat);
    } else {
        g.sample_size(30).measurement_time(Duration::from_secs(2));
    }
}

fn bench_op(
    c: &mut Criterion,
    name: &str,
    fx: &mut Fixture,
    mut round: impl FnMut(&mut Fixture) -> Duration,
) {
    let n = fx.n;
    let mut g = c.benchmark_group(name);
    configure(&mut g, n);
    g.bench_function(BenchmarkId::from_parameter(n), |b| {
        b.iter_custom(|iters| timed(iters, || round(fx)))
    });
    g.finish();
}

fn group_sizes(c: &mut Criterion) {
    for n in SIZES {
        let mut fx = Fixture::build(n);

        bench_op(c, "encrypt", &mut fx, |fx| {
            let id = fx.message_id();
            let (sender, group) = (&mut fx.sender, &fx.group);
            measure(|| {
                sender
                    .prepare_message(group, id, Content::Text { text: TEXT.into() }, Timestamp(2))
                    .expect("encrypt")
            })
        });
        fx.resync();

        // A reaction and a read receipt next to the text: each is one MLS application message
        // like a text (the same fan-out at the server: one queue entry per device).
        let target = fx.message_id();
        let kinds = [
            ("text", Content::Text { text: TEXT.into() }),
            (
                "reaction",
                Content::Reaction {
                    to: target,
                    emoji: "👍".into(),
                },
            ),
            ("receipt", Content::Receipt { read_up_to: 42 }),
        ];
        for (kind, content) in &kinds {
            let id = fx.message_id();
            let bytes = fx
                .sender
                .prepare_message(&fx.group, id, content.clone(), Timestamp(2))
                .expect("encrypt")
                .bytes
                .len();
            eprintln!("ciphertext per message, n={n}, {kind}: {bytes} bytes");
        }
        fx.resync();
        // All three measured in the same state (after a commit), so they compare.
        for (kind, content) in kinds {
            bench_op(c, &format!("encrypt_{kind}"), &mut fx, |fx| {
                let id = fx.message_id();
                let (sender, group) = (&mut fx.sender, &fx.group);
                let content = content.clone();
                measure(|| {
                    sender
                        .prepare_message(group, id, content, Timestamp(2))
                        .expect("encrypt")
                })
            });
            fx.resync();
        }

        bench_op(c, "decrypt", &mut fx, |fx| {
            let (_, d) = fx.send();
            let t = measure(|| fx.receiver.process(&d).expect("decrypt"));
            fx.receiver.take_changes();
            t
        });

        // Diff sizes, printed once per group size.
        let (m, d) = fx.send();
        fx.sender.message_posted(&m, fx.group_seq - 1, Timestamp(3));
        fx.receiver.process(&d).expect("decrypt");
        for (who, e) in [("sender", &mut fx.sender), ("receiver", &mut fx.receiver)] {
            let changes = e.take_changes();
            let bytes = postcard::to_allocvec(&changes).expect("encode").len();
            eprintln!(
                "store write per message, n={n}, {who}: {} keys, {bytes} bytes",
                changes.len()
            );
        }

        bench_op(c, "store_write_sent", &mut fx, |fx| {
            let (m, _) = fx.send();
            fx.sender.message_posted(&m, fx.group_seq - 1, Timestamp(3));
            measure(|| postcard::to_allocvec(&fx.sender.take_changes()).expect("encode"))
        });
        fx.resync();

        bench_op(c, "store_write_received", &mut fx, |fx| {
            let (_, d) = fx.send();
            fx.receiver.process(&d).expect("decrypt");
            measure(|| postcard::to_allocvec(&fx.receiver.take_changes()).expect("encode"))
        });

        bench_op(c, "add_member", &mut fx, |fx| {
            let add = vec![fx.spare.clone()];
            let t = measure(|| fx.sender.prepare_commit(&fx.group, add, &[]).expect("add"));
            fx.sender.commit_rejected(&fx.group).expect("roll back");
            t
        });

        bench_op(c, "remove_member", &mut fx, |fx| {
            let t = measure(|| {
                fx.sender
                    .prepare_commit(&fx.group, vec![], &[fx.victim])
                    .expect("remove")
            });
            fx.sender.commit_rejected(&fx.group).expect("roll back");
            t
        });

        bench_op(c, "self_update", &mut fx, |fx| {
            let t = measure(|| fx.sender.prepare_self_update(&fx.group).expect("update"));
            fx.sender.commit_rejected(&fx.group).expect("roll back");
            t
        });
        fx.resync();

        bench_op(c, "process_commit", &mut fx, |fx| {
            let d = fx.commit_update();
            let t = measure(|| fx.receiver.process(&d).expect("process commit"));
            fx.receiver.take_changes();
            t
        });
        assert_eq!(
            fx.sender.epoch_authenticator(&fx.group).ok(),
            fx.receiver.epoch_authenticator(&fx.group).ok()
        );
    }
}

fn key_packages(c: &mut Criterion) {
    let mut e = engine("alice", 1);
    let mut g = c.benchmark_group("key_package");
    g.warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    g.bench_function("generate", |b| {
        b.iter(|| e.key_packages(1).expect("key package"))
    });
    g.finish();
}

criterion_group!(benches, key_packages, group_sizes);
criterion_main!(benches);
