use serde::{Deserialize, Serialize};

/// A point in a text: 1-based line and 1-based column counted in Unicode
/// scalar values (SARIF's `unicodeCodePoints` column kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

/// A range of a text, both as bytes (half-open) and as line/column positions
/// (`end` is the position just past the last character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start_byte: usize,
    pub end_byte: usize,
    pub start: Position,
    pub end: Position,
}

impl Span {
    /// The span shifted into an enclosing text where this text starts at
    /// `byte_offset` and on line `line_offset + 1`, whose first line began
    /// `first_line_column_offset` characters into its line. Used to map findings
    /// in a code block back to the chat answer it came from.
    pub fn shifted(self, byte_offset: usize, line_offset: u32, first_line_column_offset: u32) -> Span {
        let shift = |p: Position| Position {
            line: p.line + line_offset,
            column: if p.line == 1 { p.column + first_line_column_offset } else { p.column },
        };
        Span {
            start_byte: self.start_byte + byte_offset,
            end_byte: self.end_byte + byte_offset,
            start: shift(self.start),
            end: shift(self.end),
        }
    }
}

/// Byte offsets of line starts, to turn byte offsets into positions in O(log n).
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr_newlines(text.as_bytes()).map(|i| i + 1));
        LineIndex { line_starts }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The 0-based line that contains `byte`.
    pub fn line_of(&self, byte: usize) -> usize {
        match self.line_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Byte range of 0-based `line`, without its line terminator.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.line_starts.get(line).copied().unwrap_or(text.len());
        let mut end = self.line_starts.get(line + 1).map(|s| s - 1).unwrap_or(text.len());
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        start..end.max(start)
    }

    pub fn position(&self, text: &str, byte: usize) -> Position {
        let byte = floor_char_boundary(text, byte.min(text.len()));
        let line = self.line_of(byte);
        let start = self.line_starts[line];
        let column = text[start..byte].chars().count() as u32 + 1;
        Position { line: line as u32 + 1, column }
    }

    pub fn span(&self, text: &str, start_byte: usize, end_byte: usize) -> Span {
        Span { start_byte, end_byte, start: self.position(text, start_byte), end: self.position(text, end_byte) }
    }
}

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes.iter().enumerate().filter_map(|(i, &b)| (b == b'\n').then_some(i))
}

/// The largest char boundary at or below `i` (stable replacement for
/// `str::floor_char_boundary`).
pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "ab\nçé x\n\nlast";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 0), Position { line: 1, column: 1 });
        assert_eq!(idx.position(text, 3), Position { line: 2, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(idx.position(text, x), Position { line: 2, column: 4 });
        assert_eq!(idx.position(text, text.len()), Position { line: 4, column: 5 });
        assert_eq!(&text[idx.line_range(text, 1)], "çé x");
        assert_eq!(&text[idx.line_range(text, 2)], "");
    }

    #[test]
    fn shifting_moves_first_line_columns_only() {
        let text = "x = 1\ny";
        let idx = LineIndex::new(text);
        let s = idx.span(text, 0, 7).shifted(10, 4, 2);
        assert_eq!(s.start, Position { line: 5, column: 3 });
        assert_eq!(s.end, Position { line: 6, column: 2 });
        assert_eq!((s.start_byte, s.end_byte), (10, 17));
    }
}
