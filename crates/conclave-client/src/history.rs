//! History transfer for a native device (see [`conclave_client_core::history`]): the device
//! that linked a new one exports, uploads and offers its history ([`offer`]); the new device
//! fetches and imports what it was offered ([`fetch`]). The bundle is encrypted as it is
//! uploaded and decrypted into memory as it is downloaded: it never touches the disk in
//! clear, and the server removes the blob once the new device said it has it.

use conclave_client_core::history::{HistoryOffer, ImportSummary, limits};
use conclave_proto::{DeviceId, Timestamp};

use crate::{
    Connection, Endpoint,
    blobs::{self, BlobError, Progress, Wanted},
    messenger::{Messenger, MessengerError, now},
    transport::StateStore,
};

/// The media type of a history bundle's blob (never shown: it is no attachment).
pub const MEDIA_TYPE: &str = "application/x-conclave-history";

/// What [`offer`] sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offered {
    pub conversations: usize,
    pub entries: usize,
    /// The bundle's size (plaintext).
    pub bytes: u64,
}

/// What [`fetch`] did with one offer.
#[derive(Debug)]
pub enum Fetched {
    Imported {
        from: DeviceId,
        made_at: Timestamp,
        summary: ImportSummary,
    },
    /// Not this time (a cut connection): the offer stays and the next fetch tries again.
    Later { from: DeviceId, reason: String },
    /// It cannot be had (gone from the server, altered, malformed): the offer is dropped.
    Failed { from: DeviceId, reason: String },
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TransferError {
    #[error(transparent)]
    Messenger(#[from] MessengerError),
    #[error(transparent)]
    Blob(#[from] BlobError),
}

/// Sends `to` (a new device of this account, already added to this device's conversations)
/// this device's history of them. `None` when there was nothing to send.
pub async fn offer<S: StateStore>(
    m: &mut Messenger<Connection, S>,
    endpoint: &Endpoint,
    to: DeviceId,
    progress: Progress<'_>,
) -> Result<Option<Offered>, TransferError> {
    let made_at = now();
    let bundle = m.engine().export_history(to, made_at);
    if bundle.conversations.is_empty() {
        return Ok(None);
    }
    let (conversations, entries) = (bundle.conversations.len(), bundle.entries());
    let bytes = bundle.encode();
    drop(bundle);
    let size = bytes.len() as u64;
    let uploaded = {
        let messenger = &*m;
        let mut grants = async || messenger.blob_grant().await;
        // One recipient: the server removes the blob once the new device has it.
        blobs::upload_bytes(endpoint, &mut grants, bytes, Some(1), progress).await?
    };
    let offer = HistoryOffer {
        file: uploaded.into_ref(MEDIA_TYPE.into(), "history".into()),
        conversations: u32::try_from(conversations).unwrap_or(u32::MAX),
        entries: entries as u64,
        made_at,
    };
    m.send_history_offer(to, &offer).await?;
    Ok(Some(Offered {
        conversations,
        entries,
        bytes: size,
    }))
}

/// Fetches and imports every history offer this device holds. An offer that cannot be had
/// is dropped (with the reason); one cut off stays for the next call.
pub async fn fetch<S: StateStore>(
    m: &mut Messenger<Connection, S>,
    endpoint: &Endpoint,
    progress: Progress<'_>,
) -> Result<Vec<Fetched>, TransferError> {
    let pending: Vec<_> = m.engine().history_offers().cloned().collect();
    let mut out = Vec::with_capacity(pending.len());
    for p in pending {
        let from = p.from.device;
        let grant = m.blob_grant().await?;
        match blobs::download_bytes(
            endpoint,
            &grant,
            &Wanted::of(&p.offer.file),
            limits::BUNDLE_BYTES_MAX,
            true,
            progress,
        )
        .await
        {
            Ok(bytes) => match m.import_history(from, &bytes).await {
                Ok(summary) => out.push(Fetched::Imported {
                    from,
                    made_at: p.offer.made_at,
                    summary,
                }),
                Err(MessengerError::History(reason)) => {
                    m.drop_history_offer(from).await?;
                    out.push(Fetched::Failed {
                        from,
                        reason: reason.to_string(),
                    });
                }
                Err(e) => return Err(e.into()),
            },
            Err(e) if e.transient() || matches!(e, BlobError::GaveUp(_)) => {
                out.push(Fetched::Later {
                    from,
                    reason: e.to_string(),
                });
            }
            Err(e) => {
                m.drop_history_offer(from).await?;
                out.push(Fetched::Failed {
                    from,
                    reason: e.to_string(),
                });
            }
        }
    }
    Ok(out)
}
