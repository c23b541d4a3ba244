//! Shared helpers for the CLI integration tests: run the real `vigil`
//! binary in a temporary directory, with a timeout, and capture its output.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Every run is killed (and the test fails) after this long.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// Two test rules used across the suite: a HIGH rule on `eval(...)` with one
/// argument and a LOW rule on `exec(...)`.
pub const RULES: &str = r#"rules:
  - id: test.eval
    languages: [python]
    severity: HIGH
    message: eval of $X
    metadata:
      cwe: ["CWE-95: Eval Injection"]
      confidence: HIGH
    pattern: eval($X)
  - id: test.exec-low
    languages: [python]
    severity: LOW
    message: exec call
    pattern: exec(...)
"#;

/// The flags that make a scan use only [`RULES`] (written to `rules.yaml`).
pub const OWN_RULES: [&str; 3] = ["--no-builtin", "--rules", "rules.yaml"];

pub struct Run {
    pub status: ExitStatus,
    pub stdout: String,
    pub stdout_bytes: Vec<u8>,
    pub stderr: String,
}

impl Run {
    /// The exit code; fails the test if the process died from a signal.
    pub fn code(&self) -> i32 {
        match self.status.code() {
            Some(c) => c,
            None => panic!("vigil was killed by a signal ({:?})\nstderr:\n{}", self.status, self.stderr),
        }
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON: {e}\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr))
    }

    /// Asserts the exit code, showing the output when it differs.
    pub fn expect_code(&self, want: i32) -> &Self {
        assert_eq!(self.code(), want, "unexpected exit code\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        self
    }
}

/// A temporary project directory. Its name does not start with `.`, so the
/// walker's hidden-file rule never applies to the root itself.
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    pub fn new() -> Project {
        let dir = tempfile::Builder::new().prefix("vigil-cli-test-").tempdir().expect("create a temporary directory");
        Project { dir }
    }

    /// A project with [`RULES`] written to `rules.yaml`.
    pub fn with_rules() -> Project {
        let p = Project::new();
        p.write("rules.yaml", RULES);
        p
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent directories");
        }
        std::fs::write(&path, contents).expect("write a test file");
        path
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.join(rel)).expect("read a file")
    }

    /// Runs `vigil ARGS` in the project directory.
    pub fn run(&self, args: &[&str]) -> Run {
        run_in(self.path(), args, None, &[])
    }

    /// Runs `vigil ARGS` in the project directory with `stdin` as input.
    pub fn run_stdin(&self, args: &[&str], stdin: impl AsRef<[u8]>) -> Run {
        run_in(self.path(), args, Some(stdin.as_ref()), &[])
    }

    /// Runs with extra environment variables.
    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        run_in(self.path(), args, None, env)
    }
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_vigil")
}

/// A command for the binary with a predictable environment.
pub fn command(dir: &Path) -> Command {
    let mut cmd = Command::new(bin());
    cmd.current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("RUST_BACKTRACE", "0");
    cmd
}

/// Runs the binary, feeding `stdin`, reading both outputs on threads so a
/// full pipe never blocks it, and polling for exit up to [`TIMEOUT`].
pub fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Run {
    let mut cmd = command(dir);
    cmd.args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("spawn vigil");
    let feeder = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            // The child may stop reading early (a size limit): not an error here.
            let _ = pipe.write_all(&bytes);
        })
    });
    let mut out_pipe = child.stdout.take().expect("stdout is piped");
    let mut err_pipe = child.stderr.take().expect("stderr is piped");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let status = wait_with_timeout(&mut child, args);
    if let Some(f) = feeder {
        f.join().expect("stdin thread");
    }
    let stdout_bytes = out_reader.join().expect("stdout thread");
    let stderr = String::from_utf8_lossy(&err_reader.join().expect("stderr thread")).into_owned();
    Run { status, stdout: String::from_utf8_lossy(&stdout_bytes).into_owned(), stdout_bytes, stderr }
}

/// Polls `child` until it exits; kills it and fails the test after [`TIMEOUT`].
pub fn wait_with_timeout(child: &mut std::process::Child, args: &[&str]) -> ExitStatus {
    let started = Instant::now();
    loop {
        match child.try_wait().expect("poll vigil") {
            Some(status) => return status,
            None if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("vigil {args:?} did not finish within {TIMEOUT:?}; killed");
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    }
}

/// The `rule_id`s of a JSON report's findings, in order.
pub fn rule_ids(report: &serde_json::Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .map(|f| f["rule_id"].as_str().expect("rule_id").to_string())
        .collect()
}

/// `(rule_id, path, line, column)` of each finding of a JSON report.
pub fn locations(report: &serde_json::Value) -> Vec<(String, String, u64, u64)> {
    report["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().expect("rule_id").to_string(),
                f["path"].as_str().expect("path").to_string(),
                f["start"]["line"].as_u64().expect("start.line"),
                f["start"]["column"].as_u64().expect("start.column"),
            )
        })
        .collect()
}

/// Shorthand for building expected [`locations`].
pub fn loc(rule: &str, path: &str, line: u64, column: u64) -> (String, String, u64, u64) {
    (rule.to_string(), path.to_string(), line, column)
}

/// `(path, reason)` of each skip of a JSON report.
pub fn skips(report: &serde_json::Value) -> Vec<(String, String)> {
    report["skipped"]
        .as_array()
        .expect("skipped is an array")
        .iter()
        .map(|s| (s["path"].as_str().expect("path").to_string(), s["reason"].as_str().expect("reason").to_string()))
        .collect()
}
