//! `conclave proxy`: a local SOCKS5 and HTTP CONNECT proxy that browses through two of the
//! operator's relays (entry knows who, exit knows where).

use std::{
    io::{IsTerminal as _, Write as _},
    net::SocketAddr,
    sync::Arc,
    time::Duration,
};

use anyhow::{Context, bail};
use conclave_client::proxy::{DirectoryPin, ServerTokens, fetch_directory};
use conclave_relay::net::client::{Proxy, ProxyConfig, ProxyEvent};
use tokio::sync::watch;

use crate::{home::Home, i18n::tr};

#[derive(Debug, clap::Args)]
pub struct ProxyArgs {
    /// Where the proxy listens (SOCKS5 and HTTP CONNECT on the same port); loopback only.
    #[arg(long, default_value = "127.0.0.1:1080")]
    pub listen: SocketAddr,
    /// Leave the relays through an exit in this country (ISO code, e.g. NL).
    #[arg(long)]
    pub exit_country: Option<String>,
    /// A separate circuit for every site (host), so no exit session links two sites.
    #[arg(long)]
    pub new_circuit: bool,
    /// Rotate circuits after this long (new streams use a new circuit).
    #[arg(long, default_value = "10m")]
    pub circuit_lifetime: String,
    /// One JSON object per line on stdout (events, and the status every 5 s) for scripts.
    #[arg(long)]
    pub json: bool,
    /// Stop after this long (e.g. 30s); default: until interrupted.
    #[arg(long)]
    pub duration: Option<String>,
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn human(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GiB", b as f64 / f64::from(1u32 << 30)),
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / f64::from(1u32 << 20)),
        b if b >= 1 << 10 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{b} B"),
    }
}

