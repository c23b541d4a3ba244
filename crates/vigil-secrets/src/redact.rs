//! Reversible redaction: secrets (and, on request, personal data) become
//! stable placeholders such as `[[SECRET_1:aws-access-key-id]]` or
//! `[[EMAIL_2]]`; the mapping restores them, even when a model quotes the
//! placeholder back without its label, with escaped brackets, or
//! URL-encoded.

use std::sync::OnceLock;

use regex::Regex;
use regex_automata::meta::Regex as PiiRegex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};
use serde::{Deserialize, Serialize};
use vigil_core::Confidence;

use crate::scan::SecretScanner;
use crate::validate::{iban, luhn};

/// What to redact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RedactOptions {
    /// Secrets found by the scanner. Default: true.
    pub secrets: bool,
    /// E-mail addresses (documentation domains such as example.com are kept).
    pub emails: bool,
    /// Telephone numbers in international or common national formats.
    pub phones: bool,
    /// Payment card numbers that pass the Luhn check and have a known
    /// issuer prefix.
    pub cards: bool,
    /// IBANs with a valid country, length and mod-97 check.
    pub ibans: bool,
    /// Secrets below this confidence are left in place. Default: low
    /// (redact everything found: a prompt is worth protecting).
    pub min_confidence: Confidence,
}

impl Default for RedactOptions {
    fn default() -> Self {
        RedactOptions {
            secrets: true,
            emails: false,
            phones: false,
            cards: false,
            ibans: false,
            min_confidence: Confidence::Low,
        }
    }
}

impl RedactOptions {
    /// Secrets only (the default).
    pub fn secrets() -> Self {
        RedactOptions::default()
    }

    /// Secrets and every kind of personal data.
    pub fn all() -> Self {
        RedactOptions { emails: true, phones: true, cards: true, ibans: true, ..RedactOptions::default() }
    }

    /// This with personal data (e-mail, phone, card, IBAN) switched on.
    pub fn with_pii(self) -> Self {
        RedactOptions { emails: true, phones: true, cards: true, ibans: true, ..self }
    }
}

/// One placeholder and what it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MappingEntry {
    /// `[[SECRET_1:aws-access-key-id]]`
    pub placeholder: String,
    /// `SECRET`, `EMAIL`, `PHONE`, `CARD` or `IBAN`.
    pub category: String,
    /// The number in the placeholder.
    pub number: u32,
    /// Detector id for secrets (`aws-access-key-id`); `email`, `phone`,
    /// `card`, `iban` for personal data.
    pub kind: String,
    /// The original text. This is the secret: keep the mapping as safe as the
    /// secret itself (Vigil writes it only when asked).
    pub original: String,
}

/// The placeholders of one conversation or document. Reusing a mapping
/// across calls keeps placeholders stable: the same secret gets the same
/// placeholder every time, and new ones get the next free number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    pub entries: Vec<MappingEntry>,
}

impl Mapping {
    pub fn new() -> Self {
        Mapping::default()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The entry for `CATEGORY_n`.
    pub fn get(&self, category: &str, number: u32) -> Option<&MappingEntry> {
        self.entries.iter().find(|e| e.number == number && e.category.eq_ignore_ascii_case(category))
    }

    /// `(placeholder, original)` pairs.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|e| (e.placeholder.as_str(), e.original.as_str()))
    }

    fn placeholder_for(&mut self, category: &'static str, kind: &str, original: &str) -> String {
        if let Some(e) = self.entries.iter().find(|e| e.original == original && e.category == category) {
            return e.placeholder.clone();
        }
        let number = self.entries.iter().filter(|e| e.category == category).map(|e| e.number).max().unwrap_or(0) + 1;
        let placeholder = if category == "SECRET" {
            format!("[[{category}_{number}:{kind}]]")
        } else {
            format!("[[{category}_{number}]]")
        };
        self.entries.push(MappingEntry {
            placeholder: placeholder.clone(),
            category: category.to_string(),
            number,
            kind: kind.to_string(),
            original: original.to_string(),
        });
        placeholder
    }
}

/// One replaced range of the original text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RedactedSpan {
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    /// Byte range of the placeholder in the redacted text.
    pub new_start: usize,
    pub new_end: usize,
    pub category: &'static str,
    pub kind: String,
    pub placeholder: String,
}

