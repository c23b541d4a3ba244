//! The service around the proxy: the scan API in the CLI's JSON schema,
//! health, metrics, tokens, and a shutdown that loses no record.

mod common;

use common::*;
use serde_json::{json, Value};

#[tokio::test]
async fn the_scan_api_answers_in_the_cli_json_schema() {
    let guard = Guard::start(vigil_guard::GuardSettings::default()).await;
    let http = reqwest::Client::new();
    let r = http
        .post(guard.url("/v1/scan"))
        .json(&json!({"text": "import yaml\ncfg = yaml.load(body)\n", "language": "python"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["version"], "1");
    assert_eq!(body["tool"]["name"], "vigil");
    assert_eq!(body["findings"][0]["rule_id"], "python.yaml.unsafe-load");
    assert_eq!(body["findings"][0]["start"]["line"], 2);
    assert_eq!(body["stats"]["findings"], 1);

    let scan = |body: Value| {
        let request = http.post(guard.url("/v1/scan")).json(&body);
        async move { request.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    // A whole chat answer: findings point at lines of the answer.
    let r = scan(json!({"text": VULNERABLE})).await;
    assert_eq!(r["findings"][0]["start"]["line"], 7, "{r}");
    // By file name, as SARIF; filtered by severity.
    let r =
        scan(json!({"code": "import yaml\nyaml.load(x)\n", "filename": "a.py", "options": {"format": "sarif"}})).await;
    assert_eq!(r["version"], "2.1.0");
    let r = scan(
        json!({"text": "import yaml\nyaml.load(x)\n", "language": "python", "options": {"min_severity": "critical"}}),
    )
    .await;
    assert_eq!(r["findings"].as_array().unwrap().len(), 0);
    for (bad, code) in [
        (json!({"text": "x", "language": "cobol"}), "unknown_language"),
        (json!({"txt": "x"}), "invalid_request"),
        (json!({"text": "x", "options": {"format": "xml"}}), "invalid_format"),
    ] {
        let r = http.post(guard.url("/v1/scan")).json(&bad).send().await.unwrap();
        assert_eq!(r.status(), 400);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["code"], code, "{bad}");
    }
    assert_eq!(guard.stop().await, 4);
}

#[tokio::test]
async fn health_and_metrics() {
    let (up, _) = start_upstream().await;
    let guard = Guard::start(settings(&up, ROUTES)).await;
    let http = reqwest::Client::new();
    let health: Value = http.get(guard.url("/healthz")).send().await.unwrap().json().await.unwrap();
    assert_eq!(health["status"], "ok");
    http.post(guard.url("/v1/chat/completions"))
        .json(&json!({"model": "vulnerable", "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    let metrics = http.get(guard.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("vigil_requests_total{endpoint=\"chat_completions\",status=\"200\"} 1"), "{metrics}");
    assert!(metrics.contains("vigil_answers_total{policy=\"annotate\",action=\"annotated\"} 1"), "{metrics}");
    assert!(metrics.contains("vigil_findings_total 1"), "{metrics}");
    assert!(metrics.contains("vigil_scan_seconds_count 1"), "{metrics}");
    let r = http.get(guard.url("/nowhere")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    guard.stop().await;
}

#[tokio::test]
async fn a_token_guards_everything_but_health() {
    let (up, upstream) = start_upstream().await;
    let mut s = settings(&up, ROUTES);
    s.token = Some("guard-secret".into());
    let guard = Guard::start(s).await;
    let http = reqwest::Client::new();
    assert_eq!(http.get(guard.url("/healthz")).send().await.unwrap().status(), 200);
    for path in ["/metrics", "/", "/v1/models"] {
        let r = http.get(guard.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 401, "{path}");
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["type"], "authentication_error");
    }
    let r = http.get(guard.url("/metrics")).bearer_auth("wrong").send().await.unwrap();
    assert_eq!(r.status(), 401);
    // The guard's own token is not sent upstream.
    let client = guard.client(None, "guard-secret");
    let request = async_openai::types::chat::CreateChatCompletionRequest {
        model: "clean".into(),
        messages: vec![async_openai::types::chat::ChatCompletionRequestUserMessage::from("x").into()],
        ..Default::default()
    };
    let answer = client.chat().create(request).await;
    assert_eq!(answer.unwrap().choices[0].message.content.as_deref(), Some(CLEAN));
    assert_eq!(upstream.auth.lock().unwrap().as_slice(), [""]);
    let r = http.get(guard.url("/metrics")).header("x-vigil-token", "guard-secret").send().await.unwrap();
    assert_eq!(r.status(), 200);
    guard.stop().await;
}

#[tokio::test]
async fn exposing_the_guard_without_a_token_is_refused() {
    let s = vigil_guard::GuardSettings { listen: "0.0.0.0:0".parse().unwrap(), ..Default::default() };
    let err = vigil_guard::GuardServer::bind(s, scanner()).await.err().expect("refused");
    assert!(err.to_string().contains("needs a bearer token"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_finishes_requests_under_way_and_loses_no_record() {
    let (up, upstream) = start_upstream().await;
    let guard = Guard::start(settings(&up, ROUTES)).await;
    let base = guard.url("/v1/chat/completions");
    let mut tasks = Vec::new();
    for i in 0..20 {
        let url = base.clone();
        tasks.push(tokio::spawn(async move {
            let stream = i % 2 == 0;
            let r = reqwest::Client::new()
                .post(url)
                .json(&json!({"model": "delayed", "stream": stream, "messages": [{"role": "user", "content": "x"}]}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200);
            r.text().await.unwrap()
        }));
    }
    // Shutdown starts when every request is waiting on the upstream.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while upstream.requests().len() < 20 {
        assert!(std::time::Instant::now() < deadline, "requests did not reach the upstream");
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    let stored = tokio::spawn(guard.stop());
    for t in tasks {
        let body = t.await.unwrap();
        assert!(body.contains("python.yaml.unsafe-load"), "{body}");
    }
    assert_eq!(stored.await.unwrap(), 20);
}
