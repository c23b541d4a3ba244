//! Splitting chat answers (Markdown) into code blocks that map back to the
//! answer.
//!
//! A block's text is what CommonMark says its content is: container prefixes
//! (`> `, list indentation) and the fence's own indentation are removed, and
//! line endings are `\n`. [`CodeBlock::to_original`] maps any byte offset of
//! that text back to the answer, so findings point at the answer's lines.

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use vigil_core::Language;

/// A code block of a Markdown text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeBlock {
    /// The fence's info string, trimmed (`python title="x.py"`); empty for a
    /// bare fence or an indented block.
    pub info: String,
    /// From the info string (`py`, `{.python}`, `app.py`, ...); for a bare
    /// fence, guessed from the content; `None` when the info string names
    /// something Vigil does not analyse (`bash`, `diff`, `mermaid`).
    pub language: Option<Language>,
    /// The block's content, as CommonMark defines it.
    pub text: String,
    /// Whether the block was fenced (else indented).
    pub fenced: bool,
    /// Whether a fenced block ran to the end of its container without a
    /// closing fence (typically a truncated answer).
    pub unterminated: bool,
    /// The block's byte range in the original text, fences included.
    pub range: Range<usize>,
    /// Where the content starts in the original text (the original offset of
    /// block byte 0).
    pub start: usize,
    /// `(block offset, original offset, length, verbatim)` pieces, sorted by
    /// block offset, one at least per content line: bytes of a verbatim piece
    /// map one to one; a non-verbatim piece (spaces CommonMark synthesises
    /// when it splits a tab) maps to a single original offset.
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    block: usize,
    original: usize,
    len: usize,
    verbatim: bool,
}

/// Which blocks [`code_blocks_with`] returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BlockOptions {
    /// Also return indented code blocks (four spaces). Off by default: in chat
    /// answers indentation is more often a layout accident than code.
    pub indented: bool,
}

impl CodeBlock {
    /// The offset in the original text of byte `block_byte` of [`Self::text`].
    /// Offsets past the end map to the end of the content. A char boundary of
    /// the block text maps to a char boundary of the original.
    pub fn to_original(&self, block_byte: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.block <= block_byte);
        match i.checked_sub(1).map(|i| self.pieces[i]) {
            Some(p) => p.original + if p.verbatim { (block_byte - p.block).min(p.len) } else { 0 },
            None => self.start,
        }
    }

    /// Like [`Self::to_original`], but for the end of a range: an offset at
    /// the start of a line maps to the end of the previous line's content, not
    /// past the next line's prefix (`> `, indentation).
    pub fn to_original_end(&self, block_byte: usize) -> usize {
        if block_byte == 0 {
            return self.start;
        }
        let i = self.pieces.partition_point(|p| p.block < block_byte);
        match i.checked_sub(1).map(|i| self.pieces[i]) {
            Some(p) => p.original + if p.verbatim { (block_byte - p.block).min(p.len) } else { 0 },
            None => self.start,
        }
    }

    /// A byte range of [`Self::text`] as a range of the original text.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.to_original(range.start);
        let end = self.to_original_end(range.end).max(start);
        start..end
    }
}

/// The fenced code blocks of `text`, in order.
pub fn code_blocks(text: &str) -> Vec<CodeBlock> {
    code_blocks_with(text, BlockOptions::default())
}

/// The code blocks of `text`, in order, fenced and (if asked) indented.
pub fn code_blocks_with(text: &str, options: BlockOptions) -> Vec<CodeBlock> {
    let mut blocks = Vec::new();
    let mut current: Option<CodeBlock> = None;
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let (fenced, info) = match kind {
                    CodeBlockKind::Fenced(info) => (true, info.trim().to_string()),
                    CodeBlockKind::Indented => (false, String::new()),
                };
                if fenced || options.indented {
                    current = Some(CodeBlock {
                        info,
                        language: None,
                        text: String::new(),
                        fenced,
                        unterminated: false,
                        start: content_start(text, &range, fenced),
                        range,
                        pieces: Vec::new(),
                    });
                }
            }
            Event::Text(piece) => {
                if let Some(block) = current.as_mut() {
                    let verbatim = text.get(range.clone()) == Some(piece.as_ref());
                    block.pieces.push(Piece {
                        block: block.text.len(),
                        original: range.start,
                        len: piece.len(),
                        verbatim,
                    });
                    block.text.push_str(&piece);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(mut block) = current.take() {
                    if let Some(first) = block.pieces.first() {
                        block.start = first.original;
                    }
                    block.unterminated = block.fenced && !has_closing_fence(text, &block.range);
                    block.language = block_language(&block.info, &block.text);
                    blocks.push(block);
                }
            }
            _ => {}
        }
    }
    blocks
}

