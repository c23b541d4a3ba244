//! What is let through: placeholders, documented example keys, test values,
//! and (for the generic detector) values that are references, not literals.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

fn automaton(cell: &'static OnceLock<AhoCorasick>, words: &[&[&str]]) -> &'static AhoCorasick {
    cell.get_or_init(|| {
        let all: Vec<&str> = words.iter().flat_map(|w| w.iter().copied()).collect();
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(all)
            .expect("word list automaton")
    })
}

/// Shannon entropy of `s` in bits per byte.
pub fn entropy(s: &str) -> f32 {
    let b = s.as_bytes();
    if b.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &c in b {
        counts[c as usize] += 1;
    }
    let n = b.len() as f32;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f32 / n;
            -p * p.log2()
        })
        .sum()
}

/// Keys and values published in providers' documentation as examples. They
/// appear in tutorials, tests and answers and are never live.
pub const DOCUMENTED_EXAMPLES: &[&str] = &[
    // AWS documentation.
    "AKIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "AKIAI44QH8DHBEXAMPLE",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    "ASIAIOSFODNN7EXAMPLE",
    // Azure Storage emulator (Azurite) well-known account key.
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    // Stripe API reference sample keys.
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    "sk_test_26PHem9AhJZvU623DfE1x4sd",
    "rk_test_26PHem9AhJZvU623DfE1x4sd",
    // Slack API documentation.
    "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",
    "xoxp-23984754863-2348975623103-9876543210-6d4a7bf1a2ef05ef",
    // GitHub documentation sample tokens.
    "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    "gho_16C7e42F292c6912E7710c838347Ae178B4a",
    // jwt.io's default token (its signature part identifies it).
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    // Mailchimp and Twilio documentation.
    "d2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7-us6",
];

/// Words that mark a provider token as a stand-in. Long enough that random
/// token characters essentially never spell them.
const TOKEN_PLACEHOLDER_WORDS: &[&str] = &[
    "example",
    "placeholder",
    "changeme",
    "change_me",
    "redacted",
    "dummy",
    "sample",
    "insert",
    "replace",
    "yourkey",
    "your_",
    "your-",
    "yourtoken",
    "yourapi",
    "yoursecret",
    "fakekey",
    "faketoken",
    "notreal",
    "not_real",
    "xxxx",
    "****",
    "....",
    "<",
    ">",
    "${",
    "{{",
    "}}",
    "%(",
    "$(",
    "#{",
    "lorem",
];

/// Words that mark a generic value (password, secret, token) as a stand-in,
/// a test value or prose. Short words only count at the value's edges.
const GENERIC_PLACEHOLDER_WORDS: &[&str] = &[
    "example",
    "sample",
    "dummy",
    "fake",
    "placeholder",
    "changeme",
    "change",
    "replace",
    "insert",
    "enter",
    "secret",
    "password",
    "passwd",
    "passphrase",
    "token",
    "redacted",
    "default",
    "lorem",
    "ipsum",
    "qwerty",
    "letmein",
    "hunter",
    "xxx",
    "***",
    "...",
    "todo",
    "fixme",
    "mock",
    "stub",
    "invalid",
    "wrong",
    "incorrect",
    "testing",
    "tester",
    "notreal",
    "apikey",
    "api_key",
    "api-key",
    "private",
    "undefined",
    "null",
    "your",
    "here",
    "value",
    "string",
    "admin",
    "guest",
    "demo",
    "user",
    "username",
    "pass",
    "mysecret",
    "foobar",
    "world",
    "somekey",
    "somepass",
    "something",
    "credentials",
    "bearer",
    "<",
    ">",
    "${",
    "{{",
    "}}",
    "%(",
    "$(",
    "#{",
    "%s",
    "%d",
    "{0}",
    "{}",
    "[[",
];

/// "Secret" and "password" in other languages: illustrations in docs.
const FOREIGN_WORDS: &[&str] =
    &["geheim", "parole", "passwort", "contrase", "senha", "motdepasse", "wachtwoord", "salasana", "haslo", "sekret"];

const GENERIC_EDGE_WORDS: &[&str] = &["test", "foo", "bar", "baz", "qux", "abc", "xyz", "asdf", "1234", "pwd", "key"];

/// True if the random part of a provider token (its literal prefix removed)
/// is a stand-in: a placeholder word, long runs, keyboard or alphabet
/// sequences, or too few distinct characters.
pub fn is_placeholder_token(random: &str) -> bool {
    if random.is_empty() {
        return true;
    }
    static WORDS: OnceLock<AhoCorasick> = OnceLock::new();
    if automaton(&WORDS, &[TOKEN_PLACEHOLDER_WORDS]).is_match(random) {
        return true;
    }
    if random.contains("EXAMPLE") {
        return true;
    }
    let b = random.as_bytes();
    if longest_run(b) >= 6 || longest_sequence(b) >= 6 {
        return true;
    }
    distinct(b) <= 3 && b.len() >= 8
}

