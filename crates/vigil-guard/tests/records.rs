//! Both record stores pass the same tests: SQLite always, PostgreSQL when
//! VIGIL_TEST_POSTGRES_URL names one (required when VIGIL_REQUIRE_POSTGRES=1).

use vigil_guard::records::{Record, RecordFinding, Recorder, Store};
use vigil_guard::{open_store, summarize};

fn record(time: i64, model: &str, finding: Option<(&str, &str)>) -> Record {
    Record {
        time,
        endpoint: "proxy".into(),
        client: "key:0011aabb".into(),
        model: model.into(),
        route: "strict".into(),
        policy: "revise".into(),
        action: if finding.is_some() { "best-effort".into() } else { "passed".into() },
        rounds: u32::from(finding.is_some()),
        languages: vec!["python".into(), "javascript".into()],
        clean: finding.is_none(),
        secrets_redacted: 2,
        prompt_fingerprint: "p".repeat(24),
        answer_fingerprint: "a".repeat(24),
        latency_ms: 12,
        findings: finding
            .into_iter()
            .flat_map(|(rule, cwe)| {
                [0, 1].map(|round| RecordFinding {
                    rule_id: rule.into(),
                    cwe: cwe.into(),
                    severity: "high".into(),
                    language: "python".into(),
                    round,
                })
            })
            .collect(),
    }
}

/// The shared contract.
fn exercise(store: &mut dyn Store, base: i64) {
    let before = store.count().unwrap();
    let records = vec![
        record(base + 10, "m1", Some(("python.sql", "CWE-89"))),
        record(base + 20, "m1", None),
        record(base + 30, "m2", Some(("python.yaml", "CWE-502"))),
    ];
    store.insert(&records).unwrap();
    store.insert(&[]).unwrap();
    assert_eq!(store.count().unwrap(), before + 3);
    let loaded = store.load(base, base + 100).unwrap();
    assert_eq!(loaded, records, "records come back as written, oldest first");
    assert_eq!(store.load(base + 15, base + 30).unwrap(), vec![records[1].clone()], "since <= time < until");
    let s = summarize(&loaded, base, base + 100, 60);
    assert_eq!((s.with_code, s.vulnerable), (3, 2));
}

#[test]
fn sqlite_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/records.db");
    let mut store = open_store(path.to_str().unwrap()).unwrap();
    exercise(store.as_mut(), 1_000_000);
    drop(store);
    // Reopening keeps what was written and creates nothing twice.
    let mut again = open_store(path.to_str().unwrap()).unwrap();
    assert_eq!(again.count().unwrap(), 3);
}

#[test]
fn postgres_store() {
    let Some(url) = std::env::var("VIGIL_TEST_POSTGRES_URL").ok().filter(|u| !u.is_empty()) else {
        if std::env::var("VIGIL_REQUIRE_POSTGRES").as_deref() == Ok("1") {
            panic!("VIGIL_REQUIRE_POSTGRES=1 but VIGIL_TEST_POSTGRES_URL is not set");
        }
        eprintln!("notice: PostgreSQL records test skipped: set VIGIL_TEST_POSTGRES_URL=postgres://... to run it");
        return;
    };
    let mut store = open_store(&url).unwrap();
    // A time range of its own, so reruns and other tests do not interfere.
    let base = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as i64 / 1000;
    exercise(store.as_mut(), base);
}

#[tokio::test]
async fn the_recorder_writes_everything_before_it_stops() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.db").to_string_lossy().into_owned();
    let (recorder, done) = Recorder::start(open_store(&path).unwrap());
    let writers: Vec<_> = (0..8)
        .map(|t| {
            let r = recorder.clone();
            std::thread::spawn(move || {
                for i in 0..250 {
                    r.record(record(t * 1000 + i, "m", None));
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    drop(recorder);
    assert!(done.wait(std::time::Duration::from_secs(30)).await);
    assert_eq!(open_store(&path).unwrap().count().unwrap(), 2000);
}
