//! `send-file` and `download`: a file encrypted here, its ciphertext through the home
//! server's blob store (`conclave_client::blobs`), its key and name inside the MLS message.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use conclave_client::{
    Endpoint,
    blobs::{self, Wanted},
    messenger::Messenger,
};
use conclave_client_core::{
    attachment::{AttachmentRef, media_type_for, safe_file_name},
    messages::ItemKind,
};
use conclave_proto::{GroupId, Username};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use crate::{
    chat::{conversation, name_of},
    home::Home,
    i18n::tr,
};

/// Files this large or larger show a progress bar (on a terminal).
const PROGRESS_BYTES_MIN: u64 = 4 * 1024 * 1024;

fn bar(total: u64, what: &str) -> ProgressBar {
    if total < PROGRESS_BYTES_MIN {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template(
            "{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    bar.set_message(what.to_owned());
    bar
}

/// The node this session is on: where its blobs live.
fn endpoint(m: &Messenger) -> Endpoint {
    m.connection().endpoint().clone()
}

pub async fn send_file(home: &Home, to: &str, path: &Path, as_json: bool) -> anyhow::Result<()> {
    let meta = std::fs::metadata(path).with_context(|| format!("{}", path.display()))?;
    anyhow::ensure!(
        meta.is_file(),
        tr!("cli-not-a-file", path = path.display().to_string())
    );
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "attachment".into());
    let (_, mut m) = home.open()?.connect().await?;
    let group = match to.strip_prefix('#') {
        Some(_) => conversation(&m, to)?,
        None => m.direct(&Username::parse(to)?).await?,
    };
    let ep = endpoint(&m);
    // Every other device in the conversation fetches it; the server removes it after that.
    let recipients = Some(m.file_recipients(&group)?);
    let total = conclave_client_core::attachment::stream::ciphertext_size(meta.len());
    let progress = bar(total, &tr!("cli-uploading"));
    let shown = progress.clone();
    let on_progress = move |done: u64, _total: u64| shown.set_position(done);
    let uploaded = {
        let m = &m;
        let mut grants = async || m.blob_grant().await;
        blobs::upload(&ep, &mut grants, path, recipients, &on_progress).await
    };
    progress.finish_and_clear();
    let uploaded = uploaded?;
    let attachment = uploaded.into_ref(
        media_type_for(&name).to_owned(),
        name.chars().take(200).collect(),
    );
    let sent = m.send_attachment(&group, &attachment).await?;
    if as_json {
        println!("{}", crate::chat::json(&m, &sent));
    } else {
        eprintln!(
            "{}",
            tr!(
                "cli-file-sent",
                file = attachment.display_name(),
                size = size_text(attachment.size),
                conversation = name_of(&m, &group),
                seq = sent.seq
            )
        );
    }
    m.close().await;
    Ok(())
}

/// "1.5 MiB", "312 bytes".
pub(crate) fn size_text(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut v = bytes as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.1} {}", UNITS[unit])
}

/// The file a message names: `CONVERSATION MESSAGE`, or a message id (8+ hex digits) alone,
/// looked for in every conversation.
fn find(
    m: &Messenger,
    first: &str,
    second: Option<&str>,
) -> anyhow::Result<(GroupId, u64, bool, AttachmentRef)> {
    let candidates: Vec<(GroupId, &str)> = match second {
        Some(message) => vec![(conversation(m, first)?, message)],
        None => m
            .engine()
            .conversations()
            .map(|c| (c.group.clone(), first))
            .collect(),
    };
    let mut found = Vec::new();
    let mut last_error = None;
    for (group, message) in candidates {
        let view = m.view(&group);
        match view.resolve(message) {
            Ok(id) => {
                let (item, v) = view
                    .message(&id)
                    .with_context(|| tr!("cli-message-not-available", message = message))?;
                if v.text.is_none() {
                    anyhow::bail!(tr!("cli-message-deleted", message = message));
                }
                let Some(a) = &v.attachment else {
                    anyhow::bail!(tr!(
                        "cli-message-not-a-file",
                        message = message,
                        conversation = name_of(m, &group)
                    ));
                };
                let mine = item.sender == m.me().username && item.sender_device == m.me().device;
                found.push((group.clone(), item.seq, mine, (**a).clone()));
            }
            Err(e) => last_error = Some(e),
        }
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(match last_error {
            Some(e) => anyhow::anyhow!("{e}"),
            None => anyhow::anyhow!(tr!("cli-no-conversations-yet")),
        }),
        _ => anyhow::bail!(tr!("cli-files-in-several", message = first)),
    }
}

/// Where a download goes: `--output` (a directory: the file's name inside it), else the
/// file's safe name in the current directory, never overwriting one already there.
fn destination(output: Option<&Path>, a: &AttachmentRef) -> anyhow::Result<PathBuf> {
    let name = safe_file_name(&a.name);
    let path = match output {
        Some(o) if o.is_dir() => o.join(&name),
        Some(o) => return Ok(o.to_owned()),
        None => PathBuf::from(&name),
    };
    if !path.exists() {
        return Ok(path);
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s.to_owned(), format!(".{e}")),
        _ => (name.clone(), String::new()),
    };
    let dir = path.parent().map(Path::to_owned).unwrap_or_default();
    (1..1000)
        .map(|n| dir.join(format!("{stem} ({n}){ext}")))
        .find(|p| !p.exists())
        .with_context(|| tr!("cli-too-many-files"))
}

pub async fn download(
    home: &Home,
    first: &str,
    second: Option<&str>,
    output: Option<&Path>,
    as_json: bool,
) -> anyhow::Result<()> {
    let (_, m) = home.open()?.connect().await?;
    let (group, seq, sent_here, a) = find(&m, first, second)?;
    let out = destination(output, &a)?;
    let grant = m.blob_grant().await?;
    let progress = bar(a.ciphertext_size(), &tr!("cli-downloading"));
    let shown = progress.clone();
    let on_progress = move |done: u64, _total: u64| shown.set_position(done);
    let wanted = Wanted::of(&a);
    // The device that sent it is no recipient: its download does not count.
    let result = blobs::download(
        &endpoint(&m),
        &grant,
        &wanted,
        &out,
        !sent_here,
        &on_progress,
    )
    .await;
    progress.finish_and_clear();
    result.map_err(|e| match e.code() {
        Some("not_found") => anyhow::anyhow!(tr!("cli-file-gone", days = grant.ttl_secs / 86_400)),
        _ => anyhow::anyhow!("{e}"),
    })?;
    if as_json {
        println!(
            "{}",
            json!({
                "conversation": name_of(&m, &group),
                "seq": seq,
                "name": a.display_name(),
                "size": a.size,
                "media_type": a.media_type,
                "path": out.display().to_string(),
            })
        );
    } else {
        eprintln!(
            "{}",
            tr!(
                "cli-file-saved",
                file = a.display_name(),
                size = size_text(a.size),
                conversation = name_of(&m, &group),
                seq = seq,
                path = out.display().to_string()
            )
        );
    }
    m.close().await;
    Ok(())
}

/// The line `read` shows for a file: "📎 name (size)", the name cleaned of control and
/// bidi-override characters (the web app also isolates it).
pub(crate) fn file_line(a: &AttachmentRef) -> String {
    format!("📎 {} ({})", a.display_name(), size_text(a.size))
}

/// Whether an item is a file message (for `read --json`'s `kind`).
pub(crate) fn is_file(kind: &ItemKind) -> bool {
    matches!(kind, ItemKind::Message(v) if v.attachment.is_some() && v.text.is_some())
}