/// The result of [`SecretScanner::redact`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Redaction {
    pub text: String,
    pub mapping: Mapping,
    pub spans: Vec<RedactedSpan>,
}

struct Hit {
    start: usize,
    end: usize,
    category: &'static str,
    kind: String,
}

impl SecretScanner {
    /// Redacts `text` with a fresh mapping.
    pub fn redact(&self, text: &str, options: &RedactOptions) -> Redaction {
        let mut mapping = Mapping::new();
        let (text, spans) = self.redact_with(text, options, &mut mapping);
        Redaction { text, mapping, spans }
    }

    /// Redacts `text`, reusing and extending `mapping` (for the messages of
    /// one conversation). Returns the redacted text and what was replaced.
    pub fn redact_with(
        &self,
        text: &str,
        options: &RedactOptions,
        mapping: &mut Mapping,
    ) -> (String, Vec<RedactedSpan>) {
        let mut hits: Vec<Hit> = Vec::new();
        if options.secrets {
            for m in self.scan(text) {
                if m.confidence >= options.min_confidence {
                    hits.push(Hit { start: m.start, end: m.end, category: "SECRET", kind: m.detector_id.to_string() });
                }
            }
        }
        let mut pii: Vec<Hit> = Vec::new();
        let runs =
            if options.cards || options.ibans || options.phones { digit_runs(text.as_bytes()) } else { Vec::new() };
        if options.cards {
            find_cards(text, &runs, &mut pii);
        }
        if options.ibans {
            find_ibans(text, &runs, &mut pii);
        }
        if options.emails {
            find_emails(text, &mut pii);
        }
        if options.phones {
            find_phones(text, &runs, &mut pii);
        }
        // Secrets first, then personal data in the order above; a later hit
        // overlapping an earlier one is dropped.
        for h in pii {
            if !hits.iter().any(|k| k.start < h.end && h.start < k.end) {
                hits.push(h);
            }
        }
        hits.sort_by_key(|h| h.start);
        let mut out = String::with_capacity(text.len());
        let mut spans = Vec::with_capacity(hits.len());
        let mut last = 0;
        for h in hits {
            if h.start < last {
                continue;
            }
            out.push_str(&text[last..h.start]);
            let placeholder = mapping.placeholder_for(h.category, &h.kind, &text[h.start..h.end]);
            let new_start = out.len();
            out.push_str(&placeholder);
            spans.push(RedactedSpan {
                start: h.start,
                end: h.end,
                new_start,
                new_end: out.len(),
                category: h.category,
                kind: h.kind,
                placeholder,
            });
            last = h.end;
        }
        out.push_str(&text[last..]);
        (out, spans)
    }
}

/// Restores the originals of every placeholder in `text` that `mapping`
/// knows. Tolerates what models do to placeholders when quoting them:
/// dropped or altered labels (`[[SECRET_1]]`), single brackets, backslash-
/// escaped Markdown (`\[\[SECRET\_1\]\]`), spaces and line breaks inside,
/// other letter case, and URL encoding (`%5B%5BSECRET_1%5D%5D`).
pub fn unredact(text: &str, mapping: &Mapping) -> String {
    if mapping.is_empty() {
        return text.to_string();
    }
    static PLAIN: OnceLock<Regex> = OnceLock::new();
    static ENCODED: OnceLock<Regex> = OnceLock::new();
    let plain = PLAIN.get_or_init(|| {
        Regex::new(
            r"(?i)\\?\[\s*(?:\\?\[\s*)?(SECRET|EMAIL|PHONE|CARD|IBAN)\s*\\?_\s*(\d{1,6})(?:\s*:[\sA-Za-z0-9_\\\-]{0,80}?)?\s*\\?\](?:\s*\\?\])?",
        )
        .expect("placeholder regex")
    });
    let encoded = ENCODED.get_or_init(|| {
        Regex::new(
            r"(?i)(?:%5B){1,2}(SECRET|EMAIL|PHONE|CARD|IBAN)(?:_|%5F)(\d{1,6})(?:%3A[A-Za-z0-9_\-]{0,80})?(?:%5D){1,2}",
        )
        .expect("encoded placeholder regex")
    });
    let restore = |re: &Regex, text: &str| -> String {
        re.replace_all(text, |c: &regex::Captures| {
            let whole = c.get(0).map(|m| m.as_str()).unwrap_or("");
            let number: u32 = c[2].parse().unwrap_or(0);
            match mapping.get(&c[1], number) {
                // A single-bracket form only counts if it is balanced.
                Some(e) if balanced(whole) => e.original.clone(),
                _ => whole.to_string(),
            }
        })
        .into_owned()
    };
    let once = restore(plain, text);
    restore(encoded, &once)
}

