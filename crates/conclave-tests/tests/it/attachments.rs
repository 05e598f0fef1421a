//! Attachments end to end: a file encrypted on the sender's device, its ciphertext through
//! the server's blob store over HTTPS, its key inside the MLS message; downloaded, checked and
//! decrypted by a member. The server's data holds no plaintext of the file or its name;
//! strangers, wrong capabilities, over-size and over-quota uploads are refused with clear
//! errors; a cut upload resumes where the server's offset says.

use std::{
    path::Path,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
};

use conclave_client::{
    Endpoint,
    blobs::{self, BlobError, Wanted},
};
use conclave_client_core::{
    attachment::{AttachmentRef, media_type_for},
    messages::ItemKind,
};
use conclave_proto::GroupId;
use conclave_server_core::blob::BlobLimits;
use conclave_tests::{
    TestServer, chaos::CutProxy, cli_err, cli_ok, contains, files, harness::Device,
    harness::Harness, https_request, invite, json_lines,
};
use rand::RngCore as _;
use sha2::Digest as _;

const MIB: usize = 1024 * 1024;

/// Random bytes with `marker` at the start, the middle and the end.
fn file_with_marker(path: &Path, len: usize, marker: &str) -> Vec<u8> {
    let mut bytes = vec![0u8; len];
    rand::thread_rng().fill_bytes(&mut bytes);
    let m = marker.as_bytes();
    for at in [0, len / 2, len - m.len()] {
        bytes[at..at + m.len()].copy_from_slice(m);
    }
    std::fs::write(path, &bytes).unwrap();
    bytes
}

#[test]
fn a_file_goes_end_to_end_encrypted_through_the_cli() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob, carol) = (
        dir.path().join("alice"),
        dir.path().join("bob"),
        dir.path().join("carol"),
    );
    server.join_admin(&alice, "alice");
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    cli_ok(&carol, &["join", &invite(&alice), "--name", "carol"]);
    cli_ok(&alice, &["send", "bob", "a file follows"]);

    let marker = format!("FILEMARKER{:032x}", rand::random::<u128>());
    let name = format!("minutes-{marker}.txt");
    let source = dir.path().join(&name);
    // Not a multiple of the 64 KiB chunk, and larger than the progress bar's threshold.
    let sent_bytes = file_with_marker(&source, 5 * MIB + 12_345, &marker);
    let sent: serde_json::Value = serde_json::from_str(&cli_ok(
        &alice,
        &["send-file", "bob", source.to_str().unwrap(), "--json"],
    ))
    .unwrap();
    assert_eq!(sent["kind"], "file", "{sent}");

    // Bob sees a file message with its name, size and type, as text and as JSON.
    let read = json_lines(&cli_ok(&bob, &["read", "alice", "--json"]));
    let file = read
        .iter()
        .find(|v| v["kind"] == "file")
        .unwrap_or_else(|| panic!("no file in {read:?}"));
    assert_eq!(file["file"]["name"], name.as_str(), "{file}");
    assert_eq!(file["file"]["size"], sent_bytes.len() as u64);
    assert_eq!(file["file"]["media_type"], "text/plain");
    let seq = file["seq"].as_u64().unwrap().to_string();
    let plain = cli_ok(&bob, &["read", "alice"]);
    assert!(plain.contains(&format!("📎 {name} (5.0 MiB)")), "{plain}");

    // The server holds the ciphertext only: no marker (content or name) in its data
    // directory or its logs, and a blob of exactly the ciphertext's size.
    let ciphertext_len =
        conclave_client_core::attachment::stream::ciphertext_size(sent_bytes.len() as u64);
    let blob_files = |server: &TestServer| -> Vec<std::path::PathBuf> {
        files(&server.data)
            .into_iter()
            .filter(|f| f.extension().is_some_and(|e| e == "data"))
            .collect()
    };
    for f in files(&server.data) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !contains(&bytes, marker.as_bytes()),
            "plaintext of the file or its name in {}",
            f.display()
        );
    }
    let stored = blob_files(&server);
    assert_eq!(stored.len(), 1, "one stored blob");
    assert_eq!(std::fs::metadata(&stored[0]).unwrap().len(), ciphertext_len);
    assert!(!server.logs().contains(&marker), "plaintext in the logs");

    // The sending device can fetch it back (it is no recipient: that does not count); a
    // second download never overwrites the first.
    let mine = dir.path().join("mine");
    std::fs::create_dir(&mine).unwrap();
    for _ in 0..2 {
        cli_ok(
            &alice,
            &["download", "bob", &seq, "--output", mine.to_str().unwrap()],
        );
    }
    assert!(std::fs::read(mine.join(&name)).unwrap() == sent_bytes);
    let again = mine.join(format!("minutes-{marker} (1).txt"));
    assert!(std::fs::read(&again).unwrap() == sent_bytes, "saved beside");
    assert_eq!(blob_files(&server).len(), 1, "still stored for bob");

    // Carol is not in the conversation: she cannot even name the message.
    let refused = cli_err(&carol, &["download", "alice", &seq]);
    assert!(refused.contains("no conversation with alice"), "{refused}");
    let text_seq = read.iter().find(|v| v["kind"] == "text").unwrap()["seq"].to_string();
    let refused = cli_err(&bob, &["download", "alice", &text_seq]);
    assert!(refused.contains("is not a file"), "{refused}");

    // Bob, the one recipient device, downloads it (by the message's id alone): checked,
    // decrypted, the same bytes; then the server removes it.
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    let id = file["id"].as_str().unwrap()[..12].to_owned();
    let got: serde_json::Value = serde_json::from_str(&cli_ok(
        &bob,
        &[
            "download",
            &id,
            "--output",
            inbox.to_str().unwrap(),
            "--json",
        ],
    ))
    .unwrap();
    assert_eq!(got["path"], inbox.join(&name).to_str().unwrap());
    assert!(std::fs::read(inbox.join(&name)).unwrap() == sent_bytes);
    assert_eq!(
        blob_files(&server),
        Vec::<std::path::PathBuf>::new(),
        "removed once every recipient device fetched it"
    );
    let gone = cli_err(&bob, &["download", "alice", &seq]);
    assert!(gone.contains("no longer has this file"), "{gone}");

    for home in [&alice, &bob] {
        for f in files(home) {
            assert!(
                !contains(&std::fs::read(&f).unwrap(), marker.as_bytes()),
                "plaintext at rest in {}",
                f.display()
            );
        }
    }
}

