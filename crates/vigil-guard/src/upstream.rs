//! The model endpoint: requests forwarded with the configured or the
//! client's key, bounded in time and size, and failures turned into errors
//! the client can act on.

use std::time::Duration;

use axum::http::{HeaderMap, HeaderValue, StatusCode};
use futures_util::StreamExt;
use serde_json::Value;

use crate::error::ApiError;
use crate::settings::Limits;
use crate::sse::SseParser;

#[derive(Debug, Clone)]
pub struct Upstream {
    client: reqwest::Client,
    base: String,
    key: Option<String>,
    limits: Limits,
}

/// A finished answer, from a plain response or a collected stream.
#[derive(Debug, Clone, Default)]
pub struct Completion {
    /// The upstream's JSON (for a stream: the last chunk, without choices).
    pub body: Value,
    pub content: String,
    pub finish_reason: Option<String>,
}

impl Upstream {
    pub fn new(base: &str, key: Option<String>, limits: Limits) -> Result<Upstream, reqwest::Error> {
        let client = reqwest::Client::builder()
            .connect_timeout(limits.connect_timeout)
            .read_timeout(limits.upstream_timeout)
            .pool_idle_timeout(Duration::from_secs(60))
            .build()?;
        Ok(Upstream { client, base: base.trim_end_matches('/').to_string(), key, limits })
    }

    pub fn timeout_secs(&self) -> u64 {
        self.limits.upstream_timeout.as_secs()
    }

    /// Sends a request; an error status from the upstream becomes an
    /// [`ApiError`] with the upstream's message.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Vec<u8>>,
        client_auth: Option<&HeaderValue>,
        stream: bool,
    ) -> Result<reqwest::Response, ApiError> {
        let url = format!("{}{}", self.base, path);
        let mut req = self.client.request(method, &url);
        if !stream {
            req = req.timeout(self.limits.upstream_timeout);
        }
        match (&self.key, client_auth) {
            (Some(key), _) => req = req.bearer_auth(key),
            (None, Some(auth)) => req = req.header(reqwest::header::AUTHORIZATION, auth.clone()),
            (None, None) => {}
        }
        if let Some(body) = body {
            req = req.header(reqwest::header::CONTENT_TYPE, "application/json").body(body);
        }
        let response = req.send().await.map_err(|e| self.transport_error(&e))?;
        if response.status().is_success() {
            return Ok(response);
        }
        let status = StatusCode::from_u16(response.status().as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
        let text = self.read_limited(response).await.unwrap_or_default();
        Err(upstream_status_error(status, &text))
    }

    /// A plain (non-streaming) chat completion.
    pub async fn complete(&self, body: &Value, client_auth: Option<&HeaderValue>) -> Result<Completion, ApiError> {
        let bytes = serde_json::to_vec(body).map_err(|e| ApiError::internal(e.to_string()))?;
        let response = self.send(reqwest::Method::POST, "/chat/completions", Some(bytes), client_auth, false).await?;
        let text = self.read_limited(response).await?;
        let body: Value = serde_json::from_str(&text).map_err(|e| {
            ApiError::upstream_bad_answer(format!("the model endpoint answered with invalid JSON: {e}"))
        })?;
        let choice = body.pointer("/choices/0");
        let content =
            choice.and_then(|c| c.pointer("/message/content")).and_then(Value::as_str).unwrap_or("").to_string();
        let finish_reason = choice.and_then(|c| c.get("finish_reason")).and_then(Value::as_str).map(str::to_string);
        Ok(Completion { body, content, finish_reason })
    }

    /// A streamed chat completion, collected whole (for block and revise).
    pub async fn complete_streamed(
        &self,
        body: &Value,
        client_auth: Option<&HeaderValue>,
    ) -> Result<Completion, ApiError> {
        let bytes = serde_json::to_vec(body).map_err(|e| ApiError::internal(e.to_string()))?;
        let response = self.send(reqwest::Method::POST, "/chat/completions", Some(bytes), client_auth, true).await?;
        let mut chunks = ChunkStream::new(response, self.limits.clone());
        let mut completion = Completion::default();
        while let Some(chunk) = chunks.next().await? {
            completion.absorb(&chunk);
        }
        Ok(completion)
    }

    /// Reads a whole body, at most `max_answer_bytes`, within the timeout.
    pub async fn read_limited(&self, response: reqwest::Response) -> Result<String, ApiError> {
        let mut stream = response.bytes_stream();
        let mut buf = Vec::new();
        let read = async {
            while let Some(piece) = stream.next().await {
                let piece = piece.map_err(|e| self.transport_error(&e))?;
                if buf.len() + piece.len() > self.limits.max_answer_bytes {
                    return Err(ApiError::upstream_bad_answer(format!(
                        "the model's answer is larger than {} bytes (the guard's max-answer-bytes)",
                        self.limits.max_answer_bytes
                    )));
                }
                buf.extend_from_slice(&piece);
            }
            Ok(())
        };
        tokio::time::timeout(self.limits.upstream_timeout, read)
            .await
            .map_err(|_| ApiError::upstream_timeout(self.timeout_secs()))??;
        Ok(String::from_utf8_lossy(&buf).into_owned())
    }

    fn transport_error(&self, e: &reqwest::Error) -> ApiError {
        if e.is_timeout() {
            ApiError::upstream_timeout(self.timeout_secs())
        } else if e.is_connect() {
            ApiError::upstream_unreachable(format!("cannot connect to {}", self.base))
        } else {
            ApiError::upstream_unreachable(without_url(e))
        }
    }
}

