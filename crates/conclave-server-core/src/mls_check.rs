//! What the delivery service can check of MLS bytes without any key: the framing. A commit or
//! application message must parse as an MLS message of the right content type whose clear
//! header names the group and epoch the request claims; a Welcome must be a Welcome; a key
//! package must parse as one. Anything else is refused with a clear error before it is stored,
//! so a malformed message never reaches (and never wedges) the members. What only members can
//! check (signatures, AEAD tags, tree hashes) they check when processing.

use conclave_proto::GroupId;
use openmls::prelude::{
    ContentType, KeyPackageIn, MlsMessageBodyIn, MlsMessageIn, ProtocolMessage,
    tls_codec::Deserialize as _,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    Commit,
    Application,
}

fn protocol_message(bytes: &[u8]) -> Result<ProtocolMessage, String> {
    MlsMessageIn::tls_deserialize_exact(bytes)
        .map_err(|e| format!("not an MLS message: {e}"))?
        .try_into_protocol_message()
        .map_err(|_| "not an MLS handshake or application message".to_owned())
}

/// Checks that `bytes` is an MLS message of kind `expect` for `group` at `epoch`.
pub fn check_group_message(
    bytes: &[u8],
    group: &GroupId,
    epoch: u64,
    expect: Expect,
) -> Result<(), String> {
    let message = protocol_message(bytes)?;
    if message.group_id().as_slice() != group.as_bytes() {
        return Err("the MLS message belongs to another group".into());
    }
    let claimed = message.epoch().as_u64();
    if claimed != epoch {
        return Err(format!(
            "the MLS message is for epoch {claimed}, the request says {epoch}"
        ));
    }
    let (wanted, found) = (expect, message.content_type());
    match (wanted, found) {
        (Expect::Commit, ContentType::Commit) | (Expect::Application, ContentType::Application) => {
            Ok(())
        }
        (Expect::Commit, other) => Err(format!("expected an MLS commit, got {other:?}")),
        (Expect::Application, other) => Err(format!(
            "expected an MLS application message, got {other:?}"
        )),
    }
}

pub fn check_welcome(bytes: &[u8]) -> Result<(), String> {
    match MlsMessageIn::tls_deserialize_exact(bytes)
        .map_err(|e| format!("the Welcome is not an MLS message: {e}"))?
        .extract()
    {
        MlsMessageBodyIn::Welcome(_) => Ok(()),
        _ => Err("expected an MLS Welcome".into()),
    }
}

pub fn check_key_package(bytes: &[u8]) -> Result<(), String> {
    KeyPackageIn::tls_deserialize_exact(bytes)
        .map(|_| ())
        .map_err(|e| format!("not an MLS key package: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_refused() {
        let group = GroupId::new(vec![1; 8]).unwrap();
        for bytes in [&b""[..], b"\x00\x01", b"hello world, not mls", &[0xff; 64]] {
            assert!(check_group_message(bytes, &group, 0, Expect::Application).is_err());
            assert!(check_group_message(bytes, &group, 0, Expect::Commit).is_err());
            assert!(check_welcome(bytes).is_err());
            assert!(check_key_package(bytes).is_err());
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2_000))]

        /// Whatever a client sends as MLS bytes gets a verdict, never a panic.
        #[test]
        fn arbitrary_bytes_get_a_verdict(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            prefix in proptest::sample::select(vec![vec![], vec![0, 1], vec![0, 1, 0, 1], vec![0, 1, 0, 3], vec![0, 1, 0, 5]]),
        ) {
            let group = GroupId::new(vec![1; 8]).unwrap();
            let mut input = prefix;
            input.extend(bytes);
            let _ = check_group_message(&input, &group, 0, Expect::Application);
            let _ = check_group_message(&input, &group, 3, Expect::Commit);
            let _ = check_welcome(&input);
            let _ = check_key_package(&input);
        }
    }
}