#[test]
fn send_file_refuses_a_file_over_the_servers_limit_with_a_clear_error() {
    let server = TestServer::start_with_config("[blobs]\nfile_max = \"1MiB\"\n");
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    server.join_admin(&alice, "alice");
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    let big = dir.path().join("big.bin");
    file_with_marker(&big, MIB + 1, "x");
    let refused = cli_err(&alice, &["send-file", "bob", big.to_str().unwrap()]);
    assert!(
        refused.contains("too large") && refused.contains("at most"),
        "{refused}"
    );
    let exact = dir.path().join("exact.bin");
    file_with_marker(&exact, MIB, "x");
    cli_ok(&alice, &["send-file", "bob", exact.to_str().unwrap()]);
}

// ------------------------------------------------------------------- the blob store's routes

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

async fn upload(
    endpoint: &Endpoint,
    device: &Device,
    path: &Path,
) -> Result<blobs::Uploaded, BlobError> {
    let m = device.m();
    let mut grants = async || m.blob_grant().await;
    blobs::upload(endpoint, &mut grants, path, None, &|_, _| {}).await
}

fn reference(u: &blobs::Uploaded, name: &str) -> AttachmentRef {
    AttachmentRef {
        blob: u.blob,
        capability: u.capability,
        key: conclave_client_core::attachment::FileKey(u.key.0),
        ciphertext_sha256: u.ciphertext_sha256,
        size: u.size,
        media_type: media_type_for(name).into(),
        name: name.into(),
        thumbnail: None,
    }
}

