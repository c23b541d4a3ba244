//! The files under a path, for the examples that read whole trees.

use std::path::{Path, PathBuf};

/// Every regular file under `p` (or `p` itself), symlinks not followed.
pub fn walk(p: &Path, out: &mut Vec<PathBuf>) {
    let Ok(meta) = std::fs::symlink_metadata(p) else { return };
    if meta.is_file() {
        out.push(p.to_path_buf());
    } else if meta.is_dir() {
        let Ok(rd) = std::fs::read_dir(p) else { return };
        for e in rd.flatten() {
            walk(&e.path(), out);
        }
    }
}
