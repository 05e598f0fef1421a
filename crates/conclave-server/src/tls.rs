//! The server certificate: the operator's, or a self-signed one made on first start (rcgen)
//! whose SHA-256 fingerprint travels in invitation links so that clients pin it.

use std::{path::Path, sync::Arc};

use anyhow::{Context, bail};
use conclave_proto::Fingerprint;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject};

pub struct Tls {
    pub config: Arc<rustls::ServerConfig>,
    /// Set when the certificate is self-signed: clients must pin it.
    pub pin: Option<Fingerprint>,
    /// With ACME: the resolver whose certificate is swapped when a new one arrives.
    pub resolver: Option<Arc<crate::acme::CertResolver>>,
}

pub fn load(
    data: &Path,
    operator: Option<(&Path, &Path)>,
    public_host: &str,
    acme: bool,
) -> anyhow::Result<Tls> {
    if acme {
        return load_acme(data, public_host);
    }
    let (certs, key, pin) = match operator {
        Some((cert, key)) => {
            let certs = read_certs(cert)?;
            let key = PrivateKeyDer::from_pem_file(key)
                .with_context(|| format!("cannot read TLS key {}", key.display()))?;
            (certs, key, None)
        }
        None => {
            let dir = data.join("tls");
            let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
            if !cert_path.exists() {
                generate(&dir, public_host)?;
            }
            let certs = read_certs(&cert_path)?;
            let key = PrivateKeyDer::from_pem_file(&key_path)
                .with_context(|| format!("cannot read TLS key {}", key_path.display()))?;
            let pin = certs.first().map(|c| Fingerprint::of_der(c.as_ref()));
            (certs, key, pin)
        }
    };
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_protocol_versions(&[&rustls::version::TLS13])
    .context("TLS 1.3 with ring")?
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .context("the TLS certificate and key do not match")?;
    Ok(Tls {
        config: Arc::new(config),
        pin,
        resolver: None,
    })
}

/// With ACME: the certificate obtained earlier, else the self-signed one until the first
/// arrives. Links carry no fingerprint (clients check the CA's chain), and the server offers
/// ALPN `http/1.1` and `acme-tls/1` (the TLS-ALPN-01 validations).
fn load_acme(data: &Path, public_host: &str) -> anyhow::Result<Tls> {
    let initial = match crate::acme::stored(data) {
        Some((key, _)) => key,
        None => {
            let dir = data.join("tls");
            let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
            if !cert_path.exists() {
                generate(&dir, public_host)?;
            }
            let key = PrivateKeyDer::from_pem_file(&key_path)
                .with_context(|| format!("cannot read TLS key {}", key_path.display()))?;
            tracing::info!(
                "ACME: no certificate yet; serving the self-signed one until it arrives"
            );
            crate::acme::certified_key(read_certs(&cert_path)?, &key)?
        }
    };
    let resolver = Arc::new(crate::acme::CertResolver::new(initial));
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_protocol_versions(&[&rustls::version::TLS13])
    .context("TLS 1.3 with ring")?
    .with_no_client_auth()
    .with_cert_resolver(resolver.clone());
    config.alpn_protocols = vec![b"http/1.1".to_vec(), crate::acme::ACME_TLS_ALPN.to_vec()];
    Ok(Tls {
        config: Arc::new(config),
        pin: None,
        resolver: Some(resolver),
    })
}

fn read_certs(path: &Path) -> anyhow::Result<Vec<CertificateDer<'static>>> {
    let certs = CertificateDer::pem_file_iter(path)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .with_context(|| format!("cannot read TLS certificate {}", path.display()))?;
    if certs.is_empty() {
        bail!("no certificate in {}", path.display());
    }
    Ok(certs)
}

fn generate(dir: &Path, public_host: &str) -> anyhow::Result<()> {
    let mut names = vec![
        "localhost".to_owned(),
        "127.0.0.1".to_owned(),
        "::1".to_owned(),
    ];
    if !names.iter().any(|n| n == public_host) {
        names.push(public_host.to_owned());
    }
    let cert = rcgen::generate_simple_self_signed(names)
        .context("generating the self-signed certificate")?;
    crate::datadir::create_private_dir(dir)?;
    crate::write_private(
        &dir.join("key.pem"),
        cert.signing_key.serialize_pem().as_bytes(),
    )?;
    crate::write_private(&dir.join("cert.pem"), cert.cert.pem().as_bytes())?;
    tracing::info!(dir = %dir.display(), "generated a self-signed TLS certificate");
    Ok(())
}
