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
//! With `acme_http_listen` the challenges are HTTP-01 (RFC 8555 §8.3) instead: [`serve_http01`]
//! answers `GET /.well-known/acme-challenge/{token}` on that plain HTTP address (port 80 of
//! each name) and redirects every other request to HTTPS. Without it:
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
    /// HTTP-01 on this plain HTTP address instead of TLS-ALPN-01 on the HTTPS port.
    pub http_listen: Option<std::net::SocketAddr>,
}

/// The certificate new handshakes get, swapped live, and the challenge answers (TLS-ALPN-01
/// certificates by name, HTTP-01 key authorizations by token).
#[derive(Debug)]
pub struct CertResolver {
    current: RwLock<Arc<CertifiedKey>>,
    challenges: RwLock<HashMap<String, Arc<CertifiedKey>>>,
    http_answers: RwLock<HashMap<String, String>>,
    /// In a cluster: the answers of an order another node placed, read from PostgreSQL.
    shared: RwLock<SharedAnswers>,
}

/// Another node's pending challenge answers: TLS-ALPN-01 certificates by name (with the digest
/// each was made for, so a re-read makes no new key), HTTP-01 key authorizations by token.
#[derive(Debug, Default)]
struct SharedAnswers {
    tls: HashMap<String, (String, Arc<CertifiedKey>)>,
    http: HashMap<String, String>,
}

