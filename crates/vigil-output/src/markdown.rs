//! A pull-request comment in GitHub-flavoured Markdown: a status heading,
//! counts by severity, a table of findings, a collapsed `<details>` block per
//! finding with its code, fix and CWE links, then skipped files (collapsed)
//! and warnings.
//!
//! Everything that comes from a scanned file or a rule is escaped for the
//! context it lands in (table cell, code span, fenced block, HTML), so a
//! message with `|` cannot break a table and a file with backticks cannot end
//! a fence early.

use std::io::{self, Write};

use vigil_core::{Finding, Language, Report};

use crate::common::{
    clean_char, code_lines, count_noun, cwe_url, first_sentence, fix_description, fix_preview, help_uri, slash_path,
    SeverityCounts,
};
use crate::RenderOptions;

/// Table cells longer than this are cut, so one verbose message cannot
/// stretch the table off the page; the full message is in the details block.
const MAX_CELL_CHARS: usize = 160;

/// Writes the Markdown format. See the module documentation.
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let n = report.findings.len();
    if n == 0 {
        writeln!(out, "## ✅ Vigil: no findings")?;
    } else {
        writeln!(out, "## ❌ Vigil: {}", count_noun(n, "finding", "findings"))?;
        writeln!(out)?;
        writeln!(out, "| Severity | Findings |")?;
        writeln!(out, "| :-- | --: |")?;
        for (severity, count) in SeverityCounts::of(report).most_severe_first() {
            writeln!(out, "| {severity} | {count} |")?;
        }

        let shown = &report.findings[..n.min(options.markdown_max_findings)];
        writeln!(out)?;
        writeln!(out, "| Severity | Rule | Location | Message |")?;
        writeln!(out, "| :-- | :-- | :-- | :-- |")?;
        for f in shown {
            writeln!(
                out,
                "| {} | {} | {} | {} |",
                f.severity,
                code_span(&f.rule_id, true),
                code_span(&location(f), true),
                table_text(&truncate(first_sentence(&f.message), MAX_CELL_CHARS))
            )?;
        }
        if shown.len() < n {
            writeln!(out)?;
            writeln!(
                out,
                "_…and {} not shown here; see the JSON or SARIF output for all of them._",
                count_noun(n - shown.len(), "more finding", "more findings")
            )?;
        }
        for f in shown {
            writeln!(out)?;
            write_details(out, report, f)?;
        }
    }

    if !report.skipped.is_empty() {
        writeln!(out)?;
        writeln!(out, "<details>")?;
        let files = count_noun(report.skipped.len(), "file", "files");
        writeln!(out, "<summary>{files} skipped</summary>")?;
        writeln!(out)?;
        writeln!(out, "| File | Reason |")?;
        writeln!(out, "| :-- | :-- |")?;
        for skip in &report.skipped {
            writeln!(
                out,
                "| {} | {} |",
                code_span(&slash_path(&skip.path), true),
                table_text(&skip.reason.describe())
            )?;
        }
        writeln!(out)?;
        writeln!(out, "</details>")?;
    }

    if !report.warnings.is_empty() {
        writeln!(out)?;
        writeln!(out, "**Warnings**")?;
        writeln!(out)?;
        for warning in &report.warnings {
            writeln!(out, "- {}", table_text(warning))?;
        }
    }

    let stats = &report.stats;
    writeln!(out)?;
    writeln!(
        out,
        "<sub>Vigil {} · {} in {} ms · {} skipped · {} suppressed · {} baselined</sub>",
        html(&options.tool_version),
        count_noun(stats.files_scanned, "file scanned", "files scanned"),
        stats.elapsed_ms,
        report.skipped.len(),
        stats.suppressed,
        stats.baselined
    )
}

