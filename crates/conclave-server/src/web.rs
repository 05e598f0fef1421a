//! The web app's files, served at `/` on the TLS port with a strict Content-Security-Policy.
//!
//! The files are built into a directory by `scripts/build-web` (default `target/web`, found
//! next to the binary; `--web-dir` elsewhere). They are read once at start into memory; only
//! those files are served (no path from a request ever reaches the file system). `/`, `/join`
//! and `/device` (the paths of invitation and device links) serve the app's page; `/v1/info`
//! tells the page the certificate fingerprint it puts into links for the CLI. A file `X.gz`
//! beside `X` (the build writes them for the text and WebAssembly files) is `X` gzip-encoded:
//! it is sent, with `Content-Encoding: gzip`, to browsers that accept it (the app's 4 MB of
//! WebAssembly is 1.2 MB so on a phone's connection).

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::Arc,
};

use anyhow::{Context, bail};
use axum::{
    Router,
    extract::State,
    http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header},
    response::{IntoResponse, Response},
};
use conclave_proto::Fingerprint;
use sha2::Digest as _;

/// No script, style, image, font or connection from anywhere but this origin; WebAssembly may
/// be compiled (`wasm-unsafe-eval`), nothing else is evaluated; no framing, no plugins.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
    worker-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const FILES_MAX: usize = 256;
const TOTAL_BYTES_MAX: u64 = 64 * 1024 * 1024;
const DEPTH_MAX: usize = 4;

struct Asset {
    content_type: &'static str,
    bytes: axum::body::Bytes,
    etag: HeaderValue,
    /// The same file gzip-encoded, with its own entity tag.
    gzip: Option<(axum::body::Bytes, HeaderValue)>,
}

fn entity_tag(bytes: &[u8]) -> anyhow::Result<HeaderValue> {
    let digest = sha2::Sha256::digest(bytes);
    let tag: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("\"{tag}\"")).context("etag")
}

/// The app's files by URL path (`/app.js`).
#[derive(Default)]
pub struct WebAssets {
    files: HashMap<String, Asset>,
    /// Where they came from, for the log.
    pub dir: Option<PathBuf>,
}

impl WebAssets {
    /// The configured directory, else `web/` beside the binary or in its parent (`target/web`
    /// for `target/{debug,release}/conclave-server`). Empty when none is found: `/` then says
    /// how to build the app.
    pub fn find(configured: Option<&Path>) -> anyhow::Result<Self> {
        if let Some(dir) = configured {
            return Self::load(dir);
        }
        let exe = std::env::current_exe().ok();
        let candidates = exe
            .as_deref()
            .and_then(Path::parent)
            .map(|bin| vec![bin.join("web"), bin.join("../web")])
            .unwrap_or_default();
        for dir in candidates {
            if dir.join("index.html").is_file() {
                return Self::load(&dir);
            }
        }
        Ok(WebAssets::default())
    }

    /// Reads every file under `dir` (within the limits above).
    pub fn load(dir: &Path) -> anyhow::Result<Self> {
        if !dir.join("index.html").is_file() {
            bail!(
                "{} holds no index.html (run scripts/build-web)",
                dir.display()
            );
        }
        let mut assets = WebAssets {
            files: HashMap::new(),
            dir: Some(dir.to_owned()),
        };
        let mut total = 0u64;
        let mut gzipped = HashMap::new();
        assets.read_dir(dir, "", 0, &mut total, &mut gzipped)?;
        for (url, bytes) in gzipped {
            // A `.gz` without its plain file is not served: every client can get every file.
            if let Some(asset) = assets.files.get_mut(&url) {
                let etag = entity_tag(&bytes)?;
                asset.gzip = Some((bytes.into(), etag));
            }
        }
        Ok(assets)
    }

    fn read_dir(
        &mut self,
        dir: &Path,
        prefix: &str,
        depth: usize,
        total: &mut u64,
        gzipped: &mut HashMap<String, Vec<u8>>,
    ) -> anyhow::Result<()> {
        if depth > DEPTH_MAX {
            bail!("{} is nested too deeply", dir.display());
        }
        let entries =
            std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            let url = format!("{prefix}/{name}");
            if entry.file_type()?.is_dir() {
                self.read_dir(&path, &url, depth + 1, total, gzipped)?;
                continue;
            }
            let plain_name = name.strip_suffix(".gz");
            let Some(content_type) = content_type(plain_name.unwrap_or(name)) else {
                continue;
            };
            let bytes =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            *total += bytes.len() as u64;
            if self.files.len() + gzipped.len() >= FILES_MAX || *total > TOTAL_BYTES_MAX {
                bail!(
                    "{} holds more than {FILES_MAX} files or {TOTAL_BYTES_MAX} bytes",
                    dir.display()
                );
            }
            if let Some(plain) = plain_name {
                gzipped.insert(format!("{prefix}/{plain}"), bytes);
                continue;
            }
            let etag = entity_tag(&bytes)?;
            self.files.insert(
                url,
                Asset {
                    content_type,
                    bytes: bytes.into(),
                    etag,
                    gzip: None,
                },
            );
        }
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

fn content_type(name: &str) -> Option<&'static str> {
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    Some(match ext {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "webmanifest" => "application/manifest+json",
        "json" => "application/json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => return None,
    })
}

