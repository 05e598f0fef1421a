//! The SQL of each store operation. Writers run inside the writer thread's batch transaction
//! (each in its own savepoint); readers on a read-only connection.

use conclave_proto::{
    AccountId, DeviceId, DeviceName, DevicePublicKey, GroupId, PayloadId, PayloadKind, QueueSeq,
    Timestamp, Username,
};
use conclave_server_core::*;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::{
    backend,
    batch::{Batch, DeviceCounters},
    migrations::{QUEUE_ROWID_SHIFT, QUEUE_ROWS_PER_PAYLOAD},
};

type Result<T> = std::result::Result<T, StoreError>;

/// Data read back from our own database that fails to parse means corruption or a bug, not
/// peer input: report it as a backend error.
fn corrupt(what: &str) -> StoreError {
    StoreError::Backend(format!("corrupt row: {what}"))
}

const ACCOUNT_COLS: &str = "id, username, is_admin, created_at, expires_at, disabled, invited_by";

/// (id, username, is_admin, created_at, expires_at, disabled, invited_by)
type AccountRow = (i64, String, bool, i64, i64, bool, Option<i64>);

fn account_row(r: &Row<'_>) -> rusqlite::Result<AccountRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
    ))
}

fn to_account(row: AccountRow) -> Result<AccountRecord> {
    let (id, name, is_admin, created_at, expires_at, disabled, invited_by) = row;
    Ok(AccountRecord {
        id: AccountId(id as u64),
        username: Username::parse(&name).map_err(|_| corrupt("username"))?,
        is_admin,
        created_at: Timestamp(created_at),
        expires_at: Timestamp(expires_at),
        disabled,
        invited_by: invited_by.map(|i| AccountId(i as u64)),
    })
}

pub fn account_where(c: &Connection, condition: &str, value: i64) -> Result<Option<AccountRecord>> {
    let sql = format!("SELECT {ACCOUNT_COLS} FROM accounts WHERE {condition}");
    let row = c
        .prepare_cached(&sql)
        .map_err(backend)?
        .query_row([value], account_row)
        .optional()
        .map_err(backend)?;
    row.map(to_account).transpose()
}

pub fn account_by_name(c: &Connection, name: &str) -> Result<Option<AccountRecord>> {
    let sql = format!("SELECT {ACCOUNT_COLS} FROM accounts WHERE username = ?1");
    let row = c
        .prepare_cached(&sql)
        .map_err(backend)?
        .query_row([name], account_row)
        .optional()
        .map_err(backend)?;
    row.map(to_account).transpose()
}

pub fn accounts(c: &Connection) -> Result<Vec<AccountRecord>> {
    let sql = format!("SELECT {ACCOUNT_COLS} FROM accounts ORDER BY id");
    let mut stmt = c.prepare_cached(&sql).map_err(backend)?;
    let rows = stmt.query_map([], account_row).map_err(backend)?;
    rows.map(|r| r.map_err(backend).and_then(to_account))
        .collect()
}

pub fn set_disabled(c: &Connection, name: &str, disabled: bool) -> Result<()> {
    let id: Option<i64> = c
        .prepare_cached("UPDATE accounts SET disabled = ?2 WHERE username = ?1 RETURNING id")
        .map_err(backend)?
        .query_row(params![name, disabled], |r| r.get(0))
        .optional()
        .map_err(backend)?;
    let id = id.ok_or(StoreError::NotFound)?;
    record_change(c, ChangeSubject::Account(AccountId(id as u64)))
}

/// Appends to the log of operator changes (see `Store::operator_changes`).
fn record_change(c: &Connection, subject: ChangeSubject) -> Result<()> {
    let (kind, id) = subject.to_parts();
    c.prepare_cached("INSERT INTO operator_changes (kind, subject) VALUES (?1, ?2)")
        .map_err(backend)?
        .execute(params![kind, id as i64])
        .map_err(backend)?;
    Ok(())
}

pub fn operator_changes(c: &Connection, after: u64, limit: u32) -> Result<Vec<OperatorChange>> {
    let mut stmt = c
        .prepare_cached(
            "SELECT seq, kind, subject FROM operator_changes WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        )
        .map_err(backend)?;
    let rows = stmt
        .query_map(params![after.min(i64::MAX as u64) as i64, limit], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, u8>(1)?, r.get::<_, i64>(2)?))
        })
        .map_err(backend)?;
    rows.map(|r| {
        let (seq, kind, subject) = r.map_err(backend)?;
        Ok(OperatorChange {
            seq: seq as u64,
            subject: ChangeSubject::from_parts(kind, subject as u64)
                .ok_or_else(|| corrupt("operator change kind"))?,
        })
    })
    .collect()
}

pub fn operator_change_head(c: &Connection) -> Result<u64> {
    c.prepare_cached("SELECT COALESCE(MAX(seq), 0) FROM operator_changes")
        .map_err(backend)?
        .query_row([], |r| r.get::<_, i64>(0))
        .map(|n| n as u64)
        .map_err(backend)
}

const DEVICE_COLS: &str = "id, account_id, public_key, name, created_at";

fn device_row(r: &Row<'_>) -> rusqlite::Result<(i64, i64, Vec<u8>, String, i64)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn to_device(row: (i64, i64, Vec<u8>, String, i64)) -> Result<DeviceRecord> {
    let (id, account, key, name, created_at) = row;
    Ok(DeviceRecord {
        id: DeviceId(id as u64),
        account: AccountId(account as u64),
        key: DevicePublicKey(key.try_into().map_err(|_| corrupt("device key"))?),
        name: DeviceName::parse(&name).map_err(|_| corrupt("device name"))?,
        created_at: Timestamp(created_at),
    })
}

pub fn device(c: &Connection, id: DeviceId) -> Result<Option<DeviceRecord>> {
    let sql = format!("SELECT {DEVICE_COLS} FROM devices WHERE id = ?1");
    let row = c
        .prepare_cached(&sql)
        .map_err(backend)?
        .query_row([id.0 as i64], device_row)
        .optional()
        .map_err(backend)?;
    row.map(to_device).transpose()
}

pub fn devices_of(c: &Connection, account: AccountId) -> Result<Vec<DeviceRecord>> {
    let sql = format!("SELECT {DEVICE_COLS} FROM devices WHERE account_id = ?1 ORDER BY id");
    let mut stmt = c.prepare_cached(&sql).map_err(backend)?;
    let rows = stmt
        .query_map([account.0 as i64], device_row)
        .map_err(backend)?;
    rows.map(|r| r.map_err(backend).and_then(to_device))
        .collect()
}

pub fn shares_group(c: &Connection, a: AccountId, b: AccountId) -> Result<bool> {
    // a's memberships by their device index, then for each group a primary-key probe per
    // device of b: |a's groups| x |b's devices| lookups, whatever the groups' sizes.
    c.prepare_cached(
        "SELECT EXISTS (
             SELECT 1 FROM devices da
             JOIN mls_group_members ma ON ma.device_id = da.id
             JOIN devices db ON db.account_id = ?2
             JOIN mls_group_members mb ON mb.group_ref = ma.group_ref AND mb.device_id = db.id
             WHERE da.account_id = ?1)",
    )
    .map_err(backend)?
    .query_row([a.0 as i64, b.0 as i64], |r| r.get(0))
    .map_err(backend)
}

