//! `conclave-bench files`: one large attachment up and down through the real server on
//! loopback, with the client's encryption (STREAM) and checks included, and the server's and
//! the client's memory sampled throughout (flat: independent of the file's size).
//!
//! The anchor is the goal (≥ 200 MB/s each way including encryption); beside it, what
//! the cipher alone does on this machine (in memory, no I/O) bounds what a transfer can reach.

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use anyhow::Context as _;
use conclave_client::{
    Auth, Connection,
    blobs::{self, Grant, Wanted},
};
use conclave_client_core::{
    DeviceKey,
    attachment::{FileKey, stream},
};
use conclave_proto::{Request, Response};
use rand::{RngCore as _, SeedableRng as _};
use serde::Serialize;
use tokio::io::AsyncWriteExt as _;

use crate::{stats, target::Spawned};

#[derive(Debug, Serialize)]
pub struct FilesReport {
    pub file_bytes: u64,
    /// The cipher alone, in memory (encrypt, then decrypt and check), MB/s of plaintext.
    pub encrypt_mb_s: f64,
    pub decrypt_mb_s: f64,
    /// Encrypt + upload (resumable PATCH parts) + finish (SHA-256 checked), MB/s of plaintext.
    pub upload_mb_s: f64,
    /// Download + SHA-256 + decrypt + write, MB/s of plaintext.
    pub download_mb_s: f64,
    pub server_rss_before_mib: f64,
    pub server_rss_peak_mib: f64,
    pub client_rss_before_mib: f64,
    pub client_rss_peak_mib: f64,
    pub identical: bool,
}

const MIB: f64 = 1024.0 * 1024.0;

fn mb_s(bytes: u64, took: Duration) -> f64 {
    bytes as f64 / 1e6 / took.as_secs_f64()
}

/// The cipher's speed over `bytes` in memory, 1 MiB at a time.
fn cipher_speed(bytes: u64) -> anyhow::Result<(f64, f64)> {
    let e = |e: stream::StreamError| anyhow::anyhow!("{e}");
    let key = FileKey([7; 32]);
    let piece = vec![0x5a; 1 << 20];
    let mut sealed = Vec::with_capacity(piece.len() + 1024);
    let mut plain = Vec::with_capacity(piece.len() + 1024);
    let mut enc = stream::Encryptor::new(&key);
    let mut dec = stream::Decryptor::new(&key);
    let (mut enc_time, mut dec_time) = (Duration::ZERO, Duration::ZERO);
    let mut left = bytes;
    while left > 0 {
        let n = left.min(piece.len() as u64) as usize;
        sealed.clear();
        let t = Instant::now();
        enc.push(&piece[..n], &mut sealed).map_err(e)?;
        enc_time += t.elapsed();
        plain.clear();
        let t = Instant::now();
        dec.push(&sealed, &mut plain).map_err(e)?;
        dec_time += t.elapsed();
        left -= n as u64;
    }
    sealed.clear();
    let t = Instant::now();
    enc.finish(&mut sealed).map_err(e)?;
    enc_time += t.elapsed();
    plain.clear();
    let t = Instant::now();
    dec.push(&sealed, &mut plain).map_err(e)?;
    dec.finish(&mut plain).map_err(e)?;
    dec_time += t.elapsed();
    Ok((mb_s(bytes, enc_time), mb_s(bytes, dec_time)))
}

async fn grant(conn: &Connection) -> anyhow::Result<Grant> {
    match conn.request(Request::BlobGrant).await? {
        Response::BlobGrant {
            grant,
            expires_at,
            blob_bytes_max,
            ttl_secs,
        } => Ok(Grant {
            token: grant,
            expires_at,
            blob_bytes_max,
            ttl_secs,
        }),
        other => anyhow::bail!("unexpected answer to BlobGrant: {other:?}"),
    }
}

