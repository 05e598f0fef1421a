//! The SQL of each store operation, on one connection inside a transaction the caller owns
//! (a node's write batch, or a transaction of its own).
//!
//! Every operation checks everything that can refuse it before it writes anything, so a refusal
//! ([`OpError::Refused`]) leaves the transaction as it found it and the batch goes on. Rows are
//! locked in one global order (`queue_removed`, then groups, then devices, each by ascending
//! id), so transactions of different nodes wait for each other but do not deadlock.

use std::collections::{BTreeMap, BTreeSet};

use conclave_proto::{
    AccountId, DeviceId, DeviceName, DevicePublicKey, GroupId, PayloadId, PayloadKind, QueueSeq,
    Timestamp, Username,
};
use conclave_server_core::*;
use sqlx::{PgConnection, Row, postgres::PgRow};

/// Why an operation did not happen.
#[derive(Debug)]
pub enum OpError {
    /// A domain refusal: nothing was written.
    Refused(StoreError),
    /// The database failed; the transaction is unusable.
    Sql(sqlx::Error),
}

impl From<sqlx::Error> for OpError {
    fn from(e: sqlx::Error) -> Self {
        OpError::Sql(e)
    }
}

impl From<StoreError> for OpError {
    fn from(e: StoreError) -> Self {
        OpError::Refused(e)
    }
}

pub type Result<T> = std::result::Result<T, OpError>;

/// Data read back from our own database that fails to parse means corruption or a bug.
pub(crate) fn corrupt(what: &str) -> OpError {
    OpError::Refused(StoreError::Backend(format!("corrupt row: {what}")))
}

