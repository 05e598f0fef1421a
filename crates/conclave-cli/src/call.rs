//! `conclave call`: call signalling from the command line (start, join, leave, decline, end)
//! and call tokens for the SFU. The CLI carries no media: it is for scripts, tests and for
//! answering from a terminal. All call logic is `conclave_client_core::call`'s; this file
//! parses arguments, syncs, sends and prints.

use anyhow::{Context, bail};
use clap::Subcommand;
use conclave_client::messenger::Messenger;
use conclave_client_core::call::{Call, CallId, CallSignal, Media, Outcome};
use conclave_proto::{GroupId, Timestamp, Username};

use crate::{chat, home::Home, i18n::tr};

#[derive(Debug, Subcommand)]
pub enum CallCommand {
    /// Start a call: every other member's devices ring for 45 s. To a user (1:1, created on
    /// first use) or to '#group'.
    Start {
        conversation: String,
        /// A video call (default: audio).
        #[arg(long)]
        video: bool,
        #[arg(long)]
        json: bool,
    },
    /// Join (answer) the call running in a conversation.
    Join {
        conversation: String,
        #[arg(long)]
        video: bool,
        #[arg(long)]
        json: bool,
    },
    /// Leave the call (it ends when its last device leaves).
    Leave {
        conversation: String,
        #[arg(long)]
        json: bool,
    },
    /// Decline the call ringing in a conversation.
    Decline {
        conversation: String,
        #[arg(long)]
        json: bool,
    },
    /// Hang up the call for everyone.
    End {
        conversation: String,
        #[arg(long)]
        json: bool,
    },
    /// A token admitting this device to the call's media at the SFU (for tests and scripts).
    Token {
        conversation: String,
        /// The call's id (32 hexadecimal characters); default: the call running there.
        #[arg(long)]
        call: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn parse_call_id(text: &str) -> anyhow::Result<CallId> {
    let bad = || tr!("cli-not-a-call-id", value = format!("{text:?}"));
    if text.len() != 32 || !text.is_ascii() {
        bail!(bad());
    }
    let mut id = [0u8; 16];
    for (i, b) in id.iter_mut().enumerate() {
        *b = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).with_context(bad)?;
    }
    Ok(CallId(id))
}

/// The call running in `group`, or an error that says there is none.
fn running(m: &Messenger, group: &GroupId, now: Timestamp) -> anyhow::Result<Call> {
    m.calls(group, now)?.open().cloned().with_context(|| {
        tr!(
            "cli-no-call-running",
            conversation = chat::name_of(m, group)
        )
    })
}

/// What a call command did: its code under `--json` (`"done"`), its line otherwise.
#[derive(Debug, Clone, Copy)]
enum Did {
    Started,
    Joined,
    Left,
    Declined,
    Ended,
}

impl Did {
    fn code(self) -> &'static str {
        match self {
            Did::Started => "started",
            Did::Joined => "joined",
            Did::Left => "left",
            Did::Declined => "declined",
            Did::Ended => "ended",
        }
    }
}

fn done(m: &Messenger, group: &GroupId, did: Did, call: CallId, as_json: bool) {
    if as_json {
        println!(
            "{}",
            serde_json::json!({
                "conversation": chat::name_of(m, group),
                "group": group.to_hex(),
                "call_id": call.to_hex(),
                "done": did.code(),
            })
        );
    } else {
        let (call, conversation) = (call.short(), chat::name_of(m, group));
        let said = match did {
            Did::Started => tr!("cli-call-started", call = call, conversation = conversation),
            Did::Joined => tr!("cli-call-joined", call = call, conversation = conversation),
            Did::Left => tr!("cli-call-left", call = call, conversation = conversation),
            Did::Declined => tr!(
                "cli-call-declined",
                call = call,
                conversation = conversation
            ),
            Did::Ended => tr!("cli-call-ended", call = call, conversation = conversation),
        };
        println!("{said}");
    }
}

pub async fn run(home: &Home, cmd: CallCommand) -> anyhow::Result<()> {
    let (_, mut m) = home.open()?.connect().await?;
    let result = command(&mut m, cmd).await;
    chat::report_rejected(&m);
    m.close().await;
    result
}

