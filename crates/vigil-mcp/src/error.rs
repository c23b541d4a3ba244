//! Why a tool call failed, worded for the model that made it: each message
//! says what to change in the call.

use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ToolError {
    #[error("unknown language `{given}`; use one of: {}, or give a filename with an extension", known.join(", "))]
    UnknownLanguage { given: String, known: Vec<String> },
    #[error(
        "could not tell the language of the code; pass `language` (e.g. \"python\") or a `filename` such as \"app.py\""
    )]
    LanguageNotRecognised,
    #[error("{what} is {size} bytes, over the limit of {limit} bytes; {hint}")]
    TooLarge { what: String, size: u64, limit: u64, hint: &'static str },
    #[error("`{}` is outside the server's working directory {}; pass a path inside it, or an absolute path", path.display(), root.display())]
    OutsideRoot { path: PathBuf, root: PathBuf },
    #[error("`{}` does not exist (paths are relative to {})", path.display(), root.display())]
    NotFound { path: PathBuf, root: PathBuf },
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    UnknownTopic(String),
    #[error("the scan did not finish within {0} s; scan fewer or smaller files")]
    Timeout(u64),
    #[error("internal error: {0}")]
    Internal(String),
}
