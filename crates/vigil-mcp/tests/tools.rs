//! The server in-process, driven by rmcp's own client over an in-memory
//! duplex pipe: initialize, list the tools and their schemas, call each tool
//! with real inputs, and the errors a model can cause.

use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use rmcp::model::{CallToolRequestParams, CallToolResult};
use rmcp::service::RunningService;
use rmcp::{RoleClient, ServiceExt};
use serde_json::{json, Value};
use vigil::Scanner;
use vigil_mcp::{McpLimits, VigilMcp};

// Generated for these tests (valid format, random characters); not real.
const AWS_ID: &str = "AKIAZ7Q2WXRT5MBNLK4P";
const STRIPE: &str = "sk_live_51Hx9Qm2eZvKYlo2C8dJrT4wPnB6sLa0F";

const SQL_SNIPPET: &str = "import sqlite3\n\n\ndef find_user(conn, username):\n    cur = conn.cursor()\n    cur.execute(\"SELECT * FROM users WHERE name = '\" + username + \"'\")\n    return cur.fetchone()\n";

fn scanner() -> Arc<Scanner> {
    static SCANNER: OnceLock<Arc<Scanner>> = OnceLock::new();
    SCANNER.get_or_init(|| Arc::new(Scanner::with_builtin_rules())).clone()
}

async fn connect_with(root: &Path, limits: McpLimits) -> RunningService<RoleClient, ()> {
    let (server_io, client_io) = tokio::io::duplex(1 << 20);
    let server = VigilMcp::new(scanner(), root, limits).expect("root exists");
    tokio::spawn(async move {
        if let Ok(running) = server.serve(server_io).await {
            let _ = running.waiting().await;
        }
    });
    ().serve(client_io).await.expect("the client initializes")
}

async fn connect(root: &Path) -> RunningService<RoleClient, ()> {
    connect_with(root, McpLimits::default()).await
}

async fn call(client: &RunningService<RoleClient, ()>, tool: &'static str, args: Value) -> CallToolResult {
    let params = CallToolRequestParams::new(tool).with_arguments(args.as_object().expect("an object").clone());
    tokio::time::timeout(Duration::from_secs(120), client.call_tool(params))
        .await
        .expect("the call returns in time")
        .expect("the call is answered")
}

fn text(r: &CallToolResult) -> String {
    r.content.iter().filter_map(|c| c.as_text().map(|t| t.text.clone())).collect::<Vec<_>>().join("\n")
}

/// The structured result of a successful call.
fn ok(r: &CallToolResult) -> Value {
    assert_ne!(r.is_error, Some(true), "tool error: {}", text(r));
    r.structured_content.clone().unwrap_or_else(|| panic!("no structured content: {}", text(r)))
}

/// The message of a tool error.
fn err(r: &CallToolResult) -> String {
    assert_eq!(r.is_error, Some(true), "expected a tool error, got {:?}", r.structured_content);
    text(r)
}

fn tmp() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("vigil-mcp-test-").tempdir().expect("a temporary directory")
}

#[tokio::test]
async fn initialize_and_list_tools_with_schemas() {
    let dir = tmp();
    let client = connect(dir.path()).await;
    let info = client.peer_info().expect("server info after initialize");
    assert_eq!(info.server_info.as_ref().map(|i| i.name.as_str()), Some("vigil"));
    assert!(info.capabilities.tools.is_some());
    assert!(info.instructions.as_deref().unwrap_or("").contains("scan_code"));

    let tools = client.list_all_tools().await.expect("tools/list");
    let mut names: Vec<&str> = tools.iter().map(|t| t.name.as_ref()).collect();
    names.sort();
    assert_eq!(names, ["explain", "redact", "scan_code", "scan_files"]);
    let required = |name: &str| -> Vec<String> {
        let t = tools.iter().find(|t| t.name == name).unwrap();
        t.input_schema.get("required").and_then(Value::as_array).into_iter().flatten().map(|v| v.to_string()).collect()
    };
    assert_eq!(required("scan_code"), ["\"code\""]);
    assert_eq!(required("scan_files"), ["\"paths\""]);
    assert_eq!(required("explain"), ["\"topic\""]);
    assert_eq!(required("redact"), ["\"text\""]);
    for t in &tools {
        let desc = t.description.as_deref().unwrap_or("");
        assert!(desc.len() > 60, "{} needs a description a model can choose by", t.name);
        let schema = Value::Object(t.output_schema.as_ref().expect("an output schema").as_ref().clone());
        assert_eq!(t.annotations.as_ref().and_then(|a| a.read_only_hint), Some(true), "{}", t.name);
        let props = schema["properties"].as_object().unwrap_or_else(|| panic!("{}: {schema}", t.name));
        let want = match t.name.as_ref() {
            "scan_code" => ["findings", "total", "scanned_as"],
            "scan_files" => ["findings", "total", "files_scanned"],
            "explain" => ["lessons", "total", "topic"],
            _ => ["redacted_text", "placeholders", "redacted"],
        };
        for key in want {
            assert!(props.contains_key(key), "{} output schema lacks {key}: {schema}", t.name);
        }
    }
    let _ = client.cancel().await;
}

