//! `conclave-bench` runs end to end (tiny counts): a smoke test of the load generator, not a
//! measurement.

use std::process::Command;

use conclave_tests::bin;

fn bench(args: &[&str]) -> serde_json::Value {
    let out = Command::new(bin("conclave-bench"))
        .args(args)
        .arg("--json")
        .output()
        .expect("run conclave-bench");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON report")
}

#[test]
fn the_load_generator_measures_every_mode() {
    for mode in ["raw", "e2e", "bare"] {
        let r = bench(&[
            "run",
            "--mode",
            mode,
            "--group",
            "3",
            "--messages",
            "5",
            "--time-limit",
            "60s",
        ]);
        assert_eq!(r["messages_accepted"], 15, "{mode}: {r}");
        assert_eq!(r["deliveries"], 30, "{mode}: {r}");
        assert_eq!(r["timed_out"], false);
        assert!(r["send_to_deliver"]["p50_ms"].as_f64().unwrap() > 0.0);
        assert!(r["server_rss_mib"].as_f64().unwrap() > 0.0, "{mode}: {r}");
        if mode != "bare" {
            // Read from the server's metrics address (not the public port).
            assert!(r["fsyncs_per_msg"].as_f64().unwrap() > 0.0, "{mode}: {r}");
        }
    }
    let r = bench(&["run", "--workload", "backlog", "--messages", "50"]);
    assert_eq!(r["deliveries"], 50, "{r}");
    let r = bench(&[
        "run",
        "--workload",
        "idle",
        "--connections",
        "20",
        "--idle-secs",
        "1",
    ]);
    assert!(r["rss_per_connection_kib"].as_f64().is_some(), "{r}");
}

/// `conclave-bench proxy --quick`: an entry, an exit, a real token issuer and the proxy on
/// loopback; every part of the report is there, every stream's SHA-256 matched, and every
/// double spend was refused.
#[test]
fn the_proxy_bench_forwards_verified_streams() {
    let r = bench(&["proxy", "--quick"]);
    assert_eq!(r["concurrent"]["hashes_ok"], true, "{r}");
    assert_eq!(r["concurrent"]["failures"], 0, "{r}");
    assert_eq!(r["concurrent"]["streams"], 20, "{r}");
    assert_eq!(r["token_check"]["double_spends_refused"], true, "{r}");
    assert_eq!(r["token_check"]["redeem"]["count"], 100, "{r}");
    assert_eq!(r["circuit_setup"]["count"], 20, "{r}");
    assert_eq!(r["throughput"]["bytes"], 8 << 20, "{r}");
    for figure in [
        &r["throughput"]["direct_mb_s"],
        &r["throughput"]["proxied_mb_s"],
        &r["circuit_setup"]["p95_ms"],
        &r["token_check"]["redeem"]["p50_ms"],
    ] {
        assert!(figure.as_f64().is_some_and(|v| v > 0.0), "{r}");
    }
    assert_eq!(r["idle"]["circuits"], 20, "{r}");
}
