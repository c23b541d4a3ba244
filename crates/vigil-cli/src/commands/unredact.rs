//! `vigil unredact`: puts the originals back in place of the placeholders
//! that `vigil redact --mapping` made, including placeholders a model quoted
//! back in another text (label dropped, brackets escaped, URL-encoded).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;
use vigil_secrets::Mapping;

use super::redact::{read_text, write_text};

/// A mapping file is small: a few entries per secret. This bounds what a
/// wrong `--mapping` argument can make us read.
const MAX_MAPPING_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Clone, Args)]
#[command(after_help = "Placeholders are restored however a model quoted them back: without their label \
([[SECRET_1]]), with escaped brackets, other case or spacing, or URL-encoded.

Exit codes: 0 done, 2 an error (unreadable or invalid mapping, input that is not UTF-8 text).")]
pub struct UnredactArgs {
    /// The text holding placeholders; `-` or nothing reads standard input.
    #[arg(value_name = "FILE|-")]
    pub input: Option<PathBuf>,
    /// The mapping file written by `vigil redact --mapping`.
    #[arg(long, value_name = "FILE", required = true)]
    pub mapping: PathBuf,
    /// Write the restored text here instead of standard output.
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
}

pub fn run(args: UnredactArgs) -> Result<u8> {
    let mapping = read_mapping(&args.mapping)?;
    let (name, text) = read_text(args.input.as_deref())?;
    let restored = vigil_secrets::unredact(&text, &mapping);
    write_text(args.output.as_deref(), &restored)?;
    // Each original that appears more often than before stands for a
    // restored placeholder; the count is for the user, the texts stay here.
    let count: usize = mapping
        .entries
        .iter()
        .filter(|e| !e.original.is_empty())
        .map(|e| {
            restored.matches(e.original.as_str()).count().saturating_sub(text.matches(e.original.as_str()).count())
        })
        .sum();
    if count == 0 {
        eprintln!("vigil: no placeholder of {} found in {name}", args.mapping.display());
    } else {
        eprintln!("vigil: restored {count} placeholder{} in {name}", if count == 1 { "" } else { "s" });
    }
    Ok(0)
}

fn read_mapping(path: &Path) -> Result<Mapping> {
    let size =
        std::fs::metadata(path).with_context(|| format!("cannot read the mapping file {}", path.display()))?.len();
    if size > MAX_MAPPING_BYTES {
        anyhow::bail!("{}: too large for a mapping file ({size} bytes)", path.display());
    }
    warn_if_shared(path);
    let json =
        std::fs::read_to_string(path).with_context(|| format!("cannot read the mapping file {}", path.display()))?;
    serde_json::from_str(&json)
        .with_context(|| format!("{}: not a mapping written by `vigil redact --mapping`", path.display()))
}

/// The mapping holds secrets: say so when others can read it.
fn warn_if_shared(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path) {
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                eprintln!(
                    "vigil: warning: {} holds secrets but is readable by others (mode {mode:o}); `chmod 600` it",
                    path.display()
                );
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}
