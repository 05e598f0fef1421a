//! TLS client configuration: normal WebPKI validation, or pinning to the SHA-256 fingerprint
//! of a self-signed server certificate (from the invitation link).

use std::sync::{Arc, Mutex};

use conclave_proto::Fingerprint;
// The one pinning verifier of the workspace (it still checks the handshake signature).
use conclave_relay::net::tls::PinnedServerCert;

/// What the pinning verifier saw, so a mismatch can be reported precisely.
pub type SeenFingerprint = Arc<Mutex<Option<Fingerprint>>>;

pub fn client_config(pin: Option<Fingerprint>) -> (Arc<rustls::ClientConfig>, SeenFingerprint) {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let seen = SeenFingerprint::default();
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&[&rustls::version::TLS13])
        // ring supports TLS 1.3; this cannot fail for the versions we ask for.
        .unwrap_or_else(|_| unreachable!("ring provides TLS 1.3"));
    let config = match pin {
        Some(expected) => {
            let report = seen.clone();
            let verifier =
                PinnedServerCert::new(expected.0, provider).reporting(Arc::new(move |got| {
                    *report.lock().unwrap_or_else(|p| p.into_inner()) = Some(Fingerprint(got));
                }));
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(verifier))
                .with_no_client_auth()
        }
        None => {
            let mut roots = rustls::RootCertStore {
                roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
            };
            add_extra_roots(&mut roots);
            builder.with_root_certificates(roots).with_no_client_auth()
        }
    };
    (Arc::new(config), seen)
}

/// The environment variable naming a PEM file of extra root certificates (the convention of
/// OpenSSL and most TLS clients), trusted beside the WebPKI roots for servers whose link
/// carries no fingerprint: a private CA, or a test CA such as pebble.
pub const EXTRA_ROOTS_ENV: &str = "SSL_CERT_FILE";

fn add_extra_roots(roots: &mut rustls::RootCertStore) {
    use rustls::pki_types::{CertificateDer, pem::PemObject};
    let Some(path) = std::env::var_os(EXTRA_ROOTS_ENV) else {
        return;
    };
    let certs =
        CertificateDer::pem_file_iter(&path).and_then(|it| it.collect::<Result<Vec<_>, _>>());
    match certs {
        Ok(certs) => {
            let (added, ignored) = roots.add_parsable_certificates(certs);
            if added == 0 || ignored > 0 {
                tracing::warn!(file = ?path, added, ignored, "{EXTRA_ROOTS_ENV}: some certificates are unusable");
            }
        }
        Err(e) => {
            tracing::warn!(file = ?path, error = %e, "{EXTRA_ROOTS_ENV} cannot be read; using the WebPKI roots only")
        }
    }
}
