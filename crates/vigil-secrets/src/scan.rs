//! The engine: one pass of the keyword index finds keyword occurrences; each
//! detector's regex then runs only in windows around its keywords (with
//! look-around still seeing the bytes beside the window); candidates pass the
//! allowlists, entropy floors and validators; overlaps keep the most specific.

use std::sync::OnceLock;

use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};
use serde::{Deserialize, Serialize};
use vigil_core::{Confidence, Severity};

use crate::allow::{entropy, is_documented_example, is_placeholder_password, is_placeholder_token};
use crate::detector::{Detector, Family, Kind};
use crate::detectors::DETECTORS;
use crate::keywords::KeywordIndex;
use crate::mask::mask_with_prefix;
use crate::verify::Verification;

/// Which detectors run and what is reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScanConfig {
    /// Findings below this confidence are dropped. Default: low (all).
    pub min_confidence: Confidence,
    /// Run the generic keyword-and-entropy detectors. Default: true.
    pub generic: bool,
    /// Detector ids (`aws-access-key-id`) or family names (`generic`,
    /// `connection-string`) to switch off.
    pub disabled: Vec<String>,
    /// Honour `pragma: allowlist secret` (detect-secrets) and
    /// `gitleaks:allow` on the line of a secret. Default: true.
    pub honour_pragmas: bool,
}

impl Default for ScanConfig {
    fn default() -> Self {
        ScanConfig { min_confidence: Confidence::Low, generic: true, disabled: Vec::new(), honour_pragmas: true }
    }
}

/// A secret found in a text. It holds no copy of the secret: the secret is
/// `&text[start..end]` ([`SecretMatch::secret`]), and only `masked` is meant
/// for display, logs and reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SecretMatch {
    pub detector_id: &'static str,
    pub family: Family,
    /// Human name of the secret type: "AWS access key ID".
    pub name: &'static str,
    /// Byte range of the secret in the scanned text.
    pub start: usize,
    pub end: usize,
    pub severity: Severity,
    pub confidence: Confidence,
    /// Masked preview (`AKIA************MPLE`).
    pub masked: String,
    /// Result of provider verification; `Unverified` unless a
    /// [`crate::Verifier`] ran.
    pub verification: Verification,
    /// Bytes at the start of the secret that are a literal format prefix
    /// (`ghp_`), not secret; outputs may show them.
    pub known_prefix: usize,
}

impl SecretMatch {
    /// The secret itself, from the text that was scanned.
    pub fn secret<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The detector that found it.
    pub fn detector(&self) -> &'static Detector {
        crate::detector(self.detector_id).expect("a match names a built-in detector")
    }

    /// `secrets.<detector-id>`.
    pub fn rule_id(&self) -> String {
        format!("secrets.{}", self.detector_id)
    }
}

struct Compiled {
    re: Regex,
    /// Fast path for `\b(?P<s>TOKEN)` + tail patterns: compiled without
    /// groups (no capture extraction); the secret is the whole match and
    /// the byte after it must not be in this set.
    not_after: Option<Box<[bool; 256]>>,
    /// The generic assignment patterns: parsed by hand after a group-free
    /// search (see [`parse_assignment`]); a bare value's groups are read with
    /// this pattern of the value alone.
    assignment: Option<Box<CompiledValue>>,
    /// The longest possible match in bytes, if bounded.
    max_len: Option<usize>,
    /// Capture indices of `s`, `s2`, `s3`, `s4` (the secret alternatives).
    secret_groups: Vec<usize>,
    key_group: Option<usize>,
    comma_group: Option<usize>,
}

/// [`crate::generic::VALUE_PATTERN`], compiled.
struct CompiledValue {
    re: Regex,
    secret_groups: Vec<usize>,
    comma_group: Option<usize>,
}

/// Finds secrets in text. Build once ([`SecretScanner::new`] or the shared
/// [`SecretScanner::global`]) and share across threads: it is `Send + Sync`,
/// and detector regexes are compiled on first use.
pub struct SecretScanner {
    detectors: Vec<&'static Detector>,
    compiled: Vec<OnceLock<Option<Compiled>>>,
    keywords: KeywordIndex,
    /// Keyword id → indices into `detectors`.
    keyword_detectors: Vec<Vec<u16>>,
    /// Detectors without keywords: their regex runs over the whole text.
    global: Vec<u16>,
    config: ScanConfig,
}