/// The attachment of the last file message in `group` on `device`.
fn received(device: &Device, group: &GroupId) -> AttachmentRef {
    let view = device.m().view(group);
    view.items()
        .iter()
        .rev()
        .find_map(|i| match &i.kind {
            ItemKind::Message(v) => v.attachment.as_deref().cloned(),
            _ => None,
        })
        .expect("a file message")
}

async fn download(
    endpoint: &Endpoint,
    device: &Device,
    a: &AttachmentRef,
    capability: &[u8; 32],
    out: &Path,
) -> Result<(), BlobError> {
    let grant = device.m().blob_grant().await.unwrap();
    let wanted = Wanted {
        blob: &a.blob,
        capability,
        key: &a.key,
        ciphertext_sha256: &a.ciphertext_sha256,
        size: a.size,
    };
    blobs::download(endpoint, &grant, &wanted, out, true, &|_, _| {}).await
}

#[tokio::test]
async fn only_a_member_with_the_capability_gets_the_blob_and_limits_refuse_clearly() {
    let mut h = Harness::start(7).await;
    h.blob_limits = Some(BlobLimits {
        blob_bytes_max: 3 * MIB as u64,
        account_bytes_max: 5 * MIB as u64,
        ..BlobLimits::default()
    });
    h.restart_server().await;
    let endpoint = h.endpoint();
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let carol = h.join("carol").await;
    let group = alice.m_mut().direct(&bob.username).await.unwrap();
    let dir = tempfile::tempdir().unwrap();

    let path = dir.path().join("photo.jpg");
    let bytes = file_with_marker(&path, 2 * MIB + 3, "JPEG");
    let uploaded = upload(&endpoint, &alice, &path).await.unwrap();
    alice
        .m_mut()
        .send_attachment(&group, &reference(&uploaded, "photo.jpg"))
        .await
        .unwrap();
    bob.sync().await;
    let a = received(&bob, &group);
    assert_eq!(
        (a.name.as_str(), a.media_type.as_str()),
        ("photo.jpg", "image/jpeg")
    );
    let out = dir.path().join("bob.jpg");
    download(&endpoint, &bob, &a, &a.capability, &out)
        .await
        .unwrap();
    assert!(std::fs::read(&out).unwrap() == bytes);

    // Carol, signed in but not in the conversation, has no capability: a guessed one gets
    // the same "not found" as a blob that does not exist.
    let mut guess = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut guess);
    let stolen = dir.path().join("carol.jpg");
    let e = download(&endpoint, &carol, &a, &guess, &stolen)
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("not_found"), "{e}");
    assert!(!stolen.exists() && !dir.path().join("carol.jpg.partial").exists());
    let mut unknown = a.clone();
    unknown.blob[0] ^= 1;
    let e = download(&endpoint, &carol, &unknown, &a.capability, &stolen)
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("not_found"), "{e}");

    // Without a grant, or with a forged one, nothing at all.
    let blob_path = format!("/v1/blobs/{}", hex(&a.blob));
    let capability = format!("Conclave-Capability: {}\r\n", hex(&a.capability));
    let (status, body) = https_request(&endpoint, "GET", &blob_path, &capability, b"").await;
    assert_eq!(status, 401, "{body}");
    assert!(body.contains("grant"), "{body}");
    let mut forged = bob.m().blob_grant().await.unwrap().token;
    let last = forged.len() - 1;
    forged[last] ^= 1;
    let headers = format!(
        "{capability}Authorization: Conclave-Grant {}\r\n",
        hex(&forged)
    );
    let (status, body) = https_request(&endpoint, "GET", &blob_path, &headers, b"").await;
    assert_eq!(status, 401, "{body}");

    // A file over the server's limit is refused before anything is sent (the client checks
    // the grant's limit), and the server refuses a declared size over it too.
    let big = dir.path().join("big.bin");
    file_with_marker(&big, 3 * MIB, "BIG");
    let e = upload(&endpoint, &alice, &big).await.unwrap_err();
    assert!(matches!(e, BlobError::TooLarge { .. }), "{e}");
    let grant = alice.m().blob_grant().await.unwrap();
    let auth = format!("Authorization: Conclave-Grant {}\r\n", hex(&grant.token));
    let body = format!(
        "{{\"size\":{},\"capability_hash\":\"{}\"}}",
        4 * MIB,
        hex(&[0; 32])
    );
    let (status, answer) =
        https_request(&endpoint, "POST", "/v1/blobs", &auth, body.as_bytes()).await;
    assert_eq!(status, 413, "{answer}");
    assert!(answer.contains("too_large"), "{answer}");

    // The account's quota: 2 MiB stored, 2.5 MiB more is fine, 1 MiB more is not.
    let second = dir.path().join("second.bin");
    file_with_marker(&second, 5 * MIB / 2, "2ND");
    upload(&endpoint, &alice, &second).await.unwrap();
    let third = dir.path().join("third.bin");
    file_with_marker(&third, MIB, "3RD");
    let e = upload(&endpoint, &alice, &third).await.unwrap_err();
    assert_eq!(e.code(), Some("over_quota"), "{e}");
    assert!(e.to_string().contains("quota"), "{e}");
    // Quotas are per account: bob still can.
    upload(&endpoint, &bob, &third).await.unwrap();
}

