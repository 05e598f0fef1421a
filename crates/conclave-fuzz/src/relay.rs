//! The private-browsing relay's decoders (`conclave-relay`, sans-IO): what an entry, an exit
//! or the local proxy reads from a peer it does not trust.

use conclave_relay::{
    cell::{self, CELL_LEN, Cell, Cmd, EndReason, HANDSHAKE_PAYLOAD_LEN, PLAIN_LEN},
    directory::{Directory, SignedDirectory},
    noise::{self, ClientHandshake, ExitAnswer, ExitHandshake, NoiseKeypair},
    open::{self, Hello},
    socks::{self, Parsed, Target},
};

/// `Cell::decode` on a transport cell's plaintext (the input, zero-padded or cut to
/// [`PLAIN_LEN`], and as it is), then what the mux reads of each command's data, and
/// `decode_padded` on a handshake payload, and the input as a batch's plaintext. A decoded
/// cell encodes to its input with the padding zeroed, and decodes back to itself.
pub fn relay_cell(data: &[u8]) {
    let _ = Cell::decode(data);
    let mut plain = [0u8; PLAIN_LEN];
    let n = data.len().min(PLAIN_LEN);
    plain[..n].copy_from_slice(&data[..n]);
    if let Ok(cell) = Cell::decode(&plain) {
        let mut again = [0xA5u8; PLAIN_LEN];
        cell.encode(&mut again).unwrap();
        let used = 7 + cell.data.len();
        assert_eq!(
            &again[..used],
            &plain[..used],
            "a cell re-encodes differently"
        );
        assert!(again[used..].iter().all(|&b| b == 0), "unzeroed padding");
        assert_eq!(
            Cell::decode(&again).unwrap(),
            cell,
            "a cell changes when re-encoded"
        );
        match cell.cmd {
            Cmd::Begin => relay_begin(cell.data),
            Cmd::End => {
                let reason = EndReason::from_u8(cell.data.first().copied().unwrap_or(7));
                let _ = (reason.describe(), socks::Reply::for_end(reason).encode());
                let _ = socks::http_status_for_end(reason);
            }
            Cmd::Window => {
                let _ = <[u8; 4]>::try_from(cell.data).map(u32::from_be_bytes);
            }
            Cmd::Batch => {
                if let Ok(k) = cell::decode_batch_header(&cell) {
                    assert!((2..=cell::BATCH_MAX).contains(&k), "a batch of {k} cells");
                    assert_eq!(
                        cell::batch_header(k).unwrap()[..],
                        again[..],
                        "two BATCH encodings"
                    );
                }
            }
            Cmd::Connected | Cmd::Data | Cmd::Padding => {}
        }
    }
    // The input as a batch's plaintext (as many cells as it holds): every cell decodes or
    // fails alone, a BATCH inside is refused.
    let k = data.len().div_ceil(CELL_LEN).clamp(2, cell::BATCH_MAX);
    let mut batch = vec![0u8; cell::batch_plain_len(k)];
    let n = data.len().min(batch.len());
    batch[..n].copy_from_slice(&data[..n]);
    if let Ok(cells) = cell::Cells::batch(&batch, k) {
        for cell in cells.flatten() {
            assert_ne!(cell.cmd, Cmd::Batch, "a BATCH inside a batch");
        }
    }
    let mut payload = [0u8; HANDSHAKE_PAYLOAD_LEN];
    let n = data.len().min(HANDSHAKE_PAYLOAD_LEN);
    payload[..n].copy_from_slice(&data[..n]);
    if let Ok((kind, body, features)) = cell::decode_padded(&payload) {
        let again = cell::encode_padded(kind, body, features).unwrap();
        let said = (3 + body.len() + 1).min(HANDSHAKE_PAYLOAD_LEN);
        assert_eq!(
            &again[..said],
            &payload[..said],
            "a handshake payload re-encodes differently"
        );
    }
}

/// `BEGIN`'s data as the exit reads it: a stream's destination. One encoding.
pub fn relay_begin(data: &[u8]) {
    let Ok((host, port)) = cell::decode_begin(data) else {
        return;
    };
    let again = cell::encode_begin(&host, port).unwrap_or_else(|e| {
        panic!("the exit accepts BEGIN {host:?}:{port} no client can send: {e}")
    });
    assert_eq!(again, data, "a BEGIN with two encodings");
}