fn balanced(s: &str) -> bool {
    let opens = s.matches('[').count() + s.matches("%5B").count() + s.matches("%5b").count();
    let closes = s.matches(']').count() + s.matches("%5D").count() + s.matches("%5d").count();
    opens == closes
}

const EMAIL_PATTERN: &str =
    r"(?i-u)\b[a-z0-9][a-z0-9._%+\-]{0,63}@(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}\b";
const PHONE_PATTERN: &str = r"(?-u)(?:^|[^\w+.\-/])((?:\+\d{1,3}[ .\-]?)?(?:\(\d{1,4}\)[ .\-]?)?\d{2,4}(?:[ .\-]\d{2,4}){1,4}|\+\d{8,15})(?:$|[^\w.\-/])";
const CARD_PATTERN: &str = r"(?-u)(?:^|[^\d\-.])(\d(?:[ \-]?\d){12,18})(?:$|[^\d\-.])";
const IBAN_PATTERN: &str = r"(?-u)\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b";

/// Compiles a personal-data pattern over bytes, as `regex::bytes` would.
fn pii_re(cell: &'static OnceLock<PiiRegex>, pattern: &str) -> &'static PiiRegex {
    cell.get_or_init(|| {
        PiiRegex::builder()
            .syntax(syntax::Config::new().utf8(false))
            .configure(PiiRegex::config().utf8_empty(false))
            .build(pattern)
            .expect("pii regex")
    })
}

/// What `find_iter` of `re` over the whole text yields (leftmost-first,
/// without overlaps), for a regex whose matches can only start at
/// `starts` (increasing) and are shorter than `reach`: an anchored search
/// at each possible start instead of a pass over every byte. Look-around at
/// the ends of each search still sees the text beside it.
fn matches_from(
    re: &PiiRegex,
    text: &[u8],
    starts: impl Iterator<Item = usize>,
    reach: usize,
    mut each: impl FnMut(&PiiRegex, &Input<'_>, regex_automata::Span),
) {
    let mut next = 0;
    for s in starts {
        if s < next {
            continue;
        }
        let input = Input::new(text).span(s..(s + reach).min(text.len())).anchored(Anchored::Yes);
        if let Some(m) = re.search(&input) {
            each(re, &input, m.span());
            next = m.end().max(s + 1);
        }
    }
}

/// Where runs of ASCII digits start: every card, phone number and IBAN has
/// one at a fixed distance from where its match starts.
fn digit_runs(text: &[u8]) -> Vec<usize> {
    let mut runs = Vec::new();
    let mut prev_digit = false;
    for (i, &b) in text.iter().enumerate() {
        let digit = b.is_ascii_digit();
        if digit && !prev_digit {
            runs.push(i);
        }
        prev_digit = digit;
    }
    runs
}

/// Matches of [`EMAIL_PATTERN`], as `find_iter` finds them. Every match has
/// exactly one `@` (no other part admits it), at most 64 bytes after its
/// start and 537 before its end; so for the first `@` at or after the
/// search position, a search from 64 bytes before it to 1,024 after finds
/// the next match if that match contains this `@`, and no match starts
/// before it otherwise.
fn email_spans(text: &[u8], mut each: impl FnMut(usize, usize)) {
    static RE: OnceLock<PiiRegex> = OnceLock::new();
    let re = pii_re(&RE, EMAIL_PATTERN);
    let mut next = 0;
    while let Some(at) = memchr::memchr(b'@', &text[next..]).map(|i| next + i) {
        let input = Input::new(text).span(next.max(at.saturating_sub(64))..(at + 1024).min(text.len()));
        match re.search(&input) {
            Some(m) if m.start() <= at => {
                each(m.start(), m.end());
                next = m.end();
            }
            _ => next = at + 1,
        }
        if next >= text.len() {
            break;
        }
    }
}

/// Group 1 of [`PHONE_PATTERN`] in each of its matches. A match starts at
/// the byte before its number (or at the text's start), and the number
/// starts with a digit, or with `+` or `(` before one: one or two bytes
/// before a run of digits. At least four digits must follow in the
/// number's characters.
fn phone_spans(text: &[u8], runs: &[usize], mut each: impl FnMut(usize, usize)) {
    static RE: OnceLock<PiiRegex> = OnceLock::new();
    let re = pii_re(&RE, PHONE_PATTERN);
    let delimiter = |b: u8| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'.' | b'-' | b'/'));
    let enough_digits = |q: usize| {
        let number = text[q..].iter().take(64).take_while(|b| b.is_ascii_digit() || b" .-()+".contains(b));
        number.filter(|b| b.is_ascii_digit()).count() >= 4
    };
    // The match start for a number starting at `q`, if one may start there.
    let start_for = |q: usize| match q {
        0 => Some(0),
        _ => (delimiter(text[q - 1]) && enough_digits(q)).then_some(q - 1),
    };
    let starts = runs.iter().flat_map(|&r| {
        let sign = (r > 0 && matches!(text[r - 1], b'+' | b'(')).then(|| start_for(r - 1)).flatten();
        [sign, start_for(r)].into_iter().flatten()
    });
    let mut caps = re.create_captures();
    matches_from(re, text, starts, 80, |re, input, m| {
        re.search_captures(&input.clone().span(m.start..m.end), &mut caps);
        if let Some(g) = caps.get_group(1) {
            each(g.start, g.end);
        }
    });
}

