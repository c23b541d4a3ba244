//! The report page in headless Chromium: it loads, and its charts show the
//! seeded records. A screenshot is kept under the target directory.
//! Skipped with a notice when Chromium is missing, unless
//! VIGIL_REQUIRE_CHROMIUM=1.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;
use vigil_guard::records::{Record, RecordFinding};
use vigil_guard::report::DAY;

const CHROMIUM: &str = "/usr/bin/chromium";

fn seeded(time: i64, model: &str, lang: &str, cwe: Option<&str>) -> Record {
    Record {
        time,
        endpoint: "proxy".into(),
        client: "anonymous".into(),
        model: model.into(),
        route: String::new(),
        policy: "annotate".into(),
        action: if cwe.is_some() { "annotated".into() } else { "passed".into() },
        rounds: 0,
        languages: vec![lang.into()],
        clean: cwe.is_none(),
        secrets_redacted: 0,
        prompt_fingerprint: String::new(),
        answer_fingerprint: String::new(),
        latency_ms: 3,
        findings: cwe
            .map(|c| RecordFinding {
                rule_id: format!("{lang}.rule"),
                cwe: c.into(),
                severity: "high".into(),
                language: lang.into(),
                round: 0,
            })
            .into_iter()
            .collect(),
    }
}

fn chromium(args: &[&str]) -> std::process::Output {
    let mut child = Command::new(CHROMIUM)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"])
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start chromium");
    // Bounded: a stuck browser fails the test instead of hanging it.
    let deadline = std::time::Instant::now() + Duration::from_secs(90);
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_report_page_renders_charts_of_the_records_in_chromium() {
    if !Path::new(CHROMIUM).exists() {
        if std::env::var("VIGIL_REQUIRE_CHROMIUM").as_deref() == Ok("1") {
            panic!("VIGIL_REQUIRE_CHROMIUM=1 but {CHROMIUM} is missing (apt-get install chromium)");
        }
        eprintln!("notice: report page test skipped: {CHROMIUM} is missing (apt-get install chromium)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("seeded.db").to_string_lossy().into_owned();
    let now = vigil_guard::exchange::now();
    let mut records = Vec::new();
    for day in 0..5 {
        let t = now - day * DAY;
        records.push(seeded(t, "model-a", "python", Some("CWE-89")));
        records.push(seeded(t, "model-a", "python", None));
        records.push(seeded(t, "model-b", "javascript", if day % 2 == 0 { Some("CWE-79") } else { None }));
        records.push(seeded(t, "model-b", "javascript", None));
    }
    vigil_guard::open_store(&database).unwrap().insert(&records).unwrap();

    let guard = Guard::start(vigil_guard::GuardSettings { database, ..Default::default() }).await;
    let url = guard.url("/?days=7");
    let dom = {
        let url = url.clone();
        tokio::task::spawn_blocking(move || chromium(&["--dump-dom", &url])).await.unwrap()
    };
    let html = String::from_utf8_lossy(&dom.stdout).into_owned();
    assert!(dom.status.success(), "chromium failed: {}", String::from_utf8_lossy(&dom.stderr));
    for chart in ["chart-over-time", "chart-by-model", "chart-by-language", "chart-by-cwe"] {
        assert!(html.contains(&format!("id=\"{chart}\"")), "{chart} missing from the page:\n{html}");
    }
    // model-a: 5 of 10 answers vulnerable; model-b: 3 of 10.
    assert!(html.contains("data-key=\"model-a\" data-value=\"0.5\""), "{html}");
    assert!(html.contains("data-key=\"model-b\" data-value=\"0.3\""), "{html}");
    assert!(html.contains("data-key=\"CWE-89\" data-value=\"5\""), "{html}");
    assert!(html.contains("data-key=\"CWE-79\" data-value=\"3\""), "{html}");
    assert!(html.contains("<b>20</b>answers"), "{html}");
    let bars_with_data = html.matches("class=\"bar\" data-key=\"20").count();
    assert!(bars_with_data >= 5, "one bar per day with records: {bars_with_data}");

    let shot: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join("vigil-guard-report.png");
    let _ = std::fs::remove_file(&shot);
    let arg = format!("--screenshot={}", shot.display());
    let out = tokio::task::spawn_blocking(move || chromium(&[&arg, "--window-size=900,1300", &url])).await.unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000, "a real picture: {} bytes", png.len());
    eprintln!("screenshot: {}", shot.display());
    guard.stop().await;
}
