//! Reading standard input (or any reader) through the same gate as files.

use std::io::{self, Read};
use std::path::Path;

use vigil_core::SkipReason;

use crate::classify::{decode, Limits};

/// The name standard input gets in reports.
pub const STDIN_NAME: &str = "<stdin>";

/// Reads all of standard input and decodes it like a file named `<stdin>`
/// (so no name-based rule such as `.min.js` applies). At most
/// `max_file_size + 1` bytes are read: a longer input is reported as
/// [`SkipReason::TooLarge`] with `size` = `max_file_size + 1`, meaning "more
/// than the limit", without draining the rest (standard input may be endless).
pub fn read_stdin(limits: &Limits) -> Result<String, SkipReason> {
    read_input(io::stdin().lock(), Path::new(STDIN_NAME), limits)
}

/// Reads `reader` to its end (or just past the size limit) and decodes it as
/// the input named `name`. Read errors are [`SkipReason::Unreadable`].
pub fn read_input(reader: impl Read, name: &Path, limits: &Limits) -> Result<String, SkipReason> {
    let bytes = read_capped(reader, limits.max_file_size, 0)?;
    decode(name, bytes, limits)
}

/// Reads at most `limit + 1` bytes, so that decode can tell "too large" apart.
pub(crate) fn read_capped(reader: impl Read, limit: u64, size_hint: u64) -> Result<Vec<u8>, SkipReason> {
    let cap = limit.saturating_add(1);
    let mut bytes = Vec::with_capacity(size_hint.min(cap).min(1 << 24) as usize);
    reader.take(cap).read_to_end(&mut bytes).map_err(|err| SkipReason::Unreadable { error: err.to_string() })?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Failing;
    impl Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            Err(io::Error::new(io::ErrorKind::BrokenPipe, "pipe closed"))
        }
    }

    #[test]
    fn reads_and_decodes() {
        let limits = Limits::default();
        let text = read_input(&b"\xEF\xBB\xBFimport os\n"[..], Path::new(STDIN_NAME), &limits).unwrap();
        assert_eq!(text, "import os\n");
        assert_eq!(read_input(&b"a\0b"[..], Path::new(STDIN_NAME), &limits), Err(SkipReason::Binary));
    }

    #[test]
    fn stops_just_past_the_limit() {
        let limits = Limits { max_file_size: 4, ..Limits::default() };
        let endless = io::repeat(b'a');
        assert_eq!(
            read_input(endless, Path::new(STDIN_NAME), &limits),
            Err(SkipReason::TooLarge { size: 5, limit: 4 })
        );
        assert_eq!(read_input(&b"abcd"[..], Path::new(STDIN_NAME), &limits).unwrap(), "abcd");
    }

    #[test]
    fn read_errors_are_unreadable() {
        assert_eq!(
            read_input(Failing, Path::new(STDIN_NAME), &Limits::default()),
            Err(SkipReason::Unreadable { error: "pipe closed".into() })
        );
    }
}
