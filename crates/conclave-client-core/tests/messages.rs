//! Replies, reactions, edits, deletes and forwards on real MLS engines: several devices act in
//! any interleaving (some offline for a while and catching up later, one restarting from its
//! persisted state, a member joining midway), and some send what an honest client refuses
//! (edits and deletes of other members' messages, reactions to unknown messages, bad emoji).
//! A small in-memory delivery service gives every message its group sequence number and
//! queues it per device, as the server does.
//!
//! What must hold: every device ends with the same view of the conversation, and it is the
//! view of the unredacted history as sent (so the engine's removal of deleted content from its
//! store never changes what is shown); the late joiner's view is the view of what followed its
//! arrival; no device's persisted state holds the text of a deleted message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use conclave_client_core::{
    DeviceKey, Engine, HistoryBody, StoredMessage,
    envelope::{Content, ConversationMeta, MessageId},
    messages::{ConversationView, ItemKind},
};
use conclave_proto::{
    Delivery, DeviceId, GroupEvent, GroupId, PayloadId, PayloadKind, QueueSeq, Timestamp, Username,
};
use proptest::prelude::*;
use rand::SeedableRng;

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
const EMOJI: [&str; 4] = ["👍", "🎉", "❤️", "not emoji"];

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

    fn post(&mut self, dev: usize, content: Content) -> StoredMessage {
        let now = self.tick();
        let group = self.group.clone();
        let d = &mut self.devices[dev];
        let id = d.engine.fresh_message_id().unwrap();
        let prepared = d.engine.prepare_message(&group, id, content, now).unwrap();
        self.seq += 1;
        let seq = self.seq;
        // What was posted, before the sender's own engine applies it (a delete redacts).
        let posted = StoredMessage {
            group: group.clone(),
            seq,
            epoch: prepared.epoch,
            sender: d.username.clone(),
            sender_device: d.id,
            at: now,
            body: HistoryBody::Message {
                id: prepared.envelope.id,
                sent_at: prepared.envelope.sent_at,
                content: prepared.envelope.content.clone(),
            },
        };
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
        posted
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
}

#[derive(Debug, Clone)]
enum Op {
    Text {
        dev: usize,
    },
    Reply {
        dev: usize,
        pick: usize,
        unknown: bool,
    },
    React {
        dev: usize,
        pick: usize,
        emoji: usize,
    },
    Edit {
        dev: usize,
        pick: usize,
    },
    Delete {
        dev: usize,
        pick: usize,
    },
    Forward {
        dev: usize,
        pick: usize,
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
        4 => dev.clone().prop_map(|dev| Op::Text { dev }),
        2 => (dev.clone(), any::<usize>(), prop::bool::weighted(0.2))
            .prop_map(|(dev, pick, unknown)| Op::Reply { dev, pick, unknown }),
        3 => (dev.clone(), any::<usize>(), 0..EMOJI.len())
            .prop_map(|(dev, pick, emoji)| Op::React { dev, pick, emoji }),
        3 => (dev.clone(), any::<usize>()).prop_map(|(dev, pick)| Op::Edit { dev, pick }),
        2 => (dev.clone(), any::<usize>()).prop_map(|(dev, pick)| Op::Delete { dev, pick }),
        1 => (dev.clone(), any::<usize>()).prop_map(|(dev, pick)| Op::Forward { dev, pick }),
        3 => (dev.clone(), 1usize..6).prop_map(|(dev, n)| Op::Deliver { dev, n }),
        2 => dev.clone().prop_map(|dev| Op::Toggle { dev }),
        1 => dev.clone().prop_map(|dev| Op::Restart { dev }),
        1 => (0..FOUNDERS).prop_map(|dev| Op::AddDave { dev }),
    ]
}

struct Run {
    world: World,
    /// Every message as posted, in `seq` order, never redacted.
    log: Vec<StoredMessage>,
    /// Unique texts (markers) by the message id that carried them.
    texts: BTreeMap<MessageId, String>,
    counter: u32,
    dave_joined_at: Option<u64>,
    forwarded: std::collections::BTreeSet<String>,
}