const INVITE_COLS: &str = "id, created_by, created_at, expires_at, uses_total, uses_left, revoked, grants_admin, account_validity_secs";

fn invite_row(c: &Connection, r: &Row<'_>) -> rusqlite::Result<InviteRecord> {
    let id: i64 = r.get(0)?;
    let mut names =
        c.prepare_cached("SELECT username FROM accounts WHERE invite_id = ?1 ORDER BY id")?;
    let redeemed_by = names
        .query_map([id], |r| r.get::<_, String>(0))?
        .filter_map(|n| n.ok().and_then(|n| Username::parse(&n).ok()))
        .collect();
    Ok(InviteRecord {
        id: id as u64,
        created_by: r.get::<_, Option<i64>>(1)?.map(|a| AccountId(a as u64)),
        created_at: Timestamp(r.get(2)?),
        expires_at: Timestamp(r.get(3)?),
        uses_total: r.get(4)?,
        uses_left: r.get(5)?,
        revoked: r.get(6)?,
        grants_admin: r.get(7)?,
        account_validity_secs: r.get::<_, i64>(8)? as u64,
        redeemed_by,
    })
}

pub fn invite_uses_granted(c: &Connection, account: AccountId, now: Timestamp) -> Result<u32> {
    c.prepare_cached(
        "SELECT COALESCE(SUM(CASE WHEN revoked = 1 OR expires_at <= ?2 THEN uses_total - uses_left ELSE uses_total END), 0)
         FROM invites WHERE created_by = ?1",
    )
    .map_err(backend)?
    .query_row(params![account.0 as i64, now.0], |r| r.get::<_, i64>(0))
    .map(|n| u32::try_from(n).unwrap_or(u32::MAX))
    .map_err(backend)
}

pub fn create_invite(c: &Connection, i: &NewInvite) -> Result<InviteRecord> {
    if let (Some(quota), Some(creator)) = (i.quota, i.created_by) {
        let used = invite_uses_granted(c, creator, i.created_at)?;
        if used.saturating_add(i.uses) > quota {
            return Err(StoreError::QuotaExceeded { quota, used });
        }
    }
    c.prepare_cached(
        "INSERT INTO invites (code_hash, created_by, created_at, expires_at, uses_total, uses_left, grants_admin, account_validity_secs)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7)",
    )
    .map_err(backend)?
    .execute(params![
        &i.code_hash.0[..],
        i.created_by.map(|a| a.0 as i64),
        i.created_at.0,
        i.expires_at.0,
        i.uses,
        i.grants_admin,
        i.account_validity_secs as i64
    ])
    .map_err(backend)?;
    let id = c.last_insert_rowid();
    if i.created_by.is_none() {
        record_change(c, ChangeSubject::Invite(id as u64))?;
    }
    let sql = format!("SELECT {INVITE_COLS} FROM invites WHERE id = ?1");
    c.prepare_cached(&sql)
        .map_err(backend)?
        .query_row([id], |r| invite_row(c, r))
        .map_err(backend)
}

pub fn invites_by(c: &Connection, creator: Option<AccountId>) -> Result<Vec<InviteRecord>> {
    let sql = format!("SELECT {INVITE_COLS} FROM invites WHERE created_by IS ?1 ORDER BY id");
    let mut stmt = c.prepare_cached(&sql).map_err(backend)?;
    let rows = stmt
        .query_map([creator.map(|a| a.0 as i64)], |r| invite_row(c, r))
        .map_err(backend)?;
    rows.map(|r| r.map_err(backend)).collect()
}

pub fn revoke_invite(c: &Connection, by: Option<AccountId>, which: &InviteSelector) -> Result<()> {
    let found: Option<(i64, Option<i64>)> = match which {
        InviteSelector::Id(id) => c
            .prepare_cached("SELECT id, created_by FROM invites WHERE id = ?1")
            .map_err(backend)?
            .query_row([*id as i64], |r| Ok((r.get(0)?, r.get(1)?))),
        InviteSelector::Hash(h) => c
            .prepare_cached("SELECT id, created_by FROM invites WHERE code_hash = ?1")
            .map_err(backend)?
            .query_row([&h.0[..]], |r| Ok((r.get(0)?, r.get(1)?))),
    }
    .optional()
    .map_err(backend)?;
    let (id, created_by) = found.ok_or(StoreError::NotFound)?;
    // A member may revoke only its own invitations; others' look like they do not exist.
    if let Some(by) = by
        && created_by != Some(by.0 as i64)
    {
        return Err(StoreError::NotFound);
    }
    c.prepare_cached("UPDATE invites SET revoked = 1 WHERE id = ?1")
        .map_err(backend)?
        .execute([id])
        .map_err(backend)?;
    if by.is_none() {
        record_change(c, ChangeSubject::Invite(id as u64))?;
    }
    Ok(())
}

fn check_key_free(c: &Connection, key: &DevicePublicKey) -> Result<()> {
    let taken = c
        .prepare_cached("SELECT 1 FROM devices WHERE public_key = ?1")
        .map_err(backend)?
        .exists([&key.0[..]])
        .map_err(backend)?;
    if taken {
        return Err(StoreError::DeviceKeyTaken);
    }
    Ok(())
}

/// Adds a device to an account; returns its id.
fn insert_device(
    c: &Connection,
    account_id: i64,
    key: &DevicePublicKey,
    name: &DeviceName,
    now: Timestamp,
) -> Result<i64> {
    c.prepare_cached(
        "INSERT INTO devices (account_id, public_key, name, created_at) VALUES (?1, ?2, ?3, ?4)",
    )
    .map_err(backend)?
    .execute(params![account_id, &key.0[..], name.as_str(), now.0])
    .map_err(backend)?;
    Ok(c.last_insert_rowid())
}

pub fn redeem_invite(c: &Connection, r: &Redemption) -> Result<(AccountRecord, DeviceRecord)> {
    let invite = c
        .prepare_cached(
            "SELECT id, created_by, expires_at, uses_left, revoked, grants_admin, account_validity_secs
             FROM invites WHERE code_hash = ?1",
        )
        .map_err(backend)?
        .query_row([&r.code_hash.0[..]], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, Option<i64>>(1)?,
                row.get::<_, i64>(2)?,
                row.get::<_, i64>(3)?,
                row.get::<_, bool>(4)?,
                row.get::<_, bool>(5)?,
                row.get::<_, i64>(6)?,
            ))
        })
        .optional()
        .map_err(backend)?;
    let (invite_id, created_by, expires_at, uses_left, revoked, grants_admin, validity_secs) =
        invite.ok_or(StoreError::InviteUnknown)?;
    if revoked {
        return Err(StoreError::InviteRevoked);
    }
    if uses_left <= 0 {
        return Err(StoreError::InviteUsed);
    }
    if expires_at <= r.now.0 {
        return Err(StoreError::InviteExpired);
    }
    if account_by_name(c, r.username.as_str())?.is_some() {
        return Err(StoreError::UsernameTaken);
    }
    check_key_free(c, &r.device_key)?;
    let account_expires = r.now.saturating_add_secs(validity_secs as u64);
    c.prepare_cached(
        "INSERT INTO accounts (username, is_admin, created_at, expires_at, invited_by, invite_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .map_err(backend)?
    .execute(params![r.username.as_str(), grants_admin, r.now.0, account_expires.0, created_by, invite_id])
    .map_err(backend)?;
    let account_id = c.last_insert_rowid();
    let device_id = insert_device(c, account_id, &r.device_key, &r.device_name, r.now)?;
    c.prepare_cached("UPDATE invites SET uses_left = uses_left - 1 WHERE id = ?1")
        .map_err(backend)?
        .execute([invite_id])
        .map_err(backend)?;
    let account = account_where(c, "id = ?1", account_id)?.ok_or_else(|| corrupt("new account"))?;
    let device = device(c, DeviceId(device_id as u64))?.ok_or_else(|| corrupt("new device"))?;
    Ok((account, device))
}

