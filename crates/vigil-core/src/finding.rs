use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::{Confidence, Severity, Span};

/// One replacement of a byte range of the scanned text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Edit {
    pub start_byte: usize,
    pub end_byte: usize,
    pub replacement: String,
}

/// A mechanical fix: edits that, applied together, remove the flaw.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fix {
    pub description: String,
    pub edits: Vec<Edit>,
}

impl Fix {
    /// Applies the edits to `text`. Edits must not overlap; they are applied
    /// back to front so earlier offsets stay valid. Returns `None` if an edit
    /// falls outside the text or off a character boundary.
    pub fn apply(&self, text: &str) -> Option<String> {
        let mut edits = self.edits.clone();
        edits.sort();
        for pair in edits.windows(2) {
            if pair[0].end_byte > pair[1].start_byte {
                return None;
            }
        }
        let mut out = text.to_string();
        for e in edits.iter().rev() {
            if e.start_byte > e.end_byte
                || e.end_byte > out.len()
                || !out.is_char_boundary(e.start_byte)
                || !out.is_char_boundary(e.end_byte)
            {
                return None;
            }
            out.replace_range(e.start_byte..e.end_byte, &e.replacement);
        }
        Some(out)
    }
}

/// One step of a taint flow: a place in the text and what happens there.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FlowStep {
    pub span: Span,
    pub note: String,
}

/// A flaw found in a text.
///
/// `path` is the file as the user named it (or `<stdin>`, or the name given to
/// a snippet). `span` points into the original text: for a code block inside a
/// chat answer, into the answer, not the block. `fingerprint` identifies the
/// finding across unrelated edits of the file (see [`crate::fingerprint`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub rule_id: String,
    pub message: String,
    pub severity: Severity,
    pub confidence: Confidence,
    /// `CWE-89` style identifiers.
    pub cwe: Vec<String>,
    /// OWASP Top 10 categories, `A03:2021 - Injection` style.
    pub owasp: Vec<String>,
    pub path: PathBuf,
    pub language: crate::Language,
    pub span: Span,
    /// The source lines the span covers (at most five, without the final
    /// line break), so outputs can show a code frame without re-reading the
    /// file, which may be standard input or a block of a chat answer.
    pub line_text: String,
    /// The matched text, capped in length.
    pub matched_text: String,
    pub fix: Option<Fix>,
    pub fingerprint: String,
    /// For taint findings: the path of the data from the source to the sink
    /// (source first). Empty for pattern findings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flow: Vec<FlowStep>,
}

impl Finding {
    /// Sort key that makes output independent of scan order.
    pub fn sort_key(&self) -> (&PathBuf, usize, usize, &str) {
        (&self.path, self.span.start_byte, self.span.end_byte, &self.rule_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(s: usize, e: usize, r: &str) -> Edit {
        Edit { start_byte: s, end_byte: e, replacement: r.into() }
    }

    #[test]
    fn fixes_apply_back_to_front() {
        let fix = Fix { description: "x".into(), edits: vec![edit(0, 1, "AA"), edit(4, 5, "B")] };
        assert_eq!(fix.apply("a = b").unwrap(), "AA = B");
    }

    #[test]
    fn overlapping_or_out_of_range_edits_are_refused() {
        let fix = Fix { description: "x".into(), edits: vec![edit(0, 3, ""), edit(2, 4, "")] };
        assert_eq!(fix.apply("abcdef"), None);
        let fix = Fix { description: "x".into(), edits: vec![edit(0, 30, "")] };
        assert_eq!(fix.apply("abc"), None);
        let fix = Fix { description: "x".into(), edits: vec![edit(0, 1, "")] };
        assert_eq!(fix.apply("é"), None);
    }
}
