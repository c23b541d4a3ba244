//! Vigil's inputs: turns what the user gives (paths, standard input, chat
//! answers) into texts to scan, and says why anything is skipped.
//!
//! - [`classify`]: the gate every input passes: size, binary, minified and
//!   generated checks, and decoding ([`decode`]).
//! - [`walk`](mod@walk): files and directories, honouring ignore files and
//!   exclude globs, in parallel ([`walk()`]).
//! - [`markdown`]: the code blocks of a chat answer, each mapping its offsets
//!   back to the answer ([`code_blocks`]).
//! - [`stdin`]: standard input through the same gate ([`read_stdin`]).
//!
//! ```
//! use vigil_input::{code_blocks, looks_like_markdown};
//! use vigil_core::Language;
//!
//! let answer = "Try this:\n\n> ```py\n> import os\n> os.system(cmd)\n> ```\n";
//! assert!(looks_like_markdown(answer));
//! let blocks = code_blocks(answer);
//! assert_eq!(blocks[0].language, Some(Language::Python));
//! assert_eq!(blocks[0].text, "import os\nos.system(cmd)\n");
//! // Byte 10 of the block ("os.system") is byte 33 of the answer.
//! assert_eq!(blocks[0].to_original(10), 33);
//! assert!(answer[33..].starts_with("os.system"));
//! ```

pub mod classify;
pub mod markdown;
pub mod stdin;
pub mod walk;

pub use classify::{decode, Limits};
pub use markdown::{code_blocks, code_blocks_with, looks_like_markdown, BlockOptions, CodeBlock};
pub use stdin::{read_input, read_stdin, STDIN_NAME};
pub use walk::{load_file, recognise, walk, Input, Recognised, SourceFile, SourceKind, WalkError, WalkOptions};

#[cfg(test)]
pub(crate) mod test_rng {
    /// xorshift64*: deterministic pseudo-random numbers for robustness tests.
    pub(crate) struct Rng(pub(crate) u64);

    impl Rng {
        pub(crate) fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
    }
}
