//! The `kring` binary: parse the command line, run it, report errors in one line.

use clap::FromArgMatches;
use kring::domain::text::for_terminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    report_crashes();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Chosen again after parsing (with the flag clap read); set now so that
    // `--help` speaks it too.
    kring::l10n::set(kring::cli::help::choose_language(&args));
    let parsed = kring::cli::help::command()
        .try_get_matches_from(args)
        .and_then(|matches| kring::cli::Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => error.exit(), // --help, --version
        Err(error) => {
            // clap quotes what was typed; it is shown, never obeyed.
            eprint!("{}", for_terminal(&error.render().to_string()));
            return ExitCode::from(error.exit_code() as u8);
        }
    };
    match kring::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("kring: {}", for_terminal(&error.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// On a bug (a panic): say where, that the data is safe, and where to report
/// it. The panic's own message is left out, because it may quote a name or an
/// e-mail address; `KRING_PANIC_DETAILS=1` shows it. The terminal UI adds its
/// own hook in front of this one that restores the terminal first.
fn report_crashes() {
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_else(|| "an unknown place".into());
        eprintln!(
            "kring crashed at {location} (kring {}). This is a bug in kring.\n\
             Your data is safe: every change is saved whole or not at all. The change kring was making may have\n\
             been saved just before the crash, or not: look (`kring history --all`) before you make it again.\n\
             Please report it as README.md says under \"Reporting a problem\": what you did, and the line above.",
            env!("CARGO_PKG_VERSION")
        );
        if std::env::var_os("KRING_PANIC_DETAILS").is_some() {
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            eprintln!("details: {message}");
        }
    }));
}
