//! The bare relay: the transport's own limit. TLS WebSocket (same rustls and tungstenite
//! settings as the server), no authentication, no storage: a device joins a group with its
//! first frame; each later frame is acknowledged to its sender and forwarded to every other
//! member of the group, encoded once.

use std::{
    collections::HashMap,
    path::Path,
    sync::{Arc, Mutex},
};

use futures_util::{SinkExt as _, StreamExt as _};
use tokio::{net::TcpListener, sync::mpsc};
use tokio_tungstenite::tungstenite::{Message, protocol::WebSocketConfig};

type Members = Arc<Mutex<HashMap<u32, Vec<(u64, mpsc::Sender<Message>)>>>>;

pub async fn serve(data: &Path) -> anyhow::Result<()> {
    let tls = conclave_server::tls::load(data, None, "127.0.0.1", false)?;
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    if let Some(pin) = tls.pin {
        println!("Pin: {}", pin.to_hex());
    }
    println!("Listening on https://{}", listener.local_addr()?);
    let acceptor = tokio_rustls::TlsAcceptor::from(tls.config.clone());
    let members: Members = Arc::default();
    let mut next_id = 0u64;
    loop {
        let (tcp, _) = listener.accept().await?;
        let _ = tcp.set_nodelay(true);
        next_id += 1;
        let (acceptor, members, id) = (acceptor.clone(), members.clone(), next_id);
        tokio::spawn(async move {
            let Ok(tls) = acceptor.accept(tcp).await else {
                return;
            };
            let config = WebSocketConfig::default()
                .read_buffer_size(conclave_proto::limits::WS_BUFFER_BYTES)
                .write_buffer_size(conclave_proto::limits::WS_BUFFER_BYTES);
            let Ok(ws) = tokio_tungstenite::accept_async_with_config(tls, Some(config)).await
            else {
                return;
            };
            let (mut sink, mut stream) = ws.split();
            let (tx, mut rx) = mpsc::channel::<Message>(1024);
            tokio::spawn(async move {
                while let Some(m) = rx.recv().await {
                    // Same writing discipline as the server: feed what waits, flush once.
                    let mut next = Some(m);
                    let mut ok = true;
                    while let Some(m) = next.take() {
                        ok = sink.feed(m).await.is_ok();
                        if !ok {
                            break;
                        }
                        next = rx.try_recv().ok();
                    }
                    if !ok || sink.flush().await.is_err() {
                        break;
                    }
                }
            });
            let mut group = None;
            while let Some(Ok(m)) = stream.next().await {
                let Message::Binary(b) = m else { continue };
                match group {
                    None => {
                        let Ok(g) = <[u8; 4]>::try_from(&b[..]) else {
                            return;
                        };
                        let g = u32::from_le_bytes(g);
                        members
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .entry(g)
                            .or_default()
                            .push((id, tx.clone()));
                        group = Some(g);
                    }
                    Some(g) => {
                        let mut ack = vec![b'A'];
                        ack.extend_from_slice(&b[1..b.len().min(17)]);
                        let _ = tx.send(Message::Binary(ack.into())).await;
                        let mut frame = b.to_vec();
                        frame[0] = b'D';
                        let frame = Message::Binary(frame.into());
                        let targets: Vec<mpsc::Sender<Message>> = members
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .get(&g)
                            .map(|v| {
                                v.iter()
                                    .filter(|(o, _)| *o != id)
                                    .map(|(_, t)| t.clone())
                                    .collect()
                            })
                            .unwrap_or_default();
                        for t in targets {
                            let _ = t.send(frame.clone()).await;
                        }
                    }
                }
            }
            if let Some(g) = group
                && let Some(v) = members
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .get_mut(&g)
            {
                v.retain(|(o, _)| *o != id);
            }
        });
    }
}