#[tokio::test]
async fn a_cut_upload_resumes_from_the_servers_offset() {
    let mut h = Harness::start(8).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let group = alice.m_mut().direct(&bob.username).await.unwrap();
    let proxy = Arc::new(CutProxy::start(h.addr).await);
    let through_proxy = Endpoint {
        port: proxy.port,
        ..h.endpoint()
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("video.webm");
    let bytes = file_with_marker(&path, 24 * MIB, "VIDEO");

    // Cut every connection once 8 MiB went out; then note where the upload resumed.
    let cut = Arc::new(AtomicBool::new(false));
    let resumed_at = Arc::new(AtomicU64::new(u64::MAX));
    let last = Arc::new(AtomicU64::new(0));
    let progress = {
        let (cut, resumed_at, last, proxy) =
            (cut.clone(), resumed_at.clone(), last.clone(), proxy.clone());
        move |done: u64, _total: u64| {
            let before = last.swap(done, Ordering::SeqCst);
            if cut.load(Ordering::SeqCst) {
                if done < before {
                    resumed_at.fetch_min(done, Ordering::SeqCst);
                }
            } else if done >= 8 * MIB as u64 {
                cut.store(true, Ordering::SeqCst);
                proxy.cut_all();
            }
        }
    };
    let uploaded = {
        let m = alice.m();
        let mut grants = async || m.blob_grant().await;
        blobs::upload(&through_proxy, &mut grants, &path, None, &progress)
            .await
            .unwrap()
    };
    assert!(cut.load(Ordering::SeqCst), "the upload was cut");
    let resumed = resumed_at.load(Ordering::SeqCst);
    assert!(
        resumed > 0 && resumed != u64::MAX,
        "resumed from the server's offset, not from the start: {resumed}"
    );

    alice
        .m_mut()
        .send_attachment(&group, &reference(&uploaded, "video.webm"))
        .await
        .unwrap();
    bob.sync().await;
    let a = received(&bob, &group);
    let out = dir.path().join("got.webm");
    download(&h.endpoint(), &bob, &a, &a.capability, &out)
        .await
        .unwrap();
    let got = std::fs::read(&out).unwrap();
    assert_eq!(
        sha2::Sha256::digest(&got),
        sha2::Sha256::digest(&bytes),
        "the resumed upload is the file"
    );
}

/// A cluster keeps blobs in PostgreSQL: a file uploaded through one node downloads through
/// another, and the database holds only ciphertext.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_cluster_a_file_uploaded_at_one_node_downloads_at_another() {
    a_file_across_two_nodes(None).await;
}

/// The same with the bytes in an S3-compatible bucket (moto's server): the rows only name
/// objects, and the objects hold only ciphertext.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_cluster_with_a_bucket_a_file_uploaded_at_one_node_downloads_at_another() {
    a_file_across_two_nodes(Some(
        conclave_server_store_postgres::test_s3::bucket().await,
    ))
    .await;
}

