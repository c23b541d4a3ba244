//! Streamed answers (`"stream": true`) under each policy.
//!
//! - annotate: pieces go to the client as they come (placeholders restored
//!   on the way, holding back only a possibly split placeholder); the review
//!   is one more content chunk before the final one.
//! - block and revise: the answer is held until it is reviewed (and
//!   revised), with SSE comments meanwhile so connections stay open; then the
//!   result is sent as chunks.

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use bytes::Bytes;
use serde_json::{json, Value};
use tokio::sync::mpsc;

use crate::error::ApiError;
use crate::exchange::Exchange;
use crate::records::RecordFinding;
use crate::redaction::Restorer;
use crate::review::{self, FindingSummary, Outcome};
use crate::sse;
use crate::upstream::{ChunkStream, Completion};

const KEEPALIVE: Duration = Duration::from_secs(10);

/// An SSE response fed by a channel; the producer task ends early if the
/// client goes away (sends fail), and records what it had.
fn sse_response(rx: mpsc::Receiver<Bytes>) -> Response {
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|b| (Ok::<Bytes, std::convert::Infallible>(b), rx))
    });
    let mut response = Response::new(Body::from_stream(stream));
    *response.status_mut() = StatusCode::OK;
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// A chunk like the upstream's (id, model, created) with this delta.
fn chunk(head: &Value, delta: Value, finish_reason: Option<&str>) -> Value {
    let mut c = if head.is_object() { head.clone() } else { json!({}) };
    c["object"] = json!("chat.completion.chunk");
    for (key, default) in
        [("id", json!("chatcmpl-vigil")), ("created", json!(crate::exchange::now())), ("model", json!(""))]
    {
        if c.get(key).is_none_or(Value::is_null) {
            c[key] = default;
        }
    }
    if let Some(obj) = c.as_object_mut() {
        obj.remove("usage");
    }
    c["choices"] = json!([{"index": 0, "delta": delta, "finish_reason": finish_reason}]);
    c
}

fn error_event(e: &ApiError) -> Bytes {
    sse::event(&e.body().to_string())
}

