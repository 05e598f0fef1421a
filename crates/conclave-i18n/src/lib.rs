//! Conclave's translations: Project Fluent files for every language, built into the binary
//! (native and wasm alike), one [`Localizer`] per front end.
//!
//! Three catalogs: the terminal's (`locales/<tag>.ftl`, the CLI and the TUI), the web app's
//! (`locales/web/<tag>.ftl`, built in only with the `web` feature, so the CLI does not carry
//! the page's strings) and the command line's `--help` (`locales/help/<tag>.ftl`, only with
//! the `help` feature; its English is generated from clap's derive). English is the source of each. Every other file holds the same message ids with
//! the same placeholders (the `every_locale_has_every_message_with_the_same_placeholders`
//! test fails otherwise); a missing message falls back to English, never to an id. The
//! pseudo-locale `en-XA` is English with accented, bracketed letters, so text that bypasses
//! the translation stands out on screen.
//!
//! User-provided strings (names, memos) that go into translated text pass through
//! [`sanitize`], which removes the bidi controls that can reorder what a reader sees
//! (CVE-2021-42574, "Trojan Source"); where the output can carry them (the web), each one is
//! also isolated with FSI…PDI wherever isolation can change what is shown: every string
//! placeable of a right-to-left locale, and every one holding right-to-left text in a
//! left-to-right locale. (Text with no right-to-left character inside left-to-right text
//! reads the same isolated or not, and the page's English stays free of invisible marks that
//! would break copying and searching it.)

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

/// The web app's file of a locale: built in with the `web` feature (and for the tests, which
/// check every file), else empty.
#[cfg(any(feature = "web", test))]
macro_rules! web {
    ($tag:literal) => {
        Some(include_str!(concat!("../locales/web/", $tag, ".ftl")))
    };
}
#[cfg(not(any(feature = "web", test)))]
macro_rules! web {
    ($tag:literal) => {
        Some("")
    };
}

/// The CLI's `--help` file of a locale: built in with the `help` feature (and for the
/// tests), else empty, so the web app does not carry it.
#[cfg(any(feature = "help", test))]
macro_rules! help {
    ($tag:literal) => {
        Some(include_str!(concat!("../locales/help/", $tag, ".ftl")))
    };
}
#[cfg(not(any(feature = "help", test)))]
macro_rules! help {
    ($tag:literal) => {
        Some("")
    };
}

mod locales;

pub use locales::LOCALES;

/// One locale: its tag, its English name and its own, its direction, its files.
#[derive(Debug, Clone, Copy)]
pub struct Locale {
    pub tag: &'static str,
    pub english_name: &'static str,
    pub native_name: &'static str,
    pub rtl: bool,
    /// The terminal catalog (CLI, TUI).
    pub source: &'static str,
    /// The web app's catalog (empty without the `web` feature); None while the locale's
    /// web file is not yet translated.
    pub web: Option<&'static str>,
    /// The command line's `--help` (`locales/help`, empty without the `help` feature); None
    /// while the locale's help file is not yet translated.
    pub help: Option<&'static str>,
}

/// Which front end's messages a [`Localizer`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Catalog {
    Terminal,
    Web,
    /// clap's `--help` texts of the CLI.
    Help,
}

impl Locale {
    pub fn text(&self, catalog: Catalog) -> &'static str {
        match catalog {
            Catalog::Terminal => self.source,
            Catalog::Web => self.web.unwrap_or(""),
            Catalog::Help => self.help.unwrap_or(""),
        }
    }

    /// Whether this locale has a translation of `catalog`.
    pub fn has(&self, catalog: Catalog) -> bool {
        match catalog {
            Catalog::Terminal => true,
            Catalog::Web => self.web.is_some(),
            Catalog::Help => self.help.is_some(),
        }
    }
}

/// Text direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

/// The translations of one language, with English behind it.
pub struct Localizer {
    tag: &'static str,
    direction: Direction,
    isolate: bool,
    bundle: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("tag", &self.tag).finish()
    }
}

