//! Connections before they are sessions: how many one IP address may hold, and the HTTP/1
//! connection with its timeouts.
//!
//! A connection is *unauthenticated* from accept until its WebSocket session is `Ready`: TLS
//! handshake, HTTP requests, the upgrade, the WebSocket's authentication. Each phase has a time
//! bound (`tls_handshake_timeout_secs`, `http_header_timeout_secs`, `http_connection_secs_max`,
//! `auth_timeout_secs`), and [`PerIp`] bounds how many one address holds at once, so a stranger
//! can neither keep connections open for free nor take all of `connections_max`.

use std::{
    collections::HashMap,
    convert::Infallible,
    future::Future,
    net::{IpAddr, Ipv6Addr},
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::http::{HeaderValue, Request, Response, header};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::{
    io::{AsyncRead, AsyncWrite},
    sync::watch,
};

/// `Strict-Transport-Security` for a server with an operator (CA-issued) certificate: a year,
/// without `includeSubDomains` (the operator's other hosts are not ours to commit to HTTPS).
pub const HSTS: &str = "max-age=31536000";

/// Bytes hyper buffers per connection for a request head (and body chunks).
const HTTP_BUFFER_BYTES_MAX: usize = 64 * 1024;

/// The count of unauthenticated connections per address. An entry exists only while its
/// count is above zero, so the map holds at most one entry per open connection: it is bounded
/// by `connections_max` like the connections themselves.
#[derive(Debug)]
pub struct PerIp {
    counts: Mutex<HashMap<IpAddr, usize>>,
    max: usize,
}

/// One unauthenticated connection counted in [`PerIp`]; dropping it uncounts it.
#[derive(Debug)]
pub struct Pending {
    per_ip: Arc<PerIp>,
    key: IpAddr,
}

impl PerIp {
    pub fn new(max: usize) -> Arc<Self> {
        Arc::new(PerIp {
            counts: Mutex::new(HashMap::new()),
            max,
        })
    }

    /// Counts a new connection from `ip`, or `None` when the address is at its limit.
    pub fn admit(self: &Arc<Self>, ip: IpAddr) -> Option<Pending> {
        let key = ip_key(ip);
        let mut counts = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let count = counts.entry(key).or_insert(0);
        if *count >= self.max {
            return None;
        }
        *count += 1;
        Some(Pending {
            per_ip: self.clone(),
            key,
        })
    }

    /// Addresses with unauthenticated connections now.
    pub fn addresses(&self) -> usize {
        self.counts.lock().unwrap_or_else(|p| p.into_inner()).len()
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        let mut counts = self.per_ip.counts.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(count) = counts.get_mut(&self.key) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                counts.remove(&self.key);
            }
        }
    }
}

/// What one address is: an IPv4 address (IPv4-mapped IPv6 included), or an IPv6 /64 (the
/// smallest network a host is given; counting single IPv6 addresses would count nothing).
fn ip_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let prefix = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(Ipv6Addr::from(prefix))
            }
        },
    }
}

/// A connection's [`Pending`], reachable from its requests (in their extensions) so that the
/// WebSocket upgrade hands it to the session, which drops it once authenticated.
#[derive(Debug, Clone)]
pub struct PendingSlot(Arc<Mutex<Option<Pending>>>);

impl PendingSlot {
    pub fn new(pending: Pending) -> Self {
        PendingSlot(Arc::new(Mutex::new(Some(pending))))
    }