fn write_details(out: &mut dyn Write, report: &Report, f: &Finding) -> io::Result<()> {
    writeln!(out, "<details>")?;
    // Markdown is not rendered inside `<summary>`, so this part is HTML.
    writeln!(
        out,
        "<summary><b>{}</b> <code>{}</code> in <code>{}</code></summary>",
        f.severity,
        html(&f.rule_id),
        html(&location(f))
    )?;
    writeln!(out)?;
    for line in f.message.trim().lines() {
        writeln!(out, "{}", block_text(line))?;
    }

    let lines = code_lines(&f.line_text);
    if !lines.is_empty() {
        writeln!(out)?;
        let code: Vec<String> = lines.iter().map(|l| code_text(l)).collect();
        write_fenced(out, fence_language(f.language), &code)?;
    }

    if let Some(fix) = &f.fix {
        writeln!(out)?;
        writeln!(out, "**Fix:** {}", table_text(fix_description(fix)))?;
        if let Some(preview) = fix_preview(f) {
            let diff: Vec<String> = preview
                .removed
                .iter()
                .map(|l| format!("-{}", code_text(l)))
                .chain(preview.added.iter().map(|l| format!("+{}", code_text(l))))
                .collect();
            writeln!(out)?;
            write_fenced(out, "diff", &diff)?;
        }
    }

    let mut refs: Vec<String> = f
        .cwe
        .iter()
        .map(|c| match cwe_url(c) {
            Some(url) => format!("[{}]({url})", table_text(c.trim())),
            None => table_text(c),
        })
        .collect();
    refs.extend(f.owasp.iter().map(|o| table_text(o)));
    if let Some(uri) = help_uri(report, &f.rule_id).filter(|u| safe_link(u)) {
        refs.push(format!("[rule documentation](<{uri}>)"));
    }
    if !refs.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", refs.join(" · "))?;
    }
    writeln!(out)?;
    writeln!(out, "</details>")
}

/// `path:line`, as people paste it into editors.
fn location(f: &Finding) -> String {
    format!("{}:{}", slash_path(&f.path), f.span.start.line)
}

/// The info string GitHub's highlighter knows for each language.
fn fence_language(language: Language) -> &'static str {
    match language {
        Language::Generic => "text",
        other => other.name(),
    }
}

/// A fenced block whose fence is longer than any backtick run inside, so the
/// content cannot close it.
fn write_fenced(out: &mut dyn Write, info: &str, lines: &[String]) -> io::Result<()> {
    let longest = lines.iter().map(|l| longest_run(l, '`')).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    writeln!(out, "{fence}{info}")?;
    for line in lines {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "{fence}")
}

/// An inline code span for any text: the delimiter is one backtick longer
/// than the longest run inside, padded with spaces when the text starts or
/// ends with a backtick (CommonMark strips one space on each side). In a
/// table, `|` must still be escaped, even inside code (GFM parses the row
/// before the spans).
fn code_span(s: &str, in_table: bool) -> String {
    let mut body: String = s.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { clean_char(c) }).collect();
    if in_table {
        body = body.replace('|', "\\|");
    }
    let ticks = "`".repeat(longest_run(&body, '`') + 1);
    let pad = if body.starts_with('`') || body.ends_with('`') { " " } else { "" };
    format!("{ticks}{pad}{body}{pad}{ticks}")
}

fn longest_run(s: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in s.chars() {
        run = if ch == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// Text on one line of a table cell or paragraph, with every character
/// Markdown or HTML would interpret backslash-escaped.
fn table_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(clean_char(c)),
        }
    }
    out
}

/// A line of a paragraph: [`table_text`], plus the markers that only mean
/// something at the start of a line (headings, lists, setext underlines).
fn block_text(line: &str) -> String {
    let escaped = table_text(line.trim_start());
    match escaped.chars().next() {
        Some('#' | '-' | '+' | '=') => format!("\\{escaped}"),
        _ => escaped,
    }
}

/// A line inside a fenced block: tabs kept, other controls made visible.
fn code_text(line: &str) -> String {
    line.chars().map(|c| if c == '\t' { c } else { clean_char(c) }).collect()
}

/// Text inside HTML tags.
fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(clean_char(c)),
        }
    }
    out
}

/// Whether a URL can go between `<` and `>` in a link destination as is.
fn safe_link(url: &str) -> bool {
    !url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>'))
}

fn truncate(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_survive_backticks_and_pipes() {
        assert_eq!(code_span("a.py:3", true), "`a.py:3`");
        assert_eq!(code_span("a`b", false), "``a`b``");
        assert_eq!(code_span("`x`", false), "`` `x` ``");
        assert_eq!(code_span("a|b", true), "`a\\|b`");
        assert_eq!(code_span("a\nb", false), "`a b`");
    }

    #[test]
    fn table_text_cannot_break_the_table() {
        assert_eq!(table_text("a | b `c` <script>"), "a \\| b \\`c\\` \\<script\\>");
        assert_eq!(table_text("x\ny"), "x y");
        assert_eq!(block_text("# not a heading"), "\\# not a heading");
        assert_eq!(block_text("- not a list"), "\\- not a list");
    }

    #[test]
    fn fences_outgrow_their_content() {
        let mut out = Vec::new();
        write_fenced(&mut out, "python", &["x = '````'".into()]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "`````python\nx = '````'\n`````\n");
    }

    #[test]
    fn truncation_counts_characters() {
        assert_eq!(truncate("ééé", 2), "éé…");
        assert_eq!(truncate("abc", 3), "abc");
    }
}