pub fn create_renewal(c: &Connection, n: &NewRenewal) -> Result<()> {
    c.prepare_cached("INSERT INTO renewals (code_hash, created_at, expires_at, validity_secs) VALUES (?1, ?2, ?3, ?4)")
        .map_err(backend)?
        .execute(params![&n.code_hash.0[..], n.created_at.0, n.expires_at.0, n.validity_secs as i64])
        .map_err(backend)?;
    Ok(())
}

pub fn redeem_renewal(
    c: &Connection,
    account: AccountId,
    code: &CodeHash,
    now: Timestamp,
) -> Result<Timestamp> {
    let found = c
        .prepare_cached("SELECT id, expires_at, validity_secs, redeemed_at IS NOT NULL FROM renewals WHERE code_hash = ?1")
        .map_err(backend)?
        .query_row([&code.0[..]], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?, r.get::<_, bool>(3)?)))
        .optional()
        .map_err(backend)?;
    let (id, code_expires, validity_secs, used) = found.ok_or(StoreError::RenewalUnknown)?;
    if used {
        return Err(StoreError::RenewalUsed);
    }
    if code_expires <= now.0 {
        return Err(StoreError::RenewalExpired);
    }
    let current = account_where(c, "id = ?1", account.0 as i64)?.ok_or(StoreError::NotFound)?;
    let new_expiry = current
        .expires_at
        .max(now)
        .saturating_add_secs(validity_secs as u64);
    c.prepare_cached("UPDATE accounts SET expires_at = ?2 WHERE id = ?1")
        .map_err(backend)?
        .execute(params![account.0 as i64, new_expiry.0])
        .map_err(backend)?;
    c.prepare_cached("UPDATE renewals SET redeemed_by = ?2, redeemed_at = ?3 WHERE id = ?1")
        .map_err(backend)?
        .execute(params![id, account.0 as i64, now.0])
        .map_err(backend)?;
    Ok(new_expiry)
}

/// Refuses, before the batch, what `enqueue` could only refuse after writing: more recipients
/// than a payload has rowids for, or one listed twice (the core never sends either).
pub fn check_recipients(p: &NewPayload) -> Result<()> {
    if p.recipients.len() > QUEUE_ROWS_PER_PAYLOAD {
        return Err(StoreError::Backend(format!(
            "a payload has room for {QUEUE_ROWS_PER_PAYLOAD} recipients, not {}",
            p.recipients.len()
        )));
    }
    // The core hands recipients over sorted (from a set): no copy on the message path then.
    let sorted = if p.recipients.is_sorted() {
        std::borrow::Cow::Borrowed(&p.recipients[..])
    } else {
        let mut copy = p.recipients.clone();
        copy.sort_unstable();
        std::borrow::Cow::Owned(copy)
    };
    if let Some(w) = sorted.windows(2).find(|w| w[0] == w[1]) {
        return Err(StoreError::Backend(format!(
            "recipient {} is listed twice",
            w[0]
        )));
    }
    Ok(())
}

