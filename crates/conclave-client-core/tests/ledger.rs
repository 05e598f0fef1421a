//! The ledger on real MLS engines: several devices record entries and reversals in any
//! interleaving, some offline for a while and catching up later, one restarting from its
//! persisted state, a member joining midway. A small in-memory delivery service gives every
//! message its group sequence number and queues it per device, as the server does.
//!
//! What must hold: every device that was in the conversation throughout ends with the identical
//! ledger (records, statuses, balances, settle-up transfers); at every moment each device's
//! records are a prefix of the most advanced device's, and every currency's balances sum to
//! zero; the late joiner sees only what followed its arrival.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use conclave_client_core::{
    DeviceKey, Engine,
    envelope::ConversationMeta,
    ledger::{self, EntryDraft, EntryId, EntryKind, Ledger, LedgerOp, Reversal, SplitSpec},
};
use conclave_proto::{
    Delivery, DeviceId, GroupEvent, GroupId, PayloadId, PayloadKind, QueueSeq, Timestamp, Username,
};
use proptest::prelude::*;
use rand::SeedableRng;

const NAMES: [&str; 4] = ["alice", "bob", "carol", "dave"];
/// Devices: 0 alice, 1 alice's second device, 2 bob, 3 carol (members from the start),
/// 4 dave (joins when some device adds him).
const DEVICES: [(&str, u64); 5] = [
    ("alice", 11),
    ("alice", 12),
    ("bob", 21),
    ("carol", 31),
    ("dave", 41),
];
const FOUNDERS: usize = 4;
const DAVE: usize = 4;
const CURRENCIES: [&str; 3] = ["EUR", "JPY", "KWD"];

fn key(device: u64) -> DeviceKey {
    DeviceKey::generate(&mut rand::rngs::StdRng::seed_from_u64(device))
}

struct Device {
    username: Username,
    id: DeviceId,
    engine: Engine,
    /// Everything the delivery service queued for this device, in queue order.
    queue: Vec<Delivery>,
    processed: usize,
    online: bool,
    member: bool,
    /// The persisted state (what `take_changes` wrote so far).
    disk: BTreeMap<Vec<u8>, Vec<u8>>,
}

impl Device {
    fn persist(&mut self) {
        for (k, v) in self.engine.take_changes() {
            match v {
                Some(v) => self.disk.insert(k, v),
                None => self.disk.remove(&k),
            };
        }
    }

    fn deliver(&mut self, n: usize) {
        let end = self.processed.saturating_add(n).min(self.queue.len());
        while self.processed < end {
            let d = &self.queue[self.processed];
            self.engine.process(d).expect("a valid delivery");
            self.processed += 1;
        }
        self.persist();
    }

    fn catch_up(&mut self) {
        self.deliver(usize::MAX);
    }

    fn restart(&mut self) {
        self.persist();
        let state = self.disk.iter().map(|(k, v)| (k.clone(), v.clone()));
        self.engine = Engine::load(
            self.username.clone(),
            self.id,
            &key(self.id.0),
            state.collect::<Vec<_>>(),
        )
        .expect("reload");
    }
}

struct World {
    devices: Vec<Device>,
    group: GroupId,
    seq: u64,
    clock: i64,
    queue_seq: u64,
}

impl World {
    fn new() -> World {
        let mut devices: Vec<Device> = DEVICES
            .iter()
            .map(|&(name, id)| {
                let username = Username::parse(name).unwrap();
                Device {
                    engine: Engine::new(username.clone(), DeviceId(id), &key(id)),
                    username,
                    id: DeviceId(id),
                    queue: Vec::new(),
                    processed: 0,
                    online: true,
                    member: false,
                    disk: BTreeMap::new(),
                }
            })
            .collect();
        let group = devices[0]
            .engine
            .create_group(
                ConversationMeta::Group {
                    name: "trip".into(),
                },
                Timestamp(0),
            )
            .unwrap();
        let add: Vec<(DeviceId, Vec<u8>)> = (1..FOUNDERS)
            .map(|i| {
                let kp = devices[i].engine.key_packages(1).unwrap().remove(0);
                (devices[i].id, kp)
            })
            .collect();
        let commit = devices[0].engine.prepare_commit(&group, add, &[]).unwrap();
        devices[0]
            .engine
            .commit_accepted(&group, 1, Timestamp(1))
            .unwrap();
        devices[0].member = true;
        let mut world = World {
            devices,
            group,
            seq: 1,
            clock: 1,
            queue_seq: 0,
        };
        let welcome = GroupEvent::Welcome {
            group: world.group.clone(),
            epoch: commit.epoch + 1,
            welcome: commit.welcome.unwrap(),
        };
        for i in 1..FOUNDERS {
            world.enqueue(i, world.devices[0].id, &welcome);
            world.devices[i].member = true;
        }
        for d in &mut world.devices {
            d.catch_up();
        }
        world
    }

    fn enqueue(&mut self, to: usize, sender: DeviceId, event: &GroupEvent) {
        self.queue_seq += 1;
        let next = self.devices[to].queue.len() as u64 + 1;
        self.devices[to].queue.push(Delivery {
            seq: QueueSeq(next),
            payload_id: PayloadId(self.queue_seq),
            sender,
            sent_at: Timestamp(self.clock),
            kind: PayloadKind::Group,
            payload: event.encode(),
        });
    }

