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