/// Runs without a savepoint (see `SqliteStore::write_unguarded`): every refusal comes before
/// the first write, and the caller has checked the recipients (`check_recipients`).
pub fn enqueue(b: &Batch<'_>, p: &NewPayload) -> Result<Enqueued> {
    let mut next = Vec::with_capacity(p.recipients.len());
    let mut skipped = Vec::new();
    for &d in &p.recipients {
        let counters = b
            .device_counters(d.0 as i64)?
            .ok_or(StoreError::UnknownDevice(d))?;
        if counters.queue_len as u64 >= p.queue_entries_max {
            match p.on_full {
                OnFull::Refuse => return Err(StoreError::QueueFull(d)),
                OnFull::Skip => {
                    skipped.push(d);
                    continue;
                }
            }
        }
        next.push((d, counters));
    }
    if next.is_empty() {
        // Every recipient's queue was full: nothing is stored.
        return Ok(Enqueued {
            payload: PayloadId(0),
            entries: Vec::new(),
            skipped,
        });
    }
    b.prepare_cached(
        "INSERT INTO payloads (sender, sent_at, refs, body, kind, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .map_err(backend)?
    .execute(params![
        p.sender.0 as i64,
        p.now.0,
        next.len() as i64,
        &p.body,
        p.kind.to_u8(),
        p.expires_at.0
    ])
    .map_err(backend)?;
    let payload_id = b.last_insert_rowid();
    let mut insert = b
        .prepare_cached(
            "INSERT INTO queue (rowid, device_id, seq, payload_id) VALUES (?1, ?2, ?3, ?4)",
        )
        .map_err(backend)?;
    let mut entries = Vec::with_capacity(next.len());
    // Payload ids stay below 2^47 (1.4e14 payloads, centuries at 10,000 a second); past it
    // the rowid scheme would overflow, so the store refuses rather than wrap.
    if payload_id >= 1 << (63 - QUEUE_ROWID_SHIFT) {
        return Err(StoreError::Backend(
            "payload ids are exhausted for the queue's rowid scheme (schema 3)".into(),
        ));
    }
    let first_row = payload_id << QUEUE_ROWID_SHIFT;
    for (i, (d, counters)) in next.into_iter().enumerate() {
        insert
            .execute(params![
                first_row + i as i64,
                d.0 as i64,
                counters.next_seq,
                payload_id
            ])
            .map_err(backend)?;
        b.set_device_counters(
            d.0 as i64,
            DeviceCounters {
                next_seq: counters.next_seq + 1,
                queue_len: counters.queue_len + 1,
            },
        );
        entries.push((d, QueueSeq(counters.next_seq as u64)));
    }
    Ok(Enqueued {
        payload: PayloadId(payload_id as u64),
        entries,
        skipped,
    })
}

pub fn fetch(
    c: &Connection,
    device: DeviceId,
    after: QueueSeq,
    limit: u32,
    now: Timestamp,
) -> Result<Vec<QueueEntry>> {
    let mut stmt = c
        .prepare_cached(
            "SELECT q.seq, q.payload_id, p.sender, p.sent_at, p.body, p.kind
             FROM queue q JOIN payloads p ON p.id = q.payload_id
             WHERE q.device_id = ?1 AND q.seq > ?2 AND p.expires_at > ?4
             ORDER BY q.seq LIMIT ?3",
        )
        .map_err(backend)?;
    let rows = stmt
        .query_map(
            params![device.0 as i64, after.0 as i64, limit, now.0],
            |r| {
                Ok(QueueEntry {
                    seq: QueueSeq(r.get::<_, i64>(0)? as u64),
                    payload: PayloadId(r.get::<_, i64>(1)? as u64),
                    sender: DeviceId(r.get::<_, i64>(2)? as u64),
                    sent_at: Timestamp(r.get(3)?),
                    body: r.get(4)?,
                    kind: PayloadKind::from_u8(r.get(5)?).unwrap_or(PayloadKind::Opaque),
                })
            },
        )
        .map_err(backend)?;
    rows.map(|r| r.map_err(backend)).collect()
}

/// Drops one reference to a payload, deleting it when no queue row points at it any more.
/// (Ids are never reused: the table is AUTOINCREMENT, see the migration.)
fn release_payload(c: &Connection, payload_id: i64) -> Result<()> {
    c.prepare_cached("UPDATE payloads SET refs = refs - 1 WHERE id = ?1")
        .map_err(backend)?
        .execute([payload_id])
        .map_err(backend)?;
    c.prepare_cached("DELETE FROM payloads WHERE id = ?1 AND refs <= 0")
        .map_err(backend)?
        .execute([payload_id])
        .map_err(backend)?;
    Ok(())
}

/// Runs without a savepoint (see `SqliteStore::write_unguarded`): it refuses nothing.
pub fn ack(b: &Batch<'_>, device: DeviceId, seqs: &[QueueSeq]) -> Result<u32> {
    let mut removed = 0u32;
    // Not `DELETE … RETURNING`: SQLite materializes RETURNING rows in an ephemeral table, and
    // opening and closing one per acked row was the writer's largest single cost (perf).
    let mut find = b
        .prepare_cached("SELECT rowid, payload_id FROM queue WHERE device_id = ?1 AND seq = ?2")
        .map_err(backend)?;
    let mut delete = b
        .prepare_cached("DELETE FROM queue WHERE rowid = ?1")
        .map_err(backend)?;
    for seq in seqs {
        let row: Option<(i64, i64)> = find
            .query_row(params![device.0 as i64, seq.0 as i64], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(backend)?;
        if let Some((rowid, payload)) = row {
            delete.execute([rowid]).map_err(backend)?;
            b.release_payload(payload, 1);
            removed += 1;
        }
    }
    if removed > 0 {
        // A device with queue rows exists: acking never races its removal (not a hot operation).
        if let Some(c) = b.device_counters(device.0 as i64)? {
            b.set_device_counters(
                device.0 as i64,
                DeviceCounters {
                    queue_len: c.queue_len - i64::from(removed),
                    ..c
                },
            );
        }
    }
    Ok(removed)
}

/// Deletes queue rows matching `condition` (bound to `value`), fixing counters and payload refs.
fn drop_queue_rows(c: &Connection, condition: &str, value: i64) -> Result<u64> {
    let sql = format!("DELETE FROM queue WHERE {condition} RETURNING device_id, payload_id");
    let rows: Vec<(i64, i64)> = {
        let mut stmt = c.prepare_cached(&sql).map_err(backend)?;
        let rows = stmt
            .query_map([value], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(backend)?;
        rows.collect::<rusqlite::Result<_>>().map_err(backend)?
    };
    for &(device, payload) in &rows {
        release_payload(c, payload)?;
        c.prepare_cached("UPDATE devices SET queue_len = queue_len - 1 WHERE id = ?1")
            .map_err(backend)?
            .execute([device])
            .map_err(backend)?;
    }
    Ok(rows.len() as u64)
}

/// Deletes every payload whose expiry has come, with its queue rows (found by rowid range, see
/// migration 3), fixing the recipients' queue lengths. Returns the queue rows deleted.
fn drop_expired_payloads(c: &Connection, now: Timestamp) -> Result<u64> {
    let expired: Vec<i64> = {
        let mut stmt = c
            .prepare_cached("SELECT id FROM payloads WHERE expires_at <= ?1")
            .map_err(backend)?;
        let rows = stmt.query_map([now.0], |r| r.get(0)).map_err(backend)?;
        rows.collect::<rusqlite::Result<_>>().map_err(backend)?
    };
    let mut per_device: std::collections::BTreeMap<i64, i64> = std::collections::BTreeMap::new();
    let mut dropped = 0u64;
    {
        let mut rows = c
            .prepare_cached("DELETE FROM queue WHERE rowid BETWEEN ?1 AND ?2 RETURNING device_id")
            .map_err(backend)?;
        let mut payload = c
            .prepare_cached("DELETE FROM payloads WHERE id = ?1")
            .map_err(backend)?;
        for id in expired {
            let first = id << QUEUE_ROWID_SHIFT;
            let last = first + QUEUE_ROWS_PER_PAYLOAD as i64 - 1;
            let devices = rows
                .query_map([first, last], |r| r.get::<_, i64>(0))
                .map_err(backend)?;
            for device in devices {
                *per_device.entry(device.map_err(backend)?).or_default() += 1;
                dropped += 1;
            }
            payload.execute([id]).map_err(backend)?;
        }
    }
    let mut shorten = c
        .prepare_cached("UPDATE devices SET queue_len = queue_len - ?2 WHERE id = ?1")
        .map_err(backend)?;
    for (device, n) in per_device {
        shorten.execute([device, n]).map_err(backend)?;
    }
    Ok(dropped)
}

pub fn sweep(c: &Connection, now: Timestamp, purge_before: Timestamp) -> Result<SweepStats> {
    let queue_entries_expired = drop_expired_payloads(c, now)?;
    let doomed: Vec<i64> = {
        let mut stmt = c
            .prepare_cached("SELECT id FROM accounts WHERE expires_at < ?1")
            .map_err(backend)?;
        let rows = stmt
            .query_map([purge_before.0], |r| r.get(0))
            .map_err(backend)?;
        rows.collect::<rusqlite::Result<_>>().map_err(backend)?
    };
    for &account in &doomed {
        drop_queue_rows(
            c,
            "device_id IN (SELECT id FROM devices WHERE account_id = ?1)",
            account,
        )?;
        c.prepare_cached("DELETE FROM accounts WHERE id = ?1")
            .map_err(backend)?
            .execute([account])
            .map_err(backend)?;
    }
    if !doomed.is_empty() {
        delete_empty_groups(c)?;
    }
    c.prepare_cached("DELETE FROM device_links WHERE expires_at < ?1")
        .map_err(backend)?
        .execute([purge_before.0])
        .map_err(backend)?;
    c.prepare_cached(
        "DELETE FROM operator_changes WHERE seq <= (SELECT MAX(seq) FROM operator_changes) - ?1",
    )
    .map_err(backend)?
    .execute([OPERATOR_CHANGES_KEPT as i64])
    .map_err(backend)?;
    c.prepare_cached("DELETE FROM relay_token_days WHERE day < ?1")
        .map_err(backend)?
        .execute([i64::from(utc_day(now))])
        .map_err(backend)?;
    Ok(SweepStats {
        queue_entries_expired,
        accounts_purged: doomed.len() as u64,
    })
}

// ------------------------------------------------------------------------------------------------
// Device links

pub fn create_device_link(c: &Connection, l: &NewDeviceLink) -> Result<()> {
    let exists = c
        .prepare_cached("SELECT 1 FROM accounts WHERE id = ?1")
        .map_err(backend)?
        .exists([l.account.0 as i64])
        .map_err(backend)?;
    if !exists {
        return Err(StoreError::NotFound);
    }
    let pending: i64 = c
        .prepare_cached(
            "SELECT COUNT(*) FROM device_links
             WHERE account_id = ?1 AND redeemed_at IS NULL AND expires_at > ?2",
        )
        .map_err(backend)?
        .query_row(params![l.account.0 as i64, l.created_at.0], |r| r.get(0))
        .map_err(backend)?;
    if pending >= i64::from(l.pending_max) {
        return Err(StoreError::TooManyDeviceLinks { max: l.pending_max });
    }
    c.prepare_cached(
        "INSERT INTO device_links (code_hash, account_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
    )
    .map_err(backend)?
    .execute(params![
        &l.code_hash.0[..],
        l.account.0 as i64,
        l.created_at.0,
        l.expires_at.0
    ])
    .map_err(backend)?;
    Ok(())
}

pub fn redeem_device_link(
    c: &Connection,
    r: &DeviceLinkRedemption,
) -> Result<(AccountRecord, DeviceRecord)> {
    let link: Option<(i64, i64, i64, bool)> = c
        .prepare_cached(
            "SELECT id, account_id, expires_at, redeemed_at IS NOT NULL FROM device_links WHERE code_hash = ?1",
        )
        .map_err(backend)?
        .query_row([&r.code_hash.0[..]], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .optional()
        .map_err(backend)?;
    let (link_id, account_id, expires_at, used) = link.ok_or(StoreError::DeviceLinkUnknown)?;
    if used {
        return Err(StoreError::DeviceLinkUsed);
    }
    if expires_at <= r.now.0 {
        return Err(StoreError::DeviceLinkExpired);
    }
    let account = account_where(c, "id = ?1", account_id)?.ok_or(StoreError::DeviceLinkUnknown)?;
    if account.disabled {
        return Err(StoreError::AccountDisabled {
            username: account.username,
        });
    }
    if account.expires_at <= r.now {
        return Err(StoreError::AccountExpired {
            username: account.username,
            expires_at: account.expires_at,
        });
    }
    let devices: i64 = c
        .prepare_cached("SELECT COUNT(*) FROM devices WHERE account_id = ?1")
        .map_err(backend)?
        .query_row([account_id], |row| row.get(0))
        .map_err(backend)?;
    if devices as usize >= r.devices_max {
        return Err(StoreError::TooManyDevices { max: r.devices_max });
    }
    check_key_free(c, &r.device_key)?;
    let device_id = insert_device(c, account_id, &r.device_key, &r.device_name, r.now)?;
    c.prepare_cached("UPDATE device_links SET redeemed_at = ?2, device_id = ?3 WHERE id = ?1")
        .map_err(backend)?
        .execute(params![link_id, r.now.0, device_id])
        .map_err(backend)?;
    let device = device(c, DeviceId(device_id as u64))?.ok_or_else(|| corrupt("new device"))?;
    Ok((account, device))
}

/// Deletes groups that have no member left.
fn delete_empty_groups(c: &Connection) -> Result<()> {
    c.prepare_cached(
        "DELETE FROM mls_groups WHERE NOT EXISTS
         (SELECT 1 FROM mls_group_members m WHERE m.group_ref = mls_groups.id)",
    )
    .map_err(backend)?
    .execute([])
    .map_err(backend)?;
    Ok(())
}

pub fn remove_device(c: &Connection, account: AccountId, device: DeviceId) -> Result<()> {
    let owned = c
        .prepare_cached("SELECT 1 FROM devices WHERE id = ?1 AND account_id = ?2")
        .map_err(backend)?
        .exists(params![device.0 as i64, account.0 as i64])
        .map_err(backend)?;
    if !owned {
        return Err(StoreError::UnknownDevice(device));
    }
    drop_queue_rows(c, "device_id = ?1", device.0 as i64)?;
    // Key packages and memberships go with the device (ON DELETE CASCADE).
    c.prepare_cached("DELETE FROM devices WHERE id = ?1")
        .map_err(backend)?
        .execute([device.0 as i64])
        .map_err(backend)?;
    delete_empty_groups(c)
}

// ------------------------------------------------------------------------------------------------
// Key packages

fn one_time_stock(c: &Connection, device: DeviceId) -> Result<u32> {
    c.prepare_cached("SELECT COUNT(*) FROM key_packages WHERE device_id = ?1 AND last_resort = 0")
        .map_err(backend)?
        .query_row([device.0 as i64], |r| r.get::<_, i64>(0))
        .map(|n| n as u32)
        .map_err(backend)
}

pub fn publish_key_packages(c: &Connection, u: &KeyPackageUpload) -> Result<u32> {
    let exists = c
        .prepare_cached("SELECT 1 FROM devices WHERE id = ?1")
        .map_err(backend)?
        .exists([u.device.0 as i64])
        .map_err(backend)?;
    if !exists {
        return Err(StoreError::UnknownDevice(u.device));
    }
    let stored = one_time_stock(c, u.device)?;
    if stored as usize + u.one_time.len() > u.one_time_max {
        return Err(StoreError::TooManyKeyPackages {
            stored,
            adding: u.one_time.len(),
            max: u.one_time_max,
        });
    }
    let mut insert = c
        .prepare_cached(
            "INSERT INTO key_packages (device_id, last_resort, body) VALUES (?1, ?2, ?3)",
        )
        .map_err(backend)?;
    for package in &u.one_time {
        insert
            .execute(params![u.device.0 as i64, false, package])
            .map_err(backend)?;
    }
    if let Some(last_resort) = &u.last_resort {
        c.prepare_cached("DELETE FROM key_packages WHERE device_id = ?1 AND last_resort = 1")
            .map_err(backend)?
            .execute([u.device.0 as i64])
            .map_err(backend)?;
        insert
            .execute(params![u.device.0 as i64, true, last_resort])
            .map_err(backend)?;
    }
    one_time_stock(c, u.device)
}

pub fn key_package_stock(c: &Connection, device: DeviceId) -> Result<KeyPackageStock> {
    let last_resort = c
        .prepare_cached("SELECT 1 FROM key_packages WHERE device_id = ?1 AND last_resort = 1")
        .map_err(backend)?
        .exists([device.0 as i64])
        .map_err(backend)?;
    Ok(KeyPackageStock {
        one_time: one_time_stock(c, device)?,
        last_resort,
    })
}

pub fn claim_key_packages(c: &Connection, claim: &KeyPackageClaim) -> Result<KeyPackagesClaimed> {
    let window_ms = i64::try_from(claim.window_secs.saturating_mul(1000)).unwrap_or(i64::MAX);
    let recent_after = claim.now.0.saturating_sub(window_ms);
    let claimer = claim.claimer.0 as i64;
    let mut out = KeyPackagesClaimed::default();
    let mut bytes = 0usize;
    for &d in &claim.devices {
        let exists = c
            .prepare_cached("SELECT 1 FROM devices WHERE id = ?1")
            .map_err(backend)?
            .exists([d.0 as i64])
            .map_err(backend)?;
        if !exists {
            return Err(StoreError::UnknownDevice(d));
        }
        let held_back = c
            .prepare_cached(
                "SELECT 1 FROM key_package_claims
                 WHERE device_id = ?1 AND claimer_account = ?2 AND claimed_at > ?3",
            )
            .map_err(backend)?
            .exists(params![d.0 as i64, claimer, recent_after])
            .map_err(backend)?;
        // One-time packages first (oldest first); else the last-resort one, which stays. A
        // claimer that took a one-time package within the window gets the last-resort one.
        let found: Option<(i64, bool, Vec<u8>)> = c
            .prepare_cached(
                "SELECT id, last_resort, body FROM key_packages
                 WHERE device_id = ?1 AND (last_resort = 1 OR ?2 = 0)
                 ORDER BY last_resort, id LIMIT 1",
            )
            .map_err(backend)?
            .query_row(params![d.0 as i64, held_back], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()
            .map_err(backend)?;
        if held_back {
            out.held_back.push(d);
        }
        let Some((id, last_resort, body)) = found else {
            continue;
        };
        if !last_resort {
            c.prepare_cached("DELETE FROM key_packages WHERE id = ?1")
                .map_err(backend)?
                .execute([id])
                .map_err(backend)?;
            c.prepare_cached(
                "INSERT INTO key_package_claims (device_id, claimer_account, claimed_at)
                 VALUES (?1, ?2, ?3)
                 ON CONFLICT (device_id, claimer_account) DO UPDATE SET claimed_at = excluded.claimed_at",
            )
            .map_err(backend)?
            .execute(params![d.0 as i64, claimer, claim.now.0])
            .map_err(backend)?;
        }
        bytes += body.len() + KEY_PACKAGE_CLAIM_OVERHEAD_BYTES;
        if bytes > claim.bytes_max {
            // The savepoint around this operation undoes the deletions and records above.
            return Err(StoreError::KeyPackagesTooLarge {
                bytes,
                max: claim.bytes_max,
            });
        }
        out.packages.push((d, body));
    }
    Ok(out)
}

pub fn sweep_key_package_claims(c: &Connection, taken_before: Timestamp) -> Result<u64> {
    c.prepare_cached("DELETE FROM key_package_claims WHERE claimed_at <= ?1")
        .map_err(backend)?
        .execute([taken_before.0])
        .map(|n| n as u64)
        .map_err(backend)
}

// ------------------------------------------------------------------------------------------------
// Relay tokens

fn relay_tokens_taken(c: &Connection, account: AccountId, day: u32) -> Result<u32> {
    let taken: Option<i64> = c
        .prepare_cached("SELECT taken FROM relay_token_days WHERE account_id = ?1 AND day = ?2")
        .map_err(backend)?
        .query_row(params![account.0 as i64, i64::from(day)], |r| r.get(0))
        .optional()
        .map_err(backend)?;
    Ok(taken.map_or(0, |t| u32::try_from(t).unwrap_or(u32::MAX)))
}

pub fn take_relay_tokens(
    c: &Connection,
    account: AccountId,
    day: u32,
    want: u32,
    per_day: u32,
) -> Result<u32> {
    let exists = c
        .prepare_cached("SELECT 1 FROM accounts WHERE id = ?1")
        .map_err(backend)?
        .exists([account.0 as i64])
        .map_err(backend)?;
    if !exists {
        return Err(StoreError::NotFound);
    }
    let taken = relay_tokens_taken(c, account, day)?;
    let granted = want.min(per_day.saturating_sub(taken));
    if granted > 0 {
        c.prepare_cached(
            "INSERT INTO relay_token_days (account_id, day, taken) VALUES (?1, ?2, ?3)
             ON CONFLICT (account_id, day) DO UPDATE SET taken = taken + excluded.taken",
        )
        .map_err(backend)?
        .execute(params![
            account.0 as i64,
            i64::from(day),
            i64::from(granted)
        ])
        .map_err(backend)?;
    }
    Ok(granted)
}

pub fn relay_tokens_left(
    c: &Connection,
    account: AccountId,
    day: u32,
    per_day: u32,
) -> Result<u32> {
    Ok(per_day.saturating_sub(relay_tokens_taken(c, account, day)?))
}

// ------------------------------------------------------------------------------------------------
// Cluster relay rows

pub fn upsert_relay_node(c: &Connection, row: &RelayNodeRecord) -> Result<()> {
    row.check()?;
    c.prepare_cached(
        "INSERT INTO relay_nodes (node, descriptor, issuer_keys, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (node) DO UPDATE SET descriptor = excluded.descriptor,
             issuer_keys = excluded.issuer_keys, updated_at = excluded.updated_at",
    )
    .map_err(backend)?
    .execute(params![
        row.node,
        row.descriptor,
        row.issuer_keys,
        row.updated_at.0
    ])
    .map_err(backend)?;
    Ok(())
}

pub fn relay_nodes(c: &Connection, since: Timestamp) -> Result<Vec<RelayNodeRecord>> {
    let mut stmt = c
        .prepare_cached(
            "SELECT node, descriptor, issuer_keys, updated_at FROM relay_nodes
             WHERE updated_at >= ?1 ORDER BY updated_at DESC, node LIMIT ?2",
        )
        .map_err(backend)?;
    let rows = stmt
        .query_map(params![since.0, i64::from(RELAY_NODES_MAX)], |r| {
            Ok(RelayNodeRecord {
                node: r.get(0)?,
                descriptor: r.get(1)?,
                issuer_keys: r.get(2)?,
                updated_at: Timestamp(r.get(3)?),
            })
        })
        .map_err(backend)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(backend)
}

// ------------------------------------------------------------------------------------------------
// Push subscriptions

pub fn set_push_subscription(
    c: &Connection,
    device: DeviceId,
    subscription: Option<&PushSubscriptionRecord>,
) -> Result<()> {
    match subscription {
        Some(s) => c
            .prepare_cached(
                "INSERT INTO push_subscriptions (device_id, endpoint, p256dh, auth)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (device_id) DO UPDATE SET endpoint = excluded.endpoint,
                     p256dh = excluded.p256dh, auth = excluded.auth",
            )
            .map_err(backend)?
            .execute(params![
                device.0 as i64,
                s.endpoint,
                &s.p256dh[..],
                &s.auth[..]
            ]),
        None => c
            .prepare_cached("DELETE FROM push_subscriptions WHERE device_id = ?1")
            .map_err(backend)?
            .execute(params![device.0 as i64]),
    }
    .map_err(backend)?;
    Ok(())
}

pub fn push_subscription(
    c: &Connection,
    device: DeviceId,
) -> Result<Option<PushSubscriptionRecord>> {
    let row = c
        .prepare_cached(
            "SELECT endpoint, p256dh, auth FROM push_subscriptions WHERE device_id = ?1",
        )
        .map_err(backend)?
        .query_row(params![device.0 as i64], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, Vec<u8>>(2)?,
            ))
        })
        .optional()
        .map_err(backend)?;
    let Some((endpoint, p256dh, auth)) = row else {
        return Ok(None);
    };
    Ok(Some(PushSubscriptionRecord {
        endpoint,
        p256dh: p256dh
            .try_into()
            .map_err(|_| corrupt("push subscription p256dh"))?,
        auth: auth
            .try_into()
            .map_err(|_| corrupt("push subscription auth"))?,
    }))
}

pub fn drop_push_subscription(c: &Connection, device: DeviceId, endpoint: &str) -> Result<bool> {
    let n = c
        .prepare_cached("DELETE FROM push_subscriptions WHERE device_id = ?1 AND endpoint = ?2")
        .map_err(backend)?
        .execute(params![device.0 as i64, endpoint])
        .map_err(backend)?;
    Ok(n > 0)
}

// ------------------------------------------------------------------------------------------------
// Groups

/// (internal id, epoch, next seq) of a group.
fn group_row(c: &Connection, group: &GroupId) -> Result<(i64, u64, u64)> {
    c.prepare_cached("SELECT id, epoch, next_seq FROM mls_groups WHERE group_id = ?1")
        .map_err(backend)?
        .query_row([group.as_bytes()], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, i64>(1)? as u64,
                r.get::<_, i64>(2)? as u64,
            ))
        })
        .optional()
        .map_err(backend)?
        .ok_or_else(|| StoreError::UnknownGroup(group.clone()))
}

