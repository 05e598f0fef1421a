//! Numbered schema migrations, tracked in `PRAGMA user_version`. Append only: never edit a
//! migration that has shipped; add the next number.

pub const MIGRATIONS: &[(u32, &str)] = &[
    (
        1,
        // Every id a peer or client may remember is AUTOINCREMENT: plain SQLite rowids hand the
        // largest id out again after that row is deleted, and a reused payload id would be dropped
        // by a client's dedupe (a lost message); a reused device id would inherit queued messages.
        r#"
CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    username    TEXT    NOT NULL UNIQUE,
    is_admin    INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    disabled    INTEGER NOT NULL DEFAULT 0,
    invited_by  INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    invite_id   INTEGER REFERENCES invites(id) ON DELETE SET NULL
);
CREATE TABLE devices (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    public_key  BLOB    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    next_seq    INTEGER NOT NULL DEFAULT 1,
    queue_len   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX devices_account ON devices(account_id);
CREATE TABLE invites (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    code_hash             BLOB    NOT NULL UNIQUE,
    created_by            INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
    created_at            INTEGER NOT NULL,
    expires_at            INTEGER NOT NULL,
    uses_total            INTEGER NOT NULL,
    uses_left             INTEGER NOT NULL,
    revoked               INTEGER NOT NULL DEFAULT 0,
    grants_admin          INTEGER NOT NULL,
    account_validity_secs INTEGER NOT NULL
);
CREATE INDEX invites_creator ON invites(created_by);
CREATE TABLE renewals (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    code_hash     BLOB    NOT NULL UNIQUE,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    validity_secs INTEGER NOT NULL,
    redeemed_by   INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    redeemed_at   INTEGER
);
-- A payload is stored once; `refs` counts the queue rows that point at it.
CREATE TABLE payloads (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    sender   INTEGER NOT NULL,
    kind     INTEGER NOT NULL,
    sent_at  INTEGER NOT NULL,
    refs     INTEGER NOT NULL,
    body     BLOB    NOT NULL
);
-- A rowid table with a separate unique index: measured 3.7x faster to insert than WITHOUT ROWID.
CREATE TABLE queue (
    device_id  INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    payload_id INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX queue_device_seq ON queue(device_id, seq);
CREATE INDEX queue_expiry ON queue(expires_at);
"#,
    ),
    (
        2,
        // The delivery service: device link codes, key packages, groups and their members.
        // Device links and groups are AUTOINCREMENT like every other table whose ids could be
        // remembered; key packages are handed out oldest first by id.
        r#"
CREATE TABLE device_links (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    code_hash   BLOB    NOT NULL UNIQUE,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    redeemed_at INTEGER,
    -- The device created with the code (no foreign key: that device may be removed later).
    device_id   INTEGER
);
CREATE INDEX device_links_account ON device_links(account_id);
CREATE INDEX device_links_expiry ON device_links(expires_at);
CREATE TABLE key_packages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id   INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    last_resort INTEGER NOT NULL,
    body        BLOB    NOT NULL
);
CREATE INDEX key_packages_device ON key_packages(device_id, last_resort, id);
-- `group_id` is the client-chosen MLS group id; `id` is internal.
CREATE TABLE mls_groups (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id    BLOB    NOT NULL UNIQUE,
    epoch       INTEGER NOT NULL,
    next_seq    INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL
);
CREATE TABLE mls_group_members (
    group_ref   INTEGER NOT NULL REFERENCES mls_groups(id) ON DELETE CASCADE,
    device_id   INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    PRIMARY KEY (group_ref, device_id)
) WITHOUT ROWID;
CREATE INDEX mls_group_members_device ON mls_group_members(device_id);
"#,
    ),
    (
        3,
        // Expiry moves from the queue rows to their payload (every row of a payload shares it),
        // and a payload's queue rows get the rowids `payload_id << 16 | i`: the sweep finds
        // expired payloads by their index and deletes their rows by rowid range, so the queue
        // keeps one index (device, seq) instead of two. The expiry index cost a b-tree insert
        // and delete per delivery: 20 % of the message path's throughput (measured).
        r#"
ALTER TABLE payloads ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
CREATE TABLE queue_v3 (
    device_id  INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    payload_id INTEGER NOT NULL
);
INSERT INTO queue_v3 (rowid, device_id, seq, payload_id)
    SELECT (payload_id << 16) + row_number() OVER (PARTITION BY payload_id ORDER BY device_id) - 1,
           device_id, seq, payload_id
    FROM queue;
UPDATE payloads SET expires_at = e.at
    FROM (SELECT payload_id, max(expires_at) AS at FROM queue GROUP BY payload_id) AS e
    WHERE e.payload_id = payloads.id;
DROP TABLE queue;
ALTER TABLE queue_v3 RENAME TO queue;
CREATE UNIQUE INDEX queue_device_seq ON queue(device_id, seq);
CREATE INDEX payloads_expiry ON payloads(expires_at);
"#,
    ),
    (
        4,
        // A member's place in its group's traffic (0: in sync; 1: behind, its queue was full
        // when the group's traffic came, so nothing more is queued for it; 2: it processed the
        // notice and asks to be added back), and the log of operator changes that running
        // servers poll (admin commands run in another process).
        r#"
ALTER TABLE mls_group_members ADD COLUMN state INTEGER NOT NULL DEFAULT 0;
CREATE TABLE operator_changes (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    kind    INTEGER NOT NULL,
    subject INTEGER NOT NULL
);
"#,
    ),
    (
        5,
        // When an account last took a one-time key package of a device: within the claim
        // window it gets the last-resort package instead, so no member can exhaust another's
        // stock. Keyed by device first, so a device's deletion cascades by the primary key. No
        // foreign key to the claimer: account ids are never reused, and the sweep forgets every
        // record once its window has passed, a purged claimer's included.
        // (Number 4 is another change's; migrations apply in list order, skipping none.)
        r#"
CREATE TABLE key_package_claims (
    device_id       INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    claimer_account INTEGER NOT NULL,
    claimed_at      INTEGER NOT NULL,
    PRIMARY KEY (device_id, claimer_account)
) WITHOUT ROWID;
CREATE INDEX key_package_claims_at ON key_package_claims(claimed_at);
"#,
    ),
    (
        6,
        // Relay tokens an account fetched per UTC day (days since 1970-01-01): a count, and
        // nothing about the tokens (the server only ever saw them blinded). Rows of past days
        // are swept; an account's go with it.
        r#"
CREATE TABLE relay_token_days (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    taken      INTEGER NOT NULL,
    PRIMARY KEY (account_id, day)
) WITHOUT ROWID;
CREATE INDEX relay_token_days_day ON relay_token_days(day);
"#,
    ),
    (
        7,
        // What each node of a cluster publishes about its private-browsing roles: its relay
        // descriptor (none without relay roles) and its token issuer's public keys, both as
        // JSON, so every node's directory lists every node's relay and trusts every node's
        // issuer. Public material only; nodes list the rows updated recently.
        r#"
CREATE TABLE relay_nodes (
    node        TEXT   NOT NULL PRIMARY KEY,
    descriptor  TEXT,
    issuer_keys TEXT   NOT NULL,
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX relay_nodes_updated ON relay_nodes(updated_at);
"#,
    ),
    (
        9,
        // Each device's Web Push subscription (at most one): the push service's URL and the
        // keys pushes are encrypted to. It goes with the device. (Number 8 is another
        // change's; migrations apply in list order.)
        r#"
CREATE TABLE push_subscriptions (
    device_id INTEGER NOT NULL PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
    endpoint  TEXT    NOT NULL,
    p256dh    BLOB    NOT NULL,
    auth      BLOB    NOT NULL
) WITHOUT ROWID;
"#,
    ),
];

/// Queue rows of payload `p` have rowids `p << QUEUE_ROWID_SHIFT` and up, one per recipient
/// (migration 3), so a payload has room for this many.
pub const QUEUE_ROWS_PER_PAYLOAD: usize = 1 << QUEUE_ROWID_SHIFT;
pub const QUEUE_ROWID_SHIFT: u32 = 16;
const _: () = assert!(conclave_proto::limits::RECIPIENTS_MAX <= QUEUE_ROWS_PER_PAYLOAD);
const _: () = assert!(conclave_proto::limits::GROUP_DEVICES_MAX <= QUEUE_ROWS_PER_PAYLOAD);

/// Runs before migration `number` is applied, in its transaction.
///
/// Migration 1 gained `payloads.kind` after databases had been created with it; those lack
/// the column (and every payload in them is opaque, kind 0). Rather than edit a shipped
/// migration again, the step to 2 adds the column when it is missing.
pub fn before(number: u32, conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    if number == 2 {
        let has_kind: bool = conn.query_row(
            "SELECT COUNT(*) > 0 FROM pragma_table_info('payloads') WHERE name = 'kind'",
            [],
            |r| r.get(0),
        )?;
        if !has_kind {
            conn.execute_batch("ALTER TABLE payloads ADD COLUMN kind INTEGER NOT NULL DEFAULT 0")?;
        }
    }
    Ok(())
}

pub fn latest() -> u32 {
    MIGRATIONS.last().map_or(0, |(n, _)| *n)
}
