//! Display names: how people are shown, in their own script, next to their ASCII username.
//!
//! A display name travels only inside MLS (`Content::Profile`), sent to every conversation the
//! account is in and again after each membership change, so the server never learns it (unlike
//! an account field it would store). Each device folds the latest `Profile` per account from
//! its history ([`DisplayNames`]). Names are checked and NFC-normalised on both ends
//! ([`check_display_name`]): no control, bidi-override or zero-width characters, at most
//! [`DISPLAY_NAME_CHARS_MAX`] characters. Shown, a name is always bidi-isolated (FSI … PDI)
//! and next to the username; one that imitates another member's name or username (the same
//! UTS #39 skeleton), or mixes scripts, carries a warning.

use std::collections::BTreeMap;

use conclave_proto::Username;
use unicode_normalization::UnicodeNormalization as _;
use unicode_security::{MixedScript as _, skeleton};

use crate::{HistoryBody, StoredMessage, envelope::Content};

/// Longest display name, in characters (after NFC).
pub const DISPLAY_NAME_CHARS_MAX: usize = 64;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProfileError {
    #[error("a display name has at most {DISPLAY_NAME_CHARS_MAX} characters ({0} given)")]
    TooLong(usize),
    #[error(
        "a display name cannot hold control, direction-override or invisible characters (U+{0:04X})"
    )]
    Invisible(u32),
}

/// The display name as it is sent and shown: NFC, surrounding white space trimmed, inner runs
/// of white space one space. Empty means "none".
pub fn check_display_name(input: &str) -> Result<String, ProfileError> {
    let nfc: String = input.nfc().collect();
    if let Some(c) = nfc
        .chars()
        .find(|&c| c != ' ' && crate::attachment::is_invisible_or_control(c))
    {
        // Tabs and newlines are control characters too; say so rather than fold them.
        return Err(ProfileError::Invisible(c as u32));
    }
    let name = nfc.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars = name.chars().count();
    if chars > DISPLAY_NAME_CHARS_MAX {
        return Err(ProfileError::TooLong(chars));
    }
    Ok(name)
}

/// `text` between FSI and PDI, so a right-to-left name cannot reorder what is around it.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// The display names a device knows: the latest `Profile` of each account in its history.
#[derive(Debug, Default, Clone)]
pub struct DisplayNames {
    names: BTreeMap<Username, String>,
}

