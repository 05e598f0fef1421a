//! clap's `--help` in the member's language. The English is the source, in the doc comments
//! of the derive (`main.rs` and the command modules); `conclave-i18n/locales/help/en.ftl` is
//! the same text as a catalogue (a test keeps the two equal: `CONCLAVE_WRITE_HELP=1 cargo
//! test -p conclave-cli help` rewrites the file after a change), and each translated
//! `help/<tag>.ftl` replaces the texts of the built command tree before it parses, with the
//! headings ("Usage:", "Commands:", "Options:", "Arguments:") and clap's own lines ("Print
//! help", "Print version"). English runs the derive untouched. clap's refusals of a command
//! line ("unexpected argument …") are worded again from their kind and context by
//! [`error_text`] (`cli-usage-*` of the terminal catalogue); English keeps clap's text.
//!
//! Ids: `help-<path>` for a command's about (`help-conclave`, `help-conclave-ledger-add`),
//! `help-<path>--<arg id>` for an argument, `…-more` for the long form of either where the
//! doc comment has more than one paragraph.

use clap::Command;
use conclave_i18n::{Catalog, Localizer};

#[cfg(test)] // The generator of locales/help/en.ftl, run by its test.
/// Entries of the help catalogue for `cmd` and everything under it, in tree order.
pub fn entries(cmd: &Command) -> Vec<(String, String)> {
    let mut out = Vec::new();
    walk(cmd, "conclave", &mut out);
    out
}

#[cfg(test)]
fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
    let id = format!("help-{path}");
    if let Some(about) = cmd.get_about() {
        out.push((id.clone(), about.to_string()));
    }
    if let Some(long) = cmd.get_long_about() {
        out.push((format!("{id}-more"), long.to_string()));
    }
    for arg in cmd.get_arguments() {
        let name = arg.get_id().as_str();
        if matches!(name, "help" | "version") {
            continue;
        }
        let id = format!("help-{path}--{name}");
        if let Some(help) = arg.get_help() {
            out.push((id.clone(), help.to_string()));
        }
        if let Some(long) = arg.get_long_help() {
            out.push((format!("{id}-more"), long.to_string()));
        }
    }
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        walk(sub, &format!("{path}-{}", sub.get_name()), out);
    }
}

#[cfg(test)]
/// The words clap adds itself, under fixed ids.
const CLAP_WORDS: [(&str, &str); 8] = [
    ("help-usage", "Usage:"),
    ("help-commands", "Commands"),
    ("help-options", "Options"),
    ("help-arguments", "Arguments"),
    ("help-print-help", "Print help"),
    (
        "help-print-help-more",
        "Print help (see more with '--help')",
    ),
    ("help-print-version", "Print version"),
    (
        "help-print-help-command",
        "Print this message or the help of the given subcommand(s)",
    ),
];

#[cfg(test)]
/// The catalogue file for English: clap's words, then [`entries`], as Fluent.
pub fn english_catalogue(cmd: &Command) -> String {
    let mut out = String::from(
        "# clap's --help for `conclave`, generated from the derive's doc comments: do not edit;\n\
         # run `CONCLAVE_WRITE_HELP=1 cargo test -p conclave-cli help` after changing them.\n\n",
    );
    let words = CLAP_WORDS
        .iter()
        .map(|(id, text)| (id.to_string(), text.to_string()));
    for (id, text) in words.chain(entries(cmd)) {
        out.push_str(&id);
        out.push_str(" =");
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                // A blank line inside a pattern: kept as an empty placeable.
                out.push_str("\n    {\"\"}");
                continue;
            }
            out.push_str(if i == 0 { " " } else { "\n    " });
            out.push_str(&escape(line));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
/// Fluent's special characters in text: braces always, and `[`, `*`, `.` at the start of a line.
fn escape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for (i, c) in line.chars().enumerate() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '[' | '*' | '.' if i == 0 => {
                out.push_str("{\"");
                out.push(c);
                out.push_str("\"}");
            }
            c => out.push(c),
        }
    }
    out
}

/// `cmd` with its texts in `lang`'s language when that has a translated help catalogue;
/// `cmd` as it is for English or a language without one.
pub fn translated(cmd: Command, lang: &Localizer) -> Command {
    if lang.tag() == "en" || !lang.has(Catalog::Help) {
        return cmd;
    }
    let help = Localizer::negotiate_in(Catalog::Help, &[lang.tag()], false);
    let mut cmd = cmd;
    cmd.build();
    apply(cmd, "conclave", &help)
}