struct WebState {
    assets: WebAssets,
    info: String,
}

/// The routes of the web app, for `Router::fallback_service`: every path the other routes do
/// not take.
pub fn router(assets: WebAssets, pin: Option<Fingerprint>) -> Router {
    let info = serde_json::json!({ "fingerprint": pin.map(|p| p.to_hex()) }).to_string();
    Router::new()
        .fallback(serve)
        .with_state(Arc::new(WebState { assets, info }))
}

fn security_headers(h: &mut HeaderMap) {
    let set = |h: &mut HeaderMap, k: header::HeaderName, v: &'static str| {
        h.insert(k, HeaderValue::from_static(v));
    };
    set(h, header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::REFERRER_POLICY, "no-referrer");
    set(h, header::X_FRAME_OPTIONS, "DENY");
    set(
        h,
        header::HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        h,
        header::HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    );
    set(
        h,
        header::HeaderName::from_static("permissions-policy"),
        "camera=(self), microphone=(self), geolocation=(), payment=(), usb=()",
    );
    // The service worker keeps the offline copy; the network copy is always revalidated.
    set(h, header::CACHE_CONTROL, "no-cache");
}

async fn serve(
    State(web): State<Arc<WebState>>,
    method: Method,
    uri: Uri,
    request_headers: HeaderMap,
) -> Response {
    let mut response = respond(&web, &method, uri.path(), &request_headers);
    security_headers(response.headers_mut());
    response
}

