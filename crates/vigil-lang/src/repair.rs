//! Closing what a truncated snippet left open.
//!
//! LLM answers are often cut off mid-statement (a token limit, a copy of the
//! first screen). tree-sitter recovers, but the broken statement and often its
//! enclosing ones end up inside an ERROR node, where no rule looks. Appending
//! the closers of the brackets and the string left open makes the text parse
//! again, without changing a byte of what the user wrote.

/// The text to append to `text` to close its unbalanced brackets and an
/// unterminated string on its last line, innermost first. Empty when nothing
/// is open. Comments are skipped by a rough lexer (`#`, `//`, `/* */`), which
/// is enough: the suffix is only kept if the repaired text parses better.
pub fn closing_suffix(text: &str, hash_comments: bool) -> String {
    let mut stack: Vec<u8> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut open_quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        if let Some(q) = open_quote {
            match b {
                b'\\' => i += 1,
                b'\n' if q != b'`' => open_quote = None,
                _ if b == q => open_quote = None,
                _ => {}
            }
            i += 1;
            continue;
        }
        match b {
            b'"' | b'\'' | b'`' => open_quote = Some(b),
            b'#' if hash_comments => i = skip_line(bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'/') => i = skip_line(bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = match find(bytes, i + 2, b"*/") {
                    Some(end) => end + 1,
                    None => bytes.len(),
                }
            }
            b'(' => stack.push(b')'),
            b'[' => stack.push(b']'),
            b'{' => stack.push(b'}'),
            b')' | b']' | b'}' => {
                // A stray closer: drop back to its opener if there is one.
                if let Some(pos) = stack.iter().rposition(|&c| c == b) {
                    stack.truncate(pos);
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut suffix = String::with_capacity(stack.len() + 1);
    if let Some(q) = open_quote {
        suffix.push(q as char);
    }
    suffix.extend(stack.iter().rev().map(|&c| c as char));
    suffix
}

fn skip_line(bytes: &[u8], i: usize) -> usize {
    match bytes[i..].iter().position(|&b| b == b'\n') {
        Some(n) => i + n,
        None => bytes.len(),
    }
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closes_brackets_innermost_first() {
        assert_eq!(closing_suffix("foo(bar[1, {a: (2", false), ")}])");
        assert_eq!(closing_suffix("f(x)", false), "");
    }

    #[test]
    fn closes_an_unterminated_string_on_the_last_line() {
        assert_eq!(closing_suffix("os.system(\"ls ", false), "\")");
    }

    #[test]
    fn ignores_brackets_in_strings_and_comments() {
        assert_eq!(closing_suffix("f(\"(\", ')') # (\n", true), "");
        assert_eq!(closing_suffix("f(a) // (\n/* [ */ g(", false), ")");
    }

    #[test]
    fn stray_closers_do_not_underflow() {
        assert_eq!(closing_suffix(")))]]}", false), "");
        assert_eq!(closing_suffix("(]", false), ")");
    }
}