impl std::fmt::Debug for SecretScanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretScanner").field("detectors", &self.detectors.len()).field("config", &self.config).finish()
    }
}

impl Default for SecretScanner {
    fn default() -> Self {
        SecretScanner::new()
    }
}

/// Where a search matched: the whole match, the secret (if a secret group
/// took part and the tail check passed), which alternative, the name.
struct Located {
    whole: regex_automata::Span,
    secret: Option<regex_automata::Span>,
    alt: usize,
    key: Option<regex_automata::Span>,
    comma: bool,
}

/// The start of the identifier (`[A-Za-z0-9_-]`) that contains the byte at
/// `at`, looking back at most `max` bytes.
fn identifier_start(bytes: &[u8], at: usize, max: usize) -> usize {
    let floor = at.saturating_sub(max);
    let mut i = at;
    while i > floor && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b'-') {
        i -= 1;
    }
    i
}

/// Reads the name and quoted value of a generic assignment match (see
/// `generic::PASSWORD_PATTERN`) without capture groups: the name is the
/// identifier the match starts with, the value the quoted string it ends
/// with. `alt` follows the pattern's groups: 0 quoted, 4 `#define`. Bare
/// values return `None` (the caller extracts them with captures).
fn parse_assignment(bytes: &[u8], whole: regex_automata::Span) -> Option<Located> {
    let m = &bytes[whole.start..whole.end];
    let key_len = m.iter().take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-').count();
    let last = *m.last()?;
    if !matches!(last, b'"' | b'\'' | b'`') || m.len() <= key_len + 1 {
        return None;
    }
    let mut ve = m.len() - 1;
    if last == b'"' && ve > 0 && m[ve - 1] == b'\\' {
        ve -= 1;
    }
    let open = m[..ve].iter().rposition(|&b| b == last)?;
    if open < key_len {
        return None;
    }
    let vs = open + 1;
    let between = &m[key_len..vs];
    let comma = between.contains(&b',') && !between.iter().any(|&b| b == b'=' || b == b':');
    let define = between.iter().all(|&b| b == b' ' || b == b'\t' || b == b'"');
    Some(Located {
        whole,
        secret: (vs < ve).then_some(regex_automata::Span { start: whole.start + vs, end: whole.start + ve }),
        alt: if define { 4 } else { 0 },
        key: Some(regex_automata::Span { start: whole.start, end: whole.start + key_len }),
        comma,
    })
}

/// A bare value of a generic assignment match (`api_key = v4lue`): the name
/// is the identifier the match starts with, since nothing that may follow a
/// name starts with a name character; the value's groups come from the value
/// pattern run anchored after it, which parses the rest exactly as the whole
/// pattern does. In an anchored search, a name that cannot be a credential's
/// ends the work before any group is read: every value it has is dropped.
fn locate_bare_value(value: &CompiledValue, input: &Input<'_>, whole: regex_automata::Span) -> Option<Located> {
    let bytes = input.haystack();
    let key_len = bytes[whole.start..whole.end]
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        .count();
    let key = regex_automata::Span { start: whole.start, end: whole.start + key_len };
    let name = std::str::from_utf8(&bytes[key.start..key.end]).unwrap_or("");
    if input.get_anchored().is_anchored() && !crate::generic::may_name_credential(name) {
        return Some(Located { whole, secret: None, alt: 0, key: Some(key), comma: false });
    }
    let mut caps = value.re.create_captures();
    value.re.search_captures(&input.clone().span(key.end..input.end()).anchored(Anchored::Yes), &mut caps);
    let (alt, secret) = value.secret_groups.iter().enumerate().find_map(|(k, &g)| caps.get_group(g).map(|s| (k, s)))?;
    Some(Located {
        whole,
        secret: Some(secret),
        alt,
        key: Some(key),
        comma: value.comma_group.is_some_and(|g| caps.get_group(g).is_some()),
    })
}

/// A window of the text where one detector's regex runs.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Window {
    detector: u16,
    start: usize,
    end: usize,
    /// The match must start at `start` (the keyword).
    anchored: bool,
}

