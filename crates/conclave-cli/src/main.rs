//! `conclave`: the Conclave command line.

mod call;
mod chat;
mod errors;
mod files;
mod help;
mod home;
mod i18n;
mod ledger;
mod lock;
mod messages;
mod proxy;
mod tui;

use std::{path::PathBuf, process::ExitCode, time::Duration};

use anyhow::{Context, bail};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use conclave_client::{
    Auth, Connection, Endpoint,
    messenger::{self, Messenger},
};
use conclave_client_core::{DeviceKey, Engine};
use conclave_proto::{
    InviteRef, LinkKind, Request, Response, SecretCode, ServerLink, SessionInfo, Username,
};
use home::{DeviceFile, Home, ServerEntry};
use i18n::tr;

#[derive(Debug, Parser)]
#[command(
    name = "conclave",
    version,
    about = "Conclave: invite-only, end-to-end encrypted messaging"
)]
struct Cli {
    /// The device's data directory.
    #[arg(long, global = true, env = "CONCLAVE_HOME")]
    home: Option<PathBuf>,
    /// The language of what the command line says (`de`, `ar`, `pt-BR`, `en-XA` for the
    /// pseudo-locale…); default from LC_ALL / LC_MESSAGES / LANG / LANGUAGE. Output for
    /// scripts (`--json`, the history lines of `read` and `listen`) stays as it is.
    #[arg(long, global = true, env = "CONCLAVE_LANG")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Join a server with an invitation link, creating your account and this device.
    Join {
        link: String,
        /// Your username: 3-32 characters of a-z, 0-9, '.', '_' and '-'.
        #[arg(long)]
        name: String,
        /// A label for this device.
        #[arg(long, default_value = "cli")]
        device_name: String,
        /// Protect this device's secrets with a passphrase (asked now, or CONCLAVE_PASSPHRASE).
        /// Without one, a key file readable only by you protects them.
        #[arg(long)]
        passphrase: bool,
        /// How others see you, in any script (e.g. "Ana María"); shown next to your
        /// username, sent only inside encrypted conversations.
        #[arg(long)]
        display_name: Option<String>,
    },
    /// Show or set your display name (any script; `""` clears it). Sent to every
    /// conversation, end-to-end encrypted: the server never learns it.
    DisplayName { name: Option<String> },
    /// Show this device's account, device and server.
    Whoami {
        #[arg(long)]
        json: bool,
    },
    /// Invitations for new members.
    #[command(subcommand)]
    Invite(InviteCommand),
    /// Extend your account with a renewal code from an admin (works after expiry too).
    Renew {
        /// The code (it may begin with '-').
        #[arg(allow_hyphen_values = true)]
        code: String,
    },
    /// Send a message: to a user (1:1, created on first use) or to '#group'.
    Send { to: String, text: String },
    /// Send a file (any kind, up to the server's limit): encrypted here, its key inside the
    /// message; to a user (1:1, created on first use) or to '#group'.
    SendFile {
        to: String,
        path: std::path::PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Download, check and decrypt a file from a message: `download CONVERSATION MESSAGE`
    /// (MESSAGE: its number from `read`, or 8+ hex digits of its id), or `download ID` with
    /// the message's id alone.
    Download {
        /// The conversation, or (alone) the message's id.
        first: String,
        /// The message, when the first argument names the conversation.
        message: Option<String>,
        /// Where to save it (a directory: under the file's name there). Default: the
        /// file's name in the current directory, never overwriting a file.
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Reply to a message (MESSAGE: its number from `read`, or 8+ hex digits of its id).
    Reply {
        conversation: String,
        message: String,
        text: String,
        #[arg(long)]
        json: bool,
    },
    /// React to a message with an emoji; the same emoji again takes it back.
    React {
        conversation: String,
        message: String,
        emoji: String,
        #[arg(long)]
        json: bool,
    },
    /// Edit one of your messages (earlier versions stay visible with `read --json`).
    Edit {
        conversation: String,
        message: String,
        text: String,
        #[arg(long)]
        json: bool,
    },
    /// Delete one of your messages for everyone (every device removes its content).
    Delete {
        conversation: String,
        message: String,
        #[arg(long)]
        json: bool,
    },
    /// Forward a message to a user (1:1, created on first use) or to '#group'.
    Forward {
        conversation: String,
        message: String,
        to: String,
        #[arg(long)]
        json: bool,
    },
    /// Conversation settings.
    #[command(subcommand)]
    Conversation(ConversationCommand),
    /// Read receipts from this device: `on` (the default) or `off`. Off, it sends none and
    /// shows nobody's (delivery still shows).
    Receipts { setting: Option<String> },
    /// Show a conversation's history (all conversations without one), in server order.
    /// Reading one conversation sends a read receipt (unless `receipts off`).
    Read {
        conversation: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Print incoming messages as they arrive (one JSON object per line with --json).
    Listen {
        #[arg(long)]
        json: bool,
        /// Stop after this long (e.g. 30s); default: run until interrupted.
        #[arg(long)]
        duration: Option<String>,
    },
    /// Groups.
    #[command(subcommand)]
    Group(GroupCommand),
    /// This account's devices.
    #[command(subcommand)]
    Device(DeviceCommand),
    /// The safety number to compare with a contact (in person or by another channel).
    SafetyNumber { user: String },
    /// Mark a contact's current keys as verified; a later change is shown loudly.
    Verify { user: String },
    /// The shared ledger of a conversation: payments, debts, balances, settling up.
    #[command(subcommand)]
    Ledger(ledger::LedgerCommand),
    /// Browse privately: a local SOCKS5 / HTTP CONNECT proxy through two relays.
    Proxy(proxy::ProxyArgs),
    /// Calls: start, join, leave, decline, end; call tokens for the SFU (no media here).
    #[command(subcommand)]
    Call(call::CallCommand),
    /// The interactive terminal client: conversations, messages, the ledger, members.
    Tui(tui::TuiArgs),
}

#[derive(Debug, Subcommand)]
pub enum ConversationCommand {
    /// Disappearing messages: `off`, or 30s to 4w (e.g. 30s, 5m, 1h, 1d, 1w); each message
    /// sent after it goes that long after it was sent (for you) or read (for the others).
    SetTimer {
        conversation: String,
        duration: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
enum InviteCommand {
    /// Create an invitation link (within your quota).
    Create {
        #[arg(long, default_value_t = 1)]
        uses: u32,
        /// How long the link stays valid, e.g. 24h, 7d.
        #[arg(long, default_value = "7d")]
        expires: String,
        #[arg(long)]
        json: bool,
    },
    /// Your invitations.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Revoke one of your invitations by id, code or link.
    Revoke {
        #[arg(allow_hyphen_values = true)]
        invite: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// Create a group with members (comma-separated usernames).
    Create {
        name: String,
        #[arg(long, value_delimiter = ',')]
        members: Vec<String>,
    },
    /// Add members (every device of each).
    Add {
        name: String,
        #[arg(value_delimiter = ',', required = true)]
        users: Vec<String>,
    },
    /// Remove members (every device of each).
    Remove {
        name: String,
        #[arg(value_delimiter = ',', required = true)]
        users: Vec<String>,
    },
    /// Leave a group (on all your devices).
    Leave { name: String },
    /// Your conversations.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Members, their devices, and the epoch.
    Info {
        name: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// Print a one-time link for a new device of this account, wait for it to join, and add it
    /// to all your conversations.
    Link {
        /// How long the link stays valid.
        #[arg(long, default_value = "10m")]
        expires: String,
        /// Do not send the new device this device's history of your conversations (it is
        /// sent end-to-end encrypted, to the new device alone, by default).
        #[arg(long)]
        no_history: bool,
    },
    /// Join this account as a new device (run with a new --home).
    Join {
        link: String,
        #[arg(long, default_value = "cli")]
        device_name: String,
        #[arg(long)]
        passphrase: bool,
    },
    /// This account's devices.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Remove another device of this account (it is removed from every conversation).
    Remove { device: u64 },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CONCLAVE_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    // `--help` in the member's language: the language is known before clap parses.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let help_lang = match help::lang_in(&args) {
        Some(tag) => conclave_i18n::Localizer::negotiate(&[&tag], false),
        None => conclave_i18n::Localizer::from_env(false),
    };
    let command = help::translated(Cli::command(), &help_lang);
    let mut cli = match command
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => match help::error_text(&e, &help_lang) {
            Some(text) => {
                eprint!("{text}");
                // clap's exit status for a command line it refuses.
                return ExitCode::from(2);
            }
            None => e.exit(),
        },
    };
    // One language for the process; `tui --lang` names it for the TUI too.
    if let Command::Tui(args) = &mut cli.command {
        if args.lang.is_none() {
            args.lang = cli.lang.clone();
        }
        i18n::init(args.lang.as_deref());
    } else {
        i18n::init(cli.lang.as_deref());
    }
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!(
                "conclave: {}",
                tr!("cli-cannot-start", error = e.to_string())
            );
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("conclave: {}", errors::describe_any(&e));
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let home = Home::new(cli.home.unwrap_or_else(home::default_home));
    match cli.command {
        Command::Join {
            link,
            name,
            device_name,
            passphrase,
            display_name,
        } => {
            let display_name = display_name
                .map(|n| {
                    conclave_client_core::profile::check_display_name(&n).map_err(|e| {
                        messenger::MessengerError::Refused(messenger::Declined::display_name(&e))
                    })
                })
                .transpose()?;
            join(&home, &link, &name, &device_name, passphrase).await?;
            if let Some(n) = display_name.filter(|n| !n.is_empty()) {
                let mut device = home.load_device()?;
                device.display_name = Some(n);
                home.save_device(&device)?;
            }
            Ok(())
        }
        Command::DisplayName { name } => display_name(&home, name.as_deref()).await,
        Command::Whoami { json } => {
            let (device, messenger) = home.open()?.connect().await?;
            let info = messenger.connection().whoami().await?;
            print_whoami(&device, &info, json);
            messenger.close().await;
            Ok(())
        }
        Command::Invite(cmd) => {
            let (device, messenger) = home.open()?.connect().await?;
            let result = invite(&device, messenger.connection(), cmd).await;
            messenger.close().await;
            result
        }
        Command::Renew { code } => {
            let opened = home.open()?;
            let code =
                SecretCode::parse(&code).with_context(|| tr!("cli-malformed-renewal-code"))?;
            let conn = Connection::open(
                &opened.device.endpoint()?,
                Auth::Renew {
                    id: opened.device.device(),
                    key: &opened.key,
                    code,
                },
            )
            .await?;
            println!(
                "{}",
                tr!(
                    "cli-renewed",
                    user = conn.info().account.username.to_string(),
                    expires = conn.info().account.expires_at.to_string(),
                )
            );
            conn.close().await;
            Ok(())
        }
        Command::Send { to, text } => chat::send(&home, &to, text).await,
        Command::SendFile { to, path, json } => files::send_file(&home, &to, &path, json).await,
        Command::Download {
            first,
            message,
            output,
            json,
        } => files::download(&home, &first, message.as_deref(), output.as_deref(), json).await,
        Command::Reply {
            conversation,
            message,
            text,
            json,
        } => messages::reply(&home, &conversation, &message, text, json).await,
        Command::React {
            conversation,
            message,
            emoji,
            json,
        } => messages::react(&home, &conversation, &message, &emoji, json).await,
        Command::Edit {
            conversation,
            message,
            text,
            json,
        } => messages::edit(&home, &conversation, &message, text, json).await,
        Command::Delete {
            conversation,
            message,
            json,
        } => messages::delete(&home, &conversation, &message, json).await,
        Command::Forward {
            conversation,
            message,
            to,
            json,
        } => messages::forward(&home, &conversation, &message, &to, json).await,
        Command::Conversation(ConversationCommand::SetTimer {
            conversation,
            duration,
            json,
        }) => messages::set_timer(&home, &conversation, &duration, json).await,
        Command::Receipts { setting } => messages::receipts(&home, setting.as_deref()),
        Command::Read { conversation, json } => {
            chat::read(&home, conversation.as_deref(), json).await
        }
        Command::Listen { json, duration } => {
            let duration = duration
                .map(|d| humantime::parse_duration(&d))
                .transpose()
                .with_context(|| tr!("cli-invalid-option", option = "--duration"))?;
            chat::listen(&home, json, duration).await
        }
        Command::Group(cmd) => chat::group(&home, cmd).await,
        Command::Device(DeviceCommand::Join {
            link,
            device_name,
            passphrase,
        }) => device_join(&home, &link, &device_name, passphrase).await,
        Command::Device(cmd) => chat::device(&home, cmd).await,
        Command::SafetyNumber { user } => chat::safety_number(&home, &user).await,
        Command::Verify { user } => chat::verify(&home, &user).await,
        Command::Ledger(cmd) => ledger::run(&home, cmd).await,
        Command::Proxy(args) => proxy::run(&home, args).await,
        Command::Call(cmd) => call::run(&home, cmd).await,
        Command::Tui(args) => tui::run(&home, args).await,
    }
}

async fn join(
    home: &Home,
    link: &str,
    name: &str,
    device_name: &str,
    passphrase: bool,
) -> anyhow::Result<()> {
    home.refuse_existing()?;
    let link = ServerLink::parse(link)?;
    if link.kind != LinkKind::Join {
        bail!(tr!("cli-not-invite-link"));
    }
    let username = Username::parse(name)?;
    let key = DeviceKey::generate(&mut rand::rngs::OsRng);
    // The key is stored (encrypted) before the server knows it: a crash cannot orphan the account.
    let (state, protection) = home.create(&key, passphrase)?;
    let conn = Connection::open_any(
        &Endpoint::all_from_link(&link),
        Auth::Register {
            invite: link.code.clone(),
            username: username.as_str(),
            device_name,
            key: &key,
        },
    )
    .await?;
    finish_device(
        home,
        &link,
        conn,
        key,
        state,
        device_name,
        protection,
        Joined::Account,
    )
    .await
}

async fn display_name(home: &Home, name: Option<&str>) -> anyhow::Result<()> {
    let (mut device, mut m) = home.open()?.connect().await?;
    let shown = match name {
        None => m.my_display_name(),
        Some(n) => {
            let set = m.set_display_name(n).await?;
            device.display_name = Some(set.clone()).filter(|s| !s.is_empty());
            home.save_device(&device)?;
            Some(set).filter(|s| !s.is_empty())
        }
    };
    match shown {
        Some(n) => println!(
            "{}",
            chat::sender_label(&m.display_names(), &m.me().username, &n)
        ),
        None => println!(
            "{}",
            tr!("cli-display-name-none", user = m.me().username.to_string())
        ),
    }
    m.close().await;
    Ok(())
}

async fn device_join(
    home: &Home,
    link: &str,
    device_name: &str,
    passphrase: bool,
) -> anyhow::Result<()> {
    home.refuse_existing()?;
    let link = ServerLink::parse(link)?;
    if link.kind != LinkKind::Device {
        bail!(tr!("cli-not-device-link"));
    }
    let key = DeviceKey::generate(&mut rand::rngs::OsRng);
    let (state, protection) = home.create(&key, passphrase)?;
    let conn = Connection::open_any(
        &Endpoint::all_from_link(&link),
        Auth::JoinDevice {
            code: link.code.clone(),
            device_name,
            key: &key,
        },
    )
    .await?;
    finish_device(
        home,
        &link,
        conn,
        key,
        state,
        device_name,
        protection,
        Joined::Device,
    )
    .await
}

/// How a device came to be: a new account (`join`) or a new device of one (`device join`).
#[derive(Debug, Clone, Copy)]
enum Joined {
    Account,
    Device,
}

#[allow(clippy::too_many_arguments)]
async fn finish_device(
    home: &Home,
    link: &ServerLink,
    conn: Connection,
    key: DeviceKey,
    state: conclave_client::state::StateFile,
    device_name: &str,
    protection: &str,
    how: Joined,
) -> anyhow::Result<()> {
    let info = conn.info().clone();
    let device = DeviceFile {
        server: ServerEntry {
            host: link.host.clone(),
            port: link.port,
            fingerprint: link.fingerprint.map(|f| f.to_hex()),
            alternates: link.alternates.clone(),
        },
        username: info.account.username.to_string(),
        account_id: info.account.id.0,
        device_id: info.device.0,
        device_name: device_name.to_owned(),
        protection: protection.to_owned(),
        read_receipts: true,
        display_name: None,
    };
    home.save_device(&device)?;
    let engine = Engine::new(info.account.username.clone(), info.device, &key);
    let mut messenger = Messenger::new(conn, engine, state);
    messenger.start().await?;
    let server = format!("{}:{}", link.host, link.port);
    let user = info.account.username.to_string();
    let expires = info.account.expires_at.to_string();
    let said = match how {
        Joined::Account => tr!(
            "cli-joined",
            server = server,
            user = user,
            device = info.device.0,
            expires = expires
        ),
        Joined::Device => tr!(
            "cli-linked",
            server = server,
            user = user,
            device = info.device.0,
            expires = expires
        ),
    };
    println!("{said}");
    messenger.close().await;
    Ok(())
}

fn print_whoami(device: &DeviceFile, info: &SessionInfo, json: bool) {
    let a = &info.account;
    if json {
        let v = serde_json::json!({
            "username": a.username.as_str(),
            "account_id": a.id.0,
            "admin": a.is_admin,
            "device_id": info.device.0,
            "device_name": device.device_name,
            "server": format!("{}:{}", device.server.host, device.server.port),
            "server_fingerprint": device.server.fingerprint,
            "created_at": a.created_at.to_rfc3339(),
            "expires_at": a.expires_at.to_rfc3339(),
            "invites_left": a.invites_left,
        });
        println!("{v}");
    } else {
        let account = if a.is_admin {
            format!("{} {}", a.username, tr!("cli-whoami-admin"))
        } else {
            a.username.to_string()
        };
        let invites = match a.invites_left {
            Some(n) => tr!("cli-whoami-invites-left", count = u64::from(n)),
            None => tr!("cli-whoami-no-quota"),
        };
        let rows = [
            (tr!("cli-whoami-account"), account),
            (
                tr!("cli-whoami-device"),
                format!("{} ({})", info.device, device.device_name),
            ),
            (
                tr!("cli-whoami-server"),
                format!("{}:{}", device.server.host, device.server.port),
            ),
            (tr!("cli-whoami-expires"), a.expires_at.to_string()),
            (tr!("cli-whoami-invites"), invites),
        ];
        // The labels in one column ("account   alice" in English), in any script.
        let width = rows
            .iter()
            .map(|(label, _)| unicode_width::UnicodeWidthStr::width(label.as_str()))
            .max()
            .unwrap_or(0)
            + 3;
        for (label, value) in rows {
            println!("{}{value}", i18n::pad(&label, width));
        }
    }
}

async fn invite(device: &DeviceFile, conn: &Connection, cmd: InviteCommand) -> anyhow::Result<()> {
    match cmd {
        InviteCommand::Create {
            uses,
            expires,
            json,
        } => {
            let expires: Duration = humantime::parse_duration(&expires)
                .with_context(|| tr!("cli-invalid-duration", value = format!("{expires:?}")))?;
            let created = match conn
                .request(Request::InviteCreate {
                    uses,
                    expires_in_secs: expires.as_secs(),
                })
                .await?
            {
                Response::InviteCreated(c) => c,
                other => bail!(tr!(
                    "cli-unexpected-response",
                    response = format!("{other:?}")
                )),
            };
            let endpoint = device.endpoint()?;
            let link = ServerLink {
                kind: LinkKind::Join,
                host: endpoint.host,
                port: endpoint.port,
                code: created.code,
                fingerprint: endpoint.pin,
                alternates: device.server.alternates.clone(),
            };
            if json {
                println!(
                    "{}",
                    serde_json::json!({"id": created.id, "link": link.to_string(), "web_link": link.to_web_url(), "uses": created.uses, "expires_at": created.expires_at.to_rfc3339()})
                );
            } else {
                println!("{link}");
                eprintln!("{}", tr!("cli-invite-in-browser", link = link.to_web_url()));
                eprintln!(
                    "{}",
                    tr!(
                        "cli-invite-created",
                        id = created.id,
                        count = u64::from(created.uses),
                        expires = created.expires_at.to_string()
                    )
                );
            }
        }
        InviteCommand::List { json } => {
            let invites = match conn.request(Request::InviteList).await? {
                Response::Invites(i) => i,
                other => bail!(tr!(
                    "cli-unexpected-response",
                    response = format!("{other:?}")
                )),
            };
            let now = chat::now();
            let state = |i: &conclave_proto::InviteInfo| i.state(now);
            if json {
                let v: Vec<_> = invites
                    .iter()
                    .map(|i| {
                        serde_json::json!({
                            "id": i.id, "state": state(i), "created_at": i.created_at.to_rfc3339(),
                            "expires_at": i.expires_at.to_rfc3339(), "uses_total": i.uses_total, "uses_left": i.uses_left,
                            "redeemed_by": i.redeemed_by.iter().map(|u| u.as_str()).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                println!("{}", serde_json::Value::Array(v));
            } else if invites.is_empty() {
                println!("{}", tr!("cli-no-invitations"));
            } else {
                for i in &invites {
                    let names: Vec<_> = i.redeemed_by.iter().map(|u| u.as_str()).collect();
                    let shown = match state(i) {
                        "open" => tr!("cli-invite-open"),
                        "used" => tr!("cli-invite-used"),
                        "expired" => tr!("cli-invite-expired"),
                        "revoked" => tr!("cli-invite-revoked"),
                        other => other.to_owned(),
                    };
                    let row = tr!(
                        "cli-invite-row",
                        left = u64::from(i.uses_left),
                        total = u64::from(i.uses_total),
                        expires = i.expires_at.to_string(),
                    );
                    println!(
                        "{:>5}  {} {row}  {}",
                        i.id,
                        i18n::pad(&shown, 8),
                        names.join(",")
                    );
                }
            }
        }
        InviteCommand::Revoke { invite } => {
            let which = match invite.parse::<u64>() {
                Ok(id) => InviteRef::Id(id),
                Err(_) => {
                    let code = ServerLink::parse(&invite)
                        .map(|l| l.code)
                        .ok()
                        .or_else(|| SecretCode::parse(&invite));
                    InviteRef::Code(code.with_context(|| tr!("cli-invite-give"))?)
                }
            };
            conn.request(Request::InviteRevoke { invite: which })
                .await?;
            println!("{}", tr!("cli-revoked"));
        }
    }
    Ok(())
}
