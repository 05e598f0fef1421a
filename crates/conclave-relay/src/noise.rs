//! The client↔exit session: `Noise_NK_25519_ChaChaPoly_BLAKE2s` (snow).
//!
//! NK: the client knows the exit's static key (pinned from the directory) and has only an
//! ephemeral key, so the exit cannot tell two circuits of one member apart by key. Handshake
//! message 1 (`e, es`) carries the client's exit token; message 2 (`e, ee`) the exit's
//! answer; both are padded to one cell. Then each direction seals cells with its own nonce
//! counter ([`Sealer`], [`Opener`]), so a reader and a writer task can share the keys; a
//! sender with several cells queued seals them as one batch (a `BATCH` cell, then one
//! message of them all: one AEAD call instead of one per cell).

use std::sync::Arc;

use rand::RngCore as _;
use zeroize::Zeroizing;

use crate::{
    Error,
    cell::{
        BATCH_MAX, BATCH_MIN, CELL_LEN, Cell, Cells, Cmd, FEATURE_BATCHES, HANDSHAKE_PAYLOAD_LEN,
        PLAIN_LEN, TAG_LEN, batch_header, batch_plain_len, decode_batch_header, decode_padded,
        encode_padded,
    },
};

pub const NOISE_PARAMS: &str = "Noise_NK_25519_ChaChaPoly_BLAKE2s";

const HS_AUTH: u8 = 1;
const HS_ACCEPT: u8 = 2;
const HS_REFUSE: u8 = 3;

/// The exit relay's static Noise key.
#[derive(Clone)]
pub struct NoiseKeypair {
    secret: Zeroizing<[u8; 32]>,
    pub public: [u8; 32],
}

impl std::fmt::Debug for NoiseKeypair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NoiseKeypair")
            .field("public", &crate::hex(&self.public))
            .finish_non_exhaustive()
    }
}

fn params() -> snow::params::NoiseParams {
    // A constant that parses; a failure would be a bug caught by every test.
    NOISE_PARAMS
        .parse()
        .unwrap_or_else(|_| unreachable!("the Noise pattern is valid"))
}

impl NoiseKeypair {
    pub fn generate() -> NoiseKeypair {
        let mut secret = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut secret);
        Self::from_secret(secret)
    }

    pub fn from_secret(secret: [u8; 32]) -> NoiseKeypair {
        // X25519: public = secret · basepoint (snow clamps the scalar the same way).
        let public = x25519_public(&secret);
        NoiseKeypair {
            secret: Zeroizing::new(secret),
            public,
        }
    }

    pub fn secret_bytes(&self) -> [u8; 32] {
        *self.secret
    }
}

fn x25519_public(secret: &[u8; 32]) -> [u8; 32] {
    // snow's resolver computes the public key when it builds a keypair from a private key.
    let mut dh = snow::resolvers::CryptoResolver::resolve_dh(
        &snow::resolvers::DefaultResolver,
        &snow::params::DHChoice::Curve25519,
    )
    .unwrap_or_else(|| unreachable!("the default resolver has X25519"));
    dh.set(secret);
    let mut public = [0u8; 32];
    public.copy_from_slice(dh.pubkey());
    public
}

/// Keys of an established circuit, shared by the tasks that read and write it.
pub struct CircuitKeys {
    state: snow::StatelessTransportState,
    /// The peer said in the handshake that it reads batches ([`FEATURE_BATCHES`]).
    peer_reads_batches: bool,
}

impl CircuitKeys {
    /// Whether this side may send batches (the peer's handshake said it reads them).
    pub fn peer_reads_batches(&self) -> bool {
        self.peer_reads_batches
    }
}

/// Seals outgoing cells (one per direction, counting nonces from 0): one by one, or queued
/// and sealed as batches ([`crate::cell`]).
pub struct Sealer {
    keys: Arc<CircuitKeys>,
    nonce: u64,
    /// Plaintexts of the `queued` cells, back to back (grown on demand, at most one batch).
    plain: Vec<u8>,
    queued: usize,
    /// Batches allowed (the peer reads them); else queued cells are sealed one by one.
    batches: bool,
}

/// Opens incoming messages in order: single cells, and the batches `BATCH` cells announce.
pub struct Opener {
    keys: Arc<CircuitKeys>,
    nonce: u64,
    plain: Vec<u8>,
    /// Cells in the next message (a `BATCH` cell announced them); 0: one cell.
    batch: usize,
}

