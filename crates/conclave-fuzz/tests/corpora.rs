//! Replays the committed fuzz corpora as regression tests (stable toolchain, no fuzzer): every
//! file of `fuzz/corpus/<target>/` and `fuzz/regressions/<target>/` through its target. A
//! target without a seed corpus fails: a target nobody seeded is a target nobody fuzzes.

use std::path::{Path, PathBuf};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("a readable corpus directory").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn replay(target: &str, run: conclave_fuzz::Target) -> usize {
    let corpus = files(&fuzz_dir().join("corpus").join(target));
    assert!(
        !corpus.is_empty(),
        "fuzz/corpus/{target}/ is missing or empty: generate it (see fuzz/README.md)"
    );
    let regressions = files(&fuzz_dir().join("regressions").join(target));
    for path in corpus.iter().chain(&regressions) {
        let data = std::fs::read(path).expect("a readable corpus file");
        // A panic names the file: rerun it with `cargo +nightly fuzz run <target> <file>`.
        eprintln!("{}", path.display());
        run(&data);
    }
    corpus.len() + regressions.len()
}

macro_rules! replay_tests {
    ($($target:ident),* $(,)?) => {
        $(
            #[test]
            fn $target() {
                replay(stringify!($target), conclave_fuzz::$target);
            }
        )*

        /// Every target of the crate has a test here, and every corpus directory a target.
        #[test]
        fn every_target_is_replayed() {
            let tested = [$(stringify!($target)),*];
            let targets: Vec<&str> = conclave_fuzz::TARGETS.iter().map(|(n, _)| *n).collect();
            assert_eq!(targets, tested);
            for kind in ["corpus", "regressions"] {
                let Ok(dirs) = std::fs::read_dir(fuzz_dir().join(kind)) else { continue };
                for dir in dirs {
                    let name = dir.expect("a readable fuzz directory").file_name();
                    let name = name.to_string_lossy();
                    assert!(tested.contains(&name.as_ref()), "fuzz/{kind}/{name} has no target");
                }
            }
            for target in tested {
                let bin = fuzz_dir().join("fuzz_targets").join(format!("{target}.rs"));
                assert!(bin.is_file(), "{} is missing", bin.display());
            }
        }
    };
}

replay_tests!(
    client_frame,
    server_frame,
    group_event,
    link,
    mls_check,
    envelope,
    ledger_payload,
    call_signal,
    handover,
    bus_message,
    relay_cell,
    relay_open,
    relay_socks,
    relay_directory,
    relay_noise,
    sframe_frame,
    sfu_datagram,
    sfu_offer,
    attachment_ref,
    blob_grant,
    display_name,
    history_bundle,
    history_offer,
    ephemeral,
);