/// A member's place in its group's traffic (`mls_group_members.state`, migration 4).
const IN_SYNC: u8 = 0;
const BEHIND: u8 = 1;
const REJOINING: u8 = 2;

/// The routing list of a group: (device, state), ascending by device.
fn members(c: &Connection, group_ref: i64) -> Result<Vec<(DeviceId, u8)>> {
    let mut stmt = c
        .prepare_cached(
            "SELECT device_id, state FROM mls_group_members WHERE group_ref = ?1 ORDER BY device_id",
        )
        .map_err(backend)?;
    let rows = stmt
        .query_map([group_ref], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, u8>(1)?))
        })
        .map_err(backend)?;
    rows.map(|r| r.map(|(d, s)| (DeviceId(d as u64), s)).map_err(backend))
        .collect()
}

fn state_of(members: &[(DeviceId, u8)], d: DeviceId) -> Option<u8> {
    members
        .binary_search_by_key(&d, |(d, _)| *d)
        .ok()
        .map(|i| members[i].1)
}

/// The sender of group traffic must be an in-sync member.
fn check_sender(members: &[(DeviceId, u8)], sender: DeviceId) -> Result<()> {
    match state_of(members, sender) {
        None => Err(StoreError::NotMember),
        Some(IN_SYNC) => Ok(()),
        Some(_) => Err(StoreError::FellBehind(sender)),
    }
}

