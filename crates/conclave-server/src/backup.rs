//! `conclave-server backup` and `restore`: one file holding everything a single-node server
//! needs to start again elsewhere.
//!
//! The archive is a plain tar (readable with `tar tvf`):
//! - `conclave-backup.json`, always first: the format version, when and from where it was
//!   made, and every other entry's path, size and SHA-256;
//! - `data/conclave.db`: the database as of one commit, copied while the server runs (see
//!   `conclave_server_store_sqlite::backup::snapshot`);
//! - `data/…`: every other file of the data directory, two levels deep (the TLS certificate
//!   and key in `tls/`, `call-token.key`, `relay-issuer/`, `relay/` with the relay's keys and
//!   spend logs, `server.json`, `admin-invite.txt`), without the live `-wal`/`-shm` files;
//! - `data/blobs/ID.{data,meta}`: every finished attachment blob not about to expire
//!   (ciphertext, streamed, never held in memory; unfinished uploads are left out);
//! - `config.toml` and `operator-tls/{cert,key}.pem`: the config file and the operator's
//!   certificate and key when the server was given them (they live outside the data directory).
//!
//! Restore refuses a data directory that is not empty, reads the manifest first, writes every
//! entry into a new directory beside the target while hashing it, and puts the directory in
//! place only when every entry matched and the database passed `PRAGMA integrity_check`: a
//! truncated or damaged archive leaves nothing behind.

use std::{
    collections::BTreeMap,
    io::{Read, Write},
    path::{Component, Path, PathBuf},
};

use anyhow::{Context, bail};
use conclave_server_store_sqlite::backup as db_backup;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::{ServerConfig, StoreConfig};

/// The archive's first entry.
pub const MANIFEST: &str = "conclave-backup.json";
/// The only format this binary writes and reads.
pub const FORMAT: u32 = 1;
/// A manifest larger than this is not ours (it lists every attachment blob: about 150 bytes
/// each).
const MANIFEST_BYTES_MAX: u64 = 64 << 20;
/// Files in the archive besides the manifest and the attachment blobs.
const FILES_MAX: usize = 4096;
/// Attachment blob files (two per blob) in one archive.
const BLOB_FILES_MAX: usize = 400_000;
/// Blobs that expire sooner than this after the backup are left out (a sweep could remove
/// them while they are copied).
const BLOB_EXPIRY_MARGIN_SECS: u64 = 3600;
/// A data directory file other than the database (keys, certificates, spend logs).
const SIDE_FILE_BYTES_MAX: u64 = 256 << 20;
/// Database and WAL files that are not copied as files (the snapshot replaces them).
const LIVE_DB_FILES: [&str; 3] = ["conclave.db", "conclave.db-wal", "conclave.db-shm"];
/// Directories below the data directory that are copied (`tls/`, `relay/`, …).
const DEPTH_MAX: usize = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub created_at: String,
    pub server_version: String,
    pub source_data_dir: String,
    pub files: Vec<ManifestFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestFile {
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
}

/// What `backup` wrote.
#[derive(Debug)]
pub struct BackupReport {
    pub manifest: Manifest,
}