/// The first frame on a TLS connection to a relay (`OPEN` from a client, `LINK` from an
/// entry), as the relay reads it: a 6-byte head, then the body it announces; and the relay's
/// 3-byte answer head, as the client and entry read it. An OPEN has one encoding.
pub fn relay_open(data: &[u8]) {
    if let Some(head) = data.get(..3) {
        let head: [u8; 3] = head.try_into().unwrap();
        if let Ok((_, len)) = open::answer_head(&head) {
            assert!(len <= 512, "an answer longer than its bound");
        }
    }
    let Some(head) = data.get(..6) else {
        return;
    };
    let head: [u8; 6] = head.try_into().unwrap();
    let Ok((is_open, len)) = open::hello_body_len(&head) else {
        return;
    };
    if !is_open {
        assert_eq!(
            &head[..],
            &open::encode_link()[..],
            "a LINK with two encodings"
        );
        return;
    }
    assert!(len <= open::OPEN_BODY_MAX, "an OPEN body over its bound");
    let Some(body) = data.get(6..6 + len) else {
        return;
    };
    let Ok(hello) = open::decode_open(body) else {
        return;
    };
    let Hello::Open { exit, token } = hello else {
        panic!("an OPEN body decoded as a LINK");
    };
    let again = open::encode_open(&exit, &token).unwrap_or_else(|e| {
        panic!(
            "the entry accepts an OPEN ({} byte exit id, {} byte token) no client can send: {e}",
            exit.len(),
            token.len()
        )
    });
    assert_eq!(again, &data[..6 + len], "an OPEN with two encodings");
}

/// The local proxy's front doors, each parser on the same bytes: the SOCKS5 greeting, the
/// SOCKS5 request, the HTTP CONNECT head. What a parser takes it takes again from exactly those
/// bytes, a shorter prefix needs more, and a destination it accepts is one the exit accepts in
/// `BEGIN`.
pub fn relay_socks(data: &[u8]) {
    fn check<T: PartialEq + std::fmt::Debug>(
        what: &str,
        data: &[u8],
        parse: fn(&[u8]) -> Parsed<T>,
    ) -> Option<T> {
        let Parsed::Done(value, n) = parse(data) else {
            return None;
        };
        assert!(
            n > 0 && n <= data.len(),
            "{what} took {n} of {} bytes",
            data.len()
        );
        let again = parse(&data[..n]);
        assert!(
            matches!(&again, Parsed::Done(v, m) if *v == value && *m == n),
            "{what} reads its own {n} bytes as {again:?}"
        );
        for cut in [n - 1, n / 2] {
            let shorter = parse(&data[..cut]);
            assert!(
                matches!(shorter, Parsed::NeedMore),
                "{what}: {cut} of its {n} bytes give {shorter:?}"
            );
        }
        Some(value)
    }
    let _ = check("the SOCKS greeting", data, socks::socks_greeting);
    let targets = [
        check("the SOCKS request", data, socks::socks_request),
        check("the HTTP CONNECT head", data, socks::http_connect),
        socks::parse_authority(&String::from_utf8_lossy(data)),
    ];
    for Target { host, port } in targets.into_iter().flatten() {
        let begin = cell::encode_begin(&host, port)
            .unwrap_or_else(|e| panic!("the proxy accepts {host:?} but cannot send it: {e}"));
        assert_eq!(
            cell::decode_begin(&begin),
            Ok((host.clone(), port)),
            "the exit reads another destination than the proxy accepted"
        );
    }
}

/// The key every directory of this target is signed with (a fixed test key).
pub const DIRECTORY_SECRET: [u8; 32] = [0x5e; 32];
/// "Now" for the directory checks: 2026-01-01.
pub const NOW_MS: i64 = 1_767_225_600_000;

fn sign_body(body: String) -> SignedDirectory {
    use base64::Engine as _;
    use ed25519_dalek::Signer as _;
    let key = ed25519_dalek::SigningKey::from_bytes(&DIRECTORY_SECRET);
    let b64 = base64::engine::general_purpose::STANDARD;
    SignedDirectory {
        key: b64.encode(key.verifying_key().as_bytes()),
        signature: b64.encode(key.sign(body.as_bytes()).to_bytes()),
        body,
    }
}

/// The signed relay directory as a client or relay reads it from a node: parsed, then verified
/// against a pinned key. The signature stops almost every input there, so the input is also
/// taken as a directory body and signed with that key, which reaches the body's parse and
/// checks (relays, keys, exit policies, issuers). A verified directory re-signed verifies to
/// the same directory; its exit policies decide on a few addresses. Then the input as `BEGIN`.
pub fn relay_directory(data: &[u8]) {
    let pinned = ed25519_dalek::SigningKey::from_bytes(&DIRECTORY_SECRET)
        .verifying_key()
        .to_bytes();
    if let Ok(signed) = SignedDirectory::parse(data) {
        let _ = signed.verify(None, NOW_MS);
        if let Ok(directory) = signed.verify(Some(&pinned), NOW_MS) {
            directory_properties(&directory, &pinned);
        }
    }
    if let Ok(body) = std::str::from_utf8(data)
        && let Ok(directory) = sign_body(body.to_owned()).verify(Some(&pinned), NOW_MS)
    {
        directory_properties(&directory, &pinned);
    }
    relay_begin(data);
}

