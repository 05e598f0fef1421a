//! The keys this server issues relay tokens (Privacy Pass, RFC 9578 type 0x0002) with.
//!
//! They live in the data directory's `relay-issuer/`, one PKCS#8 DER file per key named by its
//! creation time (`key-<ms since 1970>.der`, 0600, written whole and renamed into place). A
//! key issues for [`ISSUE_SECS`] (a week) after it was made; then the next start makes a new
//! one. Each key's public half stays valid for verification [`VERIFY_SECS`] after it was made
//! (one more week), so tokens fetched just before a rotation can still be spent; a key past
//! that is deleted. [`IssuerKeys::public`] is what relays must trust (the relay directory
//! lists it).

use std::{
    path::{Path, PathBuf},
    sync::Arc,
};

use anyhow::Context;
use conclave_proto::Timestamp;
use conclave_tokens::{IssuerPublicKey, IssuerSecretKey};

/// The directory below the data directory.
pub const DIR: &str = "relay-issuer";

/// How long a key issues tokens: a week.
pub const ISSUE_SECS: u64 = 7 * 24 * 3600;

/// How long after it was made a key's tokens verify: two weeks (a week of issuing, a week
/// more for tokens fetched near its end).
pub const VERIFY_SECS: u64 = 2 * ISSUE_SECS;

/// Key files kept at most: the current one and those still verifying (any more are a
/// misconfiguration, refused rather than loaded).
const KEY_FILES_MAX: usize = 16;

/// This server's relay token keys.
#[derive(Debug, Clone)]
pub struct IssuerKeys {
    /// The key new tokens are issued with.
    pub current: Arc<IssuerSecretKey>,
    /// Every public key whose tokens are still valid, with the end of its validity: the
    /// current key first, then older ones.
    pub public: Vec<(IssuerPublicKey, Timestamp)>,
}

/// Loads the keys in `data_dir/relay-issuer/`, making a new current key when there is none
/// younger than a week, and deleting those whose tokens no longer verify.
pub fn load_or_create(data_dir: &Path, now: Timestamp) -> anyhow::Result<IssuerKeys> {
    let dir = data_dir.join(DIR);
    crate::datadir::create_private_dir(&dir)?;
    let mut keys = Vec::new();
    for (created, path) in key_files(&dir)? {
        if created.saturating_add_secs(VERIFY_SECS) <= now {
            std::fs::remove_file(&path)
                .with_context(|| format!("cannot delete expired key {}", path.display()))?;
            tracing::info!(file = %path.display(), "relay token key expired: deleted");
            continue;
        }
        let der =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let key = IssuerSecretKey::from_pkcs8_der(&der)
            .with_context(|| format!("{} is not a relay token key", path.display()))?;
        keys.push((created, key));
    }
    // Newest first.
    keys.sort_by_key(|(created, _)| std::cmp::Reverse(*created));
    let fresh = keys
        .first()
        .is_some_and(|(created, _)| created.saturating_add_secs(ISSUE_SECS) > now);
    if !fresh {
        let key = IssuerSecretKey::generate().context("cannot make a relay token key")?;
        let der = key
            .to_pkcs8_der()
            .context("cannot encode the relay token key")?;
        let path = dir.join(file_name(now));
        let partial = dir.join(format!("{}.partial", file_name(now)));
        crate::write_private(&partial, &der)?;
        std::fs::rename(&partial, &path)
            .with_context(|| format!("cannot put {} in place", path.display()))?;
        tracing::info!(
            key_id = %crate::hex::encode(&key.public_key().key_id()),
            "made a new relay token key"
        );
        keys.insert(0, (now, key));
    }
    let public = keys
        .iter()
        .map(|(created, key)| (key.public_key(), created.saturating_add_secs(VERIFY_SECS)))
        .collect();
    let mut keys = keys.into_iter();
    let (_, current) = keys.next().context("no relay token key (none was made)")?;
    Ok(IssuerKeys {
        current: Arc::new(current),
        public,
    })
}

fn file_name(created: Timestamp) -> String {
    format!("key-{}.der", created.0)
}

/// `(creation time, path)` of every key file; other files (a `.partial` left by a crash) are
/// ignored.
fn key_files(dir: &Path) -> anyhow::Result<Vec<(Timestamp, PathBuf)>> {
    let mut out = Vec::new();
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read {}", dir.display()))?;
        let name = entry.file_name();
        let Some(created) = name
            .to_str()
            .and_then(|n| n.strip_prefix("key-"))
            .and_then(|n| n.strip_suffix(".der"))
            .and_then(|n| n.parse::<i64>().ok())
        else {
            continue;
        };
        out.push((Timestamp(created), entry.path()));
    }
    if out.len() > KEY_FILES_MAX {
        anyhow::bail!(
            "{} holds {} relay token keys, more than {KEY_FILES_MAX}: remove the ones not made by this server",
            dir.display(),
            out.len()
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    const DAY_MS: i64 = 86_400_000;

    #[test]
    fn keys_are_made_once_rotated_weekly_and_kept_a_week_more() {
        let temp = tempfile::tempdir().unwrap();
        let data = temp.path();
        let t0 = Timestamp(1_767_225_600_000);
        let first = load_or_create(data, t0).unwrap();
        assert_eq!(first.public.len(), 1);
        assert_eq!(first.public[0].0, first.current.public_key());
        assert_eq!(first.public[0].1, Timestamp(t0.0 + 14 * DAY_MS));

        // A restart within the week keeps the key.
        let again = load_or_create(data, Timestamp(t0.0 + 6 * DAY_MS)).unwrap();
        assert_eq!(again.current.public_key(), first.current.public_key());
        assert_eq!(again.public.len(), 1);

        // After a week: a new current key, the old one still verifies.
        let rotated = load_or_create(data, Timestamp(t0.0 + 7 * DAY_MS)).unwrap();
        assert_ne!(rotated.current.public_key(), first.current.public_key());
        assert_eq!(rotated.public.len(), 2);
        assert_eq!(rotated.public[0].0, rotated.current.public_key());
        assert_eq!(rotated.public[1].0, first.current.public_key());

        // After two weeks: the second rotation; the first key is gone, from the list and the
        // disk, the second still verifies.
        let later = load_or_create(data, Timestamp(t0.0 + 14 * DAY_MS)).unwrap();
        assert_ne!(later.current.public_key(), rotated.current.public_key());
        assert_eq!(later.public.len(), 2);
        assert_eq!(later.public[1].0, rotated.current.public_key());
        assert_eq!(std::fs::read_dir(data.join(DIR)).unwrap().count(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn key_files_are_private_and_a_bad_one_is_named() {
        use std::os::unix::fs::PermissionsExt as _;
        let temp = tempfile::tempdir().unwrap();
        let data = temp.path();
        let t0 = Timestamp(1_767_225_600_000);
        load_or_create(data, t0).unwrap();
        let dir = data.join(DIR);
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        let file = dir.join(file_name(t0));
        assert_eq!(mode(&file), 0o600);

        std::fs::write(&file, b"not a key").unwrap();
        let error = format!("{:#}", load_or_create(data, t0).unwrap_err());
        assert!(error.contains("is not a relay token key"), "{error}");
        assert!(error.contains(&file_name(t0)), "{error}");
    }
}