impl Run {
    fn marker(&mut self) -> String {
        self.counter += 1;
        format!("<{:05}>", self.counter)
    }

    fn view(&self, dev: usize) -> ConversationView {
        ConversationView::for_conversation(&self.world.devices[dev].engine, &self.world.group)
    }

    /// A message of the device's own view (any, including deleted ones).
    fn pick(&self, dev: usize, pick: usize) -> Option<MessageId> {
        let view = self.view(dev);
        let ids: Vec<MessageId> = view
            .items()
            .iter()
            .filter_map(|i| match &i.kind {
                ItemKind::Message(v) => Some(v.id),
                _ => None,
            })
            .collect();
        (!ids.is_empty()).then(|| ids[pick % ids.len()])
    }

    fn post(&mut self, dev: usize, content: Content) {
        let text = match &content {
            Content::Text { text } | Content::Reply { text, .. } | Content::Edit { text, .. } => {
                Some(text.clone())
            }
            // A forward's text is its original's, not a marker of its own, and a copy that
            // deleting the original does not take back (as in every messenger).
            Content::Forward { text } => {
                self.forwarded.insert(text.clone());
                None
            }
            _ => None,
        };
        let posted = self.world.post(dev, content);
        if let (Some(t), HistoryBody::Message { id, .. }) = (text, &posted.body) {
            self.texts.insert(*id, t);
        }
        self.log.push(posted);
    }

    fn run(&mut self, op: &Op) {
        match *op {
            Op::Text { dev } => {
                if let Some(dev) = self.world.sender(dev) {
                    let text = self.marker();
                    self.post(dev, Content::Text { text });
                }
            }
            Op::Reply { dev, pick, unknown } => {
                let Some(dev) = self.world.sender(dev) else {
                    return;
                };
                let to = if unknown {
                    Some([0xee; 16])
                } else {
                    self.pick(dev, pick)
                };
                if let Some(to) = to {
                    let text = self.marker();
                    self.post(dev, Content::Reply { to, text });
                }
            }
            Op::React { dev, pick, emoji } => {
                let Some(dev) = self.world.sender(dev) else {
                    return;
                };
                let Some(to) = self.pick(dev, pick) else {
                    return;
                };
                let me = self.world.devices[dev].username.clone();
                // The toggle an honest client sends, or, when the view refuses it, the
                // reaction anyway: every device must refuse it the same way.
                let content = self
                    .view(dev)
                    .toggle_reaction(&me, &to, EMOJI[emoji])
                    .unwrap_or(Content::Reaction {
                        to,
                        emoji: EMOJI[emoji].into(),
                    });
                self.post(dev, content);
            }
            Op::Edit { dev, pick } => {
                let Some(dev) = self.world.sender(dev) else {
                    return;
                };
                // Any message: own ones apply, others' are forgeries to refuse.
                if let Some(to) = self.pick(dev, pick) {
                    let text = self.marker();
                    self.post(dev, Content::Edit { to, text });
                }
            }
            Op::Delete { dev, pick } => {
                let Some(dev) = self.world.sender(dev) else {
                    return;
                };
                if let Some(to) = self.pick(dev, pick) {
                    self.post(dev, Content::Delete { to });
                }
            }
            Op::Forward { dev, pick } => {
                let Some(dev) = self.world.sender(dev) else {
                    return;
                };
                let Some(id) = self.pick(dev, pick) else {
                    return;
                };
                if let Ok(content) = self.view(dev).forward(&id, |_| 0) {
                    self.post(dev, content);
                }
            }
            Op::Deliver { dev, n } => {
                let d = &mut self.world.devices[dev];
                if d.online && d.member {
                    d.deliver(n);
                }
            }
            Op::Toggle { dev } => {
                let d = &mut self.world.devices[dev];
                d.online = !d.online;
            }
            Op::Restart { dev } => self.world.devices[dev].restart(),
            Op::AddDave { dev } => {
                if self.world.devices[DAVE].member {
                    return;
                }
                if let Some(dev) = self.world.sender(dev) {
                    self.world.add_dave(dev);
                    self.dave_joined_at = Some(self.world.seq);
                }
            }
        }
    }
}

