use tree_sitter::Language as Grammar;
use vigil_core::Language;

/// The tree-sitter grammar for `lang` applied to `text`, or `None` for
/// [`Language::Generic`], which has no grammar.
///
/// PHP has two grammars: the full one treats everything outside `<?php ... ?>`
/// as inline HTML, so a snippet without the opening tag would parse as one
/// HTML blob with no error and no code. Text without an opening tag gets the
/// PHP-only grammar instead.
pub fn grammar(lang: Language, text: &str) -> Option<Grammar> {
    Some(match lang {
        Language::Php if !has_php_open_tag(text) => tree_sitter_php::LANGUAGE_PHP_ONLY.into(),
        other => return grammar_for_pattern(other),
    })
}

/// The grammar used for rule patterns, which never carry `<?php`.
pub fn grammar_for_pattern(lang: Language) -> Option<Grammar> {
    Some(match lang {
        Language::Python => tree_sitter_python::LANGUAGE.into(),
        Language::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
        Language::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
        Language::Tsx => tree_sitter_typescript::LANGUAGE_TSX.into(),
        Language::Java => tree_sitter_java::LANGUAGE.into(),
        Language::C => tree_sitter_c::LANGUAGE.into(),
        Language::Cpp => tree_sitter_cpp::LANGUAGE.into(),
        Language::Go => tree_sitter_go::LANGUAGE.into(),
        Language::Php => tree_sitter_php::LANGUAGE_PHP_ONLY.into(),
        Language::CSharp => tree_sitter_c_sharp::LANGUAGE.into(),
        Language::Ruby => tree_sitter_ruby::LANGUAGE.into(),
        Language::Rust => tree_sitter_rust::LANGUAGE.into(),
        Language::Generic => return None,
    })
}

fn has_php_open_tag(text: &str) -> bool {
    // `<?=` is the short echo tag; `<?` alone is too ambiguous (XML) to count.
    text.contains("<?php") || text.contains("<?PHP") || text.contains("<?=")
}