/// reqwest's message without the URL (it may carry a key in its query).
fn without_url(e: &reqwest::Error) -> String {
    let mut s = e.to_string();
    if let Some(url) = e.url() {
        s = s.replace(url.as_str(), "the upstream");
    }
    s
}

/// The upstream said no: keep its status and message, and say what it means.
fn upstream_status_error(status: StatusCode, text: &str) -> ApiError {
    let theirs = serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|v| v.pointer("/error/message").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_else(|| text.chars().take(300).collect());
    let (kind, code, hint) = match status.as_u16() {
        401 | 403 => (
            "authentication_error",
            "upstream_auth",
            "the model endpoint refused the API key (check the key the client sends, or the guard's upstream-key-env)",
        ),
        404 => ("invalid_request_error", "upstream_not_found", "the model endpoint does not know this model or path"),
        429 => ("rate_limit_error", "upstream_rate_limited", "the model endpoint is rate limiting"),
        400..=499 => ("invalid_request_error", "upstream_rejected", "the model endpoint rejected the request"),
        _ => ("upstream_error", "upstream_failed", "the model endpoint failed"),
    };
    let status = if status.is_server_error() { StatusCode::BAD_GATEWAY } else { status };
    ApiError::new(status, kind, code, format!("{hint}: {}", theirs.trim()))
}

/// The JSON chunks of a streamed completion, each within the timeout and
/// the whole within `max_answer_bytes`.
pub struct ChunkStream {
    inner: futures_util::stream::BoxStream<'static, reqwest::Result<bytes::Bytes>>,
    parser: SseParser,
    queue: std::collections::VecDeque<String>,
    limits: Limits,
    total: usize,
    done: bool,
}

impl ChunkStream {
    pub fn new(response: reqwest::Response, limits: Limits) -> Self {
        ChunkStream {
            inner: response.bytes_stream().boxed(),
            parser: SseParser::default(),
            queue: Default::default(),
            limits,
            total: 0,
            done: false,
        }
    }

    /// The next chunk, None after `[DONE]` or the end of the stream.
    pub async fn next(&mut self) -> Result<Option<Value>, ApiError> {
        loop {
            if let Some(data) = self.queue.pop_front() {
                if data.trim() == "[DONE]" {
                    self.done = true;
                    self.queue.clear();
                    return Ok(None);
                }
                return match serde_json::from_str::<Value>(&data) {
                    Ok(v) if v.get("error").is_some() => Err(upstream_status_error(StatusCode::BAD_GATEWAY, &data)),
                    Ok(v) => Ok(Some(v)),
                    Err(e) => {
                        Err(ApiError::upstream_bad_answer(format!("the model endpoint streamed invalid JSON: {e}")))
                    }
                };
            }
            if self.done {
                return Ok(None);
            }
            let secs = self.limits.upstream_timeout.as_secs();
            match tokio::time::timeout(self.limits.upstream_timeout, self.inner.next()).await {
                Err(_) => return Err(ApiError::upstream_timeout(secs)),
                Ok(None) => {
                    self.done = true;
                    self.queue.extend(self.parser.finish());
                }
                Ok(Some(Err(e))) => {
                    return Err(if e.is_timeout() {
                        ApiError::upstream_timeout(secs)
                    } else {
                        ApiError::upstream_unreachable(without_url(&e))
                    })
                }
                Ok(Some(Ok(bytes))) => {
                    self.total += bytes.len();
                    if self.total > self.limits.max_answer_bytes {
                        return Err(ApiError::upstream_bad_answer(format!(
                            "the model's answer is larger than {} bytes (the guard's max-answer-bytes)",
                            self.limits.max_answer_bytes
                        )));
                    }
                    self.queue.extend(self.parser.push(&bytes));
                }
            }
        }
    }
}

impl Completion {
    /// Adds one streamed chunk: content of choice 0, finish reason, and the
    /// chunk's other fields (id, model, usage) as the body.
    pub fn absorb(&mut self, chunk: &Value) {
        if let Some(choice) = chunk.pointer("/choices/0") {
            if let Some(piece) = choice.pointer("/delta/content").and_then(Value::as_str) {
                self.content.push_str(piece);
            }
            if let Some(reason) = choice.get("finish_reason").and_then(Value::as_str) {
                self.finish_reason = Some(reason.to_string());
            }
        }
        let mut head = chunk.clone();
        if let Some(obj) = head.as_object_mut() {
            obj.remove("choices");
        }
        if self.body.is_null() {
            self.body = head;
        } else if let (Some(dst), Some(src)) = (self.body.as_object_mut(), head.as_object()) {
            for (k, v) in src {
                if !v.is_null() {
                    dst.insert(k.clone(), v.clone());
                }
            }
        }
    }
}

/// The client's `Authorization` header, unless it is the guard's own token.
pub fn client_auth<'h>(headers: &'h HeaderMap, guard_token: Option<&str>) -> Option<&'h HeaderValue> {
    let auth = headers.get(axum::http::header::AUTHORIZATION)?;
    if let (Some(token), Ok(text)) = (guard_token, auth.to_str()) {
        if text.strip_prefix("Bearer ").map(str::trim) == Some(token) {
            return None;
        }
    }
    Some(auth)
}
