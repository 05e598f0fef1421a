//! `conclave ledger`: the shared ledger of a conversation (add, list, balance, export,
//! reverse). All ledger logic lives in `conclave_client_core::ledger`; this file parses
//! arguments, syncs, sends and prints.

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::{ArgGroup, Args, Subcommand, ValueEnum};
use conclave_client::messenger::Messenger;
use conclave_client_core::{
    HistoryBody,
    ledger::{
        self, Date, EntryDraft, EntryKind, Ledger, LedgerOp, Money, Record, RecordBody, Reversal,
        SplitSpec,
    },
};
use conclave_proto::GroupId;

use crate::{home::Home, i18n::tr};

#[derive(Debug, Subcommand)]
pub enum LedgerCommand {
    /// Record a payment or a debt between members of a conversation.
    Add(AddArgs),
    /// Every entry in server order: who recorded it, from which device, when.
    List {
        /// '#group' or a username (1:1).
        conversation: String,
        #[arg(long)]
        json: bool,
    },
    /// Net balance per member and currency, and the fewest transfers that settle them.
    Balance {
        conversation: String,
        #[arg(long)]
        json: bool,
    },
    /// Export the ledger (CSV: one row per member per entry; JSON: everything).
    Export {
        conversation: String,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Undo an entry (entries are never edited or deleted; the reversal is recorded too).
    Reverse {
        conversation: String,
        /// The entry's id, or its first 6 or more characters (from `ledger list`).
        entry: String,
        #[arg(long, allow_hyphen_values = true)]
        memo: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    /// FROM paid (for) the others.
    Payment,
    /// The others owe FROM.
    Debt,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("parties").required(true).args(["to", "split"])))]
pub struct AddArgs {
    /// '#group' or a username (1:1).
    conversation: String,
    /// The amount, e.g. 12.50 (at most as many decimals as the currency has).
    #[arg(long, allow_hyphen_values = true)]
    amount: String,
    /// ISO 4217 code, e.g. EUR.
    #[arg(long)]
    currency: String,
    /// Who paid, or who is owed (default: you).
    #[arg(long)]
    from: Option<String>,
    /// Who received it all, or who owes it all.
    #[arg(long)]
    to: Option<String>,
    /// Split among members: bob,carol (equally), bob=5.00,carol=7.50 (amounts) or
    /// bob:2,carol:1 (weights). Include FROM to give them a share too.
    #[arg(long)]
    split: Option<String>,
    #[arg(long, value_enum, default_value = "payment")]
    kind: KindArg,
    #[arg(long, allow_hyphen_values = true)]
    memo: Option<String>,
    /// The day it happened, YYYY-MM-DD (default: today, UTC).
    #[arg(long)]
    date: Option<String>,
    /// A reference such as an invoice or transfer id.
    #[arg(long = "ref", allow_hyphen_values = true)]
    reference: Option<String>,
    #[arg(long)]
    json: bool,
}

pub async fn run(home: &Home, cmd: LedgerCommand) -> anyhow::Result<()> {
    let (_, mut m) = home.open()?.connect().await?;
    let result = match cmd {
        LedgerCommand::Add(args) => add(&mut m, args).await,
        LedgerCommand::List { conversation, json } => list(&m, &conversation, json),
        LedgerCommand::Balance { conversation, json } => balance(&m, &conversation, json),
        LedgerCommand::Export {
            conversation,
            format,
            output,
        } => export(&m, &conversation, format, output),
        LedgerCommand::Reverse {
            conversation,
            entry,
            memo,
            json,
        } => reverse(&mut m, &conversation, &entry, memo, json).await,
    };
    crate::chat::report_rejected(&m);
    m.close().await;
    result
}

/// `#name`, a 1:1 peer, or a group name without its '#'.
fn conversation(m: &Messenger, target: &str) -> anyhow::Result<GroupId> {
    if let Some(g) = m.find(target) {
        return Ok(g);
    }
    if !target.starts_with('#')
        && let Some(g) = m.find(&format!("#{target}"))
    {
        return Ok(g);
    }
    if target.starts_with('#') {
        bail!(tr!("cli-no-group", name = target))
    }
    bail!(tr!("cli-ledger-no-conversation", name = target))
}

fn name_of(m: &Messenger, group: &GroupId) -> String {
    m.engine()
        .conversation(group)
        .map(|c| c.display_name(&m.me().username))
        .unwrap_or_else(|| "?".into())
}

