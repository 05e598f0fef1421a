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
use tokio::{
    io::{AsyncReadExt as _, AsyncWriteExt as _},
    sync::watch,
};

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
///
/// Each fetch first asks the node it reached for its allowance, whose answer names the key
/// that node issues with, and blinds for that key (found in the directory, with the name of
/// the issuer that lists it). In a cluster every node has its own issuer key and the session
/// may land on any node, so the key cannot be picked from the directory alone.
pub struct ServerTokens {
    pub endpoints: Vec<Endpoint>,
    pub device: DeviceId,
    pub key: Arc<DeviceKey>,
    /// The verified directory the issuer keys are looked up in (the proxy's current one).
    pub directory: watch::Receiver<Arc<Directory>>,
}

/// The issuer of `directory` that lists the key with RFC 9578 `token_key_id` `key_id`: its
/// name (which the tokens' challenge carries) and the key.
pub fn issuer_key(
    directory: &Directory,
    key_id: &[u8; 32],
) -> Result<(String, conclave_tokens::IssuerPublicKey), ClientError> {
    for issuer in &directory.issuers {
        for key in &issuer.keys {
            let Ok(der) = key.spki_der() else { continue };
            let Ok(public) = conclave_tokens::IssuerPublicKey::from_spki_der(&der) else {
                continue;
            };
            if public.key_id() == *key_id {
                return Ok((issuer.name.clone(), public));
            }
        }
    }
    Err(ClientError::Protocol(format!(
        "the relay directory does not list the home server's token key {}: it may be older \
         than the key (fetch the directory again)",
        key_id[..4]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    )))
}

impl ServerTokens {
    pub async fn fetch(&self, origin: &str, n: u32) -> Result<Vec<Vec<u8>>, ClientError> {
        let n = n.min(conclave_proto::limits::RELAY_TOKEN_REQUESTS_MAX as u32);
        let conn = Connection::open_any(
            &self.endpoints,
            Auth::Device {
                id: self.device,
                key: &self.key,
            },
        )
        .await?;
        let result = self.fetch_on(&conn, origin, n).await;
        conn.close().await;
        result
    }

    async fn fetch_on(
        &self,
        conn: &Connection,
        origin: &str,
        n: u32,
    ) -> Result<Vec<Vec<u8>>, ClientError> {
        let Response::RelayTokenAllowance { key_id, .. } =
            conn.request(Request::RelayTokenAllowance).await?
        else {
            return Err(ClientError::Protocol(
                "unexpected answer to RelayTokenAllowance".into(),
            ));
        };
        let key_id = key_id.ok_or_else(|| {
            ClientError::Protocol("the home server issues no relay tokens".into())
        })?;
        let directory = self.directory.borrow().clone();
        let (issuer_name, issuer_key) = issuer_key(&directory, &key_id)?;
        let challenge = conclave_tokens::TokenChallenge::new(issuer_name.as_str(), origin);
        let mut requests = Vec::new();
        let mut pending = Vec::new();
        for _ in 0..n {
            let (request, state) = conclave_tokens::begin(&issuer_key, &challenge)
                .map_err(|e| ClientError::Protocol(e.to_string()))?;
            requests.push(request);
            pending.push(state);
        }
        let answer = conn
            .request(Request::RelayTokens { key_id, requests })
            .await;
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