    fn tick(&mut self) -> Timestamp {
        self.clock += 1000;
        Timestamp(self.clock)
    }

    /// A device that can send: online and a member. It catches up first, as the messenger does
    /// (the server refuses messages for an epoch it has left behind).
    fn sender(&mut self, dev: usize) -> Option<usize> {
        let d = &mut self.devices[dev];
        if !d.online || !d.member {
            return None;
        }
        d.catch_up();
        Some(dev)
    }

    fn post(&mut self, dev: usize, op: LedgerOp) {
        let now = self.tick();
        let group = self.group.clone();
        let d = &mut self.devices[dev];
        let id = d.engine.fresh_message_id().unwrap();
        let prepared = d
            .engine
            .prepare_message(&group, id, ledger::content(op), now)
            .unwrap();
        self.seq += 1;
        let seq = self.seq;
        d.engine.message_posted(&prepared, seq, now);
        d.persist();
        let sender = d.id;
        let event = GroupEvent::Message {
            group,
            epoch: prepared.epoch,
            seq,
            message: prepared.bytes,
        };
        for to in 0..self.devices.len() {
            if to != dev && self.devices[to].member {
                self.enqueue(to, sender, &event);
            }
        }
    }

    fn add_dave(&mut self, dev: usize) {
        if self.devices[DAVE].member {
            return;
        }
        let kp = self.devices[DAVE].engine.key_packages(1).unwrap().remove(0);
        let group = self.group.clone();
        let dave_id = self.devices[DAVE].id;
        let now = self.tick();
        let d = &mut self.devices[dev];
        let commit = d
            .engine
            .prepare_commit(&group, vec![(dave_id, kp)], &[])
            .unwrap();
        self.seq += 1;
        let seq = self.seq;
        d.engine.commit_accepted(&group, seq, now).unwrap();
        d.persist();
        let sender = d.id;
        let event = GroupEvent::Commit {
            group: group.clone(),
            epoch: commit.epoch + 1,
            seq,
            commit: commit.commit,
            added: vec![dave_id],
            removed: vec![],
        };
        for to in 0..FOUNDERS {
            if to != dev && self.devices[to].member {
                self.enqueue(to, sender, &event);
            }
        }
        let welcome = GroupEvent::Welcome {
            group,
            epoch: commit.epoch + 1,
            welcome: commit.welcome.unwrap(),
        };
        self.enqueue(DAVE, sender, &welcome);
        self.devices[DAVE].member = true;
        self.devices[DAVE].online = true;
    }

    fn ledger(&self, dev: usize) -> Ledger {
        Ledger::for_conversation(&self.devices[dev].engine, &self.group).unwrap()
    }
}

