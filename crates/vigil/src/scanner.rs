//! The [`Scanner`]: rules compiled once, then any number of scans of
//! strings, chat answers and paths, from any number of threads.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use vigil_core::{
    assign_fingerprints, Edit, Finding, Fix, FlowStep, Language, LineIndex, Report, RuleInfo, Severity, Skip,
    SkipReason, Stats,
};
use vigil_input::{code_blocks, looks_like_markdown, walk, Input, Limits, SourceFile, SourceKind, WalkOptions};
use vigil_rules::{builtin, load_path, load_str, Rule, RuleSet, Target};

use crate::secrets::SecretsPass;
use crate::selection::is_enabled;
use crate::suppress::is_suppressed;
use crate::{Config, Error};

/// How much of a match is kept as `matched_text`.
const MATCHED_TEXT_CAP: usize = 400;
/// How many source lines a finding carries for code frames.
const FRAME_LINES: usize = 5;
/// How many characters of each of those lines.
const LINE_CAP: usize = 500;

fn cap_chars(text: &str, cap: usize) -> &str {
    match text.char_indices().nth(cap) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// What a scan does besides running rules.
#[derive(Debug, Clone)]
pub struct ScanSettings {
    pub limits: Limits,
    pub walk: WalkOptions,
    /// Findings below this severity are dropped.
    pub min_severity: Severity,
    /// Scan the fenced code blocks of Markdown files.
    pub markdown: bool,
    /// Look for hard-coded secrets in every text (the `secrets.*` rules).
    pub secrets: bool,
}

impl Default for ScanSettings {
    fn default() -> Self {
        ScanSettings {
            limits: Limits::default(),
            walk: WalkOptions::default(),
            min_severity: Severity::Info,
            markdown: true,
            secrets: true,
        }
    }
}

/// Builds a [`Scanner`].
#[derive(Debug, Clone)]
pub struct ScannerBuilder {
    builtin: bool,
    rule_paths: Vec<PathBuf>,
    rule_texts: Vec<(String, String)>,
    enable: Vec<String>,
    disable: Vec<String>,
    settings: ScanSettings,
}

impl Default for ScannerBuilder {
    fn default() -> Self {
        ScannerBuilder {
            builtin: true,
            rule_paths: Vec::new(),
            rule_texts: Vec::new(),
            enable: Vec::new(),
            disable: Vec::new(),
            settings: ScanSettings::default(),
        }
    }
}

impl ScannerBuilder {
    /// Whether to include the built-in rule pack (default true).
    pub fn builtin(mut self, on: bool) -> Self {
        self.builtin = on;
        self
    }

    /// Adds rules from a YAML file or a directory of them.
    pub fn rule_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.rule_paths.push(path.into());
        self
    }

    /// Adds rules from YAML text; `origin` names it in messages.
    pub fn rules_yaml(mut self, origin: impl Into<String>, yaml: impl Into<String>) -> Self {
        self.rule_texts.push((origin.into(), yaml.into()));
        self
    }

    /// Only rules picked by one of these selectors (ids, `prefix.*`, tags,
    /// CWE ids, language names) run; none means all.
    pub fn enable(mut self, selectors: impl IntoIterator<Item = String>) -> Self {
        self.enable.extend(selectors);
        self
    }

    /// Rules picked by one of these selectors do not run.
    pub fn disable(mut self, selectors: impl IntoIterator<Item = String>) -> Self {
        self.disable.extend(selectors);
        self
    }

    pub fn settings(mut self, settings: ScanSettings) -> Self {
        self.settings = settings;
        self
    }

    pub fn settings_mut(&mut self) -> &mut ScanSettings {
        &mut self.settings
    }

    /// Applies a `vigil.toml`: its values fill in what the builder was not
    /// told explicitly by the caller afterwards.
    pub fn config(mut self, config: &Config) -> Self {
        if let Some(b) = config.rules.builtin {
            self.builtin = b;
        }
        self.rule_paths.extend(config.rule_paths());
        self.enable.extend(config.rules.enable.iter().cloned());
        self.disable.extend(config.rules.disable.iter().cloned());
        let s = &mut self.settings;
        s.walk.exclude.extend(config.scan.exclude.iter().cloned());
        if let Some(n) = config.scan.max_file_size {
            s.limits.max_file_size = n;
        }
        if let Some(h) = config.scan.include_hidden {
            s.walk.include_hidden = h;
        }
        if let Some(m) = config.scan.skip_minified {
            s.limits.skip_minified = m;
        }
        if let Some(g) = config.scan.skip_generated {
            s.limits.skip_generated = g;
        }
        if let Some(md) = config.scan.markdown {
            s.markdown = md;
        }
        if let Some(secrets) = config.scan.secrets {
            s.secrets = secrets;
        }
        if let Some(sev) = config.min_severity() {
            s.min_severity = sev;
        }
        self
    }

    /// Loads and compiles the rules. Rules that fail to load are skipped and
    /// reported in [`Scanner::warnings`]; a rule path that does not exist is
    /// an error.
    pub fn build(self) -> Result<Scanner, Error> {
        let mut rules: Vec<Rule> = Vec::new();
        let mut warnings = Vec::new();
        let mut take = |loaded: vigil_rules::Loaded| {
            for e in loaded.errors {
                warnings.push(format!("rule skipped: {e}"));
            }
            for w in loaded.warnings {
                warnings.push(format!("rule loaded with a warning: {w}"));
            }
            rules.extend(loaded.rules);
        };
        if self.builtin {
            take(builtin());
        }
        for path in &self.rule_paths {
            if !path.exists() {
                return Err(Error::RulesNotFound(path.clone()));
            }
            take(load_path(path));
        }
        for (origin, yaml) in &self.rule_texts {
            take(load_str(yaml, origin));
        }
        rules.retain(|r| is_enabled(&r.info(), &self.enable, &self.disable));
        // Two rules may share an id (rule sets reuse one id per language, and
        // Semgrep runs both): both run; a warning when they could report the
        // same code.
        let mut seen: std::collections::BTreeMap<String, Vec<Language>> = std::collections::BTreeMap::new();
        for r in &rules {
            let langs = seen.entry(r.id.clone()).or_default();
            if r.languages.iter().any(|l| langs.iter().any(|m| l.covers(*m) || m.covers(*l))) {
                warnings.push(format!(
                    "{}: duplicate rule id `{}`: another rule for the same language uses it; both run",
                    r.source, r.id
                ));
            }
            langs.extend(r.languages.iter().copied());
        }
        let ruleset = RuleSet::new(rules);
        let rule_count = ruleset.rules().len();
        // The detectors are part of the built-in pack: off with it.
        let secrets =
            if self.builtin && self.settings.secrets { SecretsPass::new(&self.enable, &self.disable) } else { None };
        let mut infos: Vec<RuleInfo> = ruleset.rules().iter().map(Rule::info).collect();
        infos.extend(secrets.iter().flat_map(|s| s.infos().iter().cloned()));
        Ok(Scanner { rules: ruleset, infos, rule_count, secrets, settings: self.settings, warnings })
    }
}

