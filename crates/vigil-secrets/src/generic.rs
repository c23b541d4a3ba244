//! The generic detectors: a variable, key or element named like a credential
//! and assigned a literal that looks like one. Judged by the name's last word,
//! the value's shape and its entropy, so that `password = get_password()`,
//! `token_type = "bearer"`, `max_tokens: 4096` and `password: ${DB_PASS}`
//! stay quiet.

use vigil_core::Confidence;

use crate::allow::{classes, entropy, is_documented_example, is_placeholder_generic, is_reference};

/// After a credential-like name: an assignment (`=`, `:`, `:=`, `=>`, a
/// typed declaration `: &str =`, PHP `define('NAME', `, Kubernetes
/// `name: X` / `value: v`) and a quoted or bare value; or C's
/// `#define NAME "value"`. Groups `s`, `s2`, `s3`, `s5` are quoted values,
/// `s4` a bare one.
macro_rules! generic_value {
    () => {
        concat!(
            r#"(?:(?:\\?["']\s{0,2}(?P<comma>,)|(?:\\?["'])?\]?(?:\s{1,12}value)?\s{0,3}(?::\s{0,3}&?(?:'static\s+)?[A-Za-z_][A-Za-z0-9_<>\[\],.]{0,30}\??\s{0,3}=|=|:=|:|=>|\|\|=|\?\?=))\s{0,3}"#,
            r#"(?:\\?"(?P<s>[^"\\\r\n]{4,256})\\?"|'(?P<s2>[^'\\\r\n]{4,256})'|`(?P<s3>[^`\\\r\n$]{4,256})`|(?P<s4>[^\s"'`,;\#)\]}{\[(<>|&\\]{6,256}))"#,
            r#"|[ \t]{1,4}"(?P<s5>[^"\\\r\n]{4,256})")"#
        )
    };
}

/// What follows the name in [`PASSWORD_PATTERN`] and [`SECRET_PATTERN`],
/// alone: the scanner reads a bare value's groups with it once the name is
/// known, a much smaller automaton than the whole pattern's.
pub(crate) const VALUE_PATTERN: &str = concat!("(?i)", generic_value!());

/// `password = "..."`, `db_pass: ...`, `"pwd": "..."`.
pub(crate) const PASSWORD_PATTERN: &str = concat!(
    r#"(?i)(?P<key>[a-z0-9_\-]{0,40}(?:pass(?:word|wd|phrase)?|pwd|pword)[a-z0-9_\-]{0,20})"#,
    generic_value!()
);

