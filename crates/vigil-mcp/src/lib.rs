//! Vigil as an MCP server: tools that an AI coding agent calls to check the
//! code it writes.
//!
//! - `scan_code`: a snippet (with a language or file name) or a whole chat
//!   answer with code fences;
//! - `scan_files`: files and directories under the server's working
//!   directory, bounded in count, size and time;
//! - `explain`: a rule's or a CWE's lesson: what is wrong, how it is
//!   exploited, the secure version;
//! - `redact`: secrets (and optionally personal data) replaced by stable
//!   placeholders; the secrets are never returned.
//!
//! Each result is a small JSON object (`structuredContent`, described by the
//! tool's output schema) with a short text summary; findings are capped.
//! Bad input is a tool error whose message says what to change.

mod error;
mod explain;
mod files;
mod findings;
pub mod output;
mod redact;
mod server;

pub use error::ToolError;
pub use files::FileLimits;
pub use server::{ExplainParams, McpLimits, RedactParams, ScanCodeParams, ScanFilesParams, VigilMcp};

use rmcp::ServiceExt;

/// Why the server stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot start the async runtime: {0}")]
    Runtime(#[source] std::io::Error),
    #[error("the MCP session could not start: {0}")]
    Initialize(String),
    #[error("the MCP session ended with an error: {0}")]
    Session(String),
}

/// Serves `server` on standard input and output until the client closes the
/// connection. Blocks; builds its own runtime. Logs nothing to standard
/// output, which belongs to the protocol.
pub fn serve_stdio(server: VigilMcp) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(ServeError::Runtime)?;
    runtime.block_on(async move {
        let running =
            server.serve(rmcp::transport::stdio()).await.map_err(|e| ServeError::Initialize(e.to_string()))?;
        running.waiting().await.map_err(|e| ServeError::Session(e.to_string()))?;
        Ok(())
    })
}