async fn command(m: &mut Messenger, cmd: CallCommand) -> anyhow::Result<()> {
    let now = chat::now();
    match cmd {
        CallCommand::Start {
            conversation,
            video,
            json,
        } => {
            let group = match conversation.strip_prefix('#') {
                Some(_) => chat::conversation(m, &conversation)?,
                None => m.direct(&Username::parse(&conversation)?).await?,
            };
            let media = if video { Media::Video } else { Media::Audio };
            let call = m.call_start(&group, media).await?;
            done(m, &group, Did::Started, call, json);
        }
        CallCommand::Join {
            conversation,
            video,
            json,
        } => {
            let group = chat::conversation(m, &conversation)?;
            let call = running(m, &group, now)?;
            let media = if video { Media::Video } else { Media::Audio };
            m.call_signal(
                &group,
                CallSignal::Join {
                    call_id: call.id,
                    media,
                    // The CLI carries no media: it joins without a media session.
                    session: None,
                },
            )
            .await?;
            done(m, &group, Did::Joined, call.id, json);
        }
        CallCommand::Leave { conversation, json } => {
            let group = chat::conversation(m, &conversation)?;
            let call = running(m, &group, now)?;
            let me = m.me().clone();
            if !call.has(&me.username, me.device) {
                bail!(tr!("cli-call-not-in", call = call.id.short()));
            }
            m.call_signal(&group, CallSignal::Leave { call_id: call.id })
                .await?;
            done(m, &group, Did::Left, call.id, json);
        }
        CallCommand::Decline { conversation, json } => {
            let group = chat::conversation(m, &conversation)?;
            let call = running(m, &group, now)?;
            if !call.rings_for(&m.me().username, now) {
                bail!(tr!("cli-call-not-ringing", call = call.id.short()));
            }
            m.call_signal(&group, CallSignal::Decline { call_id: call.id })
                .await?;
            done(m, &group, Did::Declined, call.id, json);
        }
        CallCommand::End { conversation, json } => {
            let group = chat::conversation(m, &conversation)?;
            let call = running(m, &group, now)?;
            m.call_signal(&group, CallSignal::End { call_id: call.id })
                .await?;
            done(m, &group, Did::Ended, call.id, json);
        }
        CallCommand::Token {
            conversation,
            call,
            json,
        } => {
            let group = chat::conversation(m, &conversation)?;
            let call = match call {
                Some(text) => parse_call_id(&text)?,
                None => running(m, &group, now)?.id,
            };
            let (token, expires_at) = m.call_token(&group, call).await?;
            if json {
                println!(
                    "{}",
                    serde_json::json!({
                        "conversation": chat::name_of(m, &group),
                        "group": group.to_hex(),
                        "call_id": call.to_hex(),
                        "device": m.me().device.0,
                        "token": hex(&token),
                        "expires_at": expires_at.to_rfc3339(),
                    })
                );
            } else {
                println!("{}", hex(&token));
                eprintln!(
                    "{}",
                    tr!(
                        "cli-call-token",
                        call = call.short(),
                        expires = expires_at.to_string()
                    )
                );
            }
        }
    }
    Ok(())
}

/// A call's history entry for `read` and `listen`: `call, 12 min, 3 people`, `missed call`.
pub fn line(m: &Messenger, group: &GroupId, call: &Call, now: Timestamp) -> String {
    let at = call.ended.as_ref().map_or(call.invited_at, |e| e.at);
    format!(
        "{} [{}] {} {}: * {}",
        chat::name_of(m, group),
        call.entry_seq(),
        at,
        call.caller,
        call.describe(&m.me().username, now)
    )
}

pub fn json(m: &Messenger, group: &GroupId, call: &Call, now: Timestamp) -> serde_json::Value {
    let me = &m.me().username;
    let (outcome, duration_secs, people) = match call.outcome_for(me) {
        Some(Outcome::Held {
            duration_ms,
            people,
        }) => ("held", Some(duration_ms / 1000), Some(people)),
        Some(Outcome::Missed { .. }) => ("missed", None, None),
        Some(Outcome::NotAnswered { declined_by }) if declined_by.is_empty() => {
            ("not_answered", None, None)
        }
        Some(Outcome::NotAnswered { .. }) => ("declined", None, None),
        None if call.rings_for(me, now) => ("ringing", None, None),
        None => ("ongoing", None, None),
    };
    serde_json::json!({
        "conversation": chat::name_of(m, group),
        "group": group.to_hex(),
        "seq": call.entry_seq(),
        "kind": "call",
        "call_id": call.id.to_hex(),
        "media": call.media.as_str(),
        "caller": call.caller.as_str(),
        "at": call.ended.as_ref().map_or(call.invited_at, |e| e.at).to_rfc3339(),
        "outcome": outcome,
        "duration_secs": duration_secs,
        "people": people,
        "text": call.describe(me, now),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_ids_parse_from_hex() {
        let id = CallId([0xab; 16]);
        assert_eq!(parse_call_id(&id.to_hex()).unwrap(), id);
        assert!(parse_call_id("abc").is_err());
        assert!(parse_call_id(&"zz".repeat(16)).is_err());
        assert!(parse_call_id(&"é".repeat(16)).is_err());
    }
}