pub fn split(keys: CircuitKeys) -> (Sealer, Opener) {
    let batches = keys.peer_reads_batches;
    let keys = Arc::new(keys);
    (
        Sealer {
            keys: keys.clone(),
            nonce: 0,
            plain: Vec::new(),
            queued: 0,
            batches,
        },
        Opener {
            keys,
            nonce: 0,
            plain: Vec::new(),
            batch: 0,
        },
    )
}

impl Sealer {
    /// Appends one sealed cell (exactly [`CELL_LEN`] bytes) to `out`, after whatever
    /// [`Sealer::push`] queued.
    pub fn seal(&mut self, cell: &Cell<'_>, out: &mut Vec<u8>) -> Result<(), Error> {
        self.flush(out)?;
        let mut plain = [0u8; PLAIN_LEN];
        cell.encode(&mut plain)?;
        self.seal_message(&plain, out)
    }

    /// Queues one cell; a full batch ([`BATCH_MAX`] cells) is sealed into `out` at once.
    pub fn push(&mut self, cell: &Cell<'_>, out: &mut Vec<u8>) -> Result<(), Error> {
        let at = self.queued * PLAIN_LEN;
        if self.plain.len() < at + PLAIN_LEN {
            self.plain.resize(at + PLAIN_LEN, 0);
        }
        let slot: &mut [u8; PLAIN_LEN] = (&mut self.plain[at..at + PLAIN_LEN])
            .try_into()
            .map_err(|_| Error::Malformed("cell slot"))?;
        cell.encode(slot)?;
        self.queued += 1;
        if self.queued == BATCH_MAX {
            self.flush(out)?;
        }
        Ok(())
    }

    /// Cells queued and not sealed yet.
    pub fn queued(&self) -> usize {
        self.queued
    }

    /// Seals the queued cells into `out`: fewer than [`BATCH_MIN`] (or any number, to a peer
    /// that reads no batches) one by one, more as a `BATCH` cell and one message of them all.
    /// Either way `out` grows by whole cells.
    pub fn flush(&mut self, out: &mut Vec<u8>) -> Result<(), Error> {
        let k = std::mem::take(&mut self.queued);
        if k == 0 {
            return Ok(());
        }
        let mut plain = std::mem::take(&mut self.plain);
        let sealed = if k < BATCH_MIN || !self.batches {
            plain[..k * PLAIN_LEN]
                .chunks(PLAIN_LEN)
                .try_for_each(|cell| self.seal_message(cell, out))
        } else {
            let len = batch_plain_len(k);
            if plain.len() < len {
                plain.resize(len, 0);
            }
            plain[k * PLAIN_LEN..len].fill(0);
            batch_header(k)
                .and_then(|header| self.seal_message(&header, out))
                .and_then(|()| self.seal_message(&plain[..len], out))
        };
        self.plain = plain;
        sealed
    }

    fn seal_message(&mut self, plain: &[u8], out: &mut Vec<u8>) -> Result<(), Error> {
        let start = out.len();
        out.resize(start + plain.len() + TAG_LEN, 0);
        let n = self
            .keys
            .state
            .write_message(self.nonce, plain, &mut out[start..])
            .map_err(|_| Error::Crypto("sealing a cell"))?;
        debug_assert_eq!(n, plain.len() + TAG_LEN);
        debug_assert_eq!(n % CELL_LEN, 0);
        self.nonce += 1;
        Ok(())
    }
}

impl Opener {
    /// Bytes the next message takes on the wire: one cell, or the batch a `BATCH` cell
    /// announced (at most [`BATCH_MAX`] cells).
    pub fn next_len(&self) -> usize {
        self.batch.max(1) * CELL_LEN
    }

