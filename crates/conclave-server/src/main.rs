//! `conclave-server`: run the server, or operate on its data directory.

use anyhow::Context;
use clap::{Parser, Subcommand};
use conclave_server::{ServeArgs, Server, ServerConfig, admin};

#[derive(Debug, Parser)]
#[command(
    name = "conclave-server",
    version,
    about = "The Conclave server: invite-only, end-to-end encrypted messaging"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the server (embedded SQLite store; TLS with a self-signed certificate by default).
    /// With `--store postgres://… --bus nats://…` it is one node of a cluster.
    Serve(ServeArgs),
    /// Bring the store's schema up to this binary's version (PostgreSQL: run once per
    /// upgrade, before starting the new nodes; nodes refuse any other version).
    Migrate(ServeArgs),
    /// Print this node's relay descriptor (and token issuer) as JSON, making its relay keys
    /// if needed: what another operator puts in `[relay] peers` / `trusted_issuers`.
    RelayDescriptor(ServeArgs),
    /// Copy a single-node server (running or not) into one archive: a consistent snapshot of
    /// the database, every key and certificate of the data directory, and the config file.
    Backup {
        #[command(flatten)]
        args: ServeArgs,
        /// The archive to write (a tar; must not exist yet).
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Make a new data directory from a backup archive (checked before anything is put in
    /// place); then start `serve --data DIR` there.
    Restore {
        /// The archive `backup --to` wrote.
        #[arg(long)]
        from: std::path::PathBuf,
        /// The data directory to create (absent or empty).
        #[arg(long)]
        data: std::path::PathBuf,
    },
    /// Operator commands on a data directory.
    Admin {
        #[command(flatten)]
        args: ServeArgs,
        #[command(subcommand)]
        command: admin::AdminCommand,
    },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            // hickory logs every name it looks up at debug and below, which at an exit is
            // a member's destination: it is held at warn whatever CONCLAVE_LOG says.
            tracing_subscriber::EnvFilter::try_from_env("CONCLAVE_LOG")
                .unwrap_or_else(|_| "info".into())
                .add_directive("hickory_resolver=warn".parse()?)
                .add_directive("hickory_proto=warn".parse()?),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the runtime")?;
    runtime.block_on(async move {
        match cli.command {
            Command::Serve(args) => serve(args).await,
            Command::Migrate(args) => {
                conclave_server::cluster::migrate(&ServerConfig::load(&args)?).await
            }
            Command::RelayDescriptor(args) => {
                let config = ServerConfig::load(&args)?;
                println!("{}", conclave_server::relay::describe(&config)?);
                Ok(())
            }
            Command::Backup { args, to } => {
                let config = ServerConfig::load(&args)?;
                let report = conclave_server::backup::backup(&config, args.config.as_deref(), &to)?;
                println!(
                    "Backup of {} written to {}:",
                    config.data.display(),
                    to.display()
                );
                for f in &report.manifest.files {
                    println!("  {:>12} bytes  {}", f.bytes, f.path);
                }
                Ok(())
            }
            Command::Restore { from, data } => {
                let report = conclave_server::backup::restore(&from, &data)?;
                println!(
                    "Restored {} (made {} from {}, conclave-server {}) into {}: {} accounts, \
                     {} devices, {} queued messages",
                    from.display(),
                    report.manifest.created_at,
                    report.manifest.source_data_dir,
                    report.manifest.server_version,
                    data.display(),
                    report.db.accounts,
                    report.db.devices,
                    report.db.queued,
                );
                for extra in &report.extras {
                    println!(
                        "  also restored {} (outside the data directory on the old server: \
                         move it where your config names it)",
                        extra.display()
                    );
                }
                println!(
                    "Start it with: conclave-server serve --data {}",
                    data.display()
                );
                Ok(())
            }
            Command::Admin { args, command } => {
                admin::run(&ServerConfig::load(&args)?, command).await
            }
        }
    })
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let config = ServerConfig::load(&args)?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let server = Server::open(config).await?;
    server.run(listener, shutdown_signal()).await
}

async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) else {
        // Without signal handlers we can still serve; Ctrl-C falls back to the default action.
        return std::future::pending().await;
    };
    tokio::select! {
        _ = term.recv() => tracing::info!("SIGTERM received"),
        _ = int.recv() => tracing::info!("SIGINT received"),
    }
}
