//! Real MLS engines for the integration tests: alice, bob and carol in one group.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use conclave_client_core::{DeviceKey, Engine, envelope::ConversationMeta};
use conclave_proto::{
    Delivery, DeviceId, GroupEvent, GroupId, PayloadId, PayloadKind, QueueSeq, Timestamp, Username,
};
use rand::SeedableRng;

pub fn engine(name: &str, device: u64) -> Engine {
    let key = DeviceKey::generate(&mut rand::rngs::StdRng::seed_from_u64(device));
    Engine::new(Username::parse(name).unwrap(), DeviceId(device), &key)
}

pub fn deliver(to: &mut Engine, seq: u64, sender: DeviceId, event: &GroupEvent) {
    to.process(&Delivery {
        seq: QueueSeq(seq),
        payload_id: PayloadId(seq),
        sender,
        sent_at: Timestamp(seq as i64),
        kind: PayloadKind::Group,
        payload: event.encode(),
    })
    .expect("a valid delivery");
}

/// Alice (device 1) makes a group with bob (2) and carol (3).
pub fn three() -> (Engine, Engine, Engine, GroupId) {
    let (mut a, mut b, mut c) = (engine("alice", 1), engine("bob", 2), engine("carol", 3));
    let group = a
        .create_group(ConversationMeta::Group { name: "t".into() }, Timestamp(0))
        .unwrap();
    let add = vec![
        (DeviceId(2), b.key_packages(1).unwrap().remove(0)),
        (DeviceId(3), c.key_packages(1).unwrap().remove(0)),
    ];
    let commit = a.prepare_commit(&group, add, &[]).unwrap();
    a.commit_accepted(&group, 1, Timestamp(1)).unwrap();
    let welcome = GroupEvent::Welcome {
        group: group.clone(),
        epoch: commit.epoch + 1,
        welcome: commit.welcome.unwrap(),
    };
    deliver(&mut b, 1, DeviceId(1), &welcome);
    deliver(&mut c, 1, DeviceId(1), &welcome);
    (a, b, c, group)
}

/// Alice removes carol (device 3) from the group of [`three`]; bob and carol process it.
pub fn remove_carol(a: &mut Engine, b: &mut Engine, c: &mut Engine, group: &GroupId) {
    let commit = a.prepare_commit(group, vec![], &[DeviceId(3)]).unwrap();
    a.commit_accepted(group, 2, Timestamp(2)).unwrap();
    let event = GroupEvent::Commit {
        group: group.clone(),
        epoch: commit.epoch + 1,
        seq: 2,
        commit: commit.commit,
        added: vec![],
        removed: vec![DeviceId(3)],
    };
    deliver(b, 2, DeviceId(1), &event);
    deliver(c, 2, DeviceId(1), &event);
}