#[derive(Debug, Clone)]
enum Op {
    Entry {
        dev: usize,
        from: usize,
        parties: Vec<usize>,
        amount: u32,
        currency: usize,
        split: u8,
        debt: bool,
    },
    Reverse {
        dev: usize,
        pick: usize,
        unknown: bool,
    },
    Deliver {
        dev: usize,
        n: usize,
    },
    Toggle {
        dev: usize,
    },
    Restart {
        dev: usize,
    },
    AddDave {
        dev: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let dev = 0..DEVICES.len();
    prop_oneof![
        6 => (
            dev.clone(),
            0..NAMES.len(),
            prop::collection::vec(0..NAMES.len(), 1..4),
            1u32..50_000,
            0..CURRENCIES.len(),
            0u8..4,
            any::<bool>(),
        )
            .prop_map(|(dev, from, parties, amount, currency, split, debt)| Op::Entry {
                dev,
                from,
                parties,
                amount,
                currency,
                split,
                debt,
            }),
        3 => (dev.clone(), any::<usize>(), prop::bool::weighted(0.1))
            .prop_map(|(dev, pick, unknown)| Op::Reverse { dev, pick, unknown }),
        3 => (dev.clone(), 1usize..6).prop_map(|(dev, n)| Op::Deliver { dev, n }),
        2 => dev.clone().prop_map(|dev| Op::Toggle { dev }),
        1 => dev.clone().prop_map(|dev| Op::Restart { dev }),
        1 => (0..FOUNDERS).prop_map(|dev| Op::AddDave { dev }),
    ]
}

fn run(world: &mut World, op: &Op) {
    match op {
        Op::Entry {
            dev,
            from,
            parties,
            amount,
            currency,
            split,
            debt,
        } => {
            let Some(dev) = world.sender(*dev) else {
                return;
            };
            let currency = ledger::Currency::from_code(CURRENCIES[*currency]).unwrap();
            let text = |minor: u32| ledger::format_minor(i64::from(minor), Some(currency));
            let names: Vec<String> = parties.iter().map(|&p| NAMES[p].to_owned()).collect();
            let split = match split {
                0 => SplitSpec::To(names[0].clone()),
                1 => SplitSpec::Equal(names),
                2 => SplitSpec::Weights(
                    names
                        .into_iter()
                        .enumerate()
                        .map(|(i, n)| (n, i as u32 + 1))
                        .collect(),
                ),
                _ => {
                    // Exact shares: one minor unit each on the others, the rest on the first.
                    let k = names.len() as u32 - 1;
                    let first = amount.saturating_sub(k).max(1);
                    SplitSpec::Exact(
                        names
                            .into_iter()
                            .enumerate()
                            .map(|(i, n)| (n, text(if i == 0 { first } else { 1 })))
                            .collect(),
                    )
                }
            };
            let draft = EntryDraft {
                kind: if *debt {
                    EntryKind::Debt
                } else {
                    EntryKind::Payment
                },
                amount: text(*amount),
                currency: currency.code().to_owned(),
                from: NAMES[*from].to_owned(),
                split,
                date: None,
                memo: Some(format!("entry by device {dev}")),
                reference: None,
            };
            // Drafts that cannot form an entry (someone paying themselves, shares that do not
            // add up) are refused before anything is sent; parties who are not members are
            // sent on purpose: every device must refuse them the same way.
            if let Ok(entry) = draft.parse(ledger::Date::parse("2026-11-25").unwrap()) {
                world.post(dev, LedgerOp::Entry(entry));
            }
        }
        Op::Reverse { dev, pick, unknown } => {
            let Some(dev) = world.sender(*dev) else {
                return;
            };
            let book = world.ledger(dev);
            let target = if *unknown || book.records().is_empty() {
                EntryId([0xee; 16])
            } else {
                // Any record: valid targets, reversals, refused and already-reversed ones.
                book.records()[pick % book.records().len()].id
            };
            let op = LedgerOp::Reversal(Reversal::new(target, Some("mistake".into())).unwrap());
            world.post(dev, op);
        }
        Op::Deliver { dev, n } => {
            let d = &mut world.devices[*dev];
            if d.online && d.member {
                d.deliver(*n);
            }
        }
        Op::Toggle { dev } => {
            let d = &mut world.devices[*dev];
            d.online = !d.online;
        }
        Op::Restart { dev } => world.devices[*dev].restart(),
        Op::AddDave { dev } => {
            if let Some(dev) = world.sender(*dev) {
                world.add_dave(dev);
            }
        }
    }
}

fn assert_sums_zero(book: &Ledger) {
    for (currency, members) in book.balances() {
        let sum: i128 = members.values().map(|v| i128::from(*v)).sum();
        assert_eq!(sum, 0, "{currency} balances sum to {sum}");
    }
}

fn ids(book: &Ledger) -> Vec<(u64, EntryId)> {
    book.records().iter().map(|r| (r.seq, r.id)).collect()
}

fn check_invariants(world: &World) {
    let books: Vec<Ledger> = (0..DEVICES.len())
        .map(|d| world.ledger_or_empty(d))
        .collect();
    for b in &books {
        assert_sums_zero(b);
    }
    // Founders: each one's records are a prefix of the most advanced one's.
    let longest = (0..FOUNDERS)
        .max_by_key(|&d| books[d].records().len())
        .unwrap();
    let reference = ids(&books[longest]);
    for (d, book) in books.iter().enumerate().take(FOUNDERS) {
        let mine = ids(book);
        assert_eq!(mine, reference[..mine.len()], "device {d} diverged");
    }
}

impl World {
    fn ledger_or_empty(&self, dev: usize) -> Ledger {
        if self.devices[dev].member && self.devices[dev].engine.conversation(&self.group).is_some()
        {
            self.ledger(dev)
        } else {
            Ledger::new()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_device_computes_the_same_ledger(ops in prop::collection::vec(op(), 1..60)) {
        let mut world = World::new();
        for op in &ops {
            run(&mut world, op);
            check_invariants(&world);
        }
        // Everyone comes online and catches up; a restart on the way changes nothing.
        for d in &mut world.devices {
            d.online = true;
            if d.member {
                d.catch_up();
            }
        }
        world.devices[1].restart();
        let reference = world.ledger(0);
        assert_sums_zero(&reference);
        for d in 1..FOUNDERS {
            let book = world.ledger(d);
            prop_assert_eq!(&book, &reference, "device {} differs", d);
            prop_assert_eq!(book.settle_up(), reference.settle_up());
            prop_assert_eq!(book.to_csv(), reference.to_csv());
        }
        // Settling up leaves nothing owed.
        let mut after = reference.balances().clone();
        for t in reference.settle_up() {
            let b = after.get_mut(&t.currency).unwrap();
            *b.get_mut(&t.from).unwrap() += t.amount;
            *b.get_mut(&t.to).unwrap() -= t.amount;
        }
        prop_assert!(after.values().all(|m| m.values().all(|v| *v == 0)));
        // The late joiner sees only what followed its arrival, in the same order.
        if world.devices[DAVE].member {
            let dave = world.ledger(DAVE);
            assert_sums_zero(&dave);
            let all = ids(&reference);
            let mine = ids(&dave);
            prop_assert_eq!(&all[all.len() - mine.len()..], &mine[..]);
        }
    }
}