/// Writes a backup of the single-node server configured by `config` (running or not) to
/// `to`, which must not exist yet.
pub fn backup(
    config: &ServerConfig,
    config_file: Option<&Path>,
    to: &Path,
) -> anyhow::Result<BackupReport> {
    if config.store != StoreConfig::Sqlite {
        bail!(
            "this server keeps its state in PostgreSQL: back it up with pg_dump or continuous \
             archiving (docs/deploy.md, \"Backups\"); `backup` copies single-node servers"
        );
    }
    let data = &config.data;
    let db = config.db_path();
    if !db.is_file() {
        bail!(
            "{} not found: is {} a Conclave data directory?",
            db.display(),
            data.display()
        );
    }
    if to.exists() {
        bail!("{} exists already: give a new file", to.display());
    }
    let partial = partial_path(to, "partial");
    let snapshot = partial_path(to, "partial-db");
    for stale in [&partial, &snapshot] {
        if stale.exists() {
            std::fs::remove_file(stale)
                .with_context(|| format!("cannot remove the leftover {}", stale.display()))?;
        }
    }
    let result = (|| {
        db_backup::snapshot(&db, &snapshot)?;
        let mut entries: Vec<(String, PathBuf)> =
            vec![("data/conclave.db".into(), snapshot.clone())];
        let mut side = Vec::new();
        collect_files(data, data, 0, &mut side)?;
        for (rel, path) in side {
            entries.push((format!("data/{rel}"), path));
        }
        let blobs = crate::blobs::backup_files(data, crate::now(), BLOB_EXPIRY_MARGIN_SECS)?;
        if blobs.len() > BLOB_FILES_MAX {
            bail!(
                "the data directory holds more than {} attachments",
                BLOB_FILES_MAX / 2
            );
        }
        // Streamed like the snapshot (a blob may be large); finished blobs never change.
        let streamed: std::collections::HashSet<PathBuf> =
            blobs.iter().map(|(_, p)| p.clone()).collect();
        let blob_files = blobs.len();
        for (rel, path) in blobs {
            entries.push((format!("data/{rel}"), path));
        }
        if let Some(file) = config_file {
            entries.push(("config.toml".into(), file.to_owned()));
        }
        if let Some((cert, key)) = &config.tls {
            entries.push(("operator-tls/cert.pem".into(), cert.clone()));
            entries.push(("operator-tls/key.pem".into(), key.clone()));
        }
        if entries.len() - blob_files > FILES_MAX {
            bail!("the data directory holds more than {FILES_MAX} files");
        }
        // Files other than the snapshot may change while we copy (a relay spend log grows):
        // each is read once, and the manifest describes the bytes written.
        let mut files = Vec::with_capacity(entries.len());
        let mut contents: Vec<Option<Vec<u8>>> = Vec::with_capacity(entries.len());
        for (name, path) in &entries {
            if *path == snapshot || streamed.contains(path) {
                let (bytes, sha256) = hash_file(path)?;
                files.push(ManifestFile {
                    path: name.clone(),
                    bytes,
                    sha256,
                });
                contents.push(None);
            } else {
                let bytes = read_capped(path, SIDE_FILE_BYTES_MAX)?;
                files.push(ManifestFile {
                    path: name.clone(),
                    bytes: bytes.len() as u64,
                    sha256: crate::hex::encode(&Sha256::digest(&bytes)),
                });
                contents.push(Some(bytes));
            }
        }
        let manifest = Manifest {
            format: FORMAT,
            created_at: crate::now().to_string(),
            server_version: env!("CARGO_PKG_VERSION").into(),
            source_data_dir: data.display().to_string(),
            files,
        };
        let out = open_new_private(&partial)?;
        let mut tar = tar::Builder::new(std::io::BufWriter::new(out));
        let manifest_json = serde_json::to_vec_pretty(&manifest)?;
        append(
            &mut tar,
            MANIFEST,
            manifest_json.len() as u64,
            manifest_json.as_slice(),
        )?;
        for ((file, (_, path)), content) in manifest.files.iter().zip(&entries).zip(contents) {
            match content {
                Some(bytes) => append(&mut tar, &file.path, file.bytes, bytes.as_slice())?,
                None => {
                    let f = std::fs::File::open(path)
                        .with_context(|| format!("cannot read {}", path.display()))?;
                    append(&mut tar, &file.path, file.bytes, f)?
                }
            }
        }
        let out = tar
            .into_inner()
            .context("finishing the archive")?
            .into_inner()
            .map_err(|e| e.into_error())
            .context("finishing the archive")?;
        out.sync_all().context("flushing the archive to disk")?;
        drop(out);
        std::fs::rename(&partial, to)
            .with_context(|| format!("cannot put {} in place", to.display()))?;
        sync_parent(to);
        Ok(BackupReport { manifest })
    })();
    let _ = std::fs::remove_file(&snapshot);
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}

/// What `restore` put where.
#[derive(Debug)]
pub struct RestoreReport {
    pub manifest: Manifest,
    pub db: db_backup::RestoredDb,
    /// Where the config file and operator certificate went, if the archive had them.
    pub extras: Vec<PathBuf>,
}

