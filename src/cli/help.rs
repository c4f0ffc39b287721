//! `--help` in Dutch: clap's derive writes the help in English (the doc
//! comments); when kring speaks Dutch the command tree is re-worded from
//! the catalogue before parsing. A command's summary is `help-<path>`
//! (`help-company-add`), an option's `help-<path>--<option>`
//! (`help-log--kind`); what the catalogue lacks stays English. Flags and
//! subcommand names never change: scripts type them.

use crate::l10n::{self, Language};
use clap::Command;

/// The command line as `kring` parses it, worded in the language kring speaks.
pub fn command() -> Command {
    let command = <super::Cli as clap::CommandFactory>::command();
    match l10n::current() {
        Language::En => command,
        _ => translate(command, "help").long_about(l10n::message("help-long", &[])),
    }
}

/// The language to speak before the command line is parsed (so that
/// `--help` can already speak it): `--lang` as typed, the config file, the
/// locale.
pub fn choose_language(args: &[std::ffi::OsString]) -> Language {
    let mut flag = None;
    let mut words = args.iter().filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            flag = Some(value.to_string());
        } else if word == "--lang" {
            flag = words.next().map(str::to_string);
        }
    }
    let configured = super::config::load().ok().and_then(|c| c.language);
    l10n::choose(flag.as_deref(), configured.as_deref(), |name| std::env::var(name).ok())
        .map(|(language, _)| language)
        .unwrap_or(Language::En)
}

fn translate(command: Command, id: &str) -> Command {
    let said = |id: &str| l10n::message_if_any(id);
    let mut command = command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            l10n::message("help-usage", &[])
        ))
        .subcommand_help_heading(l10n::message("help-commands", &[]))
        .disable_help_subcommand(false);
    if let Some(about) = said(id) {
        // A long summary only where the English has one: clap switches
        // `--help` to its long layout when any text has a long form.
        let long = command.get_long_about().is_some();
        command = command.about(about.clone());
        if long {
            command = command.long_about(about);
        }
    }
    let options = l10n::message("help-options", &[]);
    let arguments = l10n::message("help-arguments", &[]);
    // clap adds its own --help when the command is built, too late to word
    // it: this one says the same in the language kring speaks.
    command = command.disable_help_flag(true).arg(
        clap::Arg::new("help")
            .short('h')
            .long("help")
            .action(clap::ArgAction::Help)
            .help(l10n::message("help-help", &[])),
    );
    command = command.mut_args(|arg| {
        let heading = if arg.is_positional() { &arguments } else { &options };
        let mut arg = arg.help_heading(heading.clone());
        if let Some(help) = said(&format!("{id}--{}", arg.get_id())) {
            let long = arg.get_long_help().is_some();
            arg = arg.help(help.clone());
            if long {
                arg = arg.long_help(help);
            }
        }
        arg
    });
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let sub_id = format!("{id}-{name}");
        command = command.mut_subcommand(&name, |sub| translate(sub, &sub_id));
    }
    command
}

/// Every summary and option help of the command tree with its catalogue
/// id, as the doc comments word them (the catalogue test checks both
/// catalogues against it).
pub fn english_helps() -> Vec<(String, String)> {
    fn walk(command: &Command, id: &str, root: bool, out: &mut Vec<(String, String)>) {
        if let Some(about) = command.get_about() {
            out.push((id.to_string(), about.to_string()));
        }
        for arg in command.get_arguments() {
            // A global option is worded once, at the top.
            if arg.is_global_set() && !root {
                continue;
            }
            if let Some(help) = arg.get_help() {
                out.push((format!("{id}--{}", arg.get_id()), help.to_string()));
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, &format!("{id}-{}", sub.get_name()), false, out);
        }
    }
    let mut out = Vec::new();
    walk(&<super::Cli as clap::CommandFactory>::command(), "help", true, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use crate::l10n::{message_in, Language};

    /// Every command's summary and every option's help reads in Dutch, and
    /// the English catalogue says what the doc comments say.
    #[test]
    fn every_command_and_option_has_its_dutch_help() {
        let helps = super::english_helps();
        assert!(helps.len() > 250, "{}", helps.len());
        let mut wrong = Vec::new();
        for (id, english) in helps {
            if message_in(Language::En, &id, &[]) != english {
                wrong.push(format!("en.ftl's {id} = {english}"));
            }
            if message_in(Language::Nl, &id, &[]) == id {
                wrong.push(format!("no Dutch for {id}: {english}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn the_long_introduction_reads_in_both_languages() {
        let command = <crate::cli::Cli as clap::CommandFactory>::command();
        let english = command.get_long_about().unwrap().to_string();
        assert_eq!(message_in(Language::En, "help-long", &[]), english);
        assert!(message_in(Language::Nl, "help-long", &[]).starts_with("kring bewaart"));
    }

    #[test]
    fn dutch_help_keeps_the_flags_and_names() {
        crate::l10n::set_for_this_thread(Some(Language::Nl));
        let asked = super::command().try_get_matches_from(["kring", "log", "--help"]);
        crate::l10n::set_for_this_thread(None);
        let help = asked.unwrap_err().render().to_string();
        assert!(help.contains("Leg een contactmoment met een bedrijf vast"), "{help}");
        assert!(help.contains("Gebruik: kring log"), "{help}");
        assert!(help.contains("--follow-up <DATE>"), "{help}");
        assert!(help.contains("Wat er gezegd of gedaan is"), "{help}");
        assert!(!help.contains("What was said"), "{help}");
    }
}