/// `api_key = "..."`, `SECRET_KEY: ...`, `"access_token": "..."`.
pub(crate) const SECRET_PATTERN: &str =
    concat!(r#"(?i)(?P<key>[a-z0-9_\-]{0,40}(?:secret|token|key|credentials?)[a-z0-9_\-]{0,20})"#, generic_value!());

const PASSWORD_WORDS: &[&str] = &["password", "passwd", "passphrase", "pwd", "pword", "pass"];
const SECRET_WORDS: &[&str] =
    &["secret", "token", "apikey", "credential", "credentials", "secretkey", "privatekey", "accesskey"];

/// Words that, before a final `key`, make it a credential.
const KEY_QUALIFIERS: &[&str] = &[
    "api",
    "access",
    "secret",
    "private",
    "auth",
    "signing",
    "sign",
    "encryption",
    "encrypt",
    "master",
    "client",
    "app",
    "application",
    "service",
    "account",
    "license",
    "licence",
    "webhook",
    "session",
    "jwt",
    "hmac",
    "consumer",
    "shared",
    "admin",
    "subscription",
    "deploy",
    "write",
    "root",
    "ssh",
    "aes",
    "crypto",
    "cipher",
    "security",
    "rest",
    "server",
    "live",
    "prod",
    "production",
    "stripe",
    "openai",
    "twilio",
    "sendgrid",
    "github",
    "gitlab",
    "aws",
    "gcp",
    "google",
    "azure",
    "slack",
    "anthropic",
    "mailgun",
    "firebase",
    "algolia",
    "pusher",
    "recaptcha",
    "captcha",
    "hash",
    "salt",
    "cookie",
    "csrf",
    "django",
    "flask",
    "rails",
    "laravel",
    "storage",
    "bucket",
    "s3",
    "integration",
    "bot",
    "partner",
    "merchant",
    "developer",
    "dev",
    "user",
];

/// Words that, before a final `token`, mean a non-credential token.
const NON_CREDENTIAL_TOKENS: &[&str] = &[
    "page",
    "next",
    "continuation",
    "cancellation",
    "cancel",
    "sync",
    "max",
    "min",
    "num",
    "input",
    "output",
    "eos",
    "bos",
    "pad",
    "unk",
    "sep",
    "cls",
    "mask",
    "special",
    "start",
    "end",
    "stop",
    "last",
    "first",
    "current",
    "prev",
    "previous",
    "lexer",
    "parser",
    "split",
    "test",
    "dummy",
    "fake",
    "mock",
    "sample",
    "example",
    "csrf",
    "xsrf",
    "word",
    "sentence",
    "char",
    "text",
    "string",
    "syntax",
    "type",
    "new",
    "resume",
    "paging",
    "pagination",
    "cursor",
    "prompt",
    "completion",
    "total",
    "count",
    "nonce",
    "verification",
    "invite",
    "reset",
    "unsubscribe",
    "magic",
    "request",
    "idempotency",
    "sequence",
    "delimiter",
    "separator",
    "comment",
    "line",
    "indent",
    "dedent",
    "op",
    "operator",
    "keyword",
    "literal",
    "identifier",
    "name",
    "number",
    "punct",
    "whitespace",
    "newline",
    "eof",
    "update",
    "forward",
    "backward",
    "policy",
    "change",
    "client",
    "lock",
    "lease",
    "etag",
    "state",
    "marker",
    "delta",
    "watermark",
    "batch",
    "upload",
    "download",
    "share",
    "query",
    "search",
    "scroll",
    "iterator",
    "range",
];

/// Splits `db_Password`, `dbPassword`, `DB-PASSWORD`, `api.key` into
/// lower-case words.
#[cfg(test)]
pub(crate) fn words(key: &str) -> Vec<String> {
    word_spans(key).map(|w| w.to_ascii_lowercase()).collect()
}

/// The words of a name as slices of it, in their original case: split at
/// `_`, `-`, `.`, spaces and camelCase boundaries (`APIKey` is `API`, `Key`).
/// Byte-wise, which is exact for UTF-8: a byte of a non-ASCII character is
/// never an ASCII letter or separator.
fn word_spans(key: &str) -> impl Iterator<Item = &str> {
    key.split(['_', '-', '.', ' ']).flat_map(|part| {
        let b = part.as_bytes();
        let mut start = 0;
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < b.len() {
                let boundary = i > start
                    && b[i].is_ascii_uppercase()
                    && (b[i - 1].is_ascii_lowercase()
                        || (b[i - 1].is_ascii_uppercase() && b.get(i + 1).is_some_and(u8::is_ascii_lowercase)));
                i += 1;
                if boundary {
                    let word = &part[start..i - 1];
                    start = i - 1;
                    return Some(word);
                }
            }
            if start < b.len() {
                let word = &part[start..];
                start = b.len();
                return Some(word);
            }
            None
        })
    })
}

/// The last two words of a name (the last is empty if it has none).
fn last_two_words(key: &str) -> (&str, &str) {
    word_spans(key).fold(("", ""), |(_, last), w| (last, w))
}

/// The name with its separators removed, lower-cased: the words joined.
fn squashed(s: &str) -> impl DoubleEndedIterator<Item = u8> + Clone + '_ {
    s.bytes().filter(|b| !matches!(b, b'_' | b'-' | b'.' | b' ')).map(|b| b.to_ascii_lowercase())
}

