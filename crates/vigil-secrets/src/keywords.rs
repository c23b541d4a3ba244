//! Every occurrence of the detectors' keywords in a text, ignoring ASCII
//! case, overlapping ones included: where the detectors' regexes will run.
//!
//! An Aho-Corasick automaton over several hundred keywords follows one
//! transition per byte, each depending on the last: about 20 instructions a
//! byte. Keywords are rare in ordinary text, so a cheap test that rejects
//! almost every position does better: the first three bytes at a position,
//! case-folded, are hashed into a small bit set (4 KiB, in the first-level
//! cache) holding the hashes of every keyword's first three bytes. Positions
//! are independent of each other, so the processor overlaps their tests.
//! Only where the bit is set are the keywords with that hash compared.

/// log2 of the number of bits in the filter.
const BITS: u32 = 15;

/// Keywords indexed by the hash of their first three bytes.
pub(crate) struct KeywordIndex {
    /// Lower-case keywords; ids are indices.
    keywords: Vec<Box<[u8]>>,
    /// Per keyword, its first eight bytes (or fewer) folded, and the mask of
    /// the bytes present: a quick test before the exact comparison.
    heads: Vec<(u64, u64)>,
    /// Bit `h` is set when some keyword's first three bytes hash to `h`.
    filter: Box<[u64; 1 << (BITS - 6)]>,
    /// Keyword ids by hash: those of hash `h` are
    /// `entries[starts[h]..starts[h + 1]]`, in id order.
    starts: Box<[u32]>,
    entries: Box<[u32]>,
    /// Keywords shorter than two bytes, which no three-byte hash selects:
    /// compared at every position, after the others (none among the
    /// built-in ones).
    short: Vec<u32>,
}

/// ASCII letters differ from their other case only in bit 5: setting it in
/// every byte gives both cases the same value. Other bytes may then share a
/// value (`_` and DEL); the comparison after the filter is exact.
const FOLD: u32 = 0x0020_2020;

const FOLD64: u64 = 0x2020_2020_2020_2020;

/// The folded first eight bytes of `kw` (fewer if shorter) and their mask.
fn head(kw: &[u8]) -> (u64, u64) {
    let mut bytes = [0u8; 8];
    let len = kw.len().min(8);
    bytes[..len].copy_from_slice(&kw[..len]);
    let mask = if len == 8 { u64::MAX } else { (1u64 << (8 * len)) - 1 };
    ((u64::from_le_bytes(bytes) | FOLD64) & mask, mask)
}

fn hash(folded: u32) -> usize {
    (folded.wrapping_mul(0x9E37_79B1) >> (32 - BITS)) as usize
}

/// The folded first three bytes of `kw` (two-byte keywords: with `third`).
fn trigram(kw: &[u8], third: u8) -> u32 {
    (kw[0] as u32 | (kw[1] as u32) << 8 | (kw.get(2).copied().unwrap_or(third) as u32) << 16) | FOLD
}

impl KeywordIndex {
    /// Indexes `keywords` (lower-case, distinct); a match reports the index
    /// of its keyword in this list.
    pub(crate) fn new(keywords: Vec<Vec<u8>>) -> Self {
        let mut by_hash: Vec<(usize, u32)> = Vec::new();
        let mut short = Vec::new();
        for (id, kw) in keywords.iter().enumerate() {
            let id = id as u32;
            match kw.len() {
                0 | 1 => short.push(id),
                // Any third byte may follow a two-byte keyword, the text's
                // end included (read as a space).
                2 => {
                    let mut hashes: Vec<usize> = (0..=255u8).map(|b| hash(trigram(kw, b))).collect();
                    hashes.sort_unstable();
                    hashes.dedup();
                    by_hash.extend(hashes.into_iter().map(|h| (h, id)));
                }
                _ => by_hash.push((hash(trigram(kw, 0)), id)),
            }
        }
        by_hash.sort_unstable();
        let mut filter = Box::new([0u64; 1 << (BITS - 6)]);
        let mut starts = vec![0u32; (1 << BITS) + 1].into_boxed_slice();
        for &(h, _) in &by_hash {
            filter[h >> 6] |= 1 << (h & 63);
            starts[h + 1] += 1;
        }
        for h in 0..1 << BITS {
            starts[h + 1] += starts[h];
        }
        let entries = by_hash.iter().map(|&(_, id)| id).collect();
        let heads = keywords.iter().map(|kw| head(kw)).collect();
        let keywords = keywords.into_iter().map(Vec::into_boxed_slice).collect();
        KeywordIndex { keywords, heads, filter, starts, entries, short }
    }