/// `windows` in order of detector, then of start (a stable counting sort by
/// detector: keyword occurrences come in order of position, so each
/// detector's windows mostly already are in order of start). Windows of
/// one detector with the same start merge whatever their order.
fn group_by_detector(windows: Vec<Window>, detectors: usize) -> Vec<Window> {
    let mut starts = vec![0usize; detectors + 1];
    for w in &windows {
        starts[w.detector as usize + 1] += 1;
    }
    for d in 0..detectors {
        starts[d + 1] += starts[d];
    }
    let mut next = starts.clone();
    let mut grouped = vec![Window { detector: 0, start: 0, end: 0, anchored: false }; windows.len()];
    for w in windows {
        let slot = &mut next[w.detector as usize];
        grouped[*slot] = w;
        *slot += 1;
    }
    for d in 0..detectors {
        let group = &mut grouped[starts[d]..starts[d + 1]];
        if !group.is_sorted_by_key(|w| w.start) {
            group.sort_unstable();
        }
    }
    grouped
}

/// Past this many keyword occurrences, a detector searches the whole text
/// instead of windows.
const MAX_WINDOWS: usize = 512;

impl SecretScanner {
    /// All built-in detectors, default configuration.
    pub fn new() -> Self {
        SecretScanner::with_config(ScanConfig::default())
    }