#[tokio::test]
async fn scan_code_finds_sql_injection_with_rule_and_line() {
    let dir = tmp();
    let client = connect(dir.path()).await;
    let r = call(&client, "scan_code", json!({"code": SQL_SNIPPET, "language": "python"})).await;
    let v = ok(&r);
    assert_eq!(v["scanned_as"], "python");
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "python.dbapi.sql-string-query")
        .unwrap_or_else(|| panic!("no SQL finding: {v}"));
    assert_eq!(f["line"], 6);
    assert_eq!(f["cwe"], json!(["CWE-89"]));
    assert!(["high", "critical"].contains(&f["severity"].as_str().unwrap()), "{f}");
    assert!(f["lesson"].as_str().unwrap().len() > 20, "{f}");
    assert!(f["code"].as_str().unwrap().starts_with("cur.execute("), "{f}");
    assert!(f.get("path").is_none(), "a snippet has no path: {f}");
    // The text beside it names the finding too.
    let t = text(&r);
    assert!(t.contains("line 6 python.dbapi.sql-string-query"), "{t}");

    // The filename names the language as well.
    let v = ok(&call(&client, "scan_code", json!({"code": SQL_SNIPPET, "filename": "db.py"})).await);
    assert_eq!(v["scanned_as"], "python");
    assert!(v["total"].as_u64().unwrap() >= 1);

    // Clean code: no findings, and the text says so.
    let r = call(&client, "scan_code", json!({"code": "def add(a, b):\n    return a + b\n", "language": "py"})).await;
    assert_eq!(ok(&r)["total"], 0);
    assert!(text(&r).contains("No findings"), "{}", text(&r));
    let _ = client.cancel().await;
}

#[tokio::test]
async fn scan_code_reads_a_chat_answer_with_fences() {
    let dir = tmp();
    let client = connect(dir.path()).await;
    let answer = format!("Here is the lookup you asked for:\n\n```python\n{SQL_SNIPPET}```\n\nIt returns one row.\n");
    let v = ok(&call(&client, "scan_code", json!({"code": answer})).await);
    assert_eq!(v["scanned_as"], "answer");
    let f = &v["findings"][0];
    assert_eq!(f["rule"], "python.dbapi.sql-string-query");
    // Line 6 of the code is line 9 of the answer.
    assert_eq!(f["line"], 9, "{v}");
    let _ = client.cancel().await;
}

#[tokio::test]
async fn findings_are_capped_with_a_note() {
    let dir = tmp();
    let client = connect(dir.path()).await;
    let code: String = (0..30).map(|i| format!("cur.execute(\"SELECT * FROM t WHERE id = \" + v{i})\n")).collect();
    let v = ok(&call(&client, "scan_code", json!({"code": code, "language": "python"})).await);
    assert_eq!(v["total"], 30, "{v}");
    assert_eq!(v["findings"].as_array().unwrap().len(), 20);
    assert!(v["more"].as_str().unwrap().starts_with("10 more finding(s) not shown"), "{v}");
    let v = ok(&call(&client, "scan_code", json!({"code": code, "language": "python", "max_findings": 3})).await);
    assert_eq!(v["findings"].as_array().unwrap().len(), 3);
    assert_eq!(v["findings"][2]["line"], 3);
    let _ = client.cancel().await;
}

#[tokio::test]
async fn scan_code_errors_say_what_to_change() {
    let dir = tmp();
    let limits = McpLimits { max_text_bytes: 10_000, ..McpLimits::default() };
    let client = connect_with(dir.path(), limits).await;
    let e = err(&call(&client, "scan_code", json!({"code": "x = 1\n", "language": "cobol"})).await);
    assert!(e.contains("unknown language `cobol`") && e.contains("python"), "{e}");
    let e = err(&call(&client, "scan_code", json!({"code": "hello there, nothing here"})).await);
    assert!(e.contains("pass `language`"), "{e}");
    let e = err(&call(&client, "scan_code", json!({"code": "a".repeat(10_001), "language": "python"})).await);
    assert!(e.contains("10001 bytes") && e.contains("10000"), "{e}");
    let _ = client.cancel().await;
}