/// Whether `word` is one of `list` (lower-case), ignoring ASCII case.
fn one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// `word.to_lowercase().ends_with(suffix)` for a lower-case ASCII suffix,
/// returning what comes before it.
fn strip_suffix_ci<'w>(word: &'w str, suffix: &str) -> Option<&'w str> {
    let cut = word.len().checked_sub(suffix.len())?;
    (word.is_char_boundary(cut) && word[cut..].eq_ignore_ascii_case(suffix)).then(|| &word[..cut])
}

/// What a key names, judged by its last word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyClass {
    Password,
    Secret,
    No,
}

pub(crate) fn classify_key(key: &str) -> KeyClass {
    let (prev, last) = last_two_words(key);
    if last.is_empty() {
        return KeyClass::No;
    }
    if one_of(last, PASSWORD_WORDS) {
        if last.eq_ignore_ascii_case("pass")
            && !prev.is_empty()
            && !one_of(
                prev,
                &[
                    "db",
                    "user",
                    "admin",
                    "root",
                    "mysql",
                    "postgres",
                    "pg",
                    "smtp",
                    "mail",
                    "ftp",
                    "ldap",
                    "redis",
                    "login",
                    "sudo",
                    "database",
                    "email",
                    "proxy",
                    "basic",
                    "key",
                    "store",
                    "keystore",
                    "truststore",
                ],
            )
        {
            return KeyClass::No;
        }
        if one_of(
            prev,
            &[
                "old", "new", "confirm", "current", "repeat", "retype", "verify", "forgot", "reset", "show", "hide",
                "toggle", "min", "max", "no", "empty", "wrong", "bad", "invalid", "test", "dummy", "fake", "sample",
                "example", "default",
            ],
        ) {
            return KeyClass::No;
        }
        return KeyClass::Password;
    }
    if strip_suffix_ci(last, "password").is_some() || strip_suffix_ci(last, "passwd").is_some() {
        // `dbpassword`, `adminpassword`
        return KeyClass::Password;
    }
    if one_of(last, SECRET_WORDS) {
        if last.eq_ignore_ascii_case("token") && one_of(prev, NON_CREDENTIAL_TOKENS) {
            return KeyClass::No;
        }
        if one_of(
            prev,
            &["test", "dummy", "fake", "mock", "sample", "example", "no", "has", "is", "show", "top", "default"],
        ) {
            return KeyClass::No;
        }
        return KeyClass::Secret;
    }
    if last.eq_ignore_ascii_case("key") && one_of(prev, KEY_QUALIFIERS) {
        return KeyClass::Secret;
    }
    if ["secret", "apikey", "accesskey", "secretkey"].iter().any(|s| strip_suffix_ci(last, s).is_some()) {
        return KeyClass::Secret;
    }
    if let Some(head) = strip_suffix_ci(last, "token") {
        // `authtoken`, `accesstoken`, but not `pagetoken`, `csrftoken`.
        if !one_of(head, NON_CREDENTIAL_TOKENS) && !head.is_empty() {
            return KeyClass::Secret;
        }
    }
    KeyClass::No
}

/// Whether a name can be judged a credential's at all ([`judge`] drops every
/// value of the others): checked before a value is read.
pub(crate) fn may_name_credential(key: &str) -> bool {
    classify_key(key) != KeyClass::No
}

