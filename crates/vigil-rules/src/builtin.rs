//! The built-in rule pack, compiled into the binary from `rules/`.

use crate::load::{load_str, Loaded};

include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// Loads the built-in pack. A rule's lesson comes from the Markdown file
/// beside its YAML when the rule's metadata has none.
pub fn builtin() -> Loaded {
    let mut all = Loaded::default();
    for (name, yaml, lesson) in BUILTIN_FILES {
        let mut loaded = load_str(yaml, &format!("builtin:{name}"));
        if !lesson.is_empty() {
            for rule in &mut loaded.rules {
                if rule.lesson.is_empty() {
                    rule.lesson = lesson.to_string();
                }
            }
        }
        all.extend(loaded);
    }
    all
}
