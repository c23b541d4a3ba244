//! The report as a web page (`GET /`) and as JSON (`GET /api/report`). The
//! page is self-contained: charts are inline SVG drawn here, no script and
//! nothing fetched from elsewhere.

use std::fmt::Write as _;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::error::ApiError;
use crate::exchange::now;
use crate::report::{date, summarize, Summary, DAY};
use crate::server::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct ReportQuery {
    /// How many days back (default 30, at most 3660).
    days: Option<i64>,
    /// `day` (default), `week` or `hour`.
    bucket: Option<String>,
}

async fn load(state: &AppState, q: &ReportQuery) -> Result<Summary, ApiError> {
    let days = q.days.unwrap_or(30).clamp(1, 3660);
    let bucket = match q.bucket.as_deref().unwrap_or("day") {
        "hour" => 3600,
        "day" => DAY,
        "week" => 7 * DAY,
        other => {
            return Err(ApiError::bad_request(
                "invalid_bucket",
                format!("bucket `{other}`: expected hour, day or week"),
            ))
        }
    };
    let until = (now() / bucket + 1) * bucket;
    let since = until - days * DAY;
    let records = state.recorder.load(since, until).await.map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(summarize(&records, since, until, bucket))
}

pub async fn report_json(State(state): State<Arc<AppState>>, Query(q): Query<ReportQuery>) -> Response {
    match load(&state, &q).await {
        Ok(s) => axum::Json(s).into_response(),
        Err(e) => e.into_response(),
    }
}

pub async fn page(State(state): State<Arc<AppState>>, Query(q): Query<ReportQuery>) -> Response {
    match load(&state, &q).await {
        Ok(s) => ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], render_page(&s)).into_response(),
        Err(e) => e.into_response(),
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One bar of a chart: its label, its value, and the text shown beside it.
struct Bar {
    key: String,
    value: f64,
    label: String,
}

/// Horizontal bars, one per row, scaled to the largest value (or to 1 for rates).
fn hbar_chart(id: &str, title: &str, bars: &[Bar], max: Option<f64>) -> String {
    let mut out = format!("<section><h2>{}</h2>", escape(title));
    if bars.is_empty() {
        out.push_str("<p class=\"empty\">No data yet.</p></section>");
        return out;
    }
    let row = 26;
    let (label_w, bar_w, w) = (220, 420, 900);
    let h = bars.len() * row + 10;
    let max = max.unwrap_or_else(|| bars.iter().map(|b| b.value).fold(0.0, f64::max)).max(f64::EPSILON);
    let _ = write!(
        out,
        "<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-label=\"{}\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">",
        escape(title)
    );
    for (i, b) in bars.iter().enumerate() {
        let y = i * row + 5;
        let len = ((b.value / max) * bar_w as f64).round().max(if b.value > 0.0 { 2.0 } else { 0.0 });
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label\">{}</text>\
             <rect class=\"bar\" data-key=\"{}\" data-value=\"{}\" x=\"{label_w}\" y=\"{y}\" width=\"{len}\" height=\"{}\"><title>{}: {}</title></rect>\
             <text x=\"{}\" y=\"{}\" class=\"value\">{}</text>",
            label_w - 8,
            y + 15,
            escape(&b.key),
            escape(&b.key),
            b.value,
            row - 8,
            escape(&b.key),
            escape(&b.label),
            label_w as f64 + len + 6.0,
            y + 15,
            escape(&b.label),
        );
    }
    out.push_str("</svg></section>");
    out
}

