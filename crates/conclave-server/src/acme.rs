//! Automatic HTTPS: certificates from an ACME CA (RFC 8555; Let's Encrypt by default) through
//! `instant-acme`, validated with TLS-ALPN-01 (RFC 8737) on the server's own HTTPS port.
//!
//! At start the server serves the certificate it has (`acme/cert.pem` + `acme/key.pem` in the
//! data directory, else its self-signed one) and [`run`] obtains one when there is none, or
//! when the one it has expires within `renew_before`, then swaps it into [`CertResolver`]: new
//! handshakes get the new certificate, open connections keep theirs, nothing restarts. When
//! the CA cannot be reached it logs why and keeps serving the certificate it has, trying again
//! at the next check. The account key is `acme/account-<hash of the directory URL>.json` (0600), made once per
//! CA and made again if the CA forgets it.
//!
//! TLS-ALPN-01: the CA connects to the domain's port 443 (here: the HTTPS port) offering only
//! the ALPN protocol `acme-tls/1`; [`CertResolver`] answers such a handshake with the
//! challenge certificate for its SNI name (a self-signed certificate carrying the key
//! authorization's digest in the critical `acmeIdentifier` extension), and the server closes
//! the connection after the handshake without reading from it.

use std::{
    collections::HashMap,
    io::Write as _,
    path::{Path, PathBuf},
    sync::{Arc, RwLock},
    time::Duration,
};

use anyhow::{Context, bail};
use instant_acme::{
    Account, AccountCredentials, AuthorizationStatus, ChallengeType, Identifier, NewAccount,
    NewOrder, OrderStatus, RetryPolicy,
};
use rustls::{
    pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject},
    server::{ClientHello, ResolvesServerCert},
    sign::CertifiedKey,
};
use tokio::sync::watch;

/// The ALPN protocol of TLS-ALPN-01 challenges.
pub const ACME_TLS_ALPN: &[u8] = b"acme-tls/1";
/// Let's Encrypt's directories.
pub const LETS_ENCRYPT_PRODUCTION: &str = "https://acme-v02.api.letsencrypt.org/directory";
pub const LETS_ENCRYPT_STAGING: &str = "https://acme-staging-v02.api.letsencrypt.org/directory";
/// Below the data directory.
const DIR: &str = "acme";
/// Names in one certificate (Let's Encrypt allows 100).
pub const DOMAINS_MAX: usize = 100;
/// How long one attempt (order, challenges, finalization, download) may take.
const ORDER_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcmeConfig {
    pub domains: Vec<String>,
    pub email: Option<String>,
    pub directory: String,
    /// A PEM root the ACME directory's own HTTPS certificate chains to (a test CA such as
    /// pebble); `None`: the system's roots.
    pub ca_root: Option<PathBuf>,
    /// Renew when the certificate expires within this.
    pub renew_before: Duration,
    /// How often the certificate's expiry is checked (and a failed attempt retried).
    pub check_interval: Duration,
}

/// The certificate new handshakes get, swapped live, and the TLS-ALPN-01 answers.
#[derive(Debug)]
pub struct CertResolver {
    current: RwLock<Arc<CertifiedKey>>,
    challenges: RwLock<HashMap<String, Arc<CertifiedKey>>>,
}

impl CertResolver {
    pub fn new(initial: Arc<CertifiedKey>) -> Self {
        CertResolver {
            current: RwLock::new(initial),
            challenges: RwLock::new(HashMap::new()),
        }
    }

    pub fn set(&self, key: Arc<CertifiedKey>) {
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = key;
    }

    fn set_challenge(&self, domain: &str, key: Option<Arc<CertifiedKey>>) {
        let mut map = self.challenges.write().unwrap_or_else(|p| p.into_inner());
        match key {
            Some(k) => map.insert(domain.to_ascii_lowercase(), k),
            None => map.remove(&domain.to_ascii_lowercase()),
        };
    }
}

impl ResolvesServerCert for CertResolver {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let acme = hello
            .alpn()
            .is_some_and(|mut protocols| protocols.any(|p| p == ACME_TLS_ALPN));
        if acme {
            let name = hello.server_name()?.to_ascii_lowercase();
            return self
                .challenges
                .read()
                .unwrap_or_else(|p| p.into_inner())
                .get(&name)
                .cloned();
        }
        Some(
            self.current
                .read()
                .unwrap_or_else(|p| p.into_inner())
                .clone(),
        )
    }
}

/// A certificate chain and key from PEM files, ready for rustls.
pub fn certified_key(
    certs: Vec<CertificateDer<'static>>,
    key: &PrivateKeyDer<'_>,
) -> anyhow::Result<Arc<CertifiedKey>> {
    let signer = rustls::crypto::ring::sign::any_supported_type(key)
        .context("the TLS key is of a type ring cannot sign with")?;
    Ok(Arc::new(CertifiedKey::new(certs, signer)))
}

fn cert_path(data: &Path) -> PathBuf {
    data.join(DIR).join("cert.pem")
}

fn key_path(data: &Path) -> PathBuf {
    data.join(DIR).join("key.pem")
}

