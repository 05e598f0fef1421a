//! Attacker input gets an error, never a panic: every decoder and parser of `conclave-proto`
//! on arbitrary bytes and on mutations of valid encodings.

use conclave_proto::{
    ClientFrame, DeviceId, GroupId, QueueSeq, Request, RequestId, ServerFrame, ServerLink,
    Signature, Username, decode_client, decode_server, encode,
};
use proptest::prelude::*;

fn valid_client_frames() -> Vec<Vec<u8>> {
    let group = GroupId::new(vec![7; 16]).expect("a valid group id");
    [
        ClientFrame::Auth {
            device: DeviceId(3),
            signature: Signature([9; 64]),
        },
        ClientFrame::Request {
            id: RequestId(1),
            body: Request::Send {
                recipients: vec![DeviceId(1), DeviceId(2)],
                payload: vec![1, 2, 3, 4, 5],
            },
        },
        ClientFrame::Request {
            id: RequestId(2),
            body: Request::GroupMessage {
                group,
                epoch: 4,
                message: vec![0; 40],
            },
        },
        ClientFrame::Request {
            id: RequestId(3),
            body: Request::Ack {
                device: DeviceId(3),
                seqs: vec![QueueSeq(1), QueueSeq(9)],
            },
        },
    ]
    .iter()
    .map(encode)
    .collect()
}

/// A valid encoding with some bytes changed, some cut off, or some appended.
fn mutated(valid: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    (
        proptest::sample::select(valid),
        proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
        any::<prop::sample::Index>(),
        proptest::collection::vec(any::<u8>(), 0..8),
    )
        .prop_map(|(mut bytes, flips, cut, tail)| {
            for (at, b) in flips {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
            bytes.truncate(1 + cut.index(bytes.len()));
            bytes.extend(tail);
            bytes
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn frame_decoders_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode_client(&bytes);
        let _ = decode_server(&bytes);
    }

    #[test]
    fn mutated_client_frames_decode_or_fail_cleanly(bytes in mutated(valid_client_frames())) {
        if let Ok(frame) = decode_client(&bytes) {
            // Whatever decodes re-encodes to the same bytes: no two encodings of one frame.
            prop_assert_eq!(encode(&frame), bytes);
        }
    }

    #[test]
    fn links_and_names_never_panic(text in "\\PC{0,200}", tail in "[a-zA-Z0-9#&=:/._-]{0,120}") {
        let _ = ServerLink::parse(&text);
        let _ = ServerLink::parse(&format!("conclave://{tail}"));
        let _ = ServerLink::parse(&format!("conclave://host:1/join#{tail}"));
        let _ = Username::parse(&text);
    }
}

#[test]
fn server_frames_round_trip() {
    let frame = ServerFrame::Fatal(conclave_proto::WireError::new(
        conclave_proto::ErrorCode::QueueFull,
        "full",
    ));
    assert_eq!(decode_server(&encode(&frame)), Ok(frame));
}