/// Group 1 of [`CARD_PATTERN`] in each of its matches: a match starts at the
/// byte before a run of digits (or at the text's start), and 13 digits must
/// follow with at most one space or hyphen between two. The group is the
/// match without the delimiters at its ends, which are never digits.
fn card_spans(text: &[u8], runs: &[usize], mut each: impl FnMut(usize, usize)) {
    static RE: OnceLock<PiiRegex> = OnceLock::new();
    let re = pii_re(&RE, CARD_PATTERN);
    let enough_digits = |r: usize| {
        let (mut digits, mut i) = (1, r + 1);
        while digits < 13 && i < text.len() {
            if text[i].is_ascii_digit() {
                i += 1;
            } else if matches!(text[i], b' ' | b'-') && text.get(i + 1).is_some_and(u8::is_ascii_digit) {
                i += 2;
            } else {
                break;
            }
            digits += 1;
        }
        digits >= 13
    };
    let starts = runs.iter().filter_map(|&r| match r {
        0 => enough_digits(0).then_some(0),
        _ => (!matches!(text[r - 1], b'-' | b'.') && enough_digits(r)).then_some(r - 1),
    });
    matches_from(re, text, starts, 64, |_, _, m| {
        let start = if text[m.start].is_ascii_digit() { m.start } else { m.start + 1 };
        let end = if text[m.end - 1].is_ascii_digit() { m.end } else { m.end - 1 };
        each(start, end);
    });
}

/// Matches of [`IBAN_PATTERN`]: two capital letters, then a run of digits.
fn iban_spans(text: &[u8], runs: &[usize], mut each: impl FnMut(usize, usize)) {
    static RE: OnceLock<PiiRegex> = OnceLock::new();
    let re = pii_re(&RE, IBAN_PATTERN);
    let starts = runs.iter().filter(|&&r| r >= 2 && text[r - 2..r].iter().all(u8::is_ascii_uppercase)).map(|&r| r - 2);
    matches_from(re, text, starts, 64, |_, _, m| each(m.start, m.end));
}

fn find_emails(text: &str, out: &mut Vec<Hit>) {
    const NOT_TLDS: &[&str] = &[
        "png", "jpg", "jpeg", "gif", "svg", "webp", "js", "ts", "css", "py", "rs", "go", "java", "md", "txt", "json",
        "html", "lock",
    ];
    email_spans(text.as_bytes(), |start, end| {
        let s = &text[start..end];
        let domain = s.rsplit('@').next().unwrap_or("").to_ascii_lowercase();
        let tld = domain.rsplit('.').next().unwrap_or("");
        if NOT_TLDS.contains(&tld) {
            return;
        }
        let doc = ["example.com", "example.org", "example.net"]
            .iter()
            .any(|d| domain.strip_suffix(d).is_some_and(|rest| rest.is_empty() || rest.ends_with('.')))
            || ["example", "test", "invalid", "localhost", "local"].contains(&tld);
        if !doc {
            out.push(Hit { start, end, category: "EMAIL", kind: "email".into() });
        }
    });
}

