//! Web Push (RFC 8030/8291/8292) against a push service the test runs on loopback: it checks
//! each push's VAPID JWT against the server's public key (from `GET /v1/push/key`), decrypts
//! the `aes128gcm` body with the subscription's private key, and records what it got. The
//! server pushes once per coalescing window to a device without a session, never while the
//! device has one, never anything of the message; a 410 drops the subscription. A call's
//! invitation (`Request::GroupRing`) is pushed at once, window or not, as "a call" only, with
//! a TTL no longer than a ring.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant, SystemTime},
};

use aes_gcm::{Aes128Gcm, KeyInit, aead::Aead};
use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD as B64};
use conclave_client::{ClientError, Connection};
use conclave_proto::{ErrorCode, PushSubscription, Request, Response};
use conclave_tests::{TestDevice, TestServer, contains, https_get, open_db};
use p256::{
    PublicKey, SecretKey,
    ecdsa::{Signature, VerifyingKey, signature::Verifier},
    elliptic_curve::sec1::ToEncodedPoint,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// One push the service accepted (signature checked, body decrypted).
#[derive(Debug, Clone)]
struct Received {
    at: Instant,
    path: String,
    ttl: String,
    body: Vec<u8>,
    plaintext: Vec<u8>,
}

/// A subscriber's keys: what the browser would keep.
struct Subscriber {
    path: String,
    secret: SecretKey,
    auth: [u8; 16],
}

/// An RFC 8030 push service on loopback.
#[derive(Clone)]
struct PushService {
    port: u16,
    server_key: Vec<u8>,
    subscribers: Arc<Mutex<HashMap<String, Arc<Subscriber>>>>,
    /// The status answered per path (default 201).
    statuses: Arc<Mutex<HashMap<String, u16>>>,
    received: Arc<Mutex<Vec<Received>>>,
    /// Requests refused (bad JWT, undecryptable body …), with why.
    refused: Arc<Mutex<Vec<String>>>,
}

impl PushService {
    async fn start(server_key: Vec<u8>) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let service = PushService {
            port: listener.local_addr().unwrap().port(),
            server_key,
            subscribers: Default::default(),
            statuses: Default::default(),
            received: Default::default(),
            refused: Default::default(),
        };
        let me = service.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let me = me.clone();
                tokio::spawn(async move { me.serve(stream).await });
            }
        });
        service
    }

    fn subscribe(&self, name: &str) -> PushSubscription {
        let path = format!("/push/{name}");
        let secret = SecretKey::random(&mut rand::rngs::OsRng);
        let mut auth = [0u8; 16];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut auth);
        let p256dh = secret
            .public_key()
            .to_encoded_point(false)
            .as_bytes()
            .to_vec();
        self.subscribers.lock().unwrap().insert(
            path.clone(),
            Arc::new(Subscriber {
                path: path.clone(),
                secret,
                auth,
            }),
        );
        PushSubscription {
            endpoint: format!("http://127.0.0.1:{}{path}", self.port),
            p256dh,
            auth: auth.to_vec(),
        }
    }

    fn received(&self, path: &str) -> Vec<Received> {
        let all = self.received.lock().unwrap();
        all.iter().filter(|r| r.path == path).cloned().collect()
    }

    async fn serve(&self, mut stream: tokio::net::TcpStream) {
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        let (head, body_at) = loop {
            let n = match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            buf.extend_from_slice(&chunk[..n]);
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break (String::from_utf8_lossy(&buf[..i]).into_owned(), i + 4);
            }
            assert!(buf.len() < 64 * 1024, "request head too long");
        };
        let mut lines = head.split("\r\n");
        let request_line = lines.next().unwrap_or("").to_owned();
        let headers: HashMap<String, String> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        let length: usize = headers
            .get("content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        while buf.len() < body_at + length {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let body = buf[body_at..body_at + length].to_vec();
        let path = request_line.split(' ').nth(1).unwrap_or("").to_owned();
        let status = match self.check(&request_line, &path, &headers, body) {
            Ok(received) => {
                self.received.lock().unwrap().push(received);
                self.statuses
                    .lock()
                    .unwrap()
                    .get(&path)
                    .copied()
                    .unwrap_or(201)
            }
            Err(why) => {
                self.refused.lock().unwrap().push(why);
                400
            }
        };
        let response =
            format!("HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        let _ = stream.write_all(response.as_bytes()).await;
        let _ = stream.shutdown().await;
    }

    /// RFC 8030 § 5, RFC 8292 § 2–3, RFC 8291 § 3.
    fn check(
        &self,
        request_line: &str,
        path: &str,
        headers: &HashMap<String, String>,
        body: Vec<u8>,
    ) -> Result<Received, String> {
        if !request_line.starts_with("POST ") {
            return Err(format!("not a POST: {request_line}"));
        }
        let subscriber = self
            .subscribers
            .lock()
            .unwrap()
            .get(path)
            .cloned()
            .ok_or_else(|| format!("no subscription at {path}"))?;
        let ttl = headers.get("ttl").cloned().ok_or("no TTL header")?;
        if headers.get("content-encoding").map(String::as_str) != Some("aes128gcm") {
            return Err("not aes128gcm".into());
        }
        self.check_vapid(headers.get("authorization").ok_or("no Authorization")?)?;
        let plaintext = decrypt(&subscriber, &body)?;
        Ok(Received {
            at: Instant::now(),
            path: subscriber.path.clone(),
            ttl,
            body,
            plaintext,
        })
    }

    fn check_vapid(&self, authorization: &str) -> Result<(), String> {
        let rest = authorization
            .strip_prefix("vapid ")
            .ok_or("not the vapid scheme")?;
        let mut jwt = None;
        let mut k = None;
        for part in rest.split(',') {
            let part = part.trim();
            if let Some(v) = part.strip_prefix("t=") {
                jwt = Some(v);
            } else if let Some(v) = part.strip_prefix("k=") {
                k = Some(v);
            }
        }
        let (jwt, k) = (jwt.ok_or("no t=")?, k.ok_or("no k=")?);
        if B64.decode(k).map_err(|e| e.to_string())? != self.server_key {
            return Err("k= is not the server's public key".into());
        }
        let (signed, sig) = jwt.rsplit_once('.').ok_or("JWT without signature")?;
        let key = VerifyingKey::from_sec1_bytes(&self.server_key).map_err(|e| e.to_string())?;
        let sig = Signature::from_slice(&B64.decode(sig).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
        key.verify(signed.as_bytes(), &sig)
            .map_err(|_| "JWT signature does not verify".to_string())?;
        let (header, claims) = signed.split_once('.').ok_or("JWT without claims")?;
        let header: serde_json::Value =
            serde_json::from_slice(&B64.decode(header).map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?;
        if header["alg"] != "ES256" {
            return Err(format!("JWT alg {}", header["alg"]));
        }
        let claims: serde_json::Value =
            serde_json::from_slice(&B64.decode(claims).map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?;
        if claims["aud"] != format!("http://127.0.0.1:{}", self.port) {
            return Err(format!("JWT aud {}", claims["aud"]));
        }
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let exp = claims["exp"].as_u64().ok_or("JWT without exp")?;
        if exp <= now || exp > now + 24 * 3600 {
            return Err(format!("JWT exp {exp} (now {now})"));
        }
        if !claims["sub"]
            .as_str()
            .is_some_and(|s| s.starts_with("https://") || s.starts_with("mailto:"))
        {
            return Err(format!("JWT sub {}", claims["sub"]));
        }
        Ok(())
    }
}

/// RFC 8291 § 3.4 and RFC 8188 § 2, as a user agent decrypts.
fn decrypt(subscriber: &Subscriber, body: &[u8]) -> Result<Vec<u8>, String> {
    if body.len() < 21 {
        return Err("body shorter than its header".into());
    }
    let salt = &body[..16];
    let key_len = usize::from(body[20]);
    let key_id = body.get(21..21 + key_len).ok_or("truncated key id")?;
    let record = &body[21 + key_len..];
    let as_public = PublicKey::from_sec1_bytes(key_id).map_err(|e| e.to_string())?;
    let ua_public = subscriber.secret.public_key().to_encoded_point(false);
    let shared =
        p256::ecdh::diffie_hellman(subscriber.secret.to_nonzero_scalar(), as_public.as_affine());
    let mut info = b"WebPush: info\0".to_vec();
    info.extend_from_slice(ua_public.as_bytes());
    info.extend_from_slice(key_id);
    let mut ikm = [0u8; 32];
    hkdf::Hkdf::<sha2::Sha256>::new(Some(&subscriber.auth), shared.raw_secret_bytes())
        .expand(&info, &mut ikm)
        .map_err(|e| e.to_string())?;
    let prk = hkdf::Hkdf::<sha2::Sha256>::new(Some(salt), &ikm);
    let mut cek = [0u8; 16];
    let mut nonce = [0u8; 12];
    prk.expand(b"Content-Encoding: aes128gcm\0", &mut cek)
        .map_err(|e| e.to_string())?;
    prk.expand(b"Content-Encoding: nonce\0", &mut nonce)
        .map_err(|e| e.to_string())?;
    let mut plain = Aes128Gcm::new_from_slice(&cek)
        .map_err(|e| e.to_string())?
        .decrypt(&nonce.into(), record)
        .map_err(|_| "the body does not decrypt".to_string())?;
    // The last record: the plaintext, the 0x02 delimiter, then zero padding.
    while plain.last() == Some(&0) {
        plain.pop();
    }
    if plain.pop() != Some(2) {
        return Err("no last-record delimiter".into());
    }
    Ok(plain)
}

async fn server_key(server: &TestServer) -> Vec<u8> {
    let (status, body) = https_get(&server.endpoint, "/v1/push/key").await;
    assert_eq!(status, 200, "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    let key = B64.decode(json["key"].as_str().unwrap()).unwrap();
    assert_eq!(key.len(), 65);
    key
}

async fn subscribe(server: &TestServer, device: &TestDevice, subscription: PushSubscription) {
    let conn = device.connect(&server.endpoint).await.unwrap();
    let answer = conn
        .request(Request::PushSubscribe {
            subscription: Some(subscription),
        })
        .await
        .unwrap();
    assert_eq!(answer, Response::PushSubscribed);
    close(conn).await;
}

/// Closes a session and waits until the server let go of it.
async fn close(conn: Connection) {
    conn.close().await;
    tokio::time::sleep(Duration::from_millis(300)).await;
}

async fn wait_for(service: &PushService, path: &str, n: usize, within: Duration) -> Vec<Received> {
    let deadline = Instant::now() + within;
    loop {
        let got = service.received(path);
        if got.len() >= n || Instant::now() > deadline {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

const MARKER: &[u8] = b"PUSH-PLAINTEXT-MARKER";

fn message(n: u32) -> Vec<u8> {
    let mut m = MARKER.to_vec();
    m.extend_from_slice(format!("-{n}").as_bytes());
    m
}

#[tokio::test]
async fn pushes_are_coalesced_carry_nothing_and_stop_while_connected() {
    let server = TestServer::start_with_config(
        "[push]\ncoalesce = \"3s\"\nttl = \"1h\"\ndanger_allow_http_loopback = true\n",
    );
    let service = PushService::start(server_key(&server).await).await;
    let alice = server.register("alice").await;
    let bob = server.register("bob").await;
    conclave_tests::share_group(&server.endpoint, &[&alice, &bob]).await;
    subscribe(&server, &bob, service.subscribe("bob")).await;
    let path = "/push/bob";
    let sender = alice.connect(&server.endpoint).await.unwrap();

    // A burst within one window: one push at once, one more when the window ends.
    let start = Instant::now();
    for n in 0..3 {
        sender.send(vec![bob.id], message(n)).await.unwrap();
    }
    let got = wait_for(&service, path, 1, Duration::from_secs(2)).await;
    assert_eq!(got.len(), 1, "the first push comes at once");
    assert!(got[0].at - start < Duration::from_secs(2));
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        service.received(path).len(),
        1,
        "nothing more within the window"
    );
    let got = wait_for(&service, path, 2, Duration::from_secs(5)).await;
    assert_eq!(got.len(), 2, "one more at the window's end");
    assert!(
        got[1].at - got[0].at >= Duration::from_millis(2_900),
        "{:?} apart",
        got[1].at - got[0].at
    );
    // A window with nothing new ends without a push.
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(service.received(path).len(), 2);

    // After a quiet window, the next message is pushed at once.
    let before = Instant::now();
    sender.send(vec![bob.id], message(3)).await.unwrap();
    let got = wait_for(&service, path, 3, Duration::from_secs(2)).await;
    assert_eq!(got.len(), 3);
    assert!(got[2].at - before < Duration::from_secs(2));

    // While bob has a session, nothing is pushed (its window has passed by then).
    tokio::time::sleep(Duration::from_secs(4)).await;
    let mut bob_conn = bob.connect(&server.endpoint).await.unwrap();
    for n in 4..6 {
        sender.send(vec![bob.id], message(n)).await.unwrap();
    }
    let mut seen = 0;
    while seen < 6 {
        let d = tokio::time::timeout(Duration::from_secs(10), bob_conn.next_delivery())
            .await
            .expect("deliveries")
            .expect("open");
        bob_conn.ack(vec![d.seq]).await.unwrap();
        seen += 1;
    }
    tokio::time::sleep(Duration::from_secs(4)).await;
    let got = service.received(path);
    assert_eq!(got.len(), 3, "no push while the device is connected");

    assert!(
        service.refused.lock().unwrap().is_empty(),
        "{:?}",
        service.refused
    );
    for push in &got {
        assert_eq!(push.plaintext, br#"{"v":1}"#, "nothing but 'something new'");
        assert_eq!(push.ttl, "3600");
        assert!(!contains(&push.body, MARKER));
        assert!(!contains(&push.plaintext, MARKER));
        assert!(!contains(&push.plaintext, b"alice"));
    }
    close(bob_conn).await;
    sender.close().await;
}

#[tokio::test]
async fn a_ring_is_pushed_at_once_says_only_a_call_and_lasts_as_long_as_a_ring() {
    use conclave_client_core::call::{self, CallId, CallSignal, Media};
    let server = TestServer::start_with_config(
        "[push]\ncoalesce = \"30s\"\nttl = \"1h\"\ndanger_allow_http_loopback = true\n",
    );
    let service = PushService::start(server_key(&server).await).await;
    let alice = server.register("alice").await;
    let bob = server.register("bob").await;
    let (group, mut engines) =
        conclave_tests::share_group_with_engines(&server.endpoint, &[&alice, &bob]).await;
    subscribe(&server, &bob, service.subscribe("bob")).await;
    let path = "/push/bob";
    let sender = alice.connect(&server.endpoint).await.unwrap();
    let ring = |engine: &mut conclave_client_core::Engine| {
        let id = engine.fresh_message_id().unwrap();
        let content = call::content(CallSignal::Invite {
            call_id: CallId(engine.fresh_message_id().unwrap()),
            media: Media::Audio,
        });
        assert!(call::rings(&content));
        let prepared = engine
            .prepare_message(&group, id, content, conclave_proto::Timestamp(0))
            .unwrap();
        Request::GroupRing {
            group: group.clone(),
            epoch: prepared.epoch,
            message: prepared.bytes,
        }
    };

    // Something new opens bob's 30 s window.
    sender.send(vec![bob.id], message(0)).await.unwrap();
    assert_eq!(
        wait_for(&service, path, 1, Duration::from_secs(5))
            .await
            .len(),
        1
    );
    // A ring inside that window is pushed at once all the same.
    let before = Instant::now();
    let answer = sender.request(ring(&mut engines[0])).await.unwrap();
    assert!(matches!(answer, Response::Posted { .. }), "{answer:?}");
    let got = wait_for(&service, path, 2, Duration::from_secs(5)).await;
    assert_eq!(got.len(), 2, "the ring is pushed at once");
    assert!(got[1].at - before < Duration::from_secs(3));
    assert_eq!(got[0].plaintext, br#"{"v":1}"#);
    assert_eq!(got[0].ttl, "3600");
    assert_eq!(
        got[1].plaintext, br#"{"v":1,"ring":true}"#,
        "'a call', and nothing of who or where"
    );
    assert_eq!(got[1].ttl, "45", "kept no longer than a ring lasts");
    // Another ring straight after waits for the window like a message (a member cannot
    // wake a device over and over).
    sender.request(ring(&mut engines[0])).await.unwrap();
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(service.received(path).len(), 2);
    assert!(
        service.refused.lock().unwrap().is_empty(),
        "{:?}",
        service.refused
    );
    for push in service.received(path) {
        assert!(!contains(&push.body, MARKER) && !contains(&push.plaintext, b"alice"));
    }
    sender.close().await;
}

#[tokio::test]
async fn a_subscription_the_push_service_calls_gone_is_dropped() {
    let server = TestServer::start_with_config(
        "[push]\ncoalesce = \"1s\"\ndanger_allow_http_loopback = true\n",
    );
    let service = PushService::start(server_key(&server).await).await;
    let alice = server.register("alice").await;
    let carol = server.register("carol").await;
    conclave_tests::share_group(&server.endpoint, &[&alice, &carol]).await;
    subscribe(&server, &carol, service.subscribe("carol")).await;
    let subscriptions = || -> i64 {
        open_db(&server.data)
            .query_row("SELECT COUNT(*) FROM push_subscriptions", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(subscriptions(), 1);
    service
        .statuses
        .lock()
        .unwrap()
        .insert("/push/carol".into(), 410);
    let sender = alice.connect(&server.endpoint).await.unwrap();
    sender.send(vec![carol.id], message(0)).await.unwrap();
    assert_eq!(
        wait_for(&service, "/push/carol", 1, Duration::from_secs(5))
            .await
            .len(),
        1
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    while subscriptions() != 0 {
        assert!(
            Instant::now() < deadline,
            "the subscription was not dropped"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Past the window, another message finds no subscription to push to.
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    sender.send(vec![carol.id], message(1)).await.unwrap();
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(service.received("/push/carol").len(), 1);
    sender.close().await;
}

#[tokio::test]
async fn subscriptions_are_checked_and_push_can_be_turned_off() {
    let server = TestServer::start_with_config("[push]\ncoalesce = \"1s\"\n");
    let dave = server.register("dave").await;
    let conn = dave.connect(&server.endpoint).await.unwrap();
    let sub = |endpoint: &str, p256dh: Vec<u8>| PushSubscription {
        endpoint: endpoint.into(),
        p256dh,
        auth: vec![1; 16],
    };
    let point = [&[4u8][..], &[9; 64]].concat();
    for (bad, why) in [
        (sub("http://127.0.0.1:9/p", point.clone()), "https"),
        (sub("https://push.example/p", vec![4; 33]), "p256dh"),
        (
            sub(
                &format!("https://push.example/{}", "a".repeat(4096)),
                point.clone(),
            ),
            "bytes",
        ),
    ] {
        let err = conn
            .request(Request::PushSubscribe {
                subscription: Some(bad),
            })
            .await
            .expect_err("refused");
        let ClientError::Server(e) = err else {
            panic!("not a refusal: {err}")
        };
        assert_eq!(e.code, ErrorCode::InvalidArgument);
        assert!(e.message.contains(why), "{}", e.message);
    }
    assert_eq!(
        conn.request(Request::PushSubscribe {
            subscription: Some(sub("https://push.example/p", point))
        })
        .await
        .unwrap(),
        Response::PushSubscribed
    );
    assert_eq!(
        conn.request(Request::PushSubscribe { subscription: None })
            .await
            .unwrap(),
        Response::PushSubscribed
    );
    conn.close().await;

    let off = TestServer::start_with_config("[push]\nenabled = false\n");
    let (status, body) = https_get(&off.endpoint, "/v1/push/key").await;
    assert_eq!(status, 404);
    assert!(body.contains("no push notifications"), "{body}");
    let erin = off.register("erin").await;
    let conn = erin.connect(&off.endpoint).await.unwrap();
    let err = conn
        .request(Request::PushSubscribe { subscription: None })
        .await
        .expect_err("push is off");
    let ClientError::Server(e) = err else {
        panic!("not a refusal: {err}")
    };
    assert_eq!(e.code, ErrorCode::Unavailable);
    conn.close().await;
}