/// The message items of a view (membership and other entries differ by device: who
/// committed, who joined when), without the local receive time.
fn messages(view: &ConversationView) -> Vec<(u64, String, ItemKind)> {
    view.items()
        .iter()
        .filter(|i| !matches!(i.kind, ItemKind::Other(_)))
        .map(|i| (i.seq, i.sender.to_string(), i.kind.clone()))
        .collect()
}

/// The texts a device holding `log` must not keep: every version of the messages deleted in
/// it, and its senders' edits of messages it never had that they deleted.
fn gone(log: &[StoredMessage], run: &Run) -> Vec<String> {
    let view = ConversationView::from_history(log);
    let deleted: Vec<MessageId> = view
        .items()
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Message(v) if v.deleted.is_some() => Some(v.id),
            _ => None,
        })
        .collect();
    let deleted_unknown: Vec<(MessageId, &Username)> = log
        .iter()
        .filter_map(|m| match &m.body {
            HistoryBody::Message {
                content: Content::Delete { to },
                ..
            } if view.message(to).is_none() => Some((*to, &m.sender)),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for m in log {
        let HistoryBody::Message { id, content, .. } = &m.body else {
            continue;
        };
        let goes = match content {
            // Forged edits of it go too, on the devices that had it; a device that never had
            // a message keeps a forger's text about it: it was never the message's.
            Content::Edit { to, .. } => match view.message(to) {
                Some((item, v)) => deleted.contains(&v.id) && item.sender == m.sender,
                None => deleted_unknown.contains(&(*to, &m.sender)),
            },
            _ => deleted.contains(id),
        };
        if goes
            && let Some(t) = run.texts.get(id)
            && !run.forwarded.contains(t)
        {
            out.push(t.clone());
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_device_converges_on_the_same_view(ops in prop::collection::vec(op(), 1..60)) {
        let mut run = Run {
            world: World::new(),
            log: Vec::new(),
            texts: BTreeMap::new(),
            counter: 0,
            dave_joined_at: None,
            forwarded: Default::default(),
        };
        for op in &ops {
            run.run(op);
        }
        for d in &mut run.world.devices {
            d.online = true;
            if d.member {
                d.catch_up();
            }
        }
        run.world.devices[2].restart();
        let reference = messages(&ConversationView::from_history(&run.log));
        for d in 0..FOUNDERS {
            prop_assert_eq!(&messages(&run.view(d)), &reference, "device {} differs", d);
        }
        if let Some(joined) = run.dave_joined_at {
            let after: Vec<StoredMessage> =
                run.log.iter().filter(|m| m.seq > joined).cloned().collect();
            let expected = messages(&ConversationView::from_history(&after));
            prop_assert_eq!(&messages(&run.view(DAVE)), &expected, "the late joiner differs");
        }
        // Deleted messages' texts (every version) are gone from every device's store, as far
        // as the device can know (the late joiner, from what it has).
        let everything = gone(&run.log, &run);
        let suffix: Vec<StoredMessage> = match run.dave_joined_at {
            Some(joined) => run.log.iter().filter(|m| m.seq > joined).cloned().collect(),
            None => Vec::new(),
        };
        let dave_gone = gone(&suffix, &run);
        for (i, d) in run.world.devices.iter_mut().enumerate() {
            d.persist();
            let gone = if i == DAVE { &dave_gone } else { &everything };
            for t in gone {
                for (k, v) in &d.disk {
                    prop_assert!(
                        !contains(v, t.as_bytes()),
                        "{} kept {} in {}",
                        d.username,
                        t,
                        String::from_utf8_lossy(k)
                    );
                }
            }
        }
    }
}