fn find_phones(text: &str, runs: &[usize], out: &mut Vec<Hit>) {
    phone_spans(text.as_bytes(), runs, |start, end| {
        let s = &text[start..end];
        let digits = s.bytes().filter(u8::is_ascii_digit).count();
        let international = s.starts_with('+');
        let has_paren = s.contains('(');
        let seps: Vec<u8> = s.bytes().filter(|c| matches!(c, b' ' | b'-' | b'.')).collect();
        if !(9..=15).contains(&digits) {
            return;
        }
        if !international && !has_paren {
            // National formats: `555-123-4567`, `020 7946 0958`; one kind of
            // separator, not dots only with four groups (IP addresses).
            if seps.is_empty() || seps.iter().any(|&x| x != seps[0]) || digits < 10 {
                return;
            }
            if seps[0] == b'.' && seps.len() >= 3 {
                return;
            }
            // Dates and times: 2024-01-15, 12:30.
            if s.len() >= 10 && s[..4].bytes().all(|c| c.is_ascii_digit()) && seps[0] == b'-' && seps.len() == 2 {
                return;
            }
        }
        if digits >= 13 && luhn(s) && s.bytes().find(u8::is_ascii_digit).is_some_and(|d| d >= b'2') {
            // Leave card-like numbers to the card detector.
            return;
        }
        out.push(Hit { start, end, category: "PHONE", kind: "phone".into() });
    });
}

fn find_cards(text: &str, runs: &[usize], out: &mut Vec<Hit>) {
    card_spans(text.as_bytes(), runs, |start, end| {
        let s = &text[start..end];
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        let seps: Vec<char> = s.chars().filter(|c| !c.is_ascii_digit()).collect();
        if seps.iter().any(|&x| x != seps[0]) {
            return;
        }
        if !luhn(&digits) || !known_issuer(&digits) || crate::allow::distinct(digits.as_bytes()) <= 1 {
            return;
        }
        out.push(Hit { start, end, category: "CARD", kind: "card".into() });
    });
}

fn known_issuer(d: &str) -> bool {
    let n = d.len();
    let p2: u32 = d[..2].parse().unwrap_or(0);
    let p3: u32 = d[..3].parse().unwrap_or(0);
    let p4: u32 = d[..4].parse().unwrap_or(0);
    let p6: u32 = d[..6].parse().unwrap_or(0);
    (d.starts_with('4') && matches!(n, 13 | 16 | 19))
        || ((51..=55).contains(&p2) || (222_100..=272_099).contains(&p6)) && n == 16
        || (p2 == 34 || p2 == 37) && n == 15
        || (p4 == 6011 || p2 == 65 || (644..=649).contains(&p3)) && (16..=19).contains(&n)
        || (3528..=3589).contains(&p4) && (16..=19).contains(&n)
        || (p2 == 36 || p2 == 38 || p2 == 39 || (300..=305).contains(&p3)) && (14..=19).contains(&n)
        || p2 == 62 && (16..=19).contains(&n)
        || (p2 == 50 || (56..=69).contains(&p2)) && (12..=19).contains(&n) && p2 != 62
}

