use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::{ast, parser};

use super::*;

/// Every message id of a file with the variables it uses (in any variant).
fn messages(tag: &str, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("{tag}.ftl does not parse: {errors:?}");
    });
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            assert!(
                out.insert(m.id.name.to_owned(), vars).is_none(),
                "{tag}: {} twice",
                m.id.name
            );
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

const CATALOGS: [(Catalog, &str); 3] = [
    (Catalog::Terminal, ""),
    (Catalog::Web, "web/"),
    (Catalog::Help, "help/"),
];

#[test]
fn every_locale_has_every_message_with_the_same_placeholders() {
    for (catalog, dir) in CATALOGS {
        let english = messages("en", english().text(catalog));
        assert!(english.len() > 40);
        for l in LOCALES
            .iter()
            .filter(|l| l.tag != "en" && l.tag != PSEUDO && l.has(catalog))
        {
            let file = format!("{dir}{}", l.tag);
            let theirs = messages(&file, l.text(catalog));
            let missing: Vec<_> = english
                .keys()
                .filter(|k| !theirs.contains_key(*k))
                .collect();
            assert!(missing.is_empty(), "{file}.ftl lacks {missing:?}");
            let extra: Vec<_> = theirs
                .keys()
                .filter(|k| !english.contains_key(*k))
                .collect();
            assert!(
                extra.is_empty(),
                "{file}.ftl has ids English lacks: {extra:?}"
            );
            for (id, vars) in &english {
                assert_eq!(
                    &theirs[id], vars,
                    "{file}.ftl: {id} has other placeholders than English"
                );
            }
        }
    }
}

#[test]
fn thirty_three_languages_with_rtl_and_cjk_and_a_translator_note() {
    let real: Vec<_> = LOCALES.iter().filter(|l| l.tag != PSEUDO).collect();
    assert!(real.len() >= 33, "{} locales", real.len());
    for tag in ["ar", "he", "fa", "zh-CN", "zh-TW", "ja", "ko"] {
        assert!(real.iter().any(|l| l.tag == tag), "{tag} is missing");
    }
    for l in &real {
        assert_eq!(
            l.rtl,
            matches!(l.tag, "ar" | "he" | "fa" | "ur"),
            "{}: direction",
            l.tag
        );
        for (catalog, dir) in CATALOGS {
            if !l.has(catalog) {
                continue;
            }
            let text = l.text(catalog);
            if l.tag != "en" {
                assert!(
                    text.contains("# Translator:") && text.contains("native speaker's review"),
                    "{dir}{}.ftl says who translated it and that it wants review",
                    l.tag
                );
            }
            // The page isolates placeables itself; a control in a file could reorder it.
            assert!(
                !text.chars().any(is_spoofing_control_in_file),
                "{dir}{}.ftl holds a bidi control",
                l.tag
            );
        }
    }
}

