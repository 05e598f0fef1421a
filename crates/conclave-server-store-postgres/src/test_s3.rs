//! Throw-away buckets for tests: a fresh bucket per call on the S3-compatible service named by
//! `CONCLAVE_TEST_S3_URL` (`http://127.0.0.1:PORT`; `scripts/test` starts moto's server and
//! sets it). The service must accept any credentials, as moto's does.

use std::sync::atomic::{AtomicU64, Ordering};

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use crate::objects::S3Options;

/// The test service's URL, or a panic that says how to get one.
pub fn url() -> String {
    std::env::var("CONCLAVE_TEST_S3_URL").unwrap_or_else(|_| {
        panic!(
            "CONCLAVE_TEST_S3_URL is not set: run the tests through scripts/test, which starts \
             moto's S3 server, or start one (moto_server -p 5000) and set \
             CONCLAVE_TEST_S3_URL=http://127.0.0.1:5000"
        )
    })
}

/// A new, empty bucket on the test service, and the options that reach it.
pub async fn bucket() -> S3Options {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let url = url();
    let bucket = format!(
        "conclave-test-{}-{}-{:08x}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        rand::random::<u32>()
    );
    let host = url
        .strip_prefix("http://")
        .expect("CONCLAVE_TEST_S3_URL is http://host:port")
        .trim_end_matches('/');
    // CreateBucket, unsigned: moto accepts it (object_store has no bucket API).
    let mut c = tokio::net::TcpStream::connect(host)
        .await
        .unwrap_or_else(|e| panic!("the test S3 service at {url}: {e}"));
    c.write_all(
        format!("PUT /{bucket} HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    )
    .await
    .expect("send CreateBucket");
    let mut answer = Vec::new();
    c.read_to_end(&mut answer)
        .await
        .expect("CreateBucket answer");
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "CreateBucket {bucket}: {answer}"
    );
    S3Options {
        bucket,
        endpoint: Some(url),
        region: Some("us-east-1".into()),
        access_key_id: Some("conclave-test".into()),
        secret_access_key: Some("conclave-test-secret".into()),
        prefix: None,
        allow_http: true,
        ca_root_pem: None,
        path_style: true,
    }
}
