//! One process at a time holds a device's state.
//!
//! A device's MLS state lives in `state.db` and, while a command runs, in that process's
//! memory: two processes that each advanced the same group's ratchets and wrote them back would
//! corrupt it (the second write loses the first's keys, and later messages stop decrypting).
//! So every command that opens the state first takes an exclusive `flock` on `lock` in the
//! device's home and keeps it until it exits.
//!
//! Long-running commands (`conclave tui`, `conclave listen`) hand the state over instead of
//! making others wait: they listen on `handover.sock` in the home, and a command that finds the
//! lock taken asks there. The holder closes its connection, drops its in-memory state, releases
//! the lock and waits; the asking command takes the lock, reads `state.db` fresh, does its work
//! and exits; the holder then takes the lock again and reloads everything from `state.db`.
//! Waiting holders never ask, so two of them cannot take the state from each other in a loop.

use std::{
    fs::{File, OpenOptions},
    io::{Read as _, Seek as _, Write as _},
    path::{Path, PathBuf},
    sync::Mutex,
    time::{Duration, Instant},
};

use anyhow::{Context, bail};

use crate::i18n::tr;

/// How long a command waits for the holder to hand the state over.
pub const HANDOVER_WAIT: Duration = Duration::from_secs(20);
const LOCK_FILE: &str = "lock";
const SOCKET: &str = "handover.sock";

/// The held lock (released when dropped, and by the kernel when the process exits).
#[derive(Debug)]
pub struct DeviceLock {
    _file: File,
}

/// The lock this process holds for the rest of its life (one-shot commands).
static HELD: Mutex<Option<DeviceLock>> = Mutex::new(None);

/// Takes the device's lock for the rest of the process (asking a holder to hand over).
pub fn hold_for_process(dir: &Path) -> anyhow::Result<()> {
    let mut held = HELD.lock().unwrap_or_else(|e| e.into_inner());
    if held.is_none() {
        *held = Some(DeviceLock::acquire(dir)?);
    }
    Ok(())
}

/// Gives the process-wide lock back (a holder handing over).
pub fn release_process_lock() {
    HELD.lock().unwrap_or_else(|e| e.into_inner()).take();
}

/// Makes `lock` (taken again after a handover) the process-wide one.
pub fn set_process_lock(lock: DeviceLock) {
    *HELD.lock().unwrap_or_else(|e| e.into_inner()) = Some(lock);
}

/// A holder's half of a handover, for async callers: gives the lock back, waits until the
/// asking command is done (polling every 300 ms, on a blocking thread), and takes it again.
pub async fn hand_over(dir: &Path) -> anyhow::Result<()> {
    release_process_lock();
    let dir = dir.to_owned();
    let lock = tokio::task::spawn_blocking(move || {
        DeviceLock::reacquire(&dir, Duration::from_millis(300), || false)
    })
    .await
    .with_context(|| tr!("cli-lock-waiter-stopped"))??
    .with_context(|| tr!("cli-lock-wait-cancelled"))?;
    set_process_lock(lock);
    Ok(())
}

