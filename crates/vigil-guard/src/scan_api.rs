//! `POST /v1/scan`: code or a whole chat answer in, findings out in the JSON
//! schema of `vigil scan --format json` (or SARIF, Markdown, text).
//!
//! ```json
//! {"text": "...", "language": "python", "filename": "app.py",
//!  "model": "for the records", "options": {"min_severity": "medium", "format": "json"}}
//! ```
//! With neither language nor filename, text with code fences is scanned as a
//! chat answer, other text as code in the language its content suggests.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use vigil::{Language, Severity};
use vigil_output::{Format, RenderOptions};

use crate::error::ApiError;
use crate::exchange::now;
use crate::records::{fingerprint, Record, RecordFinding};
use crate::review::Outcome;
use crate::server::{read_body, AppState};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScanRequest {
    #[serde(alias = "code")]
    text: String,
    language: Option<String>,
    filename: Option<String>,
    model: Option<String>,
    #[serde(default)]
    options: ScanOptions,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScanOptions {
    min_severity: Option<String>,
    format: Option<String>,
    /// Keep a record of this scan (default true).
    record: Option<bool>,
}

pub async fn scan(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Body) -> Response {
    let response = match handle(state.clone(), &headers, body).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    };
    state.metrics.request("scan", response.status().as_u16());
    response
}

async fn handle(state: Arc<AppState>, headers: &HeaderMap, body: Body) -> Result<Response, ApiError> {
    let started = Instant::now();
    let bytes = read_body(body, headers, state.settings.limits.max_body_bytes).await?;
    let request: ScanRequest = serde_json::from_slice(&bytes).map_err(|e| {
        ApiError::bad_request(
            "invalid_request",
            format!("expected {{\"text\": \"...\", \"language\"?, \"filename\"?, \"options\"?: {{\"min_severity\"?, \"format\"?}}}}: {e}"),
        )
    })?;
    let language = match &request.language {
        Some(l) => Some(l.parse::<Language>().map_err(|e| ApiError::bad_request("unknown_language", e.to_string()))?),
        None => None,
    };
    let min_severity = match &request.options.min_severity {
        Some(s) => Some(s.parse::<Severity>().map_err(|e| ApiError::bad_request("invalid_severity", e.to_string()))?),
        None => None,
    };
    let format = match request.options.format.as_deref() {
        Some(f) => f.parse::<Format>().map_err(|e| ApiError::bad_request("invalid_format", e.to_string()))?,
        None => Format::Json,
    };
    let path = PathBuf::from(request.filename.clone().unwrap_or_else(|| "snippet".into()));
    let scanner = state.scanner.clone();
    let answer_fingerprint = fingerprint(&request.text);
    let text = request.text;
    let scan_started = Instant::now();
    let (report, languages) = tokio::task::spawn_blocking(move || {
        let mut scan = scanner.scan_text(&text, &path, language);
        if let Some(min) = min_severity {
            scan.findings.retain(|f| f.severity >= min);
        }
        let mut languages: Vec<String> = scan.findings.iter().map(|f| f.language.name().to_string()).collect();
        if let Some(l) = language.or_else(|| Language::from_path(&path)) {
            languages.push(l.name().to_string());
        }
        languages.extend(crate::review::review(&scanner, &text).languages);
        languages.sort();
        languages.dedup();
        let elapsed = scan_started.elapsed().as_millis() as u64;
        (scanner.report_for(scan, text.len(), elapsed), languages)
    })
    .await
    .map_err(|e| ApiError::internal(format!("the scan failed: {e}")))?;
    state.metrics.scan_time(scan_started.elapsed());
    if request.options.record.unwrap_or(true) {
        let findings: Vec<RecordFinding> = report.findings.iter().map(|f| RecordFinding::of(f, 0)).collect();
        let outcome = Outcome {
            policy: "scan",
            action: if findings.is_empty() { "passed" } else { "reported" },
            rounds: 0,
            clean: findings.is_empty(),
            secrets_redacted: 0,
            findings: Vec::new(),
            fixed: Vec::new(),
        };
        let record = Record {
            time: now(),
            endpoint: "scan".into(),
            client: "api".into(),
            model: request.model.unwrap_or_default(),
            route: String::new(),
            policy: "scan".into(),
            action: outcome.action.into(),
            rounds: 0,
            languages,
            clean: outcome.clean,
            secrets_redacted: 0,
            prompt_fingerprint: String::new(),
            answer_fingerprint,
            latency_ms: started.elapsed().as_millis() as u64,
            findings,
        };
        state.finish(record, &outcome);
    }
    let options = RenderOptions::default();
    let rendered = vigil_output::render_to_string(&report, format, &options);
    let content_type = match format {
        Format::Json | Format::Sarif => "application/json",
        Format::Markdown => "text/markdown; charset=utf-8",
        Format::Text => "text/plain; charset=utf-8",
    };
    Ok(([(header::CONTENT_TYPE, content_type)], rendered).into_response())
}
