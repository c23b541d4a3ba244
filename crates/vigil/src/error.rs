use std::path::PathBuf;

/// Errors that stop a scan before it starts. Problems met during a scan (a
/// file that cannot be read, a rule that does not load) are not errors: they
/// are reported in the [`vigil_core::Report`] as skips and warnings.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {message}", path.display())]
    Config { path: PathBuf, message: String },
    #[error("{}: cannot read", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: no such rule file or directory", .0.display())]
    RulesNotFound(PathBuf),
    #[error("{}: {message}", path.display())]
    Baseline { path: PathBuf, message: String },
    #[error(transparent)]
    Walk(#[from] vigil_input::WalkError),
    #[error("no rules to run: {0}")]
    NoRules(String),
}
