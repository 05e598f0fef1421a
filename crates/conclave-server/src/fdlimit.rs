//! `connections_max` against the process's file descriptor limit (`RLIMIT_NOFILE`).
//!
//! Every connection takes a descriptor, twice over at the limit: `connections_max` sessions
//! and, apart from them, up to `connections_max` connections that are not sessions yet. A
//! server whose limit is lower would fail in `accept` under load instead of refusing cleanly
//! at its own limit, so at start it raises its soft limit to the hard one and, if that is still
//! too low, serves fewer connections and says so.

/// Descriptors kept for everything but client connections: the store's files and pool, the
/// metrics listener and its connections, the bus, logs.
pub const FDS_RESERVED: u64 = 256;

/// The `connections_max` that `nofile` descriptors carry: two per connection after
/// [`FDS_RESERVED`], at least 1.
pub fn connections_cap(nofile: u64) -> usize {
    let per_connection = nofile.saturating_sub(FDS_RESERVED) / 2;
    usize::try_from(per_connection).unwrap_or(usize::MAX).max(1)
}

/// Descriptors `connections_max` needs.
pub fn fds_needed(connections_max: usize) -> u64 {
    u64::try_from(connections_max)
        .unwrap_or(u64::MAX)
        .saturating_mul(2)
        .saturating_add(FDS_RESERVED)
}

/// Raises the soft descriptor limit to the hard one; returns the soft limit now (`None`:
/// unlimited).
#[cfg(unix)]
pub fn raise_nofile() -> Option<u64> {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    match (limit.current, limit.maximum) {
        (Some(soft), Some(hard)) if soft < hard => {
            match setrlimit(
                Resource::Nofile,
                Rlimit {
                    current: Some(hard),
                    maximum: Some(hard),
                },
            ) {
                Ok(()) => {
                    tracing::info!(from = soft, to = hard, "raised the file descriptor limit");
                    Some(hard)
                }
                Err(e) => {
                    tracing::warn!(error = %e, soft, hard, "cannot raise the file descriptor limit");
                    Some(soft)
                }
            }
        }
        (soft, _) => soft,
    }
}

#[cfg(not(unix))]
pub fn raise_nofile() -> Option<u64> {
    None
}

/// The `connections_max` to serve with: `configured`, or less when `nofile` descriptors
/// cannot carry it (logged as a warning naming both numbers and the fix).
pub fn effective_connections_max(configured: usize, nofile: Option<u64>) -> usize {
    let Some(nofile) = nofile else {
        return configured;
    };
    let cap = connections_cap(nofile);
    if configured <= cap {
        return configured;
    }
    tracing::warn!(
        "limits.connections_max is {configured} but the file descriptor limit ({nofile}) \
         carries {cap} (each connection may take two descriptors, plus {FDS_RESERVED} kept \
         for the store and the rest): serving at most {cap} connections; raise the limit to \
         {} (ulimit -n, or LimitNOFILE= in a systemd unit) or lower connections_max",
        fds_needed(configured)
    );
    cap
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_descriptors_per_connection_after_the_reserve() {
        assert_eq!(connections_cap(20_000), (20_000 - 256) / 2);
        assert_eq!(connections_cap(1_024), 384);
        assert_eq!(connections_cap(10), 1, "never zero");
        assert_eq!(fds_needed(50_000), 100_256);
        assert_eq!(connections_cap(fds_needed(9_872)), 9_872);
    }

    #[test]
    fn the_configured_cap_stands_when_descriptors_suffice() {
        assert_eq!(effective_connections_max(100, Some(1_024)), 100);
        assert_eq!(effective_connections_max(50_000, None), 50_000);
        assert_eq!(effective_connections_max(50_000, Some(20_000)), 9_872);
        assert_eq!(
            effective_connections_max(usize::MAX, Some(u64::MAX)),
            connections_cap(u64::MAX)
        );
    }
}