    /// Calls `found(start, end, keyword id)` for every occurrence of every
    /// keyword, ignoring ASCII case, in order of start (for keywords of two
    /// bytes or more).
    pub(crate) fn for_each_match(&self, text: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        let n = text.len();
        let mut i = 0;
        // The hot loop: one unaligned load, a multiply and a bit test per
        // position, no dependence between positions.
        while i + 4 <= n {
            let Some(&word) = text[i..].first_chunk::<4>() else { break };
            let h = hash((u32::from_le_bytes(word) & 0x00FF_FFFF) | FOLD);
            if self.filter[h >> 6] & (1 << (h & 63)) != 0 {
                self.candidates(text, i, h, &mut found);
            }
            i += 1;
        }
        // The last positions, with missing bytes read as spaces (the hashes
        // of two-byte keywords cover every third byte).
        while i < n {
            let at = |k: usize| text.get(k).copied().unwrap_or(b' ') as u32;
            let h = hash((at(i) | at(i + 1) << 8 | at(i + 2) << 16) | FOLD);
            if self.filter[h >> 6] & (1 << (h & 63)) != 0 {
                self.candidates(text, i, h, &mut found);
            }
            i += 1;
        }
        if !self.short.is_empty() {
            for i in 0..n {
                for &id in &self.short {
                    self.compare(text, i, id, &mut found);
                }
            }
        }
    }

    /// Compares the keywords whose hash is `h` at `i`: rare, kept out of
    /// the hot loop.
    #[inline(never)]
    fn candidates(&self, text: &[u8], i: usize, h: usize, found: &mut impl FnMut(usize, usize, usize)) {
        for &id in &self.entries[self.starts[h] as usize..self.starts[h + 1] as usize] {
            self.compare(text, i, id, found);
        }
    }

    fn compare(&self, text: &[u8], i: usize, id: u32, found: &mut impl FnMut(usize, usize, usize)) {
        if let Some(&word) = text[i..].first_chunk::<8>() {
            let (head, mask) = self.heads[id as usize];
            if (u64::from_le_bytes(word) | FOLD64) & mask != head {
                return;
            }
        }
        let kw = &self.keywords[id as usize];
        let end = i + kw.len();
        if end <= text.len() && text[i..end].eq_ignore_ascii_case(kw) {
            found(i, end, id as usize);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every occurrence, by comparing every keyword at every position.
    fn naive(keywords: &[&str], text: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for i in 0..text.len() {
            for (id, kw) in keywords.iter().enumerate() {
                let end = i + kw.len();
                if end <= text.len() && text[i..end].eq_ignore_ascii_case(kw.as_bytes()) {
                    out.push((i, end, id));
                }
            }
        }
        out
    }

    fn indexed(keywords: &[&str], text: &[u8]) -> Vec<(usize, usize, usize)> {
        let index = KeywordIndex::new(keywords.iter().map(|k| k.as_bytes().to_vec()).collect());
        let mut out = Vec::new();
        index.for_each_match(text, |s, e, id| out.push((s, e, id)));
        out.sort_unstable_by_key(|&(s, _, id)| (s, id));
        out
    }

    #[test]
    fn finds_every_occurrence_in_any_case() {
        let keywords = ["key", "api_key", "q~", "secret", "secret_key", "sk_live_", "_password", "x"];
        for text in [
            "API_KEY = 'x'; Secret_Key: k; SK_LIVE_abc q~ Q~",
            "q~",
            "ke",
            "",
            "keykeykey_PASSWORD_password",
            "\u{e9}key\u{e9}Q~",
            "_`_`KEY\x7fkey",
        ] {
            assert_eq!(indexed(&keywords, text.as_bytes()), naive(&keywords, text.as_bytes()), "{text:?}");
        }
    }

    #[test]
    fn agrees_with_comparison_everywhere_on_generated_text() {
        let keywords = ["pass", "pwd", "token", "Q~", "ab", "aws", "eyJ", "sl.", "-----begin"];
        // Text made of keywords, their fragments in both cases and
        // separators, so that near-misses and overlaps are frequent.
        let pieces: &[&[u8]] = &[
            b"pass",
            b"PA",
            b"ss",
            b"wd",
            b"tok",
            b"EN",
            b"Q~",
            b"q",
            b"~",
            b"ab",
            b"AWS",
            b"aw",
            b"eyJ",
            b"sl.",
            b"-----",
            b"begin",
            b"BEGIN",
            b" ",
            b"_",
            b"\n",
            b"\xc3\xa9",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut text = Vec::new();
        while text.len() < 20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.extend_from_slice(pieces[(state % pieces.len() as u64) as usize]);
        }
        let expected = naive(&keywords, &text);
        assert!(expected.len() > 500);
        assert_eq!(indexed(&keywords, &text), expected);
    }
}
