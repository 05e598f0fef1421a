//! The blob store's HTTPS routes: attachment ciphertext up (resumable, tus-like offsets) and
//! down (with the blob's capability).
//!
//! Every request carries `Authorization: Conclave-Grant <hex>`, a grant the device's session
//! fetched (`Request::BlobGrant`, see `conclave_server_core::blob_grant`): uploads are charged
//! to the grant's account and only that account sees its unfinished uploads. Bodies stream
//! straight to the store in pieces; nothing holds a whole file.
//!
//! - `POST /v1/blobs` `{"size": n, "capability_hash": hex}` → `201 {"id", "size",
//!   "expires_at"}`: an upload of `n` ciphertext bytes, checked against the limits and the
//!   account's quota before anything is written.
//! - `HEAD /v1/blobs/ID` → `204` with `Upload-Offset` and `Upload-Length`: where a cut upload
//!   resumes.
//! - `PATCH /v1/blobs/ID` with `Upload-Offset: n` and the bytes from `n` → `204` with the new
//!   `Upload-Offset` (durable when answered). A cut body keeps what arrived.
//! - `POST /v1/blobs/ID/finish` `{"sha256": hex, "recipients": n}` → `200 {"id", "size",
//!   "expires_at"}`: the bytes hash to it; only now can the blob be downloaded. `recipients`
//!   (optional): how many devices will fetch it.
//! - `POST /v1/blobs/ID/fetched` with `Conclave-Capability: hex` → `204`: this device (the
//!   grant's) has the file, checked; once `recipients` devices said so the blob is removed,
//!   before its TTL.
//! - `GET /v1/blobs/ID` with `Conclave-Capability: hex` → `200`, the ciphertext. The
//!   capability is a header, never in the URL, so it stays out of logs and caches.
//!
//! Refusals are `{"error": code, "message": text}`: 400 `bad_request` / `cut`, 401 `grant`,
//! 403 `over_quota`, 404 `not_found` (unknown, expired, another account's, wrong capability:
//! one answer), 409 `wrong_offset` (with the right `Upload-Offset`) / `incomplete` /
//! `finished` / `busy`, 413 `too_large` / `past_size`, 422 `hash_mismatch`, 429
//! `too_many_uploads`, 503 `unavailable`.

use std::sync::Arc;

use axum::{
    Router,
    body::{Body, Bytes},
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::post,
};
use conclave_proto::AccountId;
use conclave_server_core::{
    blob::{BlobError, BlobId, BlobInfo, BlobStore, parse_hex_array},
    blob_grant,
};
use futures_util::TryStreamExt as _;

use crate::AppState;

/// The routes' prefix.
pub const PATH: &str = "/v1/blobs";

/// Largest JSON body of `POST /v1/blobs` and `…/finish`.
const JSON_BODY_BYTES_MAX: usize = 1024;

/// What the blob routes need: the store and the keys whose grants they accept.
pub struct BlobRoutes {
    pub store: Arc<dyn BlobStore>,
    pub trusted: Vec<[u8; 32]>,
}

/// The routes, for `Router::merge`.
pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route(PATH, post(create))
        .route(
            &format!("{PATH}/{{id}}"),
            axum::routing::get(download).head(status).patch(append),
        )
        .route(&format!("{PATH}/{{id}}/finish"), post(finish))
        .route(&format!("{PATH}/{{id}}/fetched"), post(fetched))
        .layer(axum::extract::DefaultBodyLimit::disable())
}

