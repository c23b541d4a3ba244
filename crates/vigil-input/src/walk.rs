//! Walking the paths the user names and handing over each file to scan, or
//! the reason it is skipped.
//!
//! Which files are looked at:
//! - Files with a language's extension (`.py`, `.ts`, ...) or a well-known
//!   name (`Gemfile`), extension-less files with a known `#!` interpreter,
//!   Markdown (`.md`, `.markdown`, `.mdx`: their fenced blocks are scanned as
//!   chat answers), and configuration and text formats that secrets and regex
//!   rules read ([`Language::Generic`]: `.env`, `.yaml`, `.json`, `.toml`,
//!   `.ipynb`, `Dockerfile`, lock files, ...).
//! - Other files found in a directory (images, `.csv`, extension-less files
//!   without a shebang, ...) are not code: they are passed over without a
//!   report, which would only be noise. A file the user names explicitly is
//!   always reported: scanned, or skipped with a reason
//!   ([`SkipReason::UnknownLanguage`] when nothing tells its language).
//! - Every file looked at goes through [`decode`]: binary, oversized, minified
//!   and generated files (lock files included) are reported as skipped.
//!   Unreadable files and walk errors (permission denied, a broken symbolic
//!   link or a loop when links are followed) are reported as
//!   [`SkipReason::Unreadable`], never dropped.
//!
//! Which paths are walked: `.gitignore` (with git's exclude file and global
//! excludes), `.ignore` and `.vigilignore` files are honoured unless
//! [`WalkOptions::respect_ignore_files`] is off. Inside a git repository they
//! apply as git applies them. Outside any repository `.gitignore` files are
//! still honoured (ripgrep and Semgrep honour them only in a repository, but a
//! fresh checkout without `.git`, an unpacked archive or a test directory would
//! then scan what its author meant to exclude). Hidden files and directories
//! are skipped unless [`WalkOptions::include_hidden`]; version-control
//! directories (`.git`, `.hg`, `.svn`, `.jj`) are never walked. `--exclude`
//! globs use gitignore syntax relative to each root directory. Files named
//! explicitly are read even when an ignore file or an exclude glob matches
//! them, as ripgrep and Ruff do.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use ignore::overrides::{Override, OverrideBuilder};
use ignore::{WalkBuilder, WalkState};
use vigil_core::{Language, Skip, SkipReason};

use crate::classify::{decode, is_lock_file, Limits};
use crate::stdin::read_capped;

/// A text to scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The decoded text (BOM removed, invalid UTF-8 replaced).
    pub text: String,
    /// The language of the whole text; `None` for Markdown, whose blocks each
    /// have their own (see [`crate::markdown::code_blocks`]).
    pub language: Option<Language>,
    pub kind: SourceKind,
}

/// How a text is to be scanned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// Source code or a configuration file in [`SourceFile::language`].
    Code,
    /// A Markdown document whose fenced blocks are scanned like a chat answer.
    Markdown,
}

/// What the walk hands over for each file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(SourceFile),
    Skipped(Skip),
}

impl Input {
    pub fn path(&self) -> &Path {
        match self {
            Input::File(file) => &file.path,
            Input::Skipped(skip) => &skip.path,
        }
    }
}

/// How to walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkOptions {
    /// Globs of paths not to walk, gitignore syntax (`vendor/`, `*.test.js`,
    /// `/build` anchored at each root directory). May not start with `!`.
    pub exclude: Vec<String>,
    /// Walk hidden files and directories (names starting with `.`). Default
    /// false.
    pub include_hidden: bool,
    /// Follow symbolic links. Default false: links are passed over (a named
    /// root is always followed).
    pub follow_links: bool,
    /// Worker threads; 0 picks one per core.
    pub threads: usize,
    /// Honour `.gitignore`, `.ignore`, `.vigilignore`, git's exclude file and
    /// global excludes. Default true.
    pub respect_ignore_files: bool,
}

impl Default for WalkOptions {
    fn default() -> Self {
        WalkOptions {
            exclude: Vec::new(),
            include_hidden: false,
            follow_links: false,
            threads: 0,
            respect_ignore_files: true,
        }
    }
}