/// Samples the RSS of `pid` every 50 ms until stopped; the peak.
fn peak_sampler(pid: u32, stop: Arc<AtomicBool>) -> tokio::task::JoinHandle<u64> {
    tokio::spawn(async move {
        let mut peak = 0u64;
        while !stop.load(Ordering::Relaxed) {
            if let Some(s) = stats::sample(pid) {
                peak = peak.max(s.rss_bytes);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        peak
    })
}

pub async fn run(file_bytes: u64) -> anyhow::Result<FilesReport> {
    let (encrypt_mb_s, decrypt_mb_s) = cipher_speed(file_bytes.min(512 << 20))?;
    let server =
        Spawned::server_with("[blobs]\nfile_max = \"16GiB\"\naccount_quota = \"64GiB\"\n")?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let link = server.admin_link.clone().context("no admin invite")?;
    let key = DeviceKey::generate(&mut rand::rngs::OsRng);
    let conn = Connection::open(
        &server.endpoint,
        Auth::Register {
            invite: link.code.clone(),
            username: "filebench",
            device_name: "bench",
            key: &key,
        },
    )
    .await
    .context("registering")?;

    let dir = tempfile::tempdir()?;
    let source = dir.path().join("big.bin");
    {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        let mut file = tokio::fs::File::create(&source).await?;
        let mut piece = vec![0u8; 1 << 20];
        let mut left = file_bytes;
        while left > 0 {
            let n = left.min(piece.len() as u64) as usize;
            rng.fill_bytes(&mut piece[..n]);
            file.write_all(&piece[..n]).await?;
            left -= n as u64;
        }
        file.flush().await?;
    }

    let me = std::process::id();
    let server_before = server.sample().rss_bytes;
    let client_before = stats::sample(me).map_or(0, |s| s.rss_bytes);
    let stop = Arc::new(AtomicBool::new(false));
    let server_peak = peak_sampler(server.pid(), stop.clone());
    let client_peak = peak_sampler(me, stop.clone());

    let done = AtomicU64::new(0);
    let progress = |d: u64, _t: u64| done.store(d, Ordering::Relaxed);
    let started = Instant::now();
    let uploaded = {
        let conn = &conn;
        let mut grants = async || grant(conn).await;
        blobs::upload(&server.endpoint, &mut grants, &source, None, &progress)
            .await
            .map_err(|e| anyhow::anyhow!("upload: {e}"))?
    };
    let upload_took = started.elapsed();

    let out = dir.path().join("back.bin");
    let g = grant(&conn).await?;
    let started = Instant::now();
    blobs::download(
        &server.endpoint,
        &g,
        &Wanted {
            blob: &uploaded.blob,
            capability: &uploaded.capability,
            key: &uploaded.key,
            ciphertext_sha256: &uploaded.ciphertext_sha256,
            size: uploaded.size,
        },
        &out,
        false,
        &progress,
    )
    .await
    .map_err(|e| anyhow::anyhow!("download: {e}"))?;
    let download_took = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    let server_peak = server_peak.await?;
    let client_peak = client_peak.await?;

    let identical = same_file(&source, &out)?;
    Ok(FilesReport {
        file_bytes,
        encrypt_mb_s,
        decrypt_mb_s,
        upload_mb_s: mb_s(file_bytes, upload_took),
        download_mb_s: mb_s(file_bytes, download_took),
        server_rss_before_mib: server_before as f64 / MIB,
        server_rss_peak_mib: server_peak as f64 / MIB,
        client_rss_before_mib: client_before as f64 / MIB,
        client_rss_peak_mib: client_peak as f64 / MIB,
        identical,
    })
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> anyhow::Result<bool> {
    use std::io::Read as _;
    let (mut fa, mut fb) = (std::fs::File::open(a)?, std::fs::File::open(b)?);
    let (mut ba, mut bb) = (vec![0u8; 1 << 20], vec![0u8; 1 << 20]);
    loop {
        let na = read_full(&mut fa, &mut ba)?;
        let nb = read_full(&mut fb, &mut bb)?;
        if na != nb || ba[..na] != bb[..nb] {
            return Ok(false);
        }
        if na == 0 {
            return Ok(true);
        }
    }
    fn read_full(f: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut n = 0;
        while n < buf.len() {
            match f.read(&mut buf[n..])? {
                0 => break,
                k => n += k,
            }
        }
        Ok(n)
    }
}

pub fn print(r: &FilesReport) {
    println!(
        "one file of {:.0} MiB on loopback, encryption included (goal: >= 200 MB/s each way)",
        r.file_bytes as f64 / MIB
    );
    println!(
        "  cipher alone (in memory): encrypt {:.0} MB/s, decrypt {:.0} MB/s",
        r.encrypt_mb_s, r.decrypt_mb_s
    );
    println!("  upload   {:.0} MB/s", r.upload_mb_s);
    println!("  download {:.0} MB/s", r.download_mb_s);
    println!(
        "  server RSS {:.1} MiB before, {:.1} MiB peak; client RSS {:.1} MiB before, {:.1} MiB peak",
        r.server_rss_before_mib,
        r.server_rss_peak_mib,
        r.client_rss_before_mib,
        r.client_rss_peak_mib
    );
    println!("  downloaded file identical: {}", r.identical);
}