/// The findings of one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileScan {
    pub findings: Vec<Finding>,
    /// Findings hidden by inline suppressions.
    pub suppressed: usize,
    pub warnings: Vec<String>,
}

/// Compiled rules and settings. Cheap to share: `&Scanner` is `Sync`.
#[derive(Debug)]
pub struct Scanner {
    rules: RuleSet,
    /// The rules' descriptions, then the secret detectors'.
    infos: Vec<RuleInfo>,
    /// How many of `infos` are rules.
    rule_count: usize,
    secrets: Option<SecretsPass>,
    settings: ScanSettings,
    warnings: Vec<String>,
}

impl Scanner {
    pub fn builder() -> ScannerBuilder {
        ScannerBuilder::default()
    }

    /// A scanner with the built-in rules and default settings.
    pub fn with_builtin_rules() -> Scanner {
        Scanner::builder().build().expect("the built-in pack needs no files")
    }

    pub fn rules(&self) -> &[Rule] {
        self.rules.rules()
    }

    /// Every rule this scanner runs: the rules, then the secret detectors
    /// (ids `secrets.*`, CWE-798).
    pub fn rule_infos(&self) -> &[RuleInfo] {
        &self.infos
    }

    /// The descriptions a report carries: every rule, and the secret
    /// detectors that found something (three hundred lessons that say the
    /// same thing would make each SARIF file heavier by a megabyte).
    fn report_rules(&self, findings: &[Finding]) -> Vec<RuleInfo> {
        let (rules, secrets) = self.infos.split_at(self.rule_count);
        let found: std::collections::BTreeSet<&str> = findings.iter().map(|f| f.rule_id.as_str()).collect();
        rules.iter().chain(secrets.iter().filter(|r| found.contains(r.id.as_str()))).cloned().collect()
    }

    /// Adds the hard-coded secrets of `text` to `scan`.
    fn scan_secrets(&self, text: &str, path: &Path, language: Language, scan: &mut FileScan) {
        if let Some(secrets) = &self.secrets {
            secrets.scan(text, path, language, self.settings.min_severity, scan);
        }
    }

    pub fn settings(&self) -> &ScanSettings {
        &self.settings
    }

