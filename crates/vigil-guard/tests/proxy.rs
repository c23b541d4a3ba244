//! The proxy end to end: a real OpenAI client (async-openai) talks to the
//! guard, which talks to a scripted upstream over HTTP, plain and streamed,
//! under each policy.

mod common;

use async_openai::error::OpenAIError;
use async_openai::types::chat::{ChatCompletionRequestUserMessage, CreateChatCompletionRequest};
use common::*;
use futures_util::StreamExt;
use serde_json::Value;

fn request(model: &str, prompt: &str) -> CreateChatCompletionRequest {
    CreateChatCompletionRequest {
        model: model.to_string(),
        messages: vec![ChatCompletionRequestUserMessage::from(prompt).into()],
        ..Default::default()
    }
}

async fn ask(guard: &Guard, route: Option<&str>, model: &str, prompt: &str) -> String {
    let response = guard.client(route, "sk-client").chat().create(request(model, prompt)).await.unwrap();
    response.choices[0].message.content.clone().unwrap_or_default()
}

/// The streamed answer, and how many content chunks carried it.
async fn ask_streamed(guard: &Guard, route: Option<&str>, model: &str, prompt: &str) -> (String, usize) {
    let mut req = request(model, prompt);
    req.stream = Some(true);
    let mut stream = guard.client(route, "sk-client").chat().create_stream(req).await.unwrap();
    let mut text = String::new();
    let mut pieces = 0;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.unwrap();
        for choice in chunk.choices {
            if let Some(c) = choice.delta.content {
                if !c.is_empty() {
                    pieces += 1;
                    text.push_str(&c);
                }
            }
        }
    }
    (text, pieces)
}