fn bundle(locale: &Locale, catalog: Catalog) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale
        .tag
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation is ours (`Localizer::format`), per argument.
    bundle.set_use_isolating(false);
    let source = if locale.tag == PSEUDO {
        pseudo_source(english().text(catalog))
    } else {
        locale.text(catalog).to_owned()
    };
    // The files are ours and checked by the tests; a broken entry only loses that entry.
    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

fn english() -> &'static Locale {
    LOCALES
        .iter()
        .find(|l| l.tag == "en")
        .unwrap_or(&LOCALES[0])
}

/// The pseudo-locale's tag.
pub const PSEUDO: &str = "en-XA";

impl Localizer {
    /// The best of our locales for `wanted` (most preferred first: `["ar-EG", "fr"]`), else
    /// English. `isolate`: wrap string placeables in FSI…PDI where that can change what is
    /// shown (see the crate's documentation; for HTML: a terminal shows them as
    /// junk or nothing, so the TUI passes `false` and relies on [`sanitize`]).
    pub fn negotiate(wanted: &[&str], isolate: bool) -> Localizer {
        Localizer::negotiate_in(Catalog::Terminal, wanted, isolate)
    }

    /// [`Localizer::negotiate`] for the messages of `catalog`.
    pub fn negotiate_in(catalog: Catalog, wanted: &[&str], isolate: bool) -> Localizer {
        let locale = wanted
            .iter()
            .find_map(|w| best_match(w, catalog))
            .unwrap_or_else(english);
        Localizer {
            tag: locale.tag,
            direction: if locale.rtl {
                Direction::Rtl
            } else {
                Direction::Ltr
            },
            isolate,
            bundle: bundle(locale, catalog),
            english: bundle(english(), catalog),
        }
    }

    /// From the environment, as POSIX orders it: `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// (`ar_EG.UTF-8` → `ar-EG`); `LANGUAGE`'s list after that; else English.
    pub fn from_env(isolate: bool) -> Localizer {
        let mut wanted: Vec<String> = Vec::new();
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(v) = std::env::var(var).ok().filter(|v| !v.is_empty()) {
                wanted.push(posix_to_bcp47(&v));
                break;
            }
        }
        if let Ok(list) = std::env::var("LANGUAGE") {
            wanted.extend(
                list.split(':')
                    .filter(|s| !s.is_empty())
                    .map(posix_to_bcp47),
            );
        }
        let refs: Vec<&str> = wanted.iter().map(String::as_str).collect();
        Localizer::negotiate(&refs, isolate)
    }

    pub fn tag(&self) -> &'static str {
        self.tag
    }

    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// Whether this localizer's locale has a translation of `catalog`.
    pub fn has(&self, catalog: Catalog) -> bool {
        LOCALES
            .iter()
            .find(|l| l.tag == self.tag)
            .is_some_and(|l| l.has(catalog))
    }

    /// The message `id` (no arguments) in this locale only: None where it lacks it (no
    /// English behind it), for text that has its English elsewhere (clap's derive).
    pub fn get(&self, id: &str) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, None, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// The message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with its arguments: strings (sanitized here) or numbers.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => {
                    let clean = sanitize(s);
                    let value = if self.isolate
                        && (self.direction == Direction::Rtl || clean.chars().any(is_rtl))
                    {
                        format!("\u{2068}{clean}\u{2069}")
                    } else {
                        clean.into_owned()
                    };
                    fluent_args.set(*name, FluentValue::from(value))
                }
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        // This locale's text; English where it lacks the message or cannot format it; the
        // id itself only when neither has it.
        let mut flawed = None;
        for bundle in [&self.bundle, &self.english] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
                flawed.get_or_insert_with(|| text.into_owned());
            }
        }
        flawed.unwrap_or_else(|| id.to_owned())
    }
}

/// An argument of a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

/// `ar_EG.UTF-8@euro` → `ar-EG`; `C` and `POSIX` → `en`.
pub fn posix_to_bcp47(value: &str) -> String {
    let base = value.split(['.', '@']).next().unwrap_or("");
    if base.is_empty() || base == "C" || base == "POSIX" {
        return "en".into();
    }
    base.replace('_', "-")
}

