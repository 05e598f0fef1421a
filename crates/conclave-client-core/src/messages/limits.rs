//! Limits of the message features. Every device applies the same ones, so a message over a
//! limit is refused the same way everywhere.

/// Longest reaction, in bytes: room for the longest emoji ZWJ sequences (a family of four
/// with skin tones is 35 bytes) and little else.
pub const EMOJI_BYTES_MAX: usize = 48;
/// Versions a message can have: the original and this many minus one edits.
pub const VERSIONS_MAX: usize = 21;
/// Different emoji one member can have on one message at a time.
pub const REACTIONS_PER_MEMBER_MAX: usize = 16;
/// Characters of a quoted message shown with a reply.
pub const QUOTE_CHARS_MAX: usize = 120;
/// Shortest and longest disappearing-message timer (0 is off).
pub const TIMER_SECS_MIN: u64 = 30;
pub const TIMER_SECS_MAX: u64 = 4 * 7 * 24 * 3600;

/// "30s", "5m", "1h", "2d", "4w" (the largest unit that divides it), or seconds.
pub fn timer_text(secs: u64) -> String {
    for (unit, size) in [("w", 604_800), ("d", 86_400), ("h", 3_600), ("m", 60)] {
        if secs >= size && secs.is_multiple_of(size) {
            return format!("{}{unit}", secs / size);
        }
    }
    format!("{secs}s")
}
