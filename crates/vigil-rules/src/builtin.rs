//! The built-in rule pack, compiled into the binary from `rules/`.

use crate::load::{load_trusted, load_trusted_json, Loaded};

include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// Loads the built-in pack. Its patterns compile on first use (the pack's
/// tests check that every one compiles). A rule's lesson comes from the Markdown file
/// beside its YAML when the rule's metadata has none.
pub fn builtin() -> Loaded {
    let mut all = Loaded::default();
    for ((name, yaml, lesson), json) in BUILTIN_FILES.iter().zip(BUILTIN_JSON) {
        let origin = format!("builtin:{name}");
        let mut loaded = match json {
            Some(json) => load_trusted_json(json, &origin),
            None => load_trusted(yaml, &origin),
        };
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