fn try_lock(file: &File) -> std::io::Result<bool> {
    // flock(2) on Unix, LockFileEx on Windows; per open file description.
    match file.try_lock() {
        Ok(()) => Ok(true),
        Err(std::fs::TryLockError::WouldBlock) => Ok(false),
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

impl DeviceLock {
    fn open(dir: &Path) -> anyhow::Result<File> {
        let path = dir.join(LOCK_FILE);
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .with_context(|| tr!("cli-cannot-open", path = path.display().to_string()))
    }

    fn locked(mut file: File) -> DeviceLock {
        // The holder's pid, for the message another command shows while it waits.
        let _ = file.set_len(0);
        let _ = file.rewind();
        let _ = write!(file, "{}", std::process::id());
        DeviceLock { _file: file }
    }

    /// Takes the lock; when another process holds it, asks it to hand over and waits up to
    /// [`HANDOVER_WAIT`].
    pub fn acquire(dir: &Path) -> anyhow::Result<DeviceLock> {
        let file = Self::open(dir)?;
        if try_lock(&file)? {
            return Ok(Self::locked(file));
        }
        let asked = ask_to_hand_over(dir);
        let deadline = Instant::now() + HANDOVER_WAIT;
        let mut told = false;
        loop {
            std::thread::sleep(Duration::from_millis(25));
            if try_lock(&file)? {
                return Ok(Self::locked(file));
            }
            if !told && !asked {
                eprintln!(
                    "{}",
                    tr!(
                        "cli-lock-waiting",
                        pid = holder_pid(dir).unwrap_or_else(|| "?".into())
                    )
                );
                told = true;
            }
            if Instant::now() >= deadline {
                bail!(tr!(
                    "cli-lock-busy",
                    pid = holder_pid(dir).unwrap_or_else(|| "?".into()),
                    dir = dir.display().to_string(),
                    seconds = HANDOVER_WAIT.as_secs()
                ));
            }
        }
    }

    /// Takes the lock again after a handover: waits (without asking anyone) until it is free,
    /// polling every `every`; `cancel` ends the wait early (returns `None`).
    pub fn reacquire(
        dir: &Path,
        every: Duration,
        mut cancel: impl FnMut() -> bool,
    ) -> anyhow::Result<Option<DeviceLock>> {
        let file = Self::open(dir)?;
        loop {
            // Give the asking command time to take the lock first.
            std::thread::sleep(every);
            if try_lock(&file)? {
                return Ok(Some(Self::locked(file)));
            }
            if cancel() {
                return Ok(None);
            }
        }
    }
}

fn holder_pid(dir: &Path) -> Option<String> {
    let mut s = String::new();
    File::open(dir.join(LOCK_FILE))
        .ok()?
        .read_to_string(&mut s)
        .ok()?;
    let s = s.trim();
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.to_owned())
}

/// Asks the holder (if it listens for handovers) to let go; whether someone was asked.
fn ask_to_hand_over(dir: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::net::UnixStream;
        let Ok(mut s) = UnixStream::connect(dir.join(SOCKET)) else {
            return false;
        };
        let _ = s.set_write_timeout(Some(Duration::from_secs(1)));
        s.write_all(b"hand over\n").is_ok()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        false
    }
}

/// A long-running holder's ear for handover requests.
pub struct Handover {
    #[cfg(unix)]
    listener: tokio::net::UnixListener,
    path: PathBuf,
}

impl Handover {
    /// Listens on the home's `handover.sock` (the caller holds the lock, so any file there is
    /// a leftover of a process that is gone).
    pub fn listen(dir: &Path) -> anyhow::Result<Handover> {
        let path = dir.join(SOCKET);
        let _ = std::fs::remove_file(&path);
        #[cfg(unix)]
        {
            let listener = tokio::net::UnixListener::bind(&path)
                .with_context(|| tr!("cli-cannot-listen", address = path.display().to_string()))?;
            Ok(Handover { listener, path })
        }
        #[cfg(not(unix))]
        {
            Ok(Handover { path })
        }
    }

    /// Resolves when another command asks for the state.
    pub async fn requested(&self) {
        #[cfg(unix)]
        loop {
            if let Ok((mut s, _)) = self.listener.accept().await {
                use tokio::io::AsyncReadExt as _;
                let mut buf = [0u8; 16];
                let read = tokio::time::timeout(Duration::from_secs(1), s.read(&mut buf)).await;
                if matches!(read, Ok(Ok(n)) if buf[..n].starts_with(b"hand over")) {
                    return;
                }
            }
        }
        #[cfg(not(unix))]
        std::future::pending::<()>().await
    }
}

impl Drop for Handover {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_and_names_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let first = DeviceLock::acquire(dir.path()).unwrap();
        assert_eq!(holder_pid(dir.path()), Some(std::process::id().to_string()));
        let file = DeviceLock::open(dir.path()).unwrap();
        assert!(
            !try_lock(&file).unwrap(),
            "flock is per open file description"
        );
        drop(first);
        assert!(try_lock(&file).unwrap());
    }
}
