//! The OpenAI-compatible endpoints: `POST /v1/chat/completions` and
//! `GET /v1/models`, also under `/ROUTE/v1/...` for per-route policies.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use vigil::GuardPolicy;

use crate::error::ApiError;
use crate::exchange::{Decision, Exchange};
use crate::server::{read_body, AppState};
use crate::streaming;

pub async fn chat(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Body) -> Response {
    chat_on(state, None, headers, body).await
}

pub async fn chat_routed(
    State(state): State<Arc<AppState>>,
    Path(route): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    chat_on(state, Some(route), headers, body).await
}

async fn chat_on(state: Arc<AppState>, route: Option<String>, headers: HeaderMap, body: Body) -> Response {
    let response = match handle_chat(state.clone(), route, &headers, body).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    };
    state.metrics.request("chat_completions", response.status().as_u16());
    response
}

async fn handle_chat(
    state: Arc<AppState>,
    route: Option<String>,
    headers: &HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let bytes = read_body(body, headers, state.settings.limits.max_body_bytes).await?;
    let mut ex = Exchange::new(state, route, headers, &bytes)?;
    let upstream = ex.upstream()?.clone();
    if ex.stream {
        let body = serde_json::to_vec(&ex.request).map_err(|e| ApiError::internal(e.to_string()))?;
        // Errors before the first byte keep their HTTP status.
        let response =
            upstream.send(reqwest::Method::POST, "/chat/completions", Some(body), ex.auth.as_ref(), true).await?;
        return Ok(match ex.policy.action {
            GuardPolicy::Annotate => streaming::annotate(ex, response),
            GuardPolicy::Block | GuardPolicy::Revise => streaming::hold_back(ex, response),
        });
    }
    let first = upstream.complete(&ex.request, ex.auth.as_ref()).await?;
    let decision = ex.decide(first).await;
    Ok(plain_response(&ex, decision))
}

fn plain_response(ex: &Exchange, decision: Decision) -> Response {
    let Decision { content, completion, outcome, record } = decision;
    let mut body = completion.body;
    if let Some(message) = body.pointer_mut("/choices/0/message") {
        message["content"] = Value::String(content);
    }
    body["vigil"] = serde_json::to_value(&outcome).unwrap_or(Value::Null);
    ex.state.finish(record, &outcome);
    let mut response = (StatusCode::OK, axum::Json(body)).into_response();
    outcome_headers(response.headers_mut(), &outcome);
    response
}

/// `x-vigil-action`, `x-vigil-findings`, `x-vigil-rounds`: the outcome for
/// tools that read headers.
pub fn outcome_headers(headers: &mut HeaderMap, outcome: &crate::review::Outcome) {
    headers.insert("x-vigil-action", HeaderValue::from_static(outcome.action));
    headers.insert("x-vigil-findings", HeaderValue::from(outcome.findings.len()));
    headers.insert("x-vigil-rounds", HeaderValue::from(outcome.rounds));
}

pub async fn models(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let response = match forward_models(&state, &headers).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    };
    state.metrics.request("models", response.status().as_u16());
    response
}

pub async fn models_routed(
    State(state): State<Arc<AppState>>,
    Path(_route): Path<String>,
    headers: HeaderMap,
) -> Response {
    models(State(state), headers).await
}

async fn forward_models(state: &AppState, headers: &HeaderMap) -> Result<Response, ApiError> {
    let upstream = state.upstream.as_ref().ok_or_else(ApiError::no_upstream)?;
    let auth = crate::upstream::client_auth(headers, state.settings.token.as_deref());
    let response = upstream.send(reqwest::Method::GET, "/models", None, auth, false).await?;
    let text = upstream.read_limited(response).await?;
    let body: Value = serde_json::from_str(&text)
        .map_err(|e| ApiError::upstream_bad_answer(format!("the model endpoint listed models in invalid JSON: {e}")))?;
    Ok((StatusCode::OK, axum::Json(body)).into_response())
}