    pub fn take(&self) -> Option<Pending> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// The time bounds of an HTTP connection (see [`conclave_server_core::Limits`]).
#[derive(Debug, Clone, Copy)]
pub struct HttpTimeouts {
    pub header: Duration,
    pub lifetime: Duration,
}

impl HttpTimeouts {
    pub fn of(limits: &conclave_server_core::Limits) -> Self {
        HttpTimeouts {
            header: Duration::from_secs(limits.http_header_timeout_secs),
            lifetime: Duration::from_secs(limits.http_connection_secs_max),
        }
    }
}

/// Serves HTTP/1 (with upgrades) on `io` until the client leaves, a request head takes longer
/// than `timeouts.header` (a silent or slowloris client, an idle keep-alive connection), the
/// connection reaches `timeouts.lifetime`, or `stop` turns true. The last two close it after
/// the response in flight, which gets at most `timeouts.lifetime` more. A connection that
/// upgrades ends here at the upgrade; the WebSocket lives on in its own task.
pub async fn serve_http<I, F, R>(
    io: I,
    handle: F,
    timeouts: HttpTimeouts,
    mut stop: watch::Receiver<bool>,
) where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    F: Fn(Request<Incoming>) -> R + Send + 'static,
    R: Future<Output = Response<axum::body::Body>> + Send + 'static,
{
    let service = hyper::service::service_fn(move |request| {
        let response = handle(request);
        async move { Ok::<_, Infallible>(response.await) }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(timeouts.header)
        .max_buf_size(HTTP_BUFFER_BYTES_MAX)
        .serve_connection(TokioIo::new(io), service)
        .with_upgrades();
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => return,
        () = crate::stopped(&mut stop) => {}
        () = tokio::time::sleep(timeouts.lifetime) => {
            tracing::debug!("an HTTP connection reached its lifetime limit");
        }
    }
    conn.as_mut().graceful_shutdown();
    let _ = tokio::time::timeout(timeouts.lifetime, conn).await;
}

/// Adds `Strict-Transport-Security` to a response.
/// Accepts plain HTTP connections on `listener` until `stop` turns true, at most `max` served
/// at once (more wait in the backlog), each request answered by `handle(peer, request)`.
pub async fn serve_plain<F, R>(
    listener: tokio::net::TcpListener,
    what: &'static str,
    max: usize,
    handle: F,
    timeouts: HttpTimeouts,
    mut stop: watch::Receiver<bool>,
) where
    F: Fn(std::net::SocketAddr, Request<Incoming>) -> R + Clone + Send + Sync + 'static,
    R: Future<Output = Response<axum::body::Body>> + Send + 'static,
{
    let connections = Arc::new(tokio::sync::Semaphore::new(max));
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    tracing::warn!(error = %e, "{what}: accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = crate::stopped(&mut stop) => return,
        };
        let Ok(permit) = connections.clone().try_acquire_owned() else {
            continue;
        };
        let (handle, stop) = (handle.clone(), stop.clone());
        tokio::spawn(async move {
            let _permit = permit;
            serve_http(tcp, move |request| handle(peer, request), timeouts, stop).await;
        });
    }
}

pub fn add_hsts(response: &mut Response<axum::body::Body>) {
    response.headers_mut().insert(
        header::STRICT_TRANSPORT_SECURITY,
        HeaderValue::from_static(HSTS),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_ip_counts_refuses_at_the_limit_and_forgets_at_zero() {
        let per_ip = PerIp::new(2);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        let a1 = per_ip.admit(a).unwrap();
        let a2 = per_ip.admit(a).unwrap();
        assert!(
            per_ip.admit(a).is_none(),
            "the third from one address is refused"
        );
        let b1 = per_ip.admit(b).unwrap();
        assert_eq!(per_ip.addresses(), 2);
        drop(a1);
        let a3 = per_ip.admit(a).unwrap();
        drop((a2, a3, b1));
        assert_eq!(per_ip.addresses(), 0, "entries go at zero");
    }

    #[test]
    fn ipv6_counts_per_64_and_mapped_v4_as_v4() {
        let per_ip = PerIp::new(1);
        let one = per_ip.admit("2001:db8:1:2::1".parse().unwrap()).unwrap();
        assert!(
            per_ip
                .admit("2001:db8:1:2:ffff::9".parse().unwrap())
                .is_none(),
            "the same /64"
        );
        let _other = per_ip.admit("2001:db8:1:3::1".parse().unwrap()).unwrap();
        let _v4 = per_ip.admit("198.51.100.7".parse().unwrap()).unwrap();
        assert!(
            per_ip
                .admit("::ffff:198.51.100.7".parse().unwrap())
                .is_none()
        );
        drop(one);
    }
}