/// Restores the archive `from` into `data`, which must be absent or an empty directory.
pub fn restore(from: &Path, data: &Path) -> anyhow::Result<RestoreReport> {
    match std::fs::read_dir(data) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                bail!(
                    "{} is not empty: restore into a new or empty directory (nothing was changed)",
                    data.display()
                );
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", data.display())),
    }
    let file = std::fs::File::open(from)
        .with_context(|| format!("cannot open the backup {}", from.display()))?;
    let staging = partial_path(data, "restoring");
    if staging.exists() {
        std::fs::remove_dir_all(&staging)
            .with_context(|| format!("cannot remove the leftover {}", staging.display()))?;
    }
    crate::datadir::create_private_dir(&staging)?;
    let result = (|| {
        let (manifest, extras) = unpack(std::io::BufReader::new(file), &staging)
            .with_context(|| format!("{} is not a usable Conclave backup", from.display()))?;
        let db = db_backup::prepare_restored(&staging.join("data").join("conclave.db"))
            .with_context(|| format!("{} is not a usable Conclave backup", from.display()))?;
        // The data directory is `staging/data`; the config and operator certificate go into
        // `restored/` inside it, for the operator to move where the new config names them.
        let data_part = staging.join("data");
        let extra_dir = data_part.join("restored");
        let mut placed = Vec::new();
        for rel in extras {
            let from = staging.join(&rel);
            let name = rel.replace('/', "-");
            crate::datadir::create_private_dir(&extra_dir)?;
            let to = extra_dir.join(&name);
            std::fs::rename(&from, &to)
                .with_context(|| format!("cannot move {}", from.display()))?;
            placed.push(data.join("restored").join(name));
        }
        if data.exists() {
            std::fs::remove_dir(data)
                .with_context(|| format!("cannot replace the empty {}", data.display()))?;
        }
        std::fs::rename(&data_part, data)
            .with_context(|| format!("cannot put {} in place", data.display()))?;
        sync_parent(data);
        Ok(RestoreReport {
            manifest,
            db,
            extras: placed,
        })
    })();
    let _ = std::fs::remove_dir_all(&staging);
    result
}

/// Reads the archive into `staging` (manifest first, every file checked against it). Returns
/// the manifest and the entries outside `data/`.
fn unpack(reader: impl Read, staging: &Path) -> anyhow::Result<(Manifest, Vec<String>)> {
    let damaged = "the archive is truncated or damaged";
    let mut archive = tar::Archive::new(reader);
    let mut entries = archive.entries().context(damaged)?;
    let mut first = match entries.next() {
        Some(entry) => entry.context(damaged)?,
        None => bail!("the archive is empty (or not a tar file)"),
    };
    let first_path = first.path().context(damaged)?.into_owned();
    if first_path != Path::new(MANIFEST) {
        bail!(
            "the archive does not start with {MANIFEST} (found {}): not a Conclave backup",
            first_path.display()
        );
    }
    if first.size() > MANIFEST_BYTES_MAX {
        bail!("its {MANIFEST} is larger than {MANIFEST_BYTES_MAX} bytes");
    }
    let mut json = Vec::new();
    first.read_to_end(&mut json).context(damaged)?;
    drop(first);
    let manifest: Manifest =
        serde_json::from_slice(&json).with_context(|| format!("its {MANIFEST} is malformed"))?;
    if manifest.format != FORMAT {
        bail!(
            "backup format {} is not the one this conclave-server reads ({FORMAT}): use a matching version",
            manifest.format
        );
    }
    if manifest.files.len() > FILES_MAX + BLOB_FILES_MAX {
        bail!(
            "its manifest lists more than {} files",
            FILES_MAX + BLOB_FILES_MAX
        );
    }
    let mut expected: BTreeMap<String, ManifestFile> = BTreeMap::new();
    for f in &manifest.files {
        check_name(&f.path)?;
        if expected.insert(f.path.clone(), f.clone()).is_some() {
            bail!("its manifest lists {} twice", f.path);
        }
    }
    if !expected.contains_key("data/conclave.db") {
        bail!("its manifest has no data/conclave.db");
    }
    let mut extras = Vec::new();
    for entry in entries {
        let mut entry = entry.context(damaged)?;
        let name = entry
            .path()
            .context(damaged)?
            .to_string_lossy()
            .into_owned();
        let Some(want) = expected.remove(&name) else {
            bail!("it holds {name}, which its manifest does not list (or lists once)");
        };
        if entry.header().entry_type() != tar::EntryType::Regular {
            bail!("{name} is not a regular file");
        }
        if entry.size() != want.bytes {
            bail!(
                "{name} is {} bytes, its manifest says {}",
                entry.size(),
                want.bytes
            );
        }
        let path = staging.join(&name);
        if let Some(parent) = path.parent() {
            crate::datadir::create_private_dir(parent)?;
        }
        let mut out = open_new_private(&path)?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 64 * 1024];
        let mut written = 0u64;
        loop {
            let n = entry
                .read(&mut buf)
                .with_context(|| format!("{damaged} (in {name})"))?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            out.write_all(&buf[..n])
                .with_context(|| format!("cannot write {}", path.display()))?;
            written += n as u64;
        }
        if written != want.bytes {
            bail!(
                "{damaged}: {name} ends after {written} of {} bytes",
                want.bytes
            );
        }
        if crate::hex::encode(&hasher.finalize()) != want.sha256 {
            bail!("{name} does not match its checksum: the archive is damaged");
        }
        out.sync_all()
            .with_context(|| format!("cannot write {}", path.display()))?;
        if !name.starts_with("data/") {
            extras.push(name);
        }
    }
    if let Some(missing) = expected.keys().next() {
        bail!(
            "{damaged}: {missing} is missing ({} of {} files)",
            manifest.files.len() - expected.len(),
            manifest.files.len()
        );
    }
    Ok((manifest, extras))
}

