//! Human output: one block per finding with a code frame, then skipped files,
//! warnings and a summary line.
//!
//! ```text
//! high  python.lang.yaml-load  app/config.py:12:11
//!   yaml.load can build arbitrary Python objects from its input.
//!   12 |     cfg = yaml.load(text)
//!      |           ^^^^^^^^^^^^^^^
//!   fix: use yaml.safe_load
//!   12 -     cfg = yaml.load(text)
//!   12 +     cfg = yaml.safe_load(text)
//!   CWE-502
//! ```
//!
//! Scanned text is untrusted: a file can hold terminal escape sequences or
//! Unicode bidi controls (Trojan Source) that would rewrite what the user
//! sees. Every string that came from a scanned file, a rule or a path is
//! therefore printed with control characters replaced by visible stand-ins.

use std::fmt;
use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use unicode_width::UnicodeWidthChar;
use vigil_core::{Finding, Report, Severity};

use crate::common::{clean_char, code_lines, count_noun, fix_description, fix_preview, slash_path, SeverityCounts};
use crate::RenderOptions;

/// Tab stops in code frames. Tabs are expanded to spaces so that the
/// underline lines up whatever the terminal's tab width is.
const TAB_WIDTH: usize = 4;

/// Writes the text format. See the module documentation.
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let p = Painter { color: options.color };
    for (i, finding) in report.findings.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_finding(out, &p, report, finding)?;
    }

    let has_notes = !report.skipped.is_empty() || !report.warnings.is_empty();
    if !report.findings.is_empty() && has_notes {
        writeln!(out)?;
    }
    for skip in &report.skipped {
        writeln!(
            out,
            "{}  {}  ({})",
            p.paint(style_skipped(), "skipped"),
            clean(&slash_path(&skip.path)),
            clean(&skip.reason.describe())
        )?;
    }
    for warning in &report.warnings {
        writeln!(out, "{}: {}", p.paint(style_warning(), "warning"), clean(warning))?;
    }

    if !report.findings.is_empty() || has_notes {
        writeln!(out)?;
    }
    write_summary(out, &p, report)
}

fn write_finding(out: &mut dyn Write, p: &Painter, report: &Report, f: &Finding) -> io::Result<()> {
    writeln!(
        out,
        "{}  {}  {}:{}:{}",
        p.paint(severity_style(f.severity), f.severity.as_str()),
        p.paint(Style::new().bold(), &clean(&f.rule_id)),
        clean(&slash_path(&f.path)),
        f.span.start.line,
        f.span.start.column
    )?;
    for line in f.message.trim_end().lines() {
        writeln!(out, "  {}", clean(line))?;
    }

    let lines = code_lines(&f.line_text);
    let preview = fix_preview(f);
    // One gutter width for the frame and the fix preview, so they line up.
    let first = f.span.start.line.max(1);
    let last_frame_line = first.saturating_add(lines.len().saturating_sub(1) as u32);
    let last_fix_line = preview.as_ref().map_or(0, |pv| {
        let n = pv.removed.len().max(pv.added.len()).saturating_sub(1);
        pv.first_line.saturating_add(n as u32)
    });
    let width = digits(last_frame_line.max(last_fix_line));
    let gutter = Style::new().fg_color(Some(AnsiColor::Blue.into()));

    for (i, line) in lines.iter().enumerate() {
        let number = first.saturating_add(i as u32);
        let (shown, offsets) = layout(line);
        writeln!(out, "  {} {}", p.paint(gutter, &format!("{number:>width$} |")), shown.trim_end())?;
        if i == 0 {
            let (pad, len) = underline(&offsets, f);
            writeln!(
                out,
                "  {} {}{}",
                p.paint(gutter, &format!("{:>width$} |", "")),
                " ".repeat(pad),
                p.paint(severity_style(f.severity), &"^".repeat(len))
            )?;
        }
    }

    if let Some(fix) = &f.fix {
        writeln!(out, "  {} {}", p.paint(style_fix(), "fix:"), clean(fix_description(fix)))?;
        if let Some(pv) = &preview {
            let minus = Style::new().fg_color(Some(AnsiColor::Red.into()));
            let plus = Style::new().fg_color(Some(AnsiColor::Green.into()));
            for (sign, style, changed) in [("-", minus, &pv.removed), ("+", plus, &pv.added)] {
                for (i, line) in changed.iter().enumerate() {
                    let number = pv.first_line.saturating_add(i as u32);
                    let (shown, _) = layout(line);
                    let text = format!("{number:>width$} {sign} {}", shown.trim_end());
                    writeln!(out, "  {}", p.paint(style, &text))?;
                }
            }
        }
    }

    if !f.flow.is_empty() {
        writeln!(out, "  {}", p.paint(Style::new().bold(), "flow:"))?;
        for (i, step) in f.flow.iter().enumerate() {
            writeln!(
                out,
                "    {}. line {}:{}  {}",
                i + 1,
                step.span.start.line,
                step.span.start.column,
                clean(&step.note)
            )?;
        }
    }

    let mut taxonomy: Vec<String> = f.cwe.iter().map(|c| clean(c)).collect();
    taxonomy.extend(f.owasp.iter().map(|o| clean(o)));
    if !taxonomy.is_empty() {
        writeln!(out, "  {}", p.paint(Style::new().dimmed(), &taxonomy.join(", ")))?;
    }
    if report.rule(&f.rule_id).is_some_and(|r| !r.help.trim().is_empty()) {
        let hint = format!("help: vigil explain {}", clean(&f.rule_id));
        writeln!(out, "  {}", p.paint(Style::new().dimmed(), &hint))?;
    }
    Ok(())
}