    /// Decrypts one message of [`Opener::next_len`] bytes; its cells, in order (none for a
    /// `BATCH` cell, which sets the next message's length). Any failure ends the circuit (the
    /// peer or a middlebox tampered).
    pub fn open_message(&mut self, wire: &[u8]) -> Result<Cells<'_>, Error> {
        if wire.len() != self.next_len() {
            return Err(Error::Malformed("message of the wrong size"));
        }
        let len = self.decrypt(wire)?;
        let k = std::mem::take(&mut self.batch);
        if k > 0 {
            return Cells::batch(&self.plain[..len], k);
        }
        let cell = Cell::decode(&self.plain[..PLAIN_LEN])?;
        if cell.cmd == Cmd::Batch {
            self.batch = decode_batch_header(&cell)?;
            return Ok(Cells::empty());
        }
        Cells::one(&self.plain[..PLAIN_LEN])
    }

    /// Decrypts one single-cell message (a `BATCH` cell is returned as it is, and announces
    /// nothing here: a reader of batches uses [`Opener::open_message`]).
    pub fn open(&mut self, wire: &[u8]) -> Result<Cell<'_>, Error> {
        if wire.len() != CELL_LEN || self.batch != 0 {
            return Err(Error::Malformed("cell of the wrong size"));
        }
        self.decrypt(wire)?;
        Cell::decode(&self.plain[..PLAIN_LEN])
    }

    /// Decrypts one message into `plain` and counts its nonce; the plaintext's length.
    fn decrypt(&mut self, wire: &[u8]) -> Result<usize, Error> {
        let len = wire.len() - TAG_LEN;
        if self.plain.len() < len {
            self.plain.resize(len, 0);
        }
        let n = self
            .keys
            .state
            .read_message(self.nonce, wire, &mut self.plain[..len])
            .map_err(|_| Error::Crypto("a cell failed authentication"))?;
        if n != len {
            return Err(Error::Malformed("cell plaintext of the wrong size"));
        }
        self.nonce += 1;
        Ok(len)
    }
}

/// The client's side of the handshake, between its first cell and the exit's answer.
pub struct ClientHandshake(snow::HandshakeState);

/// What the exit answered to the handshake.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExitAnswer {
    Accepted,
    Refused(String),
}

impl ClientHandshake {
    /// The first cell: `e, es` with the exit token inside.
    pub fn start(exit_key: &[u8; 32], token: &[u8]) -> Result<(Self, Vec<u8>), Error> {
        Self::start_with(exit_key, token, FEATURE_BATCHES)
    }

    /// [`ClientHandshake::start`] saying `features` (0: as the first release did).
    fn start_with(
        exit_key: &[u8; 32],
        token: &[u8],
        features: u8,
    ) -> Result<(Self, Vec<u8>), Error> {
        let mut hs = snow::Builder::new(params())
            .remote_public_key(exit_key)
            .and_then(|b| b.build_initiator())
            .map_err(|_| Error::Crypto("starting the Noise handshake"))?;
        let payload = encode_padded(HS_AUTH, token, features)?;
        let mut cell = vec![0u8; CELL_LEN];
        let n = hs
            .write_message(&payload, &mut cell)
            .map_err(|_| Error::Crypto("writing the Noise handshake"))?;
        debug_assert_eq!(n, CELL_LEN);
        Ok((ClientHandshake(hs), cell))
    }

    pub fn finish(mut self, reply: &[u8]) -> Result<(ExitAnswer, Option<CircuitKeys>), Error> {
        if reply.len() != CELL_LEN {
            return Err(Error::Malformed("handshake cell of the wrong size"));
        }
        let mut payload = [0u8; CELL_LEN];
        let n = self
            .0
            .read_message(reply, &mut payload)
            .map_err(|_| Error::Crypto("the exit's handshake answer failed authentication"))?;
        let (kind, body, features) = decode_padded(&payload[..n])?;
        match kind {
            HS_ACCEPT => {
                let state = self
                    .0
                    .into_stateless_transport_mode()
                    .map_err(|_| Error::Crypto("finishing the Noise handshake"))?;
                let keys = CircuitKeys {
                    state,
                    peer_reads_batches: features & FEATURE_BATCHES != 0,
                };
                Ok((ExitAnswer::Accepted, Some(keys)))
            }
            HS_REFUSE => Ok((
                ExitAnswer::Refused(String::from_utf8_lossy(body).into_owned()),
                None,
            )),
            _ => Err(Error::Malformed("unknown handshake answer")),
        }
    }
}

/// The exit's side: the first cell read, the token extracted, the answer not yet sent.
pub struct ExitHandshake {
    state: snow::HandshakeState,
    /// The features the client's first cell said.
    client_features: u8,
}

impl ExitHandshake {
    /// Reads the client's first cell; returns the exit token it carries.
    pub fn accept(keys: &NoiseKeypair, first: &[u8]) -> Result<(Self, Vec<u8>), Error> {
        if first.len() != CELL_LEN {
            return Err(Error::Malformed("handshake cell of the wrong size"));
        }
        let mut hs = snow::Builder::new(params())
            .local_private_key(&keys.secret[..])
            .and_then(|b| b.build_responder())
            .map_err(|_| Error::Crypto("starting the Noise handshake"))?;
        let mut payload = [0u8; CELL_LEN];
        let n = hs
            .read_message(first, &mut payload)
            .map_err(|_| Error::Crypto("the Noise handshake failed (wrong exit key?)"))?;
        let (kind, token, client_features) = decode_padded(&payload[..n])?;
        if kind != HS_AUTH {
            return Err(Error::Malformed("the first cell is not an AUTH"));
        }
        let token = token.to_vec();
        Ok((
            ExitHandshake {
                state: hs,
                client_features,
            },
            token,
        ))
    }

