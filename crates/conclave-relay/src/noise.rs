//! The client↔exit session: `Noise_NK_25519_ChaChaPoly_BLAKE2s` (snow).
//!
//! NK: the client knows the exit's static key (pinned from the directory) and has only an
//! ephemeral key, so the exit cannot tell two circuits of one member apart by key. Handshake
//! message 1 (`e, es`) carries the client's exit token; message 2 (`e, ee`) the exit's
//! answer; both are padded to one cell. Then each direction seals cells with its own nonce
//! counter ([`Sealer`], [`Opener`]), so a reader and a writer task can share the keys.

use std::sync::Arc;

use rand::RngCore as _;
use zeroize::Zeroizing;

use crate::{
    Error,
    cell::{CELL_LEN, Cell, HANDSHAKE_PAYLOAD_LEN, PLAIN_LEN, decode_padded, encode_padded},
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
pub struct CircuitKeys(snow::StatelessTransportState);

/// Seals outgoing cells (one per direction, counting nonces from 0).
pub struct Sealer {
    keys: Arc<CircuitKeys>,
    nonce: u64,
    plain: Box<[u8; PLAIN_LEN]>,
}

/// Opens incoming cells in order.
pub struct Opener {
    keys: Arc<CircuitKeys>,
    nonce: u64,
    plain: Box<[u8; PLAIN_LEN]>,
}

pub fn split(keys: CircuitKeys) -> (Sealer, Opener) {
    let keys = Arc::new(keys);
    (
        Sealer {
            keys: keys.clone(),
            nonce: 0,
            plain: Box::new([0; PLAIN_LEN]),
        },
        Opener {
            keys,
            nonce: 0,
            plain: Box::new([0; PLAIN_LEN]),
        },
    )
}

impl Sealer {
    /// Appends one sealed cell (exactly [`CELL_LEN`] bytes) to `out`.
    pub fn seal(&mut self, cell: &Cell<'_>, out: &mut Vec<u8>) -> Result<(), Error> {
        cell.encode(&mut self.plain)?;
        let start = out.len();
        out.resize(start + CELL_LEN, 0);
        let n = self
            .keys
            .0
            .write_message(self.nonce, &self.plain[..], &mut out[start..])
            .map_err(|_| Error::Crypto("sealing a cell"))?;
        debug_assert_eq!(n, CELL_LEN);
        self.nonce += 1;
        Ok(())
    }
}

impl Opener {
    /// Decrypts one cell; any failure ends the circuit (the peer or a middlebox tampered).
    pub fn open(&mut self, wire: &[u8]) -> Result<Cell<'_>, Error> {
        if wire.len() != CELL_LEN {
            return Err(Error::Malformed("cell of the wrong size"));
        }
        let n = self
            .keys
            .0
            .read_message(self.nonce, wire, &mut self.plain[..])
            .map_err(|_| Error::Crypto("a cell failed authentication"))?;
        if n != PLAIN_LEN {
            return Err(Error::Malformed("cell plaintext of the wrong size"));
        }
        self.nonce += 1;
        Cell::decode(&self.plain[..])
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
        let mut hs = snow::Builder::new(params())
            .remote_public_key(exit_key)
            .and_then(|b| b.build_initiator())
            .map_err(|_| Error::Crypto("starting the Noise handshake"))?;
        let payload = encode_padded(HS_AUTH, token)?;
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
        let (kind, body) = decode_padded(&payload[..n])?;
        match kind {
            HS_ACCEPT => {
                let keys = self
                    .0
                    .into_stateless_transport_mode()
                    .map_err(|_| Error::Crypto("finishing the Noise handshake"))?;
                Ok((ExitAnswer::Accepted, Some(CircuitKeys(keys))))
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
pub struct ExitHandshake(snow::HandshakeState);

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
        let (kind, token) = decode_padded(&payload[..n])?;
        if kind != HS_AUTH {
            return Err(Error::Malformed("the first cell is not an AUTH"));
        }
        let token = token.to_vec();
        Ok((ExitHandshake(hs), token))
    }

    /// Accepts: the answer cell and the circuit's keys.
    pub fn accept_circuit(mut self) -> Result<(Vec<u8>, CircuitKeys), Error> {
        let cell = self.answer(HS_ACCEPT, b"")?;
        let keys = self
            .0
            .into_stateless_transport_mode()
            .map_err(|_| Error::Crypto("finishing the Noise handshake"))?;
        Ok((cell, CircuitKeys(keys)))
    }

    /// Refuses with a reason the client shows.
    pub fn refuse(mut self, reason: &str) -> Result<Vec<u8>, Error> {
        self.answer(HS_REFUSE, reason.as_bytes())
    }

    fn answer(&mut self, kind: u8, body: &[u8]) -> Result<Vec<u8>, Error> {
        let payload: [u8; HANDSHAKE_PAYLOAD_LEN] = encode_padded(kind, body)?;
        let mut cell = vec![0u8; CELL_LEN];
        let n = self
            .0
            .write_message(&payload, &mut cell)
            .map_err(|_| Error::Crypto("writing the Noise handshake answer"))?;
        debug_assert_eq!(n, CELL_LEN);
        Ok(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cell::Cmd;

    fn pair() -> (Sealer, Opener, Sealer, Opener) {
        let exit = NoiseKeypair::generate();
        let (client, first) = ClientHandshake::start(&exit.public, b"token-for-exit").unwrap();
        assert_eq!(first.len(), CELL_LEN);
        let (pending, token) = ExitHandshake::accept(&exit, &first).unwrap();
        assert_eq!(token, b"token-for-exit");
        let (answer, exit_keys) = pending.accept_circuit().unwrap();
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