fn book(m: &Messenger, group: &GroupId) -> anyhow::Result<Ledger> {
    let book = Ledger::for_conversation(m.engine(), group)?;
    if book.unreadable() > 0 {
        eprintln!(
            "{}",
            tr!("cli-ledger-unreadable", count = book.unreadable())
        );
    }
    if let Some((by, device, seq)) = book.handed_over() {
        eprintln!(
            "{}",
            tr!(
                "cli-ledger-handed-over",
                seq = seq,
                user = by.to_string(),
                device = device.to_string()
            )
        );
    }
    for d in book.discrepancies() {
        eprintln!(
            "{}",
            tr!(
                "cli-ledger-discrepancy",
                user = d.by.to_string(),
                device = d.device.to_string(),
                seq = d.seq,
                detail = d.detail.to_string()
            )
        );
    }
    Ok(book)
}

async fn add(m: &mut Messenger, a: AddArgs) -> anyhow::Result<()> {
    let group = conversation(m, &a.conversation)?;
    let me = m.me().username.clone();
    let split = match (a.to, a.split) {
        (Some(to), None) => SplitSpec::To(to),
        (None, Some(list)) => SplitSpec::parse_list(&list)?,
        // clap's group makes exactly one of them present.
        _ => bail!(tr!("cli-ledger-to-or-split")),
    };
    let draft = EntryDraft {
        kind: match a.kind {
            KindArg::Payment => EntryKind::Payment,
            KindArg::Debt => EntryKind::Debt,
        },
        amount: a.amount,
        currency: a.currency,
        from: a.from.unwrap_or_else(|| me.to_string()),
        split,
        date: a.date,
        memo: a.memo,
        reference: a.reference,
    };
    let entry = draft.parse(Date::of(crate::chat::now()))?;
    let op = LedgerOp::Entry(entry);
    // Bring the MLS members up to date with the server first (members who left are removed
    // by a commit), so the check below judges the entry as every device will.
    m.reconcile(&group).await?;
    let members = ledger::member_accounts(&m.engine().members(&group)?);
    book(m, &group)?.check(&op, &me, &members)?;
    send(m, &group, op, a.json).await
}

async fn reverse(
    m: &mut Messenger,
    target: &str,
    entry: &str,
    memo: Option<String>,
    json: bool,
) -> anyhow::Result<()> {
    let group = conversation(m, target)?;
    m.reconcile(&group).await?;
    let current = book(m, &group)?;
    let id = current.resolve(entry)?;
    let op = LedgerOp::Reversal(Reversal::new(id, memo)?);
    let members = ledger::member_accounts(&m.engine().members(&group)?);
    current.check(&op, &m.me().username, &members)?;
    send(m, &group, op, json).await
}

/// Sends `op` and reports how the ledger took it where the server placed it.
async fn send(m: &mut Messenger, group: &GroupId, op: LedgerOp, json: bool) -> anyhow::Result<()> {
    let sent = m.send(group, ledger::content(op)).await?;
    let HistoryBody::Message { id, .. } = sent.body else {
        bail!(tr!("cli-ledger-stored-without-content"));
    };
    let book = Ledger::for_conversation(m.engine(), group)?;
    let record = book
        .record(ledger::EntryId(id))
        .with_context(|| tr!("cli-ledger-missing-after-send"))?;
    if let RecordBody::Rejected { error, .. } = &record.body {
        // Something changed between the check and the server's order (a member left).
        bail!(tr!(
            "cli-ledger-refused",
            seq = record.seq,
            error = error.to_string()
        ));
    }
    if json {
        let mut v = book.record_json(record);
        v["conversation"] = serde_json::json!(name_of(m, group));
        println!("{v}");
    } else {
        println!(
            "{}",
            tr!(
                "cli-ledger-recorded",
                id = record.id.short(),
                conversation = name_of(m, group),
                description = crate::i18n::phrase(&record.phrase())
            )
        );
    }
    Ok(())
}

fn list(m: &Messenger, target: &str, json: bool) -> anyhow::Result<()> {
    let group = conversation(m, target)?;
    let book = book(m, &group)?;
    if json {
        let v: Vec<_> = book.records().iter().map(|r| book.record_json(r)).collect();
        println!("{}", serde_json::Value::Array(v));
        return Ok(());
    }
    if book.records().is_empty() {
        println!(
            "{}",
            tr!("cli-ledger-empty", conversation = name_of(m, &group))
        );
        return Ok(());
    }
    println!(
        "{}",
        tr!("cli-ledger-title", conversation = name_of(m, &group))
    );
    for r in book.records() {
        print_record(&book, r);
    }
    Ok(())
}

