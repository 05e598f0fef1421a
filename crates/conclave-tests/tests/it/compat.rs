//! Mixed versions, the other way round from `typing::a_client_of_revision_1_…`: a client of
//! this revision on a server that says it is of revision 1 sends that server nothing it lacks.
//! The server is today's (no older build is at hand); what it is told in `Hello` is what the
//! client goes by, so the transport below reports revision 1 and passes everything else on.

use std::time::{Duration, Instant};

use conclave_client::{
    Auth, ClientError, Connection, Transport, messenger::Messenger, state::StateFile,
};
use conclave_client_core::{Engine, envelope::Content, ephemeral::Signal};
use conclave_proto::{DeviceId, Ephemeral, Request, Response, WireError};
use conclave_tests::harness::Harness;

/// A session with a server of protocol revision 1, as the client sees it.
struct OlderServer(Connection);

impl Transport for OlderServer {
    fn device(&self) -> DeviceId {
        Transport::device(&self.0)
    }
    fn server_revision(&self) -> u8 {
        1
    }
    async fn request(&self, body: Request) -> Result<Response, ClientError> {
        Transport::request(&self.0, body).await
    }
    async fn wait_for_push(&mut self, wait: Duration) {
        Transport::wait_for_push(&mut self.0, wait).await
    }
    fn close_reason(&self) -> Option<WireError> {
        Transport::close_reason(&self.0)
    }
    fn take_ephemeral(&mut self) -> Vec<Ephemeral> {
        Transport::take_ephemeral(&mut self.0)
    }
    async fn close(self) {
        Transport::close(self.0).await
    }
}

#[tokio::test]
async fn a_client_sends_an_older_server_no_signals_and_no_messages_it_cannot_expire() {
    let mut h = Harness::start(13).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let group = alice
        .m_mut()
        .create_group("plans", std::slice::from_ref(&bob.username))
        .await
        .unwrap();
    bob.sync().await;
    alice.stop().await;

    let state = StateFile::open(&alice.home, None).unwrap();
    let engine = Engine::load(
        alice.username.clone(),
        alice.id,
        alice.key(),
        state.load_all().unwrap(),
    )
    .unwrap();
    let conn = Connection::open(
        &h.endpoint(),
        Auth::Device {
            id: alice.id,
            key: alice.key(),
        },
    )
    .await
    .unwrap();
    let mut m = Messenger::new(OlderServer(conn), engine, state);
    m.start().await.unwrap();

    // Typing: no request at all (revision 1 has no signals), and bob sees nothing.
    m.send_signal(&group, Signal::Typing { typing: true })
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(1);
    while Instant::now() < deadline {
        assert!(bob.m_mut().take_signals().is_empty());
        bob.m_mut()
            .wait_for_push(Duration::from_millis(100))
            .await
            .unwrap();
    }

    // Plain messages go as ever.
    let text = |t: &str| Content::Text { text: t.into() };
    m.send(&group, text("before the timer")).await.unwrap();
    // Under a timer, a message is refused rather than left in a queue that cannot expire it.
    m.set_timer(&group, 60).await.unwrap();
    let refused = m.send(&group, text("would outlive its timer")).await;
    let e = refused.expect_err("refused on a server of revision 1");
    assert!(e.to_string().contains("upgrade the server"), "{e}");
    m.set_timer(&group, 0).await.unwrap();
    m.send(&group, text("after the timer")).await.unwrap();

    bob.sync().await;
    let texts: Vec<String> = bob
        .texts(&group)
        .into_iter()
        .map(|(_, _, _, text)| text)
        .collect();
    assert_eq!(texts, ["before the timer", "after the timer"]);
}
