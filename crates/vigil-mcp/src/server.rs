//! The MCP server: four tools over one shared [`Scanner`].

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rmcp::handler::server::router::tool::ToolRouter;
use rmcp::handler::server::tool::schema_for_output;
use rmcp::handler::server::wrapper::Parameters;
use rmcp::model::{CallToolResult, ContentBlock};
use rmcp::{tool, tool_handler, tool_router, ServerHandler};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use vigil::{Language, Scanner};
use vigil_input::looks_like_markdown;
use vigil_secrets::Mapping;

use crate::error::ToolError;
use crate::files::{check_size, resolve, scan_bounded, FileLimits};
use crate::findings::{brief_list, summary};
use crate::output::{ExplainResult, RedactResult, ScanCodeResult, ScanFilesResult, SkippedFile};

/// Bounds on what one call may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct McpLimits {
    /// Largest `code` for `scan_code` and `text` for `redact`, in bytes.
    pub max_text_bytes: usize,
    /// Time allowed to a `scan_code` call.
    pub scan_time: Duration,
    pub files: FileLimits,
    /// Findings shown when the call does not say.
    pub default_findings: usize,
    /// Most findings a call may ask for.
    pub max_findings: usize,
}

impl Default for McpLimits {
    fn default() -> Self {
        McpLimits {
            max_text_bytes: 1_000_000,
            scan_time: Duration::from_secs(30),
            files: FileLimits::default(),
            default_findings: 20,
            max_findings: 200,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct ScanCodeParams {
    /// The code to check, or a whole chat answer with Markdown code fences.
    pub code: String,
    /// The language: python, javascript, typescript, tsx, java, c, cpp, go,
    /// php, csharp, ruby, rust (aliases such as `py`, `js`, `c++` work).
    /// Leave out for a chat answer with fences, or when `filename` says it.
    #[serde(default)]
    pub language: Option<String>,
    /// A file name whose extension names the language (`app.py`); it is not
    /// read from disk.
    #[serde(default)]
    pub filename: Option<String>,
    /// Most findings to list (default 20, at most 200); the rest are counted.
    #[serde(default)]
    pub max_findings: Option<usize>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct ScanFilesParams {
    /// Files or directories, relative to the server's working directory
    /// (absolute paths are taken as given). Directories are walked honouring
    /// .gitignore.
    pub paths: Vec<String>,
    /// Most findings to list (default 20, at most 200); the rest are counted.
    #[serde(default)]
    pub max_findings: Option<usize>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct ExplainParams {
    /// A rule id from a finding (`python.yaml.unsafe-load`) or a CWE id
    /// (`CWE-89`).
    pub topic: String,
    /// Only lessons for this language (useful with a CWE).
    #[serde(default)]
    pub language: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct RedactParams {
    /// The text to redact: a prompt, a log, a config file, code.
    pub text: String,
    /// Also redact personal data: e-mail addresses, phone numbers, card
    /// numbers, IBANs.
    #[serde(default)]
    pub pii: bool,
}

/// Vigil's MCP server. Cheap to clone: the scanner and the session's
/// redaction mapping are shared.
#[derive(Clone)]
pub struct VigilMcp {
    scanner: Arc<Scanner>,
    root: Arc<PathBuf>,
    limits: McpLimits,
    mapping: Arc<Mutex<Mapping>>,
    tool_router: ToolRouter<VigilMcp>,
}

impl std::fmt::Debug for VigilMcp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VigilMcp").field("root", &self.root).field("limits", &self.limits).finish_non_exhaustive()
    }
}

#[tool_router]
impl VigilMcp {
    /// A server scanning with `scanner` (a `Scanner` or an `Arc` of one);
    /// relative paths are taken from `root`, which must exist.
    pub fn new(scanner: impl Into<Arc<Scanner>>, root: &Path, limits: McpLimits) -> std::io::Result<VigilMcp> {
        Ok(VigilMcp {
            scanner: scanner.into(),
            root: Arc::new(root.canonicalize()?),
            limits,
            mapping: Arc::new(Mutex::new(Mapping::new())),
            tool_router: Self::tool_router(),
        })
    }

    /// The working directory paths are taken from.
    pub fn root(&self) -> &Path {
        &self.root
    }

    #[tool(
        name = "scan_code",
        description = "Check code for security flaws (SQL/command/code injection, XSS, path traversal, unsafe deserialization, weak crypto, hard-coded secrets...) before using or writing it. Pass a snippet with its language or filename, or a whole chat answer with Markdown code fences. Returns findings with rule, severity, CWE, line, message, fix and a one-line lesson.",
        output_schema = schema_for_output::<ScanCodeResult>(),
        annotations(title = "Scan code for security flaws", read_only_hint = true, open_world_hint = false)
    )]
    async fn scan_code(&self, Parameters(p): Parameters<ScanCodeParams>) -> CallToolResult {
        let server = self.clone();
        let time = self.limits.scan_time;
        respond(run_blocking(time, move || server.scan_code_now(p)).await, |r| summary(&r.result, "the code"))
    }

    #[tool(
        name = "scan_files",
        description = "Check files or directories of the project for security flaws and hard-coded secrets. Paths are relative to the server's working directory; directories are walked honouring .gitignore. Bounded in file count, total size and time. Returns findings with path, line, rule, severity, CWE, message, fix and a one-line lesson.",
        output_schema = schema_for_output::<ScanFilesResult>(),
        annotations(title = "Scan files for security flaws", read_only_hint = true, open_world_hint = false)
    )]
    async fn scan_files(&self, Parameters(p): Parameters<ScanFilesParams>) -> CallToolResult {
        let server = self.clone();
        // The walk stops itself at the time limit; the margin covers the
        // file being scanned then.
        let time = self.limits.files.time + Duration::from_secs(10);
        respond(run_blocking(time, move || server.scan_files_now(p)).await, |r| {
            let mut s = summary(&r.result, &format!("{} file(s)", r.files_scanned));
            if let Some(why) = &r.incomplete {
                s.push_str(&format!("\nIncomplete: {why}"));
            }
            s
        })
    }