    /// A scanner shared by the whole process (default configuration).
    pub fn global() -> &'static SecretScanner {
        static GLOBAL: OnceLock<SecretScanner> = OnceLock::new();
        GLOBAL.get_or_init(SecretScanner::new)
    }

    pub fn with_config(config: ScanConfig) -> Self {
        let detectors: Vec<&'static Detector> = DETECTORS
            .iter()
            .filter(|d| config.generic || d.family != Family::Generic)
            .filter(|d| !config.disabled.iter().any(|x| x == d.id || x == d.family.as_str()))
            .collect();
        let mut keywords: Vec<Vec<u8>> = Vec::new();
        let mut keyword_detectors: Vec<Vec<u16>> = Vec::new();
        let mut global = Vec::new();
        for (i, d) in detectors.iter().enumerate() {
            if d.keywords.is_empty() {
                global.push(i as u16);
                continue;
            }
            for kw in d.keywords.iter().flat_map(|k| separator_variants(&k.to_ascii_lowercase())) {
                let kw = kw.into_bytes();
                match keywords.iter().position(|k| *k == kw) {
                    Some(p) => {
                        if !keyword_detectors[p].contains(&(i as u16)) {
                            keyword_detectors[p].push(i as u16)
                        }
                    }
                    None => {
                        keywords.push(kw);
                        keyword_detectors.push(vec![i as u16]);
                    }
                }
            }
        }
        let keywords = KeywordIndex::new(keywords);
        let compiled = detectors.iter().map(|_| OnceLock::new()).collect();
        SecretScanner { detectors, compiled, keywords, keyword_detectors, global, config }
    }

    pub fn config(&self) -> &ScanConfig {
        &self.config
    }

    /// The detectors this scanner runs.
    pub fn detectors(&self) -> impl Iterator<Item = &'static Detector> + '_ {
        self.detectors.iter().copied()
    }

    /// Compiles every detector's regex now (they are otherwise compiled on
    /// first use). Returns the ids of detectors whose pattern failed.
    pub fn precompile(&self) -> Vec<&'static str> {
        (0..self.detectors.len()).filter(|&i| self.compiled(i).is_none()).map(|i| self.detectors[i].id).collect()
    }

    fn compiled(&self, i: usize) -> Option<&Compiled> {
        self.compiled[i].get_or_init(|| compile(self.detectors[i].pattern)).as_ref()
    }

    /// Finds the secrets in `text`, sorted by position, without overlaps.
    pub fn scan(&self, text: &str) -> Vec<SecretMatch> {
        let bytes = text.as_bytes();
        if bytes.is_empty() {
            return Vec::new();
        }
        let windows = self.windows(bytes);
        let mut found: Vec<(SecretMatch, u8)> = Vec::new();
        let mut i = 0;
        while i < windows.len() {
            let det = windows[i].detector as usize;
            let mut j = i;
            while j < windows.len() && windows[j].detector as usize == det {
                j += 1;
            }
            if let Some(c) = self.compiled(det) {
                let mut caps = c.re.create_captures();
                let mut covered = 0;
                for w in &windows[i..j] {
                    if w.anchored {
                        // Keywords inside a secret already found (a second
                        // `AAAA` in a Twitter token) start nothing new.
                        if w.start < covered {
                            continue;
                        }
                        if let Some(end) = self.search_anchored(text, det, c, &mut caps, w.start, w.end, &mut found) {
                            covered = end;
                        }
                    } else {
                        self.search_window(text, det, c, &mut caps, w.start, w.end, &mut found);
                    }
                }
            }
            i = j;
        }
        resolve_overlaps(found)
    }

    /// Profiling aid: for each detector that ran on `text`, its id, the
    /// number of windows and the bytes they cover.
    #[doc(hidden)]
    pub fn window_stats(&self, text: &str) -> Vec<(&'static str, usize, usize)> {
        let mut out: Vec<(&'static str, usize, usize)> = Vec::new();
        for w in self.windows(text.as_bytes()) {
            let id = self.detectors[w.detector as usize].id;
            match out.last_mut() {
                Some(last) if last.0 == id => {
                    last.1 += 1;
                    last.2 += w.end - w.start;
                }
                _ => out.push((id, 1, w.end - w.start)),
            }
        }
        out
    }

    /// Keyword windows per detector, merged, sorted by detector then start.
    fn windows(&self, bytes: &[u8]) -> Vec<Window> {
        let len = bytes.len();
        let mut windows: Vec<Window> = Vec::new();
        self.keywords.for_each_match(bytes, |kw_start, kw_end, kw| {
            for &d in &self.keyword_detectors[kw] {
                let det = self.detectors[d as usize];
                let anchored = (det.reach_before == 0 && !det.floating) || det.anchor_identifier;
                // A match starts at most `reach_before` before the keyword
                // and is at most `max_len` long; unbounded patterns use
                // `reach_after`.
                let start = if det.anchor_identifier {
                    identifier_start(bytes, kw_start, det.reach_before as usize)
                } else {
                    kw_start.saturating_sub(det.reach_before as usize)
                };
                let end = match self.compiled(d as usize).and_then(|c| c.max_len) {
                    Some(max) if !det.floating => start + max + det.reach_before as usize,
                    _ => kw_end + det.reach_after as usize,
                };
                windows.push(Window { detector: d, start, end: end.min(len), anchored });
            }
        });
        for &d in &self.global {
            windows.push(Window { detector: d, start: 0, end: len, anchored: false });
        }
        let windows = group_by_detector(windows, self.detectors.len());
        let mut merged: Vec<Window> = Vec::with_capacity(windows.len());
        let mut count_for_detector = 0usize;
        for w in windows {
            match merged.last_mut() {
                Some(last) if last.detector == w.detector && w.anchored => {
                    if last.start == w.start {
                        last.end = last.end.max(w.end);
                    } else {
                        merged.push(w);
                    }
                }
                Some(last) if last.detector == w.detector => {
                    if w.start <= last.end {
                        last.end = last.end.max(w.end);
                        continue;
                    }
                    count_for_detector += 1;
                    if count_for_detector >= MAX_WINDOWS {
                        // Too many: search everything from here on.
                        last.end = len;
                        continue;
                    }
                    merged.push(w);
                }
                _ => {
                    count_for_detector = 1;
                    merged.push(w);
                }
            }
        }
        merged
    }

    /// Runs one search; returns the match and its parts.
    fn locate(&self, c: &Compiled, caps: &mut Captures, input: &Input<'_>) -> Option<Located> {
        let bytes = input.haystack();
        if let Some(not_after) = &c.not_after {
            let m = c.re.search(input)?;
            let ok = bytes.get(m.end()).is_none_or(|&b| !not_after[b as usize]);
            return Some(Located { whole: m.span(), secret: ok.then(|| m.span()), alt: 0, key: None, comma: false });
        }
        if let Some(value) = &c.assignment {
            let m = c.re.search(input)?;
            let whole = m.span();
            if let Some(located) = parse_assignment(bytes, whole) {
                return Some(located);
            }
            if !matches!(bytes[whole.end - 1], b'"' | b'\'' | b'`') {
                return locate_bare_value(value, input, whole);
            }
        }
        c.re.search_captures(input, caps);
        let m = caps.get_match()?;
        let found = c.secret_groups.iter().enumerate().find_map(|(k, &g)| caps.get_group(g).map(|s| (k, s)));
        let (alt, secret) = match found {
            Some((k, s)) => (k, Some(s)),
            None if c.secret_groups.is_empty() => (0, Some(m.span())),
            None => (0, None),
        };
        Some(Located {
            whole: m.span(),
            secret,
            alt,
            key: c.key_group.and_then(|g| caps.get_group(g)),
            comma: c.comma_group.is_some_and(|g| caps.get_group(g).is_some()),
        })
    }

    /// One search anchored at `start`; returns the end of an accepted match.
    #[allow(clippy::too_many_arguments)]
    fn search_anchored(
        &self,
        text: &str,
        det: usize,
        c: &Compiled,
        caps: &mut Captures,
        start: usize,
        end: usize,
        found: &mut Vec<(SecretMatch, u8)>,
    ) -> Option<usize> {
        let input = Input::new(text.as_bytes()).span(start..end).anchored(Anchored::Yes);
        let l = self.locate(c, caps, &input)?;
        let secret = l.secret?;
        let key = l.key.map(|k| &text[k.start..k.end]);
        let key_start = l.key.map(|k| k.start).unwrap_or(secret.start);
        let hit = self.judge(text, det, secret.start, secret.end, l.alt, key, key_start, l.comma)?;
        let end = hit.0.end;
        found.push(hit);
        Some(end)
    }

    #[allow(clippy::too_many_arguments)]
    fn search_window(
        &self,
        text: &str,
        det: usize,
        c: &Compiled,
        caps: &mut Captures,
        start: usize,
        end: usize,
        found: &mut Vec<(SecretMatch, u8)>,
    ) {
        let bytes = text.as_bytes();
        let mut at = start;
        while at <= end {
            let input = Input::new(bytes).span(at..end);
            let Some(l) = self.locate(c, caps, &input) else { break };
            let m = l.whole;
            at = if m.end > m.start { m.end } else { m.end + 1 };
            let Some(span) = l.secret else { continue };
            let key = l.key.map(|k| &text[k.start..k.end]);
            let key_start = l.key.map(|k| k.start).unwrap_or(span.start);
            match self.judge(text, det, span.start, span.end, l.alt, key, key_start, l.comma) {
                Some(hit) => found.push(hit),
                None => {
                    // A rejected candidate may hide the real one inside it:
                    // `<add key="API_KEY" value="...">` first matches the
                    // attribute `key`. Resume after the name, not the value.
                    if let Some(k) = l.key {
                        if k.end > m.start && k.end < m.end {
                            at = k.end;
                            continue;
                        }
                    }
                }
            }
            // A match that consumed a trailing delimiter must not hide a
            // secret that starts right after it.
            if m.end > span.end && m.end > m.start {
                at = at.min(span.end.max(m.start + 1));
            }
        }
    }

    /// Applies the allowlists, entropy floor and validator to a candidate.
    #[allow(clippy::too_many_arguments)]
    fn judge(
        &self,
        text: &str,
        det: usize,
        start: usize,
        mut end: usize,
        alt: usize,
        key: Option<&str>,
        key_start: usize,
        comma: bool,
    ) -> Option<(SecretMatch, u8)> {
        let d = self.detectors[det];
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) || start >= end {
            return None;
        }
        if d.kind == Kind::Block {
            // A block without its END marker: drop trailing blanks and `\n`s.
            let b = text.as_bytes();
            while end > start {
                if b[end - 1].is_ascii_whitespace() || b[end - 1] == b',' || b[end - 1] == b'\'' || b[end - 1] == b'+' {
                    end -= 1;
                } else if end - start >= 2 && b[end - 2] == b'\\' && matches!(b[end - 1], b'n' | b'r') {
                    end -= 2;
                } else {
                    break;
                }
            }
        }
        let secret = &text[start..end];
        if self.config.honour_pragmas && has_pragma(text, start, end) {
            return None;
        }
        if is_documented_example(secret) {
            return None;
        }
        let prefix = literal_prefix(d, secret);
        let without_infix;
        let random = if d.infix.is_empty() {
            &secret[prefix..]
        } else {
            without_infix = secret[prefix..].replacen(d.infix, "", 1);
            without_infix.as_str()
        };
        let mut confidence = d.confidence;
        match d.kind {
            Kind::Prefixed | Kind::Context => {
                // Short random parts cannot reach a high per-character
                // entropy: scale the floor down with the length.
                let floor = d.min_entropy.min(0.65 * (random.len().max(2) as f32).log2());
                if is_placeholder_token(random) || entropy(random) < floor {
                    return None;
                }
                if d.kind == Kind::Context && key.is_some_and(crate::generic::names_non_secret) {
                    return None;
                }
            }
            Kind::Block => {
                if d.min_entropy > 0.0 && entropy(secret) < d.min_entropy {
                    return None;
                }
                if secret.contains("EXAMPLE")
                    || secret.contains("xxxxxxxx")
                    || secret.contains("XXXXXXXX")
                    || secret.contains("...")
                {
                    return None;
                }
            }
            Kind::Password => {
                if documentation_host(text, end) {
                    return None;
                }
                let user = user_before(text, start);
                if is_placeholder_password(secret, user)
                    || secret.contains("${")
                    || secret.contains("{{")
                    || secret.contains("%s")
                {
                    return None;
                }
                if secret.starts_with('{')
                    || secret.starts_with('<')
                    || secret.starts_with('[')
                    || secret.starts_with('%') && secret.ends_with('%')
                {
                    return None;
                }
            }
            Kind::Generic => {
                // The name must start a word: not `arn:...:secret:x`,
                // `path/token=...`.
                if d.id.starts_with("generic-")
                    && key_start > 0
                    && matches!(text.as_bytes()[key_start - 1], b':' | b'/' | b'@' | b'#' | b'%' | b'+' | b'?' | b'&')
                {
                    return None;
                }
                if comma && !after_define(text, key_start) {
                    // `'NAME', 'value'` counts only as PHP's define().
                    return None;
                }
                if alt == 4 && !after_hash_define(text, key_start) {
                    // `NAME "value"` counts only as C's `#define`.
                    return None;
                }
                let quoted = alt != 3;
                let key = key.unwrap_or("secret");
                confidence = crate::generic::judge(key, secret, quoted)?;
                if entropy(secret) < d.min_entropy {
                    return None;
                }
            }
        }
        if let Some(v) = d.validator {
            if !(v.check)(secret) {
                return None;
            }
        }
        if confidence < self.config.min_confidence {
            return None;
        }
        Some((
            SecretMatch {
                detector_id: d.id,
                family: d.family,
                name: d.name,
                start,
                end,
                severity: d.severity,
                confidence,
                masked: mask_with_prefix(secret, prefix),
                verification: Verification::Unverified,
                known_prefix: prefix,
            },
            d.kind.priority(),
        ))
    }
}