/// Bidi controls, which have no place in a translation (the isolation is Fluent's).
fn is_spoofing_control_in_file(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn every_message_formats_in_every_locale() {
    for (catalog, dir) in CATALOGS {
        let english = messages("en", english().text(catalog));
        // Every variable any message uses: numbers where they select a plural, else text.
        let names: BTreeSet<&String> = english.values().flatten().collect();
        let args: Vec<(&str, Arg<'_>)> = names
            .iter()
            .map(|n| match n.as_str() {
                "count" | "days" | "id" | "seq" | "epoch" | "left" | "total" | "entry"
                | "people" | "n" | "h" | "min" | "devices" | "entries" | "circuits" | "streams" => {
                    (n.as_str(), Arg::Num(3.0))
                }
                _ => (n.as_str(), Arg::Str("Ω")),
            })
            .collect();
        let source = Localizer::negotiate_in(catalog, &["en"], false);
        for l in LOCALES.iter().filter(|l| l.has(catalog)) {
            let loc = Localizer::negotiate_in(catalog, &[l.tag], false);
            assert_eq!(loc.tag(), l.tag);
            for id in english.keys() {
                let text = loc.format(id, &args);
                let in_english = source.format(id, &args);
                // Not the bare id (unless English says just that: `offline`).
                assert!(
                    !text.is_empty() && (text != *id || in_english == *id),
                    "{dir}{}: {id}",
                    l.tag
                );
                assert!(
                    !text.contains("{ $"),
                    "{dir}{}: {id} left a placeable: {text}",
                    l.tag
                );
                // Each variable shows (none dropped by a variant).
                for v in &english[id] {
                    let shown = match args.iter().find(|(n, _)| n == v) {
                        Some((_, Arg::Num(_))) => "3",
                        _ => "Ω",
                    };
                    // A number English only selects on (`devices-line`) need not show.
                    if !in_english.contains(shown) {
                        continue;
                    }
                    assert!(
                        text.contains(shown),
                        "{dir}{}: {id} does not show ${v}: {text}",
                        l.tag
                    );
                }
            }
        }
    }
}

#[test]
fn the_web_catalog_covers_rtl_and_cjk_and_a_missing_one_falls_back() {
    let web: Vec<_> = LOCALES
        .iter()
        .filter(|l| l.tag != PSEUDO && l.has(Catalog::Web))
        .collect();
    assert_eq!(
        web.len(),
        LOCALES.len() - 1,
        "every language has a web catalogue"
    );
    for tag in ["ar", "he", "fa", "zh-CN", "zh-TW", "ja", "ko"] {
        assert!(web.iter().any(|l| l.tag == tag), "web/{tag}.ftl is missing");
    }
    // A language whose web file is not yet translated: the next wanted one, else English,
    // never empty text or bare ids.
    for l in LOCALES.iter().filter(|l| !l.has(Catalog::Web)) {
        let loc = Localizer::negotiate_in(Catalog::Web, &[l.tag, "ja"], true);
        assert_eq!(loc.tag(), "ja", "{} falls to the next wanted", l.tag);
        let loc = Localizer::negotiate_in(Catalog::Web, &[l.tag], true);
        assert_eq!(loc.tag(), "en");
        assert_eq!(loc.t("conversations"), "Conversations");
        // The terminal still speaks it.
        assert_eq!(Localizer::negotiate(&[l.tag], false).tag(), l.tag);
    }
    // A language Conclave does not carry at all takes the same path.
    let loc = Localizer::negotiate_in(Catalog::Web, &["ga", "ja"], true);
    assert_eq!(loc.tag(), "ja");
    let loc = Localizer::negotiate_in(Catalog::Web, &["ga"], true);
    assert_eq!(
        (loc.tag(), loc.t("conversations")),
        ("en", "Conversations".into())
    );
}

#[test]
fn the_environment_and_browser_languages_pick_the_nearest_locale() {
    assert_eq!(posix_to_bcp47("ar_EG.UTF-8"), "ar-EG");
    assert_eq!(posix_to_bcp47("de_DE@euro"), "de-DE");
    assert_eq!(posix_to_bcp47("C.UTF-8"), "en");
    let pick = |w: &[&str]| Localizer::negotiate(w, false).tag();
    assert_eq!(pick(&["ar-EG"]), "ar");
    assert_eq!(pick(&["zh-HK"]), "zh-TW");
    assert_eq!(pick(&["zh-Hant"]), "zh-TW");
    assert_eq!(pick(&["zh"]), "zh-CN");
    assert_eq!(pick(&["pt-PT"]), "pt-BR");
    assert_eq!(pick(&["xx", "fr-CA"]), "fr");
    assert_eq!(pick(&["tlh"]), "en");
    assert_eq!(pick(&[]), "en");
    assert_eq!(
        Localizer::negotiate(&["he-IL"], false).direction(),
        Direction::Rtl
    );
    assert_eq!(
        Localizer::negotiate(&["ja"], false).direction(),
        Direction::Ltr
    );
}

#[test]
fn plurals_follow_each_language() {
    let n = |tag: &str, count: f64| {
        Localizer::negotiate(&[tag], false).format("pane-unread", &[("count", Arg::Num(count))])
    };
    assert_eq!(n("en", 1.0), "1 unread");
    assert_eq!(n("pl", 1.0), "1 nieprzeczytana");
    assert_eq!(n("pl", 3.0), "3 nieprzeczytane");
    assert_eq!(n("pl", 5.0), "5 nieprzeczytanych");
    assert_eq!(n("ru", 22.0), "22 непрочитанных");
    assert_eq!(n("ar", 2.0), "اثنتان غير مقروءتين");
    assert_eq!(n("ja", 1.0), "未読 1 件");
}

#[test]
fn the_pseudo_locale_makes_untranslated_text_stand_out() {
    let p = Localizer::negotiate(&[PSEUDO], false);
    let text = p.t("pane-conversations");
    assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
    assert_ne!(text, "Conversations");
    assert!(!text.is_ascii());
    // Placeables keep their values; plural selectors still work.
    assert!(
        p.format("notice-sent", &[("seq", Arg::Num(7.0))])
            .contains('7')
    );
    assert!(
        p.format("pane-unread", &[("count", Arg::Num(2.0))])
            .contains('2')
    );
}

#[test]
fn names_inside_translated_text_are_isolated_and_cannot_reorder_it() {
    // An RTL name inside English, an LTR name inside Arabic: each isolated (FSI…PDI) where
    // the output can carry it.
    let en = Localizer::negotiate(&["en"], true);
    let text = en.format("status-reconnecting", &[("reason", Arg::Str("مرحبا"))]);
    assert!(text.contains("\u{2068}مرحبا\u{2069}"), "{text:?}");
    let ar = Localizer::negotiate(&["ar"], true);
    let text = ar.format("status-reconnecting", &[("reason", Arg::Str("bob"))]);
    assert!(text.contains("\u{2068}bob\u{2069}"), "{text:?}");
    // Trojan Source: an override in a name is removed, so it cannot flip what follows.
    let spoof = "evil\u{202E}txt.exe";
    let text = en.format("status-reconnecting", &[("reason", Arg::Str(spoof))]);
    assert!(!text.contains('\u{202E}'), "{text:?}");
    assert!(text.contains("eviltxt.exe"));
    for c in [
        '\u{202A}', '\u{202D}', '\u{2066}', '\u{200F}', '\u{061C}', '\u{0007}',
    ] {
        assert_eq!(sanitize(&format!("a{c}b")), "ab", "{c:?}");
    }
    assert_eq!(sanitize("two\nlines"), "two lines");
    assert!(matches!(sanitize("plain أهلا 你好"), Cow::Borrowed(_)));
    // Without isolation (a terminal) nothing is added around the name.
    let plain = Localizer::negotiate(&["en"], false);
    assert_eq!(
        plain.format("status-reconnecting", &[("reason", Arg::Str("x"))]),
        "reconnecting… (x)"
    );
}

#[test]
fn the_web_catalog_is_its_own_and_plural_aware() {
    let web = |tag: &str| Localizer::negotiate_in(Catalog::Web, &[tag], true);
    assert_eq!(web("en").t("conversations"), "Conversations");
    assert_ne!(web("ja").t("conversations"), "Conversations");
    assert_eq!(web("ar").direction(), Direction::Rtl);
    let members = |tag: &str, n: f64| {
        web(tag).format(
            "members-summary",
            &[("count", Arg::Num(n)), ("epoch", Arg::Num(4.0))],
        )
    };
    assert_eq!(members("en", 1.0), "1 member · epoch 4");
    assert_eq!(members("en", 2.0), "2 members · epoch 4");
    assert_ne!(members("ru", 2.0), members("ru", 5.0));
    // The pseudo-locale covers the page too.
    let pseudo = web(PSEUDO).t("conversations");
    assert!(pseudo.starts_with('[') && !pseudo.is_ascii(), "{pseudo}");
    // A name inside the page's text is isolated.
    let text = web("en").format("remove-member", &[("username", Arg::Str("مريم"))]);
    assert_eq!(text, "Remove \u{2068}مريم\u{2069}");
    // Left-to-right text in a left-to-right locale needs no isolation, and gets none.
    let text = web("en").format("remove-member", &[("username", Arg::Str("bob"))]);
    assert_eq!(text, "Remove bob");
    // In a right-to-left locale every string placeable is isolated; numbers are not.
    let text = web("he").format(
        "membership-added",
        &[("who", Arg::Str("bob")), ("names", Arg::Str("carol, dan"))],
    );
    assert!(
        text.contains("\u{2068}bob\u{2069}") && text.contains("\u{2068}carol, dan\u{2069}"),
        "{text:?}"
    );
    let text = web("ar").format("invites-left", &[("count", Arg::Num(4.0))]);
    assert!(!text.contains('\u{2068}') && text.contains('4'), "{text:?}");
}

#[test]
fn an_unknown_id_shows_itself() {
    let de = Localizer::negotiate(&["de"], false);
    assert_eq!(de.t("no-such-message"), "no-such-message");
    assert_eq!(de.t("pane-conversations"), "Unterhaltungen");
}

/// The web page's one message from before its catalogue loads (`www/boot-words.js`) says, in
/// every language, what the catalogue's `boot-failed` says.
#[test]
fn boot_words_match_the_catalogue() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let js = std::fs::read_to_string(dir.join("../conclave-web/www/boot-words.js"))
        .expect("boot-words.js");
    let mut tags = 0;
    for entry in std::fs::read_dir(dir.join("locales/web")).expect("locales/web") {
        let path = entry.expect("entry").path();
        let Some(tag) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let source = std::fs::read_to_string(&path).expect("ftl");
        let line = source
            .lines()
            .find_map(|l| l.strip_prefix("boot-failed = "))
            .unwrap_or_else(|| panic!("{tag}: no boot-failed"));
        let want = format!(
            "  {}: {},",
            serde_json_string(tag),
            serde_json_string(line.trim())
        );
        assert!(
            js.lines().any(|l| l == want),
            "boot-words.js lacks {want} (regenerate it from the catalogue)"
        );
        tags += 1;
    }
    assert!(tags >= 33, "{tags} web catalogues");
}

/// A JSON string as `json.dumps(…, ensure_ascii=False)` writes it (no escapes are needed in
/// these messages but quotes and backslashes).
fn serde_json_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}