/// Why a walk could not start.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    #[error("{}: no such file or directory", .0.display())]
    NotFound(PathBuf),
    #[error("invalid exclude pattern `{glob}`: {error}")]
    Exclude { glob: String, error: String },
}

/// Directories never walked, even with `include_hidden`.
const VCS_DIRS: &[&str] = &[".git", ".hg", ".svn", ".jj"];

/// Hidden files walked even without `include_hidden`: they exist to hold
/// credentials, which is what a secrets scan is for, and they are the files
/// an assistant tells its user to create.
fn is_credentials_dotfile(name: &str) -> bool {
    (name.starts_with('.') && GENERIC_NAMES.contains(&name)) || (name.starts_with(".env.") && name.len() > 5)
}

/// Walks `roots` (files and directories) and calls `visit` once for each file
/// to scan or skip, reading and decoding one file at a time.
///
/// `visit` is called from several threads at once and in no particular order:
/// callers that need a stable order sort what they collect (by path).
/// Nothing is visited when an error is returned: every root is checked, and
/// every exclude glob compiled, first. Standard input (`-`) is not a path
/// here: use [`crate::read_stdin`].
pub fn walk(
    roots: &[PathBuf],
    options: &WalkOptions,
    limits: &Limits,
    visit: &(dyn Fn(Input) + Sync),
) -> Result<(), WalkError> {
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    for root in roots {
        match std::fs::metadata(root) {
            Ok(meta) if meta.is_dir() => dirs.push(root.clone()),
            Ok(_) => files.push(root.clone()),
            // A broken link or an unreadable parent: reported when read.
            Err(err) if err.kind() != io::ErrorKind::NotFound || root.symlink_metadata().is_ok() => {
                files.push(root.clone())
            }
            Err(_) => return Err(WalkError::NotFound(root.clone())),
        }
    }
    let overrides = if dirs.is_empty() {
        // Still report a bad glob, whatever the roots.
        build_overrides(Path::new("."), &options.exclude)?;
        Vec::new()
    } else {
        dirs.iter().map(|dir| build_overrides(dir, &options.exclude)).collect::<Result<Vec<_>, _>>()?
    };
    visit_named(&files, options.threads, limits, visit);
    for (dir, overrides) in dirs.iter().zip(overrides) {
        walk_dir(dir, overrides, options, limits, visit);
    }
    Ok(())
}

fn build_overrides(root: &Path, exclude: &[String]) -> Result<Override, WalkError> {
    let mut builder = OverrideBuilder::new(root);
    for glob in exclude {
        let invalid = |error: String| WalkError::Exclude { glob: glob.clone(), error };
        if glob.trim().is_empty() {
            return Err(invalid("empty pattern".into()));
        }
        if glob.starts_with('!') {
            return Err(invalid("patterns cannot be negated with `!`".into()));
        }
        builder.add(&format!("!{glob}")).map_err(|err| invalid(err.to_string()))?;
    }
    builder.build().map_err(|err| WalkError::Exclude { glob: exclude.join(", "), error: err.to_string() })
}

/// Files named on the command line, in parallel.
fn visit_named(files: &[PathBuf], threads: usize, limits: &Limits, visit: &(dyn Fn(Input) + Sync)) {
    let threads = match threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(files.len());
    if threads <= 1 {
        for file in files {
            if let Some(input) = load_file(file, true, limits) {
                visit(input);
            }
        }
        return;
    }
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Some(file) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Some(input) = load_file(file, true, limits) {
                        visit(input);
                    }
                }
            });
        }
    });
}