/// Judges a generic candidate. `quoted`: the value was a string literal
/// (not a bare config value). Returns the confidence, or `None` to drop it.
pub(crate) fn judge(key: &str, value: &str, quoted: bool) -> Option<Confidence> {
    let class = classify_key(key);
    if class == KeyClass::No {
        return None;
    }
    let v = value.trim();
    if v.len() != value.len() || v.is_empty() {
        return None;
    }
    if is_reference(v) || is_placeholder_generic(v) || is_documented_example(v) {
        return None;
    }
    if v.bytes().any(|b| b.is_ascii_whitespace() || !(0x20..0x7f).contains(&b)) {
        return None;
    }
    if looks_like_non_secret(v) {
        return None;
    }
    if illustrative_word(v) {
        return None;
    }
    // The value repeats the key (`password: password`, `apiKey: apiKey`).
    let (vw, kw) = (squashed(v), squashed(key));
    if vw.clone().eq(kw.clone()) || ends_with(kw, vw) {
        return None;
    }
    let ident = is_identifier_like(v);
    let b = v.as_bytes();
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    let upper = b.iter().filter(|c| c.is_ascii_uppercase()).count();
    let lower = b.iter().filter(|c| c.is_ascii_lowercase()).count();
    let letters = upper + lower;
    let symbols = b.len() - digits - letters;
    let h = entropy(v);
    if !quoted {
        // A bare word in code is usually a variable or a type; demand what a
        // generated credential has.
        if ident && !(digits >= 2 && upper >= 1 && lower >= 1 && h >= 3.2 || v.len() >= 20 && h >= 4.0 && digits >= 1) {
            return None;
        }
        if !quoted && v.len() < 8 {
            return None;
        }
    }
    match class {
        KeyClass::Password => {
            if v.len() < 6 || h < 2.5 || letters == 0 {
                return None;
            }
            if digits + symbols == 0 && !(v.len() >= 12 && h >= 3.3 && upper >= 2 && lower >= 2) {
                return None;
            }
            if digits == 0 && symbols == 1 && (v.ends_with('!') || v.ends_with('.') || v.ends_with('?')) {
                return None;
            }
            let strong = v.len() >= 10 && classes(v) >= 3 && h >= 3.0;
            Some(if strong { Confidence::Medium } else { Confidence::Low })
        }
        KeyClass::Secret => {
            if v.len() < 16 || h < 3.3 || is_uuid(v) {
                return None;
            }
            let hex = b.iter().all(|c| c.is_ascii_hexdigit());
            if !(hex && v.len() >= 32) && !(letters > 0 && (digits > 0 || symbols > 0)) {
                return None;
            }
            if letters > 0 && digits == 0 && !(symbols > 0 && upper > 0 && lower > 0 && h >= 4.0) {
                return None;
            }
            let strong = v.len() >= 24 && h >= 4.0;
            Some(if strong { Confidence::Medium } else { Confidence::Low })
        }
        KeyClass::No => None,
    }
}

/// Whether the bytes of `a` end with those of `b`.
fn ends_with(a: impl DoubleEndedIterator<Item = u8>, b: impl DoubleEndedIterator<Item = u8>) -> bool {
    let mut a = a.rev();
    b.rev().all(|x| a.next() == Some(x))
}

/// A UUID: in a generic setting far more often an identifier than a key
/// (provider detectors still report UUID-shaped keys next to their name).
fn is_uuid(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 36
        && b.iter()
            .enumerate()
            .all(|(i, &c)| if matches!(i, 8 | 13 | 18 | 23) { c == b'-' } else { c.is_ascii_hexdigit() })
}

/// A memorable word, possibly in leetspeak (`rapunz3l`, `s00pers3cret`,
/// `Tr0ub4dor`): documentation, not a generated credential. Leet digits are
/// read as letters, then placeholder words are looked for again; a value of
/// at most 12 characters that is then a single lower-case word is kept out.
pub(crate) fn illustrative_word(v: &str) -> bool {
    let plain: String = v
        .chars()
        .map(|c| match c {
            '0' => 'o',
            '1' | '!' => 'i',
            '3' => 'e',
            '4' | '@' => 'a',
            '5' | '$' => 's',
            '7' => 't',
            '8' => 'b',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    if [
        "secret", "password", "passwd", "pass", "admin", "letmein", "welcome", "qwerty", "monkey", "dragon", "master",
        "trustno", "changeme", "example",
    ]
    .iter()
    .any(|w| plain.contains(w))
    {
        return true;
    }
    let upper_inside = v.chars().skip(1).any(|c| c.is_ascii_uppercase());
    v.len() <= 12 && !upper_inside && plain.bytes().all(|c| c.is_ascii_lowercase())
}

fn is_identifier_like(v: &str) -> bool {
    let b = v.as_bytes();
    let first_ok = b.first().is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_' || *c == b'$');
    first_ok
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'$' || *c == b'.')
        && (b.contains(&b'.') || b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'$'))
}

