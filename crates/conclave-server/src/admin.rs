//! Operator commands (`conclave-server admin …`). They open the store directly (the data
//! directory's SQLite, which allows this while the server runs, or the cluster's PostgreSQL)
//! and print links built from `server.json`, which `serve` writes at start, or (in a cluster)
//! from the nodes the cluster's nodes announced.

use std::{collections::BTreeMap, path::Path, sync::Arc};

use anyhow::{Context, bail};
use clap::Subcommand;
use conclave_proto::{
    Fingerprint, LinkKind, SecretCode, ServerLink, Username, limits::ACCOUNT_VALIDITY_SECS_MAX,
};
use conclave_server_core::{AccountRecord, Core, InviteSelector, Store};
use serde::{Deserialize, Serialize};

use crate::{
    Backend, ServerConfig,
    config::{StoreConfig, parse_duration},
    now, os_entropy, write_private,
};

#[derive(Debug, Serialize, Deserialize)]
pub struct ServerInfo {
    pub host: String,
    pub port: u16,
    pub fingerprint: Option<String>,
}

const ADMIN_INVITE_FILE: &str = "admin-invite.txt";

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Invitations made by the operator.
    #[command(subcommand)]
    Invite(InviteCommand),
    /// List accounts.
    #[command(subcommand)]
    Accounts(AccountsCommand),
    /// Disable or enable an account.
    #[command(subcommand)]
    Account(AccountCommand),
    /// Renewal codes, which members redeem with `conclave renew CODE`.
    #[command(subcommand)]
    Renewal(RenewalCommand),
    /// Who invited whom.
    InviteTree,
}

#[derive(Debug, Subcommand)]
pub enum InviteCommand {
    /// Create an invitation and print its link.
    Create {
        /// Accounts the invitation may create.
        #[arg(long, default_value_t = 1)]
        uses: u32,
        /// How long the invitation stays valid.
        #[arg(long, default_value = "7d")]
        expires: String,
        /// Validity of the accounts it creates (default: the server's account_validity).
        #[arg(long)]
        validity: Option<String>,
        /// The accounts it creates are admins.
        #[arg(long)]
        admin: bool,
        #[arg(long)]
        json: bool,
    },
    /// List the operator's invitations.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Revoke any invitation by id (or by its code).
    Revoke { invite: String },
}

#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    Disable { name: String },
    Enable { name: String },
}

#[derive(Debug, Subcommand)]
pub enum RenewalCommand {
    /// Create a renewal code granting --validity more to the account that redeems it.
    Create {
        #[arg(long, default_value = "180d")]
        validity: String,
        /// How long the code stays redeemable.
        #[arg(long, default_value = "30d")]
        expires: String,
        #[arg(long)]
        json: bool,
    },
}

/// A join link to `nodes` (the first in the authority, the others as alternates).
fn link(
    kind: LinkKind,
    nodes: &[(String, u16)],
    code: SecretCode,
    fingerprint: Option<Fingerprint>,
) -> anyhow::Result<ServerLink> {
    let ((host, port), alternates) = nodes
        .split_first()
        .context("no server address for the link: start `conclave-server serve` once first")?;
    Ok(ServerLink {
        kind,
        host: host.clone(),
        port: *port,
        code,
        fingerprint,
        alternates: alternates.to_vec(),
    })
}

/// The nodes and fingerprint links of this server use, from `server.json` and, in a cluster,
/// the nodes announced in the store.
async fn link_target(
    config: &ServerConfig,
    backend: &Backend,
) -> anyhow::Result<(Vec<(String, u16)>, Option<Fingerprint>)> {
    let local = match read_server_info(&config.data) {
        Ok(info) => Some(info),
        Err(e) if backend.postgres().is_none() => return Err(e),
        Err(_) => None,
    };
    let pin = match local.as_ref().and_then(|i| i.fingerprint.as_deref()) {
        Some(hex) => {
            Some(Fingerprint::parse_hex(hex).context("server.json has a malformed fingerprint")?)
        }
        None => None,
    };
    let first = local.map(|i| (i.host, i.port));
    crate::cluster::link_nodes(config, backend, first, pin).await
}

fn read_server_info(data: &Path) -> anyhow::Result<ServerInfo> {
    let path = data.join("server.json");
    let bytes = std::fs::read(&path).with_context(|| {
        format!(
            "{} not found: start `conclave-server serve --data {}` once first",
            path.display(),
            data.display()
        )
    })?;
    serde_json::from_slice(&bytes).with_context(|| format!("malformed {}", path.display()))
}

