//! `connections_max` against the process's file descriptor limit (`RLIMIT_NOFILE`).
//!
//! Every connection takes a descriptor: up to `connections_max` sessions and, apart from them,
//! up to `connections_max` connections that are not sessions yet. A server whose limit is
//! lower would fail in `accept` under load instead of refusing cleanly at its own limits, so at
//! start it raises its soft limit to the hard one and, if that is still too low, serves fewer
//! of both and says so.

/// Descriptors kept for everything but client connections: the store's files and pool, the
/// metrics listener and its connections, the bus, logs.
pub const FDS_RESERVED: u64 = 256;

/// How many connections the server serves at once, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Authenticated WebSocket sessions (the effective `connections_max`).
    pub sessions_max: usize,
    /// Connections that are not sessions yet (TLS, HTTP, before the upgrade).
    pub pending_max: usize,
}

/// Descriptors `connections_max` needs: one per session and one per connection not yet a
/// session, each up to `connections_max`, plus [`FDS_RESERVED`].
pub fn fds_needed(connections_max: usize) -> u64 {
    u64::try_from(connections_max)
        .unwrap_or(u64::MAX)
        .saturating_mul(2)
        .saturating_add(FDS_RESERVED)
}

/// The budget `nofile` descriptors carry for `connections_max` (`None`: unlimited). When
/// they cannot carry it whole, a quarter of what is left after [`FDS_RESERVED`] goes to
/// connections that are not sessions yet (the per-address cap keeps those few in normal
/// operation) and the rest to sessions; each at least 1 and at most `connections_max`.
pub fn budget(connections_max: usize, nofile: Option<u64>) -> Budget {
    let whole = Budget {
        sessions_max: connections_max,
        pending_max: connections_max,
    };
    let Some(nofile) = nofile else { return whole };
    if nofile >= fds_needed(connections_max) {
        return whole;
    }
    let available = usize::try_from(nofile.saturating_sub(FDS_RESERVED)).unwrap_or(usize::MAX);
    let pending_max = (available / 4).clamp(1, connections_max);
    let sessions_max = available
        .saturating_sub(pending_max)
        .clamp(1, connections_max);
    Budget {
        sessions_max,
        pending_max,
    }
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

/// [`budget`] for the configured `connections_max` under the descriptor limit, with a warning
/// naming both numbers and the fix when the limit cannot carry it.
pub fn checked_budget(connections_max: usize, nofile: Option<u64>) -> Budget {
    let budget = budget(connections_max, nofile);
    if let Some(nofile) = nofile
        && budget.sessions_max < connections_max
    {
        tracing::warn!(
            "limits.connections_max is {connections_max} but the file descriptor limit \
             ({nofile}) cannot carry it (it needs {}: a descriptor per session and per \
             connection not yet a session, plus {FDS_RESERVED}): serving at most {} sessions \
             and {} connections not yet sessions; raise the limit (ulimit -n, or LimitNOFILE= \
             in a systemd unit) or lower connections_max",
            fds_needed(connections_max),
            budget.sessions_max,
            budget.pending_max,
        );
    }
    budget
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enough_descriptors_carry_the_configured_limit_whole() {
        assert_eq!(fds_needed(50_000), 100_256);
        let whole = Budget {
            sessions_max: 100,
            pending_max: 100,
        };
        assert_eq!(budget(100, Some(456)), whole);
        assert_eq!(budget(100, None), whole);
        assert_eq!(checked_budget(100, Some(1_024)), whole);
    }

    #[test]
    fn too_few_descriptors_are_split_a_quarter_to_pending_connections() {
        // The probe's machine: a hard limit of 20,000 and the default 50,000.
        let b = budget(50_000, Some(20_000));
        assert_eq!((b.sessions_max, b.pending_max), (14_808, 4_936));
        assert!(b.sessions_max as u64 + b.pending_max as u64 + FDS_RESERVED <= 20_000);
        let b = budget(100, Some(455));
        assert_eq!((b.sessions_max, b.pending_max), (100, 49));
        let b = budget(100, Some(400));
        assert_eq!((b.sessions_max, b.pending_max), (100, 36));
        let b = budget(50_000, Some(10));
        assert_eq!((b.sessions_max, b.pending_max), (1, 1), "never zero");
        assert_eq!(checked_budget(50_000, Some(700)).sessions_max, 333);
    }
}
