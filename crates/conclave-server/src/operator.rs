//! Applies what operator commands change to the running server.
//!
//! `conclave-server admin …` runs in another process (on another machine, in a cluster) and
//! writes the store directly; each change it makes is logged in the store
//! (`Store::operator_changes`) in the same transaction. Every node polls that log every
//! [`OPERATOR_CHANGES_POLL_MS`] and applies each change to its own sessions: a disabled
//! account's open sessions end (`AccountDisabled`), and every change is written to the log.
//! Invitations are read from the store at each use, so a revoked one is refused from the next
//! redemption on, on every node; the poll only reports it.

use std::{sync::Arc, time::Duration};

use conclave_server_core::{
    ChangeSubject, EndReason, OperatorChange,
    limits::{OPERATOR_CHANGES_BATCH, OPERATOR_CHANGES_POLL_MS},
};
use tokio::sync::watch;

use crate::AppState;

/// Runs until `stop`; starts after the latest change already in the store.
pub async fn watch_loop(state: Arc<AppState>, mut stop: watch::Receiver<bool>) {
    let every = Duration::from_millis(OPERATOR_CHANGES_POLL_MS);
    let mut after = loop {
        match state.store.operator_change_head().await {
            Ok(head) => break head,
            Err(e) => {
                tracing::error!(error = %e, "reading the operator change log failed; retrying");
                tokio::select! {
                    () = tokio::time::sleep(every) => {}
                    () = crate::stopped(&mut stop) => return,
                }
            }
        }
    };
    loop {
        tokio::select! {
            () = tokio::time::sleep(every) => {}
            () = crate::stopped(&mut stop) => return,
        }
        loop {
            let changes = match state
                .store
                .operator_changes(after, OPERATOR_CHANGES_BATCH)
                .await
            {
                Ok(c) => c,
                Err(e) => {
                    tracing::error!(error = %e, "reading the operator change log failed");
                    break;
                }
            };
            let full = changes.len() == OPERATOR_CHANGES_BATCH as usize;
            for change in changes {
                after = change.seq;
                apply(&state, change).await;
            }
            if !full {
                break;
            }
        }
    }
}

async fn apply(state: &AppState, change: OperatorChange) {
    match change.subject {
        ChangeSubject::Account(id) => {
            let account = match state.store.account(id).await {
                Ok(Some(a)) => a,
                Ok(None) => return, // Purged since.
                Err(e) => {
                    tracing::error!(error = %e, account = id.0, "reading a changed account failed");
                    return;
                }
            };
            if !account.disabled {
                tracing::info!(account = %account.username, "account enabled by the operator");
                return;
            }
            let devices = match state.store.devices_of(id).await {
                Ok(d) => d,
                Err(e) => {
                    tracing::error!(error = %e, account = id.0, "reading a disabled account's devices failed");
                    return;
                }
            };
            let closed = devices
                .iter()
                .filter(|d| state.core.hub().end_here(d.id, EndReason::AccountDisabled))
                .count();
            tracing::warn!(
                account = %account.username,
                sessions_closed = closed,
                "account disabled by the operator: its open sessions on this node are closed"
            );
        }
        ChangeSubject::Invite(id) => {
            tracing::info!(
                invite = id,
                "invitation created or revoked by the operator (applies from its next use)"
            );
        }
    }
}
