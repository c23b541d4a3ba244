//! Secrets out of prompts, back into answers.
//!
//! Each request carries the whole conversation, so one [`Mapping`] per
//! request is one per conversation: the same secret gets the same
//! placeholder in every message and every turn.

use serde_json::Value;
use vigil_secrets::{unredact, Mapping, RedactOptions, SecretScanner};

/// Redacts the text of every message (string content, or the `text` of
/// content parts) in a chat completions request body. Returns the number of
/// placeholders put in.
pub fn redact_messages(body: &mut Value, options: &RedactOptions, mapping: &mut Mapping) -> usize {
    let scanner = SecretScanner::global();
    let mut count = 0;
    let mut redact = |s: &mut String| {
        let (text, spans) = scanner.redact_with(s, options, mapping);
        if !spans.is_empty() {
            count += spans.len();
            *s = text;
        }
    };
    let Some(messages) = body.get_mut("messages").and_then(Value::as_array_mut) else { return 0 };
    for message in messages {
        match message.get_mut("content") {
            Some(Value::String(s)) => redact(s),
            Some(Value::Array(parts)) => {
                for part in parts {
                    if let Some(Value::String(s)) = part.get_mut("text") {
                        redact(s);
                    }
                }
            }
            _ => {}
        }
    }
    count
}

/// Restores placeholders in a streamed answer. A placeholder may arrive split
/// over several pieces, so text from an unclosed `[` on is held back until it
/// closes or grows too long to be one.
#[derive(Debug)]
pub struct Restorer {
    mapping: Mapping,
    pending: String,
}

/// Longer than any placeholder, even quoted with spaces or escapes.
const MAX_PLACEHOLDER: usize = 160;

impl Restorer {
    pub fn new(mapping: Mapping) -> Self {
        Restorer { mapping, pending: String::new() }
    }

    /// Takes the next piece; returns the text that can be sent now.
    pub fn push(&mut self, piece: &str) -> String {
        if self.mapping.is_empty() {
            return piece.to_string();
        }
        self.pending.push_str(piece);
        let hold_from = self.hold_from();
        let ready: String = self.pending[..hold_from].to_string();
        self.pending.drain(..hold_from);
        unredact(&ready, &self.mapping)
    }

    /// The rest, at the end of the answer.
    pub fn finish(&mut self) -> String {
        let rest = std::mem::take(&mut self.pending);
        unredact(&rest, &self.mapping)
    }

    /// Where a possibly unfinished placeholder starts in `pending` (its
    /// length when there is none): the last `[` (or `%5B`) within
    /// MAX_PLACEHOLDER bytes, when what follows it could still be a
    /// placeholder and no character other than closing brackets has come
    /// after its `]`.
    fn hold_from(&self) -> usize {
        let p = &self.pending;
        let window = floor_char_boundary(p, p.len().saturating_sub(MAX_PLACEHOLDER));
        let upper = p[window..].to_ascii_uppercase();
        let Some(i) = upper.rfind('[').into_iter().chain(upper.rfind("%5B")).max() else { return p.len() };
        let open = window + i;
        let after = &upper[i..];
        let possible = after.chars().all(|c| {
            c.is_ascii_alphanumeric() || c.is_whitespace() || matches!(c, '[' | ']' | '\\' | '_' | ':' | '-' | '%')
        });
        if !possible {
            return p.len();
        }
        if let Some(j) = after.find(']').or_else(|| after.find("%5D")) {
            let rest = after[j..].trim_start_matches(|c: char| c == ']' || c == '\\' || c.is_whitespace());
            if !rest.trim_start_matches("%5D").is_empty() {
                return p.len();
            }
        }
        // Step back over the rest of the opening run (`[[`, `\[\[`, `%5B%5B`).
        let mut start = open;
        loop {
            let before = &p[..start];
            if before.ends_with('[') || before.ends_with('\\') {
                start -= 1;
            } else if before.len() >= 3 && before[before.len() - 3..].eq_ignore_ascii_case("%5B") {
                start -= 3;
            } else {
                break;
            }
        }
        start
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const KEY: &str = "AKIAZ7Q2WXRT5MBNLK4P";

    #[test]
    fn messages_are_redacted_and_answers_restored_even_split() {
        let mut body = json!({"messages": [
            {"role": "user", "content": format!("my key is {KEY}, use it")},
            {"role": "user", "content": [{"type": "text", "text": format!("again {KEY}")}]}
        ]});
        let mut mapping = Mapping::new();
        assert_eq!(redact_messages(&mut body, &RedactOptions::default(), &mut mapping), 2);
        let text = body.to_string();
        assert!(!text.contains(KEY) && text.contains("[[SECRET_1:aws-access-key-id]]"), "{text}");
        let answer = "key = \"[[SECRET_1:aws-access-key-id]]\"\nok";
        for cut in 0..answer.len() {
            let mut r = Restorer::new(mapping.clone());
            let mut out = r.push(&answer[..cut]);
            out += &r.push(&answer[cut..]);
            out += &r.finish();
            assert_eq!(out, format!("key = \"{KEY}\"\nok"), "cut at {cut}");
        }
    }

    #[test]
    fn text_without_placeholders_flows_at_once() {
        let mut mapping = Mapping::new();
        let _ = SecretScanner::global().redact_with(KEY, &RedactOptions::default(), &mut mapping);
        let mut r = Restorer::new(mapping.clone());
        assert_eq!(r.push("a[0] = b"), "a[0] = b");
        assert_eq!(r.push("x = ["), "x = ");
        assert_eq!(r.push("1, 2]"), "[1, 2]");
        assert_eq!(r.push("y = [SECRET"), "y = ");
        assert_eq!(r.push("_1]"), "");
        assert_eq!(r.push(" + z"), format!("{KEY} + z"));
    }
}