/// `3 findings (1 critical, 2 high) in 12 files scanned, 1 skipped, 0
/// suppressed, 0 baselined, in 41 ms`
fn write_summary(out: &mut dyn Write, p: &Painter, report: &Report) -> io::Result<()> {
    let stats = &report.stats;
    let head = if report.findings.is_empty() {
        p.paint(Style::new().bold().fg_color(Some(AnsiColor::Green.into())), "No findings").to_string()
    } else {
        let counts = SeverityCounts::of(report);
        let by_severity: Vec<String> =
            counts.most_severe_first().filter(|&(_, n)| n > 0).map(|(s, n)| format!("{n} {s}")).collect();
        let total = count_noun(report.findings.len(), "finding", "findings");
        let style = report.max_severity().map_or(Style::new(), severity_style).bold();
        format!("{} ({})", p.paint(style, &total), by_severity.join(", "))
    };
    writeln!(
        out,
        "{head} in {}, {} skipped, {} suppressed, {} baselined, in {} ms",
        count_noun(stats.files_scanned, "file scanned", "files scanned"),
        report.skipped.len(),
        stats.suppressed,
        stats.baselined,
        stats.elapsed_ms
    )
}

fn digits(n: u32) -> usize {
    n.to_string().len()
}

/// A code line as shown (tabs expanded, controls made visible) and, for each
/// character index `k` (and one past the end), the display column before it.
fn layout(line: &str) -> (String, Vec<usize>) {
    let mut shown = String::with_capacity(line.len());
    let mut offsets = Vec::with_capacity(line.len() + 1);
    let mut x = 0;
    for c in line.chars() {
        offsets.push(x);
        if c == '\t' {
            let n = TAB_WIDTH - x % TAB_WIDTH;
            shown.extend(std::iter::repeat_n(' ', n));
            x += n;
        } else {
            let c = clean_char(c);
            shown.push(c);
            // Wide characters (CJK, most emoji) take two cells; combining
            // marks take none.
            x += c.width().unwrap_or(0);
        }
    }
    offsets.push(x);
    (shown, offsets)
}

/// Where the `^^^` under the first frame line starts and how long it is, in
/// display cells. Columns are clamped to the line, so a span that points past
/// the end (or at column 0) still gets a caret; a span that ends on a later
/// line is underlined to the end of the first one.
fn underline(offsets: &[usize], f: &Finding) -> (usize, usize) {
    let chars = offsets.len().saturating_sub(1);
    let col = |c: u32| (c.max(1) as usize - 1).min(chars);
    let start = col(f.span.start.column);
    let end = if f.span.end.line == f.span.start.line {
        col(f.span.end.column).max(start)
    } else if f.span.end.line > f.span.start.line {
        chars
    } else {
        start
    };
    let pad = offsets.get(start).copied().unwrap_or(0);
    let end_x = offsets.get(end).copied().unwrap_or(pad);
    // An empty span (an insertion point) still gets one caret.
    (pad, end_x.saturating_sub(pad).max(1))
}

/// [`clean_char`] over a one-line string (tabs included: outside code frames
/// there is no layout to keep, and a tab in a path is suspicious).
fn clean(s: &str) -> String {
    s.chars().map(clean_char).collect()
}