async fn a_file_across_two_nodes(s3: Option<conclave_server_store_postgres::objects::S3Options>) {
    use object_store::ObjectStore as _;
    use rand::SeedableRng as _;
    let cluster = match &s3 {
        None => conclave_tests::cluster::Cluster::start(2).await,
        Some(o) => {
            let db = conclave_server_store_postgres::test_db::TestDatabase::create()
                .await
                .expect("test database");
            let section = format!(
                "[blobs.s3]\nbucket = \"{}\"\nendpoint = \"{}\"\nallow_http = true\n\
                 access_key_id = \"{}\"\nsecret_access_key = \"{}\"\nprefix = \"cluster-a\"\n",
                o.bucket,
                o.endpoint.as_deref().unwrap(),
                o.access_key_id.as_deref().unwrap(),
                o.secret_access_key.as_deref().unwrap(),
            );
            conclave_tests::cluster::Cluster::start_configured(
                2,
                db,
                &conclave_tests::cluster::shared_nats_url(),
                |_| section,
            )
        }
    };
    let mut rng = rand::rngs::StdRng::seed_from_u64(61);
    let home = tempfile::tempdir().unwrap();
    let mut alice = Device::register_on(
        &cluster.endpoints_from(0),
        cluster.invite_link().code,
        "alice",
        home.path().join("alice"),
        &mut rng,
    )
    .await;
    let mut bob = Device::register_on(
        &cluster.endpoints_from(1),
        cluster.invite_link().code,
        "bob",
        home.path().join("bob"),
        &mut rng,
    )
    .await;
    let group = alice.m_mut().direct(&bob.username).await.unwrap();
    let marker = format!("PGBLOB{:032x}", rand::random::<u128>());
    let path = home.path().join("report.pdf");
    // Over one 1 MiB chunk row, not a multiple of it.
    let bytes = file_with_marker(&path, 3 * MIB + 777, &marker);
    let at_first = cluster.endpoints_from(0)[0].clone();
    let uploaded = upload(&at_first, &alice, &path).await.unwrap();
    alice
        .m_mut()
        .send_attachment(&group, &reference(&uploaded, "report.pdf"))
        .await
        .unwrap();
    bob.sync().await;
    let a = received(&bob, &group);
    let at_second = cluster.endpoints_from(1)[0].clone();
    assert_ne!(at_first.port, at_second.port);
    let out = home.path().join("got.pdf");
    download(&at_second, &bob, &a, &a.capability, &out)
        .await
        .unwrap();
    assert!(std::fs::read(&out).unwrap() == bytes);
    let Some(o) = s3 else {
        // The database: the chunks are there, as ciphertext.
        let rows = cluster
            .psql("SELECT count(*) FROM blob_chunks")
            .trim()
            .parse::<u64>()
            .unwrap();
        assert!(rows >= 4, "{rows} chunk rows");
        let found = cluster.psql(&format!(
            "SELECT count(*) FROM blob_chunks WHERE position('\\x{}'::bytea in data) > 0",
            hex(marker.as_bytes())
        ));
        assert_eq!(found.trim(), "0", "plaintext in the database");
        return;
    };
    // The database names objects and holds no bytes; the bucket holds the ciphertext, whole.
    let rows = cluster.psql(
        "SELECT count(*) FILTER (WHERE data IS NULL AND object LIKE 'cluster-a/%'), count(*) \
         FROM blob_chunks",
    );
    let (named, all) = rows.trim().split_once('|').unwrap();
    assert!(named == all && all != "0", "chunk rows: {rows}");
    let bucket = conclave_server_store_postgres::objects::s3(&o).unwrap();
    let mut list = bucket.list(Some(&"cluster-a".into()));
    let (mut objects, mut stored) = (0, 0usize);
    while let Some(meta) = futures_util::StreamExt::next(&mut list).await {
        let meta = meta.unwrap();
        let got = bucket
            .get_opts(&meta.location, Default::default())
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        assert!(
            !contains(&got, marker.as_bytes()),
            "plaintext in the bucket: {}",
            meta.location
        );
        objects += 1;
        stored += got.len();
    }
    assert_eq!(objects.to_string(), all, "one object per chunk row");
    assert_eq!(stored as u64, a.ciphertext_size(), "the ciphertext, whole");
}
