//! Numbered schema migrations, tracked in the one-row table `conclave_schema`. Append only:
//! never edit a migration that has shipped; add the next number.
//!
//! `conclave-server migrate` applies them (under an advisory lock, so two operators or nodes
//! migrating at once do not collide); `serve` only checks that the database is at exactly the
//! version this binary was built for, so a rolling upgrade never runs a node against a schema it
//! does not understand.

pub const MIGRATIONS: &[(u32, &str)] = &[
    (
        1,
        // Ids a peer or client may remember come from identity columns, which never hand a value
        // out twice (a reused payload id would be dropped by a client's dedupe; a reused device id
        // would inherit queued messages).
        //
        // Lock domains (see the crate docs), in lock order: `queue_removed` rows (what acks and
        // expiry took out of a queue: the queue length is `next_seq - 1 - removed`, so an ack never
        // locks the row that senders lock), `mls_groups` rows, `devices` rows (their `next_seq` is
        // the per-device queue counter).
        r#"
CREATE TABLE invites (
    id                    BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code_hash             BYTEA   NOT NULL UNIQUE,
    created_by            BIGINT,
    created_at            BIGINT  NOT NULL,
    expires_at            BIGINT  NOT NULL,
    uses_total            INTEGER NOT NULL,
    uses_left             INTEGER NOT NULL,
    revoked               BOOLEAN NOT NULL DEFAULT false,
    grants_admin          BOOLEAN NOT NULL,
    account_validity_secs BIGINT  NOT NULL
);
CREATE INDEX invites_creator ON invites(created_by);
CREATE TABLE accounts (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username    TEXT    NOT NULL UNIQUE,
    is_admin    BOOLEAN NOT NULL,
    created_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL,
    disabled    BOOLEAN NOT NULL DEFAULT false,
    invited_by  BIGINT  REFERENCES accounts(id) ON DELETE SET NULL,
    invite_id   BIGINT  REFERENCES invites(id) ON DELETE SET NULL
);
CREATE INDEX accounts_invite ON accounts(invite_id);
CREATE INDEX accounts_expiry ON accounts(expires_at);
ALTER TABLE invites ADD FOREIGN KEY (created_by) REFERENCES accounts(id) ON DELETE CASCADE;
CREATE TABLE devices (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  BIGINT  NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    public_key  BYTEA   NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    next_seq    BIGINT  NOT NULL DEFAULT 1
);
CREATE INDEX devices_account ON devices(account_id);
CREATE TABLE queue_removed (
    device_id   BIGINT  PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
    removed     BIGINT  NOT NULL DEFAULT 0
);
CREATE TABLE renewals (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code_hash     BYTEA  NOT NULL UNIQUE,
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL,
    validity_secs BIGINT NOT NULL,
    redeemed_by   BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    redeemed_at   BIGINT
);
-- A payload is stored once; it is deleted when its last queue row goes (or, when two
-- transactions removed the last rows at once, by the sweeper).
CREATE TABLE payloads (
    id       BIGINT   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sender   BIGINT   NOT NULL,
    kind     SMALLINT NOT NULL,
    sent_at  BIGINT   NOT NULL,
    body     BYTEA    NOT NULL
);
CREATE TABLE queue (
    device_id  BIGINT NOT NULL,
    seq        BIGINT NOT NULL,
    payload_id BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (device_id, seq)
);
CREATE INDEX queue_expiry ON queue(expires_at);
CREATE INDEX queue_payload ON queue(payload_id);
CREATE TABLE device_links (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code_hash   BYTEA  NOT NULL UNIQUE,
    account_id  BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    redeemed_at BIGINT,
    device_id   BIGINT
);
CREATE INDEX device_links_account ON device_links(account_id);
CREATE INDEX device_links_expiry ON device_links(expires_at);
CREATE TABLE key_packages (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    device_id   BIGINT  NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    last_resort BOOLEAN NOT NULL,
    body        BYTEA   NOT NULL
);
CREATE INDEX key_packages_device ON key_packages(device_id, last_resort, id);
CREATE TABLE mls_groups (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id    BYTEA  NOT NULL UNIQUE,
    epoch       BIGINT NOT NULL,
    next_seq    BIGINT NOT NULL DEFAULT 1,
    created_at  BIGINT NOT NULL
);
CREATE TABLE mls_group_members (
    group_ref   BIGINT NOT NULL REFERENCES mls_groups(id) ON DELETE CASCADE,
    device_id   BIGINT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    PRIMARY KEY (group_ref, device_id)
);
CREATE INDEX mls_group_members_device ON mls_group_members(device_id);
-- One row per committed write batch, so that a node that lost its connection during COMMIT
-- learns whether the batch committed (and answers its callers) instead of guessing.
CREATE TABLE write_batches (
    id          BIGINT PRIMARY KEY,
    committed_at BIGINT NOT NULL
);
-- Nodes announce where clients reach them; links list the live ones.
CREATE TABLE cluster_nodes (
    endpoint    TEXT   PRIMARY KEY,
    fingerprint TEXT,
    seen_at     BIGINT NOT NULL
);
"#,
    ),
    (
        2,
        // A member's place in its group's traffic (0: in sync; 1: behind, its queue was full
        // when the group's traffic came, so nothing more is queued for it; 2: it processed the
        // notice and asks to be added back), and the log of operator changes that every node
        // polls (admin commands run in another process, possibly on another machine).
        r#"
ALTER TABLE mls_group_members ADD COLUMN state SMALLINT NOT NULL DEFAULT 0;
CREATE TABLE operator_changes (
    seq     BIGINT   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind    SMALLINT NOT NULL,
    subject BIGINT   NOT NULL
);
"#,
    ),
    (
        5,
        // When an account last took a one-time key package of a device: within the claim
        // window it gets the last-resort package instead, so no member can exhaust another's
        // stock. Keyed by device first, so a device's deletion cascades by the primary key. No
        // foreign key to the claimer (nor its lock on every claim): account ids are never
        // reused, and the sweep forgets every record once its window has passed, a purged
        // claimer's included. Numbered like SQLite's migration of the same table; `migrate`
        // applies whatever is newer than the database, in list order, so numbers may skip.
        r#"
CREATE TABLE key_package_claims (
    device_id       BIGINT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    claimer_account BIGINT NOT NULL,
    claimed_at      BIGINT NOT NULL,
    PRIMARY KEY (device_id, claimer_account)
);
CREATE INDEX key_package_claims_at ON key_package_claims(claimed_at);
"#,
    ),
    (
        6,
        // Relay tokens an account fetched per UTC day (days since 1970-01-01): a count, and
        // nothing about the tokens (the server only ever saw them blinded). Rows of past days
        // are swept; an account's go with it. Numbered like SQLite's migration.
        r#"
CREATE TABLE relay_token_days (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    day        BIGINT NOT NULL,
    taken      BIGINT NOT NULL,
    PRIMARY KEY (account_id, day)
);
CREATE INDEX relay_token_days_day ON relay_token_days(day);
"#,
    ),
    (
        7,
        // What each node of a cluster publishes about its private-browsing roles: its relay
        // descriptor (none without relay roles) and its token issuer's public keys, both as
        // JSON, so every node's directory lists every node's relay and trusts every node's
        // issuer. Public material only; nodes list the rows updated recently. Numbered like
        // SQLite's migration.
        r#"
CREATE TABLE relay_nodes (
    node        TEXT   NOT NULL PRIMARY KEY,
    descriptor  TEXT,
    issuer_keys TEXT   NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX relay_nodes_updated ON relay_nodes(updated_at);
"#,
    ),
    (
        9,
        // Each device's Web Push subscription (at most one): the push service's URL and the
        // keys pushes are encrypted to. It goes with the device. Numbered like SQLite's
        // migration.
        r#"
CREATE TABLE push_subscriptions (
    device_id BIGINT NOT NULL PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
    endpoint  TEXT   NOT NULL,
    p256dh    BYTEA  NOT NULL,
    auth      BYTEA  NOT NULL
);
"#,
    ),
    (
        10,
        // Attachment ciphertext for a cluster (`PgBlobStore`): one row per blob (owner, declared
        // size, bytes received, the download capability's SHA-256, expiry, finished) and its
        // bytes in chunks keyed by their offset, and the devices that said they have it (the
        // blob goes once `recipients` of them did), each written in its own short transaction so a
        // cut upload keeps what arrived. No foreign key to accounts: an account's blobs expire
        // with their TTL like everyone's. PostgreSQL only (a single node keeps blobs in its data
        // directory).
        r#"
CREATE TABLE blobs (
    id              BYTEA   NOT NULL PRIMARY KEY,
    owner           BIGINT  NOT NULL,
    size            BIGINT  NOT NULL,
    received        BIGINT  NOT NULL DEFAULT 0,
    capability_hash BYTEA   NOT NULL,
    expires_at      BIGINT  NOT NULL,
    finished        BOOLEAN NOT NULL DEFAULT false,
    recipients      INTEGER
);
CREATE INDEX blobs_owner ON blobs(owner, expires_at);
CREATE TABLE blob_fetches (
    blob   BYTEA  NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
    device BIGINT NOT NULL,
    PRIMARY KEY (blob, device)
);
CREATE INDEX blobs_expiry ON blobs(expires_at);
CREATE TABLE blob_chunks (
    blob      BYTEA  NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
    offset_at BIGINT NOT NULL,
    data      BYTEA  NOT NULL,
    PRIMARY KEY (blob, offset_at)
);
"#,
    ),
    (
        11,
        // A cluster may keep attachment bytes in an S3-compatible bucket (`[blobs.s3]`): then a
        // chunk's row names its object instead of holding its bytes. Exactly one of the two.
        r#"
ALTER TABLE blob_chunks ALTER COLUMN data DROP NOT NULL;
ALTER TABLE blob_chunks ADD COLUMN object TEXT;
ALTER TABLE blob_chunks ADD CONSTRAINT blob_chunks_one_home CHECK ((data IS NULL) <> (object IS NULL));
"#,
    ),
    (
        12,
        // A node that runs an SFU announces its call token public key (hex), so that every
        // node's SFU trusts the tokens every node issues and joins can be placed on any node
        // (NULL: the node runs no media).
        r#"
ALTER TABLE cluster_nodes ADD COLUMN call_key TEXT;
"#,
    ),
    (
        13,
        // Automatic HTTPS for a cluster: per set of names ('cert-<hash of the names>'), the
        // certificate every node with those names serves (JSON of the chain and its key) and
        // the lease that lets one node at a time order it; the challenge answers pending while
        // a node orders (every node answers the CA from here).
        r#"
CREATE TABLE acme_shared (
    name       TEXT   PRIMARY KEY,
    value      BYTEA  NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE TABLE acme_challenges (
    kind       TEXT   NOT NULL,
    name       TEXT   NOT NULL,
    answer     TEXT   NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (kind, name)
);
CREATE TABLE acme_lease (
    name   TEXT   PRIMARY KEY,
    holder TEXT   NOT NULL,
    until  BIGINT NOT NULL
);
"#,
    ),
];

pub fn latest() -> u32 {
    MIGRATIONS.last().map_or(0, |(n, _)| *n)
}

/// The advisory lock key `migrate` holds (an arbitrary constant: "conclave" in ASCII).
pub const MIGRATION_LOCK: i64 = 0x636f_6e63_6c61_7665;