/// True if `value` (a generic password, secret or token) is a stand-in, a
/// test value, or not a literal at all.
pub fn is_placeholder_generic(value: &str) -> bool {
    if is_placeholder_token(value) {
        return true;
    }
    static WORDS: OnceLock<AhoCorasick> = OnceLock::new();
    if automaton(&WORDS, &[GENERIC_PLACEHOLDER_WORDS, FOREIGN_WORDS]).is_match(value) {
        return true;
    }
    let lower = value.to_ascii_lowercase();
    if GENERIC_EDGE_WORDS.iter().any(|w| edge_word(&lower, w)) {
        return true;
    }
    let b = value.as_bytes();
    longest_run(b) >= 4 || longest_sequence(b) >= 4
}

/// Passwords in URLs and connection strings: stand-ins, the user name
/// repeated, or a well-known default.
pub fn is_placeholder_password(pass: &str, user: &str) -> bool {
    const DEFAULTS: &[&str] = &[
        "pass",
        "password",
        "passwd",
        "pwd",
        "secret",
        "root",
        "admin",
        "guest",
        "test",
        "user",
        "postgres",
        "mysql",
        "redis",
        "rabbitmq",
        "mongo",
        "mongodb",
        "changeme",
        "example",
        "foo",
        "bar",
        "baz",
        "qux",
        "1234",
        "12345",
        "123456",
        "password1",
        "letmein",
        "none",
        "null",
        "default",
        "anonymous",
        "pw",
        "pass1",
        "demo",
        "sample",
        "xxx",
        "p@ssw0rd",
        "p4ssw0rd",
        "passw0rd",
        "s3cret",
        "s3cr3t",
        "token",
    ];
    let lower = pass.to_ascii_lowercase();
    if pass.is_empty() || lower == user.to_ascii_lowercase() || DEFAULTS.contains(&lower.as_str()) {
        return true;
    }
    if ["your", "pass", "secret", "example", "changeme", "placeholder", "dummy", "redacted"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return true;
    }
    if is_reference(pass) {
        return true;
    }
    let b = pass.as_bytes();
    if b.iter().all(|&c| c == b'*' || c == b'x' || c == b'X' || c == b'.' || c == b'#') {
        return true;
    }
    // A short lower-case word (`thing`, `hello`) is an illustration.
    if b.len() < 10 && b.iter().all(u8::is_ascii_lowercase) {
        return true;
    }
    if FOREIGN_WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    longest_run(b) >= 5
}

/// Template, shell, or language references to a value kept elsewhere.
pub fn is_reference(value: &str) -> bool {
    let v = value.trim();
    const MARKERS: &[&str] = &[
        "${",
        "$(",
        "{{",
        "}}",
        "%(",
        "#{",
        "<%",
        "%>",
        "<",
        ">",
        "[",
        "]",
        "process.env",
        "os.environ",
        "os.getenv",
        "getenv(",
        "System.getenv",
        "ENV[",
        "ENV.fetch",
        "env(",
        "env.",
        "secrets.",
        "vars.",
        "config.",
        "settings.",
        "Config.",
        "Settings.",
        "$ENV",
        "%env",
        "{env",
        "!Ref",
        "!Sub",
        "!vault",
        "ssm:",
        "vault:",
        "secretsmanager:",
        "arn:aws",
        "keyvault",
        "@Value",
        "%s",
        "%d",
        "{0}",
        "{}",
        "$$",
    ];
    static AUTOMATON: OnceLock<AhoCorasick> = OnceLock::new();
    let markers = AUTOMATON.get_or_init(|| AhoCorasick::new(MARKERS).expect("reference markers automaton"));
    if markers.is_match(v) {
        return true;
    }
    let b = v.as_bytes();
    // `$VAR`, `%VAR%`, `@var`, `:symbol`
    matches!(b.first(), Some(b'$') | Some(b'@')) || (b.len() > 2 && b[0] == b'%' && b[b.len() - 1] == b'%')
}

/// A documented example key, or a value containing one.
pub fn is_documented_example(secret: &str) -> bool {
    static EXAMPLES: OnceLock<AhoCorasick> = OnceLock::new();
    EXAMPLES.get_or_init(|| AhoCorasick::new(DOCUMENTED_EXAMPLES).expect("examples automaton")).is_match(secret)
}