pub async fn run(home: &Home, args: ProxyArgs) -> anyhow::Result<()> {
    if !args.listen.ip().is_loopback() {
        bail!(tr!(
            "cli-proxy-loopback-only",
            address = args.listen.to_string()
        ));
    }
    let lifetime = humantime::parse_duration(&args.circuit_lifetime).with_context(|| {
        tr!(
            "cli-invalid-option-value",
            option = "--circuit-lifetime",
            value = format!("{:?}", args.circuit_lifetime)
        )
    })?;
    let stop_after = args
        .duration
        .as_deref()
        .map(humantime::parse_duration)
        .transpose()
        .with_context(|| tr!("cli-invalid-option", option = "--duration"))?;
    let opened = home.open()?;
    let endpoints = opened.device.endpoints()?;
    let device = opened.device.device();
    let key = Arc::new(opened.key);
    // The proxy holds no conversation state: state.db (and its lock) stay free for other
    // commands.
    drop(opened.state);
    drop(opened.engine);
    crate::lock::release_process_lock();

    let mut last_error = None;
    let mut signed = None;
    for endpoint in &endpoints {
        match fetch_directory(endpoint).await {
            Ok(s) => {
                signed = Some(s);
                break;
            }
            Err(e) => last_error = Some(e),
        }
    }
    let signed = match (signed, last_error) {
        (Some(s), _) => s,
        (None, Some(e)) => bail!(tr!("cli-proxy-no-directory", error = e.to_string())),
        (None, None) => bail!(tr!("cli-proxy-no-server")),
    };
    let pin = DirectoryPin {
        path: home.dir.join("relay-directory.key"),
    };
    let directory = pin
        .verify(&signed, now_ms())
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let (directory_tx, directory_rx) = watch::channel(Arc::new(directory));
    let tokens = ServerTokens {
        endpoints: endpoints.clone(),
        device,
        key,
        directory: directory_rx.clone(),
    };
    let config = ProxyConfig {
        exit_country: args.exit_country.clone(),
        circuit_lifetime: lifetime,
        new_circuit_per_site: args.new_circuit,
        // Enough for a few circuits per short session with the home server.
        token_batch: 8,
        ..ProxyConfig::default()
    };
    let proxy = Proxy::new(config, directory_rx, Arc::new(tokens));
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| tr!("cli-cannot-listen", address = args.listen.to_string()))?;
    let local = listener.local_addr()?;
    let json = args.json;
    let mut events = proxy.events();
    let printer = tokio::spawn(async move {
        while let Ok(event) = events.recv().await {
            if json {
                println!("{}", serde_json::to_string(&event).unwrap_or_default());
                continue;
            }
            match event {
                ProxyEvent::CircuitBuilt {
                    circuit,
                    entry,
                    exit,
                    same_operator,
                    setup_ms,
                } => {
                    eprintln!(
                        "\r{}",
                        tr!(
                            "cli-proxy-circuit",
                            circuit = circuit.to_string(),
                            entry = format!("{} ({}, {})", entry.id, entry.country, entry.operator),
                            exit = format!("{} ({}, {})", exit.id, exit.country, exit.operator),
                            ms = setup_ms
                        )
                    );
                    if same_operator {
                        eprintln!("  {}", tr!("cli-proxy-same-operator"));
                    }
                }
                ProxyEvent::CircuitFailed { error } => eprintln!(
                    "\r{}",
                    tr!("cli-proxy-circuit-failed", error = error.to_string())
                ),
                ProxyEvent::StreamFailed { reason } => eprintln!(
                    "\r{}",
                    tr!("cli-proxy-stream-refused", reason = reason.to_string())
                ),
            }
        }
    });
    if json {
        println!(
            "{}",
            serde_json::json!({"event": "listening", "socks5": format!("socks5h://{local}"), "http_connect": format!("http://{local}")})
        );
    } else {
        eprintln!(
            "{}\n  chromium --proxy-server=socks5://{local}\n  curl --socks5-hostname {local} https://example.org/\n{}",
            tr!("cli-proxy-listening", address = local.to_string()),
            tr!("cli-proxy-two-relays")
        );
    }
    // Build the first circuit now, so problems show at once.
    if let Err(e) = proxy.new_circuit().await {
        eprintln!(
            "{}",
            tr!("cli-proxy-first-circuit-failed", error = e.to_string())
        );
    }
    let (stop_tx, stop_rx) = watch::channel(false);
    let server = tokio::spawn(proxy.clone().run(listener, stop_rx));
    let status_proxy = proxy.clone();
    let terminal = std::io::stderr().is_terminal();
    let status = tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(if json { 5 } else { 1 }));
        loop {
            tick.tick().await;
            let s = status_proxy.status();
            if json {
                println!(
                    "{}",
                    serde_json::json!({"event": "status", "circuits": s.circuits, "streams": s.streams, "sent_bytes": s.sent_bytes, "received_bytes": s.received_bytes, "circuits_built": s.circuits_built})
                );
            } else if terminal {
                eprint!(
                    "\r{}   ",
                    tr!(
                        "cli-proxy-status",
                        circuits = s.circuits,
                        streams = s.streams,
                        sent = human(s.sent_bytes),
                        received = human(s.received_bytes)
                    )
                );
                let _ = std::io::stderr().flush();
            }
        }
    });
    let refresh_endpoints = endpoints;
    let refresh = tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        tick.tick().await;
        loop {
            tick.tick().await;
            for endpoint in &refresh_endpoints {
                if let Ok(signed) = fetch_directory(endpoint).await
                    && let Ok(directory) = pin.verify(&signed, now_ms())
                {
                    directory_tx.send_replace(Arc::new(directory));
                    break;
                }
            }
        }
    });
    match stop_after {
        Some(d) => tokio::time::sleep(d).await,
        None => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
    let _ = stop_tx.send(true);
    let _ = server.await;
    status.abort();
    refresh.abort();
    printer.abort();
    if !json {
        let s = proxy.status();
        eprintln!(
            "\r{}",
            tr!(
                "cli-proxy-stopped",
                circuits = s.circuits_built,
                sent = human(s.sent_bytes),
                received = human(s.received_bytes)
            )
        );
    }
    Ok(())
}