/// Each corpus holds inputs the decoder accepts, not just noise it refuses: the seeds are real
/// encodings, and the fuzzer starts from them.
#[test]
fn every_corpus_reaches_past_its_decoder() {
    use conclave_server_core::{Hub, mls_check};
    let accepted = |target: &str, accepts: &dyn Fn(&[u8]) -> bool| {
        let corpus = files(&fuzz_dir().join("corpus").join(target));
        let n = corpus
            .iter()
            .filter(|p| accepts(&std::fs::read(p).expect("a readable corpus file")))
            .count();
        assert!(
            n > 0,
            "no input of fuzz/corpus/{target}/ gets past its decoder"
        );
    };
    accepted("client_frame", &|d| {
        conclave_proto::decode_client(d).is_ok()
    });
    accepted("server_frame", &|d| {
        conclave_proto::decode_server(d).is_ok()
    });
    accepted("group_event", &|d| {
        conclave_proto::GroupEvent::decode(d).is_ok()
    });
    accepted("link", &|d| {
        conclave_proto::ServerLink::parse(&String::from_utf8_lossy(d)).is_ok()
    });
    accepted("attachment_ref", &|d| {
        conclave_client_core::attachment::AttachmentRef::decode(d).is_ok()
    });
    accepted("blob_grant", &|d| {
        conclave_server_core::blob_grant::verify(
            d,
            &[conclave_fuzz::blob_grant_key().public()],
            conclave_fuzz::BLOB_GRANT_NOW,
        )
        .is_ok()
    });
    accepted("display_name", &|d| {
        conclave_client_core::profile::check_display_name(&String::from_utf8_lossy(d)).is_ok()
    });
    accepted("history_bundle", &|d| {
        conclave_client_core::history::HistoryBundle::decode(d).is_ok_and(|b| b.entries() > 0)
    });
    accepted("history_offer", &|d| {
        let [(_, from), (key, me)] = conclave_fuzz::history_offer_devices();
        conclave_client_core::history::open_offer(d, &key, &me, &from).is_ok()
    });
    accepted("ephemeral", &|d| {
        let (group, epoch, key, leaves, _) = conclave_fuzz::ephemeral_fixture();
        conclave_client_core::ephemeral::open(
            d,
            &group,
            conclave_proto::DeviceId(1),
            epoch,
            &key,
            &leaves,
            conclave_fuzz::EPHEMERAL_NOW,
        )
        .is_ok()
    });
    accepted("envelope", &|d| {
        conclave_client_core::envelope::Envelope::decode(d).is_ok()
    });
    accepted("ledger_payload", &|d| {
        !matches!(
            conclave_client_core::ledger::LedgerPayload::from_bytes(d),
            conclave_client_core::ledger::LedgerPayload::Unreadable(_)
        )
    });
    accepted("call_signal", &|d| {
        matches!(
            conclave_client_core::call::CallSignal::from_bytes(d),
            conclave_client_core::call::CallSignal::Join {
                session: Some(_),
                ..
            }
        )
    });
    accepted("bus_message", &|d| {
        conclave_server_bus_nats::receive(&Hub::default(), 7, d)
    });
    accepted("relay_cell", &|d| {
        let mut plain = [0u8; conclave_relay::cell::PLAIN_LEN];
        let n = d.len().min(plain.len());
        plain[..n].copy_from_slice(&d[..n]);
        conclave_relay::cell::Cell::decode(&plain)
            .is_ok_and(|c| c.cmd == conclave_relay::cell::Cmd::Begin)
    });
    accepted("relay_open", &|d| {
        d.len() > 6 && conclave_relay::open::decode_open(&d[6..]).is_ok()
    });
    accepted("relay_socks", &|d| {
        matches!(
            conclave_relay::socks::socks_request(d),
            conclave_relay::socks::Parsed::Done(..)
        )
    });
    accepted("relay_socks", &|d| {
        matches!(
            conclave_relay::socks::http_connect(d),
            conclave_relay::socks::Parsed::Done(..)
        )
    });
    let pinned = ed25519_dalek::SigningKey::from_bytes(&conclave_fuzz::relay::DIRECTORY_SECRET)
        .verifying_key()
        .to_bytes();
    accepted("relay_directory", &|d| {
        conclave_relay::directory::SignedDirectory::parse(d).is_ok_and(|s| {
            s.verify(Some(&pinned), conclave_fuzz::relay::NOW_MS)
                .is_ok_and(|dir| {
                    dir.relays.len() == 2 && !dir.relays[1].exit_policy.allow.is_empty()
                })
        })
    });
    accepted("relay_noise", &|d| {
        let keys =
            conclave_relay::noise::NoiseKeypair::from_secret(conclave_fuzz::relay::EXIT_SECRET);
        d.len() > 1 && conclave_relay::noise::ExitHandshake::accept(&keys, &d[1..]).is_ok()
    });
    accepted("sframe_frame", &|d| {
        d.split_first().is_some_and(|(&codec, frame)| {
            conclave_fuzz::sframe::receiver()
                .decrypt(
                    conclave_call::Instant::from_millis(1),
                    conclave_fuzz::sframe::codec(codec),
                    frame,
                )
                .is_ok()
        })
    });
    accepted("sfu_offer", &|d| {
        std::str::from_utf8(d).is_ok_and(|offer| {
            let mut sfu = conclave_fuzz::sfu::sfu();
            conclave_fuzz::sfu::join(&mut sfu, std::time::Instant::now(), 1, offer)
        })
    });
    let mls_bytes = |d: &[u8]| -> Option<(conclave_proto::GroupId, u64, Vec<u8>)> {
        let len = usize::from(*d.get(1)?);
        let group = conclave_proto::GroupId::new(d.get(2..2 + len)?.to_vec())?;
        Some((group, u64::from(d[0]), d[2 + len..].to_vec()))
    };
    for expect in [mls_check::Expect::Commit, mls_check::Expect::Application] {
        accepted("mls_check", &|d| {
            mls_bytes(d)
                .is_some_and(|(g, e, b)| mls_check::check_group_message(&b, &g, e, expect).is_ok())
        });
    }
    accepted("mls_check", &|d| {
        mls_bytes(d).is_some_and(|(_, _, b)| mls_check::check_welcome(&b).is_ok())
    });
    accepted("mls_check", &|d| {
        mls_bytes(d).is_some_and(|(_, _, b)| mls_check::check_key_package(&b).is_ok())
    });
    // A history in which a hand-over reaches the device it is for (device 4).
    accepted("handover", &|d| {
        conclave_fuzz::history(d).is_some_and(|(history, me)| {
            let members: Vec<_> = [("alice", 1), ("bob", 2), ("carol", 3), ("alice", 4)]
                .iter()
                .map(|(n, d)| conclave_client_core::MemberDevice {
                    username: conclave_proto::Username::parse(n).expect("a valid name"),
                    device: conclave_proto::DeviceId(*d),
                    key: [*d as u8; 32],
                })
                .collect();
            conclave_client_core::ledger::Ledger::from_history_of(&history, &members, me)
                .handed_over()
                .is_some()
        })
    });
}
