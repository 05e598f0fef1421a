//! An S3-compatible object store for a cluster's attachment bytes (`[blobs.s3]`), through the
//! `object_store` crate on a hyper + rustls (ring) client of our own: `object_store`'s own
//! transport is reqwest on aws-lc-rs, a C build this project keeps out of its tree.
//!
//! Only bytes go there: the blob's row, its chunk index and its fetches stay in PostgreSQL
//! ([`crate::blobs::PgBlobStore`]), so every rule (quota, offsets, capability, expiry) is
//! decided in one transactional place and the bucket holds opaque ciphertext under random
//! names.

use std::{
    pin::Pin,
    sync::{Arc, Mutex},
    task::{Context, Poll},
    time::Duration,
};

use async_trait::async_trait;
use bytes::Bytes;
use hyper::body::{Body, Frame, SizeHint};
use hyper_util::{client::legacy::Client, rt::TokioExecutor};
use object_store::{
    ClientOptions, ObjectStore, RetryConfig,
    aws::AmazonS3Builder,
    client::{
        HttpClient, HttpConnector, HttpError, HttpErrorKind, HttpRequest, HttpRequestBody,
        HttpResponse, HttpResponseBody, HttpService,
    },
};

/// Where a cluster keeps attachment bytes when not in PostgreSQL rows.
#[derive(Clone, Default)]
pub struct S3Options {
    pub bucket: String,
    /// `https://host[:port]` of an S3-compatible service (default: AWS for the region).
    pub endpoint: Option<String>,
    /// Default `us-east-1`.
    pub region: Option<String>,
    /// Static credentials; without them the standard `AWS_*` environment is read.
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
    /// Names of this cluster's objects start with it (default `conclave/blobs`).
    pub prefix: Option<String>,
    /// Plain HTTP to the endpoint (a service on loopback or a private network only).
    pub allow_http: bool,
    /// A PEM root the endpoint's certificate chains to (a private CA), beside the web roots.
    pub ca_root_pem: Option<Vec<u8>>,
    /// Path-style requests (`endpoint/bucket/key`), which most S3-compatible services want;
    /// `false` asks for virtual-hosted style (`bucket.endpoint/key`).
    pub path_style: bool,
}

impl std::fmt::Debug for S3Options {
    // The secret stays out of logs and panics.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Options")
            .field("bucket", &self.bucket)
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("access_key_id", &self.access_key_id)
            .field(
                "secret_access_key",
                &self.secret_access_key.as_ref().map(|_| "…"),
            )
            .field("prefix", &self.prefix)
            .field("allow_http", &self.allow_http)
            .field("path_style", &self.path_style)
            .finish()
    }
}

/// The default name prefix of a cluster's objects.
pub const DEFAULT_PREFIX: &str = "conclave/blobs";

/// How long one request to the object store may take before it is retried (a chunk is at
/// most [`crate::blobs::OBJECT_CHUNK_BYTES`]).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, thiserror::Error)]
pub enum ObjectsError {
    #[error("[blobs.s3]: {0}")]
    Config(String),
    #[error("the object store: {0}")]
    Store(#[from] object_store::Error),
}

/// A client of the bucket `opts` names; nothing is sent until the first request.
pub fn s3(opts: &S3Options) -> Result<Arc<dyn ObjectStore>, ObjectsError> {
    if opts.bucket.is_empty() {
        return Err(ObjectsError::Config("bucket is required".into()));
    }
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    if let Some(pem) = &opts.ca_root_pem {
        let mut any = false;
        for cert in rustls::pki_types::pem::PemObject::pem_slice_iter(pem) {
            let cert: rustls::pki_types::CertificateDer<'static> =
                cert.map_err(|e| ObjectsError::Config(format!("ca_root: {e}")))?;
            roots
                .add(cert)
                .map_err(|e| ObjectsError::Config(format!("ca_root: {e}")))?;
            any = true;
        }
        if !any {
            return Err(ObjectsError::Config("ca_root holds no certificate".into()));
        }
    }
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| ObjectsError::Config(e.to_string()))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    let mut b = AmazonS3Builder::from_env()
        .with_bucket_name(&opts.bucket)
        .with_region(opts.region.as_deref().unwrap_or("us-east-1"))
        .with_virtual_hosted_style_request(!opts.path_style)
        .with_allow_http(opts.allow_http)
        .with_client_options(ClientOptions::new().with_allow_http(opts.allow_http))
        .with_retry(RetryConfig {
            max_retries: 5,
            retry_timeout: Duration::from_secs(300),
            ..RetryConfig::default()
        })
        .with_http_connector(Hyper { tls: Arc::new(tls) });
    if let Some(endpoint) = &opts.endpoint {
        b = b.with_endpoint(endpoint);
    }
    match (&opts.access_key_id, &opts.secret_access_key) {
        (Some(id), Some(secret)) => {
            b = b
                .with_access_key_id(id)
                .with_secret_access_key(secret.as_str());
        }
        (None, None) => {}
        _ => {
            return Err(ObjectsError::Config(
                "access_key_id and secret_access_key go together".into(),
            ));
        }
    }
    Ok(Arc::new(b.build()?))
}

/// `object_store`'s HTTP transport: hyper's pooled client over rustls with ring.
#[derive(Debug)]
struct Hyper {
    tls: Arc<rustls::ClientConfig>,
}

impl HttpConnector for Hyper {
    fn connect(&self, _: &ClientOptions) -> object_store::Result<HttpClient> {
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config((*self.tls).clone())
            .https_or_http()
            .enable_http1()
            .build();
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(60))
            .build(https);
        Ok(HttpClient::new(HyperService { client }))
    }
}

type HyperClient = Client<
    hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>,
    HttpRequestBody,
>;

#[derive(Debug)]
struct HyperService {
    client: HyperClient,
}

#[async_trait]
impl HttpService for HyperService {
    async fn call(&self, req: HttpRequest) -> Result<HttpResponse, HttpError> {
        let resp = tokio::time::timeout(REQUEST_TIMEOUT, self.client.request(req))
            .await
            .map_err(|e| HttpError::new(HttpErrorKind::Timeout, e))?
            .map_err(|e| {
                let kind = if e.is_connect() {
                    HttpErrorKind::Connect
                } else {
                    HttpErrorKind::Request
                };
                HttpError::new(kind, e)
            })?;
        let (parts, body) = resp.into_parts();
        Ok(HttpResponse::from_parts(
            parts,
            HttpResponseBody::new(SyncBody(Mutex::new(body))),
        ))
    }
}

/// hyper's response body, made `Sync` as `HttpResponseBody` wants (it is only ever polled by
/// one task; the lock is never contended).
struct SyncBody(Mutex<hyper::body::Incoming>);

impl Body for SyncBody {
    type Data = Bytes;
    type Error = HttpError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, HttpError>>> {
        let mut inner = match self.0.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        Pin::new(&mut *inner)
            .poll_frame(cx)
            .map_err(|e| HttpError::new(HttpErrorKind::Interrupted, e))
    }

    fn is_end_stream(&self) -> bool {
        self.0.lock().map(|b| b.is_end_stream()).unwrap_or(true)
    }

    fn size_hint(&self) -> SizeHint {
        self.0.lock().map(|b| b.size_hint()).unwrap_or_default()
    }
}
