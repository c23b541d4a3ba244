//! Masked previews: enough of a secret to recognise it, never enough to use it.

/// A short preview of `secret`: `AKIA************MPLE`. Secrets of 20
/// characters or more show their first and last four characters; 12 to 19,
/// two and two; shorter ones only stars. Private-key blocks show their first
/// line and length. At most 24 stars are printed.
pub fn mask(secret: &str) -> String {
    mask_with_prefix(secret, 0)
}

/// Like [`mask`], but the first `known_prefix` bytes (a literal token
/// prefix such as `ghp_` or `sk-ant-api03-`, which identifies the format and
/// is not secret) are always shown.
pub fn mask_with_prefix(secret: &str, known_prefix: usize) -> String {
    if let Some(header) = block_header(secret) {
        return format!("{header}…[{} chars]", secret.chars().count());
    }
    let chars: Vec<char> = secret.chars().collect();
    let n = chars.len();
    let (head, tail) = visible(n, known_prefix.min(n));
    let stars = (n - head - tail).min(24);
    let mut out: String = chars[..head].iter().collect();
    out.extend(std::iter::repeat_n('*', stars));
    out.extend(&chars[n - tail..]);
    out
}

/// The secret with every hidden character replaced by `*`, keeping its
/// length and line breaks, so a code frame keeps its columns.
pub fn mask_in_place(secret: &str, known_prefix: usize) -> String {
    let chars: Vec<char> = secret.chars().collect();
    let n = chars.len();
    let (head, tail) = if block_header(secret).is_some() {
        (secret.find(['\n', '\\']).map(|i| secret[..i].chars().count()).unwrap_or(0), 0)
    } else {
        visible(n, known_prefix.min(n))
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| if i < head || i >= n - tail || c == '\n' || c == '\r' { c } else { '*' })
        .collect()
}

fn visible(n: usize, known_prefix: usize) -> (usize, usize) {
    let (head, tail) = if n >= 20 {
        (4, 4)
    } else if n >= 12 {
        (2, 2)
    } else {
        (0, 0)
    };
    let head = head.max(known_prefix);
    // Never show more than half of the characters that are not the prefix.
    let rest = n - head.min(n);
    let tail = tail.min(rest / 2);
    (head.min(n), tail)
}

fn block_header(secret: &str) -> Option<&str> {
    if secret.starts_with("-----BEGIN ")
        || secret.starts_with("---- BEGIN ")
        || secret.starts_with("PuTTY-User-Key-File-")
    {
        let end = secret.find(['\n', '\r', '\\']).unwrap_or(secret.len()).min(64);
        let mut end = end;
        while !secret.is_char_boundary(end) {
            end -= 1;
        }
        Some(&secret[..end])
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews() {
        assert_eq!(mask("AKIAIOSFODNN7EXAMPLE"), "AKIA************MPLE");
        assert_eq!(mask("hunter22"), "********");
        assert_eq!(mask("0123456789abcd"), "01**********cd");
        assert_eq!(mask_with_prefix("ghp_abcdefghijklmnopqrstuvwxyz0123456789", 4).len(), 4 + 24 + 4);
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----";
        assert!(mask(pem).starts_with("-----BEGIN RSA PRIVATE KEY-----…"));
        assert!(!mask(pem).contains("MIIE"));
    }

    #[test]
    fn in_place_keeps_length_and_lines() {
        let s = "sk_live_abcdefghijklmnopqrstuvwx";
        let m = mask_in_place(s, 8);
        assert_eq!(m.len(), s.len());
        assert!(m.starts_with("sk_live_*"));
        let pem = "-----BEGIN EC PRIVATE KEY-----\nAAAA\nBBBB\n-----END EC PRIVATE KEY-----";
        let m = mask_in_place(pem, 0);
        assert_eq!(m.lines().count(), 4);
        assert!(!m.contains("AAAA"));
    }
}
