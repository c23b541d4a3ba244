//! `vigil mcp`: Vigil as an MCP server on standard input and output, for AI
//! coding agents (see docs/MCP.md for registering it).

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use crate::cli::RuleArgs;
use crate::setup;

#[derive(Debug, Clone, Args)]
#[command(after_help = "Tools: scan_code, scan_files, explain, redact. Register it with an agent, e.g.:
  claude mcp add vigil -- vigil mcp
See docs/MCP.md for Cursor, VS Code, Codex, Windsurf, Zed and others.")]
pub struct McpArgs {
    /// Directory that relative paths given to scan_files are taken from, and
    /// that they may not leave [default: the current directory].
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    #[command(flatten)]
    pub rules: RuleArgs,
}

pub fn run(args: McpArgs) -> Result<u8> {
    let root = args.root.clone().unwrap_or_else(|| PathBuf::from("."));
    let config = setup::config(&args.rules, &root)?;
    let scanner = setup::builder(&args.rules, config.as_ref()).build()?;
    // Standard output carries the protocol: everything else goes to stderr.
    for w in scanner.warnings() {
        eprintln!("vigil: warning: {w}");
    }
    let server = vigil_mcp::VigilMcp::new(scanner, &root, vigil_mcp::McpLimits::default())
        .with_context(|| format!("cannot use {} as the server's root directory", root.display()))?;
    eprintln!("vigil: MCP server on stdio, root {}", server.root().display());
    vigil_mcp::serve_stdio(server)?;
    Ok(0)
}