fn print_record(book: &Ledger, r: &Record) {
    let date = match &r.body {
        RecordBody::Entry { entry, .. } => entry.date().to_string(),
        _ => Date::of(r.recorded_at).to_string(),
    };
    let tag = if r.status() == "reversed" {
        format!("{} ", tr!("cli-ledger-reversed-tag"))
    } else {
        String::new()
    };
    // The client core's description in the member's language (`--json` and the CSV keep
    // the core's English).
    println!(
        "{}  {date}  {tag}{}",
        r.id.short(),
        crate::i18n::phrase(&r.phrase())
    );
    let mut detail = format!(
        "    {}",
        tr!(
            "cli-ledger-recorded-by",
            user = r.recorded_by.to_string(),
            device = r.device.to_string(),
            at = r.recorded_at.to_string(),
            seq = r.seq
        )
    );
    if let RecordBody::Entry {
        entry, reversed_by, ..
    } = &r.body
    {
        if let Some(reference) = entry.reference() {
            detail.push_str(&format!(
                "; {}",
                tr!("cli-ledger-ref", reference = reference.to_string())
            ));
        }
        if let Some(by) = reversed_by {
            let said = match book.record(*by) {
                Some(r) => tr!(
                    "cli-ledger-reversed-by",
                    user = r.recorded_by.to_string(),
                    id = by.short()
                ),
                None => tr!("cli-ledger-reversed", id = by.short()),
            };
            detail.push_str(&format!("; {said}"));
        }
    }
    println!("{detail}");
}

fn balance(m: &Messenger, target: &str, json: bool) -> anyhow::Result<()> {
    let group = conversation(m, target)?;
    let book = book(m, &group)?;
    if json {
        println!(
            "{}",
            serde_json::json!({
                "conversation": name_of(m, &group),
                "balances": book.balances_json(),
                "settle_up": book.settle_up_json(),
            })
        );
        return Ok(());
    }
    if book.balances().is_empty() {
        println!(
            "{}",
            tr!("cli-ledger-empty", conversation = name_of(m, &group))
        );
        return Ok(());
    }
    println!(
        "{}",
        tr!(
            "cli-ledger-balances-title",
            conversation = name_of(m, &group)
        )
    );
    for (currency, members) in book.balances() {
        println!("  {currency}");
        for (member, b) in members {
            let what = match b.signum() {
                1 => tr!("cli-ledger-is-owed"),
                -1 => tr!("cli-ledger-owes"),
                _ => tr!("cli-ledger-settled"),
            };
            let text = ledger::format_minor(*b, Some(*currency));
            let text = if *b > 0 { format!("+{text}") } else { text };
            println!("    {member:<24} {text:>20}  {what}");
        }
    }
    let transfers = book.settle_up();
    if transfers.is_empty() {
        println!("{}", tr!("cli-ledger-all-settled"));
    } else {
        println!("{}", tr!("cli-ledger-to-settle-up"));
        for t in transfers {
            println!(
                "  {}",
                tr!(
                    "cli-ledger-pays",
                    from = t.from.to_string(),
                    to = t.to.to_string(),
                    amount = Money(t.amount, t.currency).to_string()
                )
            );
        }
    }
    Ok(())
}

fn export(
    m: &Messenger,
    target: &str,
    format: ExportFormat,
    output: Option<PathBuf>,
) -> anyhow::Result<()> {
    let group = conversation(m, target)?;
    let book = book(m, &group)?;
    let text = match format {
        ExportFormat::Csv => book.to_csv(),
        ExportFormat::Json => {
            let mut v = book.to_json();
            v["conversation"] = serde_json::json!(name_of(m, &group));
            v["group"] = serde_json::json!(group.to_hex());
            format!("{}\n", serde_json::to_string_pretty(&v)?)
        }
    };
    match output {
        Some(path) => {
            std::fs::write(&path, text)
                .with_context(|| tr!("cli-writing", path = path.display().to_string()))?;
            eprintln!(
                "{}",
                tr!(
                    "cli-ledger-exported",
                    count = book.records().len(),
                    path = path.display().to_string()
                )
            );
        }
        None => {
            use std::io::Write as _;
            std::io::stdout()
                .write_all(text.as_bytes())
                .with_context(|| tr!("cli-writing-export"))?;
        }
    }
    Ok(())
}
