//! The HTTP server: routes, the bearer-token check, bounded bodies, and a
//! graceful shutdown that writes every record before returning.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use futures_util::StreamExt;
use tokio::net::TcpListener;
use vigil::Scanner;

use crate::error::ApiError;
use crate::metrics::Metrics;
use crate::records::RecorderDone;
use crate::records::{open_store, Record, Recorder, StoreError};
use crate::review::{self, Outcome, Review};
use crate::settings::GuardSettings;
use crate::upstream::Upstream;
use crate::{proxy, scan_api, web};

/// How long a client may take to send its request body.
const BODY_READ_TIMEOUT: Duration = Duration::from_secs(30);
/// How long shutdown waits for the last records to be written.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(60);

/// What every handler shares.
pub struct AppState {
    pub scanner: Arc<Scanner>,
    pub settings: GuardSettings,
    pub upstream: Option<Upstream>,
    pub recorder: Recorder,
    pub metrics: Metrics,
}

impl AppState {
    /// Reviews an answer off the async threads (scanning is CPU work).
    pub async fn review(&self, text: &str) -> Review {
        let scanner = self.scanner.clone();
        let text = text.to_string();
        let started = Instant::now();
        let r = tokio::task::spawn_blocking(move || review::review(&scanner, &text)).await.unwrap_or_default();
        self.metrics.scan_time(started.elapsed());
        r
    }

    /// Counts and records a finished answer.
    pub fn finish(&self, record: Record, outcome: &Outcome) {
        let first_round = record.findings.iter().filter(|f| f.round == 0).count();
        self.metrics.answer(outcome.policy, outcome.action, first_round, outcome.rounds, outcome.secrets_redacted);
        self.recorder.record(record);
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Settings(#[from] crate::settings::SettingsError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot open the records: {0}")]
    Store(#[from] StoreError),
    #[error("upstream client: {0}")]
    Client(#[from] reqwest::Error),
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
}

/// A bound, not yet running guard.
pub struct GuardServer {
    listener: TcpListener,
    state: Arc<AppState>,
    done: RecorderDone,
}

impl GuardServer {
    /// Checks the settings, opens the records and binds the address.
    pub async fn bind(settings: GuardSettings, scanner: Arc<Scanner>) -> Result<GuardServer, ServeError> {
        settings.check()?;
        let upstream = match &settings.upstream {
            Some(u) => Some(Upstream::new(u, settings.upstream_key.clone(), settings.limits.clone())?),
            None => None,
        };
        let database = settings.database.clone();
        let store = tokio::task::spawn_blocking(move || open_store(&database))
            .await
            .map_err(|e| std::io::Error::other(e.to_string()))??;
        let (recorder, done) = Recorder::start(store);
        let listener = TcpListener::bind(settings.listen)
            .await
            .map_err(|source| ServeError::Bind { addr: settings.listen, source })?;
        let state = Arc::new(AppState { scanner, settings, upstream, recorder, metrics: Metrics::default() });
        Ok(GuardServer { listener, state, done })
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn state(&self) -> Arc<AppState> {
        self.state.clone()
    }

    /// Serves until `shutdown` resolves, then finishes the requests under
    /// way and writes every record. Returns the number of records stored.
    pub async fn run(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<u64, ServeError> {
        let GuardServer { listener, state, done } = self;
        let app = router(state.clone());
        axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(shutdown)
            .await?;
        let count = state.recorder.flush().await.unwrap_or(0);
        drop(state);
        if !done.wait(DRAIN_TIMEOUT).await {
            eprintln!("vigil serve: records still being written after {} s", DRAIN_TIMEOUT.as_secs());
        }
        Ok(count)
    }
}

pub fn router(state: Arc<AppState>) -> Router {
    let guarded = Router::new()
        .route("/v1/scan", post(scan_api::scan))
        .route("/v1/chat/completions", post(proxy::chat))
        .route("/v1/models", get(proxy::models))
        .route("/{route}/v1/chat/completions", post(proxy::chat_routed))
        .route("/{route}/v1/models", get(proxy::models_routed))
        .route("/metrics", get(metrics))
        .route("/", get(web::page))
        .route("/api/report", get(web::report_json))
        .layer(middleware::from_fn_with_state(state.clone(), require_token));
    Router::new().route("/healthz", get(healthz)).merge(guarded).fallback(not_found).with_state(state)
}

async fn healthz() -> impl IntoResponse {
    axum::Json(serde_json::json!({"status": "ok", "version": env!("CARGO_PKG_VERSION")}))
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such endpoint: the guard serves /v1/chat/completions, /v1/models, /v1/scan, /healthz, /metrics and / (the report)")
}

async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    let text = state.metrics.render(&state.recorder);
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text).into_response()
}

/// Requires the guard's token, when one is set, in `Authorization: Bearer`,
/// `X-Vigil-Token`, or (for the report page in a browser) `?token=`.
async fn require_token(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let Some(token) = state.settings.token.as_deref() else { return next.run(request).await };
    let headers = request.headers();
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let own = headers.get("x-vigil-token").and_then(|v| v.to_str().ok()).map(str::trim);
    let query =
        request.uri().query().and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("token="))).map(str::to_string);
    let ok = [bearer.map(str::to_string), own.map(str::to_string), query]
        .into_iter()
        .flatten()
        .any(|given| constant_time_eq(given.as_bytes(), token.as_bytes()));
    if ok {
        next.run(request).await
    } else {
        state.metrics.request("unauthorized", 401);
        ApiError::unauthorized().into_response()
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Reads a request body of at most `limit` bytes within the read timeout.
pub async fn read_body(body: Body, headers: &HeaderMap, limit: usize) -> Result<Vec<u8>, ApiError> {
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(ApiError::too_large(limit));
    }
    let read = async {
        let mut stream = body.into_data_stream();
        let mut buf = Vec::with_capacity(declared.unwrap_or(0));
        while let Some(piece) = stream.next().await {
            let piece = piece
                .map_err(|e| ApiError::bad_request("unreadable_body", format!("cannot read the request body: {e}")))?;
            if buf.len() + piece.len() > limit {
                return Err(ApiError::too_large(limit));
            }
            buf.extend_from_slice(&piece);
        }
        Ok(buf)
    };
    tokio::time::timeout(BODY_READ_TIMEOUT, read).await.map_err(|_| {
        ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            "invalid_request_error",
            "body_timeout",
            "the request body took too long to arrive",
        )
    })?
}