fn find_ibans(text: &str, runs: &[usize], out: &mut Vec<Hit>) {
    iban_spans(text.as_bytes(), runs, |start, end| {
        let s = &text[start..end];
        // Try the longest prefix that validates (the regex may run into a
        // following word).
        let mut cut = s.len();
        loop {
            let cand = s[..cut].trim_end();
            if iban(cand) {
                out.push(Hit { start, end: start + cand.len(), category: "IBAN", kind: "iban".into() });
                break;
            }
            match s[..cut].trim_end().rfind(' ') {
                Some(i) if i > 4 => cut = i,
                _ => break,
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_stable_placeholders() {
        let s = SecretScanner::new();
        let text = "key AKIAZ7Q2WXRT5MBNLK4P and again AKIAZ7Q2WXRT5MBNLK4P, mail bob@corp.io";
        let r = s.redact(text, &RedactOptions::all());
        assert_eq!(r.text.matches("[[SECRET_1:aws-access-key-id]]").count(), 2, "{}", r.text);
        assert!(r.text.contains("[[EMAIL_1]]"));
        assert_eq!(unredact(&r.text, &r.mapping), text);
    }

    #[test]
    fn reformatted_placeholders_are_restored() {
        let s = SecretScanner::new();
        let r = s.redact("use AKIAZ7Q2WXRT5MBNLK4P", &RedactOptions::default());
        for quoted in [
            "[[SECRET_1]]",
            "\\[\\[SECRET\\_1\\]\\]",
            "[[ secret_1 : aws access key ]]",
            "[SECRET_1]",
            "%5B%5BSECRET_1%3Aaws-access-key-id%5D%5D",
        ] {
            assert_eq!(unredact(&format!("x {quoted} y"), &r.mapping), "x AKIAZ7Q2WXRT5MBNLK4P y", "{quoted}");
        }
        assert_eq!(unredact("[[SECRET_2]]", &r.mapping), "[[SECRET_2]]");
    }

    #[test]
    fn pii() {
        let runs = |t: &str| digit_runs(t.as_bytes());
        let mut hits = Vec::new();
        let text = "card 4539 1488 0343 6467 ok, not 4539 1488 0343 6468";
        find_cards(text, &runs(text), &mut hits);
        assert_eq!(hits.len(), 1);
        let mut hits = Vec::new();
        let text = "pay to GB82 WEST 1234 5698 7654 32 today";
        find_ibans(text, &runs(text), &mut hits);
        assert_eq!(hits.len(), 1);
        let mut hits = Vec::new();
        let text = "call +44 20 7946 0958 or 555-123-4567, not 192.168.100.200 or 2024-01-15";
        find_phones(text, &runs(text), &mut hits);
        assert_eq!(hits.len(), 2);
        let mut hits = Vec::new();
        find_emails("me@corp.io, icon@2x.png, dev@example.com", &mut hits);
        assert_eq!(hits.len(), 1);
    }

    /// Group 1 (or the whole match) of every match of `pattern` over the
    /// whole text, by the `regex` crate: what the anchored searches replay.
    fn by_full_pass(pattern: &str, text: &str) -> Vec<(usize, usize)> {
        let re = regex::bytes::Regex::new(pattern).expect("pattern");
        re.captures_iter(text.as_bytes()).filter_map(|c| c.get(1).or(c.get(0))).map(|m| (m.start(), m.end())).collect()
    }

    fn collect(find: impl FnOnce(&mut dyn FnMut(usize, usize))) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        find(&mut |s, e| out.push((s, e)));
        out
    }

    /// Text where personal-data shapes, near-misses and their delimiters are
    /// frequent: digits, separators, brackets, signs, `@`, letters.
    fn generated_text(seed: u64, len: usize) -> String {
        let pieces: &[&str] = &[
            "0", "1", "4", "5", "7", "9", "12", "4539", "555", "2024", " ", " ", "-", ".", "(", ")", "+", "/", "_",
            "@", "a", "Z", "GB", "DE", "x.io", "corp", "\n", ":", ",", "\u{e9}",
        ];
        let mut state = seed | 1;
        let mut text = String::new();
        while text.len() < len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        text
    }

    #[test]
    fn anchored_searches_find_what_a_full_pass_finds() {
        let mut samples: Vec<String> = (1..40u64).map(|seed| generated_text(seed * 7919, 3000)).collect();
        samples.extend(
            [
                "+44 20 7946 0958 (020) 7946 0958 ((020) 7946 0958) +1-555-123-4567 +442079460958",
                "4539 1488 0343 6467 4539-1488-0343-6467 -4539148803436467 .4539148803436467 x4539148803436467",
                "4539148803436467",
                "GB82 WEST 1234 5698 7654 32 GB82WEST12345698765432 xGB82 WEST 1234 5698",
                "a@b.co me@corp.io x@@y.io @corp.io me@ first.last+tag@sub.corp-mail.example.io",
                "555-123-4567 555-123-4567 555-123-4567",
            ]
            .map(String::from),
        );
        for text in &samples {
            let b = text.as_bytes();
            let runs = digit_runs(b);
            assert_eq!(collect(|f| email_spans(b, f)), by_full_pass(EMAIL_PATTERN, text), "emails in {text:?}");
            assert_eq!(collect(|f| phone_spans(b, &runs, f)), by_full_pass(PHONE_PATTERN, text), "phones in {text:?}");
            assert_eq!(collect(|f| card_spans(b, &runs, f)), by_full_pass(CARD_PATTERN, text), "cards in {text:?}");
            assert_eq!(collect(|f| iban_spans(b, &runs, f)), by_full_pass(IBAN_PATTERN, text), "IBANs in {text:?}");
        }
    }
}