#[tokio::test]
async fn scan_files_inside_the_root_only() {
    let root = tmp();
    std::fs::create_dir(root.path().join("src")).unwrap();
    std::fs::write(root.path().join("src/db.py"), SQL_SNIPPET).unwrap();
    std::fs::write(root.path().join("src/ok.py"), "print('hi')\n").unwrap();
    std::fs::write(root.path().join("notes.txt"), "nothing\n").unwrap();
    let client = connect(root.path()).await;

    let v = ok(&call(&client, "scan_files", json!({"paths": ["src"]})).await);
    assert_eq!(v["files_scanned"], 2, "{v}");
    let f = v["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "python.dbapi.sql-string-query").unwrap();
    assert_eq!(f["path"], "src/db.py");
    assert_eq!(f["line"], 6);
    let v = ok(&call(&client, "scan_files", json!({"paths": ["src/db.py", "src/ok.py"]})).await);
    assert_eq!(v["files_scanned"], 2);

    // Leaving the root through `..`, or through a link, is refused.
    let outside = tmp();
    std::fs::write(outside.path().join("secret.py"), SQL_SNIPPET).unwrap();
    let rel = format!("../{}/secret.py", outside.path().file_name().unwrap().to_str().unwrap());
    let e = err(&call(&client, "scan_files", json!({"paths": [rel]})).await);
    assert!(e.contains("outside the server's working directory"), "{e}");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(outside.path(), root.path().join("link")).unwrap();
        let e = err(&call(&client, "scan_files", json!({"paths": ["link/secret.py"]})).await);
        assert!(e.contains("outside"), "{e}");
        // A directory walk does not follow the link either.
        let v = ok(&call(&client, "scan_files", json!({"paths": ["."]})).await);
        assert!(v["findings"].as_array().unwrap().iter().all(|f| !f["path"].as_str().unwrap().contains("link")));
    }
    // An absolute path is taken as given.
    let abs = outside.path().join("secret.py");
    let v = ok(&call(&client, "scan_files", json!({"paths": [abs.to_str().unwrap()]})).await);
    assert_eq!(v["files_scanned"], 1);
    assert!(v["findings"][0]["path"].as_str().unwrap().ends_with("secret.py"));

    let e = err(&call(&client, "scan_files", json!({"paths": ["nope.py"]})).await);
    assert!(e.contains("`nope.py` does not exist"), "{e}");
    let e = err(&call(&client, "scan_files", json!({"paths": []})).await);
    assert!(e.contains("`paths` is empty"), "{e}");
    let _ = client.cancel().await;
}

#[tokio::test]
async fn scan_files_is_bounded() {
    let root = tmp();
    for i in 0..5 {
        std::fs::write(root.path().join(format!("f{i}.py")), "print(1)\n").unwrap();
    }
    std::fs::write(root.path().join("big.py"), "x = 1\n".repeat(400_000)).unwrap();
    let limits = McpLimits {
        files: vigil_mcp::FileLimits { max_files: 3, ..vigil_mcp::FileLimits::default() },
        ..McpLimits::default()
    };
    let client = connect_with(root.path(), limits).await;
    let e = err(&call(&client, "scan_files", json!({"paths": ["."]})).await);
    assert!(e.contains("more than 3 files") && e.contains("narrower"), "{e}");
    let e = err(&call(&client, "scan_files", json!({"paths": ["big.py"]})).await);
    assert!(e.contains("`") && e.contains("big.py") && e.contains("over the limit"), "{e}");
    let v = ok(&call(&client, "scan_files", json!({"paths": ["f0.py", "f1.py"]})).await);
    assert_eq!(v["files_scanned"], 2);
    let _ = client.cancel().await;
}

