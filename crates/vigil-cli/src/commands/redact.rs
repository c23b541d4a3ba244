//! `vigil redact`: secrets (and, with `--pii`, personal data) in a text become
//! stable placeholders such as `[[SECRET_1:aws-access-key-id]]`; the mapping
//! that restores them is written only when asked, owner-only, and never
//! printed. Exit codes follow `vigil scan`: 0 nothing found, 1 something was
//! redacted, 2 an error.

use std::collections::BTreeMap;
use std::fs::OpenOptions;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use vigil_secrets::{mask, Mapping, RedactOptions};

/// Texts larger than this are refused rather than read whole into memory.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;
/// At most this many placeholders are listed in the summary on stderr.
const SUMMARY_LINES: usize = 40;

#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:
  vigil redact prompt.txt --mapping map.json -o prompt.redacted.txt
  git diff | vigil redact --pii > diff.redacted
  vigil unredact answer.txt --mapping map.json

Exit codes: 0 nothing to redact, 1 something was redacted, 2 an error (nothing is written).
The summary on standard error shows kinds, counts and masked previews, never a secret.")]
pub struct RedactArgs {
    /// The text to redact; `-` or nothing reads standard input.
    #[arg(value_name = "FILE|-")]
    pub input: Option<PathBuf>,
    /// Also redact personal data: e-mail addresses, phone numbers, card
    /// numbers that pass the Luhn check, IBANs.
    #[arg(long)]
    pub pii: bool,
    /// Write the placeholder-to-secret mapping here (JSON, owner-only
    /// permissions), for `vigil unredact`. Without it the redaction cannot be
    /// undone.
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// Replace an existing mapping file.
    #[arg(long)]
    pub force: bool,
    /// Write the redacted text here instead of standard output.
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
}

pub fn run(args: RedactArgs) -> Result<u8> {
    // Refuse before reading anything: an existing mapping may be the only way
    // back to secrets redacted earlier.
    if let Some(path) = &args.mapping {
        if path.exists() && !args.force {
            bail!("{}: the mapping file exists; pass --force to replace it", path.display());
        }
    }
    let (name, text) = read_text(args.input.as_deref())?;
    let options = if args.pii { RedactOptions::default().with_pii() } else { RedactOptions::default() };
    let redaction = vigil_secrets::redact(&text, &options);
    if let Some(path) = &args.mapping {
        write_mapping(path, &redaction.mapping, args.force)?;
    }
    write_text(args.output.as_deref(), &redaction.text)?;
    eprint!("{}", summary(&name, &redaction.mapping, &redaction.spans));
    match &args.mapping {
        Some(path) if !redaction.mapping.is_empty() => eprintln!(
            "vigil: mapping written to {} (owner-only); restore with `vigil unredact --mapping {}`",
            path.display(),
            path.display()
        ),
        Some(path) => eprintln!("vigil: empty mapping written to {}", path.display()),
        None if !redaction.mapping.is_empty() => {
            eprintln!("vigil: no --mapping given: the placeholders cannot be restored")
        }
        None => {}
    }
    Ok(u8::from(!redaction.spans.is_empty()))
}

/// What was redacted, for stderr: counts by kind, then each placeholder with
/// a masked preview of what it replaced. Never the secret itself.
fn summary(name: &str, mapping: &Mapping, spans: &[vigil_secrets::RedactedSpan]) -> String {
    if spans.is_empty() {
        return format!("vigil: nothing to redact in {name}\n");
    }
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for s in spans {
        *by_kind.entry(s.kind.as_str()).or_default() += 1;
        *uses.entry(s.placeholder.as_str()).or_default() += 1;
    }
    let kinds: Vec<String> = by_kind.iter().map(|(k, n)| format!("{k} x{n}")).collect();
    let mut out = format!(
        "vigil: redacted {} occurrence{} of {} value{} in {name}: {}\n",
        spans.len(),
        plural(spans.len()),
        mapping.len(),
        plural(mapping.len()),
        kinds.join(", ")
    );
    for e in mapping.entries.iter().take(SUMMARY_LINES) {
        let n = uses.get(e.placeholder.as_str()).copied().unwrap_or(0);
        out.push_str(&format!("  {}  {}  (x{n})\n", e.placeholder, mask(&e.original)));
    }
    if mapping.len() > SUMMARY_LINES {
        out.push_str(&format!("  ... and {} more\n", mapping.len() - SUMMARY_LINES));
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Reads the text of `input` (a file, or standard input for `None`/`-`).
/// Returns its display name and the text. Refuses binary data and invalid
/// UTF-8 rather than altering bytes, so that redacting and restoring gives
/// back the input byte for byte.
pub fn read_text(input: Option<&Path>) -> Result<(String, String)> {
    let (name, bytes) = match input {
        None => read_stdin_bytes()?,
        Some(p) if p.as_os_str() == "-" => read_stdin_bytes()?,
        Some(p) => {
            let file = std::fs::File::open(p).with_context(|| format!("cannot read {}", p.display()))?;
            let mut bytes = Vec::new();
            file.take(MAX_INPUT_BYTES + 1)
                .read_to_end(&mut bytes)
                .with_context(|| format!("cannot read {}", p.display()))?;
            (p.display().to_string(), bytes)
        }
    };
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        bail!("{name}: larger than {} MiB; split it first", MAX_INPUT_BYTES / (1024 * 1024));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        bail!("{name}: binary data (a NUL byte at offset {at}); only text can be redacted");
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((name, text)),
        Err(e) => bail!(
            "{name}: not valid UTF-8 (invalid byte at offset {}); convert it first, e.g. `iconv -f latin1 -t utf-8`",
            e.utf8_error().valid_up_to()
        ),
    }
}

fn read_stdin_bytes() -> Result<(String, Vec<u8>)> {
    let mut bytes = Vec::new();
    std::io::stdin().lock().take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes).context("cannot read standard input")?;
    Ok((vigil_input::STDIN_NAME.to_string(), bytes))
}

/// Writes `text` to `output`, or to standard output.
pub fn write_text(output: Option<&Path>, text: &str) -> Result<()> {
    match output {
        Some(p) if p.as_os_str() != "-" => {
            std::fs::write(p, text).with_context(|| format!("cannot write {}", p.display()))
        }
        _ => crate::out::emit(text),
    }
}

/// Writes the mapping as JSON with owner-only permissions. A file created
/// with a wider mode and then narrowed would be readable for a moment, so
/// the file is created with its final mode; `--force` removes the old one
/// first rather than reusing its permissions.
fn write_mapping(path: &Path, mapping: &Mapping, force: bool) -> Result<()> {
    if force && path.exists() {
        std::fs::remove_file(path).with_context(|| format!("cannot replace {}", path.display()))?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).with_context(|| {
        if path.exists() {
            format!("{}: the mapping file exists; pass --force to replace it", path.display())
        } else {
            format!("cannot create the mapping file {}", path.display())
        }
    })?;
    let json = serde_json::to_string_pretty(mapping).context("cannot serialise the mapping")?;
    file.write_all(json.as_bytes())
        .and_then(|_| file.write_all(b"\n"))
        .and_then(|_| file.sync_all())
        .with_context(|| format!("cannot write the mapping file {}", path.display()))
}