fn api_error(e: OpenAIError) -> (u16, Value) {
    match e {
        OpenAIError::ApiError(r) => (
            r.status_code.as_u16(),
            serde_json::json!({"message": r.api_error.message, "type": r.api_error.r#type, "code": r.api_error.code}),
        ),
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn annotate_passes_the_answer_with_a_review_appended() {
    let (up, _) = start_upstream().await;
    let guard = Guard::start(settings(&up, ROUTES)).await;
    let text = ask(&guard, None, "vulnerable", "load yaml").await;
    assert!(text.starts_with(VULNERABLE), "{text}");
    assert!(text.contains("Vigil security review") && text.contains("python.yaml.unsafe-load"), "{text}");
    assert!(text.contains("CWE-502"), "{text}");
    let clean = ask(&guard, None, "clean", "load yaml").await;
    assert_eq!(clean, CLEAN);

    // Tools read the outcome from headers and the `vigil` field.
    let raw = reqwest::Client::new()
        .post(guard.url("/v1/chat/completions"))
        .json(&serde_json::json!({"model": "vulnerable", "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(raw.headers()["x-vigil-action"], "annotated");
    let body: Value = raw.json().await.unwrap();
    assert_eq!(body["vigil"]["findings"][0]["rule_id"], "python.yaml.unsafe-load");
    assert_eq!(guard.stop().await, 3);
}

#[tokio::test]
async fn block_withholds_vulnerable_code_and_says_what_to_change() {
    let (up, _) = start_upstream().await;
    let guard = Guard::start(settings(&up, ROUTES)).await;
    let text = ask(&guard, Some("block"), "vulnerable", "load yaml").await;
    assert!(!text.contains("yaml.load(body)"), "{text}");
    assert!(text.contains("Here is the loader") && text.contains("Vigil blocked 1 code block"), "{text}");
    assert!(text.contains("python.yaml.unsafe-load"), "{text}");
    assert_eq!(ask(&guard, Some("block"), "clean", "load yaml").await, CLEAN);
    guard.stop().await;
}

#[tokio::test]
async fn revise_sends_findings_back_and_returns_the_clean_answer() {
    let (up, upstream) = start_upstream().await;
    let guard = Guard::start(settings(&up, ROUTES)).await;
    let text = ask(&guard, Some("revise"), "fixer", "load yaml").await;
    assert!(text.starts_with(CLEAN), "{text}");
    assert!(text.contains("Vigil revised this answer") && text.contains("in 1 round"), "{text}");
    assert!(text.contains("fixed: `python.yaml.unsafe-load`"), "{text}");
    let requests = upstream.requests();
    assert_eq!(requests.len(), 2);
    let follow_up = requests[1]["messages"].as_array().unwrap();
    assert_eq!(follow_up.len(), 3);
    assert_eq!(follow_up[1]["role"], "assistant");
    assert_eq!(follow_up[1]["content"], VULNERABLE);
    assert!(follow_up[2]["content"].as_str().unwrap().contains("python.yaml.unsafe-load"));
    guard.stop().await;
}

#[tokio::test]
async fn revise_stops_after_max_rounds_with_the_best_answer() {
    let (up, upstream) = start_upstream().await;
    let guard = Guard::start(settings(&up, ROUTES)).await;
    let text = ask(&guard, Some("revise"), "vulnerable", "load yaml").await;
    assert_eq!(upstream.requests().len(), 3, "one answer and max-rounds = 2 revisions");
    assert!(text.contains("in 2 rounds") && text.contains("Still present"), "{text}");
    let database = guard.database.clone();
    let (stored, _dir) = guard.stop_keeping_records().await;
    assert_eq!(stored, 1);
    let mut store = vigil_guard::open_store(&database).unwrap();
    let records = store.load(0, i64::MAX).unwrap();
    assert_eq!((records[0].action.as_str(), records[0].rounds, records[0].clean), ("best-effort", 2, false));
}

#[tokio::test]
async fn streaming_annotate_passes_pieces_through_and_ends_with_the_review() {
    let (up, _) = start_upstream().await;
    let guard = Guard::start(settings(&up, ROUTES)).await;
    let (text, pieces) = ask_streamed(&guard, None, "vulnerable", "load yaml").await;
    assert!(text.starts_with(VULNERABLE), "{text}");
    assert!(text.contains("Vigil security review") && text.contains("python.yaml.unsafe-load"), "{text}");
    assert!(pieces > VULNERABLE.len() / 5, "streamed as it came: {pieces} pieces");
    let (clean, _) = ask_streamed(&guard, None, "clean", "x").await;
    assert_eq!(clean, CLEAN);
    assert_eq!(guard.stop().await, 2);
}

#[tokio::test]
async fn streaming_block_and_revise_hold_the_answer_back() {
    let (up, upstream) = start_upstream().await;
    let guard = Guard::start(settings(&up, ROUTES)).await;
    let (text, _) = ask_streamed(&guard, Some("block"), "vulnerable", "x").await;
    assert!(!text.contains("yaml.load(body)") && text.contains("Vigil blocked"), "{text}");
    let (text, _) = ask_streamed(&guard, Some("revise"), "fixer", "x").await;
    assert!(text.starts_with(CLEAN) && text.contains("Vigil revised this answer"), "{text}");
    let requests = upstream.requests();
    assert_eq!(requests.len(), 3);
    assert!(requests.iter().all(|r| r["stream"] == true));
    let (text, _) = ask_streamed(&guard, Some("revise"), "clean", "x").await;
    assert_eq!(text, CLEAN);
    assert_eq!(guard.stop().await, 3);
}

#[tokio::test]
async fn secrets_are_redacted_upstream_and_restored_in_answers() {
    let (up, upstream) = start_upstream().await;
    let guard = Guard::start(settings(&up, ROUTES)).await;
    let prompt = format!("use key {SECRET} please");
    let text = ask(&guard, None, "echo", &prompt).await;
    assert!(text.contains(&format!("print(\"{prompt}\")")), "restored: {text}");
    let (streamed, _) = ask_streamed(&guard, None, "echo", &prompt).await;
    assert!(streamed.contains(&format!("print(\"{prompt}\")")), "restored in a stream: {streamed}");
    let kept = ask(&guard, Some("keep"), "echo", &prompt).await;
    assert!(kept.contains("[[SECRET_1:aws-access-key-id]]") && !kept.contains(SECRET), "{kept}");
    for r in upstream.requests() {
        let sent = r.to_string();
        assert!(!sent.contains(SECRET) && sent.contains("[[SECRET_1:aws-access-key-id]]"), "{sent}");
    }
    let database = guard.database.clone();
    let (stored, _dir) = guard.stop_keeping_records().await;
    assert_eq!(stored, 3);
    let bytes = std::fs::read(&database).unwrap();
    let wal = std::fs::read(format!("{database}-wal")).unwrap_or_default();
    for b in [bytes, wal] {
        assert!(!b.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()), "the secret reached the records");
        assert!(!b.windows(9).any(|w| w == b"use key [" || w == b"use key A"), "the prompt reached the records");
    }
    let records = vigil_guard::open_store(&database).unwrap().load(0, i64::MAX).unwrap();
    assert!(records.iter().all(|r| r.secrets_redacted == 1 && r.prompt_fingerprint.len() == 24));
}

#[tokio::test]
async fn models_are_listed_from_the_upstream() {
    let (up, _) = start_upstream().await;
    let guard = Guard::start(settings(&up, ROUTES)).await;
    let list = guard.client(None, "k").models().list().await.unwrap();
    assert_eq!(list.data[0].id, "vulnerable");
    guard.stop().await;
}

#[tokio::test]
async fn upstream_down_is_a_502_in_the_openai_format() {
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let guard = Guard::start(settings(&format!("http://{closed}/v1"), ROUTES)).await;
    let err = guard.client(None, "k").chat().create(request("clean", "x")).await.unwrap_err();
    let (status, body) = api_error(err);
    assert_eq!(status, 502);
    assert!(body["message"].as_str().unwrap().contains("cannot be reached"), "{body}");
    guard.stop().await;
}

#[tokio::test]
async fn a_slow_upstream_is_a_504_within_the_timeout() {
    let (up, _) = start_upstream().await;
    let mut s = settings(&up, ROUTES);
    s.limits.upstream_timeout = std::time::Duration::from_millis(500);
    let guard = Guard::start(s).await;
    let started = std::time::Instant::now();
    let raw = reqwest::Client::new()
        .post(guard.url("/v1/chat/completions"))
        .json(&serde_json::json!({"model": "slow", "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), 504);
    assert!(started.elapsed() < std::time::Duration::from_secs(3));
    let body: Value = raw.json().await.unwrap();
    assert_eq!(body["error"]["code"], "upstream_timeout");
    guard.stop().await;
}

#[tokio::test]
async fn a_bad_key_is_a_401_that_says_so_and_a_configured_key_is_used() {
    let (up, upstream) = start_upstream().await;
    let guard = Guard::start(settings(&up, ROUTES)).await;
    let err = guard.client(None, "sk-wrong").chat().create(request("keyed", "x")).await.unwrap_err();
    let (status, body) = api_error(err);
    assert_eq!(status, 401);
    assert!(body["message"].as_str().unwrap().contains("refused the API key"), "{body}");
    assert!(body["message"].as_str().unwrap().contains("Incorrect API key"), "{body}");
    guard.stop().await;
    let mut s = settings(&up, ROUTES);
    s.upstream_key = Some(UPSTREAM_KEY.to_string());
    let keyed = Guard::start(s).await;
    assert_eq!(ask(&keyed, None, "keyed", "x").await, CLEAN);
    assert_eq!(upstream.auth.lock().unwrap().last().unwrap(), &format!("Bearer {UPSTREAM_KEY}"));
    keyed.stop().await;
}

#[tokio::test]
async fn oversized_and_malformed_requests_get_clear_openai_errors() {
    let (up, upstream) = start_upstream().await;
    let mut s = settings(&up, ROUTES);
    s.limits.max_body_bytes = 2_000;
    let guard = Guard::start(s).await;
    let err = guard.client(None, "k").chat().create(request("clean", &"x".repeat(5_000))).await.unwrap_err();
    let (status, body) = api_error(err);
    assert_eq!(status, 413);
    assert!(body["message"].as_str().unwrap().contains("larger than 2000 bytes"), "{body}");
    let http = reqwest::Client::new();
    for (payload, code) in [
        ("not json", "invalid_json"),
        ("{\"model\": \"clean\"}", "missing_messages"),
        ("{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}", "missing_model"),
        ("[1, 2]", "invalid_request"),
    ] {
        let r = http
            .post(guard.url("/v1/chat/completions"))
            .header("content-type", "application/json")
            .body(payload)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "{payload}");
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["code"], code, "{payload}");
        assert_eq!(body["error"]["type"], "invalid_request_error");
    }
    let r = http.post(guard.url("/nope/v1/chat/completions")).body("{}").send().await.unwrap();
    assert_eq!(r.status(), 400, "the body is checked before the route");
    let r = http
        .post(guard.url("/nope/v1/chat/completions"))
        .json(&serde_json::json!({"model": "clean", "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    assert!(upstream.requests().is_empty(), "nothing malformed went upstream");
    guard.stop().await;
}
