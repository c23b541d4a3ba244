use std::fmt;
use std::path::Path;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language Vigil can analyse.
///
/// `Generic` is text without a grammar: only regex rules run on it (Semgrep's
/// `generic` / `regex` languages), which is how secrets and config files are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Python,
    JavaScript,
    TypeScript,
    Tsx,
    Java,
    C,
    Cpp,
    Go,
    Php,
    CSharp,
    Ruby,
    Rust,
    Generic,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}` (known: python, javascript, typescript, tsx, java, c, cpp, go, php, csharp, ruby, rust, generic)")]
pub struct UnknownLanguage(pub String);

impl Language {
    /// Every language with a grammar, in a fixed order.
    pub const PARSED: [Language; 12] = [
        Language::Python,
        Language::JavaScript,
        Language::TypeScript,
        Language::Tsx,
        Language::Java,
        Language::C,
        Language::Cpp,
        Language::Go,
        Language::Php,
        Language::CSharp,
        Language::Ruby,
        Language::Rust,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::JavaScript => "javascript",
            Language::TypeScript => "typescript",
            Language::Tsx => "tsx",
            Language::Java => "java",
            Language::C => "c",
            Language::Cpp => "cpp",
            Language::Go => "go",
            Language::Php => "php",
            Language::CSharp => "csharp",
            Language::Ruby => "ruby",
            Language::Rust => "rust",
            Language::Generic => "generic",
        }
    }

    /// The usual file extension, used to name snippets (`snippet.py`).
    pub fn extension(self) -> &'static str {
        match self {
            Language::Python => "py",
            Language::JavaScript => "js",
            Language::TypeScript => "ts",
            Language::Tsx => "tsx",
            Language::Java => "java",
            Language::C => "c",
            Language::Cpp => "cpp",
            Language::Go => "go",
            Language::Php => "php",
            Language::CSharp => "cs",
            Language::Ruby => "rb",
            Language::Rust => "rs",
            Language::Generic => "txt",
        }
    }

    /// Whether a rule written for `self` applies to code in `other`.
    /// TypeScript rules run on TSX, and JavaScript rules run on TypeScript and
    /// TSX too, as in Semgrep, because TypeScript is a superset of JavaScript.
    pub fn covers(self, other: Language) -> bool {
        self == other
            || matches!(
                (self, other),
                (Language::JavaScript, Language::TypeScript | Language::Tsx)
                    | (Language::TypeScript, Language::Tsx | Language::JavaScript)
                    | (Language::C, Language::Cpp)
            )
    }

    /// Language from a file name's extension (or a well-known file name).
    pub fn from_path(path: &Path) -> Option<Language> {
        let name = path.file_name()?.to_str()?;
        let ext = match name.rsplit_once('.') {
            Some((_, ext)) => ext.to_ascii_lowercase(),
            None => return None,
        };
        Self::from_extension(&ext)
    }

    pub fn from_extension(ext: &str) -> Option<Language> {
        Some(match ext {
            "py" | "pyw" | "pyi" => Language::Python,
            "js" | "mjs" | "cjs" | "jsx" => Language::JavaScript,
            "ts" | "mts" | "cts" => Language::TypeScript,
            "tsx" => Language::Tsx,
            "java" => Language::Java,
            "c" | "h" => Language::C,
            "cc" | "cpp" | "cxx" | "c++" | "hpp" | "hh" | "hxx" | "h++" | "ipp" | "inl" => Language::Cpp,
            "go" => Language::Go,
            "php" | "phtml" | "php3" | "php4" | "php5" | "php7" | "phps" => Language::Php,
            "cs" => Language::CSharp,
            "rb" | "rake" | "gemspec" | "ru" => Language::Ruby,
            "rs" => Language::Rust,
            _ => return None,
        })
    }

    /// Language from a `#!` line: `#!/usr/bin/env python3`, `#!/bin/node`, ...
    pub fn from_shebang(text: &str) -> Option<Language> {
        let first = text.lines().next()?;
        let rest = first.strip_prefix("#!")?;
        let mut words = rest.split_whitespace();
        let mut program = words.next()?.rsplit('/').next()?;
        if program == "env" {
            program = words.find(|w| !w.starts_with('-'))?;
        }
        let program = program.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        Some(match program {
            "python" | "pypy" => Language::Python,
            "node" | "nodejs" | "deno" | "bun" => Language::JavaScript,
            "ts-node" | "tsx" => Language::TypeScript,
            "php" => Language::Php,
            "ruby" => Language::Ruby,
            _ => return None,
        })
    }

    /// Best guess from the text alone, for bare code fences and extension-less
    /// standard input. Scores telling tokens of each language and picks the
    /// clear winner; `None` when nothing stands out.
    pub fn guess_from_content(text: &str) -> Option<Language> {
        if let Some(lang) = Self::from_shebang(text) {
            return Some(lang);
        }
        let head: &str = match text.char_indices().nth(8192) {
            Some((i, _)) => &text[..i],
            None => text,
        };
        if head.trim_start().starts_with("<?php") {
            return Some(Language::Php);
        }
        // (language, marker, weight). Markers are chosen to be rare in the
        // other languages, so a single strong one decides.
        const MARKERS: &[(Language, &str, u32)] = &[
            (Language::Python, "def ", 2),
            (Language::Python, "import ", 1),
            (Language::Python, "from ", 1),
            (Language::Python, "elif ", 3),
            (Language::Python, "self.", 2),
            (Language::Python, "print(", 1),
            (Language::Python, "__name__", 3),
            (Language::Python, "):\n", 2),
            (Language::Python, "None", 1),
            (Language::JavaScript, "const ", 2),
            (Language::JavaScript, "let ", 2),
            (Language::JavaScript, "function ", 2),
            (Language::JavaScript, "=> ", 2),
            (Language::JavaScript, "require(", 3),
            (Language::JavaScript, "console.log", 3),
            (Language::JavaScript, "document.", 2),
            (Language::JavaScript, "===", 2),
            (Language::JavaScript, "module.exports", 3),
            (Language::TypeScript, ": string", 3),
            (Language::TypeScript, ": number", 3),
            (Language::TypeScript, "interface ", 2),
            (Language::TypeScript, ": Promise<", 3),
            (Language::Java, "public class ", 3),
            (Language::Java, "public static void main", 4),
            (Language::Java, "System.out.", 4),
            (Language::Java, "import java.", 4),
            (Language::Java, "private ", 1),
            (Language::Java, "String[]", 2),
            (Language::C, "#include <", 2),
            (Language::C, "int main(", 2),
            (Language::C, "printf(", 2),
            (Language::C, "malloc(", 2),
            (Language::C, "char *", 2),
            (Language::C, "->", 1),
            (Language::Cpp, "std::", 4),
            (Language::Cpp, "#include <iostream>", 4),
            (Language::Cpp, "namespace ", 2),
            (Language::Cpp, "template<", 3),
            (Language::Cpp, "cout <<", 4),
            (Language::Go, "package ", 2),
            (Language::Go, "func ", 3),
            (Language::Go, ":= ", 2),
            (Language::Go, "fmt.", 3),
            (Language::Go, "import (", 3),
            (Language::Go, "err != nil", 4),
            (Language::Php, "$_GET", 4),
            (Language::Php, "$_POST", 4),
            (Language::Php, "echo ", 1),
            (Language::Php, "$this->", 4),
            (Language::CSharp, "using System", 4),
            (Language::CSharp, "namespace ", 1),
            (Language::CSharp, "Console.Write", 4),
            (Language::CSharp, "public async Task", 4),
            (Language::CSharp, "[HttpGet", 4),
            (Language::Ruby, "end\n", 2),
            (Language::Ruby, "puts ", 3),
            (Language::Ruby, "require '", 3),
            (Language::Ruby, "def ", 1),
            (Language::Ruby, "do |", 4),
            (Language::Ruby, "attr_accessor", 4),
            (Language::Rust, "fn ", 3),
            (Language::Rust, "let mut ", 4),
            (Language::Rust, "impl ", 3),
            (Language::Rust, "use std::", 4),
            (Language::Rust, "println!", 4),
            (Language::Rust, "-> Result<", 3),
        ];
        let mut scores = [0u32; 13];
        for &(lang, marker, weight) in MARKERS {
            let n = head.matches(marker).take(8).count() as u32;
            scores[lang as usize] += n * weight;
        }
        // TypeScript is JavaScript plus types; C++ is C plus more.
        scores[Language::TypeScript as usize] += scores[Language::JavaScript as usize] / 2;
        scores[Language::Cpp as usize] += scores[Language::C as usize] / 2;
        if scores[Language::TypeScript as usize] <= scores[Language::JavaScript as usize] + 2 {
            scores[Language::TypeScript as usize] = 0;
        }
        if scores[Language::Cpp as usize] <= scores[Language::C as usize] + 2 {
            scores[Language::Cpp as usize] = 0;
        }
        let mut ranked: Vec<(u32, Language)> = Language::PARSED.iter().map(|&l| (scores[l as usize], l)).collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let (best, lang) = ranked[0];
        let second = ranked[1].0;
        (best >= 3 && best > second).then_some(lang)
    }

    /// All accepted names, for help texts.
    pub fn names() -> &'static [&'static str] {
        &[
            "python",
            "javascript",
            "typescript",
            "tsx",
            "java",
            "c",
            "cpp",
            "go",
            "php",
            "csharp",
            "ruby",
            "rust",
            "generic",
        ]
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;

    /// Accepts the names Semgrep rules and Markdown fences use: `py`, `js`, `node`,
    /// `ts`, `c++`, `golang`, `c#`, `rb`, `rs`, `regex`, ...
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        Ok(match lower.as_str() {
            "python" | "py" | "python3" | "py3" | "python2" => Language::Python,
            "javascript" | "js" | "node" | "nodejs" | "jsx" | "mjs" | "cjs" => Language::JavaScript,
            "typescript" | "ts" => Language::TypeScript,
            "tsx" => Language::Tsx,
            "java" => Language::Java,
            "c" | "h" => Language::C,
            "cpp" | "c++" | "cc" | "cxx" | "hpp" => Language::Cpp,
            "go" | "golang" => Language::Go,
            "php" => Language::Php,
            "csharp" | "c#" | "cs" | "dotnet" => Language::CSharp,
            "ruby" | "rb" => Language::Ruby,
            "rust" | "rs" => Language::Rust,
            "generic" | "regex" | "none" | "text" => Language::Generic,
            _ => return Err(UnknownLanguage(s.to_string())),
        })
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_map_to_languages() {
        assert_eq!(Language::from_path(Path::new("a/b.py")), Some(Language::Python));
        assert_eq!(Language::from_path(Path::new("x.TSX")), Some(Language::Tsx));
        assert_eq!(Language::from_path(Path::new("x.hpp")), Some(Language::Cpp));
        assert_eq!(Language::from_path(Path::new("Makefile")), None);
        assert_eq!(Language::from_path(Path::new("x.md")), None);
    }

    #[test]
    fn shebangs_name_interpreters() {
        assert_eq!(Language::from_shebang("#!/usr/bin/env python3\n"), Some(Language::Python));
        assert_eq!(Language::from_shebang("#!/usr/bin/env -S node --x\n"), Some(Language::JavaScript));
        assert_eq!(Language::from_shebang("#!/usr/bin/ruby\n"), Some(Language::Ruby));
        assert_eq!(Language::from_shebang("#!/bin/sh\n"), None);
        assert_eq!(Language::from_shebang("print(1)\n"), None);
    }

    #[test]
    fn content_guesses_are_plausible() {
        let cases = [
            ("import os\ndef f(x):\n    return os.system(x)\n", Language::Python),
            ("const fs = require('fs');\nfunction f() { console.log(1) }\n", Language::JavaScript),
            ("public class A { public static void main(String[] a) { System.out.println(1); } }", Language::Java),
            ("#include <stdio.h>\nint main(void) { char *p = malloc(3); printf(\"%s\", p); }", Language::C),
            ("#include <iostream>\nint main() { std::cout << 1; }", Language::Cpp),
            ("package main\nimport (\n\"fmt\"\n)\nfunc main() { x := 1; fmt.Println(x) }\n", Language::Go),
            ("<?php echo $_GET['a'];", Language::Php),
            ("fn main() { let mut x = 1; println!(\"{}\", x); }", Language::Rust),
            ("using System;\nclass A { void M() { Console.WriteLine(1); } }", Language::CSharp),
            ("require 'json'\nitems.each do |x|\n  puts x\nend\n", Language::Ruby),
        ];
        for (text, lang) in cases {
            assert_eq!(Language::guess_from_content(text), Some(lang), "{text}");
        }
        assert_eq!(Language::guess_from_content("hello there"), None);
    }

    #[test]
    fn names_round_trip() {
        for name in Language::names() {
            let lang: Language = name.parse().unwrap();
            assert_eq!(lang.name(), *name);
        }
        assert_eq!("C++".parse::<Language>().unwrap(), Language::Cpp);
        assert!("cobol".parse::<Language>().is_err());
    }
}