    /// Problems met while loading rules.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Scans `text`: as a chat answer when it has fenced code blocks and no
    /// language is given, else as code in `language`, or in the language of
    /// `path`'s extension, its shebang, or its content.
    pub fn scan_text(&self, text: &str, path: &Path, language: Option<Language>) -> FileScan {
        if let Some(lang) = language {
            return self.scan_code(text, lang, path);
        }
        if let Some(lang) = Language::from_path(path).or_else(|| Language::from_shebang(text)) {
            return self.scan_code(text, lang, path);
        }
        if looks_like_markdown(text) {
            return self.scan_answer(text, path);
        }
        match Language::guess_from_content(text) {
            Some(lang) => self.scan_code(text, lang, path),
            None => {
                // Prose or a format without rules: secrets are still found.
                let mut scan = FileScan::default();
                self.scan_secrets(text, path, Language::Generic, &mut scan);
                finish(&mut scan);
                if scan.findings.is_empty() {
                    scan.warnings.push(format!(
                        "{}: language not recognised; name it with --lang or a file name",
                        path.display()
                    ));
                }
                scan
            }
        }
    }

    /// Scans code in a known language.
    pub fn scan_code(&self, text: &str, lang: Language, path: &Path) -> FileScan {
        let index = LineIndex::new(text);
        let mut scan = FileScan::default();
        self.scan_piece(text, lang, path, &|b| b, &|b| b, text, &index, &mut scan);
        self.scan_secrets(text, path, lang, &mut scan);
        finish(&mut scan);
        scan
    }

    /// Scans a chat answer: each fenced code block in the language of its
    /// info string (or guessed from its content), with findings pointing into
    /// the answer.
    pub fn scan_answer(&self, text: &str, path: &Path) -> FileScan {
        let index = LineIndex::new(text);
        let mut scan = FileScan::default();
        for block in code_blocks(text) {
            let Some(lang) = block.language else { continue };
            let to_start = |b: usize| block.to_original(b);
            let to_end = |b: usize| block.to_original_end(b);
            self.scan_piece(&block.text, lang, path, &to_start, &to_end, text, &index, &mut scan);
        }
        // The whole answer, prose included: a key pasted in a sentence leaks
        // as surely as one in a code block.
        self.scan_secrets(text, path, Language::Generic, &mut scan);
        finish(&mut scan);
        scan
    }

    /// Runs the rules on `code` and turns matches into findings located in
    /// `whole` (the file or answer `code` is part of) through the offset maps.
    #[allow(clippy::too_many_arguments)]
    fn scan_piece(
        &self,
        code: &str,
        lang: Language,
        path: &Path,
        to_start: &dyn Fn(usize) -> usize,
        to_end: &dyn Fn(usize) -> usize,
        whole: &str,
        index: &LineIndex,
        scan: &mut FileScan,
    ) {
        let applicable = self.rules.applicable(lang, path, code);
        if applicable.is_empty() {
            return;
        }
        let parsed = match lang {
            Language::Generic => None,
            _ => match vigil_lang::parse(lang, code) {
                Ok(p) => Some(p),
                Err(e) => {
                    scan.warnings.push(format!("{}: {e}", path.display()));
                    return;
                }
            },
        };
        let target = match &parsed {
            Some(p) => Target::new(path, lang, &p.source, p.original_len, Some(&p.tree)),
            None => Target::new(path, lang, code, code.len(), None),
        };
        let lines: Vec<&str> = whole.lines().collect();
        for m in self.rules.run(&target, &applicable) {
            let rule = &self.rules.rules()[m.rule];
            if rule.severity < self.settings.min_severity {
                continue;
            }
            let start = to_start(m.start);
            let end = to_end(m.end).max(start);
            let span = index.span(whole, start, end);
            if is_suppressed(&lines, span.start.line as usize - 1, &rule.id) {
                scan.suppressed += 1;
                continue;
            }
            let first = span.start.line as usize - 1;
            let last = (span.end.line as usize - 1).min(first + FRAME_LINES - 1);
            // Each line is capped: a finding on a 1 MB line must not carry it.
            let line_text = (first..=last)
                .map(|l| cap_chars(&whole[index.line_range(whole, l)], LINE_CAP))
                .collect::<Vec<_>>()
                .join("\n");
            let matched = whole.get(start..end).unwrap_or("");
            let matched_text = cap_chars(matched, MATCHED_TEXT_CAP).to_string();
            let flow = m
                .flow
                .iter()
                .map(|(s, e, note)| {
                    let start = to_start(*s);
                    FlowStep { span: index.span(whole, start, to_end(*e).max(start)), note: note.clone() }
                })
                .collect();
            let fix = m.fix.map(|f| Fix {
                description: f.description,
                edits: f
                    .edits
                    .into_iter()
                    .map(|e| Edit {
                        start_byte: to_start(e.start_byte),
                        end_byte: to_end(e.end_byte).max(to_start(e.start_byte)),
                        replacement: e.replacement,
                    })
                    .collect(),
            });
            scan.findings.push(Finding {
                rule_id: rule.id.clone(),
                message: m.message,
                severity: rule.severity,
                confidence: rule.confidence,
                cwe: rule.cwe.clone(),
                owasp: rule.owasp.clone(),
                path: path.to_path_buf(),
                language: lang,
                span,
                line_text,
                matched_text,
                fix,
                fingerprint: String::new(),
                flow,
            });
        }
    }