/// Paths, URLs, hosts, e-mail addresses, versions, dates, numbers, hashes
/// with an algorithm prefix, MIME types, colours, regexes, format strings.
fn looks_like_non_secret(v: &str) -> bool {
    let lower = v.to_ascii_lowercase();
    let b = v.as_bytes();
    if lower.starts_with('/')
        || lower.starts_with("./")
        || lower.starts_with("../")
        || lower.starts_with("~/")
        || lower.contains("://")
    {
        return true;
    }
    if b.len() > 2 && b[1] == b':' && (b[2] == b'\\' || b[2] == b'/') {
        return true; // C:\ path
    }
    if lower.starts_with("data:")
        || lower.starts_with("sha1-")
        || lower.starts_with("sha256-")
        || lower.starts_with("sha384-")
        || lower.starts_with("sha512-")
        || lower.starts_with("sha256:")
        || lower.starts_with("md5:")
    {
        return true;
    }
    if lower.starts_with("arn:") || lower.starts_with("projects/") || lower.starts_with("urn:") {
        return true;
    }
    if b.iter().all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'-' | b':' | b'/' | b'+' | b'_' | b',')) {
        return true; // numbers, versions, dates, times
    }
    if b[0] == b'#' && b.len() <= 9 && b[1..].iter().all(u8::is_ascii_hexdigit) {
        return true; // colour
    }
    if v.contains('@')
        && v.contains('.')
        && v.find('@').is_some_and(|i| i > 0 && v[i..].contains('.'))
        && !v.contains(':')
    {
        let domain = &v[v.find('@').unwrap_or(0) + 1..];
        if domain.split('.').all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')) {
            return true; // e-mail address
        }
    }
    // host names and file names: dotted lowercase words ending in a TLD or extension
    if let Some(dot) = v.rfind('.') {
        let ext = &lower[dot + 1..];
        const EXTS: &[&str] = &[
            "com",
            "org",
            "net",
            "io",
            "dev",
            "app",
            "local",
            "internal",
            "json",
            "yaml",
            "yml",
            "toml",
            "txt",
            "pem",
            "key",
            "crt",
            "cer",
            "p12",
            "pfx",
            "jks",
            "env",
            "ini",
            "cfg",
            "conf",
            "xml",
            "html",
            "js",
            "ts",
            "py",
            "rb",
            "go",
            "java",
            "php",
            "sh",
            "png",
            "jpg",
            "gif",
            "svg",
            "db",
            "sqlite",
            "log",
            "gpg",
            "asc",
            "pub",
            "der",
            "csv",
            "md",
            "zip",
            "gz",
            "tar",
            "keystore",
            "properties",
            "secret",
            "token",
            "pwd",
        ];
        if EXTS.contains(&ext)
            && lower[..dot].bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_' | b'/'))
        {
            return true;
        }
    }
    // MIME types and regexes
    if lower.starts_with("application/") || lower.starts_with("text/") || lower.starts_with("image/") {
        return true;
    }
    if v.starts_with('^')
        || v.ends_with('$')
        || v.contains("\\d")
        || v.contains("\\w")
        || v.contains("[a-z")
        || v.contains("(?")
    {
        return true;
    }
    // Dotted identifier paths: `self.settings.token`, `req.body.password`.
    if v.contains('.')
        && v.split('.').all(|p| {
            !p.is_empty()
                && p.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'$')
                && !p.as_bytes()[0].is_ascii_digit()
        })
    {
        return true;
    }
    // Words joined by `-` or `_` (`my-app-name`, `auth_header_name`,
    // `PKCS7_RECIP_INFO`).
    let parts: Vec<&str> = v.split(['-', '_']).collect();
    if parts.len() >= 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && p.bytes().any(|c| c.is_ascii_uppercase())
        })
    {
        return true;
    }
    if parts.len() >= 2 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_lowercase())) {
        return true;
    }
    if parts.len() >= 2 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_uppercase())) {
        return true;
    }
    false
}

