//! Private browsing for a native device: the relay directory from the home server (pinned
//! key), and Privacy Pass tokens fetched over short authenticated sessions (blinded here: the
//! server never sees which relay a token is for).

use std::{path::PathBuf, sync::Arc, time::Duration};

use conclave_client_core::DeviceKey;
use conclave_proto::{DeviceId, Request, Response};
use conclave_relay::{
    directory::{Directory, SignedDirectory},
    net::client::{TokenFuture, TokenSource},
};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use crate::{Auth, ClientError, Connection, Endpoint, tls};

/// Most bytes of an HTTP response accepted for the directory.
const RESPONSE_MAX: usize = conclave_relay::directory::DIRECTORY_BYTES_MAX + 16 * 1024;

/// `GET /relay/directory` on the home server (TLS pinned like the session).
pub async fn fetch_directory(endpoint: &Endpoint) -> Result<SignedDirectory, ClientError> {
    let addr = endpoint.addr();
    let connect_err = |reason: String| ClientError::Connect {
        addr: addr.clone(),
        reason,
    };
    let (config, _) = tls::client_config(endpoint.pin);
    let tcp = tokio::time::timeout(
        Duration::from_secs(15),
        tokio::net::TcpStream::connect(&addr),
    )
    .await
    .map_err(|_| ClientError::Timeout)?
    .map_err(|e| connect_err(e.to_string()))?;
    let name = rustls::pki_types::ServerName::try_from(endpoint.host.clone())
        .map_err(|e| ClientError::Tls(e.to_string()))?;
    let mut tls = tokio_rustls::TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .map_err(|e| ClientError::Tls(e.to_string()))?;
    let request = format!(
        "GET /relay/directory HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAccept: application/json\r\n\r\n"
    );
    tls.write_all(request.as_bytes())
        .await
        .map_err(|e| connect_err(e.to_string()))?;
    let mut response = Vec::new();
    let read = tokio::time::timeout(
        Duration::from_secs(30),
        (&mut tls)
            .take(RESPONSE_MAX as u64 + 1)
            .read_to_end(&mut response),
    )
    .await
    .map_err(|_| ClientError::Timeout)?;
    // A server that closes without close_notify still sent the whole body.
    if read.is_err() && response.is_empty() {
        return Err(connect_err("no answer".into()));
    }
    if response.len() > RESPONSE_MAX {
        return Err(ClientError::Protocol(
            "the relay directory is too large".into(),
        ));
    }
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| ClientError::Protocol("malformed HTTP response".into()))?;
    let status_ok = response.starts_with(b"HTTP/1.1 200");
    if !status_ok {
        return Err(ClientError::Protocol(format!(
            "the server answered {} for /relay/directory",
            String::from_utf8_lossy(&response[..response.len().min(40)])
                .lines()
                .next()
                .unwrap_or("")
        )));
    }
    SignedDirectory::parse(&response[split + 4..]).map_err(|e| ClientError::Protocol(e.to_string()))
}

/// The directory key pinned on first use in the device's home (`relay-directory.key`).
pub struct DirectoryPin {
    pub path: PathBuf,
}

impl DirectoryPin {
    /// Verifies `signed` against the pinned key (pinning it on first use).
    pub fn verify(&self, signed: &SignedDirectory, now_ms: i64) -> Result<Directory, ClientError> {
        let pinned = std::fs::read(&self.path)
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok());
        let directory = signed
            .verify(pinned.as_ref(), now_ms)
            .map_err(|e| ClientError::Protocol(e.to_string()))?;
        if pinned.is_none() {
            let key = signed
                .key_bytes()
                .map_err(|e| ClientError::Protocol(e.to_string()))?;
            crate::state::write_private(&self.path, &key)
                .map_err(|e| ClientError::Protocol(format!("cannot pin the directory key: {e}")))?;
        }
        Ok(directory)
    }
}

/// Fetches tokens from the home server: blinds each locally, sends only the blinded requests,
/// keeps the ones whose signatures verify.
pub struct ServerTokens {
    pub endpoints: Vec<Endpoint>,
    pub device: DeviceId,
    pub key: Arc<DeviceKey>,
    pub issuer_name: String,
    pub issuer_key: conclave_tokens::IssuerPublicKey,
}

impl ServerTokens {
    /// The issuer of `directory` named `issuer_name` with its newest key.
    pub fn issuer_of(
        directory: &Directory,
        issuer_name: Option<&str>,
    ) -> Result<(String, conclave_tokens::IssuerPublicKey), ClientError> {
        let issuer = match issuer_name {
            Some(name) => directory.issuers.iter().find(|i| i.name == name),
            None => directory.issuers.first(),
        }
        .ok_or_else(|| ClientError::Protocol("the relay directory lists no token issuer".into()))?;
        let newest = issuer
            .keys
            .iter()
            .max_by_key(|k| k.not_after)
            .ok_or_else(|| ClientError::Protocol("the token issuer has no key".into()))?;
        let der = newest
            .spki_der()
            .map_err(|e| ClientError::Protocol(e.to_string()))?;
        let key = conclave_tokens::IssuerPublicKey::from_spki_der(&der)
            .map_err(|e| ClientError::Protocol(e.to_string()))?;
        Ok((issuer.name.clone(), key))
    }

    pub async fn fetch(&self, origin: &str, n: u32) -> Result<Vec<Vec<u8>>, ClientError> {
        let challenge = conclave_tokens::TokenChallenge::new(self.issuer_name.as_str(), origin);
        let n = n.min(conclave_proto::limits::RELAY_TOKEN_REQUESTS_MAX as u32);
        let mut requests = Vec::new();
        let mut pending = Vec::new();
        for _ in 0..n {
            let (request, state) = conclave_tokens::begin(&self.issuer_key, &challenge)
                .map_err(|e| ClientError::Protocol(e.to_string()))?;
            requests.push(request);
            pending.push(state);
        }
        let conn = Connection::open_any(
            &self.endpoints,
            Auth::Device {
                id: self.device,
                key: &self.key,
            },
        )
        .await?;
        let answer = conn
            .request(Request::RelayTokens {
                key_id: self.issuer_key.key_id(),
                requests,
            })
            .await;
        conn.close().await;
        let Response::RelayTokens { responses, .. } = answer? else {
            return Err(ClientError::Protocol(
                "unexpected answer to RelayTokens".into(),
            ));
        };
        let mut tokens = Vec::new();
        for (state, response) in pending.into_iter().zip(responses) {
            let token = state
                .finish(&response)
                .map_err(|e| ClientError::Protocol(format!("a token does not verify: {e}")))?;
            tokens.push(token.into_bytes());
        }
        Ok(tokens)
    }
}

impl TokenSource for ServerTokens {
    fn tokens<'a>(&'a self, origin: &'a str, n: u32) -> TokenFuture<'a> {
        Box::pin(async move { self.fetch(origin, n).await.map_err(|e| e.to_string()) })
    }
}
