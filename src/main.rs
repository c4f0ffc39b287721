//! The `kring` binary: parse the command line, run it, report errors in one line.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = kring::cli::Cli::parse();
    match kring::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("kring: {error}");
            ExitCode::FAILURE
        }
    }
}