fn walk_dir(dir: &Path, overrides: Override, options: &WalkOptions, limits: &Limits, visit: &(dyn Fn(Input) + Sync)) {
    let ignore_files = options.respect_ignore_files;
    let mut builder = WalkBuilder::new(dir);
    let include_hidden = options.include_hidden;
    builder
        // Hidden entries are filtered below instead, so that credential
        // dotfiles (`.env`) are still read.
        .hidden(false)
        .follow_links(options.follow_links)
        .threads(options.threads)
        .ignore(ignore_files)
        .git_ignore(ignore_files)
        .git_exclude(ignore_files)
        .git_global(ignore_files)
        .parents(ignore_files)
        // Git's own semantics inside a repository; outside one, .gitignore
        // files still count (see the module documentation).
        .require_git(!ignore_files || inside_git_repository(dir))
        .overrides(overrides)
        .filter_entry(move |entry| {
            if entry.depth() == 0 {
                return true;
            }
            let name = entry.file_name();
            if name.to_str().is_some_and(|name| VCS_DIRS.contains(&name)) {
                return false;
            }
            if include_hidden || !name.as_encoded_bytes().starts_with(b".") {
                return true;
            }
            entry.file_type().is_some_and(|t| t.is_file()) && name.to_str().is_some_and(is_credentials_dotfile)
        });
    if ignore_files {
        builder.add_custom_ignore_filename(".vigilignore");
    }
    builder.build_parallel().run(|| {
        Box::new(|result| {
            match result {
                Ok(entry) => {
                    // Directories, links not followed, sockets, pipes and
                    // devices are not files to read.
                    if entry.file_type().is_some_and(|t| t.is_file()) {
                        if let Some(input) = load_file(entry.path(), false, limits) {
                            visit(input);
                        }
                    }
                }
                Err(err) => visit(Input::Skipped(error_skip(&err))),
            }
            WalkState::Continue
        })
    });
}

fn inside_git_repository(dir: &Path) -> bool {
    let Ok(dir) = dir.canonicalize() else {
        return false;
    };
    dir.ancestors().any(|d| d.join(".git").exists())
}

fn error_skip(err: &ignore::Error) -> Skip {
    Skip { path: error_path(err).unwrap_or_default(), reason: SkipReason::Unreadable { error: error_text(err) } }
}

fn error_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => error_path(err),
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        ignore::Error::Partial(errs) => errs.iter().find_map(error_path),
        _ => None,
    }
}

/// The error without the path, which the skip carries already.
fn error_text(err: &ignore::Error) -> String {
    match err {
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => error_text(err),
        ignore::Error::Loop { ancestor, .. } => {
            format!("symbolic link loop back to {}", ancestor.display())
        }
        ignore::Error::Partial(errs) if errs.len() == 1 => error_text(&errs[0]),
        other => other.to_string(),
    }
}

/// What a file's name says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recognised {
    /// Known from the name alone.
    Known(SourceKind, Option<Language>),
    /// No extension: code only if it starts with a known `#!` line.
    MaybeScript,
    /// Not code (an image, `.csv`, ...).
    NotCode,
}

/// What a file's name says about it: Markdown, a language's extension or
/// well-known name, a configuration or text format read as
/// [`Language::Generic`], an extension-less name that might be a script, or
/// nothing Vigil reads.
pub fn recognise(path: &Path) -> Recognised {
    let name = match path.file_name() {
        Some(name) => name.to_string_lossy(),
        None => return Recognised::NotCode,
    };
    let ext = name.trim_start_matches('.').rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase());
    if matches!(ext.as_deref(), Some("md" | "markdown" | "mdx")) {
        return Recognised::Known(SourceKind::Markdown, None);
    }
    let code = |lang| Recognised::Known(SourceKind::Code, Some(lang));
    if let Some(lang) = Language::from_path(path) {
        return code(lang);
    }
    if RUBY_NAMES.contains(&name.as_ref()) {
        return code(Language::Ruby);
    }
    if is_generic_name(&name, ext.as_deref()) {
        return code(Language::Generic);
    }
    if ext.is_none() {
        return Recognised::MaybeScript;
    }
    Recognised::NotCode
}

const RUBY_NAMES: &[&str] =
    &["Gemfile", "Rakefile", "Vagrantfile", "Podfile", "Guardfile", "Fastfile", "Brewfile", "Capfile", "Berksfile"];

/// Configuration and text formats that secrets and regex rules read.
const GENERIC_EXTENSIONS: &[&str] = &[
    "env",
    "yaml",
    "yml",
    "json",
    "jsonc",
    "json5",
    "toml",
    "properties",
    "ini",
    "cfg",
    "conf",
    "config",
    "cnf",
    "txt",
    "ipynb",
    "xml",
    "plist",
    "sh",
    "bash",
    "zsh",
    "ps1",
    "sql",
    "tf",
    "tfvars",
    "hcl",
    "gradle",
    "kt",
    "kts",
    "scala",
    "swift",
    "html",
    "htm",
    "vue",
    "svelte",
    "pem",
    "key",
    "dockerfile",
    "lock",
];