/// Our locale for one wanted tag: the exact tag, else the same language and script, else the
/// language (`pt-PT` → `pt-BR`; `zh-HK` → `zh-TW`, `zh` and `zh-SG` → `zh-CN`).
fn best_match(wanted: &str, catalog: Catalog) -> Option<&'static Locale> {
    let l = best_locale(wanted)?;
    // A locale without this catalog: the next wanted language, else English.
    l.has(catalog).then_some(l)
}

fn best_locale(wanted: &str) -> Option<&'static Locale> {
    let wanted: LanguageIdentifier = wanted.parse().ok()?;
    let tag = wanted.to_string();
    if let Some(l) = LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(&tag)) {
        return Some(l);
    }
    let lang = wanted.language.as_str();
    if lang == "zh" {
        let traditional = wanted.script.is_some_and(|s| s.as_str() == "Hant")
            || wanted
                .region
                .is_some_and(|r| matches!(r.as_str(), "TW" | "HK" | "MO"));
        let pick = if traditional { "zh-TW" } else { "zh-CN" };
        return LOCALES.iter().find(|l| l.tag == pick);
    }
    LOCALES
        .iter()
        .find(|l| l.tag.split('-').next() == Some(lang) && l.tag != PSEUDO)
}

/// A character of a right-to-left script (bidi class R or AL, as near as the blocks go):
/// Hebrew, Arabic, Syriac, Thaana, N'Ko and their kin, their presentation forms, and the
/// right-to-left blocks of the supplementary planes.
pub fn is_rtl(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFE}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}'
    )
}

/// Bidi controls that reorder text (embeddings, overrides, isolates) and other invisible
/// format characters that can disguise a name: removed from user strings before display.
pub fn is_spoofing_control(c: char) -> bool {
    matches!(c,
        '\u{202A}'..='\u{202E}' // LRE RLE PDF LRO RLO
        | '\u{2066}'..='\u{2069}' // LRI RLI FSI PDI
        | '\u{200E}' | '\u{200F}' | '\u{061C}' // LRM RLM ALM
        | '\u{200B}'..='\u{200D}' // zero-width space / non-joiner / joiner kept out of names
        | '\u{FEFF}'
    ) || (c.is_control() && c != '\n' && c != '\t')
}

/// A user-provided string made safe to show inside other text: spoofing controls and other
/// control characters removed (a line break becomes a space).
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s
        .chars()
        .any(|c| is_spoofing_control(c) || c == '\n' || c == '\t')
    {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                '\n' | '\t' => Some(' '),
                c if is_spoofing_control(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// English with every letter accented and each message bracketed: `[Ćőññéćţéđ]`. Placeables
/// (`{ $name }`) and selectors stay as they are.
fn pseudo_source(english: &str) -> String {
    let mut out = String::with_capacity(english.len() * 2);
    for line in english.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') || trimmed.is_empty() || trimmed == "}" {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        // `id = text`, or a variant line `[one] text` / `*[other] text`, or a continuation.
        let (head, text) = if let Some(eq) = line.find(" = ").filter(|_| !line.starts_with(' ')) {
            line.split_at(eq + 3)
        } else if let Some(close) = trimmed
            .find("] ")
            .filter(|_| trimmed.starts_with(['[', '*']))
        {
            let cut = line.len() - trimmed.len() + close + 2;
            line.split_at(cut)
        } else {
            ("", line)
        };
        out.push_str(head);
        let mut depth = 0;
        let bracket = !text.trim().is_empty() && !text.trim_end().ends_with("->");
        if bracket {
            out.push('[');
        }
        for c in text.chars() {
            match c {
                '{' => {
                    depth += 1;
                    out.push(c)
                }
                '}' => {
                    depth -= 1;
                    out.push(c)
                }
                c if depth > 0 => out.push(c),
                c => out.push(accent(c)),
            }
        }
        if bracket {
            out.push(']');
        }
        out.push('\n');
    }
    out
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests;