fn set_state(c: &Connection, group_ref: i64, devices: &[DeviceId], state: u8) -> Result<()> {
    let mut stmt = c
        .prepare_cached(
            "UPDATE mls_group_members SET state = ?3 WHERE group_ref = ?1 AND device_id = ?2",
        )
        .map_err(backend)?;
    for d in devices {
        stmt.execute(params![group_ref, d.0 as i64, state])
            .map_err(backend)?;
    }
    Ok(())
}

/// Marks `devices` (whose queues were full) behind in the group and queues each the notice
/// past the queue limit, so it learns it must be added back.
fn fell_behind(
    b: &Batch<'_>,
    group_ref: i64,
    group: &GroupId,
    seq: u64,
    sender: DeviceId,
    devices: &[DeviceId],
    f: &FanOut,
) -> Result<Option<Queued>> {
    if devices.is_empty() {
        return Ok(None);
    }
    set_state(b, group_ref, devices, BEHIND)?;
    let (body, notice) = f.behind_notice(group, seq);
    let (queued, _) = fan_out(b, sender, devices.to_vec(), body, &notice)?;
    Ok(queued)
}

fn group_count(c: &Connection, device: DeviceId) -> Result<usize> {
    c.prepare_cached("SELECT COUNT(*) FROM mls_group_members WHERE device_id = ?1")
        .map_err(backend)?
        .query_row([device.0 as i64], |r| r.get::<_, i64>(0))
        .map(|n| n as usize)
        .map_err(backend)
}

