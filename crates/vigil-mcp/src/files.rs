//! `scan_files` within bounds: paths resolved against the server's working
//! directory (and kept inside it unless given absolute), a cheap count of
//! what a walk would read before reading anything, and a deadline.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use vigil::{Finding, Input, Scanner, Skip, SkipReason};

use crate::error::ToolError;

/// How much one `scan_files` call may take on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileLimits {
    pub max_paths: usize,
    pub max_files: usize,
    pub max_total_bytes: u64,
    pub time: Duration,
}

impl Default for FileLimits {
    fn default() -> Self {
        FileLimits {
            max_paths: 100,
            max_files: 2_000,
            max_total_bytes: 32 * 1024 * 1024,
            time: Duration::from_secs(60),
        }
    }
}

/// Resolves a path given by the client. Relative paths are taken from
/// `root` (canonical) and must stay inside it, also through `..` and
/// symbolic links; absolute paths are taken as given.
pub fn resolve(root: &Path, given: &str) -> Result<PathBuf, ToolError> {
    if given.trim().is_empty() {
        return Err(ToolError::Invalid("an empty path was given; pass file or directory paths such as \"src\"".into()));
    }
    let path = Path::new(given);
    let absolute = path.is_absolute();
    let joined = if absolute { path.to_path_buf() } else { root.join(path) };
    let canonical = joined
        .canonicalize()
        .map_err(|_| ToolError::NotFound { path: path.to_path_buf(), root: root.to_path_buf() })?;
    if !absolute && !canonical.starts_with(root) {
        return Err(ToolError::OutsideRoot { path: path.to_path_buf(), root: root.to_path_buf() });
    }
    Ok(canonical)
}

/// What a bounded walk found.
#[derive(Debug, Default)]
pub struct Walked {
    pub findings: Vec<Finding>,
    pub skipped: Vec<Skip>,
    pub warnings: Vec<String>,
    pub files: usize,
    pub bytes: u64,
    /// Why the scan stopped early, if it did.
    pub incomplete: Option<String>,
}

/// Counts the files a walk of `roots` would read, stopping as soon as a
/// limit is passed, so that a call naming `/` is refused in milliseconds
/// instead of reading the disk. Mirrors the scanner's walk settings (hidden
/// files, ignore files, links not followed).
pub fn check_size(scanner: &Scanner, roots: &[PathBuf], limits: &FileLimits) -> Result<(), ToolError> {
    let settings = scanner.settings();
    let max_file = settings.limits.max_file_size;
    let (mut files, mut bytes) = (0usize, 0u64);
    let started = Instant::now();
    for root in roots {
        if root.is_file() {
            let size = root.metadata().map(|m| m.len()).unwrap_or(0);
            if size > max_file {
                return Err(ToolError::TooLarge {
                    what: format!("`{}`", root.display()),
                    size,
                    limit: max_file,
                    hint: "Vigil scans source files; pass the code that matters with scan_code",
                });
            }
        }
        let walk = ignore::WalkBuilder::new(root)
            .hidden(!settings.walk.include_hidden)
            .follow_links(settings.walk.follow_links)
            .git_ignore(settings.walk.respect_ignore_files)
            .git_exclude(settings.walk.respect_ignore_files)
            .ignore(settings.walk.respect_ignore_files)
            .add_custom_ignore_filename(".vigilignore")
            .build();
        for entry in walk.flatten() {
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            files += 1;
            if size <= max_file {
                bytes += size;
            }
            if files > limits.max_files {
                return Err(ToolError::Invalid(format!(
                    "more than {} files under the given paths; pass narrower paths (a subdirectory or single files)",
                    limits.max_files
                )));
            }
            if bytes > limits.max_total_bytes {
                return Err(ToolError::TooLarge {
                    what: "the text under the given paths".into(),
                    size: bytes,
                    limit: limits.max_total_bytes,
                    hint: "pass narrower paths (a subdirectory or single files)",
                });
            }
            if started.elapsed() > limits.time {
                return Err(ToolError::Timeout(limits.time.as_secs()));
            }
        }
    }
    Ok(())
}

/// Scans `roots` with the scanner's walk, stopping at the file, size and
/// time limits (files past a limit are not scanned, and `incomplete` says
/// which limit).
pub fn scan_bounded(scanner: &Scanner, roots: &[PathBuf], limits: &FileLimits) -> Result<Walked, ToolError> {
    let started = Instant::now();
    let files = AtomicUsize::new(0);
    let bytes = AtomicU64::new(0);
    let stopped = AtomicBool::new(false);
    let out = Mutex::new(Walked::default());
    let lock = || out.lock().unwrap_or_else(|p| p.into_inner());
    let stop = |why: String| {
        if !stopped.swap(true, Ordering::SeqCst) {
            lock().incomplete = Some(why);
        }
    };
    let visit = |input: Input| {
        let file = match input {
            Input::Skipped(skip) => return lock().skipped.push(skip),
            Input::File(file) => file,
        };
        if stopped.load(Ordering::SeqCst) {
            return;
        }
        if started.elapsed() > limits.time {
            return stop(format!(
                "stopped after {} s (the time limit); files after that were not scanned: pass narrower paths",
                limits.time.as_secs()
            ));
        }
        if files.fetch_add(1, Ordering::SeqCst) >= limits.max_files {
            return stop(format!("stopped at {} files (the limit): pass narrower paths", limits.max_files));
        }
        let len = file.text.len() as u64;
        if bytes.fetch_add(len, Ordering::SeqCst) + len > limits.max_total_bytes {
            return stop(format!(
                "stopped at {} bytes of text (the limit): pass narrower paths",
                limits.max_total_bytes
            ));
        }
        let Some(scan) = scanner.scan_file(&file) else {
            return lock().skipped.push(Skip { path: file.path.clone(), reason: SkipReason::UnknownLanguage });
        };
        let mut w = lock();
        w.files += 1;
        w.bytes += len;
        w.findings.extend(scan.findings);
        w.warnings.extend(scan.warnings);
    };
    vigil_input_walk(scanner, roots, &visit)?;
    let mut walked = out.into_inner().unwrap_or_else(|p| p.into_inner());
    walked.findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    walked.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    walked.warnings.sort();
    walked.warnings.dedup();
    Ok(walked)
}

fn vigil_input_walk(scanner: &Scanner, roots: &[PathBuf], visit: &(dyn Fn(Input) + Sync)) -> Result<(), ToolError> {
    let settings = scanner.settings();
    vigil::walk(roots, &settings.walk, &settings.limits, visit).map_err(|e| ToolError::Invalid(e.to_string()))
}