/// On a server with no accounts, makes sure an admin invitation exists and prints it.
pub async fn ensure_admin_invite(
    core: &Core,
    config: &ServerConfig,
    nodes: &[(String, u16)],
    pin: Option<Fingerprint>,
) -> anyhow::Result<()> {
    if !core.store().accounts().await?.is_empty() {
        return Ok(());
    }
    let path = config.data.join(ADMIN_INVITE_FILE);
    if let Ok(existing) = std::fs::read_to_string(&path)
        && let Ok(old) = ServerLink::parse(&existing)
    {
        // Same code; refresh the addresses in case they changed.
        let link = link(LinkKind::Join, nodes, old.code, pin)?;
        println!("Admin invite: {link}");
        println!("In a browser: {}", link.to_web_url());
        write_private(&path, format!("{link}\n").as_bytes())?;
        return Ok(());
    }
    if config.store != StoreConfig::Sqlite && !core.store().invites_by(None).await?.is_empty() {
        // Another node of the cluster made the first admin invitation (it printed it).
        return Ok(());
    }
    let (_, code) = core
        .create_invite(
            None,
            1,
            30 * 24 * 3600,
            ACCOUNT_VALIDITY_SECS_MAX,
            true,
            None,
            now(),
        )
        .await
        .map_err(|e| anyhow::anyhow!("creating the admin invitation: {e}"))?;
    let link = link(LinkKind::Join, nodes, code, pin)?;
    write_private(&path, format!("{link}\n").as_bytes())?;
    println!("Admin invite: {link}");
    println!("In a browser: {}", link.to_web_url());
    Ok(())
}

pub async fn run(config: &ServerConfig, command: AdminCommand) -> anyhow::Result<()> {
    let path = config.db_path();
    if config.store == StoreConfig::Sqlite && !path.exists() {
        bail!(
            "no Conclave database at {}; start `conclave-server serve --data {}` first",
            path.display(),
            config.data.display()
        );
    }
    let backend = Backend::open(config, 64).await?;
    let store: Arc<dyn Store> = backend.store();
    let core = Core::new(store.clone(), config.core.clone(), os_entropy());
    let result = run_with(config, &backend, &core, command).await;
    store.close().await;
    result
}

