//! `vigil mcp` end to end: rmcp's client spawns the built binary and talks to
//! it over its standard input and output; and raw malformed lines do not
//! stop the server.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::time::Duration;

use common::Project;
use rmcp::model::CallToolRequestParams;
use rmcp::transport::TokioChildProcess;
use rmcp::ServiceExt;
use serde_json::{json, Value};

const SQL_SNIPPET: &str = "import sqlite3\n\n\ndef find_user(conn, username):\n    cur = conn.cursor()\n    cur.execute(\"SELECT * FROM users WHERE name = '\" + username + \"'\")\n    return cur.fetchone()\n";

fn args(v: Value) -> serde_json::Map<String, Value> {
    v.as_object().expect("an object").clone()
}

#[tokio::test]
async fn a_real_client_initializes_lists_and_calls_every_tool() {
    let p = Project::new();
    p.write("app/db.py", SQL_SNIPPET);
    let mut cmd = tokio::process::Command::new(common::bin());
    cmd.arg("mcp").current_dir(p.path()).env("RUST_BACKTRACE", "0");
    let transport = TokioChildProcess::new(cmd).expect("spawn vigil mcp");
    let client = tokio::time::timeout(Duration::from_secs(60), ().serve(transport))
        .await
        .expect("initialize in time")
        .expect("initialize");
    let info = client.peer_info().expect("server info");
    assert_eq!(info.server_info.as_ref().map(|i| i.name.as_str()), Some("vigil"));
    assert_eq!(info.server_info.as_ref().map(|i| i.version.as_str()), Some(env!("CARGO_PKG_VERSION")));

    let tools = client.list_all_tools().await.expect("tools/list");
    let mut names: Vec<String> = tools.iter().map(|t| t.name.to_string()).collect();
    names.sort();
    assert_eq!(names, ["explain", "redact", "scan_code", "scan_files"]);
    assert!(tools.iter().all(|t| t.output_schema.is_some()));

    let r = client
        .call_tool(
            CallToolRequestParams::new("scan_code")
                .with_arguments(args(json!({"code": SQL_SNIPPET, "language": "python"}))),
        )
        .await
        .expect("scan_code");
    let v = r.structured_content.expect("structured");
    assert_eq!(v["findings"][0]["rule"], "python.dbapi.sql-string-query", "{v}");
    assert_eq!(v["findings"][0]["line"], 6);

    let r = client
        .call_tool(CallToolRequestParams::new("scan_files").with_arguments(args(json!({"paths": ["app"]}))))
        .await
        .expect("scan_files");
    let v = r.structured_content.expect("structured");
    assert_eq!(v["files_scanned"], 1, "{v}");
    assert_eq!(v["findings"][0]["path"], "app/db.py");
    assert_eq!(v["findings"][0]["line"], 6);

    let r = client
        .call_tool(CallToolRequestParams::new("explain").with_arguments(args(json!({"topic": "CWE-89"}))))
        .await
        .expect("explain");
    let v = r.structured_content.expect("structured");
    assert!(v["total"].as_u64().unwrap() >= 1);
    assert!(v["lessons"][0]["secure_version"].as_str().unwrap().contains("```"), "{v}");

    let key = "AKIAZ7Q2WXRT5MBNLK4P";
    let r = client
        .call_tool(CallToolRequestParams::new("redact").with_arguments(args(json!({"text": format!("id={key}\n")}))))
        .await
        .expect("redact");
    let v = r.structured_content.expect("structured");
    assert_eq!(v["redacted_text"], "id=[[SECRET_1:aws-access-key-id]]\n");
    assert!(!format!("{v}{:?}", r.content).contains(key));

    // Outside the root: a tool error, not a crash.
    let r = client
        .call_tool(CallToolRequestParams::new("scan_files").with_arguments(args(json!({"paths": ["../.."]}))))
        .await
        .expect("an answer");
    assert_eq!(r.is_error, Some(true));
    client.cancel().await.expect("close the session");
}

/// Writes `line` and a newline to the server.
fn send(stdin: &mut std::process::ChildStdin, line: &str) {
    stdin.write_all(line.as_bytes()).and_then(|_| stdin.write_all(b"\n")).and_then(|_| stdin.flush()).expect("write");
}

#[test]
fn malformed_input_does_not_stop_the_server() {
    let p = Project::new();
    let mut child = common::command(p.path())
        .arg("mcp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn vigil mcp");
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<Value>();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<Value>(&line) {
                let _ = tx.send(v);
            }
        }
    });
    let reply = |id: i64| -> Value {
        loop {
            let v = rx.recv_timeout(Duration::from_secs(60)).unwrap_or_else(|e| panic!("no reply for id {id}: {e}"));
            if v["id"] == id {
                return v;
            }
        }
    };
    send(&mut stdin, "this is not json");
    send(&mut stdin, "{\"jsonrpc\": \"2.0\", \"id\": ");
    send(&mut stdin, "\u{0}\u{1}binary\u{7f}");
    send(
        &mut stdin,
        r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"0"}}}"#,
    );
    let init = reply(1);
    assert_eq!(init["result"]["serverInfo"]["name"], "vigil", "{init}");
    send(&mut stdin, r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#);
    // Wrong shapes after initialization: error replies, and the server stays.
    send(
        &mut stdin,
        r#"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"scan_code","arguments":{"code":5}}}"#,
    );
    let bad = reply(2);
    assert!(bad.get("error").is_some() || bad["result"]["isError"] == true, "{bad}");
    send(&mut stdin, r#"{"jsonrpc":"2.0","id":3,"method":"no/such/method","params":{}}"#);
    assert!(reply(3).get("error").is_some());
    send(&mut stdin, r#"{"jsonrpc":"2.0","id":4,"method":"tools/list","params":{}}"#);
    assert_eq!(reply(4)["result"]["tools"].as_array().map(Vec::len), Some(4));
    send(
        &mut stdin,
        r#"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"scan_code","arguments":{"code":"eval(input())\n","language":"python"}}}"#,
    );
    let scan = reply(5);
    assert!(scan["result"]["structuredContent"]["total"].as_u64().unwrap() >= 1, "{scan}");
    // Closing standard input ends the server cleanly.
    drop(stdin);
    let status = common::wait_with_timeout(&mut child, &["mcp"]);
    assert!(status.success(), "{status:?}");
}

#[test]
fn mcp_help_names_the_tools() {
    let p = Project::new();
    let run = p.run(&["mcp", "--help"]);
    run.expect_code(0);
    assert!(run.stdout.contains("scan_code") && run.stdout.contains("claude mcp add"), "{}", run.stdout);
    let run = p.run(&["mcp", "--root", "no-such-dir"]);
    run.expect_code(2);
    assert!(run.stderr.contains("no-such-dir"), "{}", run.stderr);
}
