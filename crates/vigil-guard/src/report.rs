//! The report: rates of vulnerable answers per model, language and CWE, and
//! over time, from the records. Shared by `vigil report` and the web page.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::Serialize;

use crate::records::Record;

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub since: i64,
    pub until: i64,
    /// Seconds per time bucket.
    pub bucket_seconds: i64,
    pub answers: u64,
    /// Answers with code in them: the base of every rate.
    pub with_code: u64,
    /// Answers whose first version had a finding.
    pub vulnerable: u64,
    pub vulnerable_rate: f64,
    /// Answers whose final version (what the client got) was clean.
    pub delivered_clean: u64,
    pub blocked: u64,
    pub revised: u64,
    /// Revised answers that came back clean.
    pub fixed: u64,
    pub secrets_redacted: u64,
    pub by_model: Vec<Rate>,
    pub by_language: Vec<Rate>,
    pub by_cwe: Vec<CweCount>,
    pub by_rule: Vec<CweCount>,
    pub over_time: Vec<Bucket>,
}

/// Answers with code, and how many of them were vulnerable, for one key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rate {
    pub key: String,
    pub answers: u64,
    pub vulnerable: u64,
    pub rate: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CweCount {
    pub key: String,
    pub findings: u64,
    /// Answers with at least one such finding.
    pub answers: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bucket {
    pub start: i64,
    pub answers: u64,
    pub with_code: u64,
    pub vulnerable: u64,
    pub rate: f64,
}

fn rate(vulnerable: u64, answers: u64) -> f64 {
    if answers == 0 {
        0.0
    } else {
        ((vulnerable as f64 / answers as f64) * 10_000.0).round() / 10_000.0
    }
}

fn rates(map: BTreeMap<String, (u64, u64)>) -> Vec<Rate> {
    let mut v: Vec<Rate> = map
        .into_iter()
        .map(|(key, (answers, vulnerable))| Rate { key, answers, vulnerable, rate: rate(vulnerable, answers) })
        .collect();
    v.sort_by(|a, b| b.answers.cmp(&a.answers).then_with(|| a.key.cmp(&b.key)));
    v
}

fn counts(map: BTreeMap<String, (u64, u64)>) -> Vec<CweCount> {
    let mut v: Vec<CweCount> =
        map.into_iter().map(|(key, (findings, answers))| CweCount { key, findings, answers }).collect();
    v.sort_by(|a, b| b.findings.cmp(&a.findings).then_with(|| a.key.cmp(&b.key)));
    v
}

/// Aggregates `records` (all within `since..until`).
pub fn summarize(records: &[Record], since: i64, until: i64, bucket_seconds: i64) -> Summary {
    let bucket_seconds = bucket_seconds.max(60);
    let mut s = Summary {
        since,
        until,
        bucket_seconds,
        answers: 0,
        with_code: 0,
        vulnerable: 0,
        vulnerable_rate: 0.0,
        delivered_clean: 0,
        blocked: 0,
        revised: 0,
        fixed: 0,
        secrets_redacted: 0,
        by_model: Vec::new(),
        by_language: Vec::new(),
        by_cwe: Vec::new(),
        by_rule: Vec::new(),
        over_time: Vec::new(),
    };
    let first_bucket = since.div_euclid(bucket_seconds) * bucket_seconds;
    let n_buckets = ((until - first_bucket + bucket_seconds - 1) / bucket_seconds).clamp(1, 1000) as usize;
    let mut buckets: Vec<Bucket> = (0..n_buckets)
        .map(|i| Bucket {
            start: first_bucket + i as i64 * bucket_seconds,
            answers: 0,
            with_code: 0,
            vulnerable: 0,
            rate: 0.0,
        })
        .collect();
    let mut by_model: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut by_language: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut by_cwe: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut by_rule: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for r in records {
        s.answers += 1;
        s.secrets_redacted += u64::from(r.secrets_redacted);
        s.delivered_clean += u64::from(r.clean);
        match r.action.as_str() {
            "blocked" => s.blocked += 1,
            "revised" => {
                s.revised += 1;
                s.fixed += 1;
            }
            "best-effort" => s.revised += 1,
            _ => {}
        }
        let first: Vec<_> = r.findings.iter().filter(|f| f.round == 0).collect();
        let has_code = !r.languages.is_empty() || !first.is_empty();
        let vulnerable = !first.is_empty();
        let bucket = ((r.time - first_bucket) / bucket_seconds).clamp(0, n_buckets as i64 - 1) as usize;
        buckets[bucket].answers += 1;
        if !has_code {
            continue;
        }
        s.with_code += 1;
        s.vulnerable += u64::from(vulnerable);
        buckets[bucket].with_code += 1;
        buckets[bucket].vulnerable += u64::from(vulnerable);
        let model = if r.model.is_empty() { "(none)".to_string() } else { r.model.clone() };
        let e = by_model.entry(model).or_default();
        e.0 += 1;
        e.1 += u64::from(vulnerable);
        let mut languages: BTreeSet<&str> = r.languages.iter().map(String::as_str).collect();
        languages.extend(first.iter().map(|f| f.language.as_str()));
        for lang in languages {
            let e = by_language.entry(lang.to_string()).or_default();
            e.0 += 1;
            e.1 += u64::from(first.iter().any(|f| f.language == lang));
        }
        let mut seen_cwe = BTreeSet::new();
        let mut seen_rule = BTreeSet::new();
        for f in &first {
            let cwe = if f.cwe.is_empty() { "(no CWE)" } else { f.cwe.as_str() };
            let e = by_cwe.entry(cwe.to_string()).or_default();
            e.0 += 1;
            if seen_cwe.insert(cwe) {
                e.1 += 1;
            }
            let e = by_rule.entry(f.rule_id.clone()).or_default();
            e.0 += 1;
            if seen_rule.insert(f.rule_id.as_str()) {
                e.1 += 1;
            }
        }
    }
    for b in &mut buckets {
        b.rate = rate(b.vulnerable, b.with_code);
    }
    s.vulnerable_rate = rate(s.vulnerable, s.with_code);
    s.by_model = rates(by_model);
    s.by_language = rates(by_language);
    s.by_cwe = counts(by_cwe);
    s.by_rule = counts(by_rule);
    s.over_time = buckets;
    s
}

fn percent(r: f64) -> String {
    format!("{:.1}%", r * 100.0)
}

/// A UTC date (and time when not midnight) for a Unix time.
pub fn date(t: i64) -> String {
    let days = t.div_euclid(DAY);
    let secs = t.rem_euclid(DAY);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    if secs == 0 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", secs / 3600, secs % 3600 / 60)
    }
}

