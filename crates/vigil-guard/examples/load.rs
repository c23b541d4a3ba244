//! Load benchmark of the guard proxy, on loopback only and bounded in count
//! and time: a local upstream answers a 100-line Python answer; the same
//! requests go to it directly and through the guard; it prints the latency
//! the guard adds (p50, p99, one request at a time) and the requests per
//! second it sustains (concurrent clients), per policy, and checks that no
//! request failed and no record was lost.
//!
//! cargo run --release -p vigil-guard --example load -- [--requests N]
//!     [--concurrency C] [--policies annotate,block,revise] [--clean] [--json]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};
use vigil::Scanner;
use vigil_guard::{GuardServer, GuardSettings, PolicyTable};

/// No run may take longer than this, whatever the arguments.
const TIME_LIMIT: Duration = Duration::from_secs(300);

struct Args {
    requests: usize,
    concurrency: usize,
    policies: Vec<String>,
    clean: bool,
    json: bool,
}

fn args() -> Args {
    let mut a = Args {
        requests: 2000,
        concurrency: 16,
        policies: vec!["annotate".into(), "block".into(), "revise".into()],
        clean: false,
        json: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--requests" => {
                a.requests = it.next().and_then(|v| v.parse::<usize>().ok()).expect("--requests N").clamp(10, 100_000)
            }
            "--concurrency" => {
                a.concurrency = it.next().and_then(|v| v.parse::<usize>().ok()).expect("--concurrency C").clamp(1, 256)
            }
            "--policies" => a.policies = it.next().expect("--policies LIST").split(',').map(str::to_string).collect(),
            "--clean" => a.clean = true,
            "--json" => a.json = true,
            other => panic!("unknown argument {other}"),
        }
    }
    a
}

/// A 100-line answer: prose, then a Python module; with one unsafe call
/// unless `clean`.
fn answer(clean: bool) -> String {
    let mut code = String::from("import json\nimport yaml\nfrom pathlib import Path\n\n");
    let mut i = 0;
    while code.lines().count() < 92 {
        code.push_str(&format!(
            "def handler_{i}(payload, store):\n    data = json.loads(payload)\n    key = data.get(\"key_{i}\", \"\")\n    store[key] = data\n    return len(store)\n\n"
        ));
        i += 1;
    }
    code.push_str(if clean {
        "def load(body):\n    return yaml.safe_load(body)\n"
    } else {
        "def load(body):\n    return yaml.load(body)\n"
    });
    format!("Here is the module you asked for:\n\n```python\n{code}```\n\nEach handler stores the parsed payload.\n")
}