pub fn create_group(c: &Connection, g: &NewGroup) -> Result<()> {
    let exists = c
        .prepare_cached("SELECT 1 FROM mls_groups WHERE group_id = ?1")
        .map_err(backend)?
        .exists([g.group.as_bytes()])
        .map_err(backend)?;
    if exists {
        return Err(StoreError::GroupExists(g.group.clone()));
    }
    if device(c, g.creator)?.is_none() {
        return Err(StoreError::UnknownDevice(g.creator));
    }
    if group_count(c, g.creator)? >= g.groups_per_device_max {
        return Err(StoreError::TooManyGroups {
            device: g.creator,
            max: g.groups_per_device_max,
        });
    }
    c.prepare_cached("INSERT INTO mls_groups (group_id, epoch, created_at) VALUES (?1, 0, ?2)")
        .map_err(backend)?
        .execute(params![g.group.as_bytes(), g.now.0])
        .map_err(backend)?;
    let group_ref = c.last_insert_rowid();
    c.prepare_cached("INSERT INTO mls_group_members (group_ref, device_id) VALUES (?1, ?2)")
        .map_err(backend)?
        .execute(params![group_ref, g.creator.0 as i64])
        .map_err(backend)?;
    Ok(())
}

/// Queues a group event for `recipients`, skipping those whose queue is full; returns what
/// was queued and the skipped devices.
fn fan_out(
    b: &Batch<'_>,
    sender: DeviceId,
    recipients: Vec<DeviceId>,
    body: Vec<u8>,
    f: &FanOut,
) -> Result<(Option<Queued>, Vec<DeviceId>)> {
    if recipients.is_empty() {
        return Ok((None, Vec::new()));
    }
    let payload = NewPayload {
        sender,
        kind: PayloadKind::Group,
        recipients,
        body,
        now: f.now,
        expires_at: f.expires_at,
        queue_entries_max: f.queue_entries_max,
        on_full: OnFull::Skip,
    };
    let enqueued = enqueue(b, &payload)?;
    let queued = (!enqueued.entries.is_empty()).then_some(Queued {
        payload: enqueued.payload,
        entries: enqueued.entries,
        sender,
        kind: PayloadKind::Group,
        sent_at: f.now,
        body: payload.body,
    });
    Ok((queued, enqueued.skipped))
}

