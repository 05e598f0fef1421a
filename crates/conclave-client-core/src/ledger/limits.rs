//! The ledger's limits, in one place. Every device applies the same ones: an entry beyond a limit
//! is refused everywhere.

/// Largest amount of one entry, in minor units: 10^15 - 1 (9,999,999,999,999.99 EUR). Below
/// 2^53, so spreadsheets and JavaScript, which count in binary floating point, read every amount
/// exactly.
pub const AMOUNT_MINOR_MAX: i64 = 999_999_999_999_999;

/// Largest magnitude of a member's balance, in minor units: 2^53 - 1, for the same reason. An
/// entry that would take a balance beyond it is refused as an overflow.
pub const BALANCE_MINOR_MAX: i64 = 9_007_199_254_740_991;

/// Longest memo (and reversal memo), in bytes of UTF-8.
pub const MEMO_BYTES_MAX: usize = 1024;

/// Longest reference (an invoice or transfer id), in bytes of UTF-8.
pub const REFERENCE_BYTES_MAX: usize = 128;

/// Most members sharing one entry.
pub const PARTIES_MAX: usize = 256;

/// Largest weight in a weighted split (`bob:3,carol:1`).
pub const SHARE_WEIGHT_MAX: u32 = 1_000_000;

/// Up to this many members with a non-zero balance in one currency, settle-up finds the fewest
/// transfers (an exact search over subsets, 2^n steps); beyond it, a greedy pairing that needs at
/// most one transfer fewer than the number of members.
pub const SETTLE_EXACT_PARTIES_MAX: usize = 16;

/// Fewest hexadecimal characters accepted as an entry id prefix.
pub const ENTRY_ID_PREFIX_CHARS_MIN: usize = 6;

/// Bytes of records in one hand-over message: far below the payload limit, whatever the records
/// (one record takes at most about 13 KiB: a memo, a reference and 256 parties).
pub const HANDOVER_PART_BYTES_MAX: usize = 128 * 1024;

/// Messages one hand-over may take (32 MiB of records, some 100,000 typical entries); a longer
/// ledger is not handed over: the newcomer sees the entries from its arrival on, and is told so.
pub const HANDOVER_PARTS_MAX: usize = 256;
