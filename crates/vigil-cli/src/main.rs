//! The `vigil` command. Exit codes: 0 nothing at or above the threshold, 1
//! findings at or above it (or failing rule tests), 2 a usage or runtime
//! error, with a message naming the path or setting at fault.

mod cli;
mod commands;
mod fixing;
mod out;
mod setup;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};

/// Matching and loading rules allocate many small, short-lived values;
/// mimalloc serves them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with success; usage errors exit 2.
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Scan(args) => commands::scan::run(args),
        Command::Rules(args) => commands::rules::run(args),
        Command::Explain(args) => commands::explain::run(args),
        Command::Test(args) => commands::test::run(args),
        Command::Fix(args) => commands::scan::run_fix(args),
        Command::Redact(args) => commands::redact::run(args),
        Command::Unredact(args) => commands::unredact::run(args),
        Command::Mcp(args) => commands::mcp::run(args),
        Command::Serve(args) => commands::serve::run(args),
        Command::Report(args) => commands::report::run(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("vigil: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