/// Vertical bars over time, the rate of vulnerable answers per bucket.
fn time_chart(s: &Summary) -> String {
    let mut out = String::from("<section><h2>Vulnerable answers over time</h2>");
    let (w, h, pad) = (760usize, 220usize, 30usize);
    let n = s.over_time.len().max(1);
    let slot = (w - 2 * pad) as f64 / n as f64;
    let _ = write!(
        out,
        "<svg class=\"chart\" id=\"chart-over-time\" role=\"img\" aria-label=\"Vulnerable answers over time\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\
         <line x1=\"{pad}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" class=\"axis\"/>\
         <text x=\"2\" y=\"{}\" class=\"label\">100%</text><text x=\"2\" y=\"{}\" class=\"label\">0%</text>",
        h - pad,
        w - pad,
        h - pad,
        pad,
        h - pad
    );
    let plot_h = (h - 2 * pad) as f64;
    for (i, b) in s.over_time.iter().enumerate() {
        let x = pad as f64 + i as f64 * slot;
        let bh = b.rate * plot_h;
        let _ = write!(
            out,
            "<rect class=\"bar{}\" data-key=\"{}\" data-value=\"{}\" data-answers=\"{}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"><title>{}: {} of {} answers with code vulnerable</title></rect>",
            if b.with_code == 0 { " nodata" } else { "" },
            date(b.start),
            b.rate,
            b.with_code,
            x + slot * 0.1,
            (h - pad) as f64 - bh,
            (slot * 0.8).max(1.0),
            bh,
            date(b.start),
            b.vulnerable,
            b.with_code
        );
    }
    if let (Some(first), Some(last)) = (s.over_time.first(), s.over_time.last()) {
        let _ = write!(
            out,
            "<text x=\"{pad}\" y=\"{}\" class=\"label\">{}</text><text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label\">{}</text>",
            h - 10,
            date(first.start),
            w - pad,
            h - 10,
            date(last.start)
        );
    }
    out.push_str("</svg></section>");
    out
}

fn rate_bars(rows: &[crate::report::Rate]) -> Vec<Bar> {
    rows.iter()
        .map(|r| Bar { key: r.key.clone(), value: r.rate, label: format!("{:.1}% of {}", r.rate * 100.0, r.answers) })
        .collect()
}

pub fn render_page(s: &Summary) -> String {
    let mut out = String::from(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Vigil guard report</title>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>\
         body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24;background:#fff}\
         h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:1.8rem}\
         .cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #d0d7de;border-radius:6px;padding:.6rem 1rem;min-width:9rem}\
         .card b{display:block;font-size:1.4rem}.bar{fill:#cf222e}.bar.nodata{fill:#d0d7de}.axis{stroke:#57606a}\
         .label,.value{font-size:12px;fill:#57606a}.empty{color:#57606a}\
         </style></head><body>",
    );
    let _ = write!(
        out,
        "<h1>Vigil guard report</h1><p>{} to {} (UTC)</p><div class=\"cards\" id=\"summary\">",
        date(s.since),
        date(s.until)
    );
    let cards = [
        ("answers", "answers", s.answers.to_string()),
        ("with-code", "with code", s.with_code.to_string()),
        ("vulnerable-rate", "vulnerable", format!("{:.1}%", s.vulnerable_rate * 100.0)),
        ("blocked", "blocked", s.blocked.to_string()),
        ("revised", "revised", s.revised.to_string()),
        ("fixed", "fixed by revision", s.fixed.to_string()),
        ("secrets", "secrets redacted", s.secrets_redacted.to_string()),
    ];
    for (id, title, value) in cards {
        let _ = write!(out, "<div class=\"card\" id=\"card-{id}\"><b>{}</b>{}</div>", escape(&value), escape(title));
    }
    out.push_str("</div>");
    out.push_str(&time_chart(s));
    out.push_str(&hbar_chart("chart-by-model", "Vulnerable rate by model", &rate_bars(&s.by_model), Some(1.0)));
    out.push_str(&hbar_chart(
        "chart-by-language",
        "Vulnerable rate by language",
        &rate_bars(&s.by_language),
        Some(1.0),
    ));
    let cwe: Vec<Bar> = s
        .by_cwe
        .iter()
        .take(15)
        .map(|c| Bar {
            key: c.key.clone(),
            value: c.findings as f64,
            label: format!("{} findings in {} answers", c.findings, c.answers),
        })
        .collect();
    out.push_str(&hbar_chart("chart-by-cwe", "Findings by CWE", &cwe, None));
    out.push_str("<p class=\"empty\">The same data as JSON: <a href=\"api/report\">api/report</a>; in a terminal: <code>vigil report</code>.</p></body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped() {
        assert_eq!(escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
        let bars = [Bar { key: "<m>".into(), value: 0.5, label: "50%".into() }];
        let svg = hbar_chart("c", "T", &bars, Some(1.0));
        assert!(svg.contains("data-key=\"&lt;m&gt;\"") && !svg.contains("<m>"), "{svg}");
    }
}