fn refusal(status: StatusCode, code: &str, message: impl std::fmt::Display) -> Response {
    let body = serde_json::json!({ "error": code, "message": message.to_string() });
    let mut r = (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn store_refusal(e: BlobError) -> Response {
    let (status, code) = match &e {
        BlobError::TooLarge { .. } => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
        BlobError::OverQuota { .. } => (StatusCode::FORBIDDEN, "over_quota"),
        BlobError::TooManyUploads { .. } => (StatusCode::TOO_MANY_REQUESTS, "too_many_uploads"),
        BlobError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
        BlobError::WrongOffset { at, .. } => {
            let mut r = refusal(StatusCode::CONFLICT, "wrong_offset", &e);
            r.headers_mut()
                .insert("upload-offset", HeaderValue::from(*at));
            return r;
        }
        BlobError::PastSize { .. } => (StatusCode::PAYLOAD_TOO_LARGE, "past_size"),
        BlobError::Incomplete { .. } => (StatusCode::CONFLICT, "incomplete"),
        BlobError::HashMismatch => (StatusCode::UNPROCESSABLE_ENTITY, "hash_mismatch"),
        BlobError::Finished => (StatusCode::CONFLICT, "finished"),
        BlobError::Busy => (StatusCode::CONFLICT, "busy"),
        BlobError::TooManyRecipients { .. } => (StatusCode::BAD_REQUEST, "too_many_recipients"),
        BlobError::Cut(_) => (StatusCode::BAD_REQUEST, "cut"),
        BlobError::Internal(detail) => {
            tracing::error!(error = %detail, "blob store failed");
            return refusal(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the server could not store or read the file",
            );
        }
        _ => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
    };
    refusal(status, code, e)
}

/// A refusal on its way out of a helper (boxed: a `Response` is large).
type Refused = Box<Response>;

/// The store and the grant's account, or the refusal.
fn admit(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<(Arc<dyn BlobStore>, AccountId), Refused> {
    admit_device(state, headers).map(|(store, account, _)| (store, account))
}

/// The store and the grant's account and device, or the refusal.
fn admit_device(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<(Arc<dyn BlobStore>, AccountId, conclave_proto::DeviceId), Refused> {
    let Some(blobs) = state.blobs.as_ref() else {
        return Err(Box::new(refusal(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "this server keeps no attachments",
        )));
    };
    let grant = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Conclave-Grant "))
        .and_then(|h| crate::hex::decode(h.trim()))
        .ok_or_else(|| {
            Box::new(refusal(
                StatusCode::UNAUTHORIZED,
                "grant",
                "no grant: send `Authorization: Conclave-Grant <hex>` with a grant from your session",
            ))
        })?;
    let claims = blob_grant::verify(&grant, &blobs.trusted, crate::now())
        .map_err(|e| Box::new(refusal(StatusCode::UNAUTHORIZED, "grant", e)))?;
    Ok((blobs.store.clone(), claims.account, claims.device))
}

/// [`admit`] for the blob `id` names.
fn admit_to(
    state: &AppState,
    headers: &HeaderMap,
    id: &str,
) -> Result<(Arc<dyn BlobStore>, AccountId, BlobId), Refused> {
    let (store, account) = admit(state, headers)?;
    Ok((store, account, blob_id(id)?))
}

fn blob_id(text: &str) -> Result<BlobId, Refused> {
    BlobId::parse_hex(text).ok_or_else(|| {
        Box::new(refusal(
            StatusCode::NOT_FOUND,
            "not_found",
            BlobError::NotFound,
        ))
    })
}

fn info_json(info: &BlobInfo) -> serde_json::Value {
    serde_json::json!({
        "id": info.id.to_hex(),
        "size": info.size,
        "expires_at": info.expires_at.0,
    })
}

fn json_answer(status: StatusCode, info: &BlobInfo) -> Response {
    let mut r = (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        info_json(info).to_string(),
    )
        .into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn json_body<T: serde::de::DeserializeOwned>(body: &Bytes) -> Result<T, Refused> {
    if body.len() > JSON_BODY_BYTES_MAX {
        return Err(Box::new(refusal(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            format!("{} bytes; at most {JSON_BODY_BYTES_MAX}", body.len()),
        )));
    }
    serde_json::from_slice(body)
        .map_err(|e| Box::new(refusal(StatusCode::BAD_REQUEST, "bad_request", e)))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateBody {
    size: u64,
    capability_hash: String,
}

async fn create(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> Response {
    let (store, account) = match admit(&state, &headers) {
        Ok(a) => a,
        Err(r) => return *r,
    };
    let request: CreateBody = match json_body(&body) {
        Ok(r) => r,
        Err(r) => return *r,
    };
    let Some(hash) = parse_hex_array::<32>(&request.capability_hash) else {
        return refusal(
            StatusCode::BAD_REQUEST,
            "bad_request",
            "capability_hash: 32 bytes in hex",
        );
    };
    match store
        .create(account, request.size, hash, crate::now())
        .await
    {
        Ok(info) => {
            state.metrics.blob_uploads_started();
            json_answer(StatusCode::CREATED, &info)
        }
        Err(e) => store_refusal(e),
    }
}

async fn status(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let (store, account, id) = match admit_to(&state, &headers, &id) {
        Ok(a) => a,
        Err(r) => return *r,
    };
    match store.status(id, account, crate::now()).await {
        Ok(info) => {
            let mut r = StatusCode::NO_CONTENT.into_response();
            let h = r.headers_mut();
            h.insert("upload-offset", HeaderValue::from(info.offset));
            h.insert("upload-length", HeaderValue::from(info.size));
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            r
        }
        Err(e) => store_refusal(e),
    }
}

async fn append(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let (store, account, id) = match admit_to(&state, &headers, &id) {
        Ok(a) => a,
        Err(r) => return *r,
    };
    let Some(offset) = headers
        .get("upload-offset")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
    else {
        return refusal(
            StatusCode::BAD_REQUEST,
            "bad_request",
            "Upload-Offset: the offset these bytes start at",
        );
    };
    let stream = body
        .into_data_stream()
        .map_err(|e| std::io::Error::other(e.to_string()));
    let mut reader = tokio_util::io::StreamReader::new(stream);
    match store
        .append(id, account, offset, &mut reader, crate::now())
        .await
    {
        Ok(at) => {
            state.metrics.blob_bytes_received(at.saturating_sub(offset));
            let mut r = StatusCode::NO_CONTENT.into_response();
            r.headers_mut()
                .insert("upload-offset", HeaderValue::from(at));
            r
        }
        Err(e) => store_refusal(e),
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FinishBody {
    sha256: String,
    #[serde(default)]
    recipients: Option<u32>,
}

async fn finish(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (store, account, id) = match admit_to(&state, &headers, &id) {
        Ok(a) => a,
        Err(r) => return *r,
    };
    let request: FinishBody = match json_body(&body) {
        Ok(r) => r,
        Err(r) => return *r,
    };
    let Some(sha256) = parse_hex_array::<32>(&request.sha256) else {
        return refusal(
            StatusCode::BAD_REQUEST,
            "bad_request",
            "sha256: 32 bytes in hex",
        );
    };
    match store
        .finish(id, account, sha256, request.recipients, crate::now())
        .await
    {
        Ok(info) => json_answer(StatusCode::OK, &info),
        Err(e) => store_refusal(e),
    }
}

fn capability_of(headers: &HeaderMap) -> Result<[u8; 32], Refused> {
    headers
        .get("conclave-capability")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_hex_array::<32>(v.trim()))
        .ok_or_else(|| {
            Box::new(refusal(
                StatusCode::BAD_REQUEST,
                "bad_request",
                "Conclave-Capability: the blob's capability (32 bytes in hex, from the message)",
            ))
        })
}

async fn fetched(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let (store, _account, device) = match admit_device(&state, &headers) {
        Ok(a) => a,
        Err(r) => return *r,
    };
    let id = match blob_id(&id) {
        Ok(id) => id,
        Err(r) => return *r,
    };
    let capability = match capability_of(&headers) {
        Ok(c) => c,
        Err(r) => return *r,
    };
    match store.fetched(id, &capability, device, crate::now()).await {
        Ok(removed) => {
            if removed {
                state.metrics.blob_removed_after_fetch();
            }
            let mut r = StatusCode::NO_CONTENT.into_response();
            r.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            r
        }
        Err(e) => store_refusal(e),
    }
}

async fn download(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let (store, _account) = match admit(&state, &headers) {
        Ok(a) => a,
        Err(r) => return *r,
    };
    let id = match blob_id(&id) {
        Ok(id) => id,
        Err(r) => return *r,
    };
    let capability = match capability_of(&headers) {
        Ok(c) => c,
        Err(r) => return *r,
    };
    match store.open(id, &capability, crate::now()).await {
        Ok((info, reader)) => {
            state.metrics.blob_downloads_started();
            let body = Body::from_stream(tokio_util::io::ReaderStream::with_capacity(
                reader,
                crate::blobs::IO_BYTES,
            ));
            let mut r = Response::new(body);
            let h = r.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            );
            h.insert(header::CONTENT_LENGTH, HeaderValue::from(info.size));
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            r
        }
        Err(e) => store_refusal(e),
    }
}
