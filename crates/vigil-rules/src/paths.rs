//! A rule's `paths: {include, exclude}`, with Semgrep's reading of globs: a
//! glob without a slash matches a file or directory name anywhere in the
//! path; one with a slash is anchored at the scan root.

use std::path::Path;

use globset::{Glob, GlobSet, GlobSetBuilder};

#[derive(Debug, Clone, Default)]
pub struct PathFilter {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

fn expand(glob: &str) -> Vec<String> {
    let g = glob.trim().trim_start_matches("./");
    if let Some(anchored) = g.strip_prefix('/') {
        return vec![anchored.to_string(), format!("{anchored}/**")];
    }
    if g.contains('/') {
        vec![g.to_string(), format!("{g}/**"), format!("**/{g}"), format!("**/{g}/**")]
    } else {
        vec![format!("**/{g}"), format!("**/{g}/**")]
    }
}

fn build(globs: &[String]) -> Result<Option<GlobSet>, String> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for g in globs {
        for pattern in expand(g) {
            let glob = Glob::new(&pattern).map_err(|e| format!("bad glob `{g}`: {e}"))?;
            builder.add(glob);
        }
    }
    builder.build().map(Some).map_err(|e| e.to_string())
}

impl PathFilter {
    pub fn new(include: &[String], exclude: &[String]) -> Result<PathFilter, String> {
        Ok(PathFilter { include: build(include)?, exclude: build(exclude)? })
    }

    /// Whether the rule runs on `path`.
    pub fn allows(&self, path: &Path) -> bool {
        let text = path.to_string_lossy().replace('\\', "/");
        let p = Path::new(text.trim_start_matches("./"));
        if let Some(ex) = &self.exclude {
            if ex.is_match(p) {
                return false;
            }
        }
        match &self.include {
            Some(inc) => inc.is_match(p),
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semgrep_path_semantics() {
        let f = PathFilter::new(&["*.py".into()], &["tests".into(), "/vendor/x".into()]).unwrap();
        assert!(f.allows(Path::new("src/app.py")));
        assert!(f.allows(Path::new("./app.py")));
        assert!(!f.allows(Path::new("src/app.js")));
        assert!(!f.allows(Path::new("pkg/tests/test_app.py")));
        assert!(!f.allows(Path::new("vendor/x/y.py")));
        assert!(f.allows(Path::new("other/vendor/x/y.py")));
        assert!(PathFilter::default().allows(Path::new("anything")));
        assert!(PathFilter::new(&["[".into()], &[]).is_err());
    }
}
