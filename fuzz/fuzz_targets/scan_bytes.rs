//! From arbitrary bytes to findings: the first byte picks how the rest is
//! scanned (a language, a chat answer, or by file name and content), the rest
//! goes through the same decoding gate as files and standard input, then the
//! built-in rules run on it. Any panic, hang or abort is a bug.
//!
//! ```text
//! cd fuzz && cargo +nightly fuzz run scan_bytes -- -max_total_time=300
//! ```

#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use vigil::{Language, Limits, Scanner};

static SCANNER: OnceLock<Scanner> = OnceLock::new();

/// File names for the `scan_text` mode, so language detection by extension,
/// shebang, Markdown and content are all exercised.
const NAMES: &[&str] = &[
    "snippet",
    "app.py",
    "app.js",
    "app.ts",
    "App.tsx",
    "Main.java",
    "main.c",
    "main.cpp",
    "main.go",
    "index.php",
    "Program.cs",
    "app.rb",
    "main.rs",
    "README.md",
    ".env",
    "config.yaml",
    "Dockerfile",
];

fuzz_target!(|data: &[u8]| {
    let scanner = SCANNER.get_or_init(Scanner::with_builtin_rules);
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let languages = Language::PARSED;
    let modes = languages.len() + 3;
    let mode = selector as usize % modes;
    let name = NAMES[(selector as usize / modes) % NAMES.len()];
    let path = Path::new(name);
    // The lossy path every file and standard input takes: BOMs, UTF-16,
    // invalid UTF-8. The generated/minified checks are off so that such texts
    // still reach the rules. What the gate refuses as binary is still scanned,
    // lossily decoded, as a library caller may pass any string.
    let limits = Limits { skip_generated: false, skip_minified: false, ..Limits::default() };
    let text = match vigil_input::decode(path, rest.to_vec(), &limits) {
        Ok(text) => text,
        Err(_) => String::from_utf8_lossy(rest).into_owned(),
    };
    let _ = match mode {
        m if m < languages.len() => {
            let lang = languages[m];
            let path = format!("snippet.{}", lang.extension());
            scanner.scan_code(&text, lang, Path::new(&path))
        }
        m if m == languages.len() => scanner.scan_answer(&text, Path::new("answer.md")),
        m if m == languages.len() + 1 => scanner.scan_code(&text, Language::Generic, path),
        _ => scanner.scan_text(&text, path, None),
    };
});