/// Last words of a setting name that hold identifiers, locations or
/// settings rather than secrets: `HEROKU_APP_ID`, `GITHUB_SHA`,
/// `DATADOG_SITE`, `SENTRY_DSN`.
const NON_SECRET_LAST_WORDS: &[&str] = &[
    "id",
    "ids",
    "name",
    "names",
    "url",
    "uri",
    "urls",
    "host",
    "hostname",
    "region",
    "zone",
    "domain",
    "site",
    "endpoint",
    "user",
    "username",
    "login",
    "email",
    "org",
    "organization",
    "project",
    "workspace",
    "team",
    "tenant",
    "version",
    "type",
    "path",
    "file",
    "dir",
    "env",
    "environment",
    "mode",
    "level",
    "timeout",
    "port",
    "enabled",
    "enable",
    "disabled",
    "count",
    "size",
    "len",
    "length",
    "sha",
    "commit",
    "hash",
    "digest",
    "checksum",
    "ref",
    "branch",
    "tag",
    "repo",
    "repository",
    "owner",
    "number",
    "num",
    "index",
    "location",
    "dsn",
    "public",
    "pub",
    "publishable",
    "sid",
    "format",
    "template",
    "prefix",
    "header",
    "label",
    "title",
    "description",
    "color",
    "icon",
    "image",
    "channel",
    "model",
    "lang",
    "locale",
    "date",
    "time",
    "ttl",
    "expiry",
    "expires",
    "limit",
];

/// Whether a provider setting's name says it holds something other than a
/// secret (see [`NON_SECRET_LAST_WORDS`]).
pub(crate) fn names_non_secret(key: &str) -> bool {
    one_of(last_two_words(key).1, NON_SECRET_LAST_WORDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_words() {
        assert_eq!(words("dbPassword"), vec!["db", "password"]);
        assert_eq!(words("AWS_SECRET_ACCESS_KEY"), vec!["aws", "secret", "access", "key"]);
        assert_eq!(words("APIKey"), vec!["api", "key"]);
        assert_eq!(classify_key("DB_PASSWORD"), KeyClass::Password);
        assert_eq!(classify_key("apiKey"), KeyClass::Secret);
        assert_eq!(classify_key("SECRET_KEY"), KeyClass::Secret);
        assert_eq!(classify_key("max_tokens"), KeyClass::No);
        assert_eq!(classify_key("next_page_token"), KeyClass::No);
        assert_eq!(classify_key("password_hash"), KeyClass::No);
        assert_eq!(classify_key("cache_key"), KeyClass::No);
        assert_eq!(classify_key("bypass"), KeyClass::No);
        assert_eq!(classify_key("compass"), KeyClass::No);
    }

    #[test]
    fn values() {
        assert!(judge("password", "Xk9#mP2qLw", true).is_some());
        assert!(judge("password", "hunter22", true).is_none()); // contains "hunter"
        assert!(judge("password", "changeme", true).is_none());
        assert!(judge("password", "Password", true).is_none());
        assert!(judge("password", "${DB_PASSWORD}", true).is_none());
        assert!(judge("api_key", "3f9a8c7b6d5e4f30a1b2c3d4e5f60718", true).is_some());
        assert!(judge("api_key", "user-settings-key", true).is_none());
        assert!(judge("token", "request.headers.authorization", false).is_none());
        assert!(judge("secret", "someVariable123", false).is_none());
        assert!(judge("token_type", "bearer", true).is_none());
        assert!(judge("password", "/etc/secrets/db.txt", true).is_none());
    }
}