pub(crate) fn id(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

pub(crate) fn ids(devices: &[DeviceId]) -> Vec<i64> {
    devices.iter().map(|d| id(d.0)).collect()
}

// ------------------------------------------------------------------------------------------------
// Accounts and devices

const ACCOUNT_COLS: &str = "id, username, is_admin, created_at, expires_at, disabled, invited_by";

fn to_account(r: &PgRow) -> Result<AccountRecord> {
    let name: String = r.try_get(1)?;
    Ok(AccountRecord {
        id: AccountId(r.try_get::<i64, _>(0)? as u64),
        username: Username::parse(&name).map_err(|_| corrupt("username"))?,
        is_admin: r.try_get(2)?,
        created_at: Timestamp(r.try_get(3)?),
        expires_at: Timestamp(r.try_get(4)?),
        disabled: r.try_get(5)?,
        invited_by: r.try_get::<Option<i64>, _>(6)?.map(|i| AccountId(i as u64)),
    })
}

pub async fn account(c: &mut PgConnection, account: AccountId) -> Result<Option<AccountRecord>> {
    let sql = format!("SELECT {ACCOUNT_COLS} FROM accounts WHERE id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id(account.0))
        .fetch_optional(&mut *c)
        .await?;
    row.as_ref().map(to_account).transpose()
}

pub async fn account_by_name(c: &mut PgConnection, name: &str) -> Result<Option<AccountRecord>> {
    let sql = format!("SELECT {ACCOUNT_COLS} FROM accounts WHERE username = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(name)
        .fetch_optional(&mut *c)
        .await?;
    row.as_ref().map(to_account).transpose()
}

pub async fn accounts(c: &mut PgConnection) -> Result<Vec<AccountRecord>> {
    let sql = format!("SELECT {ACCOUNT_COLS} FROM accounts ORDER BY id");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(&mut *c)
        .await?;
    rows.iter().map(to_account).collect()
}

pub async fn set_disabled(c: &mut PgConnection, name: &str, disabled: bool) -> Result<()> {
    let row = sqlx::query("UPDATE accounts SET disabled = $2 WHERE username = $1 RETURNING id")
        .bind(name)
        .bind(disabled)
        .fetch_optional(&mut *c)
        .await?;
    let row = row.ok_or(StoreError::NotFound)?;
    let account: i64 = row.try_get(0)?;
    record_change(c, ChangeSubject::Account(AccountId(account as u64))).await
}

/// Appends to the log of operator changes (see `Store::operator_changes`).
async fn record_change(c: &mut PgConnection, subject: ChangeSubject) -> Result<()> {
    let (kind, subject) = subject.to_parts();
    sqlx::query("INSERT INTO operator_changes (kind, subject) VALUES ($1, $2)")
        .bind(i16::from(kind))
        .bind(id(subject))
        .execute(&mut *c)
        .await?;
    Ok(())
}

pub async fn operator_changes(
    c: &mut PgConnection,
    after: u64,
    limit: u32,
) -> Result<Vec<OperatorChange>> {
    let rows = sqlx::query(
        "SELECT seq, kind, subject FROM operator_changes WHERE seq > $1 ORDER BY seq LIMIT $2",
    )
    .bind(id(after))
    .bind(i64::from(limit))
    .fetch_all(&mut *c)
    .await?;
    rows.iter()
        .map(|r| {
            let kind: i16 = r.try_get(1)?;
            let subject: i64 = r.try_get(2)?;
            Ok(OperatorChange {
                seq: r.try_get::<i64, _>(0)? as u64,
                subject: u8::try_from(kind)
                    .ok()
                    .and_then(|k| ChangeSubject::from_parts(k, subject as u64))
                    .ok_or_else(|| corrupt("operator change kind"))?,
            })
        })
        .collect()
}

pub async fn operator_change_head(c: &mut PgConnection) -> Result<u64> {
    let head: i64 = sqlx::query("SELECT COALESCE(MAX(seq), 0) FROM operator_changes")
        .fetch_one(&mut *c)
        .await?
        .try_get(0)?;
    Ok(head as u64)
}

const DEVICE_COLS: &str = "id, account_id, public_key, name, created_at";

fn to_device(r: &PgRow) -> Result<DeviceRecord> {
    let key: Vec<u8> = r.try_get(2)?;
    let name: String = r.try_get(3)?;
    Ok(DeviceRecord {
        id: DeviceId(r.try_get::<i64, _>(0)? as u64),
        account: AccountId(r.try_get::<i64, _>(1)? as u64),
        key: DevicePublicKey(key.try_into().map_err(|_| corrupt("device key"))?),
        name: DeviceName::parse(&name).map_err(|_| corrupt("device name"))?,
        created_at: Timestamp(r.try_get(4)?),
    })
}

pub async fn device(c: &mut PgConnection, device: DeviceId) -> Result<Option<DeviceRecord>> {
    let sql = format!("SELECT {DEVICE_COLS} FROM devices WHERE id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id(device.0))
        .fetch_optional(&mut *c)
        .await?;
    row.as_ref().map(to_device).transpose()
}

pub async fn devices_of(c: &mut PgConnection, account: AccountId) -> Result<Vec<DeviceRecord>> {
    let sql = format!("SELECT {DEVICE_COLS} FROM devices WHERE account_id = $1 ORDER BY id");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id(account.0))
        .fetch_all(&mut *c)
        .await?;
    rows.iter().map(to_device).collect()
}

pub async fn shares_group(c: &mut PgConnection, a: AccountId, b: AccountId) -> Result<bool> {
    // a's memberships by their device index, then for each group a primary-key probe per
    // device of b: |a's groups| x |b's devices| lookups, whatever the groups' sizes.
    Ok(sqlx::query(
        "SELECT EXISTS (
             SELECT 1 FROM devices da
             JOIN mls_group_members ma ON ma.device_id = da.id
             JOIN devices db ON db.account_id = $2
             JOIN mls_group_members mb ON mb.group_ref = ma.group_ref AND mb.device_id = db.id
             WHERE da.account_id = $1)",
    )
    .bind(id(a.0))
    .bind(id(b.0))
    .fetch_one(&mut *c)
    .await?
    .try_get(0)?)
}

/// Adds a device (and its queue counter row) to an account; returns the record.
async fn insert_device(
    c: &mut PgConnection,
    account: i64,
    key: &DevicePublicKey,
    name: &DeviceName,
    now: Timestamp,
) -> Result<DeviceRecord> {
    let sql = format!(
        "INSERT INTO devices (account_id, public_key, name, created_at) VALUES ($1, $2, $3, $4)
         RETURNING {DEVICE_COLS}"
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(account)
        .bind(&key.0[..])
        .bind(name.as_str())
        .bind(now.0)
        .fetch_one(&mut *c)
        .await
        .map_err(|e| unique_violation(e, "devices_public_key_key", StoreError::DeviceKeyTaken))?;
    let device = to_device(&row)?;
    sqlx::query("INSERT INTO queue_removed (device_id) VALUES ($1)")
        .bind(id(device.id.0))
        .execute(&mut *c)
        .await?;
    Ok(device)
}

/// A unique violation of `constraint` becomes `refusal` (two nodes raced for the same name or
/// key: the loser is refused as if it had come second on one node).
fn unique_violation(e: sqlx::Error, constraint: &str, refusal: StoreError) -> OpError {
    if let sqlx::Error::Database(db) = &e
        && db.code().as_deref() == Some("23505")
        && db.constraint() == Some(constraint)
    {
        return OpError::Refused(refusal);
    }
    OpError::Sql(e)
}

async fn check_key_free(c: &mut PgConnection, key: &DevicePublicKey) -> Result<()> {
    let taken = sqlx::query("SELECT 1 FROM devices WHERE public_key = $1")
        .bind(&key.0[..])
        .fetch_optional(&mut *c)
        .await?
        .is_some();
    if taken {
        return Err(StoreError::DeviceKeyTaken.into());
    }
    Ok(())
}

// ------------------------------------------------------------------------------------------------
// Invitations and renewals

const INVITE_COLS: &str = "i.id, i.created_by, i.created_at, i.expires_at, i.uses_total, i.uses_left, i.revoked, i.grants_admin, i.account_validity_secs,
     ARRAY(SELECT a.username FROM accounts a WHERE a.invite_id = i.id ORDER BY a.id)";

fn to_invite(r: &PgRow) -> Result<InviteRecord> {
    let names: Vec<String> = r.try_get(9)?;
    Ok(InviteRecord {
        id: r.try_get::<i64, _>(0)? as u64,
        created_by: r.try_get::<Option<i64>, _>(1)?.map(|a| AccountId(a as u64)),
        created_at: Timestamp(r.try_get(2)?),
        expires_at: Timestamp(r.try_get(3)?),
        uses_total: r.try_get::<i32, _>(4)? as u32,
        uses_left: r.try_get::<i32, _>(5)?.max(0) as u32,
        revoked: r.try_get(6)?,
        grants_admin: r.try_get(7)?,
        account_validity_secs: r.try_get::<i64, _>(8)? as u64,
        redeemed_by: names
            .iter()
            .filter_map(|n| Username::parse(n).ok())
            .collect(),
    })
}

pub async fn invite_uses_granted(
    c: &mut PgConnection,
    account: AccountId,
    now: Timestamp,
) -> Result<u32> {
    let n: i64 = sqlx::query(
        "SELECT COALESCE(SUM(CASE WHEN revoked OR expires_at <= $2 THEN uses_total - uses_left ELSE uses_total END), 0)::BIGINT
         FROM invites WHERE created_by = $1",
    )
    .bind(id(account.0))
    .bind(now.0)
    .fetch_one(&mut *c)
    .await?
    .try_get(0)?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

pub async fn create_invite(c: &mut PgConnection, i: &NewInvite) -> Result<InviteRecord> {
    if let (Some(quota), Some(creator)) = (i.quota, i.created_by) {
        // Serializes a member's concurrent invitations, so the quota holds across nodes.
        sqlx::query("SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE")
            .bind(id(creator.0))
            .execute(&mut *c)
            .await?;
        let used = invite_uses_granted(c, creator, i.created_at).await?;
        if used.saturating_add(i.uses) > quota {
            return Err(StoreError::QuotaExceeded { quota, used }.into());
        }
    }
    let new_id: i64 = sqlx::query(
        "INSERT INTO invites (code_hash, created_by, created_at, expires_at, uses_total, uses_left, grants_admin, account_validity_secs)
         VALUES ($1, $2, $3, $4, $5, $5, $6, $7) RETURNING id",
    )
    .bind(&i.code_hash.0[..])
    .bind(i.created_by.map(|a| id(a.0)))
    .bind(i.created_at.0)
    .bind(i.expires_at.0)
    .bind(i32::try_from(i.uses).unwrap_or(i32::MAX))
    .bind(i.grants_admin)
    .bind(id(i.account_validity_secs))
    .fetch_one(&mut *c)
    .await?
    .try_get(0)?;
    if i.created_by.is_none() {
        record_change(c, ChangeSubject::Invite(new_id as u64)).await?;
    }
    let sql = format!("SELECT {INVITE_COLS} FROM invites i WHERE i.id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(new_id)
        .fetch_one(&mut *c)
        .await?;
    to_invite(&row)
}

pub async fn invites_by(
    c: &mut PgConnection,
    creator: Option<AccountId>,
) -> Result<Vec<InviteRecord>> {
    let sql = format!(
        "SELECT {INVITE_COLS} FROM invites i WHERE i.created_by IS NOT DISTINCT FROM $1 ORDER BY i.id"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(creator.map(|a| id(a.0)))
        .fetch_all(&mut *c)
        .await?;
    rows.iter().map(to_invite).collect()
}

pub async fn revoke_invite(
    c: &mut PgConnection,
    by: Option<AccountId>,
    which: &InviteSelector,
) -> Result<()> {
    let row = match which {
        InviteSelector::Id(i) => {
            sqlx::query("SELECT id, created_by FROM invites WHERE id = $1")
                .bind(id(*i))
                .fetch_optional(&mut *c)
                .await?
        }
        InviteSelector::Hash(h) => {
            sqlx::query("SELECT id, created_by FROM invites WHERE code_hash = $1")
                .bind(&h.0[..])
                .fetch_optional(&mut *c)
                .await?
        }
    };
    let row = row.ok_or(StoreError::NotFound)?;
    let invite: i64 = row.try_get(0)?;
    let created_by: Option<i64> = row.try_get(1)?;
    // A member may revoke only its own invitations; others' look like they do not exist.
    if let Some(by) = by
        && created_by != Some(id(by.0))
    {
        return Err(StoreError::NotFound.into());
    }
    sqlx::query("UPDATE invites SET revoked = true WHERE id = $1")
        .bind(invite)
        .execute(&mut *c)
        .await?;
    if by.is_none() {
        record_change(c, ChangeSubject::Invite(invite as u64)).await?;
    }
    Ok(())
}

pub async fn redeem_invite(
    c: &mut PgConnection,
    r: &Redemption,
) -> Result<(AccountRecord, DeviceRecord)> {
    let invite = sqlx::query(
        "SELECT id, created_by, expires_at, uses_left, revoked, grants_admin, account_validity_secs
         FROM invites WHERE code_hash = $1 FOR UPDATE",
    )
    .bind(&r.code_hash.0[..])
    .fetch_optional(&mut *c)
    .await?
    .ok_or(StoreError::InviteUnknown)?;
    let invite_id: i64 = invite.try_get(0)?;
    let created_by: Option<i64> = invite.try_get(1)?;
    let expires_at: i64 = invite.try_get(2)?;
    let uses_left: i32 = invite.try_get(3)?;
    let revoked: bool = invite.try_get(4)?;
    let grants_admin: bool = invite.try_get(5)?;
    let validity_secs: i64 = invite.try_get(6)?;
    if revoked {
        return Err(StoreError::InviteRevoked.into());
    }
    if uses_left <= 0 {
        return Err(StoreError::InviteUsed.into());
    }
    if expires_at <= r.now.0 {
        return Err(StoreError::InviteExpired.into());
    }
    if account_by_name(c, r.username.as_str()).await?.is_some() {
        return Err(StoreError::UsernameTaken.into());
    }
    check_key_free(c, &r.device_key).await?;
    let account_expires = r.now.saturating_add_secs(validity_secs as u64);
    let sql = format!(
        "INSERT INTO accounts (username, is_admin, created_at, expires_at, invited_by, invite_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING {ACCOUNT_COLS}"
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(r.username.as_str())
        .bind(grants_admin)
        .bind(r.now.0)
        .bind(account_expires.0)
        .bind(created_by)
        .bind(invite_id)
        .fetch_one(&mut *c)
        .await
        .map_err(|e| unique_violation(e, "accounts_username_key", StoreError::UsernameTaken))?;
    let account = to_account(&row)?;
    let device = insert_device(c, id(account.id.0), &r.device_key, &r.device_name, r.now).await?;
    sqlx::query("UPDATE invites SET uses_left = uses_left - 1 WHERE id = $1")
        .bind(invite_id)
        .execute(&mut *c)
        .await?;
    Ok((account, device))
}

pub async fn create_renewal(c: &mut PgConnection, n: &NewRenewal) -> Result<()> {
    sqlx::query(
        "INSERT INTO renewals (code_hash, created_at, expires_at, validity_secs) VALUES ($1, $2, $3, $4)",
    )
    .bind(&n.code_hash.0[..])
    .bind(n.created_at.0)
    .bind(n.expires_at.0)
    .bind(id(n.validity_secs))
    .execute(&mut *c)
    .await?;
    Ok(())
}

pub async fn redeem_renewal(
    c: &mut PgConnection,
    account: AccountId,
    code: &CodeHash,
    now: Timestamp,
) -> Result<Timestamp> {
    let row = sqlx::query(
        "SELECT id, expires_at, validity_secs, redeemed_at IS NOT NULL FROM renewals WHERE code_hash = $1 FOR UPDATE",
    )
    .bind(&code.0[..])
    .fetch_optional(&mut *c)
    .await?
    .ok_or(StoreError::RenewalUnknown)?;
    let renewal: i64 = row.try_get(0)?;
    let code_expires: i64 = row.try_get(1)?;
    let validity_secs: i64 = row.try_get(2)?;
    let used: bool = row.try_get(3)?;
    if used {
        return Err(StoreError::RenewalUsed.into());
    }
    if code_expires <= now.0 {
        return Err(StoreError::RenewalExpired.into());
    }
    let current = sqlx::query("SELECT expires_at FROM accounts WHERE id = $1 FOR UPDATE")
        .bind(id(account.0))
        .fetch_optional(&mut *c)
        .await?
        .ok_or(StoreError::NotFound)?;
    let current = Timestamp(current.try_get(0)?);
    let new_expiry = current.max(now).saturating_add_secs(validity_secs as u64);
    sqlx::query("UPDATE accounts SET expires_at = $2 WHERE id = $1")
        .bind(id(account.0))
        .bind(new_expiry.0)
        .execute(&mut *c)
        .await?;
    sqlx::query("UPDATE renewals SET redeemed_by = $2, redeemed_at = $3 WHERE id = $1")
        .bind(renewal)
        .bind(id(account.0))
        .bind(now.0)
        .execute(&mut *c)
        .await?;
    Ok(new_expiry)
}

// ------------------------------------------------------------------------------------------------
// Device links

pub async fn create_device_link(c: &mut PgConnection, l: &NewDeviceLink) -> Result<()> {
    // The account row lock serializes concurrent link creation, so `pending_max` holds.
    sqlx::query("SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE")
        .bind(id(l.account.0))
        .fetch_optional(&mut *c)
        .await?
        .ok_or(StoreError::NotFound)?;
    let pending: i64 = sqlx::query(
        "SELECT COUNT(*) FROM device_links WHERE account_id = $1 AND redeemed_at IS NULL AND expires_at > $2",
    )
    .bind(id(l.account.0))
    .bind(l.created_at.0)
    .fetch_one(&mut *c)
    .await?
    .try_get(0)?;
    if pending >= i64::from(l.pending_max) {
        return Err(StoreError::TooManyDeviceLinks { max: l.pending_max }.into());
    }
    sqlx::query(
        "INSERT INTO device_links (code_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(&l.code_hash.0[..])
    .bind(id(l.account.0))
    .bind(l.created_at.0)
    .bind(l.expires_at.0)
    .execute(&mut *c)
    .await?;
    Ok(())
}

pub async fn redeem_device_link(
    c: &mut PgConnection,
    r: &DeviceLinkRedemption,
) -> Result<(AccountRecord, DeviceRecord)> {
    let link = sqlx::query(
        "SELECT id, account_id, expires_at, redeemed_at IS NOT NULL FROM device_links WHERE code_hash = $1 FOR UPDATE",
    )
    .bind(&r.code_hash.0[..])
    .fetch_optional(&mut *c)
    .await?
    .ok_or(StoreError::DeviceLinkUnknown)?;
    let link_id: i64 = link.try_get(0)?;
    let account_id: i64 = link.try_get(1)?;
    let expires_at: i64 = link.try_get(2)?;
    let used: bool = link.try_get(3)?;
    if used {
        return Err(StoreError::DeviceLinkUsed.into());
    }
    if expires_at <= r.now.0 {
        return Err(StoreError::DeviceLinkExpired.into());
    }
    let sql = format!("SELECT {ACCOUNT_COLS} FROM accounts WHERE id = $1 FOR UPDATE");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(account_id)
        .fetch_optional(&mut *c)
        .await?
        .ok_or(StoreError::DeviceLinkUnknown)?;
    let account = to_account(&row)?;
    if account.disabled {
        return Err(StoreError::AccountDisabled {
            username: account.username,
        }
        .into());
    }
    if account.expires_at <= r.now {
        return Err(StoreError::AccountExpired {
            username: account.username,
            expires_at: account.expires_at,
        }
        .into());
    }
    let devices: i64 = sqlx::query("SELECT COUNT(*) FROM devices WHERE account_id = $1")
        .bind(account_id)
        .fetch_one(&mut *c)
        .await?
        .try_get(0)?;
    if devices as usize >= r.devices_max {
        return Err(StoreError::TooManyDevices { max: r.devices_max }.into());
    }
    check_key_free(c, &r.device_key).await?;
    let device = insert_device(c, account_id, &r.device_key, &r.device_name, r.now).await?;
    sqlx::query("UPDATE device_links SET redeemed_at = $2, device_id = $3 WHERE id = $1")
        .bind(link_id)
        .bind(r.now.0)
        .bind(id(device.id.0))
        .execute(&mut *c)
        .await?;
    Ok((account, device))
}

/// Locks the groups that any of `devices` is a member of (ascending), before their member
/// lists change by a deletion.
async fn lock_groups_of(c: &mut PgConnection, devices: &[i64]) -> Result<Vec<i64>> {
    let rows = sqlx::query(
        "SELECT id FROM mls_groups WHERE id IN
           (SELECT group_ref FROM mls_group_members WHERE device_id = ANY($1))
         ORDER BY id FOR UPDATE",
    )
    .bind(devices)
    .fetch_all(&mut *c)
    .await?;
    rows.iter()
        .map(|r| r.try_get::<i64, _>(0).map_err(OpError::from))
        .collect()
}

/// Deletes the given groups that have no member left.
async fn delete_empty_groups(c: &mut PgConnection, groups: &[i64]) -> Result<()> {
    sqlx::query(
        "DELETE FROM mls_groups g WHERE g.id = ANY($1) AND NOT EXISTS
         (SELECT 1 FROM mls_group_members m WHERE m.group_ref = g.id)",
    )
    .bind(groups)
    .execute(&mut *c)
    .await?;
    Ok(())
}

/// Deletes payloads among `payloads` that no queue row points at any more.
pub async fn release_payloads(c: &mut PgConnection, payloads: &[i64]) -> Result<()> {
    if payloads.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "DELETE FROM payloads p WHERE p.id = ANY($1) AND NOT EXISTS
         (SELECT 1 FROM queue q WHERE q.payload_id = p.id)",
    )
    .bind(payloads)
    .execute(&mut *c)
    .await?;
    Ok(())
}

pub async fn remove_device(
    c: &mut PgConnection,
    account: AccountId,
    device: DeviceId,
) -> Result<()> {
    let d = id(device.0);
    let groups = lock_groups_of(c, &[d]).await?;
    let owned = sqlx::query("SELECT 1 FROM devices WHERE id = $1 AND account_id = $2 FOR UPDATE")
        .bind(d)
        .bind(id(account.0))
        .fetch_optional(&mut *c)
        .await?
        .is_some();
    if !owned {
        return Err(StoreError::UnknownDevice(device).into());
    }
    let payloads: Vec<i64> = sqlx::query(
        "WITH gone AS (DELETE FROM queue WHERE device_id = $1 RETURNING payload_id)
         SELECT DISTINCT payload_id FROM gone",
    )
    .bind(d)
    .fetch_all(&mut *c)
    .await?
    .iter()
    .map(|r| r.try_get(0))
    .collect::<std::result::Result<_, _>>()?;
    // Key packages, memberships and the queue counter go with the device (ON DELETE CASCADE).
    sqlx::query("DELETE FROM devices WHERE id = $1")
        .bind(d)
        .execute(&mut *c)
        .await?;
    release_payloads(c, &payloads).await?;
    delete_empty_groups(c, &groups).await
}

// ------------------------------------------------------------------------------------------------
// Key packages

async fn one_time_stock(c: &mut PgConnection, device: i64) -> Result<u32> {
    let n: i64 =
        sqlx::query("SELECT COUNT(*) FROM key_packages WHERE device_id = $1 AND NOT last_resort")
            .bind(device)
            .fetch_one(&mut *c)
            .await?
            .try_get(0)?;
    Ok(n as u32)
}

pub async fn publish_key_packages(c: &mut PgConnection, u: &KeyPackageUpload) -> Result<u32> {
    let d = id(u.device.0);
    // The device row lock serializes uploads and claims of one device across nodes.
    sqlx::query("SELECT 1 FROM devices WHERE id = $1 FOR UPDATE")
        .bind(d)
        .fetch_optional(&mut *c)
        .await?
        .ok_or(StoreError::UnknownDevice(u.device))?;
    let stored = one_time_stock(c, d).await?;
    if stored as usize + u.one_time.len() > u.one_time_max {
        return Err(StoreError::TooManyKeyPackages {
            stored,
            adding: u.one_time.len(),
            max: u.one_time_max,
        }
        .into());
    }
    if !u.one_time.is_empty() {
        sqlx::query(
            "INSERT INTO key_packages (device_id, last_resort, body)
             SELECT $1, false, body FROM unnest($2::BYTEA[]) WITH ORDINALITY AS t(body, n) ORDER BY n",
        )
        .bind(d)
        .bind(&u.one_time)
        .execute(&mut *c)
        .await?;
    }
    if let Some(last_resort) = &u.last_resort {
        sqlx::query("DELETE FROM key_packages WHERE device_id = $1 AND last_resort")
            .bind(d)
            .execute(&mut *c)
            .await?;
        sqlx::query(
            "INSERT INTO key_packages (device_id, last_resort, body) VALUES ($1, true, $2)",
        )
        .bind(d)
        .bind(last_resort)
        .execute(&mut *c)
        .await?;
    }
    one_time_stock(c, d).await
}

pub async fn key_package_stock(c: &mut PgConnection, device: DeviceId) -> Result<KeyPackageStock> {
    let d = id(device.0);
    let last_resort =
        sqlx::query("SELECT 1 FROM key_packages WHERE device_id = $1 AND last_resort")
            .bind(d)
            .fetch_optional(&mut *c)
            .await?
            .is_some();
    Ok(KeyPackageStock {
        one_time: one_time_stock(c, d).await?,
        last_resort,
    })
}

pub async fn claim_key_packages(
    c: &mut PgConnection,
    claim: &KeyPackageClaim,
) -> Result<KeyPackagesClaimed> {
    // Lock every named device first, in id order (the global lock order), so concurrent claims
    // of other nodes wait instead of handing out the same package, and a claimer's concurrent
    // claims of one device see each other's record.
    let mut sorted = ids(&claim.devices);
    sorted.sort_unstable();
    sorted.dedup();
    let locked: BTreeSet<i64> =
        sqlx::query("SELECT id FROM devices WHERE id = ANY($1) ORDER BY id FOR UPDATE")
            .bind(&sorted)
            .fetch_all(&mut *c)
            .await?
            .iter()
            .map(|r| r.try_get(0))
            .collect::<std::result::Result<_, _>>()?;
    let window_ms = i64::try_from(claim.window_secs.saturating_mul(1000)).unwrap_or(i64::MAX);
    let claimer = id(claim.claimer.0);
    let held: BTreeSet<i64> = sqlx::query(
        "SELECT device_id FROM key_package_claims
         WHERE device_id = ANY($1) AND claimer_account = $2 AND claimed_at > $3",
    )
    .bind(&sorted)
    .bind(claimer)
    .bind(claim.now.0.saturating_sub(window_ms))
    .fetch_all(&mut *c)
    .await?
    .iter()
    .map(|r| r.try_get(0))
    .collect::<std::result::Result<_, _>>()?;
    let mut out = KeyPackagesClaimed::default();
    let mut bytes = 0usize;
    let mut taken = Vec::new();
    let mut taken_of = Vec::new();
    for &d in &claim.devices {
        if !locked.contains(&id(d.0)) {
            return Err(StoreError::UnknownDevice(d).into());
        }
        // One-time packages first (oldest first); else the last-resort one, which stays. A
        // claimer that took a one-time package within the window gets the last-resort one.
        let held_back = held.contains(&id(d.0));
        if held_back {
            out.held_back.push(d);
        }
        let found = sqlx::query(
            "SELECT id, last_resort, body FROM key_packages
             WHERE device_id = $1 AND (last_resort OR NOT $2)
             ORDER BY last_resort, id LIMIT 1",
        )
        .bind(id(d.0))
        .bind(held_back)
        .fetch_optional(&mut *c)
        .await?;
        let Some(found) = found else { continue };
        let package: i64 = found.try_get(0)?;
        let last_resort: bool = found.try_get(1)?;
        let body: Vec<u8> = found.try_get(2)?;
        bytes += body.len() + KEY_PACKAGE_CLAIM_OVERHEAD_BYTES;
        if bytes > claim.bytes_max {
            return Err(StoreError::KeyPackagesTooLarge {
                bytes,
                max: claim.bytes_max,
            }
            .into());
        }
        if !last_resort {
            taken.push(package);
            taken_of.push(id(d.0));
        }
        out.packages.push((d, body));
    }
    if !taken.is_empty() {
        sqlx::query("DELETE FROM key_packages WHERE id = ANY($1)")
            .bind(&taken)
            .execute(&mut *c)
            .await?;
        sqlx::query(
            "INSERT INTO key_package_claims (device_id, claimer_account, claimed_at)
             SELECT d, $2, $3 FROM unnest($1::BIGINT[]) AS t(d)
             ON CONFLICT (device_id, claimer_account) DO UPDATE SET claimed_at = EXCLUDED.claimed_at",
        )
        .bind(&taken_of)
        .bind(claimer)
        .bind(claim.now.0)
        .execute(&mut *c)
        .await?;
    }
    Ok(out)
}

pub async fn sweep_key_package_claims(
    c: &mut PgConnection,
    taken_before: Timestamp,
) -> Result<u64> {
    Ok(
        sqlx::query("DELETE FROM key_package_claims WHERE claimed_at <= $1")
            .bind(taken_before.0)
            .execute(&mut *c)
            .await?
            .rows_affected(),
    )
}

// ------------------------------------------------------------------------------------------------
// Relay tokens

/// Takes up to `want` of the day's allowance under the (account, day) row's lock, so takes on
/// every node are serialized; the row is made first when missing (and only for an existing
/// account: none then means `NotFound`).
pub async fn take_relay_tokens(
    c: &mut PgConnection,
    account: AccountId,
    day: u32,
    want: u32,
    per_day: u32,
) -> Result<u32> {
    sqlx::query(
        "INSERT INTO relay_token_days (account_id, day, taken)
         SELECT $1, $2, 0 WHERE EXISTS (SELECT 1 FROM accounts WHERE id = $1)
         ON CONFLICT (account_id, day) DO NOTHING",
    )
    .bind(id(account.0))
    .bind(i64::from(day))
    .execute(&mut *c)
    .await?;
    let taken: i64 = sqlx::query(
        "SELECT taken FROM relay_token_days WHERE account_id = $1 AND day = $2 FOR UPDATE",
    )
    .bind(id(account.0))
    .bind(i64::from(day))
    .fetch_optional(&mut *c)
    .await?
    .ok_or(StoreError::NotFound)?
    .try_get(0)?;
    let taken = u32::try_from(taken).unwrap_or(u32::MAX);
    let granted = want.min(per_day.saturating_sub(taken));
    if granted > 0 {
        sqlx::query(
            "UPDATE relay_token_days SET taken = taken + $3 WHERE account_id = $1 AND day = $2",
        )
        .bind(id(account.0))
        .bind(i64::from(day))
        .bind(i64::from(granted))
        .execute(&mut *c)
        .await?;
    }
    Ok(granted)
}

pub async fn set_push_subscription(
    c: &mut PgConnection,
    device: DeviceId,
    subscription: Option<&PushSubscriptionRecord>,
) -> Result<()> {
    match subscription {
        Some(s) => sqlx::query(
            "INSERT INTO push_subscriptions (device_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4)
             ON CONFLICT (device_id) DO UPDATE SET endpoint = EXCLUDED.endpoint,
                 p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth",
        )
        .bind(id(device.0))
        .bind(&s.endpoint)
        .bind(&s.p256dh[..])
        .bind(&s.auth[..]),
        None => sqlx::query("DELETE FROM push_subscriptions WHERE device_id = $1").bind(id(device.0)),
    }
    .execute(&mut *c)
    .await?;
    Ok(())
}

pub async fn push_subscription(
    c: &mut PgConnection,
    device: DeviceId,
) -> Result<Option<PushSubscriptionRecord>> {
    let row =
        sqlx::query("SELECT endpoint, p256dh, auth FROM push_subscriptions WHERE device_id = $1")
            .bind(id(device.0))
            .fetch_optional(&mut *c)
            .await?;
    let Some(r) = row else {
        return Ok(None);
    };
    Ok(Some(PushSubscriptionRecord {
        endpoint: r.try_get(0)?,
        p256dh: r
            .try_get::<Vec<u8>, _>(1)?
            .try_into()
            .map_err(|_| corrupt("push subscription p256dh"))?,
        auth: r
            .try_get::<Vec<u8>, _>(2)?
            .try_into()
            .map_err(|_| corrupt("push subscription auth"))?,
    }))
}

pub async fn drop_push_subscription(
    c: &mut PgConnection,
    device: DeviceId,
    endpoint: &str,
) -> Result<bool> {
    let done = sqlx::query("DELETE FROM push_subscriptions WHERE device_id = $1 AND endpoint = $2")
        .bind(id(device.0))
        .bind(endpoint)
        .execute(&mut *c)
        .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn upsert_relay_node(c: &mut PgConnection, row: &RelayNodeRecord) -> Result<()> {
    row.check()?;
    sqlx::query(
        "INSERT INTO relay_nodes (node, descriptor, issuer_keys, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (node) DO UPDATE SET descriptor = EXCLUDED.descriptor,
             issuer_keys = EXCLUDED.issuer_keys, updated_at = EXCLUDED.updated_at",
    )
    .bind(&row.node)
    .bind(&row.descriptor)
    .bind(&row.issuer_keys)
    .bind(row.updated_at.0)
    .execute(&mut *c)
    .await?;
    Ok(())
}

pub async fn relay_nodes(c: &mut PgConnection, since: Timestamp) -> Result<Vec<RelayNodeRecord>> {
    let rows = sqlx::query(
        "SELECT node, descriptor, issuer_keys, updated_at FROM relay_nodes
         WHERE updated_at >= $1 ORDER BY updated_at DESC, node LIMIT $2",
    )
    .bind(since.0)
    .bind(i64::from(RELAY_NODES_MAX))
    .fetch_all(&mut *c)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(RelayNodeRecord {
                node: r.try_get(0)?,
                descriptor: r.try_get(1)?,
                issuer_keys: r.try_get(2)?,
                updated_at: Timestamp(r.try_get(3)?),
            })
        })
        .collect()
}

pub async fn relay_tokens_left(
    c: &mut PgConnection,
    account: AccountId,
    day: u32,
    per_day: u32,
) -> Result<u32> {
    let taken: Option<i64> =
        sqlx::query("SELECT taken FROM relay_token_days WHERE account_id = $1 AND day = $2")
            .bind(id(account.0))
            .bind(i64::from(day))
            .fetch_optional(&mut *c)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
    let taken = taken.map_or(0, |t| u32::try_from(t).unwrap_or(u32::MAX));
    Ok(per_day.saturating_sub(taken))
}

// ------------------------------------------------------------------------------------------------
// Groups

pub async fn create_group(c: &mut PgConnection, g: &NewGroup) -> Result<()> {
    let exists = sqlx::query("SELECT 1 FROM mls_groups WHERE group_id = $1")
        .bind(g.group.as_bytes())
        .fetch_optional(&mut *c)
        .await?
        .is_some();
    if exists {
        return Err(StoreError::GroupExists(g.group.clone()).into());
    }
    sqlx::query("SELECT 1 FROM devices WHERE id = $1 FOR UPDATE")
        .bind(id(g.creator.0))
        .fetch_optional(&mut *c)
        .await?
        .ok_or(StoreError::UnknownDevice(g.creator))?;
    if group_count(c, id(g.creator.0)).await? >= g.groups_per_device_max {
        return Err(StoreError::TooManyGroups {
            device: g.creator,
            max: g.groups_per_device_max,
        }
        .into());
    }
    let group_ref: i64 = sqlx::query(
        "INSERT INTO mls_groups (group_id, epoch, created_at) VALUES ($1, 0, $2) RETURNING id",
    )
    .bind(g.group.as_bytes())
    .bind(g.now.0)
    .fetch_one(&mut *c)
    .await
    .map_err(|e| {
        unique_violation(
            e,
            "mls_groups_group_id_key",
            StoreError::GroupExists(g.group.clone()),
        )
    })?
    .try_get(0)?;
    sqlx::query("INSERT INTO mls_group_members (group_ref, device_id) VALUES ($1, $2)")
        .bind(group_ref)
        .bind(id(g.creator.0))
        .execute(&mut *c)
        .await?;
    Ok(())
}

pub(crate) async fn group_count(c: &mut PgConnection, device: i64) -> Result<usize> {
    let n: i64 = sqlx::query("SELECT COUNT(*) FROM mls_group_members WHERE device_id = $1")
        .bind(device)
        .fetch_one(&mut *c)
        .await?
        .try_get(0)?;
    Ok(n as usize)
}

pub async fn group(c: &mut PgConnection, group: &GroupId) -> Result<Option<GroupRecord>> {
    let row = sqlx::query(
        "SELECT g.epoch,
                ARRAY(SELECT m.device_id FROM mls_group_members m WHERE m.group_ref = g.id ORDER BY m.device_id),
                ARRAY(SELECT m.device_id FROM mls_group_members m WHERE m.group_ref = g.id AND m.state = 1 ORDER BY m.device_id),
                ARRAY(SELECT m.device_id FROM mls_group_members m WHERE m.group_ref = g.id AND m.state = 2 ORDER BY m.device_id)
         FROM mls_groups g WHERE g.group_id = $1",
    )
    .bind(group.as_bytes())
    .fetch_optional(&mut *c)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let devices = |i: usize| -> Result<Vec<DeviceId>> {
        let ids: Vec<i64> = row.try_get(i)?;
        Ok(ids.into_iter().map(|d| DeviceId(d as u64)).collect())
    };
    Ok(Some(GroupRecord {
        group: group.clone(),
        epoch: row.try_get::<i64, _>(0)? as u64,
        members: devices(1)?,
        behind: devices(2)?,
        rejoining: devices(3)?,
    }))
}

/// See `Store::request_rejoin`. Locks the group row: a commit of the group (which reads the
/// member states under the same lock) sees the state before or after, never half.
pub async fn request_rejoin(
    c: &mut PgConnection,
    group: &GroupId,
    device: DeviceId,
) -> Result<bool> {
    let row = sqlx::query("SELECT id FROM mls_groups WHERE group_id = $1 FOR UPDATE")
        .bind(group.as_bytes())
        .fetch_optional(&mut *c)
        .await?;
    let group_ref: i64 = row
        .ok_or_else(|| StoreError::UnknownGroup(group.clone()))?
        .try_get(0)?;
    let state: Option<i16> =
        sqlx::query("SELECT state FROM mls_group_members WHERE group_ref = $1 AND device_id = $2")
            .bind(group_ref)
            .bind(id(device.0))
            .fetch_optional(&mut *c)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
    match state {
        None => Err(StoreError::NotMember.into()),
        Some(0) => Ok(false),
        Some(2) => Ok(true),
        Some(_) => {
            sqlx::query(
                "UPDATE mls_group_members SET state = 2 WHERE group_ref = $1 AND device_id = $2",
            )
            .bind(group_ref)
            .bind(id(device.0))
            .execute(&mut *c)
            .await?;
            Ok(true)
        }
    }
}

pub async fn recipients_outside(
    c: &mut PgConnection,
    sender: DeviceId,
    account: AccountId,
    recipients: &[DeviceId],
) -> Result<Vec<DeviceId>> {
    let rows = sqlx::query(
        "SELECT r FROM unnest($1::BIGINT[]) AS t(r)
         WHERE NOT EXISTS (
             SELECT 1 FROM devices d WHERE d.id = t.r AND (d.account_id = $2 OR EXISTS (
                 SELECT 1 FROM mls_group_members a JOIN mls_group_members b
                     ON b.group_ref = a.group_ref AND b.device_id = t.r
                 WHERE a.device_id = $3)))
         ORDER BY r",
    )
    .bind(ids(recipients))
    .bind(id(account.0))
    .bind(id(sender.0))
    .fetch_all(&mut *c)
    .await?;
    let mut outside: Vec<DeviceId> = rows
        .iter()
        .map(|r| r.try_get::<i64, _>(0).map(|d| DeviceId(d as u64)))
        .collect::<std::result::Result<_, _>>()?;
    outside.dedup();
    Ok(outside)
}

pub async fn groups_of(c: &mut PgConnection, device: DeviceId) -> Result<Vec<(GroupId, u64)>> {
    let rows = sqlx::query(
        "SELECT g.group_id, g.epoch FROM mls_group_members m JOIN mls_groups g ON g.id = m.group_ref
         WHERE m.device_id = $1 ORDER BY g.id",
    )
    .bind(id(device.0))
    .fetch_all(&mut *c)
    .await?;
    rows.iter()
        .map(|r| {
            let group: Vec<u8> = r.try_get(0)?;
            let group = GroupId::new(group).ok_or_else(|| corrupt("group id"))?;
            Ok((group, r.try_get::<i64, _>(1)? as u64))
        })
        .collect()
}

pub async fn leave_group(
    c: &mut PgConnection,
    group: &GroupId,
    devices: &[DeviceId],
) -> Result<()> {
    let row = sqlx::query("SELECT id FROM mls_groups WHERE group_id = $1 FOR UPDATE")
        .bind(group.as_bytes())
        .fetch_optional(&mut *c)
        .await?
        .ok_or_else(|| StoreError::UnknownGroup(group.clone()))?;
    let group_ref: i64 = row.try_get(0)?;
    let n =
        sqlx::query("DELETE FROM mls_group_members WHERE group_ref = $1 AND device_id = ANY($2)")
            .bind(group_ref)
            .bind(ids(devices))
            .execute(&mut *c)
            .await?
            .rows_affected();
    if n == 0 {
        return Err(StoreError::NotMember.into());
    }
    delete_empty_groups(c, &[group_ref]).await
}

// ------------------------------------------------------------------------------------------------
// Queues

pub async fn fetch(
    c: &mut PgConnection,
    device: DeviceId,
    after: QueueSeq,
    limit: u32,
    now: Timestamp,
) -> Result<Vec<QueueEntry>> {
    let rows = sqlx::query(
        "SELECT q.seq, q.payload_id, p.sender, p.sent_at, p.body, p.kind
         FROM queue q JOIN payloads p ON p.id = q.payload_id
         WHERE q.device_id = $1 AND q.seq > $2 AND q.expires_at > $4
         ORDER BY q.seq LIMIT $3",
    )
    .bind(id(device.0))
    .bind(id(after.0))
    .bind(i64::from(limit))
    .bind(now.0)
    .fetch_all(&mut *c)
    .await?;
    rows.iter()
        .map(|r| {
            let kind: i16 = r.try_get(5)?;
            Ok(QueueEntry {
                seq: QueueSeq(r.try_get::<i64, _>(0)? as u64),
                payload: PayloadId(r.try_get::<i64, _>(1)? as u64),
                sender: DeviceId(r.try_get::<i64, _>(2)? as u64),
                sent_at: Timestamp(r.try_get(3)?),
                body: r.try_get(4)?,
                kind: u8::try_from(kind)
                    .ok()
                    .and_then(PayloadKind::from_u8)
                    .unwrap_or(PayloadKind::Opaque),
            })
        })
        .collect()
}

/// Deletes queue rows selected by `condition` (a boolean SQL expression over `queue` bound to
/// `$1`), counting them as removed and releasing their payloads. Returns how many went.
async fn drop_queue_rows(c: &mut PgConnection, condition: &str, value: i64) -> Result<u64> {
    let sql = format!(
        "WITH gone AS (DELETE FROM queue WHERE {condition} RETURNING device_id, payload_id)
         SELECT device_id, payload_id FROM gone"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(value)
        .fetch_all(&mut *c)
        .await?;
    let mut per_device: BTreeMap<i64, i64> = BTreeMap::new();
    let mut payloads = BTreeSet::new();
    for r in &rows {
        *per_device.entry(r.try_get(0)?).or_default() += 1;
        payloads.insert(r.try_get::<i64, _>(1)?);
    }
    if !per_device.is_empty() {
        let devices: Vec<i64> = per_device.keys().copied().collect();
        let counts: Vec<i64> = per_device.values().copied().collect();
        // Ascending: the global lock order.
        sqlx::query(
            "SELECT 1 FROM queue_removed WHERE device_id = ANY($1) ORDER BY device_id FOR UPDATE",
        )
        .bind(&devices)
        .execute(&mut *c)
        .await?;
        sqlx::query(
            "UPDATE queue_removed r SET removed = r.removed + t.n
             FROM unnest($1::BIGINT[], $2::BIGINT[]) AS t(d, n) WHERE r.device_id = t.d",
        )
        .bind(&devices)
        .bind(&counts)
        .execute(&mut *c)
        .await?;
    }
    let payloads: Vec<i64> = payloads.into_iter().collect();
    release_payloads(c, &payloads).await?;
    Ok(rows.len() as u64)
}

pub async fn sweep(
    c: &mut PgConnection,
    now: Timestamp,
    purge_before: Timestamp,
) -> Result<SweepStats> {
    let queue_entries_expired = drop_queue_rows(c, "expires_at <= $1", now.0).await?;
    let doomed: Vec<i64> = sqlx::query("SELECT id FROM accounts WHERE expires_at < $1 ORDER BY id")
        .bind(purge_before.0)
        .fetch_all(&mut *c)
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<std::result::Result<_, _>>()?;
    if !doomed.is_empty() {
        let devices: Vec<i64> =
            sqlx::query("SELECT id FROM devices WHERE account_id = ANY($1) ORDER BY id")
                .bind(&doomed)
                .fetch_all(&mut *c)
                .await?
                .iter()
                .map(|r| r.try_get(0))
                .collect::<std::result::Result<_, _>>()?;
        let groups = lock_groups_of(c, &devices).await?;
        sqlx::query("SELECT 1 FROM devices WHERE id = ANY($1) ORDER BY id FOR UPDATE")
            .bind(&devices)
            .execute(&mut *c)
            .await?;
        let payloads: Vec<i64> = sqlx::query(
            "WITH gone AS (DELETE FROM queue WHERE device_id = ANY($1) RETURNING payload_id)
             SELECT DISTINCT payload_id FROM gone",
        )
        .bind(&devices)
        .fetch_all(&mut *c)
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<std::result::Result<_, _>>()?;
        sqlx::query("DELETE FROM accounts WHERE id = ANY($1)")
            .bind(&doomed)
            .execute(&mut *c)
            .await?;
        release_payloads(c, &payloads).await?;
        delete_empty_groups(c, &groups).await?;
    }
    sqlx::query("DELETE FROM device_links WHERE expires_at < $1")
        .bind(purge_before.0)
        .execute(&mut *c)
        .await?;
    // Payloads whose last queue rows two transactions removed at once (each still saw the
    // other's row), and write markers nobody needs any more (a node asks about its last batch
    // only right after reconnecting).
    sqlx::query(
        "DELETE FROM payloads p WHERE NOT EXISTS (SELECT 1 FROM queue q WHERE q.payload_id = p.id)
         AND p.sent_at < $1",
    )
    .bind(now.0.saturating_sub(60_000))
    .execute(&mut *c)
    .await?;
    sqlx::query("DELETE FROM write_batches WHERE committed_at < $1")
        .bind(now.0.saturating_sub(3_600_000))
        .execute(&mut *c)
        .await?;
    sqlx::query(
        "DELETE FROM operator_changes WHERE seq <= (SELECT MAX(seq) FROM operator_changes) - $1",
    )
    .bind(OPERATOR_CHANGES_KEPT as i64)
    .execute(&mut *c)
    .await?;
    sqlx::query("DELETE FROM relay_token_days WHERE day < $1")
        .bind(i64::from(utc_day(now)))
        .execute(&mut *c)
        .await?;
    Ok(SweepStats {
        queue_entries_expired,
        accounts_purged: doomed.len() as u64,
    })
}

// ------------------------------------------------------------------------------------------------
// Batches (see batch.rs)

pub async fn batch_committed(c: &mut PgConnection, batch: i64) -> Result<bool> {
    Ok(sqlx::query("SELECT 1 FROM write_batches WHERE id = $1")
        .bind(batch)
        .fetch_optional(&mut *c)
        .await?
        .is_some())
}