async fn start_upstream(content: String) -> String {
    let body = json!({
        "id": "chatcmpl-bench", "object": "chat.completion", "created": 1_700_000_000, "model": "bench",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 900, "total_tokens": 910}
    });
    let app = Router::new().route(
        "/v1/chat/completions",
        post(move |Json(_): Json<Value>| {
            let body = body.clone();
            async move { Json(body) }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind upstream");
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}/v1")
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// `n` requests one at a time; the sorted latencies.
async fn sequential(client: &reqwest::Client, url: &str, n: usize) -> Result<Vec<Duration>, String> {
    let body = json!({"model": "bench", "messages": [{"role": "user", "content": "write the module"}]}).to_string();
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        let r = client
            .post(url)
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if !r.status().is_success() {
            return Err(format!("status {}", r.status()));
        }
        r.bytes().await.map_err(|e| e.to_string())?;
        times.push(t.elapsed());
    }
    times.sort();
    Ok(times)
}

/// `n` requests from `c` concurrent clients; (requests per second, errors).
async fn concurrent(client: &reqwest::Client, url: &str, n: usize, c: usize) -> (f64, usize) {
    let body = json!({"model": "bench", "messages": [{"role": "user", "content": "write the module"}]}).to_string();
    let next = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..c)
        .map(|_| {
            let (client, url, body, next, errors) =
                (client.clone(), url.to_string(), body.clone(), next.clone(), errors.clone());
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < n {
                    let ok = match client
                        .post(&url)
                        .header("content-type", "application/json")
                        .body(body.clone())
                        .send()
                        .await
                    {
                        Ok(r) => r.status().is_success() && r.bytes().await.is_ok(),
                        Err(_) => false,
                    };
                    if !ok {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.await;
    }
    (n as f64 / started.elapsed().as_secs_f64(), errors.load(Ordering::Relaxed))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    let args = args();
    let deadline = tokio::time::sleep(TIME_LIMIT);
    tokio::select! {
        _ = deadline => { eprintln!("load: stopped at the {} s limit", TIME_LIMIT.as_secs()); std::process::exit(1); }
        code = run(args) => std::process::exit(code),
    }
}

async fn run(args: Args) -> i32 {
    let content = answer(args.clean);
    let upstream = start_upstream(content.clone()).await;
    let client = reqwest::Client::builder().pool_max_idle_per_host(256).build().unwrap();
    let scanner = Arc::new(Scanner::with_builtin_rules());
    let latency_n = (args.requests / 4).clamp(10, 1000);
    let direct = sequential(&client, &format!("{upstream}/chat/completions"), latency_n).await.expect("direct calls");
    let (direct_rps, direct_errors) =
        concurrent(&client, &format!("{upstream}/chat/completions"), args.requests, args.concurrency).await;
    if !args.json {
        println!(
            "answer: {} lines, {} bytes, {}; {} requests for latency (one at a time), {} at concurrency {}",
            content.lines().count(),
            content.len(),
            if args.clean { "clean" } else { "one finding" },
            latency_n,
            args.requests,
            args.concurrency
        );
        println!(
            "direct: p50 {:.3} ms, p99 {:.3} ms, {:.0} req/s, {} errors",
            ms(percentile(&direct, 0.5)),
            ms(percentile(&direct, 0.99)),
            direct_rps,
            direct_errors
        );
    }
    let mut failed = false;
    let mut rows = Vec::new();
    for policy in &args.policies {
        let dir = tempfile::tempdir().unwrap();
        let toml = format!("[guard]\npolicy = \"{policy}\"\n");
        let config = vigil::Config::parse(&toml, std::path::Path::new("vigil.toml")).expect("policy name");
        let settings = GuardSettings {
            listen: "127.0.0.1:0".parse().unwrap(),
            upstream: Some(upstream.clone()),
            policies: PolicyTable::from_section(&config.guard).unwrap(),
            database: dir.path().join("bench.db").to_string_lossy().into_owned(),
            ..GuardSettings::default()
        };
        let server = GuardServer::bind(settings, scanner.clone()).await.expect("bind the guard");
        let addr = server.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(server.run(async move {
            let _ = stopped.await;
        }));
        let url = format!("http://{addr}/v1/chat/completions");
        let guarded = match sequential(&client, &url, latency_n).await {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{policy}: request failed: {e}");
                failed = true;
                continue;
            }
        };
        let (rps, errors) = concurrent(&client, &url, args.requests, args.concurrency).await;
        let _ = stop.send(());
        let stored = task.await.unwrap().expect("guard ran");
        let sent = (latency_n + args.requests) as u64;
        let lost = sent.saturating_sub(stored + errors as u64);
        failed |= errors > 0 || lost > 0;
        let row = json!({
            "policy": policy,
            "p50_ms": ms(percentile(&guarded, 0.5)),
            "p99_ms": ms(percentile(&guarded, 0.99)),
            "added_p50_ms": ms(percentile(&guarded, 0.5)) - ms(percentile(&direct, 0.5)),
            "added_p99_ms": ms(percentile(&guarded, 0.99)) - ms(percentile(&direct, 0.99)),
            "requests_per_second": rps.round(),
            "errors": errors,
            "records": stored,
            "lost_records": lost,
        });
        if !args.json {
            println!(
                "{policy:>8}: p50 {:.3} ms (+{:.3}), p99 {:.3} ms (+{:.3}), {:.0} req/s, {} errors, {} records of {} requests, {} lost",
                row["p50_ms"].as_f64().unwrap(),
                row["added_p50_ms"].as_f64().unwrap(),
                row["p99_ms"].as_f64().unwrap(),
                row["added_p99_ms"].as_f64().unwrap(),
                rps,
                errors,
                stored,
                sent,
                lost
            );
        }
        rows.push(row);
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&json!({"direct_p50_ms": ms(percentile(&direct, 0.5)), "direct_rps": direct_rps.round(), "policies": rows})).unwrap());
    }
    i32::from(failed)
}