async fn run_with(
    config: &ServerConfig,
    backend: &Backend,
    core: &Core,
    command: AdminCommand,
) -> anyhow::Result<()> {
    let store = core.store();
    let wire = |e: conclave_server_core::CoreError| anyhow::anyhow!("{}", e.to_wire().message);
    match command {
        AdminCommand::Invite(InviteCommand::Create {
            uses,
            expires,
            validity,
            admin,
            json,
        }) => {
            let (nodes, pin) = link_target(config, backend).await?;
            let validity = match validity {
                Some(v) => parse_duration(&v)?.as_secs(),
                None => config.core.account_validity_secs,
            };
            let (record, code) = core
                .create_invite(
                    None,
                    uses,
                    parse_duration(&expires)?.as_secs(),
                    validity,
                    admin,
                    None,
                    now(),
                )
                .await
                .map_err(wire)?;
            let link = link(LinkKind::Join, &nodes, code, pin)?;
            if json {
                let v = serde_json::json!({
                    "id": record.id, "link": link.to_string(), "web_link": link.to_web_url(), "uses": record.uses_total,
                    "expires_at": record.expires_at.to_rfc3339(), "account_validity_secs": validity, "admin": admin,
                });
                println!("{v}");
            } else {
                println!("{link}");
                eprintln!(
                    "invitation {} for {} account(s), valid until {}; accounts valid {} days",
                    record.id,
                    record.uses_total,
                    record.expires_at,
                    validity / 86_400
                );
            }
        }
        AdminCommand::Invite(InviteCommand::List { json }) => {
            let invites = store.invites_by(None).await?;
            if json {
                let v: Vec<_> = invites
                    .iter()
                    .map(|i| {
                        serde_json::json!({
                            "id": i.id, "created_at": i.created_at.to_rfc3339(), "expires_at": i.expires_at.to_rfc3339(),
                            "uses_total": i.uses_total, "uses_left": i.uses_left, "revoked": i.revoked, "admin": i.grants_admin,
                            "redeemed_by": i.redeemed_by.iter().map(|u| u.to_string()).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                println!("{}", serde_json::Value::Array(v));
            } else {
                for i in invites {
                    let state = if i.revoked {
                        "revoked"
                    } else if i.uses_left == 0 {
                        "used"
                    } else if i.expires_at <= now() {
                        "expired"
                    } else {
                        "open"
                    };
                    let names: Vec<_> = i.redeemed_by.iter().map(|u| u.to_string()).collect();
                    println!(
                        "{:>5}  {state:8} {}/{} left  expires {}  {}",
                        i.id,
                        i.uses_left,
                        i.uses_total,
                        i.expires_at,
                        names.join(",")
                    );
                }
            }
        }
        AdminCommand::Invite(InviteCommand::Revoke { invite }) => {
            let which = match invite.parse::<u64>() {
                Ok(id) => InviteSelector::Id(id),
                Err(_) => {
                    let code = ServerLink::parse(&invite)
                        .map(|l| l.code)
                        .ok()
                        .or_else(|| SecretCode::parse(&invite));
                    let code = code.context(
                        "give an invitation id (from `admin invite list`), code or link",
                    )?;
                    InviteSelector::Hash(conclave_server_core::CodeHash::of(
                        conclave_server_core::CodeKind::Invite,
                        &code,
                    ))
                }
            };
            store
                .revoke_invite(None, which)
                .await
                .map_err(|e| match e {
                    conclave_server_core::StoreError::NotFound => {
                        anyhow::anyhow!("no such invitation")
                    }
                    e => e.into(),
                })?;
            println!("revoked");
        }
        AdminCommand::Accounts(AccountsCommand::List { json }) => {
            let accounts = store.accounts().await?;
            let names = names_by_id(&accounts);
            if json {
                let v: Vec<_> = accounts
                    .iter()
                    .map(|a| {
                        serde_json::json!({
                            "id": a.id.0, "username": a.username.as_str(), "admin": a.is_admin, "disabled": a.disabled,
                            "created_at": a.created_at.to_rfc3339(), "expires_at": a.expires_at.to_rfc3339(),
                            "expired": a.expires_at <= now(),
                            "invited_by": a.invited_by.and_then(|i| names.get(&i.0).cloned()),
                        })
                    })
                    .collect();
                println!("{}", serde_json::Value::Array(v));
            } else {
                for a in &accounts {
                    let mut flags = Vec::new();
                    if a.is_admin {
                        flags.push("admin")
                    }
                    if a.disabled {
                        flags.push("disabled")
                    }
                    if a.expires_at <= now() {
                        flags.push("expired")
                    }
                    println!(
                        "{:<32} expires {}  {}",
                        a.username,
                        a.expires_at,
                        flags.join(",")
                    );
                }
            }
        }
        AdminCommand::Account(cmd) => {
            let (name, disabled) = match &cmd {
                AccountCommand::Disable { name } => (name, true),
                AccountCommand::Enable { name } => (name, false),
            };
            let username = Username::parse(name)?;
            store
                .set_account_disabled(&username, disabled)
                .await
                .map_err(|e| match e {
                    conclave_server_core::StoreError::NotFound => {
                        anyhow::anyhow!("no account named {username}")
                    }
                    e => e.into(),
                })?;
            println!(
                "{username} {}",
                if disabled { "disabled" } else { "enabled" }
            );
        }
        AdminCommand::Renewal(RenewalCommand::Create {
            validity,
            expires,
            json,
        }) => {
            let validity = parse_duration(&validity)?.as_secs();
            let code = core
                .create_renewal(validity, parse_duration(&expires)?.as_secs(), now())
                .await
                .map_err(wire)?;
            if json {
                println!(
                    "{}",
                    serde_json::json!({ "code": code.to_text(), "validity_secs": validity })
                );
            } else {
                println!("{}", code.to_text());
                eprintln!(
                    "renewal code for {} days; the member runs `conclave renew CODE`",
                    validity / 86_400
                );
            }
        }
        AdminCommand::InviteTree => {
            let accounts = store.accounts().await?;
            let mut children: BTreeMap<Option<u64>, Vec<&AccountRecord>> = BTreeMap::new();
            for a in &accounts {
                children
                    .entry(a.invited_by.map(|i| i.0))
                    .or_default()
                    .push(a);
            }
            fn walk(
                children: &BTreeMap<Option<u64>, Vec<&AccountRecord>>,
                parent: Option<u64>,
                depth: usize,
            ) {
                for a in children.get(&parent).into_iter().flatten() {
                    println!("{}{}", "  ".repeat(depth), a.username);
                    walk(children, Some(a.id.0), depth + 1);
                }
            }
            println!("(operator)");
            walk(&children, None, 1);
        }
    }
    Ok(())
}

fn names_by_id(accounts: &[AccountRecord]) -> BTreeMap<u64, String> {
    accounts
        .iter()
        .map(|a| (a.id.0, a.username.to_string()))
        .collect()
}
