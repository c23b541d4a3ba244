//! Errors a client can act on, in the OpenAI error format
//! (`{"error": {"message", "type", "param", "code"}}`), so every OpenAI
//! client library shows the message instead of a parse failure.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// An error answered to the client.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{status}: {message}")]
pub struct ApiError {
    pub status: StatusCode,
    /// `invalid_request_error`, `authentication_error`, `upstream_error`...
    pub kind: &'static str,
    /// A stable keyword for programs.
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, kind: &'static str, code: &'static str, message: impl Into<String>) -> Self {
        ApiError { status, kind, code, message: message.into() }
    }

    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid_request_error", code, message)
    }

    pub fn too_large(limit: usize) -> Self {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "invalid_request_error",
            "request_too_large",
            format!("the request body is larger than {limit} bytes (the guard's max-body-bytes)"),
        )
    }

    pub fn unauthorized() -> Self {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "authentication_error",
            "invalid_guard_token",
            "this Vigil guard needs a bearer token: send `Authorization: Bearer TOKEN` or `X-Vigil-Token: TOKEN`",
        )
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, "invalid_request_error", "not_found", message)
    }

    pub fn upstream_unreachable(detail: impl std::fmt::Display) -> Self {
        ApiError::new(
            StatusCode::BAD_GATEWAY,
            "upstream_error",
            "upstream_unreachable",
            format!("the model endpoint cannot be reached: {detail}"),
        )
    }

    pub fn upstream_timeout(secs: u64) -> Self {
        ApiError::new(
            StatusCode::GATEWAY_TIMEOUT,
            "upstream_error",
            "upstream_timeout",
            format!("the model endpoint did not answer within {secs} s (the guard's upstream-timeout-secs)"),
        )
    }

    pub fn upstream_bad_answer(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_GATEWAY, "upstream_error", "upstream_bad_response", detail)
    }

    pub fn no_upstream() -> Self {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "upstream_error",
            "no_upstream",
            "this Vigil guard has no upstream model endpoint: start it with --upstream URL or set [guard] upstream",
        )
    }

    pub fn internal(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "server_error", "internal_error", message)
    }

    /// The JSON body.
    pub fn body(&self) -> serde_json::Value {
        json!({"error": {"message": self.message, "type": self.kind, "param": null, "code": self.code}})
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, axum::Json(self.body())).into_response()
    }
}