    #[tool(
        name = "explain",
        description = "Explain a rule id from a finding (e.g. python.yaml.unsafe-load) or a CWE (e.g. CWE-89): what is wrong, how it is exploited, and the secure version of the code.",
        output_schema = schema_for_output::<ExplainResult>(),
        annotations(title = "Explain a rule or CWE", read_only_hint = true, open_world_hint = false)
    )]
    async fn explain(&self, Parameters(p): Parameters<ExplainParams>) -> CallToolResult {
        let result = parse_language(p.language.as_deref())
            .and_then(|lang| crate::explain::explain(self.scanner.rule_infos(), &p.topic, lang));
        respond(result, crate::explain::summary)
    }

    #[tool(
        name = "redact",
        description = "Replace secrets (API keys, tokens, passwords, private keys, connection strings) in a text with placeholders such as [[SECRET_1:aws-access-key-id]] before it is shared, logged or sent to another model; with pii=true also e-mail addresses, phone numbers, card numbers and IBANs. The same secret keeps the same placeholder for the whole session. Never returns the secrets.",
        output_schema = schema_for_output::<RedactResult>(),
        annotations(title = "Redact secrets", read_only_hint = true, open_world_hint = false)
    )]
    async fn redact(&self, Parameters(p): Parameters<RedactParams>) -> CallToolResult {
        let result = self.check_text_size("`text`", p.text.len()).map(|()| {
            let mut mapping = self.mapping.lock().unwrap_or_else(|e| e.into_inner());
            crate::redact::redact(&p.text, p.pii, &mut mapping)
        });
        respond(result, crate::redact::summary)
    }
}

impl VigilMcp {
    fn check_text_size(&self, what: &str, len: usize) -> Result<(), ToolError> {
        if len > self.limits.max_text_bytes {
            return Err(ToolError::TooLarge {
                what: what.into(),
                size: len as u64,
                limit: self.limits.max_text_bytes as u64,
                hint: "split it, or save it to a file and use scan_files",
            });
        }
        Ok(())
    }

    fn cap(&self, asked: Option<usize>) -> usize {
        asked.unwrap_or(self.limits.default_findings).clamp(1, self.limits.max_findings)
    }

    /// `scan_code`, synchronously.
    pub fn scan_code_now(&self, p: ScanCodeParams) -> Result<ScanCodeResult, ToolError> {
        self.check_text_size("`code`", p.code.len())?;
        let language = parse_language(p.language.as_deref())?;
        let name = PathBuf::from(p.filename.as_deref().filter(|f| !f.trim().is_empty()).unwrap_or("snippet"));
        // The order `Scanner::scan_text` uses, spelled out to tell the
        // caller what the code was scanned as, and to refuse rather than
        // guess when nothing names the language.
        let named = language.or_else(|| Language::from_path(&name)).or_else(|| Language::from_shebang(&p.code));
        let (scanned_as, scan) = match named {
            Some(lang) => (lang.name().to_string(), self.scanner.scan_code(&p.code, lang, &name)),
            None if looks_like_markdown(&p.code) => ("answer".to_string(), self.scanner.scan_answer(&p.code, &name)),
            None => match Language::guess_from_content(&p.code) {
                Some(lang) => (lang.name().to_string(), self.scanner.scan_code(&p.code, lang, &name)),
                None => return Err(ToolError::LanguageNotRecognised),
            },
        };
        let hint = "pass max_findings to see more, or scan a smaller part";
        let result = brief_list(&scan.findings, self.scanner.rule_infos(), None, self.cap(p.max_findings), hint);
        Ok(ScanCodeResult { scanned_as, result, warnings: scan.warnings })
    }