pub fn annotate(ex: Exchange, response: reqwest::Response) -> Response {
    let (tx, rx) = mpsc::channel::<Bytes>(64);
    tokio::spawn(async move {
        let limits = ex.state.settings.limits.clone();
        let mut chunks = ChunkStream::new(response, limits);
        let mut restorer =
            Restorer::new(if ex.policy.restore_secrets { ex.mapping.clone() } else { Default::default() });
        let mut collected = Completion::default();
        let mut tail: Vec<Value> = Vec::new();
        let mut client_gone = false;
        let mut failure = None;
        loop {
            match chunks.next().await {
                Ok(Some(mut c)) => {
                    collected.absorb(&c);
                    let finished = c.pointer("/choices/0/finish_reason").is_some_and(|r| !r.is_null());
                    if let Some(Value::String(piece)) = c.pointer_mut("/choices/0/delta/content") {
                        *piece = restorer.push(piece);
                    }
                    // The review goes before the finishing chunk and what follows it.
                    if finished || !tail.is_empty() {
                        tail.push(c);
                    } else if !client_gone && tx.send(sse::event(&c.to_string())).await.is_err() {
                        client_gone = true;
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        let head = collected.body.clone();
        let rest = restorer.finish();
        let mut out: Vec<Bytes> = Vec::new();
        if !rest.is_empty() {
            out.push(sse::event(&chunk(&head, json!({"content": rest}), None).to_string()));
        }
        let text = if ex.policy.restore_secrets {
            vigil_secrets::unredact(&collected.content, &ex.mapping)
        } else {
            collected.content.clone()
        };
        let r = ex.state.review(&text).await;
        let action = match (&failure, r.findings.is_empty()) {
            (Some(_), _) => "upstream-error",
            (None, true) => "passed",
            (None, false) => "annotated",
        };
        let outcome = Outcome {
            policy: ex.policy.action.as_str(),
            action,
            rounds: 0,
            clean: r.is_clean(ex.policy.fail_on),
            secrets_redacted: ex.secrets,
            findings: FindingSummary::of(&r.findings),
            fixed: Vec::new(),
        };
        let outcome_json = serde_json::to_value(&outcome).unwrap_or(Value::Null);
        match &failure {
            Some(e) => out.push(error_event(e)),
            None => {
                let mut review_chunk = if r.findings.is_empty() {
                    chunk(&head, json!({}), None)
                } else {
                    chunk(&head, json!({"content": review::annotation(&ex.state.scanner, &r)}), None)
                };
                review_chunk["vigil"] = outcome_json;
                out.push(sse::event(&review_chunk.to_string()));
                if tail.is_empty() {
                    tail.push(chunk(&head, json!({}), Some(collected.finish_reason.as_deref().unwrap_or("stop"))));
                }
                out.extend(tail.iter().map(|c| sse::event(&c.to_string())));
            }
        }
        out.push(sse::event("[DONE]"));
        for b in out {
            if client_gone || tx.send(b).await.is_err() {
                break;
            }
        }
        let findings = r.findings.iter().map(|f| RecordFinding::of(f, 0)).collect();
        let record = ex.record(action, 0, outcome.clean, &r, &collected.content, findings);
        ex.state.finish(record, &outcome);
    });
    sse_response(rx)
}

pub fn hold_back(ex: Exchange, response: reqwest::Response) -> Response {
    let (tx, rx) = mpsc::channel::<Bytes>(64);
    tokio::spawn(async move {
        let _ = tx.send(Bytes::from_static(b": vigil is reviewing the answer\n\n")).await;
        let work = async move {
            let mut ex = ex;
            let limits = ex.state.settings.limits.clone();
            let mut chunks = ChunkStream::new(response, limits);
            let mut first = Completion::default();
            let collected = loop {
                match chunks.next().await {
                    Ok(Some(c)) => first.absorb(&c),
                    Ok(None) => break Ok(()),
                    Err(e) => break Err(e),
                }
            };
            let result = match collected {
                Ok(()) => Ok(ex.decide(first).await),
                Err(e) => Err(e),
            };
            (ex, result)
        };
        tokio::pin!(work);
        let mut ticker = tokio::time::interval(KEEPALIVE);
        ticker.tick().await;
        let (ex, result) = loop {
            tokio::select! {
                r = &mut work => break r,
                _ = ticker.tick() => { let _ = tx.send(Bytes::from_static(b": keep-alive\n\n")).await; }
            }
        };
        match result {
            Ok(decision) => {
                let head = &decision.completion.body;
                let finish = decision.completion.finish_reason.clone().unwrap_or_else(|| "stop".into());
                let mut last = chunk(head, json!({}), Some(&finish));
                last["vigil"] = serde_json::to_value(&decision.outcome).unwrap_or(Value::Null);
                let events = [chunk(head, json!({"role": "assistant", "content": decision.content}), None), last];
                for e in events {
                    let _ = tx.send(sse::event(&e.to_string())).await;
                }
                let _ = tx.send(sse::event("[DONE]")).await;
                ex.state.finish(decision.record, &decision.outcome);
            }
            Err(e) => {
                let _ = tx.send(error_event(&e)).await;
                let _ = tx.send(sse::event("[DONE]")).await;
                let empty = review::Review::default();
                let record = ex.record("upstream-error", 0, false, &empty, "", Vec::new());
                let outcome = Outcome {
                    policy: ex.policy.action.as_str(),
                    action: "upstream-error",
                    rounds: 0,
                    clean: false,
                    secrets_redacted: ex.secrets,
                    findings: Vec::new(),
                    fixed: Vec::new(),
                };
                ex.state.finish(record, &outcome);
            }
        }
    });
    sse_response(rx)
}