const GENERIC_NAMES: &[&str] = &[
    "Dockerfile",
    "Containerfile",
    "Jenkinsfile",
    "Makefile",
    "Procfile",
    "Pipfile",
    "go.mod",
    "go.sum",
    ".env",
    ".npmrc",
    ".yarnrc",
    ".pypirc",
    ".netrc",
    ".pgpass",
    ".s3cfg",
    ".htpasswd",
    ".git-credentials",
    ".dockercfg",
    "credentials",
    "id_rsa",
    "id_dsa",
    "id_ecdsa",
    "id_ed25519",
];

fn is_generic_name(name: &str, ext: Option<&str>) -> bool {
    GENERIC_NAMES.contains(&name)
        || is_lock_file(name)
        || name.starts_with(".env.")
        || name.starts_with("Dockerfile.")
        || ext.is_some_and(|ext| GENERIC_EXTENSIONS.contains(&ext))
}

/// Reads one file and says what to do with it: a [`SourceFile`], a skip, or
/// `None` for a file found in a directory that is not code. `named` is true
/// for paths the user gave explicitly: they are always reported.
pub fn load_file(path: &Path, named: bool, limits: &Limits) -> Option<Input> {
    let recognised = recognise(path);
    if !named && recognised == Recognised::NotCode {
        return None;
    }
    let skip = |reason| Some(Input::Skipped(Skip { path: path.to_path_buf(), reason }));
    let unreadable = |err: io::Error| skip(SkipReason::Unreadable { error: err.to_string() });
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(err) => return unreadable(err),
    };
    let mut head = Vec::new();
    let (kind, language) = match recognised {
        Recognised::Known(kind, language) => (kind, language),
        Recognised::MaybeScript | Recognised::NotCode => {
            if let Err(err) = (&mut file).take(256).read_to_end(&mut head) {
                return unreadable(err);
            }
            let shebang =
                head.starts_with(b"#!").then(|| Language::from_shebang(&String::from_utf8_lossy(&head))).flatten();
            match shebang {
                Some(lang) => (SourceKind::Code, Some(lang)),
                None if named => return skip(SkipReason::UnknownLanguage),
                None => return None,
            }
        }
    };
    let size = match file.metadata() {
        Ok(meta) => meta.len(),
        Err(err) => return unreadable(err),
    };
    if size > limits.max_file_size {
        return skip(SkipReason::TooLarge { size, limit: limits.max_file_size });
    }
    let rest_limit = limits.max_file_size.saturating_sub(head.len() as u64);
    let bytes = match read_capped(file, rest_limit, size) {
        Ok(rest) if head.is_empty() => rest,
        Ok(rest) => {
            head.extend(rest);
            head
        }
        Err(reason) => return skip(reason),
    };
    match decode(path, bytes, limits) {
        Ok(text) => Some(Input::File(SourceFile { path: path.to_path_buf(), text, language, kind })),
        Err(reason) => skip(reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::sync::Mutex;

    /// Walks and returns `(path relative to root, outcome)` sorted.
    fn run(root: &Path, roots: &[PathBuf], options: &WalkOptions, limits: &Limits) -> Vec<(String, String)> {
        let seen = Mutex::new(Vec::new());
        walk(roots, options, limits, &|input| seen.lock().unwrap().push(input)).unwrap();
        let mut out: Vec<(String, String)> = seen
            .into_inner()
            .unwrap()
            .into_iter()
            .map(|input| {
                let rel = input.path().strip_prefix(root).unwrap_or(input.path()).to_string_lossy().replace('\\', "/");
                let what = match input {
                    Input::File(f) => match f.kind {
                        SourceKind::Markdown => "markdown".to_string(),
                        SourceKind::Code => f.language.map_or("code?".into(), |l| l.name().to_string()),
                    },
                    Input::Skipped(s) => format!("skip:{}", s.reason.kind()),
                };
                (rel, what)
            })
            .collect();
        out.sort();
        out
    }

    fn write(root: &Path, rel: &str, bytes: &[u8]) {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    fn fixture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, ".gitignore", b"ignored_by_git.py\nbuild/\n");
        write(root, ".ignore", b"ignored_by_ignore.js\n");
        write(root, ".vigilignore", b"ignored_by_vigil.py\n");
        write(root, "app.py", b"import os\nos.system(input())\n");
        write(root, "lib/util.ts", b"export const x: number = 1;\n");
        write(root, "ignored_by_git.py", b"x = 1\n");
        write(root, "build/out.py", b"x = 1\n");
        write(root, "ignored_by_ignore.js", b"let x = 1;\n");
        write(root, "ignored_by_vigil.py", b"x = 1\n");
        write(root, "vendor/dep.py", b"x = 1\n");
        write(root, "src/vendor_not.py", b"x = 1\n");
        write(root, ".hidden/secret.py", b"KEY = 'x'\n");
        write(root, ".env", b"API_KEY=abc\n");
        write(root, ".hidden/.env.local", b"API_KEY=abc\n");
        write(root, ".eslintrc.json", b"{}\n");
        write(root, "binary.py", b"x = 1\0\x01\x02\n");
        write(root, "big.py", &b"x = 1\n".repeat(100));
        write(root, "gen.go", b"// Code generated by stringer. DO NOT EDIT.\npackage x\n");
        write(root, "Cargo.lock", b"[[package]]\nname = \"x\"\n");
        write(root, "dist/app.min.js", b"var a=1;\n");
        write(root, "config.yaml", b"password: hunter2\n");
        write(root, "README.md", b"# Hi\n```py\nx = 1\n```\n");
        write(root, "image.png", b"\x89PNG\r\n\x1a\n\0\0\0");
        write(root, "data.csv", b"a,b\n1,2\n");
        write(root, "notes", b"just words\n");
        write(root, "tool", b"#!/usr/bin/env python3\nimport sys\n");
        write(root, "script", b"#!/bin/sh\necho hi\n");
        write(root, "Dockerfile", b"FROM python:3\n");
        write(root, "Gemfile", b"source 'https://rubygems.org'\n");
        write(root, "latin1.py", b"s = 'caf\xe9'\n");
        dir
    }

    fn small_limits() -> Limits {
        Limits { max_file_size: 100, ..Limits::default() }
    }

    fn excluding_vendor() -> WalkOptions {
        WalkOptions { exclude: vec!["vendor/".into()], ..WalkOptions::default() }
    }

    /// Not in a git repository: `.gitignore` applies all the same.
    #[test]
    fn walks_a_directory() {
        let dir = fixture();
        let root = dir.path();
        let got = run(root, &[root.to_path_buf()], &excluding_vendor(), &small_limits());
        // Hidden entries are passed over, except credential files (`.env`).
        let expected = pairs(&[
            (".env", "generic"),
            ("Cargo.lock", "skip:generated"),
            ("Dockerfile", "generic"),
            ("Gemfile", "ruby"),
            ("README.md", "markdown"),
            ("app.py", "python"),
            ("big.py", "skip:too-large"),
            ("binary.py", "skip:binary"),
            ("config.yaml", "generic"),
            ("dist/app.min.js", "skip:minified"),
            ("gen.go", "skip:generated"),
            ("latin1.py", "python"),
            ("lib/util.ts", "typescript"),
            ("src/vendor_not.py", "python"),
            ("tool", "python"),
        ]);
        assert_eq!(got, expected);
    }

    #[test]
    fn file_contents_and_reasons_are_exact() {
        let dir = fixture();
        let root = dir.path();
        let seen = Mutex::new(Vec::new());
        walk(&[root.to_path_buf()], &excluding_vendor(), &small_limits(), &|input| seen.lock().unwrap().push(input))
            .unwrap();
        let seen = seen.into_inner().unwrap();
        let find = |name: &str| seen.iter().find(|i| i.path() == root.join(name)).unwrap().clone();
        assert_eq!(
            find("big.py"),
            Input::Skipped(Skip { path: root.join("big.py"), reason: SkipReason::TooLarge { size: 600, limit: 100 } })
        );
        assert_eq!(
            find("latin1.py"),
            Input::File(SourceFile {
                path: root.join("latin1.py"),
                text: "s = 'caf\u{FFFD}'\n".into(),
                language: Some(Language::Python),
                kind: SourceKind::Code,
            })
        );
        let Input::File(readme) = find("README.md") else { panic!() };
        assert_eq!((readme.language, readme.text.as_str()), (None, "# Hi\n```py\nx = 1\n```\n"));
    }

    #[test]
    fn hidden_files_when_asked_but_never_vcs_directories() {
        let dir = fixture();
        let root = dir.path();
        write(root, ".git/config.py", b"x = 1\n");
        write(root, ".hg/x.py", b"x = 1\n");
        write(root, "sub/.svn/x.py", b"x = 1\n");
        let options = WalkOptions { include_hidden: true, ..excluding_vendor() };
        let got = run(root, &[root.to_path_buf()], &options, &small_limits());
        let hidden: Vec<_> = got.iter().filter(|(p, _)| p.starts_with('.')).cloned().collect();
        assert_eq!(
            hidden,
            pairs(&[
                (".env", "generic"),
                (".eslintrc.json", "generic"),
                (".hidden/.env.local", "generic"),
                (".hidden/secret.py", "python")
            ])
        );
    }

    #[test]
    fn ignore_files_can_be_disregarded() {
        let dir = fixture();
        let root = dir.path();
        let options = WalkOptions { respect_ignore_files: false, ..WalkOptions::default() };
        let got = run(root, &[root.to_path_buf()], &options, &small_limits());
        for path in
            ["ignored_by_git.py", "build/out.py", "ignored_by_ignore.js", "ignored_by_vigil.py", "vendor/dep.py"]
        {
            assert!(got.iter().any(|(p, _)| p == path), "{path} missing from {got:?}");
        }
        assert_eq!(got.len(), 20, "{got:?}");
    }

    #[test]
    fn exclude_globs() {
        let dir = fixture();
        let root = dir.path();
        let options =
            WalkOptions { exclude: vec!["*.py".into(), "/lib".into(), "dist/**".into()], ..WalkOptions::default() };
        let got = run(root, &[root.to_path_buf()], &options, &small_limits());
        let paths: Vec<&str> = got.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            [".env", "Cargo.lock", "Dockerfile", "Gemfile", "README.md", "config.yaml", "gen.go", "tool"]
        );
        for bad in ["!x", "", "a[", "  "] {
            let options = WalkOptions { exclude: vec![bad.into()], ..WalkOptions::default() };
            let err = walk(&[root.to_path_buf()], &options, &small_limits(), &|_| panic!("visited")).unwrap_err();
            assert!(matches!(err, WalkError::Exclude { ref glob, .. } if glob == bad), "{err}");
        }
    }

    #[test]
    fn named_files_are_always_reported() {
        let dir = fixture();
        let root = dir.path();
        let roots: Vec<PathBuf> = ["notes", "image.png", "data.csv", "ignored_by_git.py", "script", "tool", "big.py"]
            .iter()
            .map(|p| root.join(p))
            .collect();
        let got = run(root, &roots, &excluding_vendor(), &small_limits());
        assert_eq!(
            got,
            pairs(&[
                ("big.py", "skip:too-large"),
                ("data.csv", "skip:unknown-language"),
                ("ignored_by_git.py", "python"),
                ("image.png", "skip:unknown-language"),
                ("notes", "skip:unknown-language"),
                ("script", "skip:unknown-language"),
                ("tool", "python"),
            ])
        );
    }

    #[test]
    fn missing_roots_are_errors_before_any_visit() {
        let dir = fixture();
        let root = dir.path();
        let missing = root.join("nope");
        let err = walk(&[root.join("app.py"), missing.clone()], &WalkOptions::default(), &Limits::default(), &|_| {
            panic!("visited")
        })
        .unwrap_err();
        assert!(matches!(err, WalkError::NotFound(ref p) if *p == missing));
        assert_eq!(err.to_string(), format!("{}: no such file or directory", missing.display()));
    }

    #[test]
    fn gitignore_inside_a_repository_subdirectory() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join(".git")).unwrap();
        write(root, ".gitignore", b"*.gen.py\n");
        write(root, "sub/a.py", b"x = 1\n");
        write(root, "sub/b.gen.py", b"x = 1\n");
        let got = run(root, &[root.join("sub")], &WalkOptions::default(), &Limits::default());
        assert_eq!(got, pairs(&[("sub/a.py", "python")]));
    }

    #[test]
    fn gitignore_above_a_repository_does_not_apply() {
        // As in git: the repository's own ignore files count, not those of
        // directories above it (a home directory's `.gitignore` with `*`).
        let dir = tempfile::tempdir().unwrap();
        let outer = dir.path();
        write(outer, ".gitignore", b"*.py\n");
        write(outer, "repo/.git/HEAD", b"ref: refs/heads/main\n");
        write(outer, "repo/a.py", b"x = 1\n");
        let got = run(outer, &[outer.join("repo")], &WalkOptions::default(), &Limits::default());
        assert_eq!(got, pairs(&[("repo/a.py", "python")]));
        // Without a repository, the parent's `.gitignore` applies.
        write(outer, "plain/a.py", b"x = 1\n");
        let got = run(outer, &[outer.join("plain")], &WalkOptions::default(), &Limits::default());
        assert_eq!(got, pairs(&[]));
    }

    #[cfg(unix)]
    #[test]
    fn links_loops_and_unreadable_files() {
        use std::os::unix::fs::{symlink, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "a.py", b"x = 1\n");
        symlink(root, root.join("loop")).unwrap();
        symlink(root.join("gone.py"), root.join("dangling.py")).unwrap();
        symlink(root.join("a.py"), root.join("alias.py")).unwrap();
        // Not following links: links are passed over, nothing is lost.
        let got = run(root, &[root.to_path_buf()], &WalkOptions::default(), &Limits::default());
        assert_eq!(got, pairs(&[("a.py", "python")]));
        // Following them: the loop and the broken link are reported.
        let follow = WalkOptions { follow_links: true, ..WalkOptions::default() };
        let got = run(root, &[root.to_path_buf()], &follow, &Limits::default());
        assert_eq!(
            got,
            pairs(&[
                ("a.py", "python"),
                ("alias.py", "python"),
                ("dangling.py", "skip:unreadable"),
                ("loop", "skip:unreadable"),
            ])
        );
        // A link to a directory named as a root is walked.
        write(root, "real/b.py", b"x = 1\n");
        symlink(root.join("real"), root.join("linked")).unwrap();
        let got = run(root, &[root.join("linked")], &WalkOptions::default(), &Limits::default());
        assert_eq!(got, pairs(&[("linked/b.py", "python")]));
        // A broken link named explicitly is unreadable, not "not found".
        let got = run(root, &[root.join("dangling.py")], &WalkOptions::default(), &Limits::default());
        assert_eq!(got, pairs(&[("dangling.py", "skip:unreadable")]));
        // A file without read permission (not testable as root, who reads anyway).
        write(root, "locked.py", b"x = 1\n");
        fs::set_permissions(root.join("locked.py"), fs::Permissions::from_mode(0o000)).unwrap();
        if File::open(root.join("locked.py")).is_err() {
            let got = run(root, &[root.join("locked.py")], &WalkOptions::default(), &Limits::default());
            assert_eq!(got, pairs(&[("locked.py", "skip:unreadable")]));
        }
    }

    #[test]
    fn recognising_names() {
        let r = |p: &str| recognise(Path::new(p));
        let code = |l| Recognised::Known(SourceKind::Code, Some(l));
        assert_eq!(r("a/b.py"), code(Language::Python));
        assert_eq!(r("README.MD"), Recognised::Known(SourceKind::Markdown, None));
        assert_eq!(r("docs/x.mdx"), Recognised::Known(SourceKind::Markdown, None));
        assert_eq!(r(".env"), code(Language::Generic));
        assert_eq!(r(".env.local"), code(Language::Generic));
        assert_eq!(r("Dockerfile.prod"), code(Language::Generic));
        assert_eq!(r("nb.ipynb"), code(Language::Generic));
        assert_eq!(r("yarn.lock"), code(Language::Generic));
        assert_eq!(r("go.sum"), code(Language::Generic));
        assert_eq!(r("Rakefile"), code(Language::Ruby));
        assert_eq!(r("bin/run"), Recognised::MaybeScript);
        assert_eq!(r(".bashrc"), Recognised::MaybeScript);
        assert_eq!(r("logo.png"), Recognised::NotCode);
        assert_eq!(r("style.css"), Recognised::NotCode);
    }
}