#[tokio::test]
async fn explain_a_rule_and_a_cwe() {
    let dir = tmp();
    let client = connect(dir.path()).await;
    let r = call(&client, "explain", json!({"topic": "python.dbapi.sql-string-query"})).await;
    let v = ok(&r);
    assert_eq!(v["total"], 1);
    let l = &v["lessons"][0];
    assert_eq!(l["rule"], "python.dbapi.sql-string-query");
    assert_eq!(l["cwe"], json!(["CWE-89"]));
    assert!(!l["what_is_wrong"].as_str().unwrap().is_empty(), "{l}");
    assert!(l["secure_version"].as_str().unwrap().contains("```"), "{l}");
    assert!(!l["how_it_is_exploited"].as_str().unwrap().is_empty(), "{l}");
    assert!(text(&r).contains("Secure version"), "{}", text(&r));

    let v = ok(&call(&client, "explain", json!({"topic": "cwe-89"})).await);
    assert_eq!(v["topic"], "CWE-89");
    let total = v["total"].as_u64().unwrap() as usize;
    assert!(total >= 3, "{v}");
    let shown = v["lessons"].as_array().unwrap().len();
    assert_eq!(shown, total.min(3));
    assert_eq!(v["other_rules"].as_array().unwrap().len(), total - shown);
    assert!(v["lessons"].as_array().unwrap().iter().all(|l| l["cwe"].as_array().unwrap().contains(&json!("CWE-89"))));

    let v = ok(&call(&client, "explain", json!({"topic": "CWE-89", "language": "python"})).await);
    assert!(v["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["languages"].as_array().unwrap().contains(&json!("python"))));

    let e = err(&call(&client, "explain", json!({"topic": "CWE-999999"})).await);
    assert!(e.contains("no rule or CWE `CWE-999999`"), "{e}");
    let e = err(&call(&client, "explain", json!({"topic": "sql-string"})).await);
    assert!(e.contains("did you mean") && e.contains("python.dbapi.sql-string-query"), "{e}");
    let _ = client.cancel().await;
}

#[tokio::test]
async fn redact_never_returns_the_secrets_and_keeps_placeholders_stable() {
    let dir = tmp();
    let client = connect(dir.path()).await;
    let input =
        format!("export AWS_ACCESS_KEY_ID={AWS_ID}\nstripe = \"{STRIPE}\"\nagain: {AWS_ID}\nmail ops@corp-mail.io\n");
    let r = call(&client, "redact", json!({"text": input})).await;
    let v = ok(&r);
    let everything = format!("{v}{}", text(&r));
    assert!(!everything.contains(AWS_ID) && !everything.contains(STRIPE), "{everything}");
    assert!(!everything.contains(&AWS_ID[4..16]), "part of a secret leaked");
    assert_eq!(v["redacted"], 3);
    let placeholders = v["placeholders"].as_array().unwrap();
    assert_eq!(placeholders[0]["placeholder"], "[[SECRET_1:aws-access-key-id]]");
    assert_eq!(placeholders[0]["occurrences"], 2);
    assert_eq!(placeholders[1]["kind"], "stripe-secret-key");
    // Round trip: putting the secrets back where the placeholders are gives
    // the input byte for byte; personal data stays without `pii`.
    let redacted = v["redacted_text"].as_str().unwrap();
    assert!(redacted.contains("ops@corp-mail.io"));
    let restored = redacted
        .replace("[[SECRET_1:aws-access-key-id]]", AWS_ID)
        .replace(placeholders[1]["placeholder"].as_str().unwrap(), STRIPE);
    assert_eq!(restored, input);

    // The same secret keeps its placeholder in a later call; pii on request.
    let v =
        ok(&call(&client, "redact", json!({"text": format!("key {AWS_ID}, mail ops@corp-mail.io"), "pii": true}))
            .await);
    assert_eq!(v["redacted_text"], "key [[SECRET_1:aws-access-key-id]], mail [[EMAIL_1]]");

    let r = call(&client, "redact", json!({"text": "nothing secret here"})).await;
    assert_eq!(ok(&r)["redacted"], 0);
    assert!(text(&r).contains("Nothing to redact"));
    let _ = client.cancel().await;
}

#[tokio::test]
async fn bad_requests_are_errors_and_the_server_goes_on() {
    let dir = tmp();
    let client = connect(dir.path()).await;
    // A missing required argument and a wrong type: rejected, not a crash.
    let missing = client.call_tool(CallToolRequestParams::new("scan_code")).await;
    assert!(missing.is_err() || missing.as_ref().is_ok_and(|r| r.is_error == Some(true)), "{missing:?}");
    let wrong = client
        .call_tool(
            CallToolRequestParams::new("scan_files")
                .with_arguments(json!({"paths": "src"}).as_object().unwrap().clone()),
        )
        .await;
    assert!(wrong.is_err() || wrong.as_ref().is_ok_and(|r| r.is_error == Some(true)), "{wrong:?}");
    let unknown = client.call_tool(CallToolRequestParams::new("format_disk")).await;
    assert!(unknown.is_err() || unknown.as_ref().is_ok_and(|r| r.is_error == Some(true)), "{unknown:?}");
    // Still serving.
    let v = ok(&call(&client, "scan_code", json!({"code": SQL_SNIPPET, "language": "python"})).await);
    assert!(v["total"].as_u64().unwrap() >= 1);
    let _ = client.cancel().await;
}
