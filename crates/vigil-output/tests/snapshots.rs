//! Snapshot tests: each format on the realistic fixture report, colour off.
//! Review changes to `tests/snapshots/*.snap` as carefully as code: they are
//! what users and code-scanning services read.

mod fixture;

use vigil_core::Report;
use vigil_output::{render_to_string, Format};

fn rendered(format: Format) -> String {
    render_to_string(&fixture::report(), format, &fixture::options())
}

#[test]
fn text() {
    insta::assert_snapshot!("text", rendered(Format::Text));
}

#[test]
fn json() {
    insta::assert_snapshot!("json", rendered(Format::Json));
}

#[test]
fn sarif() {
    insta::assert_snapshot!("sarif", rendered(Format::Sarif));
}

#[test]
fn markdown() {
    insta::assert_snapshot!("markdown", rendered(Format::Markdown));
}

#[test]
fn empty_report_text_and_markdown() {
    let report = Report::default();
    let options = fixture::options();
    insta::assert_snapshot!("text_empty", render_to_string(&report, Format::Text, &options));
    insta::assert_snapshot!("markdown_empty", render_to_string(&report, Format::Markdown, &options));
}

#[test]
fn awkward_report_text() {
    // Unicode paths, clamped spans, terminal escapes in a path: the frame
    // must stay aligned and no escape byte may reach the terminal.
    let out = render_to_string(&fixture::awkward_report(), Format::Text, &fixture::options());
    assert!(!out.contains('\u{1b}'), "an escape sequence from a path reached the output");
    insta::assert_snapshot!("text_awkward", out);
}

#[test]
fn rendering_is_deterministic() {
    for format in Format::ALL {
        assert_eq!(rendered(format), rendered(format), "{format} output differs between runs");
    }
}

#[test]
fn markdown_caps_the_number_of_findings() {
    let mut options = fixture::options();
    options.markdown_max_findings = 1;
    let out = render_to_string(&fixture::report(), Format::Markdown, &options);
    assert!(out.contains("…and 2 more findings not shown here"), "{out}");
    assert_eq!(out.matches("<details>").count(), 2, "one finding plus the skipped files: {out}");
}
