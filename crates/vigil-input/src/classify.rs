//! Deciding whether bytes are text worth scanning, and decoding them.
//!
//! [`decode`] is the one gate every input goes through (files, standard input,
//! request bodies): it refuses oversized, binary, minified and generated inputs
//! with a [`SkipReason`], and otherwise returns text. It never fails on
//! encoding: invalid UTF-8 is decoded lossily (each invalid sequence becomes
//! U+FFFD), a UTF-8 byte order mark is stripped and UTF-16 with a byte order
//! mark is decoded. Byte offsets of findings refer to the decoded text.

use std::path::Path;

use vigil_core::SkipReason;

/// How much of the start of an input the binary test looks at (git's and
/// ripgrep's choice).
pub const BINARY_SAMPLE: usize = 8 * 1024;
/// A line longer than this may mean a minified file...
pub const MINIFIED_LINE: usize = 1000;
/// ...when the average line is also longer than this.
pub const MINIFIED_AVERAGE: usize = 300;
/// How many leading lines, and at most how many bytes, are searched for a
/// "generated" marker.
pub const GENERATED_HEAD_LINES: usize = 5;
pub const GENERATED_HEAD_BYTES: usize = 1024;

/// What inputs are refused before analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Inputs larger than this many bytes are skipped as
    /// [`SkipReason::TooLarge`]. Default 2,000,000.
    pub max_file_size: u64,
    /// Skip minified inputs ([`SkipReason::Minified`]). Default true.
    pub skip_minified: bool,
    /// Skip generated inputs and lock files ([`SkipReason::Generated`]).
    /// Default true.
    pub skip_generated: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_file_size: 2_000_000, skip_minified: true, skip_generated: true }
    }
}

/// Turns the bytes of the input named `path` into text, or says why it is not
/// analysed. The checks run in this order: size, lock-file name, `.min.js` /
/// `.min.css` name, binary content, then (on the decoded text) generated
/// markers and the minified heuristic. Never panics.
///
/// The minified heuristic is deliberately blunt: any text with a line over
/// [`MINIFIED_LINE`] bytes and an average line over [`MINIFIED_AVERAGE`] bytes
/// is refused, so a single very long line of hand-written code is reported as
/// minified too. Prose (`.md`, `.txt`, ...) and notebooks are exempt, as their
/// paragraphs and embedded images make long lines normal there.
pub fn decode(path: &Path, bytes: Vec<u8>, limits: &Limits) -> Result<String, SkipReason> {
    let size = bytes.len() as u64;
    if size > limits.max_file_size {
        return Err(SkipReason::TooLarge { size, limit: limits.max_file_size });
    }
    let name = file_name(path);
    if limits.skip_generated && is_lock_file(name) {
        return Err(SkipReason::Generated);
    }
    if limits.skip_minified && has_minified_name(name) {
        return Err(SkipReason::Minified);
    }
    let text = decode_text(bytes)?;
    if limits.skip_generated && generated_marker(&text).is_some() {
        return Err(SkipReason::Generated);
    }
    if limits.skip_minified && !minified_exempt(name) && looks_minified(&text) {
        return Err(SkipReason::Minified);
    }
    Ok(text)
}

/// Bytes to text: BOM handling, the binary test and lossy UTF-8.
fn decode_text(bytes: Vec<u8>) -> Result<String, SkipReason> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        if is_binary(rest) {
            return Err(SkipReason::Binary);
        }
        return Ok(utf8_lossy(rest.to_vec()));
    }
    let utf16 = if bytes.starts_with(b"\xFF\xFE") {
        Some(u16::from_le_bytes as fn([u8; 2]) -> u16)
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some(u16::from_be_bytes as fn([u8; 2]) -> u16)
    } else {
        None
    };
    if let Some(read) = utf16 {
        let units = bytes[2..].chunks(2).map(|pair| match *pair {
            [a, b] => read([a, b]),
            // A dangling odd byte: not a whole code unit.
            _ => 0xFFFD,
        });
        let text: String = char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
        // A UTF-32 file, or binary data that happens to start with a BOM,
        // still shows NULs or control characters once decoded.
        if is_binary(text.as_bytes()) {
            return Err(SkipReason::Binary);
        }
        return Ok(text);
    }
    if is_binary(&bytes) {
        return Err(SkipReason::Binary);
    }
    Ok(utf8_lossy(bytes))
}

fn utf8_lossy(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => String::from_utf8_lossy(err.as_bytes()).into_owned(),
    }
}