fn edge_word(lower: &str, w: &str) -> bool {
    lower.starts_with(w) || lower.ends_with(w) || {
        // bounded by non-letters on both sides
        let b = lower.as_bytes();
        let mut from = 0;
        let mut found = false;
        while let Some(i) = lower[from..].find(w) {
            let s = from + i;
            let e = s + w.len();
            let before = s == 0 || !b[s - 1].is_ascii_alphabetic();
            let after = e == b.len() || !b[e].is_ascii_alphabetic();
            if before && after && w.bytes().all(|c| c.is_ascii_alphabetic()) {
                found = true;
                break;
            }
            from = s + 1;
        }
        found
    }
}

/// The longest run of one repeated byte.
pub(crate) fn longest_run(b: &[u8]) -> usize {
    let mut best = 0;
    let mut run = 0;
    let mut prev = None;
    for &c in b {
        if Some(c) == prev {
            run += 1;
        } else {
            run = 1;
            prev = Some(c);
        }
        best = best.max(run);
    }
    best
}

/// The longest run of consecutive alphanumerics going up or down by one
/// (`abcdef`, `123456`, `987654`), or along a keyboard row.
pub(crate) fn longest_sequence(b: &[u8]) -> usize {
    let mut best = 1.min(b.len());
    for dir in [1i16, -1] {
        let mut run = 1;
        for w in b.windows(2) {
            if w[0].is_ascii_alphanumeric()
                && w[1].is_ascii_alphanumeric()
                && (w[1].to_ascii_lowercase() as i16 - w[0].to_ascii_lowercase() as i16) == dir
            {
                run += 1;
                best = best.max(run);
            } else {
                run = 1;
            }
        }
    }
    // Keyboard rows: the longest run of letters that follow each other on
    // one row (`qwerty`, `asdfg`).
    let mut run = 1;
    for w in b.windows(2) {
        if next_on_row(w[0], w[1]) {
            run += 1;
            if run >= 5 {
                best = best.max(run);
            }
        } else {
            run = 1;
        }
    }
    best
}

/// Whether `y` follows `x` on a row of a QWERTY keyboard (ignoring case).
fn next_on_row(x: u8, y: u8) -> bool {
    const NEXT: [u8; 26] = {
        let rows: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
        let mut next = [0u8; 26];
        let mut r = 0;
        while r < rows.len() {
            let row = rows[r];
            let mut i = 0;
            while i + 1 < row.len() {
                next[(row[i] - b'a') as usize] = row[i + 1];
                i += 1;
            }
            r += 1;
        }
        next
    };
    let (x, y) = (x.to_ascii_lowercase(), y.to_ascii_lowercase());
    x.is_ascii_lowercase() && NEXT[(x - b'a') as usize] == y
}

pub(crate) fn distinct(b: &[u8]) -> usize {
    let mut seen = [false; 256];
    b.iter().for_each(|&c| seen[c as usize] = true);
    seen.iter().filter(|&&x| x).count()
}

/// Character classes present: lower, upper, digit, other.
pub(crate) fn classes(s: &str) -> usize {
    let b = s.as_bytes();
    [
        b.iter().any(u8::is_ascii_lowercase),
        b.iter().any(u8::is_ascii_uppercase),
        b.iter().any(u8::is_ascii_digit),
        b.iter().any(|c| !c.is_ascii_alphanumeric()),
    ]
    .iter()
    .filter(|&&x| x)
    .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders() {
        assert!(is_placeholder_token("xxxxxxxxxxxxxxxxxxxx"));
        assert!(is_placeholder_token("0123456789abcdef0123"));
        assert!(is_placeholder_token("your-api-key-goes-here"));
        assert!(is_placeholder_token("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        assert!(!is_placeholder_token("q8Zr2LmX0pV7sT4nW9bK3dF6hJ1cG5yA0eUi"));
        assert!(is_placeholder_generic("changeme"));
        assert!(is_placeholder_generic("test1234"));
        assert!(is_placeholder_generic("${DB_PASSWORD}"));
        assert!(is_placeholder_generic("<TOKEN>"));
        assert!(!is_placeholder_generic("Zq8#rL2m!xV7"));
        assert!(is_placeholder_password("postgres", "postgres"));
        assert!(is_placeholder_password("${PG_PASS}", "app"));
        assert!(!is_placeholder_password("Tr0ub4dor&3x", "app"));
    }

    #[test]
    fn entropy_is_bits_per_char() {
        assert_eq!(entropy("aaaa"), 0.0);
        assert!((entropy("abcd") - 2.0).abs() < 1e-6);
    }

    #[test]
    fn sequences() {
        assert_eq!(longest_sequence(b"xx123456yy"), 6);
        assert_eq!(longest_sequence(b"zyxwv"), 5);
        assert!(longest_sequence(b"aqwertyz") >= 6);
        assert_eq!(longest_run(b"abbbbc"), 4);
    }
}
