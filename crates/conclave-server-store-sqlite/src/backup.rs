//! Online copies of the database and what a restored copy needs before it serves.
//!
//! [`snapshot`] runs `VACUUM INTO` on a connection of its own, from any process, while the
//! server runs: WAL lets a reader run beside the writer, and the statement reads inside one
//! read transaction, so the copy is the database as of one commit — every write acknowledged
//! before it began is in it, none half. It never blocks the writer (the WAL only cannot be
//! checkpointed past the copy's snapshot until it ends).
//!
//! [`prepare_restored`] checks a copy and moves every queue and group sequence forward by
//! [`RESTORE_SEQ_GAP`]: clients that kept talking to the server after the backup have seen
//! sequence numbers the copy will hand out again, and a client drops a queue entry whose seq it
//! has already processed (a redelivery, to it) and keys its history by group seq.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

/// How far [`prepare_restored`] moves each device's queue seq and each group's seq: more than
/// any device or group can use between a backup and its restore (2^32 messages).
pub const RESTORE_SEQ_GAP: i64 = 1 << 32;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BackupError {
    #[error("{what}: {source}")]
    Sqlite {
        what: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("the database copy is damaged: {0}")]
    Corrupt(String),
    #[error(
        "the database copy has schema version {found}, newer than this conclave-server understands ({known}); \
         restore it with a newer conclave-server"
    )]
    SchemaTooNew { found: u32, known: u32 },
    #[error("{0} exists already: the copy is written to a new file")]
    Exists(String),
}

fn sqlite(what: impl Into<String>) -> impl FnOnce(rusqlite::Error) -> BackupError {
    let what = what.into();
    move |source| BackupError::Sqlite { what, source }
}

/// Writes a consistent copy of the database at `db` (which a server may be using) to `to`,
/// a file that must not exist yet.
pub fn snapshot(db: &Path, to: &Path) -> Result<(), BackupError> {
    if to.exists() {
        return Err(BackupError::Exists(to.display().to_string()));
    }
    // Read-write without CREATE: a read-only connection cannot make the `-shm` file of a WAL
    // database no process has open. The statement writes nothing to the source.
    let conn = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sqlite(format!("cannot open {}", db.display())))?;
    conn.busy_timeout(std::time::Duration::from_secs(30))
        .map_err(sqlite("busy timeout"))?;
    let target = to
        .to_str()
        .ok_or_else(|| BackupError::Corrupt(format!("{} is not UTF-8", to.display())))?;
    conn.execute("VACUUM INTO ?1", [target])
        .map_err(sqlite(format!("copying {}", db.display())))?;
    Ok(())
}

/// What a checked copy holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RestoredDb {
    pub schema_version: u32,
    pub accounts: u64,
    pub devices: u64,
    pub queued: u64,
}

/// Checks the copy at `db` (`PRAGMA integrity_check`, the schema version) and moves every
/// sequence forward by [`RESTORE_SEQ_GAP`] in one transaction. Run once, before the restored
/// server first starts.
pub fn prepare_restored(db: &Path) -> Result<RestoredDb, BackupError> {
    let mut conn = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sqlite(format!("cannot open {}", db.display())))?;
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| BackupError::Corrupt(e.to_string()))?;
    if check != "ok" {
        return Err(BackupError::Corrupt(check));
    }
    let found: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sqlite("reading the schema version"))?;
    let known = crate::migrations::latest();
    if found > known {
        return Err(BackupError::SchemaTooNew { found, known });
    }
    if found == 0 {
        return Err(BackupError::Corrupt(
            "it has no Conclave schema (version 0)".into(),
        ));
    }
    let tx = conn.transaction().map_err(sqlite("begin"))?;
    tx.execute(
        "UPDATE devices SET next_seq = next_seq + ?1",
        [RESTORE_SEQ_GAP],
    )
    .map_err(sqlite("moving the queue sequences"))?;
    tx.execute(
        "UPDATE mls_groups SET next_seq = next_seq + ?1",
        [RESTORE_SEQ_GAP],
    )
    .map_err(sqlite("moving the group sequences"))?;
    let count = |sql: &str| -> Result<u64, BackupError> {
        tx.query_row(sql, [], |r| r.get::<_, i64>(0))
            .map(|n| n.max(0) as u64)
            .map_err(sqlite("counting"))
    };
    let restored = RestoredDb {
        schema_version: found,
        accounts: count("SELECT count(*) FROM accounts")?,
        devices: count("SELECT count(*) FROM devices")?,
        queued: count("SELECT count(*) FROM queue")?,
    };
    tx.commit().map_err(sqlite("commit"))?;
    Ok(restored)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_snapshot_keeps_the_schema_and_a_restore_moves_sequences() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("conclave.db");
        let store = crate::SqliteStore::open(&db, 16).unwrap();
        let copy = dir.path().join("copy.db");
        snapshot(&db, &copy).unwrap();
        assert!(matches!(snapshot(&db, &copy), Err(BackupError::Exists(_))));
        drop(store);
        let restored = prepare_restored(&copy).unwrap();
        assert_eq!(restored.schema_version, crate::migrations::latest());
        assert_eq!(restored.accounts, 0);

        std::fs::write(dir.path().join("junk.db"), vec![7u8; 8192]).unwrap();
        let e = prepare_restored(&dir.path().join("junk.db")).unwrap_err();
        assert!(matches!(e, BackupError::Corrupt(_)), "{e}");
    }
}
