//! The data directory is the server's alone: 0700, and every file in it 0600 (the database
//! holds usernames, the invitation tree and routing lists; `tls/key.pem` the server's key).
//!
//! New files get their modes when created ([`crate::write_private`], and the database file is
//! made 0600 before SQLite opens it: SQLite gives its `-wal` and `-shm` files the database's
//! mode). A directory made by an older version, or loosened by hand, is tightened at start.

use std::path::Path;

use anyhow::Context;

/// Creates `dir` (0700) if needed and takes group and other permissions off it and everything
/// in it (two levels: the directory and `tls/`). Symbolic links are left alone.
pub fn prepare(dir: &Path) -> anyhow::Result<()> {
    create_private_dir(dir)?;
    let mut tightened = Vec::new();
    tighten_tree(dir, 0, &mut tightened)?;
    if !tightened.is_empty() {
        tracing::warn!(
            dir = %dir.display(),
            files = %tightened.join(", "),
            "other users could read the data directory: its modes are now 0700 (directories) and 0600 (files)"
        );
    }
    Ok(())
}

/// Creates a directory (and its missing parents) readable only by its owner.
pub fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .with_context(|| format!("cannot create data directory {}", dir.display()))
}

/// Creates an empty file readable only by its owner if none exists at `path` (SQLite takes an
/// empty file as a new database).
pub fn create_private_file(path: &Path) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .map(drop)
        .with_context(|| format!("cannot create {}", path.display()))
}

/// Directories below the data directory that are tightened too (`tls/`).
const DEPTH_MAX: usize = 1;

#[cfg(unix)]
fn tighten_tree(path: &Path, depth: usize, tightened: &mut Vec<String>) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    let meta = std::fs::symlink_metadata(path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if meta.file_type().is_symlink() {
        return Ok(());
    }
    let mode = meta.permissions().mode() & 0o7777;
    if mode & 0o077 != 0 {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o700))
            .with_context(|| format!("cannot change the mode of {}", path.display()))?;
        tightened.push(format!("{} ({:o})", path.display(), mode));
    }
    if meta.is_dir() && depth <= DEPTH_MAX {
        let entries =
            std::fs::read_dir(path).with_context(|| format!("cannot read {}", path.display()))?;
        for entry in entries {
            let entry = entry.with_context(|| format!("cannot read {}", path.display()))?;
            tighten_tree(&entry.path(), depth + 1, tightened)?;
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn tighten_tree(_: &Path, _: usize, _: &mut Vec<String>) -> anyhow::Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt as _;

    use super::*;

    #[test]
    fn a_loose_directory_is_tightened_and_new_files_are_private() {
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path().join("data");
        prepare(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);

        std::fs::create_dir(dir.join("tls")).unwrap();
        std::fs::write(dir.join("tls/cert.pem"), b"x").unwrap();
        std::fs::write(dir.join("conclave.db"), b"").unwrap();
        for p in [&dir, &dir.join("tls"), &dir.join("tls/cert.pem")] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        std::fs::set_permissions(
            dir.join("conclave.db"),
            std::fs::Permissions::from_mode(0o644),
        )
        .unwrap();
        prepare(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join("tls")), 0o700);
        assert_eq!(mode(&dir.join("tls/cert.pem")), 0o700 & 0o755);
        assert_eq!(mode(&dir.join("conclave.db")), 0o600);

        create_private_file(&dir.join("new.db")).unwrap();
        assert_eq!(mode(&dir.join("new.db")), 0o600);
    }
}

/// Test helper: `path`'s permission bits (Unix) are 0600.
#[cfg(all(test, unix))]
pub(crate) fn assert_private_file(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .expect("the file exists")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "{}", path.display());
}