/// Archive names: relative, `/`-separated, no `.`/`..`, under `data/` or one of the extras.
fn check_name(name: &str) -> anyhow::Result<()> {
    let path = Path::new(name);
    let plain = !name.is_empty()
        && name.len() <= 255
        && path.components().all(|c| matches!(c, Component::Normal(_)))
        && !name.contains('\\');
    let allowed = name.starts_with("data/")
        || name == "config.toml"
        || name == "operator-tls/cert.pem"
        || name == "operator-tls/key.pem";
    if !plain || !allowed {
        bail!("its manifest names {name:?}, which a Conclave backup does not hold");
    }
    Ok(())
}

/// Regular files of the data directory, relative to it, without the live database files and
/// leftovers of interrupted writes (`*.partial`).
fn collect_files(
    root: &Path,
    dir: &Path,
    depth: usize,
    out: &mut Vec<(String, PathBuf)>,
) -> anyhow::Result<()> {
    let mut entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("cannot read {}", dir.display()))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let kind = entry
            .file_type()
            .with_context(|| format!("cannot read {}", path.display()))?;
        let Ok(rel) = path.strip_prefix(root) else {
            continue;
        };
        let rel = rel.to_string_lossy().into_owned();
        // Blobs are listed apart (`blobs::backup_files`: finished ones only, streamed).
        if kind.is_dir() && depth < DEPTH_MAX + 1 && rel != "restored" && rel != crate::blobs::DIR {
            collect_files(root, &path, depth + 1, out)?;
        } else if kind.is_file()
            && !(depth == 0 && LIVE_DB_FILES.contains(&rel.as_str()))
            && !rel.ends_with(".partial")
        {
            out.push((rel, path));
        }
    }
    Ok(())
}

fn append(
    tar: &mut tar::Builder<impl Write>,
    name: &str,
    bytes: u64,
    data: impl Read,
) -> anyhow::Result<()> {
    let mut header = tar::Header::new_ustar();
    header.set_size(bytes);
    header.set_mode(0o600);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_mtime(0);
    tar.append_data(&mut header, name, data.take(bytes))
        .with_context(|| format!("writing {name} into the archive"))
}

fn hash_file(path: &Path) -> anyhow::Result<(u64, String)> {
    let mut f =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut hasher = Sha256::new();
    let bytes = std::io::copy(&mut f, &mut hasher)
        .with_context(|| format!("cannot read {}", path.display()))?;
    Ok((bytes, crate::hex::encode(&hasher.finalize())))
}

fn read_capped(path: &Path, max: u64) -> anyhow::Result<Vec<u8>> {
    let f = std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut bytes = Vec::new();
    f.take(max + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if bytes.len() as u64 > max {
        bail!("{} is larger than {max} bytes", path.display());
    }
    Ok(bytes)
}

fn open_new_private(path: &Path) -> anyhow::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))
}

/// `FILE.suffix` beside `path`.
fn partial_path(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{suffix}"));
    path.with_file_name(name)
}

fn sync_parent(path: &Path) {
    if let Some(parent) = path.parent()
        && let Ok(dir) = std::fs::File::open(if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        })
    {
        let _ = dir.sync_all();
    }
}