impl DisplayNames {
    /// Folds `history` (any order; the latest by send time, then server order, wins). A
    /// `Profile` that fails [`check_display_name`] is ignored.
    pub fn from_history<'a>(history: impl IntoIterator<Item = &'a StoredMessage>) -> Self {
        let mut latest: BTreeMap<Username, (conclave_proto::Timestamp, u64, String)> =
            BTreeMap::new();
        for m in history {
            let HistoryBody::Message {
                content: Content::Profile { display_name },
                ..
            } = &m.body
            else {
                continue;
            };
            let Ok(name) = check_display_name(display_name) else {
                continue;
            };
            let key = (m.at, m.seq);
            match latest.get(&m.sender) {
                Some((at, seq, _)) if (*at, *seq) >= key => {}
                _ => {
                    latest.insert(m.sender.clone(), (m.at, m.seq, name));
                }
            }
        }
        DisplayNames {
            names: latest
                .into_iter()
                .filter(|(_, (_, _, n))| !n.is_empty())
                .map(|(u, (_, _, n))| (u, n))
                .collect(),
        }
    }

    pub fn get(&self, user: &Username) -> Option<&str> {
        self.names
            .get(user)
            .map(String::as_str)
            .filter(|n| !n.is_empty())
    }

    /// Why `user`'s display name might mislead, if it might: it looks like another account's
    /// display name or username, or mixes scripts.
    pub fn warning(&self, user: &Username) -> Option<String> {
        let name = self.get(user)?;
        let mine = skeleton(name).collect::<String>();
        for (other, other_name) in &self.names {
            if other == user || other_name.is_empty() {
                continue;
            }
            if skeleton(other_name).collect::<String>() == mine {
                return Some(format!("looks like {other}'s name"));
            }
        }
        if let Some(other) = self
            .names
            .keys()
            .filter(|o| *o != user)
            .find(|o| skeleton(o.as_str()).collect::<String>() == mine)
        {
            return Some(format!("looks like the username {other}"));
        }
        if !name.is_single_script() {
            return Some("mixes scripts".into());
        }
        None
    }

    /// How `user` is shown: `Ana María (ana)`, the name isolated, with `⚠` and the reason
    /// when it might mislead; the username alone without a name.
    pub fn label(&self, user: &Username) -> String {
        match (self.get(user), self.warning(user)) {
            (None, _) => user.to_string(),
            (Some(name), None) => format!("{} ({user})", isolate(name)),
            (Some(name), Some(why)) => format!("{} ({user}, ⚠ {why})", isolate(name)),
        }
    }

    /// Adds accounts without a display name (the members shown), so that a display name
    /// imitating their username is flagged too.
    pub fn with_usernames<'a>(mut self, users: impl IntoIterator<Item = &'a Username>) -> Self {
        for u in users {
            self.names.entry(u.clone()).or_default();
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use conclave_proto::{DeviceId, GroupId, Timestamp};

    fn profile(sender: &str, seq: u64, at: i64, name: &str) -> StoredMessage {
        StoredMessage {
            group: GroupId::new(vec![1; 32]).unwrap(),
            seq,
            epoch: 1,
            sender: Username::parse(sender).unwrap(),
            sender_device: DeviceId(1),
            at: Timestamp(at),
            body: HistoryBody::Message {
                id: [seq as u8; 16],
                content: Content::Profile {
                    display_name: name.into(),
                },
                sent_at: Timestamp(at),
            },
        }
    }

    fn user(name: &str) -> Username {
        Username::parse(name).unwrap()
    }

    #[test]
    fn names_are_normalised_and_spoofing_characters_refused() {
        // "é" as e + combining acute becomes the one code point.
        assert_eq!(
            check_display_name("  Jose\u{301}   Luis ").unwrap(),
            "José Luis"
        );
        assert_eq!(check_display_name("محمد").unwrap(), "محمد");
        assert_eq!(check_display_name("王小明").unwrap(), "王小明");
        assert_eq!(
            check_display_name("evil\u{202E}gnp.exe"),
            Err(ProfileError::Invisible(0x202E))
        );
        assert_eq!(
            check_display_name("a\u{200B}b"),
            Err(ProfileError::Invisible(0x200B))
        );
        assert!(matches!(
            check_display_name(&"x".repeat(65)),
            Err(ProfileError::TooLong(65))
        ));
        assert_eq!(check_display_name("").unwrap(), "");
    }

    #[test]
    fn the_latest_profile_wins_and_empty_clears() {
        let h = [
            profile("ana", 5, 50, "Ana"),
            profile("ana", 3, 30, "Old"),
            profile("bob", 4, 40, "Bob"),
            profile("bob", 6, 60, ""),
            profile("eve", 7, 70, "bad\u{202E}"),
        ];
        let names = DisplayNames::from_history(&h);
        assert_eq!(names.get(&user("ana")), Some("Ana"));
        assert_eq!(names.get(&user("bob")), None, "cleared");
        assert_eq!(names.get(&user("eve")), None, "refused, ignored");
        assert_eq!(names.label(&user("ana")), "\u{2068}Ana\u{2069} (ana)");
        assert_eq!(names.label(&user("bob")), "bob");
    }

    #[test]
    fn look_alikes_and_mixed_scripts_are_flagged() {
        let h = [
            profile("alice", 1, 1, "Alice Smith"),
            // Cyrillic "А" and "і" imitate Latin letters.
            profile("mallory", 2, 2, "\u{410}l\u{456}ce Smith"),
            profile("trent", 3, 3, "Трент"),
            profile("zed", 4, 4, "bob"),
        ];
        let names = DisplayNames::from_history(&h).with_usernames([&user("bob")]);
        assert_eq!(
            names.warning(&user("mallory")).as_deref(),
            Some("looks like alice's name")
        );
        assert_eq!(
            names.warning(&user("alice")).as_deref(),
            Some("looks like mallory's name"),
            "both sides are flagged: neither is trusted over the other"
        );
        assert_eq!(names.warning(&user("trent")), None, "one script is fine");
        assert_eq!(
            names.warning(&user("zed")).as_deref(),
            Some("looks like the username bob")
        );
        assert!(names.label(&user("zed")).contains("⚠"));
    }
}