/// For an empty block, where its content would start: after the opening fence
/// line, or at the block's start for an indented block.
fn content_start(text: &str, range: &Range<usize>, fenced: bool) -> usize {
    if !fenced {
        return range.start;
    }
    let block = &text.as_bytes()[range.clone()];
    match memchr::memchr(b'\n', block) {
        Some(i) => range.start + i + 1,
        None => range.end,
    }
}

/// Whether the last line of a fenced block is a closing fence.
fn has_closing_fence(text: &str, range: &Range<usize>) -> bool {
    let block = text.get(range.clone()).unwrap_or("").trim_end_matches(['\n', '\r']);
    let Some((first, _)) = block.split_once('\n') else {
        return false;
    };
    let opening = first.trim_start_matches([' ', '\t', '>']);
    let fence_char = match opening.chars().find(|&c| c == '`' || c == '~') {
        Some(c) => c,
        None => return false,
    };
    let fence_len =
        opening.trim_start_matches(|c: char| c != fence_char).chars().take_while(|&c| c == fence_char).count();
    let last = block.rsplit('\n').next().unwrap_or("");
    let last = last.trim_start_matches([' ', '\t', '>']).trim_end();
    last.len() >= fence_len && last.chars().all(|c| c == fence_char)
}

/// The language of a block from its info string, else from its content.
pub fn block_language(info: &str, text: &str) -> Option<Language> {
    if info.trim().is_empty() {
        return Language::guess_from_content(text);
    }
    info_language(info)
}

/// The language an info string names: `python`, `py3`, `{.python}`,
/// `python title="x.py"`, `js:server.js`, `app.py`, `c++`, `jsx`, and
/// configuration formats (`json`, `yaml`, `dockerfile`, ...) as
/// [`Language::Generic`]. `None` for anything else (`bash`, `diff`, ...).
pub fn info_language(info: &str) -> Option<Language> {
    let info = info.trim();
    let info = info.strip_prefix('{').map(|s| s.trim_start()).unwrap_or(info);
    let first =
        info.split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '{' | '}')).find(|w| !w.is_empty())?;
    let word = first.strip_prefix('.').unwrap_or(first);
    if let Some(lang) = word_language(word) {
        return Some(lang);
    }
    // A file name, as the first word (`app.py`) or an attribute
    // (`title="app.py"`, `filename=app.py`).
    info.split(|c: char| c.is_whitespace() || matches!(c, ',' | '{' | '}'))
        .filter_map(|w| {
            let value = w.rsplit_once('=').map_or(w, |(_, v)| v);
            let value = value.trim_matches(|c| c == '"' || c == '\'');
            value.contains('.').then_some(value)
        })
        .find_map(|name| Language::from_path(Path::new(name)).or_else(|| generic_file(name)))
}

fn word_language(word: &str) -> Option<Language> {
    if let Ok(lang) = word.parse::<Language>() {
        return Some(lang);
    }
    let lower = word.to_ascii_lowercase();
    Some(match lower.as_str() {
        "python2" | "pycon" | "ipython" | "ipython3" | "sage" => Language::Python,
        "javascriptreact" | "es6" | "ecmascript" | "node.js" => Language::JavaScript,
        "typescriptreact" => Language::Tsx,
        "cs" | "c-sharp" | "c_sharp" => Language::CSharp,
        "objective-c" => return None,
        "cplusplus" | "cxx" | "hpp" | "h++" => Language::Cpp,
        "rb" | "jruby" => Language::Ruby,
        "php3" | "php4" | "php5" | "php7" | "php8" => Language::Php,
        "json" | "jsonc" | "json5" | "yaml" | "yml" | "toml" | "ini" | "cfg" | "conf" | "properties" | "env"
        | "dotenv" | "dockerfile" | "docker" | "containerfile" | "xml" | "plaintext" | "txt" | "hcl" | "terraform"
        | "tf" => Language::Generic,
        _ => return None,
    })
}