impl CertResolver {
    pub fn new(initial: Arc<CertifiedKey>) -> Self {
        CertResolver {
            current: RwLock::new(initial),
            challenges: RwLock::new(HashMap::new()),
            http_answers: RwLock::new(HashMap::new()),
            shared: RwLock::new(SharedAnswers::default()),
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

    fn set_http_answer(&self, token: &str, key_authorization: Option<String>) {
        let mut map = self.http_answers.write().unwrap_or_else(|p| p.into_inner());
        match key_authorization {
            Some(k) => map.insert(token.to_owned(), k),
            None => map.remove(token),
        };
    }

    /// The key authorization the CA expects at `/.well-known/acme-challenge/{token}`.
    pub fn http_answer(&self, token: &str) -> Option<String> {
        let own = self
            .http_answers
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(token)
            .cloned();
        own.or_else(|| {
            self.shared
                .read()
                .unwrap_or_else(|p| p.into_inner())
                .http
                .get(token)
                .cloned()
        })
    }

    fn tls_answer(&self, name: &str) -> Option<Arc<CertifiedKey>> {
        let own = self
            .challenges
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(name)
            .cloned();
        own.or_else(|| {
            self.shared
                .read()
                .unwrap_or_else(|p| p.into_inner())
                .tls
                .get(name)
                .map(|(_, key)| key.clone())
        })
    }

    /// Replaces the other nodes' answers with `rows` (kind, name, answer) read from the
    /// cluster's table.
    fn set_shared(&self, rows: Vec<(String, String, String)>) -> anyhow::Result<()> {
        let mut next = SharedAnswers::default();
        let old = self.shared.read().unwrap_or_else(|p| p.into_inner());
        for (kind, name, answer) in rows {
            match kind.as_str() {
                KIND_HTTP01 => {
                    next.http.insert(name, answer);
                }
                KIND_TLS_ALPN01 => {
                    let key = match old.tls.get(&name) {
                        Some((digest, key)) if *digest == answer => key.clone(),
                        _ => {
                            let digest = crate::hex::decode(&answer)
                                .context("a shared tls-alpn-01 answer is not hex")?;
                            challenge_cert(&name, &digest)?
                        }
                    };
                    next.tls.insert(name, (answer, key));
                }
                _ => {}
            }
        }
        drop(old);
        *self.shared.write().unwrap_or_else(|p| p.into_inner()) = next;
        Ok(())
    }
}

impl ResolvesServerCert for CertResolver {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let acme = hello
            .alpn()
            .is_some_and(|mut protocols| protocols.any(|p| p == ACME_TLS_ALPN));
        if acme {
            let name = hello.server_name()?.to_ascii_lowercase();
            return self.tls_answer(&name);
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
    let not_after = not_after_of(certs.first()?)?;
    Some((certified_key(certs, &key).ok()?, not_after))
}

/// The leaf's `notAfter`, seconds since the epoch.
fn not_after_of(cert: &CertificateDer<'_>) -> Option<i64> {
    let (_, parsed) = x509_parser::parse_x509_certificate(cert.as_ref()).ok()?;
    Some(parsed.validity().not_after.timestamp())
}

/// A cluster's shared ACME state: the nodes with the same names serve one certificate, kept in
/// PostgreSQL; one node at a time orders it (a lease), and publishes its challenge answers
/// there, so that whichever node the CA reaches answers.
#[derive(Clone)]
pub struct Shared {
    pub store: Arc<conclave_server_store_postgres::PgStore>,
    /// This node (its endpoint), the lease's holder.
    pub node: String,
}

/// How often a cluster node reads the pending challenge answers of the others.
const CHALLENGE_READ_INTERVAL: Duration = Duration::from_secs(1);
/// How long an ordering node waits after publishing an answer before telling the CA to check
/// it: every node has read it by then.
const CHALLENGE_SPREAD: Duration = Duration::from_millis(2500);
/// Pending answers read at once (one per name of an order, at most a few orders at a time).
const CHALLENGES_READ_MAX: i64 = 4 * DOMAINS_MAX as i64;
const KIND_HTTP01: &str = "http-01";
const KIND_TLS_ALPN01: &str = "tls-alpn-01";

/// The shared row (and lease) of this set of names: a node with other names never adopts it.
fn shared_name(config: &AcmeConfig) -> String {
    use sha2::Digest as _;
    let mut names = config.domains.clone();
    names.sort();
    let hash = sha2::Sha256::digest(names.join(",").as_bytes());
    format!("cert-{}", crate::hex::encode(&hash[..8]))
}

/// A certificate as the cluster's table holds it.
#[derive(serde::Serialize, serde::Deserialize)]
struct SharedCert {
    chain: String,
    key: String,
}

/// Keeps the certificate fresh until `shutdown` turns true.
pub async fn run(
    config: AcmeConfig,
    data: PathBuf,
    resolver: Arc<CertResolver>,
    shared: Option<Shared>,
    mut shutdown: watch::Receiver<bool>,
) {
    let reader = shared
        .clone()
        .map(|shared| tokio::spawn(read_challenges(shared, resolver.clone(), shutdown.clone())));
    let mut not_after = stored(&data).map(|(_, t)| t);
    let name = shared_name(&config);
    loop {
        if let Some(shared) = &shared {
            adopt(shared, &name, &config, &data, &resolver, &mut not_after).await;
        }
        let now = crate::now().0 / 1000;
        let due = not_after.is_none_or(|t| t - now <= config.renew_before.as_secs() as i64);
        let mine = match (&shared, due) {
            (_, false) => false,
            (None, true) => true,
            (Some(shared), true) => {
                let now = crate::now();
                let until = conclave_proto::Timestamp(
                    now.0 + (ORDER_TIMEOUT + CHALLENGE_SPREAD * 4).as_millis() as i64,
                );
                match shared
                    .store
                    .take_acme_lease(&name, &shared.node, now, until)
                    .await
                {
                    Ok(true) => true,
                    Ok(false) => {
                        tracing::debug!("ACME: another node is ordering the certificate");
                        false
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "ACME: cannot take the cluster's ordering lease; retrying later");
                        false
                    }
                }
            }
        };
        if mine {
            let order = obtain(&config, &data, &resolver, shared.as_ref());
            let obtained = tokio::time::timeout(ORDER_TIMEOUT, order).await;
            // A node that failed lets another try at once; one that succeeded keeps the lease
            // until it runs out, which no other node needs sooner (they adopt its certificate).
            let failed = !matches!(obtained, Ok(Ok(_)));
            match obtained {
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
            if let Some(shared) = &shared
                && failed
                && let Err(e) = shared.store.release_acme_lease(&name, &shared.node).await
            {
                tracing::warn!(error = %e, "ACME: cannot release the ordering lease (it runs out by itself)");
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(config.check_interval) => {}
            _ = shutdown.changed() => break,
        }
        if *shutdown.borrow() {
            break;
        }
    }
    if let Some(reader) = reader {
        reader.abort();
    }
}

/// Serves the cluster's certificate when it is newer than the one served (another node
/// renewed it), and keeps a copy in the data directory for a start while PostgreSQL is down.
async fn adopt(
    shared: &Shared,
    name: &str,
    config: &AcmeConfig,
    data: &Path,
    resolver: &CertResolver,
    not_after: &mut Option<i64>,
) {
    let row = match shared.store.acme_shared(name).await {
        Ok(Some((value, _))) => value,
        Ok(None) => return,
        Err(e) => {
            return tracing::warn!(error = %e, "ACME: cannot read the cluster's certificate");
        }
    };
    let adopted = (|| -> anyhow::Result<Option<i64>> {
        let cert: SharedCert = serde_json::from_slice(&row).context("malformed")?;
        let certs = CertificateDer::pem_slice_iter(cert.chain.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .context("a malformed chain")?;
        let t =
            not_after_of(certs.first().context("no certificate")?).context("no readable expiry")?;
        if not_after.is_some_and(|served| served >= t) {
            return Ok(None);
        }
        let key = PrivateKeyDer::from_pem_slice(cert.key.as_bytes()).context("a malformed key")?;
        let certified = certified_key(certs, &key)?;
        crate::datadir::create_private_dir(&data.join(DIR))?;
        crate::write_private_replace(&key_path(data), cert.key.as_bytes())?;
        crate::write_private_replace(&cert_path(data), cert.chain.as_bytes())?;
        resolver.set(certified);
        Ok(Some(t))
    })();
    match adopted {
        Ok(Some(t)) => {
            tracing::info!(
                domains = ?config.domains,
                not_after = %conclave_proto::Timestamp(t.saturating_mul(1000)),
                "ACME: the cluster's certificate in use"
            );
            *not_after = Some(t);
        }
        Ok(None) => {}
        Err(e) => {
            tracing::warn!(error = %format!("{e:#}"), "ACME: the cluster's certificate is unusable; keeping the one served")
        }
    }
}

/// Reads the cluster's pending challenge answers every second, for the CA's validations that
/// reach this node while another one orders.
async fn read_challenges(
    shared: Shared,
    resolver: Arc<CertResolver>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        match shared
            .store
            .acme_challenges(crate::now(), CHALLENGES_READ_MAX)
            .await
        {
            Ok(rows) => {
                if let Err(e) = resolver.set_shared(rows) {
                    tracing::warn!(error = %format!("{e:#}"), "ACME: unusable shared challenge answers");
                }
            }
            Err(e) => tracing::debug!(error = %e, "ACME: cannot read the shared challenge answers"),
        }
        tokio::select! {
            _ = tokio::time::sleep(CHALLENGE_READ_INTERVAL) => {}
            () = crate::stopped(&mut shutdown) => return,
        }
    }
}

/// One order: account, TLS-ALPN-01 for every domain, finalize, download, store, swap in.
/// Returns the new certificate's `notAfter`.
async fn obtain(
    config: &AcmeConfig,
    data: &Path,
    resolver: &CertResolver,
    shared: Option<&Shared>,
) -> anyhow::Result<i64> {
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
    let kind = if config.http_listen.is_some() {
        ChallengeType::Http01
    } else {
        ChallengeType::TlsAlpn01
    };
    let mut pending = Pending {
        resolver,
        shared,
        names: Vec::new(),
        tokens: Vec::new(),
    };
    let expires = conclave_proto::Timestamp(crate::now().0 + ORDER_TIMEOUT.as_millis() as i64);
    // First every answer is in place (here, and in a cluster where every node reads it), then
    // the CA is told to check them: one wait for the cluster's nodes per order, not per name.
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
            let challenge = authz
                .challenge(kind.clone())
                .with_context(|| format!("the CA offers no {kind:?} challenge"))?;
            let (table_kind, name, answer) = if kind == ChallengeType::Http01 {
                let token = challenge.token.clone();
                let answer = challenge.key_authorization().as_str().to_owned();
                resolver.set_http_answer(&token, Some(answer.clone()));
                pending.tokens.push(token.clone());
                (KIND_HTTP01, token, answer)
            } else {
                let domain = challenge.identifier().to_string();
                let digest = challenge.key_authorization().digest();
                resolver.set_challenge(&domain, Some(challenge_cert(&domain, digest.as_ref())?));
                pending.names.push(domain.clone());
                (KIND_TLS_ALPN01, domain, crate::hex::encode(digest.as_ref()))
            };
            if let Some(shared) = shared {
                shared
                    .store
                    .set_acme_challenge(table_kind, &name, Some((&answer, expires)))
                    .await
                    .context("publishing the challenge answer to the cluster")?;
            }
        }
    }
    if shared.is_some() && !(pending.names.is_empty() && pending.tokens.is_empty()) {
        tokio::time::sleep(CHALLENGE_SPREAD).await;
    }
    {
        let mut authorizations = order.authorizations();
        while let Some(result) = authorizations.next().await {
            let mut authz = result.context("reading an authorization")?;
            if authz.status != AuthorizationStatus::Pending {
                continue;
            }
            authz
                .challenge(kind.clone())
                .with_context(|| format!("the CA offers no {kind:?} challenge"))?
                .set_ready()
                .await
                .context("answering the challenge")?;
        }
    }
    let retries = RetryPolicy::new()
        .initial_delay(Duration::from_millis(250))
        .timeout(Duration::from_secs(60));
    let status = order.poll_ready(&retries).await;
    drop(pending);
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
    let t = not_after_of(leaf).context("the CA sent a certificate without a readable expiry")?;
    let certified = certified_key(certs, &key)?;
    let dir = data.join(DIR);
    crate::datadir::create_private_dir(&dir)?;
    crate::write_private_replace(&key_path(data), key_pem.as_bytes())?;
    crate::write_private_replace(&cert_path(data), chain_pem.as_bytes())?;
    resolver.set(certified);
    if let Some(shared) = shared {
        let row = serde_json::to_vec(&SharedCert {
            chain: chain_pem,
            key: key_pem,
        })?;
        // This node serves it already; the others renew by themselves when this fails.
        if let Err(e) = shared
            .store
            .set_acme_shared(&shared_name(config), &row, crate::now())
            .await
        {
            tracing::warn!(error = %e, "ACME: cannot share the new certificate with the cluster");
        }
    }
    Ok(t)
}

/// The challenge answers of one order, withdrawn when it ends (answered, failed or timed out:
/// the order's future may be dropped by [`run`]'s timeout at any await).
struct Pending<'a> {
    resolver: &'a CertResolver,
    shared: Option<&'a Shared>,
    names: Vec<String>,
    tokens: Vec<String>,
}

impl Drop for Pending<'_> {
    fn drop(&mut self) {
        for name in &self.names {
            self.resolver.set_challenge(name, None);
        }
        for token in &self.tokens {
            self.resolver.set_http_answer(token, None);
        }
        // The cluster's copies expire by themselves; withdrawing them is a courtesy.
        if let Some(shared) = self.shared {
            let store = shared.store.clone();
            let rows: Vec<(&'static str, String)> = self
                .names
                .drain(..)
                .map(|n| (KIND_TLS_ALPN01, n))
                .chain(self.tokens.drain(..).map(|t| (KIND_HTTP01, t)))
                .collect();
            tokio::spawn(async move {
                for (kind, name) in rows {
                    let _ = store.set_acme_challenge(kind, &name, None).await;
                }
            });
        }
    }
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

/// Where [`serve_http01`] sends everything that is not a challenge: `https://{host}[:port]{path}`,
/// the host being the request's when it is one of `hosts`, else `default_host`.
#[derive(Debug, Clone)]
pub struct HttpsRedirect {
    pub hosts: Vec<String>,
    pub default_host: String,
    pub port: u16,
}

/// Plain HTTP connections served at once on the HTTP-01 address (more wait in the backlog).
const HTTP01_CONNECTIONS_MAX: usize = 256;
const CHALLENGE_PATH: &str = "/.well-known/acme-challenge/";
/// Tokens are base64url (RFC 8555 §8.3: at least 128 bits); longer is not a token.
const TOKEN_BYTES_MAX: usize = 256;

/// The plain HTTP listener of HTTP-01: challenge answers, and a redirect to HTTPS for the rest
/// (a browser typing the bare name lands on the web app).
pub async fn serve_http01(
    listener: tokio::net::TcpListener,
    resolver: Arc<CertResolver>,
    redirect: HttpsRedirect,
    timeouts: crate::listener::HttpTimeouts,
    stop: watch::Receiver<bool>,
) {
    let redirect = Arc::new(redirect);
    let handle = move |peer, request: axum::http::Request<hyper::body::Incoming>| {
        let response = http01_response(&resolver, &redirect, &request);
        if response.status() == axum::http::StatusCode::OK {
            tracing::debug!(%peer, "answered an ACME http-01 validation");
        }
        std::future::ready(response)
    };
    crate::listener::serve_plain(
        listener,
        "ACME HTTP",
        HTTP01_CONNECTIONS_MAX,
        handle,
        timeouts,
        stop,
    )
    .await;
}

fn http01_response<B>(
    resolver: &CertResolver,
    redirect: &HttpsRedirect,
    request: &axum::http::Request<B>,
) -> axum::http::Response<axum::body::Body> {
    use axum::http::{Method, Response, StatusCode, header};
    let path = request.uri().path();
    if let Some(token) = path.strip_prefix(CHALLENGE_PATH) {
        let answer = (matches!(*request.method(), Method::GET | Method::HEAD)
            && !token.is_empty()
            && token.len() <= TOKEN_BYTES_MAX
            && token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .then(|| resolver.http_answer(token))
        .flatten();
        let (status, body) = match answer {
            Some(a) => (StatusCode::OK, a),
            None => (StatusCode::NOT_FOUND, "no such challenge\n".to_owned()),
        };
        return Response::builder()
            .status(status)
            .header(header::CONTENT_TYPE, "text/plain")
            .body(axum::body::Body::from(body))
            .unwrap_or_default();
    }
    let asked = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| {
            // "name", "name:80", "[v6]:80": only names are ever redirected to as asked.
            h.rsplit_once(':')
                .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()))
                .map_or(h, |(name, _)| name)
                .trim_end_matches('.')
                .to_ascii_lowercase()
        });
    let host = asked
        .filter(|h| redirect.hosts.iter().any(|known| known == h))
        .unwrap_or_else(|| redirect.default_host.clone());
    let port = match redirect.port {
        443 => String::new(),
        p => format!(":{p}"),
    };
    let rest = request.uri().path_and_query().map_or("/", |pq| pq.as_str());
    let rest = if rest.starts_with('/') { rest } else { "/" };
    Response::builder()
        .status(StatusCode::PERMANENT_REDIRECT)
        .header(header::LOCATION, format!("https://{host}{port}{rest}"))
        .body(axum::body::Body::empty())
        .unwrap_or_default()
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
    fn http01_answers_known_tokens_and_redirects_the_rest_to_https() {
        use axum::http::{Request, StatusCode, header};
        let key = challenge_cert("chat.example.org", &[7u8; 32]).unwrap();
        let resolver = CertResolver::new(key);
        resolver.set_http_answer("tok_EN-1", Some("tok_EN-1.thumb".into()));
        let redirect = HttpsRedirect {
            hosts: vec!["chat.example.org".into()],
            default_host: "chat.example.org".into(),
            port: 8443,
        };
        let get = |path: &str, host: &str| {
            let request = Request::get(path)
                .header(header::HOST, host)
                .body(())
                .unwrap();
            http01_response(&resolver, &redirect, &request)
        };
        let r = get("/.well-known/acme-challenge/tok_EN-1", "chat.example.org");
        assert_eq!(r.status(), StatusCode::OK);
        for missing in [
            "/.well-known/acme-challenge/other",
            "/.well-known/acme-challenge/",
            "/.well-known/acme-challenge/tok_EN-1/../x",
        ] {
            assert_eq!(
                get(missing, "x").status(),
                StatusCode::NOT_FOUND,
                "{missing}"
            );
        }
        let location = |r: axum::http::Response<axum::body::Body>| {
            assert_eq!(r.status(), StatusCode::PERMANENT_REDIRECT);
            r.headers()[header::LOCATION].to_str().unwrap().to_owned()
        };
        assert_eq!(
            location(get("/?x=1", "Chat.Example.org:80")),
            "https://chat.example.org:8443/?x=1"
        );
        assert_eq!(
            location(get("/a?b=c", "evil.example")),
            "https://chat.example.org:8443/a?b=c",
            "an unknown Host is not echoed into the redirect"
        );
        resolver.set_http_answer("tok_EN-1", None);
        assert_eq!(
            get("/.well-known/acme-challenge/tok_EN-1", "x").status(),
            StatusCode::NOT_FOUND,
            "a withdrawn answer is gone"
        );
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