/// The literal format prefix of a secret: the longest keyword of its
/// detector that the secret starts with (`ghp_`, `sk_live_`). Context and
/// generic detectors have none.
fn literal_prefix(d: &Detector, secret: &str) -> usize {
    if !matches!(d.kind, Kind::Prefixed) {
        return 0;
    }
    d.keywords.iter().filter(|k| secret.starts_with(*k)).map(|k| k.len()).max().unwrap_or(0)
}

/// For `scheme://user:pass@host`, the user name before the password.
fn user_before(text: &str, start: usize) -> &str {
    let b = text.as_bytes();
    if start == 0 || b[start - 1] != b':' {
        return "";
    }
    let mut i = start - 1;
    while i > 0 && !matches!(b[i - 1], b'/' | b' ' | b'\t' | b'\n' | b'"' | b'\'' | b'@' | b'=' | b';') {
        i -= 1;
    }
    if text.is_char_boundary(i) {
        &text[i..start - 1]
    } else {
        ""
    }
}

/// Whether the URL whose password ends at `end` points at a documentation
/// host (example.com, example.org, example.net, `*.example`, `*.invalid`).
fn documentation_host(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let Some(host) = rest.strip_prefix('@') else { return false };
    let host: String = host
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase();
    ["example.com", "example.org", "example.net"].iter().any(|d| host == *d || host.ends_with(&format!(".{d}")))
        || host.ends_with(".example")
        || host.ends_with(".invalid")
}