fn generic_file(name: &str) -> Option<Language> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    matches!(ext.as_str(), "json" | "yaml" | "yml" | "toml" | "env" | "ini" | "cfg" | "conf" | "properties" | "xml")
        .then_some(Language::Generic)
}

/// Whether `text` contains a fenced code block (a line of three or more
/// backticks or tildes, as CommonMark reads it), so that it is to be read as
/// a chat answer. Plain code is not Markdown, so callers can scan it as code
/// unchanged: fences indented as code (a docstring's example inside a class),
/// and inline code such as "```x```", do not count.
pub fn looks_like_markdown(text: &str) -> bool {
    // A cheap line scan first; the parser only confirms a candidate.
    text.lines().any(is_fence_line)
        && Parser::new_ext(text, Options::empty())
            .any(|event| matches!(event, Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_)))))
}

/// Whether a line, after any indentation, block quote markers and list
/// markers, starts with a fence.
fn is_fence_line(line: &str) -> bool {
    let mut rest = line;
    loop {
        let before = rest.len();
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix('>') {
            rest = r;
        }
        rest = strip_list_marker(rest);
        if rest.len() == before {
            break;
        }
    }
    for fence in ['`', '~'] {
        let run = rest.chars().take_while(|&c| c == fence).count();
        if run >= 3 {
            return fence == '~' || !rest[run..].contains('`');
        }
    }
    false
}