    /// Scans one file the walk decoded: a Markdown file as a chat answer
    /// (or for secrets only, when Markdown scanning is off), code in its
    /// language. `None` when the file's language is unknown.
    pub fn scan_file(&self, file: &SourceFile) -> Option<FileScan> {
        Some(match (file.kind, file.language) {
            (SourceKind::Markdown, _) if self.settings.markdown => self.scan_answer(&file.text, &file.path),
            (SourceKind::Markdown, _) => {
                let mut scan = FileScan::default();
                self.scan_secrets(&file.text, &file.path, Language::Generic, &mut scan);
                finish(&mut scan);
                scan
            }
            (SourceKind::Code, Some(lang)) => self.scan_code(&file.text, lang, &file.path),
            (SourceKind::Code, None) => return None,
        })
    }

    /// Scans files and directories. Walks in parallel; the report's order
    /// does not depend on the thread count.
    pub fn scan_paths(&self, roots: &[PathBuf]) -> Result<Report, Error> {
        let started = Instant::now();
        struct Collected {
            findings: Vec<Finding>,
            skipped: Vec<Skip>,
            warnings: Vec<String>,
            files: usize,
            bytes: u64,
            suppressed: usize,
        }
        let collected = Mutex::new(Collected {
            findings: Vec::new(),
            skipped: Vec::new(),
            warnings: Vec::new(),
            files: 0,
            bytes: 0,
            suppressed: 0,
        });
        let visit = |input: Input| match input {
            Input::Skipped(skip) => lock(&collected).skipped.push(skip),
            Input::File(file) => {
                let Some(scan) = self.scan_file(&file) else {
                    lock(&collected)
                        .skipped
                        .push(Skip { path: file.path.clone(), reason: SkipReason::UnknownLanguage });
                    return;
                };
                let mut c = lock(&collected);
                c.files += 1;
                c.bytes += file.text.len() as u64;
                c.suppressed += scan.suppressed;
                c.findings.extend(scan.findings);
                c.warnings.extend(scan.warnings);
            }
        };
        walk(roots, &self.settings.walk, &self.settings.limits, &visit)?;
        let c = collected.into_inner().unwrap_or_else(|p| p.into_inner());
        let mut report = Report {
            rules: self.report_rules(&c.findings),
            findings: c.findings,
            skipped: c.skipped,
            warnings: self.warnings.iter().cloned().chain(c.warnings).collect(),
            stats: Stats {
                files_scanned: c.files,
                bytes_scanned: c.bytes,
                rules_run: self.infos.len(),
                suppressed: c.suppressed,
                baselined: 0,
                elapsed_ms: started.elapsed().as_millis() as u64,
            },
        };
        report.sort();
        report.warnings.sort();
        report.warnings.dedup();
        Ok(report)
    }

    /// A report for findings of a single text (standard input, a snippet).
    pub fn report_for(&self, scan: FileScan, bytes: usize, elapsed_ms: u64) -> Report {
        let mut report = Report {
            rules: self.report_rules(&scan.findings),
            findings: scan.findings,
            skipped: Vec::new(),
            warnings: self.warnings.iter().cloned().chain(scan.warnings).collect(),
            stats: Stats {
                files_scanned: 1,
                bytes_scanned: bytes as u64,
                rules_run: self.infos.len(),
                suppressed: scan.suppressed,
                baselined: 0,
                elapsed_ms,
            },
        };
        report.sort();
        report
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn finish(scan: &mut FileScan) {
    scan.findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    scan.findings.dedup_by(|a, b| a.sort_key() == b.sort_key());
    drop_findings_a_flow_explains(&mut scan.findings);
    assign_fingerprints(&mut scan.findings);
}

/// One flaw, one finding: a pattern rule that flags a dangerous call
/// (`os.system(cmd)`) and a taint rule that follows request data into that
/// call report the same line with the same weakness. The taint finding says
/// more (where the data came from, how it got there), so the other goes.
fn drop_findings_a_flow_explains(findings: &mut Vec<Finding>) {
    let explained: Vec<bool> = findings
        .iter()
        .map(|f| {
            f.flow.is_empty()
                && findings.iter().any(|g| {
                    !g.flow.is_empty()
                        && g.path == f.path
                        && g.span.start.line == f.span.start.line
                        && g.cwe.iter().any(|c| f.cwe.contains(c))
                })
        })
        .collect();
    let mut i = 0;
    findings.retain(|_| {
        i += 1;
        !explained[i - 1]
    });
}