/// The certificate obtained earlier, if there is one that parses (expired or not: an expired
/// certificate beats none while the CA is unreachable, and it is renewed at once).
pub fn stored(data: &Path) -> Option<(Arc<CertifiedKey>, i64)> {
    let certs = CertificateDer::pem_file_iter(cert_path(data))
        .ok()?
        .collect::<Result<Vec<_>, _>>()
        .ok()?;
    let key = PrivateKeyDer::from_pem_file(key_path(data)).ok()?;
    let not_after = not_after(certs.first()?)?;
    Some((certified_key(certs, &key).ok()?, not_after))
}

/// The leaf's `notAfter`, seconds since the epoch.
fn not_after(cert: &CertificateDer<'_>) -> Option<i64> {
    let (_, parsed) = x509_parser::parse_x509_certificate(cert.as_ref()).ok()?;
    Some(parsed.validity().not_after.timestamp())
}

/// Keeps the certificate fresh until `shutdown` turns true.
pub async fn run(
    config: AcmeConfig,
    data: PathBuf,
    resolver: Arc<CertResolver>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut not_after = stored(&data).map(|(_, t)| t);
    loop {
        let now = crate::now().0 / 1000;
        let due = not_after.is_none_or(|t| t - now <= config.renew_before.as_secs() as i64);
        if due {
            match tokio::time::timeout(ORDER_TIMEOUT, obtain(&config, &data, &resolver)).await {
                Ok(Ok(t)) => {
                    tracing::info!(
                        domains = ?config.domains,
                        not_after = %conclave_proto::Timestamp(t.saturating_mul(1000)),
                        "ACME: new certificate in use"
                    );
                    // Nobody may be reading stdout any more (`println!` would panic).
                    let _ = writeln!(
                        std::io::stdout(),
                        "ACME certificate for {} in use",
                        config.domains.join(", ")
                    );
                    not_after = Some(t);
                }
                Ok(Err(e)) => tracing::warn!(
                    error = %format!("{e:#}"),
                    "ACME: could not obtain a certificate; serving the one the server has, retrying later"
                ),
                Err(_) => tracing::warn!(
                    "ACME: the CA did not finish within {ORDER_TIMEOUT:?}; serving the one the server has, retrying later"
                ),
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(config.check_interval) => {}
            _ = shutdown.changed() => return,
        }
        if *shutdown.borrow() {
            return;
        }
    }
}

/// One order: account, TLS-ALPN-01 for every domain, finalize, download, store, swap in.
/// Returns the new certificate's `notAfter`.
async fn obtain(config: &AcmeConfig, data: &Path, resolver: &CertResolver) -> anyhow::Result<i64> {
    let identifiers: Vec<Identifier> = config
        .domains
        .iter()
        .map(|d| Identifier::Dns(d.clone()))
        .collect();
    let account_file = account_path(config, data);
    let mut order = match account(config, &account_file)
        .await?
        .new_order(&NewOrder::new(&identifiers))
        .await
    {
        // The CA forgot the account (deactivated, or a test CA restarted): register anew.
        Err(instant_acme::Error::Api(p))
            if p.r#type.as_deref() == Some("urn:ietf:params:acme:error:accountDoesNotExist") =>
        {
            tracing::warn!(directory = %config.directory, "ACME: the CA no longer knows the account; registering a new one");
            std::fs::remove_file(&account_file)
                .with_context(|| format!("cannot remove {}", account_file.display()))?;
            account(config, &account_file)
                .await?
                .new_order(&NewOrder::new(&identifiers))
                .await
        }
        other => other,
    }
    .context("creating the order")?;
    let mut pending = Vec::new();
    {
        let mut authorizations = order.authorizations();
        while let Some(result) = authorizations.next().await {
            let mut authz = result.context("reading an authorization")?;
            if authz.status == AuthorizationStatus::Valid {
                continue;
            }
            if authz.status != AuthorizationStatus::Pending {
                bail!("an authorization is {:?}", authz.status);
            }
            let mut challenge = authz
                .challenge(ChallengeType::TlsAlpn01)
                .context("the CA offers no tls-alpn-01 challenge")?;
            let domain = challenge.identifier().to_string();
            let digest = challenge.key_authorization().digest();
            resolver.set_challenge(&domain, Some(challenge_cert(&domain, digest.as_ref())?));
            pending.push(domain);
            challenge
                .set_ready()
                .await
                .context("answering the challenge")?;
        }
    }
    let retries = RetryPolicy::new()
        .initial_delay(Duration::from_millis(250))
        .timeout(Duration::from_secs(60));
    let status = order.poll_ready(&retries).await;
    for domain in &pending {
        resolver.set_challenge(domain, None);
    }
    match status.context("waiting for the CA to validate")? {
        OrderStatus::Ready => {}
        other => bail!("the order is {other:?} (the CA could not validate the domains)"),
    }
    let key_pem = order.finalize().await.context("finalizing the order")?;
    let chain_pem = order
        .poll_certificate(&retries)
        .await
        .context("downloading the certificate")?;
    let certs = CertificateDer::pem_slice_iter(chain_pem.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .context("the CA sent a malformed certificate")?;
    let key = PrivateKeyDer::from_pem_slice(key_pem.as_bytes()).context("the new key")?;
    let leaf = certs.first().context("the CA sent no certificate")?;
    let t = not_after(leaf).context("the CA sent a certificate without a readable expiry")?;
    let certified = certified_key(certs, &key)?;
    let dir = data.join(DIR);
    crate::datadir::create_private_dir(&dir)?;
    crate::write_private_replace(&key_path(data), key_pem.as_bytes())?;
    crate::write_private_replace(&cert_path(data), chain_pem.as_bytes())?;
    resolver.set(certified);
    Ok(t)
}

/// Where the account for this directory is kept: `acme/account-<hash of the URL>.json`, so
/// that moving from staging to production (or another CA) registers there instead of
/// presenting another CA's account.
fn account_path(config: &AcmeConfig, data: &Path) -> PathBuf {
    use sha2::Digest as _;
    let hash = sha2::Sha256::digest(config.directory.as_bytes());
    let short = crate::hex::encode(&hash[..8]);
    data.join(DIR).join(format!("account-{short}.json"))
}

/// The ACME account saved at `path`, or a new one registered (and saved) now.
async fn account(config: &AcmeConfig, path: &Path) -> anyhow::Result<Account> {
    let builder = || -> anyhow::Result<instant_acme::AccountBuilder> {
        match &config.ca_root {
            Some(root) => Account::builder_with_root(root)
                .with_context(|| format!("cannot use the ACME CA root {}", root.display())),
            None => Account::builder().context("the system's TLS roots"),
        }
    };
    if let Ok(bytes) = std::fs::read(path) {
        let credentials: AccountCredentials = serde_json::from_slice(&bytes)
            .with_context(|| format!("malformed {}", path.display()))?;
        return builder()?
            .from_credentials(credentials)
            .await
            .with_context(|| format!("reaching the ACME directory {}", config.directory));
    }
    let contact: Vec<String> = config.email.iter().map(|e| format!("mailto:{e}")).collect();
    let contact: Vec<&str> = contact.iter().map(String::as_str).collect();
    let (account, credentials) = builder()?
        .create(
            &NewAccount {
                contact: &contact,
                terms_of_service_agreed: true,
                only_return_existing: false,
            },
            config.directory.clone(),
            None,
        )
        .await
        .with_context(|| format!("registering with the ACME directory {}", config.directory))?;
    if let Some(dir) = path.parent() {
        crate::datadir::create_private_dir(dir)?;
    }
    crate::write_private_replace(path, &serde_json::to_vec(&credentials)?)?;
    tracing::info!(directory = %config.directory, "ACME: registered an account");
    Ok(account)
}

/// RFC 8737 §3: a self-signed certificate for `domain` with the critical `acmeIdentifier`
/// extension holding the SHA-256 of the key authorization.
fn challenge_cert(domain: &str, digest: &[u8]) -> anyhow::Result<Arc<CertifiedKey>> {
    let mut params = rcgen::CertificateParams::new(vec![domain.to_owned()])
        .context("the challenge certificate's name")?;
    params
        .custom_extensions
        .push(rcgen::CustomExtension::new_acme_identifier(digest));
    let key = rcgen::KeyPair::generate().context("the challenge key")?;
    let cert = params
        .self_signed(&key)
        .context("the challenge certificate")?;
    let der = PrivateKeyDer::try_from(key.serialize_der())
        .map_err(|e| anyhow::anyhow!("the challenge key: {e}"))?;
    certified_key(vec![cert.der().clone()], &der)
}

/// A domain name for `--acme-domain`: letters, digits, hyphens and dots, no wildcard (TLS-ALPN-01
/// cannot validate one), at most 253 characters.
pub fn parse_domain(text: &str) -> anyhow::Result<String> {
    let d = text.trim().trim_end_matches('.').to_ascii_lowercase();
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    if d.is_empty()
        || d.len() > 253
        || !d.split('.').all(label_ok)
        || d.parse::<std::net::IpAddr>().is_ok()
    {
        bail!(
            "invalid ACME domain {text:?}: a DNS name such as chat.example.org (no wildcards or IP addresses)"
        );
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn domains_are_checked() {
        assert_eq!(
            parse_domain("Chat.Example.org.").unwrap(),
            "chat.example.org"
        );
        assert_eq!(parse_domain("localhost").unwrap(), "localhost");
        for bad in [
            "",
            "*.example.org",
            "a..b",
            "-a.org",
            "127.0.0.1",
            "a b",
            &"a".repeat(64),
        ] {
            assert!(parse_domain(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn challenges_answer_only_acme_handshakes() {
        let cert = challenge_cert("chat.example.org", &[7u8; 32]).unwrap();
        let (_, parsed) = x509_parser::parse_x509_certificate(cert.cert[0].as_ref()).unwrap();
        let ext = parsed
            .extensions()
            .iter()
            .find(|e| e.oid.to_id_string() == "1.3.6.1.5.5.7.1.31")
            .unwrap();
        assert!(ext.critical);
    }
}