pub fn commit(c: &Batch<'_>, m: &GroupCommit) -> Result<CommitAccepted> {
    let (group_ref, epoch, seq) = group_row(c, &m.group)?;
    let before = members(c, group_ref)?;
    check_sender(&before, m.sender)?;
    if m.epoch != epoch {
        return Err(StoreError::StaleEpoch { current: epoch });
    }
    // A device both removed and added is a member that fell behind and asked to rejoin: its
    // old leaf goes, a fresh one comes with the Welcome.
    let CommitParts {
        rejoin,
        removed,
        joining,
    } = m.parts(|d| state_of(&before, d).is_some());
    for &d in &rejoin {
        if state_of(&before, d) != Some(REJOINING) {
            return Err(StoreError::AlreadyMember(d));
        }
    }
    for &d in &joining {
        if state_of(&before, d).is_some() {
            return Err(StoreError::AlreadyMember(d));
        }
        if device(c, d)?.is_none() {
            return Err(StoreError::UnknownDevice(d));
        }
        if group_count(c, d)? >= m.groups_per_device_max {
            return Err(StoreError::TooManyGroups {
                device: d,
                max: m.groups_per_device_max,
            });
        }
    }
    let size = before.len() + joining.len() - removed.len();
    if size > m.group_devices_max {
        return Err(StoreError::GroupFull {
            size,
            max: m.group_devices_max,
        });
    }
    let new_epoch = epoch + 1;
    c.prepare_cached("UPDATE mls_groups SET epoch = ?2, next_seq = ?3 WHERE id = ?1")
        .map_err(backend)?
        .execute(params![group_ref, new_epoch as i64, (seq + 1) as i64])
        .map_err(backend)?;
    let recipients: Vec<DeviceId> = before
        .iter()
        .filter(|&&(d, state)| d != m.sender && state == IN_SYNC)
        .map(|&(d, _)| d)
        .collect();
    let mut queued = Vec::new();
    let (commit_queued, mut behind) = fan_out(
        c,
        m.sender,
        recipients.clone(),
        m.commit_event(new_epoch, seq),
        &m.fan_out,
    )?;
    queued.extend(commit_queued);
    let mut welcomed = Vec::new();
    if let Some(welcome) = m.welcome_event(new_epoch) {
        let (welcome_queued, skipped) = fan_out(c, m.sender, m.added.clone(), welcome, &m.fan_out)?;
        if let Some(q) = &welcome_queued {
            welcomed = q.entries.iter().map(|(d, _)| *d).collect();
        }
        queued.extend(welcome_queued);
        behind.extend(skipped);
    }
    let mut remove = c
        .prepare_cached("DELETE FROM mls_group_members WHERE group_ref = ?1 AND device_id = ?2")
        .map_err(backend)?;
    for &d in &removed {
        remove
            .execute(params![group_ref, d.0 as i64])
            .map_err(backend)?;
    }
    let mut add = c
        .prepare_cached(
            "INSERT INTO mls_group_members (group_ref, device_id, state) VALUES (?1, ?2, 0)",
        )
        .map_err(backend)?;
    for &d in &joining {
        add.execute(params![group_ref, d.0 as i64])
            .map_err(backend)?;
    }
    set_state(c, group_ref, &rejoin, IN_SYNC)?;
    behind.sort_unstable();
    queued.extend(fell_behind(
        c, group_ref, &m.group, seq, m.sender, &behind, &m.fan_out,
    )?);
    Ok(CommitAccepted {
        epoch: new_epoch,
        seq,
        recipients,
        welcomed,
        queued,
        fell_behind: behind,
    })
}

pub fn post(c: &Batch<'_>, p: &GroupPost) -> Result<PostAccepted> {
    let (group_ref, epoch, seq) = group_row(c, &p.group)?;
    let members = members(c, group_ref)?;
    check_sender(&members, p.sender)?;
    if p.epoch != epoch {
        return Err(StoreError::StaleEpoch { current: epoch });
    }
    c.prepare_cached("UPDATE mls_groups SET next_seq = ?2 WHERE id = ?1")
        .map_err(backend)?
        .execute(params![group_ref, (seq + 1) as i64])
        .map_err(backend)?;
    let recipients: Vec<DeviceId> = members
        .into_iter()
        .filter(|&(d, state)| d != p.sender && state == IN_SYNC)
        .map(|(d, _)| d)
        .collect();
    let (message, behind) = fan_out(c, p.sender, recipients.clone(), p.event(seq), &p.fan_out)?;
    let mut queued: Vec<Queued> = message.into_iter().collect();
    queued.extend(fell_behind(
        c, group_ref, &p.group, seq, p.sender, &behind, &p.fan_out,
    )?);
    Ok(PostAccepted {
        seq,
        recipients,
        queued,
        fell_behind: behind,
    })
}

pub fn request_rejoin(c: &Connection, group: &GroupId, device: DeviceId) -> Result<bool> {
    let (group_ref, _, _) = group_row(c, group)?;
    let members = members(c, group_ref)?;
    match state_of(&members, device) {
        None => Err(StoreError::NotMember),
        Some(IN_SYNC) => Ok(false),
        Some(REJOINING) => Ok(true),
        Some(_) => {
            set_state(c, group_ref, &[device], REJOINING)?;
            Ok(true)
        }
    }
}

pub fn recipients_outside(
    c: &Connection,
    sender: DeviceId,
    account: AccountId,
    recipients: &[DeviceId],
) -> Result<Vec<DeviceId>> {
    let mut stmt = c
        .prepare_cached(
            "SELECT 1 FROM devices d WHERE d.id = ?1 AND (d.account_id = ?2 OR EXISTS (
                 SELECT 1 FROM mls_group_members a JOIN mls_group_members b
                     ON b.group_ref = a.group_ref AND b.device_id = ?1
                 WHERE a.device_id = ?3))",
        )
        .map_err(backend)?;
    let mut outside = Vec::new();
    for &r in recipients {
        let inside = stmt
            .exists(params![r.0 as i64, account.0 as i64, sender.0 as i64])
            .map_err(backend)?;
        if !inside {
            outside.push(r);
        }
    }
    outside.sort_unstable();
    outside.dedup();
    Ok(outside)
}

pub fn group(c: &Connection, group: &GroupId) -> Result<Option<GroupRecord>> {
    match group_row(c, group) {
        Ok((group_ref, epoch, _)) => {
            let members = members(c, group_ref)?;
            let with = |state: u8| -> Vec<DeviceId> {
                members
                    .iter()
                    .filter(|(_, s)| *s == state)
                    .map(|(d, _)| *d)
                    .collect()
            };
            Ok(Some(GroupRecord {
                group: group.clone(),
                epoch,
                behind: with(BEHIND),
                rejoining: with(REJOINING),
                members: members.iter().map(|(d, _)| *d).collect(),
            }))
        }
        Err(StoreError::UnknownGroup(_)) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn groups_of(c: &Connection, device: DeviceId) -> Result<Vec<(GroupId, u64)>> {
    let mut stmt = c
        .prepare_cached(
            "SELECT g.group_id, g.epoch FROM mls_group_members m JOIN mls_groups g ON g.id = m.group_ref
             WHERE m.device_id = ?1 ORDER BY g.id",
        )
        .map_err(backend)?;
    let rows = stmt
        .query_map([device.0 as i64], |r| {
            Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, i64>(1)?))
        })
        .map_err(backend)?;
    rows.map(|r| {
        let (id, epoch) = r.map_err(backend)?;
        let id = GroupId::new(id).ok_or_else(|| corrupt("group id"))?;
        Ok((id, epoch as u64))
    })
    .collect()
}

pub fn leave_group(c: &Connection, group: &GroupId, devices: &[DeviceId]) -> Result<()> {
    let (group_ref, _, _) = group_row(c, group)?;
    let mut n = 0;
    let mut delete = c
        .prepare_cached("DELETE FROM mls_group_members WHERE group_ref = ?1 AND device_id = ?2")
        .map_err(backend)?;
    for d in devices {
        n += delete
            .execute(params![group_ref, d.0 as i64])
            .map_err(backend)?;
    }
    if n == 0 {
        return Err(StoreError::NotMember);
    }
    c.prepare_cached(
        "DELETE FROM mls_groups WHERE id = ?1 AND NOT EXISTS
         (SELECT 1 FROM mls_group_members m WHERE m.group_ref = ?1)",
    )
    .map_err(backend)?
    .execute([group_ref])
    .map_err(backend)?;
    Ok(())
}
