//! A scripted OpenAI-compatible upstream and a guard in front of it, both
//! on ephemeral loopback ports.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use async_openai::config::OpenAIConfig;
use async_openai::Client;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};
use tokio::sync::oneshot;
use vigil::Scanner;
use vigil_guard::{GuardServer, GuardSettings, PolicyTable};

pub const VULNERABLE: &str =
    "Here is the loader:\n\n```python\nimport yaml\n\ndef load(body):\n    return yaml.load(body)\n```\n";
pub const CLEAN: &str =
    "Here is the loader:\n\n```python\nimport yaml\n\ndef load(body):\n    return yaml.safe_load(body)\n```\n";
pub const SECRET: &str = "AKIAZ7Q2WXRT5MBNLK4P";
pub const UPSTREAM_KEY: &str = "sk-upstream-good";

/// What the upstream was sent.
#[derive(Default)]
pub struct Upstream {
    pub requests: Mutex<Vec<Value>>,
    pub auth: Mutex<Vec<String>>,
}

impl Upstream {
    pub fn requests(&self) -> Vec<Value> {
        self.requests.lock().unwrap().clone()
    }
}

/// The answer for a request, by model name:
/// - `vulnerable`, `clean`: fixed answers;
/// - `fixer`: vulnerable, then clean once asked to revise;
/// - `echo`: the last user message back, inside a Python block;
/// - `delayed`: vulnerable after 400 ms;
/// - `slow`: waits 5 s;
/// - `keyed`: 401 unless the key is UPSTREAM_KEY.
fn answer_for(model: &str, body: &Value) -> String {
    let messages = body["messages"].as_array().cloned().unwrap_or_default();
    let last_user =
        messages.iter().rev().find(|m| m["role"] == "user").and_then(|m| m["content"].as_str()).unwrap_or("");
    match model {
        "clean" | "keyed" | "slow" => CLEAN.to_string(),
        "fixer" if last_user.starts_with("A security review") => CLEAN.to_string(),
        "echo" => format!("You said:\n\n```python\nprint(\"{last_user}\")\n```\n"),
        _ => VULNERABLE.to_string(),
    }
}

async fn chat(State(up): State<Arc<Upstream>>, headers: HeaderMap, Json(body): Json<Value>) -> Response {
    let auth = headers.get("authorization").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    up.requests.lock().unwrap().push(body.clone());
    up.auth.lock().unwrap().push(auth.clone());
    let model = body["model"].as_str().unwrap_or("").to_string();
    if model == "keyed" && auth != format!("Bearer {UPSTREAM_KEY}") {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({"error": {"message": "Incorrect API key provided", "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}})),
        )
            .into_response();
    }
    if model == "delayed" {
        tokio::time::sleep(Duration::from_millis(400)).await;
    }
    if model == "slow" {
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
    let content = answer_for(&model, &body);
    if body["stream"].as_bool().unwrap_or(false) {
        let mut events = String::new();
        let head =
            json!({"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1_700_000_000, "model": model});
        let mut first = head.clone();
        first["choices"] = json!([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": null}]);
        events.push_str(&format!("data: {first}\n\n"));
        // Small pieces, cut anywhere, as models stream.
        let chars: Vec<char> = content.chars().collect();
        for piece in chars.chunks(5) {
            let mut c = head.clone();
            c["choices"] =
                json!([{"index": 0, "delta": {"content": piece.iter().collect::<String>()}, "finish_reason": null}]);
            events.push_str(&format!("data: {c}\n\n"));
        }
        let mut last = head.clone();
        last["choices"] = json!([{"index": 0, "delta": {}, "finish_reason": "stop"}]);
        events.push_str(&format!("data: {last}\n\ndata: [DONE]\n\n"));
        return ([("content-type", "text/event-stream")], events).into_response();
    }
    Json(json!({
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 20, "total_tokens": 30}
    }))
    .into_response()
}

async fn models() -> Json<Value> {
    Json(
        json!({"object": "list", "data": [{"id": "vulnerable", "object": "model", "created": 1_700_000_000, "owned_by": "test"}]}),
    )
}

/// Starts the scripted upstream; returns its base URL (`.../v1`).
pub async fn start_upstream() -> (String, Arc<Upstream>) {
    let state = Arc::new(Upstream::default());
    let app = Router::new()
        .route("/v1/chat/completions", post(chat))
        .route("/v1/models", get(models))
        .with_state(state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/v1"), state)
}

pub fn scanner() -> Arc<Scanner> {
    static SCANNER: OnceLock<Arc<Scanner>> = OnceLock::new();
    SCANNER.get_or_init(|| Arc::new(Scanner::with_builtin_rules())).clone()
}

/// The policy table of a `vigil.toml` text.
pub fn policies(toml: &str) -> PolicyTable {
    let config = vigil::Config::parse(toml, std::path::Path::new("vigil.toml")).unwrap();
    PolicyTable::from_section(&config.guard).unwrap()
}

/// Routes for every policy: `/v1` annotates, `/block/v1`, `/revise/v1`,
/// `/keep/v1` (annotate without restoring secrets).
pub const ROUTES: &str = "[guard]\npolicy = \"annotate\"\nmax-rounds = 2\n[guard.routes.block]\npolicy = \"block\"\n[guard.routes.revise]\npolicy = \"revise\"\n[guard.routes.keep]\nrestore-secrets = false\n";

pub struct Guard {
    pub addr: SocketAddr,
    pub db: tempfile::TempDir,
    pub database: String,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<u64>>,
}

impl Guard {
    pub async fn start(mut settings: GuardSettings) -> Guard {
        let db = tempfile::tempdir().unwrap();
        if settings.database == vigil_guard::settings::DEFAULT_DATABASE {
            settings.database = db.path().join("records.db").to_string_lossy().into_owned();
        }
        settings.listen = "127.0.0.1:0".parse().unwrap();
        let database = settings.database.clone();
        let server = GuardServer::bind(settings, scanner()).await.unwrap();
        let addr = server.local_addr().unwrap();
        let (stop, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            server
                .run(async move {
                    let _ = rx.await;
                })
                .await
                .unwrap()
        });
        Guard { addr, db, database, stop: Some(stop), task: Some(task) }
    }

    /// Base URL for OpenAI clients, `http://ADDR/v1` or `http://ADDR/ROUTE/v1`.
    pub fn base(&self, route: Option<&str>) -> String {
        match route {
            Some(r) => format!("http://{}/{r}/v1", self.addr),
            None => format!("http://{}/v1", self.addr),
        }
    }

    pub fn client(&self, route: Option<&str>, key: &str) -> Client<OpenAIConfig> {
        Client::with_config(OpenAIConfig::new().with_api_base(self.base(route)).with_api_key(key))
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Shuts down gracefully; the number of records stored.
    pub async fn stop(self) -> u64 {
        self.stop_keeping_records().await.0
    }

    /// Shuts down gracefully; the number of records stored, and the
    /// directory of the SQLite file, which lives as long as it is kept.
    pub async fn stop_keeping_records(mut self) -> (u64, tempfile::TempDir) {
        let _ = self.stop.take().unwrap().send(());
        let n = tokio::time::timeout(Duration::from_secs(30), self.task.take().unwrap()).await.unwrap().unwrap();
        (n, self.db)
    }
}

pub fn settings(upstream: &str, toml: &str) -> GuardSettings {
    GuardSettings { upstream: Some(upstream.to_string()), policies: policies(toml), ..GuardSettings::default() }
}
