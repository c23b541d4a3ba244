//! Renders a [`Report`] for terminals, CI and code-scanning services.
//!
//! One module per format:
//!
//! - [`text`]: human output with code frames, coloured only when asked;
//! - [`json`]: a stable, versioned schema (documented in `docs/OUTPUT-FORMATS.md`);
//! - [`sarif`]: SARIF 2.1.0 as GitHub code scanning reads it;
//! - [`markdown`]: a pull-request comment.
//!
//! Every renderer writes the report in the order it is given (the scanner
//! sorts it with [`Report::sort`]) and never iterates a hash map, so the same
//! report always renders to the same bytes. None of them panics on malformed
//! spans: positions past the end of a line, reversed ranges or empty code
//! lines are clamped, because a report may come from a rule or a plugin we do
//! not control.

use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;

use vigil_core::Report;

pub mod catalogue;
mod common;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod text;

/// An output format, as named on the command line (`--format sarif`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Format {
    /// Human text with code frames.
    #[default]
    Text,
    /// Vigil's own JSON schema, version [`json::SCHEMA_VERSION`].
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// A Markdown summary for pull-request comments.
    Markdown,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [Format; 4] = [Format::Text, Format::Json, Format::Sarif, Format::Markdown];

    /// The name used on the command line and in configuration files.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Markdown => "markdown",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A format name that is not one of [`Format::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown output format `{0}` (expected one of: text, json, sarif, markdown)")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    /// Accepts the names case-insensitively, plus `md` for Markdown, since
    /// that is what people type for file extensions.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            "sarif" => Ok(Format::Sarif),
            "markdown" | "md" => Ok(Format::Markdown),
            _ => Err(UnknownFormat(s.to_string())),
        }
    }
}

/// How to render. The CLI fills this in; [`Default`] suits tests and
/// library callers (no colour, this crate's version as the tool version).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// Emit ANSI colours in text output. The caller decides (TTY, `NO_COLOR`,
    /// `--color`); renderers never look at the environment themselves, so
    /// output is reproducible. Other formats ignore it.
    pub color: bool,
    /// The Vigil version reported in JSON `tool.version` and SARIF
    /// `tool.driver.version`.
    pub tool_version: String,
    /// At most this many findings are listed in Markdown output; the rest are
    /// counted in a note. GitHub refuses comments over 65,536 characters, and
    /// a comment that fails to post hides every finding, not just the extra
    /// ones. Other formats always list every finding.
    pub markdown_max_findings: usize,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions { color: false, tool_version: env!("CARGO_PKG_VERSION").to_string(), markdown_max_findings: 50 }
    }
}

/// Writes `report` to `out` in `format`.
///
/// Errors only come from `out`; rendering itself cannot fail.
pub fn render(report: &Report, format: Format, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Text => text::render(report, options, out),
        Format::Json => json::render(report, options, out),
        Format::Sarif => sarif::render(report, options, out),
        Format::Markdown => markdown::render(report, options, out),
    }
}

/// [`render`] into a `String`, for tests, the HTTP service and the MCP server.
pub fn render_to_string(report: &Report, format: Format, options: &RenderOptions) -> String {
    let mut buf = Vec::new();
    // Writing to a Vec cannot fail, and every renderer writes UTF-8.
    let _ = render(report, format, options, &mut buf);
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
        }
        assert_eq!("SARIF".parse::<Format>().unwrap(), Format::Sarif);
        assert_eq!("md".parse::<Format>().unwrap(), Format::Markdown);
        let err = "xml".parse::<Format>().unwrap_err();
        assert!(err.to_string().contains("xml"));
    }
}