fn severity_style(severity: Severity) -> Style {
    let color = match severity {
        Severity::Critical => AnsiColor::Magenta,
        Severity::High => AnsiColor::Red,
        Severity::Medium => AnsiColor::Yellow,
        Severity::Low => AnsiColor::Blue,
        Severity::Info => AnsiColor::Cyan,
    };
    let style = Style::new().fg_color(Some(color.into()));
    if severity >= Severity::High {
        style.bold()
    } else {
        style
    }
}

fn style_fix() -> Style {
    Style::new().bold().fg_color(Some(AnsiColor::Green.into()))
}

fn style_skipped() -> Style {
    Style::new().fg_color(Some(AnsiColor::Yellow.into()))
}

fn style_warning() -> Style {
    Style::new().bold().fg_color(Some(AnsiColor::Yellow.into()))
}

/// Applies styles only when colour is on, so no escape code is ever written
/// otherwise.
struct Painter {
    color: bool,
}

impl Painter {
    fn paint<'a>(&self, style: Style, text: &'a str) -> Painted<'a> {
        Painted { style: self.color.then_some(style), text }
    }
}

struct Painted<'a> {
    style: Option<Style>,
    text: &'a str,
}

impl fmt::Display for Painted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.style {
            Some(style) => write!(f, "{}{}{}", style.render(), self.text, style.render_reset()),
            None => f.write_str(self.text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use vigil_core::{Confidence, Language, Position, Span};

    fn finding(line_text: &str, start: (u32, u32), end: (u32, u32)) -> Finding {
        Finding {
            rule_id: "r".into(),
            message: "m".into(),
            severity: Severity::Medium,
            confidence: Confidence::High,
            cwe: vec![],
            owasp: vec![],
            path: PathBuf::from("a.py"),
            language: Language::Python,
            span: Span {
                start_byte: 0,
                end_byte: 0,
                start: Position { line: start.0, column: start.1 },
                end: Position { line: end.0, column: end.1 },
            },
            line_text: line_text.into(),
            matched_text: String::new(),
            fix: None,
            fingerprint: String::new(),
            flow: Vec::new(),
        }
    }

    fn frame(f: &Finding) -> (String, usize, usize) {
        let (shown, offsets) = layout(code_lines(&f.line_text).first().copied().unwrap_or(""));
        let (pad, len) = underline(&offsets, f);
        (shown, pad, len)
    }

    #[test]
    fn underlines_follow_display_columns() {
        // Tab expands to the next stop; the match `b()` starts at column 3.
        let (shown, pad, len) = frame(&finding("\ta b()", (1, 4), (1, 7)));
        assert_eq!(shown, "    a b()");
        assert_eq!((pad, len), (6, 3));
        // Wide characters take two cells each.
        let (_, pad, len) = frame(&finding("名前 = eval(x)", (1, 6), (1, 13)));
        assert_eq!((pad, len), (7, 7));
        // Multibyte but single-width characters count once.
        let (_, pad, len) = frame(&finding("é = eval(x)", (1, 5), (1, 12)));
        assert_eq!((pad, len), (4, 7));
    }

    #[test]
    fn odd_spans_are_clamped_not_panicking() {
        // Column far beyond the line: a caret just past the end.
        assert_eq!(frame(&finding("abc", (1, 90), (1, 95))).1, 3);
        // Column zero and a reversed span.
        let (_, pad, len) = frame(&finding("abc", (1, 0), (1, 0)));
        assert_eq!((pad, len), (0, 1));
        let (_, pad, len) = frame(&finding("abc", (2, 3), (1, 1)));
        assert_eq!((pad, len), (2, 1));
        // A span running onto a later line is underlined to the end of the first.
        let (_, pad, len) = frame(&finding("foo(\n  x)", (1, 1), (2, 4)));
        assert_eq!((pad, len), (0, 4));
        // Empty lines and empty text.
        assert_eq!(frame(&finding("", (1, 1), (1, 1))).2, 1);
    }

    #[test]
    fn terminal_controls_are_neutralised() {
        assert_eq!(clean("a\x1b[2Jb"), "a\u{241b}[2Jb");
        assert_eq!(clean("x\u{202e}y\u{9b}"), "x\u{fffd}y\u{fffd}");
        let (shown, offsets) = layout("\x1b\u{202e}z");
        assert_eq!(shown, "\u{241b}\u{fffd}z");
        assert_eq!(offsets, vec![0, 1, 2, 3]);
    }
}