/// Whether the quoted name at `key_start` is the first argument of PHP's
/// `define(`.
fn after_define(text: &str, key_start: usize) -> bool {
    let before = text[..key_start].trim_end_matches(['"', '\'', ' ']).trim_end();
    let lower = before.get(before.len().saturating_sub(8)..).unwrap_or("").to_ascii_lowercase();
    lower.ends_with("define(") || lower.ends_with("define (")
}

/// Whether the name at `key_start` follows `#define` on its line.
fn after_hash_define(text: &str, key_start: usize) -> bool {
    let line_start = text[..key_start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let before = text[line_start..key_start].trim();
    before == "#define" || before == "# define"
}

/// `pragma: allowlist secret`, `gitleaks:allow` or `vigil:allow-secret` on a
/// line the secret touches.
fn has_pragma(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = text[end..].find('\n').map(|i| end + i).unwrap_or(text.len());
    let line = &text[line_start..line_end];
    line.contains("pragma: allowlist secret") || line.contains("gitleaks:allow") || line.contains("vigil:allow-secret")
}

/// Keeps, among overlapping candidates, the most specific: higher kind
/// priority, then confidence, then the longer secret.
fn resolve_overlaps(mut found: Vec<(SecretMatch, u8)>) -> Vec<SecretMatch> {
    found.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
    let mut kept: Vec<(SecretMatch, u8)> = Vec::with_capacity(found.len());
    for cand in found {
        let mut replace = Vec::new();
        let mut dominated = false;
        for (idx, k) in kept.iter().enumerate().rev() {
            if k.0.end <= cand.0.start {
                // `kept` is sorted by start; earlier ones may still overlap
                // if they are long, so keep looking a little.
                if idx + 8 < kept.len() {
                    break;
                }
                continue;
            }
            if k.0.start < cand.0.end && cand.0.start < k.0.end {
                if rank(&cand) > rank(k) {
                    replace.push(idx);
                } else {
                    dominated = true;
                    break;
                }
            }
        }
        if dominated {
            continue;
        }
        for idx in replace {
            kept.remove(idx);
        }
        let pos = kept.partition_point(|k| {
            (k.0.start, std::cmp::Reverse(k.0.end)) <= (cand.0.start, std::cmp::Reverse(cand.0.end))
        });
        kept.insert(pos, cand);
    }
    kept.into_iter().map(|(m, _)| m).collect()
}

fn rank(c: &(SecretMatch, u8)) -> (u8, Confidence, usize) {
    (c.1, c.0.confidence, c.0.end - c.0.start)
}

/// A keyword with its word separators (`_`, `-`, `.` between letters)
/// spelled every way: `dd_api` also as `dd-api`, `dd.api` and `ddapi`, as
/// settings are named in environment variables, properties and camelCase.
fn separator_variants(kw: &str) -> Vec<String> {
    let b = kw.as_bytes();
    let inner =
        |i: usize| i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_alphanumeric() && b[i + 1].is_ascii_alphanumeric();
    let seps: Vec<usize> = (0..b.len()).filter(|&i| matches!(b[i], b'_' | b'-' | b'.') && inner(i)).collect();
    if seps.is_empty() || kw.contains("://") {
        return vec![kw.to_string()];
    }
    let mut out = Vec::new();
    for rep in ["_", "-", ".", ""] {
        let mut v = String::new();
        for (i, c) in kw.char_indices() {
            if seps.contains(&i) {
                v.push_str(rep);
            } else {
                v.push(c);
            }
        }
        out.push(v);
    }
    if !out.iter().any(|v| v == kw) {
        out.push(kw.to_string());
    }
    out.sort();
    out.dedup();
    out
}

/// `x{m,n}` with a large `n` compiles to `n` copies of `x`: a big NFA that
/// makes every capture extraction slow. Search with `x{m,}` instead; the
/// window a keyword opens (from the original pattern's longest match) still
/// bounds the match.
fn relax_repetitions(pattern: &str) -> String {
    let b = pattern.as_bytes();
    let mut out = String::with_capacity(pattern.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            out.push_str(&pattern[i..i + 2]);
            i += 2;
            continue;
        }
        if b[i] == b'{' {
            if let Some(close) = pattern[i..].find('}') {
                let inner = &pattern[i + 1..i + close];
                if let Some((lo, hi)) = inner.split_once(',') {
                    if let (Ok(lo), Ok(hi)) = (lo.parse::<usize>(), hi.parse::<usize>()) {
                        if hi > 64 {
                            out.push_str(&format!("{{{lo},}}"));
                            i += close + 1;
                            continue;
                        }
                    }
                }
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

/// Splits `\b(?P<s>TOKEN)\b` and `\b(?P<s>TOKEN)(?:[^CLASS]|$)` into a
/// group-free pattern and the set of bytes that must not follow it.
fn token_fast_path(pattern: &str) -> Option<(String, Box<[bool; 256]>)> {
    let inner = pattern.strip_prefix(r"\b(?P<s>")?;
    if inner.contains("(?P<") {
        return None;
    }
    let mut not_after = Box::new([false; 256]);
    let body = if let Some(body) = inner.strip_suffix(r")\b") {
        // `\b` after a word character: no word character may follow.
        for b in 0..=255u8 {
            not_after[b as usize] = b.is_ascii_alphanumeric() || b == b'_';
        }
        body
    } else {
        let close = inner.rfind(")(?:[^")?;
        let (body, tail) = (&inner[..close], &inner[close + 1..]);
        let class = tail.strip_prefix("(?:[^")?.strip_suffix("]|$)")?;
        let class =
            regex_syntax::ParserBuilder::new().unicode(false).utf8(false).build().parse(&format!("[{class}]")).ok()?;
        let regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Bytes(set)) = class.kind() else { return None };
        for r in set.iter() {
            for b in r.start()..=r.end() {
                not_after[b as usize] = true;
            }
        }
        body
    };
    // The body must be balanced on its own (no top-level alternation
    // escaping the group).
    let mut depth = 0i32;
    let mut esc = false;
    let mut class = false;
    for ch in body.chars() {
        match ch {
            _ if esc => esc = false,
            '\\' => esc = true,
            '[' if !class => class = true,
            ']' if class => class = false,
            '(' if !class => depth += 1,
            ')' if !class => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            '|' if !class && depth == 0 => return None,
            _ => {}
        }
    }
    (depth == 0).then(|| (format!(r"\b{body}"), not_after))
}

/// Builds a detector pattern's regex as the scanner searches with it.
fn build_regex(pattern: &str) -> Option<Regex> {
    Regex::builder()
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .configure(Regex::config().utf8_empty(false))
        .build(&relax_repetitions(pattern))
        .ok()
}

/// Capture indices of the secret alternatives `s`, `s2`, ... `s5`.
fn secret_group_indices(re: &Regex) -> Vec<usize> {
    let info = re.group_info();
    ["s", "s2", "s3", "s4", "s5"].iter().filter_map(|n| info.to_index(regex_automata::PatternID::ZERO, n)).collect()
}

fn compile(pattern: &str) -> Option<Compiled> {
    let (search_pattern, not_after) = match token_fast_path(pattern) {
        Some((p, set)) => (p, Some(set)),
        None => (pattern.to_string(), None),
    };
    let pattern = search_pattern.as_str();
    let re = build_regex(pattern)?;
    let info = re.group_info();
    let pid = regex_automata::PatternID::ZERO;
    let secret_groups = secret_group_indices(&re);
    let key_group = info.to_index(pid, "key");
    let comma_group = info.to_index(pid, "comma");
    let max_len = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .ok()
        .and_then(|h| h.properties().maximum_len());
    let assignment = if pattern == crate::generic::PASSWORD_PATTERN || pattern == crate::generic::SECRET_PATTERN {
        let re = build_regex(crate::generic::VALUE_PATTERN)?;
        let comma_group = re.group_info().to_index(pid, "comma");
        Some(Box::new(CompiledValue { secret_groups: secret_group_indices(&re), comma_group, re }))
    } else {
        None
    };
    Some(Compiled { re, not_after, assignment, max_len, secret_groups, key_group, comma_group })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_detector_compiles() {
        let s = SecretScanner::new();
        assert_eq!(s.precompile(), Vec::<&str>::new());
    }

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut ids: Vec<&str> = DETECTORS.iter().map(|d| d.id).collect();
        for id in &ids {
            assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{id}");
        }
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(n, ids.len(), "duplicate detector ids");
    }

    #[test]
    fn finds_and_masks() {
        let text = "aws_key = \"AKIAZ7Q2WXRT5MBNLK4P\"\n";
        let found = SecretScanner::new().scan(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].detector_id, "aws-access-key-id");
        assert_eq!(found[0].secret(text), "AKIAZ7Q2WXRT5MBNLK4P");
        assert_eq!(found[0].masked, "AKIA************LK4P");
    }

    #[test]
    fn documented_examples_and_placeholders_pass() {
        let s = SecretScanner::new();
        assert!(s.scan("key = 'AKIAIOSFODNN7EXAMPLE'").is_empty());
        assert!(s.scan("token = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'").is_empty());
        assert!(s.scan("password = os.environ['DB_PASSWORD']").is_empty());
        assert!(s.scan("api_key: ${API_KEY}").is_empty());
    }

    #[test]
    fn pragmas_are_honoured() {
        let s = SecretScanner::new();
        assert!(s.scan("k = 'AKIAZ7Q2WXRT5MBNLK4P'  # pragma: allowlist secret").is_empty());
    }
}