fn directory_properties(directory: &Directory, pinned: &[u8; 32]) {
    let body = serde_json::to_string(directory).unwrap();
    let again = sign_body(body).verify(Some(pinned), NOW_MS);
    assert_eq!(
        again.as_ref(),
        Ok(directory),
        "a verified directory changes when re-signed"
    );
    for relay in &directory.relays {
        let _ = (relay.noise_key().unwrap(), relay.tls_fp().unwrap());
        assert_eq!(directory.relay(&relay.id).map(|r| &r.id), Some(&relay.id));
        for ip in [
            "93.184.216.34",
            "127.0.0.1",
            "10.1.2.3",
            "2001:db8::1",
            "::ffff:169.254.169.254",
        ] {
            let _ = relay.exit_policy.check(ip.parse().unwrap(), 443);
        }
        let _ = relay.exit_policy.check_port(25);
    }
    for issuer in &directory.issuers {
        for key in &issuer.keys {
            let _ = key.spki_der();
        }
    }
}

/// The exit's static Noise key of this target (a fixed test key).
pub const EXIT_SECRET: [u8; 32] = [0x42; 32];

/// The exit's side of the Noise_NK handshake. First byte even: the rest is a client's first
/// cell (zero-padded or cut to one cell) from someone who may not know the key. Odd: a real
/// client handshake carries the rest as its token; the exit reads that token back, accepts,
/// and the circuit's first cell from each side opens on the other; then a run of 1 to 64
/// cells (the first byte says how many; 4 and more go as batches) opens in order, message by
/// message, from whole cells; then the rest, as a sealed cell, is refused.
pub fn relay_noise(data: &[u8]) {
    let keys = NoiseKeypair::from_secret(EXIT_SECRET);
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut first = vec![0u8; CELL_LEN];
    let n = rest.len().min(CELL_LEN);
    first[..n].copy_from_slice(&rest[..n]);
    if mode & 1 == 0 {
        let _ = ExitHandshake::accept(&keys, rest);
        if let Ok((hs, _token)) = ExitHandshake::accept(&keys, &first) {
            let _ = hs.refuse("no");
        }
        return;
    }
    let token = &rest[..rest.len().min(HANDSHAKE_PAYLOAD_LEN - 3)];
    let (client, cell) = ClientHandshake::start(&keys.public, token).unwrap();
    let (exit, read) = ExitHandshake::accept(&keys, &cell).unwrap();
    assert_eq!(
        read, token,
        "the exit reads another token than the client sent"
    );
    let (answer, exit_keys) = exit.accept_circuit().unwrap();
    let (accepted, client_keys) = client.finish(&answer).unwrap();
    assert_eq!(accepted, ExitAnswer::Accepted);
    let (mut client_seal, mut client_open) = noise::split(client_keys.unwrap());
    let (mut exit_seal, mut exit_open) = noise::split(exit_keys);
    let payload = &rest[..rest.len().min(cell::DATA_MAX)];
    let sent = Cell {
        cmd: Cmd::Data,
        stream: 1,
        data: payload,
    };
    let mut wire = Vec::new();
    client_seal.seal(&sent, &mut wire).unwrap();
    assert_eq!(wire.len(), CELL_LEN);
    assert_eq!(
        exit_open.open(&wire).unwrap(),
        sent,
        "a cell changes on its way"
    );
    wire.clear();
    exit_seal.seal(&sent, &mut wire).unwrap();
    assert_eq!(
        client_open.open(&wire).unwrap(),
        sent,
        "a cell changes on its way back"
    );
    // The same payload as a run of cells (batches from 4 on), read back message by message as
    // the mux reads it: whole cells on the wire, every cell in order.
    let count = usize::from(mode >> 1) % (cell::BATCH_MAX + 2) + 1;
    let mut wire = Vec::new();
    for i in 0..count {
        let cell = Cell {
            cmd: Cmd::Data,
            stream: i as u32,
            data: payload,
        };
        client_seal.push(&cell, &mut wire).unwrap();
    }
    client_seal.flush(&mut wire).unwrap();
    assert_eq!(wire.len() % CELL_LEN, 0, "the entry sees a part of a cell");
    let (mut at, mut got) = (0, 0u32);
    while at < wire.len() {
        let need = exit_open.next_len();
        assert!(
            at + need <= wire.len(),
            "a batch longer than what was sealed"
        );
        for cell in exit_open.open_message(&wire[at..at + need]).unwrap() {
            let cell = cell.unwrap();
            assert_eq!((cell.stream, cell.data), (got, payload), "a batch reorders");
            got += 1;
        }
        at += need;
    }
    assert_eq!(got as usize, count, "a batch loses cells");
    assert!(
        exit_open.open(&first).is_err(),
        "the exit opens a cell nobody sealed"
    );
}