    /// `scan_files`, synchronously.
    pub fn scan_files_now(&self, p: ScanFilesParams) -> Result<ScanFilesResult, ToolError> {
        let limits = &self.limits.files;
        if p.paths.is_empty() {
            return Err(ToolError::Invalid("`paths` is empty; pass files or directories such as [\"src\"]".into()));
        }
        if p.paths.len() > limits.max_paths {
            return Err(ToolError::Invalid(format!(
                "{} paths given, at most {} are taken; pass their parent directory instead",
                p.paths.len(),
                limits.max_paths
            )));
        }
        let roots = p.paths.iter().map(|given| resolve(&self.root, given)).collect::<Result<Vec<_>, _>>()?;
        check_size(&self.scanner, &roots, limits)?;
        let walked = scan_bounded(&self.scanner, &roots, limits)?;
        let hint = "pass max_findings to see more, or scan fewer paths";
        let result =
            brief_list(&walked.findings, self.scanner.rule_infos(), Some(&self.root), self.cap(p.max_findings), hint);
        const SKIPPED_SHOWN: usize = 20;
        let skipped = walked
            .skipped
            .iter()
            .take(SKIPPED_SHOWN)
            .map(|s| SkippedFile {
                path: s.path.strip_prefix(self.root.as_path()).unwrap_or(&s.path).display().to_string(),
                reason: s.reason.describe(),
            })
            .collect();
        let skipped_more = (walked.skipped.len() > SKIPPED_SHOWN)
            .then(|| format!("{} more skipped file(s) not listed", walked.skipped.len() - SKIPPED_SHOWN));
        Ok(ScanFilesResult {
            files_scanned: walked.files,
            bytes_scanned: walked.bytes,
            result,
            skipped,
            skipped_more,
            incomplete: walked.incomplete,
            warnings: walked.warnings.into_iter().take(20).collect(),
        })
    }
}

fn parse_language(given: Option<&str>) -> Result<Option<Language>, ToolError> {
    match given.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(name) => name.parse::<Language>().map(Some).map_err(|_| ToolError::UnknownLanguage {
            given: name.to_string(),
            known: Language::names().iter().map(|s| s.to_string()).collect(),
        }),
    }
}

/// Runs CPU-bound work off the async threads, giving up after `time`.
async fn run_blocking<T: Send + 'static>(
    time: Duration,
    work: impl FnOnce() -> Result<T, ToolError> + Send + 'static,
) -> Result<T, ToolError> {
    match tokio::time::timeout(time, tokio::task::spawn_blocking(work)).await {
        Ok(Ok(result)) => result,
        Ok(Err(join)) => Err(ToolError::Internal(format!("the scan failed: {join}"))),
        Err(_) => Err(ToolError::Timeout(time.as_secs())),
    }
}

/// A tool result: the structured value with a short text beside it, or a
/// tool error whose text says what to change.
fn respond<T: Serialize>(result: Result<T, ToolError>, text: impl FnOnce(&T) -> String) -> CallToolResult {
    match result {
        Ok(value) => {
            let summary = text(&value);
            match serde_json::to_value(&value) {
                Ok(json) => {
                    let mut r = CallToolResult::success(vec![ContentBlock::text(summary)]);
                    r.structured_content = Some(json);
                    r
                }
                Err(e) => CallToolResult::error(vec![ContentBlock::text(format!("internal error: {e}"))]),
            }
        }
        Err(e) => CallToolResult::error(vec![ContentBlock::text(e.to_string())]),
    }
}

#[tool_handler(
    router = self.tool_router,
    name = "vigil",
    instructions = "Vigil finds security flaws in code. Call scan_code on code you wrote or are about to use (a snippet with its language, or a whole answer with code fences) and fix what it reports; scan_files checks files of the project; explain tells what a rule or CWE means and shows the secure version; redact removes secrets from a text before it is shared."
)]
impl ServerHandler for VigilMcp {}
