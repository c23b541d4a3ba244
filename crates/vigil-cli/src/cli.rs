use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Vigil: a security gate for AI-written code.
///
/// Finds injection, XSS, path traversal, unsafe deserialization, weak crypto,
/// memory-unsafe C and more in files, directories, standard input and AI chat
/// answers (Markdown with code fences).
#[derive(Debug, Parser)]
#[command(name = "vigil", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files, directories or standard input (`-`).
    Scan(ScanArgs),
    /// List the rules that would run.
    Rules(RulesArgs),
    /// Print the lesson of a rule, or of every rule for a CWE.
    Explain(ExplainArgs),
    /// Apply the fixes of the findings in place (`--dry-run` shows a diff).
    Fix(FixArgs),
    /// Run rule tests: annotated targets beside rule files (`ruleid:`, `ok:`).
    Test(TestArgs),
    /// Replace secrets (and, with --pii, personal data) in a text with
    /// placeholders such as `[[SECRET_1:aws-access-key-id]]`; exit 1 when
    /// something was redacted.
    Redact(crate::commands::redact::RedactArgs),
    /// Restore the originals of placeholders from a `vigil redact --mapping` file.
    Unredact(crate::commands::unredact::UnredactArgs),
    /// Serve the scanner to AI coding agents over MCP (stdio).
    Mcp(crate::commands::mcp::McpArgs),
    /// Run the guard: scan API, OpenAI-compatible proxy, records and report page.
    Serve(crate::commands::serve::ServeArgs),
    /// Print the guard's records: vulnerable-answer rates per model, language and CWE.
    Report(crate::commands::report::ReportArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
    Sarif,
    Markdown,
}

impl OutputFormat {
    pub fn to_render(self) -> vigil_output::Format {
        match self {
            OutputFormat::Text => vigil_output::Format::Text,
            OutputFormat::Json => vigil_output::Format::Json,
            OutputFormat::Sarif => vigil_output::Format::Sarif,
            OutputFormat::Markdown => vigil_output::Format::Markdown,
        }
    }
}

/// Where rules come from and which run: shared by `scan` and `rules`.
#[derive(Debug, Clone, Args)]
pub struct RuleArgs {
    /// Extra rule file or directory (Semgrep-format YAML); repeatable.
    #[arg(long = "rules", value_name = "FILE|DIR")]
    pub rules: Vec<PathBuf>,
    /// Do not load the built-in rule pack.
    #[arg(long)]
    pub no_builtin: bool,
    /// Run only rules picked by these: ids, `prefix.*`, tags, CWE ids, languages.
    #[arg(long, value_name = "SELECTOR", value_delimiter = ',')]
    pub enable: Vec<String>,
    /// Do not run rules picked by these selectors.
    #[arg(long, value_name = "SELECTOR", value_delimiter = ',')]
    pub disable: Vec<String>,
    /// Use this configuration file instead of looking for vigil.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore any vigil.toml.
    #[arg(long)]
    pub no_config: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ScanArgs {
    /// Files or directories to scan; `-` reads standard input. Default: `.`.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub rules: RuleArgs,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: OutputFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Language of standard input (python, js, ts, java, c, cpp, go, php, csharp, ruby, rust, generic).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// File name to use for standard input (its extension names the language).
    #[arg(long, value_name = "NAME")]
    pub filename: Option<PathBuf>,
    /// Exit with 1 when a finding at or above this severity remains [default: low, or vigil.toml].
    #[arg(long, value_name = "SEVERITY")]
    pub fail_on: Option<String>,
    /// Do not report findings below this severity.
    #[arg(long, value_name = "SEVERITY")]
    pub min_severity: Option<String>,
    /// Skip paths matching this glob (gitignore syntax); repeatable.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Skip files larger than this many bytes [default: 2000000].
    #[arg(long, value_name = "BYTES")]
    pub max_file_size: Option<u64>,
    /// Scan hidden files and directories too (credential files such as
    /// `.env` are always scanned).
    #[arg(long)]
    pub hidden: bool,
    /// Do not look for hard-coded secrets (the `secrets.*` rules).
    #[arg(long)]
    pub no_secrets: bool,
    /// Do not honour .gitignore, .ignore and .vigilignore files.
    #[arg(long)]
    pub no_ignore: bool,
    /// Report only findings whose fingerprints are not in this baseline.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write the current findings as a baseline to this file, and exit 0.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Worker threads (0: one per core).
    #[arg(long, short = 'j', default_value_t = 0)]
    pub threads: usize,
    /// When to use colours in text output.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Apply the fixes of the findings to the files.
    #[arg(long)]
    pub fix: bool,
    /// With --fix: show the changes as a unified diff instead of writing them.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Args)]
pub struct FixArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CatalogueFormat {
    Text,
    Json,
    /// The catalogue as Markdown: a matrix of CWEs by language, then every rule.
    Markdown,
}

#[derive(Debug, Clone, Args)]
pub struct RulesArgs {
    #[command(flatten)]
    pub rules: RuleArgs,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: CatalogueFormat,
}

#[derive(Debug, Clone, Args)]
pub struct ExplainArgs {
    /// A rule id (`python.yaml.unsafe-load`) or a CWE (`CWE-89`).
    pub topic: String,
    #[command(flatten)]
    pub rules: RuleArgs,
}

#[derive(Debug, Clone, Args)]
pub struct TestArgs {
    /// Rule files or directories holding rules and their annotated targets.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: ListFormat,
}