fn apply(cmd: Command, path: &str, help: &Localizer) -> Command {
    let say = |id: &str| help.get(id);
    let id = format!("help-{path}");
    let mut cmd = cmd;
    if let Some(about) = say(&id) {
        cmd = cmd.about(about);
    }
    if let Some(long) = say(&format!("{id}-more")) {
        cmd = cmd.long_about(long);
    }
    let usage = say("help-usage").unwrap_or_else(|| "Usage:".into());
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(say("help-commands").unwrap_or_else(|| "Commands".into()));
    let options = say("help-options").unwrap_or_else(|| "Options".into());
    let arguments = say("help-arguments").unwrap_or_else(|| "Arguments".into());
    let names: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    for name in names {
        let text = match name.as_str() {
            "help" => None,
            "version" => say("help-print-version"),
            _ => say(&format!("{id}--{name}")),
        };
        let more = say(&format!("{id}--{name}-more"));
        let (options, arguments) = (options.clone(), arguments.clone());
        let print_help = say("help-print-help");
        let print_more = say("help-print-help-more");
        let is_help = name == "help";
        cmd = cmd.mut_arg(&name, move |mut a| {
            if a.get_help_heading().is_none() {
                let heading = if a.is_positional() {
                    arguments
                } else {
                    options
                };
                a = a.help_heading(heading);
            }
            if is_help {
                // `-h` says where the long help is when there is one; `--help` just prints it.
                match (a.get_long_help().is_some(), print_help, print_more) {
                    (true, Some(short), Some(more)) => a = a.help(more).long_help(short),
                    (false, Some(short), _) => a = a.help(short),
                    _ => {}
                }
                return a;
            }
            if let Some(text) = text {
                a = a.help(text);
            }
            if let Some(more) = more {
                a = a.long_help(more);
            }
            a
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for sub in subs {
        if sub == "help" {
            if let Some(text) = say("help-print-help-command") {
                cmd = cmd.mut_subcommand("help", |s| s.about(text));
            }
            continue;
        }
        let path = format!("{path}-{sub}");
        cmd = cmd.mut_subcommand(&sub, |s| apply(s, &path, help));
    }
    cmd
}

/// clap's refusal of a command line in `lang`'s language (terminal catalogue, `cli-usage-*`),
/// laid out as clap lays it out: the error, clap's tips, the usage, where to find more. `None`
/// for English, and for what clap does not refuse (`--help`, `--version`) or says in words
/// of its own we have no message for: clap's text then. Names and values keep clap's quotes;
/// a value's own reason (from its parser) stays as the parser wrote it.
pub fn error_text(e: &clap::Error, lang: &Localizer) -> Option<String> {
    use clap::error::{ContextKind as K, ContextValue as V, ErrorKind as E};
    if lang.tag() == "en" {
        return None;
    }
    let one = |kind: K| match e.get(kind) {
        Some(V::String(s)) => Some(format!("'{s}'")),
        _ => None,
    };
    let list = |kind: K| match e.get(kind) {
        Some(V::String(s)) => Some(format!("'{s}'")),
        Some(V::Strings(v)) if !v.is_empty() => Some(
            v.iter()
                .map(|s| format!("'{s}'"))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    };
    let say = |id: &str, args: &[(&str, &str)]| {
        let args: Vec<(&str, conclave_i18n::Arg<'_>)> = args
            .iter()
            .map(|(name, value)| (*name, conclave_i18n::Arg::Str(value)))
            .collect();
        lang.format(id, &args)
    };
    let arg = one(K::InvalidArg);
    let value = one(K::InvalidValue);
    let mut message = match (e.kind(), arg.as_deref(), value.as_deref()) {
        (E::InvalidValue, Some(arg), Some("''")) => {
            say("cli-usage-value-required", &[("arg", arg)])
        }
        (E::InvalidValue, Some(arg), Some(value)) => {
            say("cli-usage-invalid-value", &[("value", value), ("arg", arg)])
        }
        (E::ValueValidation, Some(arg), Some(value)) => match std::error::Error::source(e) {
            Some(reason) => say(
                "cli-usage-invalid-value-because",
                &[
                    ("value", value),
                    ("arg", arg),
                    ("reason", &reason.to_string()),
                ],
            ),
            None => say("cli-usage-invalid-value", &[("value", value), ("arg", arg)]),
        },
        (E::UnknownArgument, Some(arg), _) => say("cli-usage-unknown-argument", &[("arg", arg)]),
        (E::InvalidSubcommand, ..) => say(
            "cli-usage-unknown-subcommand",
            &[("command", &one(K::InvalidSubcommand)?)],
        ),
        (E::MissingRequiredArgument, ..) => say(
            "cli-usage-missing-arguments",
            &[("args", &list(K::InvalidArg)?)],
        ),
        (E::MissingSubcommand, ..) => say(
            "cli-usage-missing-subcommand",
            &[("command", &one(K::InvalidSubcommand)?)],
        ),
        (E::TooManyValues, Some(arg), Some(value)) => say(
            "cli-usage-too-many-values",
            &[("value", value), ("arg", arg)],
        ),
        (E::ArgumentConflict, Some(arg), _) => match list(K::PriorArg) {
            Some(other) if other == arg => say("cli-usage-used-twice", &[("arg", arg)]),
            Some(other) => say("cli-usage-conflict", &[("arg", arg), ("other", &other)]),
            None => return None,
        },
        _ => return None,
    };
    let choices = match e.kind() {
        E::InvalidValue => list(K::ValidValue).map(|v| ("cli-usage-possible-values", v)),
        E::MissingSubcommand => list(K::ValidSubcommand).map(|v| ("cli-usage-subcommands", v)),
        _ => None,
    };
    if let Some((id, values)) = choices {
        message.push_str("\n  [");
        message.push_str(&say(id, &[("values", &values)]));
        message.push(']');
    }
    let mut out = say("cli-usage-error", &[("message", &message)]);
    let mut tips = Vec::new();
    for (kind, id) in [
        (K::SuggestedSubcommand, "cli-usage-similar-subcommand"),
        (K::SuggestedArg, "cli-usage-similar-argument"),
        (K::SuggestedValue, "cli-usage-similar-value"),
    ] {
        if let Some(names) = list(kind) {
            tips.push(say(id, &[("names", &names)]));
        }
    }
    if let Some(V::StyledStrs(more)) = e.get(K::Suggested) {
        // clap's own tips ("to pass '-x' as a value, use '-- -x'"), as clap words them.
        tips.extend(more.iter().map(|t| format!("tip: {t}")));
    }
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str("\n  ");
            out.push_str(&tip);
        }
    }
    if let Some(V::StyledStr(usage)) = e.get(K::Usage) {
        let usage = usage.to_string();
        let heading = Localizer::negotiate_in(Catalog::Help, &[lang.tag()], false)
            .get("help-usage")
            .filter(|_| lang.has(Catalog::Help));
        let usage = match (heading, usage.strip_prefix("Usage:")) {
            (Some(heading), Some(rest)) => format!("{heading}{rest}"),
            _ => usage,
        };
        out.push_str("\n\n");
        out.push_str(&usage);
    }
    out.push_str("\n\n");
    out.push_str(&say("cli-usage-more", &[("help", "'--help'")]));
    out.push('\n');
    Some(out)
}

/// The language `--help` is shown in, before clap has parsed anything: `--lang X` or
/// `--lang=X` anywhere on the command line, else `CONCLAVE_LANG`, else the environment (as
/// [`crate::i18n`] picks it once parsed).
pub fn lang_in(args: &[std::ffi::OsString]) -> Option<String> {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next().map(str::to_owned);
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_owned());
        }
    }
    std::env::var("CONCLAVE_LANG")
        .ok()
        .filter(|l| !l.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_english_help_catalogue_is_the_derives_text() {
        let file = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../conclave-i18n/locales/help/en.ftl"
        );
        let want = english_catalogue(&crate::Cli::command());
        if std::env::var_os("CONCLAVE_WRITE_HELP").is_some() {
            std::fs::write(file, &want).unwrap();
        }
        let have = std::fs::read_to_string(file).unwrap_or_default();
        assert!(
            have == want,
            "locales/help/en.ftl is not the derive's text: run CONCLAVE_WRITE_HELP=1 cargo test -p conclave-cli help"
        );
        // Every id once, and the English catalogue gives back the derive's words.
        let entries = entries(&crate::Cli::command());
        let ids: std::collections::BTreeSet<_> = entries.iter().map(|(id, _)| id).collect();
        assert_eq!(ids.len(), entries.len(), "a help id twice");
        let en = Localizer::negotiate_in(Catalog::Help, &["en"], false);
        for (id, text) in &entries {
            assert_eq!(en.get(id).as_deref(), Some(text.as_str()), "{id}");
        }
    }

    #[test]
    fn help_is_shown_in_the_chosen_language() {
        let os = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_in(&os(&["conclave", "--lang", "de", "send"])).as_deref(),
            Some("de")
        );
        assert_eq!(
            lang_in(&os(&["conclave", "send", "--lang=ja"])).as_deref(),
            Some("ja")
        );
        let de = Localizer::negotiate(&["de"], false);
        if !de.has(Catalog::Help) {
            return;
        }
        let mut cmd = translated(crate::Cli::command(), &de);
        let text = cmd.render_help().to_string();
        assert!(!text.contains("Usage:"), "{text}");
        assert!(!text.contains("Send a message"), "{text}");
        let english = crate::Cli::command().render_help().to_string();
        assert!(english.contains("Usage:") && english.contains("Send a message"));
    }
}