fn respond(web: &WebState, method: &Method, path: &str, request_headers: &HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (StatusCode::METHOD_NOT_ALLOWED, "GET only\n").into_response();
    }
    if path == "/v1/info" {
        return (
            [(header::CONTENT_TYPE, "application/json")],
            web.info.clone(),
        )
            .into_response();
    }
    let key = match path {
        "/" | "/join" | "/device" => "/index.html",
        p => p,
    };
    let Some(asset) = web.assets.files.get(key) else {
        if web.assets.is_empty() && key == "/index.html" {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                "The Conclave web app is not built: run scripts/build-web, or start the server with --web-dir DIR.\n",
            )
                .into_response();
        }
        return (StatusCode::NOT_FOUND, "not found\n").into_response();
    };
    let (bytes, etag, encoded) = match &asset.gzip {
        Some((gz, gz_etag)) if accepts_gzip(request_headers) => (gz, gz_etag, true),
        _ => (&asset.bytes, &asset.etag, false),
    };
    let mut response = if request_headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes())
    {
        (StatusCode::NOT_MODIFIED, [(header::ETAG, etag.clone())]).into_response()
    } else {
        (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static(asset.content_type),
                ),
                (header::ETAG, etag.clone()),
            ],
            bytes.clone(),
        )
            .into_response()
    };
    let ok = response.status() == StatusCode::OK;
    let h = response.headers_mut();
    if asset.gzip.is_some() {
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    if encoded && ok {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    response
}

/// Whether `Accept-Encoding` lists gzip (or `*`) with a non-zero quality.
fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|item| {
            let mut parts = item.split(';').map(str::trim);
            let coding = parts.next().unwrap_or("");
            let zero = parts.any(|p| {
                p.strip_prefix("q=")
                    .is_some_and(|q| q.trim().parse::<f32>().is_ok_and(|q| q <= 0.0))
            });
            (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !zero
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(dir: &Path) -> WebState {
        WebState {
            assets: WebAssets::load(dir).unwrap(),
            info: "{}".into(),
        }
    }

    #[test]
    fn serves_only_the_loaded_files_with_types_and_etags() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "<!doctype html>").unwrap();
        std::fs::create_dir(dir.path().join("pkg")).unwrap();
        std::fs::write(dir.path().join("pkg/app_bg.wasm"), b"\0asm").unwrap();
        std::fs::write(dir.path().join("notes.unknown"), b"x").unwrap();
        let web = state(dir.path());
        let get = |p: &str| respond(&web, &Method::GET, p, &HeaderMap::new());
        for p in ["/", "/join", "/device", "/index.html"] {
            let r = get(p);
            assert_eq!(r.status(), StatusCode::OK, "{p}");
            assert_eq!(
                r.headers()[header::CONTENT_TYPE],
                "text/html; charset=utf-8"
            );
        }
        let wasm = get("/pkg/app_bg.wasm");
        assert_eq!(wasm.headers()[header::CONTENT_TYPE], "application/wasm");
        let mut conditional = HeaderMap::new();
        conditional.insert(header::IF_NONE_MATCH, wasm.headers()[header::ETAG].clone());
        assert_eq!(
            respond(&web, &Method::GET, "/pkg/app_bg.wasm", &conditional).status(),
            StatusCode::NOT_MODIFIED
        );
        for p in [
            "/notes.unknown",
            "/../Cargo.toml",
            "/pkg/../index.html",
            "/missing.js",
        ] {
            assert_eq!(get(p).status(), StatusCode::NOT_FOUND, "{p}");
        }
        assert_eq!(
            respond(&web, &Method::POST, "/", &HeaderMap::new()).status(),
            StatusCode::METHOD_NOT_ALLOWED
        );
    }

    #[test]
    fn without_a_build_the_page_says_how_to_make_one() {
        let web = WebState {
            assets: WebAssets::default(),
            info: "{}".into(),
        };
        let r = respond(&web, &Method::GET, "/", &HeaderMap::new());
        assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    }

    #[test]
    fn gzip_variants_go_to_browsers_that_accept_them() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "<!doctype html>").unwrap();
        std::fs::write(dir.path().join("app.js"), "let x = 1;").unwrap();
        std::fs::write(dir.path().join("app.js.gz"), b"\x1f\x8bgz").unwrap();
        std::fs::write(dir.path().join("orphan.css.gz"), b"\x1f\x8b").unwrap();
        let web = state(dir.path());
        let with = |accept: &str| {
            let mut h = HeaderMap::new();
            h.insert(
                header::ACCEPT_ENCODING,
                HeaderValue::from_str(accept).unwrap(),
            );
            respond(&web, &Method::GET, "/app.js", &h)
        };
        let body = |r: Response| {
            let rt = tokio::runtime::Builder::new_current_thread()
                .build()
                .unwrap();
            rt.block_on(axum::body::to_bytes(r.into_body(), 1 << 20))
                .unwrap()
        };
        let gz = with("gzip, deflate, br, zstd");
        assert_eq!(gz.headers()[header::CONTENT_ENCODING], "gzip");
        assert_eq!(gz.headers()[header::VARY], "accept-encoding");
        assert_eq!(
            gz.headers()[header::CONTENT_TYPE],
            "text/javascript; charset=utf-8"
        );
        let gz_etag = gz.headers()[header::ETAG].clone();
        assert_eq!(&body(gz)[..], b"\x1f\x8bgz");
        for accept in ["identity", "gzip;q=0", "br"] {
            let plain = with(accept);
            assert!(
                plain.headers().get(header::CONTENT_ENCODING).is_none(),
                "{accept}"
            );
            assert_eq!(plain.headers()[header::VARY], "accept-encoding");
            assert_ne!(
                plain.headers()[header::ETAG],
                gz_etag,
                "each variant has its own tag"
            );
            assert_eq!(&body(plain)[..], b"let x = 1;");
        }
        let mut conditional = HeaderMap::new();
        conditional.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip"));
        conditional.insert(header::IF_NONE_MATCH, gz_etag);
        let not_modified = respond(&web, &Method::GET, "/app.js", &conditional);
        assert_eq!(not_modified.status(), StatusCode::NOT_MODIFIED);
        assert!(
            not_modified
                .headers()
                .get(header::CONTENT_ENCODING)
                .is_none()
        );
        let get = |p: &str| respond(&web, &Method::GET, p, &HeaderMap::new()).status();
        assert_eq!(
            get("/app.js.gz"),
            StatusCode::NOT_FOUND,
            ".gz files are variants, not paths"
        );
        assert_eq!(get("/orphan.css"), StatusCode::NOT_FOUND);
        assert!(
            respond(&web, &Method::GET, "/", &HeaderMap::new())
                .headers()
                .get(header::VARY)
                .is_none(),
            "a file without a gzip variant varies on nothing"
        );
    }
}