/// The report as text for a terminal.
pub fn render_text(s: &Summary) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Vigil guard report, {} to {} (UTC)", date(s.since), date(s.until));
    let _ = writeln!(
        out,
        "{} answers, {} with code; {} vulnerable ({}); delivered clean {}; blocked {}, revised {} (fixed {}); secrets redacted {}",
        s.answers,
        s.with_code,
        s.vulnerable,
        percent(s.vulnerable_rate),
        s.delivered_clean,
        s.blocked,
        s.revised,
        s.fixed,
        s.secrets_redacted
    );
    let table = |out: &mut String, title: &str, rows: &[Rate]| {
        let _ = writeln!(out, "\n{title}");
        if rows.is_empty() {
            let _ = writeln!(out, "  (none)");
        }
        let width = rows.iter().map(|r| r.key.chars().count()).max().unwrap_or(0).max(8);
        for r in rows {
            let _ = writeln!(
                out,
                "  {:<width$}  {:>6} answers  {:>6} vulnerable  {:>6}",
                r.key,
                r.answers,
                r.vulnerable,
                percent(r.rate)
            );
        }
    };
    table(&mut out, "By model", &s.by_model);
    table(&mut out, "By language", &s.by_language);
    let _ = writeln!(out, "\nBy CWE");
    if s.by_cwe.is_empty() {
        let _ = writeln!(out, "  (none)");
    }
    for c in &s.by_cwe {
        let _ = writeln!(out, "  {:<10}  {:>6} findings in {:>6} answers", c.key, c.findings, c.answers);
    }
    let _ = writeln!(out, "\nOver time");
    for b in s.over_time.iter().filter(|b| b.answers > 0) {
        let _ = writeln!(
            out,
            "  {}  {:>6} answers  {:>6} with code  {:>6} vulnerable  {:>6}",
            date(b.start),
            b.answers,
            b.with_code,
            b.vulnerable,
            percent(b.rate)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::RecordFinding;

    fn record(time: i64, model: &str, langs: &[&str], findings: &[(&str, &str, &str)]) -> Record {
        Record {
            time,
            endpoint: "proxy".into(),
            client: "c".into(),
            model: model.into(),
            route: String::new(),
            policy: "annotate".into(),
            action: if findings.is_empty() { "passed".into() } else { "annotated".into() },
            rounds: 0,
            languages: langs.iter().map(|s| s.to_string()).collect(),
            clean: findings.is_empty(),
            secrets_redacted: 0,
            prompt_fingerprint: String::new(),
            answer_fingerprint: String::new(),
            latency_ms: 1,
            findings: findings
                .iter()
                .map(|(rule, cwe, lang)| RecordFinding {
                    rule_id: rule.to_string(),
                    cwe: cwe.to_string(),
                    severity: "high".into(),
                    language: lang.to_string(),
                    round: 0,
                })
                .collect(),
        }
    }

    #[test]
    fn rates_count_answers_with_code_per_model_language_cwe_and_day() {
        let records = vec![
            record(10, "a", &["python"], &[("r1", "CWE-89", "python"), ("r1", "CWE-89", "python")]),
            record(20, "a", &["python", "javascript"], &[]),
            record(DAY + 5, "b", &["javascript"], &[("r2", "CWE-79", "javascript")]),
            record(DAY + 6, "b", &[], &[]),
        ];
        let s = summarize(&records, 0, 2 * DAY, DAY);
        assert_eq!((s.answers, s.with_code, s.vulnerable), (4, 3, 2));
        assert_eq!(s.by_model[0], Rate { key: "a".into(), answers: 2, vulnerable: 1, rate: 0.5 });
        let js = s.by_language.iter().find(|r| r.key == "javascript").unwrap();
        assert_eq!((js.answers, js.vulnerable), (2, 1));
        assert_eq!(s.by_cwe[0], CweCount { key: "CWE-89".into(), findings: 2, answers: 1 });
        assert_eq!(s.over_time.len(), 2);
        assert_eq!((s.over_time[1].answers, s.over_time[1].with_code, s.over_time[1].vulnerable), (2, 1, 1));
        let text = render_text(&s);
        assert!(text.contains("CWE-89") && text.contains("66.7%"), "{text}");
    }

    #[test]
    fn dates_are_civil_utc() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_700_000_000), "2023-11-14 22:13");
        assert_eq!(date(951_782_400), "2000-02-29");
    }
}
