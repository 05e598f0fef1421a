//! TLS between the hops: every relay has its own self-signed certificate (`relay/` in its
//! data directory) whose SHA-256 the directory lists. Clients pin the entry's; an entry pins
//! the exit's and presents its own as a client certificate, which the exit checks against
//! the directory's entries: mutually authenticated TLS 1.3 without a CA.

use std::{path::Path, sync::Arc};

use rustls::{
    DigitallySignedStruct, DistinguishedName, SignatureScheme,
    client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier},
    crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature},
    pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime, pem::PemObject as _},
    server::danger::{ClientCertVerified, ClientCertVerifier},
};
use sha2::Digest as _;

/// The name clients put in SNI (the certificate is pinned, not named).
pub const RELAY_SERVER_NAME: &str = "relay.conclave.invalid";

pub fn fingerprint(der: &[u8]) -> [u8; 32] {
    sha2::Sha256::digest(der).into()
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// A relay's certificate and key.
#[derive(Clone)]
pub struct RelayIdentity {
    pub certs: Vec<CertificateDer<'static>>,
    key: Arc<PrivateKeyDer<'static>>,
    pub fingerprint: [u8; 32],
}

impl RelayIdentity {
    /// A fresh self-signed identity (tests, benchmarks).
    pub fn generate() -> std::io::Result<RelayIdentity> {
        let cert = rcgen::generate_simple_self_signed(vec![RELAY_SERVER_NAME.to_owned()])
            .map_err(std::io::Error::other)?;
        Self::from_pem(
            cert.cert.pem().as_bytes(),
            cert.signing_key.serialize_pem().as_bytes(),
        )
    }

    pub fn from_pem(cert: &[u8], key: &[u8]) -> std::io::Result<RelayIdentity> {
        let certs = CertificateDer::pem_slice_iter(cert)
            .collect::<Result<Vec<_>, _>>()
            .map_err(std::io::Error::other)?;
        let key = PrivateKeyDer::from_pem_slice(key).map_err(std::io::Error::other)?;
        let first = certs
            .first()
            .ok_or_else(|| std::io::Error::other("no certificate"))?;
        Ok(RelayIdentity {
            fingerprint: fingerprint(first.as_ref()),
            certs,
            key: Arc::new(key),
        })
    }

    /// `cert.pem` and `key.pem` in `dir`, made on first use (key file 0600).
    pub fn load_or_create(dir: &Path) -> std::io::Result<RelayIdentity> {
        let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
        if !cert_path.exists() {
            std::fs::create_dir_all(dir)?;
            let cert = rcgen::generate_simple_self_signed(vec![RELAY_SERVER_NAME.to_owned()])
                .map_err(std::io::Error::other)?;
            super::write_private(&key_path, cert.signing_key.serialize_pem().as_bytes())?;
            super::write_private(&cert_path, cert.cert.pem().as_bytes())?;
        }
        Self::from_pem(&std::fs::read(&cert_path)?, &std::fs::read(&key_path)?)
    }

    /// The relay listener's config: client certificates asked for but optional (clients
    /// have none; entries present theirs).
    pub fn server_config(&self) -> Result<Arc<rustls::ServerConfig>, rustls::Error> {
        let config = rustls::ServerConfig::builder_with_provider(provider())
            .with_protocol_versions(&[&rustls::version::TLS13])?
            .with_client_cert_verifier(Arc::new(AnyClientCert(provider())))
            .with_single_cert(self.certs.clone(), self.key.clone_key())?;
        Ok(Arc::new(config))
    }

    /// An entry's config towards an exit: pin `exit_fp`, present this identity.
    pub fn link_client_config(
        &self,
        exit_fp: [u8; 32],
    ) -> Result<Arc<rustls::ClientConfig>, rustls::Error> {
        let config = rustls::ClientConfig::builder_with_provider(provider())
            .with_protocol_versions(&[&rustls::version::TLS13])?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(PinnedServerCert::new(exit_fp, provider())))
            .with_client_auth_cert(self.certs.clone(), self.key.clone_key())?;
        Ok(Arc::new(config))
    }
}

/// A client's config towards an entry: pin its certificate, no client certificate.
pub fn pinned_client_config(fp: [u8; 32]) -> Result<Arc<rustls::ClientConfig>, rustls::Error> {
    let config = rustls::ClientConfig::builder_with_provider(provider())
        .with_protocol_versions(&[&rustls::version::TLS13])?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(PinnedServerCert::new(fp, provider())))
        .with_no_client_auth();
    Ok(Arc::new(config))
}

pub fn server_name() -> ServerName<'static> {
    ServerName::DnsName(
        rustls::pki_types::DnsName::try_from(RELAY_SERVER_NAME)
            .unwrap_or_else(|_| unreachable!("a valid DNS name")),
    )
}

/// Told the SHA-256 of every server certificate a [`PinnedServerCert`] is shown (so that a
/// mismatch can be reported with what was seen).
pub type SeenCert = Arc<dyn Fn([u8; 32]) + Send + Sync>;

/// Accepts exactly the server certificate whose SHA-256 is pinned; the handshake signature
/// is still verified with that certificate's key, so only its key holder passes. The one
/// pinning verifier of the workspace: relays pin each other and clients pin entries with
/// it, and `conclave-client` pins a self-signed home server with it.
pub struct PinnedServerCert {
    expected: [u8; 32],
    provider: Arc<CryptoProvider>,
    seen: Option<SeenCert>,
}

impl PinnedServerCert {
    pub fn new(expected: [u8; 32], provider: Arc<CryptoProvider>) -> PinnedServerCert {
        PinnedServerCert {
            expected,
            provider,
            seen: None,
        }
    }

    /// Also tells `seen` each certificate's fingerprint, matching or not.
    pub fn reporting(mut self, seen: SeenCert) -> PinnedServerCert {
        self.seen = Some(seen);
        self
    }
}

impl std::fmt::Debug for PinnedServerCert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PinnedServerCert")
            .field("expected", &crate::hex(&self.expected))
            .finish_non_exhaustive()
    }
}

impl ServerCertVerifier for PinnedServerCert {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let got = fingerprint(end_entity.as_ref());
        if let Some(seen) = &self.seen {
            seen(got);
        }
        if got == self.expected {
            Ok(ServerCertVerified::assertion())
        } else {
            Err(rustls::Error::General(
                "the certificate is not the pinned one (fingerprint mismatch)".into(),
            ))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// Accepts any client certificate whose holder signs the handshake; which certificates are
/// admitted (the directory's entries) is decided after the handshake by fingerprint.
#[derive(Debug)]
struct AnyClientCert(Arc<CryptoProvider>);

impl ClientCertVerifier for AnyClientCert {
    fn offer_client_auth(&self) -> bool {
        true
    }

    fn client_auth_mandatory(&self) -> bool {
        false
    }

    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        &[]
    }

    fn verify_client_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _now: UnixTime,
    ) -> Result<ClientCertVerified, rustls::Error> {
        Ok(ClientCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