/// Whether the start of `bytes` looks binary: a NUL byte in the first
/// [`BINARY_SAMPLE`] bytes, or more than 10% of them control bytes other than
/// tab, line feed, carriage return, form feed and escape (ANSI colours in logs).
pub fn is_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(BINARY_SAMPLE)];
    if memchr::memchr(0, sample).is_some() {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)) || b == 0x7F)
        .count();
    controls * 10 > sample.len()
}

/// The first "generated" marker in the head of `text` (its first
/// [`GENERATED_HEAD_LINES`] lines, at most [`GENERATED_HEAD_BYTES`] bytes):
/// `@generated`, `DO NOT EDIT` (which covers Go's `Code generated ... DO NOT
/// EDIT.`), `<auto-generated` (.NET), `autogenerated by` / `auto-generated
/// by` / `automatically generated by` (any case).
pub fn generated_marker(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(GENERATED_HEAD_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let head = match memchr::memchr_iter(b'\n', head.as_bytes()).nth(GENERATED_HEAD_LINES - 1) {
        Some(i) => &head[..i],
        None => head,
    };
    const EXACT: &[&str] = &["@generated", "DO NOT EDIT", "<auto-generated"];
    if let Some(marker) = EXACT.iter().find(|m| head.contains(*m)) {
        return Some(marker);
    }
    const ANY_CASE: &[&str] =
        &["autogenerated by", "auto-generated by", "automatically generated by", "<auto-generated"];
    let lower = head.to_ascii_lowercase();
    ANY_CASE.iter().find(|m| lower.contains(*m)).copied()
}

/// Well-known dependency lock files, which are generated.
pub const LOCK_FILES: &[&str] = &[
    "package-lock.json",
    "npm-shrinkwrap.json",
    "yarn.lock",
    "pnpm-lock.yaml",
    "bun.lock",
    "bun.lockb",
    "deno.lock",
    "Cargo.lock",
    "poetry.lock",
    "Pipfile.lock",
    "pdm.lock",
    "uv.lock",
    "go.sum",
    "go.work.sum",
    "composer.lock",
    "Gemfile.lock",
    "Podfile.lock",
    "packages.lock.json",
    "gradle.lockfile",
    "mix.lock",
    "flake.lock",
    "pubspec.lock",
];

/// Whether `name` (a file name, not a path) is a well-known lock file.
pub fn is_lock_file(name: &str) -> bool {
    LOCK_FILES.contains(&name)
}

/// `x.min.js`, `x.min.css` and friends.
pub fn has_minified_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".min.js", ".min.mjs", ".min.cjs", ".min.css"].iter().any(|suffix| lower.ends_with(suffix))
}

/// The minified heuristic: a line longer than [`MINIFIED_LINE`] bytes and an
/// average line longer than [`MINIFIED_AVERAGE`] bytes.
pub fn looks_minified(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() <= MINIFIED_LINE {
        return false;
    }
    let mut lines = 0usize;
    let mut longest = 0usize;
    let mut start = 0usize;
    for newline in memchr::memchr_iter(b'\n', bytes) {
        longest = longest.max(newline - start);
        lines += 1;
        start = newline + 1;
    }
    if start < bytes.len() {
        longest = longest.max(bytes.len() - start);
        lines += 1;
    }
    longest > MINIFIED_LINE && bytes.len() / lines.max(1) > MINIFIED_AVERAGE
}

/// Prose and notebooks, where long lines are normal.
fn minified_exempt(name: &str) -> bool {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    matches!(ext.as_deref(), Some("md" | "markdown" | "mdx" | "txt" | "rst" | "ipynb"))
}

fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> Limits {
        Limits::default()
    }

    fn dec(name: &str, bytes: &[u8]) -> Result<String, SkipReason> {
        decode(Path::new(name), bytes.to_vec(), &limits())
    }

    #[test]
    fn plain_text_passes_unchanged() {
        assert_eq!(dec("a.py", b"x = 1\n").unwrap(), "x = 1\n");
        assert_eq!(dec("a.py", b"").unwrap(), "");
    }

    #[test]
    fn too_large_reports_size_and_limit() {
        let small = Limits { max_file_size: 10, ..Limits::default() };
        let err = decode(Path::new("a.py"), vec![b'a'; 11], &small).unwrap_err();
        assert_eq!(err, SkipReason::TooLarge { size: 11, limit: 10 });
        assert_eq!(decode(Path::new("a.py"), vec![b'a'; 10], &small).unwrap().len(), 10);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(dec("a.py", b"x = 1\0\n"), Err(SkipReason::Binary));
        // A NUL past the sample is not seen.
        let mut late = b"a\n".repeat(BINARY_SAMPLE / 2);
        late.push(0);
        assert!(dec("a.py", &late).is_ok());
        assert_eq!(dec("a.py", b"\0"), Err(SkipReason::Binary));
    }

    #[test]
    fn many_control_bytes_mean_binary() {
        let mut bytes = b"abcdefgh".repeat(10);
        bytes.extend([1u8, 2, 3, 4, 5, 6, 7, 8, 0x0E]);
        assert_eq!(dec("a.py", &bytes), Err(SkipReason::Binary));
        // A few control bytes, tabs, CRs, form feeds and ANSI escapes are text.
        let mut text = b"abcdefgh".repeat(20);
        text.extend(b"\x01\t\r\n\x0c\x1b[31mred\x1b[0m");
        assert!(dec("a.py", &text).is_ok());
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily() {
        assert_eq!(dec("a.py", b"s = '\xff\xfe caf\xe9'\n").unwrap(), "s = '\u{FFFD}\u{FFFD} caf\u{FFFD}'\n");
        // Latin-1 with many high bytes is still text, not binary.
        let latin1: Vec<u8> = (0xC0u8..=0xFF).collect();
        let text = dec("a.txt", &latin1).unwrap();
        assert_eq!(text.chars().count(), 64);
        assert!(text.chars().all(|c| c == '\u{FFFD}'));
    }

    #[test]
    fn byte_order_marks() {
        assert_eq!(dec("a.py", b"\xEF\xBB\xBFx = 1").unwrap(), "x = 1");
        assert_eq!(dec("a.cs", b"\xFF\xFEx\0=\0 \x001\0").unwrap(), "x= 1");
        assert_eq!(dec("a.cs", b"\xFE\xFF\0x\0=\0 \x001").unwrap(), "x= 1");
        // An odd trailing byte becomes a replacement character.
        assert_eq!(dec("a.cs", b"\xFF\xFEa\0b").unwrap(), "a\u{FFFD}");
        // UTF-32 LE decodes to NULs as UTF-16: binary.
        assert_eq!(dec("a.cs", b"\xFF\xFE\0\0a\0\0\0"), Err(SkipReason::Binary));
        assert_eq!(dec("a.py", b"\xEF\xBB\xBF\0\0"), Err(SkipReason::Binary));
    }

    #[test]
    fn generated_markers_in_the_head() {
        let cases: &[(&str, Option<&str>)] = &[
            ("// Code generated by protoc-gen-go. DO NOT EDIT.\npackage x\n", Some("DO NOT EDIT")),
            ("# This file is automatically @generated by Cargo.\n", Some("@generated")),
            ("// <auto-generated>\n//   tool\n// </auto-generated>\n", Some("<auto-generated")),
            ("# Autogenerated by Thrift Compiler\n", Some("autogenerated by")),
            ("/* This file was automatically generated by a tool */", Some("automatically generated by")),
            ("x = 1\n# do not edit (lower case is prose)\n", None),
            ("x = 1\n", None),
        ];
        for (text, marker) in cases {
            assert_eq!(generated_marker(text), *marker, "{text}");
        }
        assert_eq!(dec("a.go", cases[0].0.as_bytes()), Err(SkipReason::Generated));
        // Only the first five lines count.
        let late = format!("{}// DO NOT EDIT\n", "x = 1\n".repeat(5));
        assert_eq!(generated_marker(&late), None);
        let fifth = format!("{}// DO NOT EDIT\n", "x = 1\n".repeat(4));
        assert_eq!(generated_marker(&fifth), Some("DO NOT EDIT"));
        // ...and only the first KiB.
        let far = format!("{}\n// @generated\n", "x".repeat(1100));
        assert_eq!(generated_marker(&far), None);
        // Not a char boundary at 1 KiB: no panic.
        let wide = "é".repeat(1000);
        assert_eq!(generated_marker(&wide), None);
    }

    #[test]
    fn generated_check_can_be_turned_off() {
        let keep = Limits { skip_generated: false, ..Limits::default() };
        let text = "// DO NOT EDIT\nx = 1\n";
        assert_eq!(decode(Path::new("a.py"), text.into(), &keep).unwrap(), text);
        assert!(decode(Path::new("Cargo.lock"), b"[[package]]".to_vec(), &keep).is_ok());
    }

    #[test]
    fn lock_files_are_generated() {
        for name in ["package-lock.json", "yarn.lock", "Cargo.lock", "poetry.lock", "pnpm-lock.yaml", "go.sum"] {
            assert_eq!(dec(&format!("proj/{name}"), b"{}"), Err(SkipReason::Generated), "{name}");
        }
        assert!(dec("proj/package.json", b"{}").is_ok());
        assert!(dec("proj/Cargo.toml", b"[package]").is_ok());
    }

    #[test]
    fn minified_by_name_and_shape() {
        assert_eq!(dec("dist/app.min.js", b"var a=1;"), Err(SkipReason::Minified));
        assert_eq!(dec("dist/APP.MIN.CSS", b"a{}"), Err(SkipReason::Minified));
        // One 2000-byte line: minified.
        let bundle = "a=1;".repeat(500);
        assert_eq!(dec("app.js", bundle.as_bytes()), Err(SkipReason::Minified));
        // A long line among many short ones: the average is low, so not minified.
        let mut normal = "let x = 1;\n".repeat(200);
        normal.push_str(&"y".repeat(1500));
        assert!(dec("app.js", normal.as_bytes()).is_ok());
        // Long-ish lines but none over 1000 bytes: not minified.
        let wide = format!("{}\n", "z".repeat(900)).repeat(5);
        assert!(dec("app.js", wide.as_bytes()).is_ok());
        // A real single line of 1001 bytes is reported as minified, by design.
        let one_line = "x".repeat(1001);
        assert_eq!(dec("a.py", one_line.as_bytes()), Err(SkipReason::Minified));
        // Prose is exempt.
        assert!(dec("README.md", bundle.as_bytes()).is_ok());
        // The check can be turned off.
        let keep = Limits { skip_minified: false, ..Limits::default() };
        assert!(decode(Path::new("app.min.js"), bundle.into_bytes(), &keep).is_ok());
    }

    #[test]
    fn minified_thresholds_are_exact() {
        // Longest line exactly 1000 bytes: not minified; 1001: minified.
        assert!(!looks_minified(&"a".repeat(1000)));
        assert!(looks_minified(&"a".repeat(1001)));
        // A 1001-byte line followed by k newlines is k lines of (1001 + k) / k
        // bytes on average: 334 for k = 3 (minified), 251 for k = 4 (not).
        assert!(looks_minified(&format!("{}{}", "a".repeat(1001), "\n".repeat(3))));
        assert!(!looks_minified(&format!("{}{}", "a".repeat(1001), "\n".repeat(4))));
    }

    #[test]
    fn adversarial_bytes_never_panic() {
        let mut rng = crate::test_rng::Rng(0xDEAD_BEEF_CAFE_F00D);
        let names = ["a.py", "x.min.js", "Cargo.lock", "README.md", "", "noext"];
        let small = Limits { max_file_size: 3000, ..Limits::default() };
        // Bytes drawn from a skewed alphabet: BOMs, NULs, control bytes, broken
        // and whole UTF-8 sequences, newlines and markers.
        const PIECES: &[&[u8]] = &[
            b"\xEF\xBB\xBF",
            b"\xFF\xFE",
            b"\xFE\xFF",
            b"\0",
            b"\x01",
            b"\x1b",
            b"\n",
            b"\r\n",
            b"\xC3",
            b"\xA9",
            b"\xE2\x82",
            b"\xF0\x9F\x98\x80",
            b"\xFF",
            b"DO NOT EDIT",
            b"@generated",
            b"x",
            b"  ",
        ];
        for round in 0..3000 {
            let len = (rng.next() % 400) as usize * if round % 50 == 0 { 20 } else { 1 };
            let mut bytes = Vec::new();
            while bytes.len() < len {
                if rng.next() % 4 == 0 {
                    bytes.push(rng.next() as u8);
                } else {
                    bytes.extend_from_slice(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
                }
            }
            let name = names[round % names.len()];
            if let Err(SkipReason::TooLarge { size, limit }) = decode(Path::new(name), bytes.clone(), &small) {
                assert_eq!((size, limit), (bytes.len() as u64, 3000));
            }
            let _ = decode(Path::new(name), bytes.clone(), &Limits::default());
            let text = String::from_utf8_lossy(&bytes);
            let _ = generated_marker(&text);
            let _ = looks_minified(&text);
            let _ = crate::markdown::code_blocks(&text);
        }
    }
}
