//! Prometheus metrics in the text exposition format, from plain counters
//! (a handful of series: no registry needed).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use crate::records::Recorder;

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.5, 10.0];

#[derive(Debug, Default)]
pub struct Metrics {
    /// (endpoint, status) -> count
    requests: Mutex<BTreeMap<(&'static str, u16), u64>>,
    /// (policy, action) -> count
    answers: Mutex<BTreeMap<(String, String), u64>>,
    findings: AtomicU64,
    secrets_redacted: AtomicU64,
    revision_rounds: AtomicU64,
    /// Time spent scanning, as a histogram.
    scan_buckets: [AtomicU64; BUCKETS.len()],
    scan_count: AtomicU64,
    scan_micros: AtomicU64,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Metrics {
    pub fn request(&self, endpoint: &'static str, status: u16) {
        *lock(&self.requests).entry((endpoint, status)).or_default() += 1;
    }

    pub fn answer(&self, policy: &str, action: &str, findings: usize, rounds: u32, secrets: usize) {
        *lock(&self.answers).entry((policy.to_string(), action.to_string())).or_default() += 1;
        self.findings.fetch_add(findings as u64, Ordering::Relaxed);
        self.revision_rounds.fetch_add(rounds as u64, Ordering::Relaxed);
        self.secrets_redacted.fetch_add(secrets as u64, Ordering::Relaxed);
    }

    pub fn scan_time(&self, elapsed: Duration) {
        let secs = elapsed.as_secs_f64();
        for (i, bound) in BUCKETS.iter().enumerate() {
            if secs <= *bound {
                self.scan_buckets[i].fetch_add(1, Ordering::Relaxed);
            }
        }
        self.scan_count.fetch_add(1, Ordering::Relaxed);
        self.scan_micros.fetch_add(elapsed.as_micros() as u64, Ordering::Relaxed);
    }

    /// The exposition text.
    pub fn render(&self, recorder: &Recorder) -> String {
        let mut out = String::new();
        out.push_str(
            "# HELP vigil_requests_total HTTP requests by endpoint and status.\n# TYPE vigil_requests_total counter\n",
        );
        for ((endpoint, status), n) in lock(&self.requests).iter() {
            let _ = writeln!(out, "vigil_requests_total{{endpoint=\"{endpoint}\",status=\"{status}\"}} {n}");
        }
        out.push_str(
            "# HELP vigil_answers_total Scanned answers by policy and action.\n# TYPE vigil_answers_total counter\n",
        );
        for ((policy, action), n) in lock(&self.answers).iter() {
            let _ = writeln!(out, "vigil_answers_total{{policy=\"{policy}\",action=\"{action}\"}} {n}");
        }
        let counters = [
            ("vigil_findings_total", "Findings in scanned answers.", self.findings.load(Ordering::Relaxed)),
            (
                "vigil_secrets_redacted_total",
                "Secrets replaced by placeholders in prompts.",
                self.secrets_redacted.load(Ordering::Relaxed),
            ),
            (
                "vigil_revision_rounds_total",
                "Follow-up rounds asked of models.",
                self.revision_rounds.load(Ordering::Relaxed),
            ),
            (
                "vigil_records_written_total",
                "Records written to the database.",
                recorder.stats().written.load(Ordering::Relaxed),
            ),
            (
                "vigil_records_failed_total",
                "Records that could not be written.",
                recorder.stats().failed.load(Ordering::Relaxed),
            ),
        ];
        for (name, help, value) in counters {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}");
        }
        let queued = recorder.stats().queued.load(Ordering::Relaxed);
        let _ = writeln!(out, "# HELP vigil_records_queued Records waiting to be written.\n# TYPE vigil_records_queued gauge\nvigil_records_queued {queued}");
        out.push_str("# HELP vigil_scan_seconds Time to scan an answer.\n# TYPE vigil_scan_seconds histogram\n");
        for (i, bound) in BUCKETS.iter().enumerate() {
            let _ = writeln!(
                out,
                "vigil_scan_seconds_bucket{{le=\"{bound}\"}} {}",
                self.scan_buckets[i].load(Ordering::Relaxed)
            );
        }
        let count = self.scan_count.load(Ordering::Relaxed);
        let _ = writeln!(out, "vigil_scan_seconds_bucket{{le=\"+Inf\"}} {count}");
        let _ = writeln!(out, "vigil_scan_seconds_sum {}", self.scan_micros.load(Ordering::Relaxed) as f64 / 1e6);
        let _ = writeln!(out, "vigil_scan_seconds_count {count}");
        out
    }
}