/// `-`, `*`, `+`, `1.` or `1)` followed by a space or tab, removed.
fn strip_list_marker(line: &str) -> &str {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let after = if (1..=9).contains(&digits) {
        line[digits..].strip_prefix(['.', ')'])
    } else {
        line.strip_prefix(['-', '*', '+'])
    };
    match after {
        Some(r) if r.starts_with([' ', '\t']) => r,
        _ => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line start of every block maps to an original position whose
    /// line starts with the same content.
    fn assert_lines_map(original: &str, block: &CodeBlock) {
        let mut line_start = 0;
        for line in block.text.split_inclusive('\n') {
            let content = line.trim_end_matches('\n');
            let at = block.to_original(line_start);
            assert!(
                original[at..].starts_with(content),
                "block line {content:?} maps to {at}: {:?}\n{original:?}\n{block:?}",
                &original[at..original.len().min(at + 60)]
            );
            let range = block.original_range(line_start..line_start + content.len());
            assert_eq!(range.start, at);
            assert_eq!(&original[range], content);
            line_start += line.len();
        }
    }

    const ANSWER: &str = r#"Sure! Here is a safer version.

```python title="app.py"
import os

def run(cmd):
    os.system(cmd)
```

And the client side:
```
const x = require('child_process');
console.log(x);
```

1. Install it:

   ```js
   let a = 1;
     if (a === 1) { eval(a); }
   ```

> Quoted:
> ~~~c++
> std::string s;
>
>   system(s.c_str());
> ~~~

Finally:
```go
package main
func main() {
"#;

    #[test]
    fn realistic_answer() {
        let blocks = code_blocks(ANSWER);
        assert_eq!(blocks.len(), 5);
        let summary: Vec<_> =
            blocks.iter().map(|b| (b.info.as_str(), b.language, b.text.as_str(), b.unterminated)).collect();
        assert_eq!(
            summary,
            vec![
                (
                    "python title=\"app.py\"",
                    Some(Language::Python),
                    "import os\n\ndef run(cmd):\n    os.system(cmd)\n",
                    false
                ),
                ("", Some(Language::JavaScript), "const x = require('child_process');\nconsole.log(x);\n", false),
                ("js", Some(Language::JavaScript), "let a = 1;\n  if (a === 1) { eval(a); }\n", false),
                ("c++", Some(Language::Cpp), "std::string s;\n\n  system(s.c_str());\n", false),
                ("go", Some(Language::Go), "package main\nfunc main() {\n", true),
            ]
        );
        for block in &blocks {
            assert_lines_map(ANSWER, block);
        }
        // Exact offsets.
        let at = |needle: &str| ANSWER.find(needle).unwrap();
        assert_eq!(blocks[0].start, at("import os"));
        assert_eq!(blocks[0].to_original(11), at("def run"));
        assert_eq!(blocks[2].to_original(0), at("let a = 1;"));
        // Block byte 11 is the start of the second line, "  if": in the answer
        // that line is indented by 5 spaces, 3 of which belong to the list item.
        assert_eq!(blocks[2].to_original(11), at("     if (a") + 3);
        assert_eq!(blocks[2].to_original(13), at("if (a"));
        assert_eq!(blocks[3].to_original(0), at("std::string"));
        assert_eq!(blocks[3].to_original(15), at(">\n") + 1);
        assert_eq!(blocks[3].to_original(16), at("  system("));
        let eval = blocks[2].text.find("eval").unwrap();
        assert_eq!(blocks[2].original_range(eval..eval + 4), at("eval")..at("eval") + 4);
        // A range ending at a line end stops before the next line's prefix.
        assert_eq!(blocks[3].original_range(0..15), at("std::string")..at("std::string") + 15);
        let last = &blocks[4];
        assert_eq!(last.to_original(last.text.len()), ANSWER.len());
        assert_eq!(last.range, at("```go")..ANSWER.len());
    }

    #[test]
    fn crlf_lines_map() {
        let text = "Hi\r\n```py\r\nx = 1\r\ny = 2\r\n```\r\n";
        let blocks = code_blocks(text);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text, "x = 1\ny = 2\n");
        assert_eq!(blocks[0].to_original(6), text.find("y = 2").unwrap());
        assert_eq!(blocks[0].original_range(0..5), 11..16);
        assert_lines_map(text, &blocks[0]);
    }

    #[test]
    fn tabs_split_by_containers_still_map() {
        // The list item's content starts at column 2; the tab spans columns
        // 0-3, so CommonMark keeps 2 columns of it as spaces it makes up.
        let text = "- a\n\n  ```py\n\t\tx\n  ```\n";
        let block = &code_blocks(text)[0];
        assert_eq!(block.text, "  \tx\n");
        let tab = text.find("\tx").unwrap();
        assert_eq!(block.to_original(0), tab);
        assert_eq!(block.to_original(1), tab);
        assert_eq!(block.to_original(2), tab);
        assert_eq!(block.to_original(3), tab + 1);
    }

    #[test]
    fn empty_and_nested_blocks() {
        let text = "```py\n```\nafter\n";
        let blocks = code_blocks(text);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text, "");
        assert_eq!(blocks[0].start, 6);
        assert_eq!(blocks[0].to_original(0), 6);
        assert!(!blocks[0].unterminated);
        // A longer fence holds a shorter one as content.
        let text = "````md\n```py\nx\n```\n````\n";
        let blocks = code_blocks(text);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text, "```py\nx\n```\n");
        assert_eq!(blocks[0].language, None);
        // A bare fence at the very end.
        let blocks = code_blocks("text\n```");
        assert_eq!(blocks.len(), 1);
        assert_eq!((blocks[0].text.as_str(), blocks[0].start, blocks[0].unterminated), ("", 8, true));
        let blocks = code_blocks("```py\nx = 1");
        assert_eq!((blocks[0].text.as_str(), blocks[0].unterminated), ("x = 1", true));
    }

    #[test]
    fn indented_blocks_only_when_asked() {
        let text = "Para.\n\n    x = eval(y)\n    z = 1\n";
        assert!(code_blocks(text).is_empty());
        let blocks = code_blocks_with(text, BlockOptions { indented: true });
        assert_eq!(blocks.len(), 1);
        assert!(!blocks[0].fenced);
        assert_eq!(blocks[0].text, "x = eval(y)\nz = 1\n");
        assert_eq!(blocks[0].to_original(12), text.find("z = 1").unwrap());
        assert_lines_map(text, &blocks[0]);
    }

    #[test]
    fn info_strings() {
        let cases: &[(&str, Option<Language>)] = &[
            ("python", Some(Language::Python)),
            ("Python", Some(Language::Python)),
            ("py3", Some(Language::Python)),
            ("python title=\"x.py\"", Some(Language::Python)),
            ("{.python}", Some(Language::Python)),
            ("{ .python .numberLines }", Some(Language::Python)),
            ("python,linenos", Some(Language::Python)),
            ("jsx", Some(Language::JavaScript)),
            ("c++", Some(Language::Cpp)),
            ("golang", Some(Language::Go)),
            ("tsx:app/page.tsx", Some(Language::Tsx)),
            ("typescriptreact", Some(Language::Tsx)),
            ("app.py", Some(Language::Python)),
            ("src/Main.java", Some(Language::Java)),
            ("title=\"server.js\"", Some(Language::JavaScript)),
            ("json", Some(Language::Generic)),
            ("yaml", Some(Language::Generic)),
            ("Dockerfile", Some(Language::Generic)),
            ("config.yml", Some(Language::Generic)),
            ("diff", None),
            ("bash", None),
            ("mermaid", None),
            ("", None),
        ];
        for (info, lang) in cases {
            assert_eq!(info_language(info), *lang, "{info}");
        }
        // Bare fences fall back to the content; named ones do not.
        assert_eq!(block_language("", "fn main() { let mut x = 1; println!(\"{x}\"); }"), Some(Language::Rust));
        assert_eq!(block_language("bash", "import os\ndef f():\n    pass\n"), None);
    }

    #[test]
    fn markdown_detection() {
        assert!(looks_like_markdown("Here:\n```python\nx\n```\n"));
        assert!(looks_like_markdown("```\nx"));
        assert!(looks_like_markdown("text\n   ~~~\ncode\n"));
        assert!(looks_like_markdown("1. Step\n\n   ```js\nx\n   ```\n"));
        assert!(looks_like_markdown("- ```js\n"));
        assert!(looks_like_markdown("> ```c\n> int x;\n"));
        assert!(!looks_like_markdown("import os\nos.system(x)\n"));
        assert!(!looks_like_markdown("Use ``` to start a block, like `x`.\n"));
        assert!(!looks_like_markdown("say ```x``` inline"));
        assert!(!looks_like_markdown("```inline``` code at line start"));
        assert!(!looks_like_markdown("x = '``'\n"));
        assert!(!looks_like_markdown(""));
        assert!(looks_like_markdown("- > 1. ```py\nx\n"));
        // Fences in a docstring indented as code are not Markdown fences.
        let code = "class A:\n    def f(self):\n        \"\"\"Run.\n\n        ```python\n        A().f()\n        ```\n        \"\"\"\n";
        assert!(!looks_like_markdown(code));
    }

    #[test]
    fn adversarial_markdown_never_panics() {
        const ALPHABET: &[&str] = &[
            "```",
            "~~~",
            "````",
            "`",
            "~",
            "\n",
            "\r\n",
            "\r",
            " ",
            "  ",
            "   ",
            "    ",
            "\t",
            "> ",
            ">",
            "- ",
            "* ",
            "1. ",
            "10) ",
            "py",
            "js",
            "{.python}",
            "x",
            "=",
            "\0",
            "é",
            "\u{FFFD}",
            "<div>",
            "</div>",
            "\\",
            "[",
            "]",
            "(",
            ")",
            "#",
            "|",
            "---",
            "\u{2028}",
        ];
        let mut rng = crate::test_rng::Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..3000 {
            let len = (rng.next() % 80) as usize;
            let mut text = String::new();
            for _ in 0..len {
                text.push_str(ALPHABET[(rng.next() % ALPHABET.len() as u64) as usize]);
            }
            let _ = looks_like_markdown(&text);
            for options in [BlockOptions { indented: false }, BlockOptions { indented: true }] {
                for block in code_blocks_with(&text, options) {
                    for i in 0..=block.text.len() + 2 {
                        let at = block.to_original(i);
                        let end = block.to_original_end(i);
                        assert!(at <= text.len() && end <= text.len(), "{text:?}");
                        assert!(text.is_char_boundary(at) || !block.text.is_char_boundary(i.min(block.text.len())));
                    }
                    let r = block.original_range(0..block.text.len());
                    assert!(r.start <= r.end && r.end <= text.len());
                    // Lines map one to one unless CommonMark had to make up
                    // text (split tabs) or a lone CR ends a line (it drops it).
                    let lone_cr = text.replace("\r\n", "").contains('\r');
                    if block.pieces.iter().all(|p| p.verbatim) && !lone_cr {
                        assert_lines_map(&text, &block);
                    }
                }
            }
        }
    }
}