    /// Accepts: the answer cell and the circuit's keys.
    pub fn accept_circuit(self) -> Result<(Vec<u8>, CircuitKeys), Error> {
        self.accept_circuit_with(FEATURE_BATCHES)
    }

    /// [`ExitHandshake::accept_circuit`] saying `features` (0: as the first release did).
    fn accept_circuit_with(mut self, features: u8) -> Result<(Vec<u8>, CircuitKeys), Error> {
        let cell = self.answer(HS_ACCEPT, b"", features)?;
        let state = self
            .state
            .into_stateless_transport_mode()
            .map_err(|_| Error::Crypto("finishing the Noise handshake"))?;
        let keys = CircuitKeys {
            state,
            peer_reads_batches: self.client_features & FEATURE_BATCHES != 0,
        };
        Ok((cell, keys))
    }

    /// Refuses with a reason the client shows.
    pub fn refuse(mut self, reason: &str) -> Result<Vec<u8>, Error> {
        self.answer(HS_REFUSE, reason.as_bytes(), 0)
    }

    fn answer(&mut self, kind: u8, body: &[u8], features: u8) -> Result<Vec<u8>, Error> {
        let payload: [u8; HANDSHAKE_PAYLOAD_LEN] = encode_padded(kind, body, features)?;
        let mut cell = vec![0u8; CELL_LEN];
        let n = self
            .state
            .write_message(&payload, &mut cell)
            .map_err(|_| Error::Crypto("writing the Noise handshake answer"))?;
        debug_assert_eq!(n, CELL_LEN);
        Ok(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair() -> (Sealer, Opener, Sealer, Opener) {
        pair_saying(FEATURE_BATCHES, FEATURE_BATCHES)
    }

    /// A circuit whose client and exit say these features in the handshake.
    fn pair_saying(client: u8, exit_says: u8) -> (Sealer, Opener, Sealer, Opener) {
        let exit = NoiseKeypair::generate();
        let (client, first) =
            ClientHandshake::start_with(&exit.public, b"token-for-exit", client).unwrap();
        assert_eq!(first.len(), CELL_LEN);
        let (pending, token) = ExitHandshake::accept(&exit, &first).unwrap();
        assert_eq!(token, b"token-for-exit");
        let (answer, exit_keys) = pending.accept_circuit_with(exit_says).unwrap();
        let (status, client_keys) = client.finish(&answer).unwrap();
        assert_eq!(status, ExitAnswer::Accepted);
        let (cs, co) = split(client_keys.unwrap());
        let (es, eo) = split(exit_keys);
        (cs, co, es, eo)
    }

    #[test]
    fn handshake_then_cells_both_ways() {
        let (mut cs, mut co, mut es, mut eo) = pair();
        let mut wire = Vec::new();
        for i in 0..3u32 {
            cs.seal(
                &Cell {
                    cmd: Cmd::Data,
                    stream: i,
                    data: b"marker",
                },
                &mut wire,
            )
            .unwrap();
        }
        assert_eq!(wire.len(), 3 * CELL_LEN);
        assert!(!wire.windows(6).any(|w| w == b"marker"));
        for (i, cell) in wire.chunks(CELL_LEN).enumerate() {
            let got = eo.open(cell).unwrap();
            assert_eq!((got.stream, got.data), (i as u32, &b"marker"[..]));
        }
        let mut back = Vec::new();
        es.seal(
            &Cell {
                cmd: Cmd::Connected,
                stream: 1,
                data: b"",
            },
            &mut back,
        )
        .unwrap();
        assert_eq!(co.open(&back).unwrap().cmd, Cmd::Connected);
    }

    #[test]
    fn tampered_replayed_and_foreign_cells_fail() {
        let (mut cs, _co, _es, mut eo) = pair();
        let mut wire = Vec::new();
        let cell = Cell {
            cmd: Cmd::Data,
            stream: 1,
            data: b"x",
        };
        cs.seal(&cell, &mut wire).unwrap();
        cs.seal(&cell, &mut wire).unwrap();
        let mut bad = wire[..CELL_LEN].to_vec();
        bad[100] ^= 1;
        assert!(eo.open(&bad).is_err());
        eo.open(&wire[..CELL_LEN]).unwrap();
        // A replay of cell 0 in place of cell 1 fails: nonces are positional.
        assert!(eo.open(&wire[..CELL_LEN]).is_err());
        assert!(eo.open(&wire[..10]).is_err());
    }

    /// Reads `wire` as the mux does: message by message, as `next_len` says.
    fn read_all(opener: &mut Opener, mut wire: &[u8]) -> Result<Vec<(u32, Vec<u8>)>, Error> {
        let mut got = Vec::new();
        while !wire.is_empty() {
            let need = opener.next_len();
            if wire.len() < need {
                return Err(Error::Malformed("truncated"));
            }
            let (message, rest) = wire.split_at(need);
            for cell in opener.open_message(message)? {
                let cell = cell?;
                got.push((cell.stream, cell.data.to_vec()));
            }
            wire = rest;
        }
        Ok(got)
    }

    #[test]
    fn a_peer_of_the_first_release_gets_no_batches() {
        /// Seals 20 cells queued at once; the cells on the wire.
        fn send(sealer: &mut Sealer) -> Vec<u8> {
            let mut wire = Vec::new();
            for i in 0..20u32 {
                let cell = Cell {
                    cmd: Cmd::Data,
                    stream: i,
                    data: b"abc",
                };
                sealer.push(&cell, &mut wire).unwrap();
            }
            sealer.flush(&mut wire).unwrap();
            wire
        }
        // A peer of the first release says no features and reads single cells only (`open`).
        let single = |wire: &[u8], opener: &mut Opener| {
            assert_eq!(wire.len(), 20 * CELL_LEN, "sent as single cells");
            for (i, c) in wire.chunks(CELL_LEN).enumerate() {
                assert_eq!(opener.open(c).unwrap().stream, i as u32);
            }
        };
        // An old client: the new exit sends it single cells. (The client's sealer here is a
        // new one that heard the exit say it reads batches; the new exit reads both.)
        let (mut cs, mut co, mut es, mut eo) = pair_saying(0, FEATURE_BATCHES);
        single(&send(&mut es), &mut co);
        assert_eq!(read_all(&mut eo, &send(&mut cs)).unwrap().len(), 20);
        // An old exit: the new client sends it single cells.
        let (mut cs, mut co, mut es, mut eo) = pair_saying(FEATURE_BATCHES, 0);
        single(&send(&mut cs), &mut eo);
        assert_eq!(read_all(&mut co, &send(&mut es)).unwrap().len(), 20);
        // Both new: batches both ways (20 cells and a BATCH cell).
        let (mut cs, _co, _es, mut eo) = pair();
        let wire = send(&mut cs);
        assert_eq!(wire.len(), 21 * CELL_LEN);
        assert_eq!(read_all(&mut eo, &wire).unwrap().len(), 20);
    }

    #[test]
    fn queued_cells_go_as_batches_of_whole_cells() {
        let (mut cs, _co, _es, mut eo) = pair();
        for n in [
            1,
            2,
            BATCH_MIN - 1,
            BATCH_MIN,
            10,
            BATCH_MAX,
            BATCH_MAX + 1,
            200,
        ] {
            let mut wire = Vec::new();
            for i in 0..n {
                let data = vec![i as u8; i % 1001];
                let cell = Cell {
                    cmd: Cmd::Data,
                    stream: i as u32,
                    data: &data,
                };
                cs.push(&cell, &mut wire).unwrap();
            }
            cs.flush(&mut wire).unwrap();
            assert_eq!(cs.queued(), 0);
            // The entry sees whole cells: n, plus one BATCH cell per batch.
            assert!(wire.len().is_multiple_of(CELL_LEN));
            let batches = (n / BATCH_MAX) + usize::from(n % BATCH_MAX >= BATCH_MIN);
            assert_eq!(wire.len() / CELL_LEN, n + batches, "{n} cells");
            let got = read_all(&mut eo, &wire).unwrap();
            assert_eq!(got.len(), n);
            for (i, (stream, data)) in got.into_iter().enumerate() {
                assert_eq!((stream, data), (i as u32, vec![i as u8; i % 1001]));
            }
        }
        // A single seal after queued cells keeps the order.
        let mut wire = Vec::new();
        let cell = |stream| Cell {
            cmd: Cmd::Data,
            stream,
            data: b"x",
        };
        for i in 0..5 {
            cs.push(&cell(i), &mut wire).unwrap();
        }
        cs.seal(&cell(5), &mut wire).unwrap();
        let got = read_all(&mut eo, &wire).unwrap();
        assert_eq!(
            got.iter().map(|c| c.0).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5]
        );
    }

    #[test]
    fn truncated_forged_and_oversized_batches_fail() {
        let (mut cs, _co, _es, mut eo) = pair();
        let mut wire = Vec::new();
        for i in 0..10u32 {
            cs.push(
                &Cell {
                    cmd: Cmd::Data,
                    stream: i,
                    data: b"y",
                },
                &mut wire,
            )
            .unwrap();
        }
        cs.flush(&mut wire).unwrap();
        assert_eq!(wire.len(), 11 * CELL_LEN);
        // The BATCH cell opens to nothing and announces 10 cells.
        assert_eq!(eo.next_len(), CELL_LEN);
        assert_eq!(eo.open_message(&wire[..CELL_LEN]).unwrap().count(), 0);
        assert_eq!(eo.next_len(), 10 * CELL_LEN);
        // A cell's worth is not the batch; a batch cut short is refused, not waited on here.
        assert!(eo.open_message(&wire[CELL_LEN..2 * CELL_LEN]).is_err());
        assert!(read_all(&mut eo, &wire[CELL_LEN..wire.len() - 1]).is_err());

        // A tampered batch fails authentication as a whole.
        let (mut cs, _co, _es, mut eo) = pair();
        let mut wire = Vec::new();
        for _ in 0..BATCH_MIN {
            cs.push(
                &Cell {
                    cmd: Cmd::Data,
                    stream: 1,
                    data: b"z",
                },
                &mut wire,
            )
            .unwrap();
        }
        cs.flush(&mut wire).unwrap();
        wire[3 * CELL_LEN] ^= 1;
        assert!(read_all(&mut eo, &wire).is_err());

        // A peer's BATCH cell announcing too many cells, or none, ends the circuit.
        for k in [0u8, 1, 64, 255] {
            let (mut cs, _co, _es, mut eo) = pair();
            let mut wire = Vec::new();
            cs.seal(
                &Cell {
                    cmd: Cmd::Batch,
                    stream: 0,
                    data: &[k],
                },
                &mut wire,
            )
            .unwrap();
            assert!(eo.open_message(&wire).is_err(), "BATCH {k}");
            // Nothing was announced: the reader never waits for more than a batch.
            assert_eq!(eo.next_len(), CELL_LEN);
        }
        // Whatever was announced, the reader's next message is at most 63 cells.
        let (mut cs, _co, _es, mut eo) = pair();
        let mut wire = Vec::new();
        cs.seal(
            &Cell {
                cmd: Cmd::Batch,
                stream: 0,
                data: &[63],
            },
            &mut wire,
        )
        .unwrap();
        eo.open_message(&wire).unwrap();
        assert_eq!(eo.next_len(), BATCH_MAX * CELL_LEN);
        const { assert!(BATCH_MAX * CELL_LEN <= 65_535) };
    }

    #[test]
    fn wrong_exit_key_and_refusal() {
        let exit = NoiseKeypair::generate();
        let other = NoiseKeypair::generate();
        let (_c, first) = ClientHandshake::start(&other.public, b"t").unwrap();
        assert!(ExitHandshake::accept(&exit, &first).is_err());
        let (client, first) = ClientHandshake::start(&exit.public, b"t").unwrap();
        let (pending, _) = ExitHandshake::accept(&exit, &first).unwrap();
        let answer = pending.refuse("token already spent").unwrap();
        let (status, keys) = client.finish(&answer).unwrap();
        assert_eq!(status, ExitAnswer::Refused("token already spent".into()));
        assert!(keys.is_none());
        assert!(ExitHandshake::accept(&exit, &[0u8; CELL_LEN]).is_err());
    }

    #[test]
    fn ephemeral_keys_differ_per_circuit() {
        let exit = NoiseKeypair::generate();
        let (_a, first_a) = ClientHandshake::start(&exit.public, b"t").unwrap();
        let (_b, first_b) = ClientHandshake::start(&exit.public, b"t").unwrap();
        assert_ne!(first_a[..32], first_b[..32]);
        assert_eq!(
            NoiseKeypair::from_secret(exit.secret_bytes()).public,
            exit.public
        );
    }
}
