//! Property tests for `newswire::parse`.
//!
//! 1. Any string gives `Ok` or `Err`, never a panic (`Err` exactly when the
//!    input is blank).
//! 2. Every span a value reports lies on char boundaries inside the input.
//! 3. Every non-blank line meets a claimed span; no two claims overlap.
//! 4. Generated articles round-trip through several input forms.
//! 5. Every prefix of a valid article parses or errors without a panic.
//!
//! Round-trip forms: blank-line separated (LF or CRLF, 1-3 blank lines);
//! hard-wrapped wire copy (width 48-78, indented paragraphs, compounds
//! broken after their hyphen); markdown (`#` headline, `**` kicker, image
//! lines before captions, links, emphasis, `\$` escapes, `##` subheads,
//! linked author names); blank-line form with one paragraph cut in two by a
//! page break (with or without a print footer between the parts).
//!
//! The round trips let no failure through (no parser bug they found is
//! still open); `triage_roundtrip_failures` prints a census of failures
//! with the shortest input of each kind, for a longer run on demand.
//!
//! Case counts (per test): 256 for hostile strings, noisy articles and the
//! blank-line round trip; 128 for the other round trips; 8 for prefixes
//! (each case parses every prefix of an article twice). `PROPTEST_CASES=n`
//! sets them all to `n` for a longer run.

use std::fmt::Write as _;

use newswire::{BlockKind, ErrorKind, Parser, Text};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;

/// The number of cases: `default`, or `PROPTEST_CASES` when set.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The generator's seed: fixed, so that `cargo test` (and CI) checks the
/// same cases on every run; `PROPTEST_SEED=n` explores others (a failure
/// found that way is saved in `proptest-regressions/`).
fn seed() -> proptest::test_runner::RngSeed {
    let seed = std::env::var("PROPTEST_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x6e65_7773);
    proptest::test_runner::RngSeed::Fixed(seed)
}

// ---------------------------------------------------------------------------
// Invariants shared by every property
// ---------------------------------------------------------------------------

// The fuzz targets' invariant checks, shared rather than copied.
#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod invariants;

use invariants::check_article;

/// Parses with the default and the strict parser, checking invariants 1-3.
fn check_input(input: &str) -> Result<(), TestCaseError> {
    invariants::check_input(input)
        .map_err(|e| TestCaseError::fail(format!("{e}\ninput: {input:?}")))
}

// ---------------------------------------------------------------------------
// 1-3: arbitrary and hostile strings
// ---------------------------------------------------------------------------

/// Pieces of text that exercise line ends, markup and the field grammars.
const FRAGMENTS: &[&str] = &[
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "\0",
    "\t",
    " ",
    "  ",
    "\u{a0}",
    "\u{feff}",
    "\u{200b}",
    "\u{2028}",
    "\u{85}",
    "\u{c}",
    "\u{b}",
    "\u{1b}",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "](#)",
    "[text](https://example.com/a)",
    "![alt](img.png)",
    "[![a](b)](c)",
    "\\",
    "\\\\",
    "\\$",
    "\\*",
    "*",
    "**",
    "_",
    "__",
    "#",
    "# ",
    "## ",
    "###### ",
    "> ",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "12) ",
    "•",
    "◦",
    "·",
    "|",
    " | ",
    "—",
    "–",
    " - ",
    " -- ",
    "___",
    "By ",
    "BY ",
    "by ",
    "Par ",
    "Jane Roe",
    "Ali Khan",
    "Ola Nyström",
    " and ",
    ", ",
    "; ",
    " & ",
    " in Beijing",
    "Reuters Staff",
    ", CNN",
    "(reporting)",
    "©",
    "(c)",
    "Copyright ",
    " 2023",
    "2015-2023",
    ". All rights reserved.",
    "ROTTERDAM, Aug 28 ",
    "(Reuters) - ",
    "WASHINGTON (AP) — ",
    "(CNN) — ",
    "6 HOURS AGO",
    "Updated 3:45 PM ET, Mon August 28, 2023",
    "an hour ago",
    "21.dez.2018 às 12h55",
    "Photograph: ",
    "Photo by ",
    "Credit",
    "(AP Photo/Jane Roe)",
    "/Reuters",
    "Getty Images",
    "REUTERS/Ken Ito",
    "Reporting by ",
    "; Editing by ",
    " contributed to this report.",
    "Reuter",
    "(bsc)",
    "Advertisement",
    "Share",
    "Save",
    "Read more: ",
    "4 Min Read",
    "https://example.com/x 1/3",
    "@jane",
    "Follow @jane",
    "anti-",
    "pro-",
    "government",
    "and",
    "word",
    "Word",
    "words here",
    "Sentence.",
    "“",
    "”",
    "’",
    "…",
    "é",
    "e\u{301}",
    "日本語",
    "😀",
    "ÅÄÖ",
    "İ",
    "ß",
    "\u{10ffff}",
    "Ⅻ",
];

fn fragment() -> impl Strategy<Value = String> {
    select(FRAGMENTS).prop_map(str::to_owned)
}

/// Strings built to upset a parser: arbitrary Unicode, control characters,
/// markup soup, long lines, deep runs, only blank lines.
fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,300}",
        "[\\x00-\\x20\\[\\]()\\\\*_#!>|\\-a-zA-Z.\r\n\u{a0}\u{feff}é]{0,300}",
        prop::collection::vec(fragment(), 0..60).prop_map(|v| v.concat()),
        // Long runs of one fragment: deep `[[[`, `\\\\`, `***`, long lines.
        (fragment(), 1..4000usize).prop_map(|(f, n)| f.repeat(n)),
        (fragment(), 1..400usize, fragment(), 1..400usize).prop_map(|(a, n, b, m)| format!(
            "{}{}",
            a.repeat(n),
            b.repeat(m)
        )),
        // Only blank lines.
        prop::collection::vec(
            select(&[" ", "\t", "\n", "\r\n", "\r", "\u{a0}", "\u{feff}"][..]),
            0..200
        )
        .prop_map(|v| v.concat()),
        // One very long line of words.
        (1..20_000usize).prop_map(|n| "word ".repeat(n)),
    ]
}

/// A generated article with fragments spliced in at random places.
fn noisy_article() -> impl Strategy<Value = String> {
    (
        article(),
        form(),
        prop::collection::vec((any::<prop::sample::Index>(), fragment()), 0..8),
    )
        .prop_map(|(article, form, noise)| {
            let mut input = render(&article, form).0;
            for (at, frag) in noise {
                let mut i = at.index(input.len() + 1);
                while !input.is_char_boundary(i) {
                    i -= 1;
                }
                input.insert_str(i, &frag);
            }
            input
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), rng_seed: seed(), ..ProptestConfig::default() })]

    /// Properties 1-3 on hostile strings.
    #[test]
    fn any_string_parses_without_panic_and_keeps_the_invariants(input in hostile_string()) {
        check_input(&input)?;
    }

    /// Properties 1-3 on generated articles with fragments spliced in.
    #[test]
    fn articles_with_noise_keep_the_invariants(input in noisy_article()) {
        check_input(&input)?;
    }
}

#[test]
fn size_limit_gives_too_large() {
    let input = "Headline words here\n\nBody text here.\n";
    let err = Parser::new()
        .with_max_input_len(10)
        .parse(input)
        .unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::TooLarge {
            len: input.len(),
            limit: 10
        }
    );
    assert!(Parser::new()
        .with_max_input_len(input.len())
        .parse(input)
        .is_ok());
}

// ---------------------------------------------------------------------------
// 4: generated articles
// ---------------------------------------------------------------------------

const FIRST_NAMES: &[&str] = &[
    "Jane",
    "Ali",
    "Ana",
    "Tom",
    "Ola",
    "Mia",
    "Li",
    "Ken",
    "Sam",
    "Lena",
    "Marta",
    "Ilse",
    "Tomas",
    "Elena",
    "Rosa",
    "Kay",
    "Pieter",
    "María",
    "Zoë",
    "Oluwaseun",
    "Siobhán",
    "Jürgen",
    "Aiko",
    "Priya",
    "Mehmet",
    "Chloé",
    "Dmitri",
    "Fatima",
];

const SURNAMES: &[&str] = &[
    "Roe",
    "Khan",
    "Lind",
    "Berg",
    "Nyström",
    "Wei",
    "Ito",
    "Poe",
    "Voss",
    "Kowal",
    "Brandt",
    "Ferreira",
    "Sokolova",
    "Diaz",
    "O'Neil",
    "van der Berg",
    "de la Cruz",
    "Okafor",
    "Müller",
    "Tanaka",
    "Sharma",
    "Yilmaz",
    "Dubois",
    "Nguyen",
    "Haddad",
    "MacLeod",
];

/// Places as a byline prints them.
const PLACES: &[&str] = &[
    "Beijing",
    "Karachi",
    "Rotterdam",
    "Veldan",
    "Oslo",
    "Lima",
    "São Paulo",
    "New Delhi",
    "Cape Town",
    "Hong Kong",
    "Zürich",
    "Osaka",
    "Nairobi",
    "Geneva",
];

/// Places as a dateline prints them.
const DATELINE_PLACES: &[&str] = &[
    "ROTTERDAM",
    "OSLO",
    "LIMA",
    "SÃO PAULO",
    "NEW DELHI",
    "CAPE TOWN",
    "HONG KONG",
    "ZÜRICH",
    "NAIROBI",
    "GENEVA",
    "PORTLAND, Ore.",
    "BEIJING",
];

const DATELINE_DATES: &[&str] = &[
    "Aug 28", "March 31", "Jan 5", "Feb. 26", "Oct 14", "June 2", "Dec 9",
];

const WIRE_AGENCIES: &[&str] = &["Reuters", "AP", "AFP", "Xinhua", "Bloomberg"];

const ROLES: &[&str] = &[
    "Economics Editor",
    "Political Correspondent",
    "Staff Writer",
    "Education editor",
    "Senior Reporter",
    "CNN",
    "Reuters",
    "Associated Press",
];

const KICKERS: &[&str] = &[
    "Markets",
    "Analysis",
    "EXCLUSIVE",
    "Ports and shipping",
    "US-China relations",
    "World news",
    "Climate crisis",
    "Opinion",
    "Energy",
];

const HEADLINE_SUBJECTS: &[&str] = &[
    "Ministers",
    "Dock workers",
    "Veldan harbour strike",
    "Union leaders",
    "Freight companies",
    "The central bank",
    "Port authority",
    "Rail operators",
    "Coastal towns",
];

const HEADLINE_PREDICATES: &[&str] = &[
    "agree to reopen the port talks after a week of strikes",
    "accept three-year pay deal as automation spreads",
    "warn of weeks of delays on the northern freight corridor",
    "ends as dockers vote to return to work on Tuesday",
    "raise rates for the third time this year",
    "face \\$60mn bill for diverted cargo",
    "brace for storms as the river rises",
    "promise new cranes for the eastern quay by spring",
];

const STANDFIRSTS: &[&str] = &[
    "Union leaders say the agreement protects jobs as automation spreads along the $40bn northern freight corridor",
    "Officials stress stability as trade volumes fall for a third month",
    "The deal ends a nine-day strike that left more than 80 ships waiting at anchor.",
    "Shippers warn that the backlog will take weeks to clear. Prices are already rising.",
    "Residents fear the new cranes will cost hundreds of jobs",
];

const CAPTION_TEXTS: &[&str] = &[
    "Dock workers unload containers in Rotterdam on Monday",
    "Ships wait at anchor outside Veldan harbour",
    "Union members vote on the pay deal in the port canteen",
    "A crane operator at work on the eastern quay",
    "Protesters gather outside the ministry in Oslo",
    "Trucks queue at the port gates before dawn",
];

const CAPTION_AGENCIES: &[&str] = &[
    "Reuters",
    "AFP",
    "Getty Images",
    "Northwind Images",
    "EPA",
    "Bloomberg",
];

const SUBJECTS: &[&str] = &[
    "Dock workers",
    "The port authority",
    "Union leaders",
    "Freight companies",
    "The ministry",
    "Harbour master Elena Sokolova",
    "Shipping analysts",
    "The city council",
    "Residents of the eastern quay",
    "Two of the largest carriers",
    "A spokeswoman for the union",
];

const VERBS: &[&str] = &[
    "said on Monday that",
    "warned on Tuesday that",
    "told reporters that",
    "argued in a statement that",
    "have long insisted that",
    "expect that",
];

const CLAUSES: &[&str] = &[
    "the backlog would take weeks to clear",
    "the deal protects jobs as automation spreads",
    "costs had risen by 14 per cent over three years",
    "talks would resume next week in the old customs house",
    "more than 80 ships were still waiting at anchor",
    "the $40bn northern freight corridor was at risk",
    "both pro- and anti-automation groups had claimed victory",
    "the long-running dispute was costing about $60mn a day",
    "the first vessels would berth on Wednesday morning",
    "the eastern quay would stay closed until the spring",
    "nobody had asked the crane drivers what they wanted",
];

const QUOTES: &[&str] = &[
    "“This is not everything we asked for, but it is a contract our members can live with,” said Tomas Ferreira, the union’s regional secretary.",
    "“The cranes will come. What matters is who decides how,” one docker said.",
    "“We have lost three weeks of trade,” said a spokesman for the shippers’ council.",
];

const SUBHEADS: &[&str] = &[
    "What happens next",
    "A long dispute",
    "Cranes and jobs",
    "The road to a deal",
    "Who pays",
];

const HOLDERS: &[&str] = &[
    "The Northwind Gazette Limited",
    "Example News Network",
    "Harbour Times Media",
    "The Example Times Limited",
    "Astral Coast Publishing",
];

/// How a caption prints its credit.
#[derive(Debug, Clone, Copy)]
enum CreditStyle {
    /// `text © Name/Agency`
    Copyright,
    /// `text. Photograph: Name/Agency`
    Photograph,
    /// `text (AP Photo/Name)`
    ApPhoto,
    /// `text. Name/Agency`
    Slash,
    /// `text [Name/Agency]`
    Bracket,
    /// `Getty Images` alone: a credit with no caption text.
    CreditOnly,
}

#[derive(Debug, Clone)]
struct GenCaption {
    /// The caption line as printed (plain text).
    line: String,
    text: String,
    credit: String,
}

#[derive(Debug, Clone)]
struct GenAuthor {
    name: String,
    role: Option<String>,
    location: Option<String>,
}

#[derive(Debug, Clone)]
struct GenByline {
    authors: Vec<GenAuthor>,
    /// The byline line as printed (without a timestamp).
    line: String,
}

#[derive(Debug, Clone)]
struct GenDateline {
    location: Option<String>,
    date: Option<String>,
    agency: Option<String>,
    /// As printed, dash and trailing space included.
    line: String,
}

#[derive(Debug, Clone)]
struct GenCopyright {
    text: String,
    holder: String,
    year: u16,
}

/// A generated article: its values, in the plain text a reader sees.
#[derive(Debug, Clone)]
struct GenArticle {
    kicker: Option<String>,
    headline: String,
    standfirst: Option<String>,
    captions: Vec<GenCaption>,
    byline: Option<GenByline>,
    /// Printed on the byline's line, after the names.
    stamp_on_byline: Option<String>,
    /// Printed on lines of their own under the byline.
    stamps: Vec<String>,
    dateline: Option<GenDateline>,
    body: Vec<(BlockKind, String)>,
    end_notes: Vec<String>,
    copyright: Option<GenCopyright>,
    /// Where to put a chrome line (`Share`) in the header, if anywhere.
    header_chrome: bool,
    /// A chrome line before this body block, if any.
    body_chrome: Option<usize>,
}

impl GenArticle {
    fn published(&self) -> Option<String> {
        let all: Vec<&str> = self
            .stamp_on_byline
            .iter()
            .chain(&self.stamps)
            .map(String::as_str)
            .collect();
        (!all.is_empty()).then(|| all.join(" "))
    }
}

fn name() -> impl Strategy<Value = String> {
    (select(FIRST_NAMES), select(SURNAMES)).prop_map(|(f, s)| format!("{f} {s}"))
}

fn names(max: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(name(), 1..=max).prop_filter("distinct names", |v| {
        let mut sorted = v.clone();
        sorted.sort();
        sorted.dedup();
        sorted.len() == v.len()
    })
}

/// `A`, `A and B`, `A, B and C`, `A, B, and C`.
fn join_names(parts: &[String], oxford: bool) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let comma = if oxford && init.len() >= 2 { "," } else { "" };
            format!("{}{comma} and {last}", init.join(", "))
        }
    }
}

fn byline() -> impl Strategy<Value = GenByline> {
    (
        names(3),
        0..5u8,
        select(ROLES),
        select(PLACES),
        select(PLACES),
        any::<bool>(),
    )
        .prop_map(|(names, style, role, p1, p2, oxford)| {
            let mut authors: Vec<GenAuthor> = names
                .iter()
                .map(|n| GenAuthor {
                    name: n.clone(),
                    role: None,
                    location: None,
                })
                .collect();
            let line = match style {
                // `By A, B and C`
                0 => format!("By {}", join_names(&names, oxford)),
                // `By A and B, Role`: the role goes to the last author.
                1 => {
                    authors.last_mut().unwrap().role = Some(role.to_owned());
                    format!("By {}, {role}", join_names(&names, oxford))
                }
                // `By A and B in Place`: the location goes to the last author.
                2 => {
                    authors.last_mut().unwrap().location = Some(p1.to_owned());
                    format!("By {} in {p1}", join_names(&names, oxford))
                }
                // `A in Place` with no marker.
                3 => {
                    authors.truncate(1);
                    authors[0].location = Some(p1.to_owned());
                    format!("{} in {p1}", names[0])
                }
                // `A in P1 and B in P2`.
                _ => {
                    authors.truncate(2);
                    authors[0].location = Some(p1.to_owned());
                    let mut line = format!("{} in {p1}", names[0]);
                    if authors.len() == 2 {
                        authors[1].location = Some(p2.to_owned());
                        write!(line, " and {} in {p2}", names[1]).unwrap();
                    }
                    line
                }
            };
            GenByline { authors, line }
        })
}

fn timestamp() -> impl Strategy<Value = String> {
    (
        0..7u8,
        1..12u32,
        1..28u32,
        0..60u32,
        select(&["January", "March", "August", "October", "December"][..]),
        2015..2027u32,
        any::<bool>(),
    )
        .prop_map(|(style, h, d, m, month, y, pm)| {
            let ampm = if pm { "PM" } else { "AM" };
            let mon = &month[..3];
            match style {
                0 if h == 1 => "1 HOUR AGO".to_owned(),
                0 => format!("{h} HOURS AGO"),
                1 if h == 1 => "an hour ago".to_owned(),
                1 => format!("{h} hours ago"),
                2 => format!("Updated {h}:{m:02} {ampm} ET, Mon {month} {d}, {y}"),
                3 => format!("{d} {month} {y}"),
                4 if d == 1 => "Published 1 day ago".to_owned(),
                4 => format!("Published {d} days ago"),
                5 => format!("{mon}. {d}, {y} {h}:{m:02} {ampm} ET"),
                _ => format!("Thu {d} {mon} {y} {h:02}.{m:02} EST"),
            }
        })
}

fn caption() -> impl Strategy<Value = GenCaption> {
    (
        select(CAPTION_TEXTS),
        0..6u8,
        name(),
        select(CAPTION_AGENCIES),
        any::<bool>(),
    )
        .prop_map(|(text, style, who, agency, period)| {
            let style = match style {
                0 => CreditStyle::Copyright,
                1 => CreditStyle::Photograph,
                2 => CreditStyle::ApPhoto,
                3 => CreditStyle::Slash,
                4 => CreditStyle::Bracket,
                _ => CreditStyle::CreditOnly,
            };
            let dot = if period { "." } else { "" };
            let (line, text, credit) = match style {
                CreditStyle::Copyright => (
                    format!("{text}{dot} © {who}/{agency}"),
                    format!("{text}{dot}"),
                    format!("{who}/{agency}"),
                ),
                CreditStyle::Photograph => (
                    format!("{text}. Photograph: {who}/{agency}"),
                    format!("{text}."),
                    format!("{who}/{agency}"),
                ),
                CreditStyle::ApPhoto => (
                    format!("{text}{dot} (AP Photo/{who})"),
                    format!("{text}{dot}"),
                    format!("AP Photo/{who}"),
                ),
                CreditStyle::Slash => (
                    format!("{text}. {who}/{agency}"),
                    format!("{text}."),
                    format!("{who}/{agency}"),
                ),
                CreditStyle::Bracket => (
                    format!("{text}{dot} [{who}/{agency}]"),
                    format!("{text}{dot}"),
                    format!("{who}/{agency}"),
                ),
                CreditStyle::CreditOnly => (
                    "Getty Images".to_owned(),
                    String::new(),
                    "Getty Images".to_owned(),
                ),
            };
            GenCaption { line, text, credit }
        })
}

fn dateline() -> impl Strategy<Value = GenDateline> {
    (
        0..4u8,
        select(DATELINE_PLACES),
        select(DATELINE_DATES),
        select(WIRE_AGENCIES),
        select(&[" - ", " — ", " -- "][..]),
    )
        .prop_map(|(style, place, date, agency, dash)| {
            let (location, date, agency, line) = match style {
                0 => (
                    Some(place),
                    Some(date),
                    Some(agency),
                    format!("{place}, {date} ({agency}){dash}"),
                ),
                1 => (
                    Some(place),
                    None,
                    Some(agency),
                    format!("{place} ({agency}){dash}"),
                ),
                2 => (None, None, Some(agency), format!("({agency}){dash}")),
                _ => (Some(place), None, None, format!("{place}{dash}")),
            };
            GenDateline {
                location: location.map(str::to_owned),
                date: date.map(str::to_owned),
                agency: agency.map(str::to_owned),
                line,
            }
        })
}

fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (select(SUBJECTS), select(VERBS), select(CLAUSES), select(&[".", ".", ".", "!"][..]))
            .prop_map(|(s, v, c, end)| format!("{s} {v} {c}{end}")),
        1 => select(QUOTES).prop_map(str::to_owned),
    ]
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..=3).prop_map(|v| v.join(" "))
}

fn body() -> impl Strategy<Value = Vec<(BlockKind, String)>> {
    (
        prop::collection::vec(paragraph(), 1..=5),
        prop::collection::vec((any::<prop::sample::Index>(), select(SUBHEADS)), 0..=1),
    )
        .prop_map(|(paras, subheads)| {
            let mut blocks: Vec<(BlockKind, String)> = paras
                .into_iter()
                .map(|p| (BlockKind::Paragraph, p))
                .collect();
            // A subhead stands between two paragraphs.
            if blocks.len() >= 2 {
                for (at, text) in subheads {
                    let i = 1 + at.index(blocks.len() - 1);
                    blocks.insert(i, (BlockKind::Subhead, text.to_owned()));
                }
            }
            blocks
        })
}

fn end_note() -> impl Strategy<Value = String> {
    (0..5u8, name(), name(), select(PLACES)).prop_map(|(style, a, b, place)| match style {
        0 => format!("Reporting by {a}; Editing by {b}"),
        1 => format!("Additional reporting by {a} in {place}"),
        2 => format!("(Reporting by {a} in {place}; Editing by {b})"),
        3 => format!("Associated Press writer {a} contributed to this report."),
        _ => format!("--With assistance from {a}."),
    })
}

/// The value of an end note as printed: a wire's `--` before a tagline is a
/// marker, like the `___` rule before an AP tagline.
fn end_note_value(note: &str) -> &str {
    note.strip_prefix("--").unwrap_or(note)
}

fn copyright() -> impl Strategy<Value = GenCopyright> {
    (0..4u8, select(HOLDERS), 1990..2030u16).prop_map(|(style, holder, year)| {
        let text = match style {
            0 => format!("Copyright {holder} {year}. All rights reserved."),
            1 => format!("© {year} {holder}"),
            2 => format!("© {holder} {year}"),
            _ => format!("Copyright © {year} {holder}. All rights reserved."),
        };
        GenCopyright {
            text,
            holder: holder.to_owned(),
            year,
        }
    })
}

fn headline() -> impl Strategy<Value = String> {
    (select(HEADLINE_SUBJECTS), select(HEADLINE_PREDICATES))
        .prop_map(|(s, p)| format!("{s} {}", p.replace("\\$", "$")))
}

prop_compose! {
    fn article()(
        kicker in prop::option::of(select(KICKERS)),
        headline in headline(),
        standfirst in prop::option::of(select(STANDFIRSTS)),
        captions in prop::collection::vec(caption(), 0..=2),
        byline in prop::option::of(byline()),
        stamp_on_byline in prop::option::of(timestamp()),
        stamps in prop::collection::vec(timestamp(), 0..=2),
        dateline in prop::option::of(dateline()),
        body in body(),
        end_notes in prop::collection::vec(end_note(), 0..=2),
        copyright in prop::option::of(copyright()),
        header_chrome in any::<bool>(),
        body_chrome in prop::option::of(any::<prop::sample::Index>()),
    ) -> GenArticle {
        // A timestamp shares the byline's line only when there is a byline.
        let stamp_on_byline = stamp_on_byline.filter(|_| byline.is_some());
        // A standfirst is told from the first paragraph by the header lines
        // (byline, timestamp, caption) that follow it.
        let has_meta = !captions.is_empty()
            || byline.is_some()
            || !stamps.is_empty();
        let standfirst = standfirst.filter(|_| has_meta).map(str::to_owned);
        let body_chrome = body_chrome
            .map(|i| i.index(body.len()))
            .filter(|&i| i > 0);
        GenArticle {
            kicker: kicker.map(str::to_owned),
            headline,
            standfirst,
            captions,
            byline,
            stamp_on_byline,
            stamps,
            dateline,
            body,
            end_notes,
            copyright,
            header_chrome,
            body_chrome,
        }
    }
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

/// The input forms an article is rendered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// One unit per line, blank lines between (LF or CRLF, 1-3 blank lines).
    BlankLines { crlf: bool, blanks: usize },
    /// Wire copy: hard-wrapped at `width`, paragraphs indented, no blank
    /// line between body paragraphs.
    Wire { width: usize },
    /// Markdown: `#` headline, links, emphasis, escapes, `##` subheads.
    Markdown,
    /// Blank-line form with one paragraph cut in two by a page break.
    PageBreak {
        which: usize,
        at: usize,
        chrome: bool,
    },
}

fn form() -> impl Strategy<Value = Form> {
    prop_oneof![
        (any::<bool>(), 1..=3usize).prop_map(|(crlf, blanks)| Form::BlankLines { crlf, blanks }),
        (48..=78usize).prop_map(|width| Form::Wire { width }),
        Just(Form::Markdown),
        (any::<usize>(), any::<usize>(), any::<bool>())
            .prop_map(|(which, at, chrome)| Form::PageBreak { which, at, chrome }),
    ]
}

/// Greedy hard wrap at `width` characters; the first line gets `indent`.
/// Words joined by a hyphen may be broken after the hyphen.
fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = indent.to_owned();
    let mut line_chars = indent.chars().count();
    let mut fresh = true;
    let mut words: Vec<String> = text.split(' ').map(str::to_owned).collect();
    words.reverse();
    while let Some(word) = words.pop() {
        let w = word.chars().count();
        let needed = if fresh { w } else { w + 1 };
        if line_chars + needed <= width {
            if !fresh {
                line.push(' ');
            }
            line.push_str(&word);
            line_chars += needed;
            fresh = false;
            continue;
        }
        // Break a compound after its hyphen when the first part fits.
        if let Some(h) = word.find('-') {
            let head = &word[..=h];
            let tail = &word[h + 1..];
            let hw = head.chars().count() + usize::from(!fresh);
            if h > 0 && !tail.is_empty() && line_chars + hw <= width {
                if !fresh {
                    line.push(' ');
                }
                line.push_str(head);
                lines.push(std::mem::take(&mut line));
                line_chars = 0;
                fresh = true;
                words.push(tail.to_owned());
                continue;
            }
        }
        if fresh {
            // A word longer than the line: it stands alone.
            line.push_str(&word);
            lines.push(std::mem::take(&mut line));
            line_chars = 0;
            continue;
        }
        lines.push(std::mem::take(&mut line));
        line = word;
        line_chars = w;
        fresh = false;
    }
    if !fresh || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Markdown for a paragraph: a link around one word, emphasis on another,
/// `$` escaped.
fn markdown_inline(text: &str, seed: usize) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let n = words.len();
    let link_at = seed % n;
    let em_at = (seed / 7 + 1) % n;
    let mut out = Vec::with_capacity(n);
    for (i, w) in words.iter().enumerate() {
        let mut w = w.replace('$', "\\$");
        let plain_word = w
            .chars()
            .all(|c| c.is_alphanumeric() || c == '\'' || c == '-');
        if i == link_at && plain_word {
            w = format!("[{w}](https://example.com/story/{seed})");
        } else if i == em_at && plain_word && i != link_at {
            w = if seed % 2 == 0 {
                format!("*{w}*")
            } else {
                format!("**{w}**")
            };
        }
        out.push(w);
    }
    out.join(" ")
}

/// Where a page break cuts one of `paragraphs` (as printed): the index of
/// the paragraph and the byte offset of the space it replaces. The first
/// part does not end a sentence and the second starts with a lower-case
/// letter.
fn page_break(paragraphs: &[&str], which: usize, at: usize) -> Option<(usize, usize)> {
    let candidates: Vec<(usize, Vec<usize>)> = paragraphs
        .iter()
        .enumerate()
        .filter_map(|(p, text)| {
            let cuts: Vec<usize> = text
                .match_indices(' ')
                .map(|(i, _)| i)
                .filter(|&i| {
                    let before = text[..i].chars().next_back();
                    let after = text[i + 1..].chars().next();
                    before.is_some_and(|c| c.is_alphanumeric())
                        && after.is_some_and(char::is_lowercase)
                })
                .collect();
            (!cuts.is_empty()).then_some((p, cuts))
        })
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let (p, cuts) = &candidates[which % candidates.len()];
    Some((*p, cuts[at % cuts.len()]))
}

/// Chrome lines the generator puts in: `Share` in the header,
/// `Advertisement` between paragraphs, a print footer at a page break.
const PAGE_FOOTER: &str = "https://example.com/port-strike.html 1/2";

fn chrome_of(units: &[Vec<String>]) -> Vec<String> {
    units
        .iter()
        .map(|u| u.join(" "))
        .filter(|t| ["Share", "Advertisement", PAGE_FOOTER].contains(&t.as_str()))
        .collect()
}

/// Renders the article in a form; returns the text and the chrome lines
/// that the parser must put in `boilerplate`.
fn render(a: &GenArticle, form: Form) -> (String, Vec<String>) {
    let mut units: Vec<Vec<String>> = Vec::new();
    let md = form == Form::Markdown;
    let esc = |s: &str| {
        if md {
            s.replace('$', "\\$")
        } else {
            s.to_owned()
        }
    };
    let one = |s: String| vec![s];
    if let Some(k) = &a.kicker {
        units.push(one(if md { format!("**{k}**") } else { k.clone() }));
    }
    units.push(one(if md {
        format!("# {}", esc(&a.headline))
    } else {
        a.headline.clone()
    }));
    if let Some(s) = &a.standfirst {
        units.push(one(esc(s)));
    }
    for c in &a.captions {
        if md {
            units.push(one(
                "![A photograph](https://example.com/photo.jpg)".to_owned()
            ));
        }
        units.push(one(c.line.clone()));
    }
    let meta_start = units.len();
    if let Some(b) = &a.byline {
        let mut line = if md {
            // Link each author's name.
            let mut line = b.line.clone();
            for author in &b.authors {
                let slug = author.name.to_lowercase().replace(' ', "-");
                line = line.replacen(
                    &author.name,
                    &format!("[{}](https://example.com/authors/{slug})", author.name),
                    1,
                );
            }
            line
        } else {
            b.line.clone()
        };
        if let Some(stamp) = &a.stamp_on_byline {
            write!(line, " {stamp}").unwrap();
        }
        units.push(one(line));
    }
    for stamp in &a.stamps {
        units.push(one(stamp.clone()));
    }
    let meta_end = units.len();
    if a.header_chrome {
        units.push(one("Share".to_owned()));
    }
    let body_start = units.len();
    let mut paragraph_units = Vec::new();
    for (i, (kind, text)) in a.body.iter().enumerate() {
        if a.body_chrome == Some(i) {
            units.push(one("Advertisement".to_owned()));
        }
        let mut text = text.clone();
        if i == 0 {
            if let Some(d) = &a.dateline {
                text = format!("{}{text}", d.line);
            }
        }
        let line = match (kind, md) {
            (BlockKind::Subhead, true) => format!("## {text}"),
            (_, true) => markdown_inline(&text, text.len() + i),
            _ => text,
        };
        if *kind == BlockKind::Paragraph {
            paragraph_units.push(units.len());
        }
        units.push(one(line));
    }
    let body_end = units.len();
    for note in &a.end_notes {
        units.push(one(note.clone()));
    }
    if let Some(c) = &a.copyright {
        units.push(one(c.text.clone()));
    }

    match form {
        Form::BlankLines { crlf, blanks } => {
            let nl = if crlf { "\r\n" } else { "\n" };
            let sep = nl.repeat(blanks + 1);
            let mut out = units
                .iter()
                .map(|u| u.join(nl))
                .collect::<Vec<_>>()
                .join(&sep);
            out.push_str(nl);
            (out, chrome_of(&units))
        }
        Form::Markdown => {
            let mut out = units
                .iter()
                .map(|u| u.join("\n"))
                .collect::<Vec<_>>()
                .join("\n\n");
            out.push('\n');
            (out, chrome_of(&units))
        }
        Form::PageBreak {
            which,
            at,
            chrome: page_chrome,
        } => {
            let mut units = units;
            if let Some((p, cut)) = page_break(
                &paragraph_units
                    .iter()
                    .map(|&u| units[u][0].as_str())
                    .collect::<Vec<_>>(),
                which,
                at,
            ) {
                let u = &paragraph_units[p];
                let text = units[*u][0].clone();
                let mut parts = vec![vec![text[..cut].to_owned()]];
                if page_chrome {
                    parts.push(vec![PAGE_FOOTER.to_owned()]);
                }
                parts.push(vec![text[cut + 1..].to_owned()]);
                units.splice(*u..=*u, parts);
            }
            let mut out = units
                .iter()
                .map(|u| u.join("\n"))
                .collect::<Vec<_>>()
                .join("\n\n");
            out.push('\n');
            (out, chrome_of(&units))
        }
        Form::Wire { width } => {
            let mut out = String::new();
            for (i, u) in units.iter().enumerate() {
                let text = &u[0];
                let in_body = (body_start..body_end).contains(&i);
                if in_body {
                    if i > body_start {
                        out.push('\n');
                    }
                    out.push_str(&wrap(text, width, "    ").join("\n"));
                    if i + 1 == body_end {
                        out.push_str("\n\n");
                    }
                } else if (meta_start..meta_end).contains(&i) {
                    // Byline and timestamp lines are printed as they are.
                    out.push_str(text);
                    out.push_str("\n\n");
                } else {
                    out.push_str(&wrap(text, width, "").join("\n"));
                    out.push_str("\n\n");
                }
            }
            (out, chrome_of(&units))
        }
    }
}

fn check_roundtrip(a: &GenArticle, form: Form) -> Result<(), TestCaseError> {
    let (input, chrome) = render(a, form);
    let article = newswire::parse(&input)
        .map_err(|e| TestCaseError::fail(format!("{e} for input:\n{input}")))?;
    check_article(&input, &article)
        .map_err(|e| TestCaseError::fail(format!("{e}\ninput:\n{input}")))?;
    let ctx = || format!("\ninput:\n{input}\nparsed: {article:#?}");
    let text = |t: Option<&Text<'_>>| t.map(|t| t.as_str().to_owned());
    prop_assert_eq!(text(article.kicker()), a.kicker.clone(), "kicker{}", ctx());
    prop_assert_eq!(
        text(article.headline()),
        Some(a.headline.clone()),
        "headline{}",
        ctx()
    );
    prop_assert_eq!(
        text(article.standfirst()),
        a.standfirst.clone(),
        "standfirst{}",
        ctx()
    );
    let captions: Vec<(String, Option<String>)> = article
        .captions()
        .iter()
        .map(|c| (c.text().to_string(), c.credit().map(|t| t.to_string())))
        .collect();
    let expected: Vec<(String, Option<String>)> = a
        .captions
        .iter()
        .map(|c| (c.text.clone(), Some(c.credit.clone())))
        .collect();
    prop_assert_eq!(captions, expected, "captions{}", ctx());
    let authors: Vec<(String, Option<String>, Option<String>)> = article
        .authors()
        .map(|x| {
            (
                x.name().to_string(),
                x.role().map(|t| t.to_string()),
                x.location().map(|t| t.to_string()),
            )
        })
        .collect();
    let expected: Vec<(String, Option<String>, Option<String>)> = a
        .byline
        .iter()
        .flat_map(|b| &b.authors)
        .map(|x| (x.name.clone(), x.role.clone(), x.location.clone()))
        .collect();
    prop_assert_eq!(authors, expected, "byline{}", ctx());
    prop_assert_eq!(
        text(article.published()),
        a.published(),
        "published{}",
        ctx()
    );
    let dateline = article
        .dateline()
        .map(|d| (text(d.location()), text(d.date()), text(d.agency())));
    let expected = a
        .dateline
        .as_ref()
        .map(|d| (d.location.clone(), d.date.clone(), d.agency.clone()));
    prop_assert_eq!(dateline, expected, "dateline{}", ctx());
    let body: Vec<(BlockKind, String)> = article
        .body()
        .iter()
        .map(|b| (b.kind(), b.text().to_string()))
        .collect();
    prop_assert_eq!(body, a.body.clone(), "body{}", ctx());
    let notes: Vec<String> = article.end_notes().iter().map(|t| t.to_string()).collect();
    let expected: Vec<String> = a
        .end_notes
        .iter()
        .map(|n| end_note_value(n).to_owned())
        .collect();
    prop_assert_eq!(notes, expected, "end_notes{}", ctx());
    let copyright = article.copyright().map(|c| {
        (
            c.text().to_string(),
            c.holder().map(|t| t.to_string()),
            c.year(),
        )
    });
    let expected = a
        .copyright
        .as_ref()
        .map(|c| (c.text.clone(), Some(c.holder.clone()), Some(c.year)));
    prop_assert_eq!(copyright, expected, "copyright{}", ctx());
    // Image lines (whatever their value) aside, every boilerplate line is
    // chrome that the generator put there.
    let boilerplate: Vec<String> = article
        .boilerplate()
        .iter()
        .map(|t| t.to_string())
        .filter(|t| !t.is_empty() && !t.starts_with("!["))
        .collect();
    prop_assert_eq!(boilerplate, chrome, "boilerplate{}", ctx());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), rng_seed: seed(), ..ProptestConfig::default() })]

    #[test]
    fn roundtrip_blank_line_separated(a in article(), crlf in any::<bool>(), blanks in 1..=3usize) {
        check_roundtrip(&a, Form::BlankLines { crlf, blanks })?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(128), rng_seed: seed(), ..ProptestConfig::default() })]

    #[test]
    fn roundtrip_hard_wrapped_wire(a in article(), width in 48..=78usize) {
        check_roundtrip(&a, Form::Wire { width })?;
    }

    #[test]
    fn roundtrip_markdown(a in article()) {
        check_roundtrip(&a, Form::Markdown)?;
    }

    #[test]
    fn roundtrip_page_break(a in article(), which in any::<usize>(), at in any::<usize>(), chrome in any::<bool>()) {
        check_roundtrip(&a, Form::PageBreak { which, at, chrome })?;
    }
}

// ---------------------------------------------------------------------------
// 5: prefixes
// ---------------------------------------------------------------------------

/// An article kept short (two body blocks, one end note), as every prefix
/// of it is parsed.
fn short_article() -> impl Strategy<Value = GenArticle> {
    article().prop_map(|mut a| {
        a.body.truncate(2);
        a.body_chrome = a.body_chrome.filter(|&i| i < a.body.len());
        a.end_notes.truncate(1);
        a.captions.truncate(1);
        a
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(8), rng_seed: seed(), ..ProptestConfig::default() })]

    /// Every prefix (at a char boundary) of a rendered article parses or
    /// errors without a panic, and keeps the invariants, with the default
    /// and the strict parser.
    #[test]
    fn every_prefix_parses_or_errors((a, form) in (short_article(), form())) {
        let (input, _) = render(&a, form);
        for end in (0..=input.len()).filter(|&i| input.is_char_boundary(i)) {
            check_input(&input[..end])?;
        }
    }
}

// ---------------------------------------------------------------------------
// Tools (not run by default)
// ---------------------------------------------------------------------------

/// A census of round-trip failures by form and field, with the shortest
/// failing input of each kind: `cargo test --test properties triage --
/// --ignored --nocapture` (`TRIAGE_CASES=n` sets the number of cases).
#[test]
#[ignore = "a census over many cases; run on demand"]
fn triage_roundtrip_failures() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    use std::collections::BTreeMap;

    let cases: usize = std::env::var("TRIAGE_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let mut runner = TestRunner::deterministic();
    let mut census: BTreeMap<(String, String), (usize, String, String)> = BTreeMap::new();
    let mut failed = 0;
    for _ in 0..cases {
        let a = article().new_tree(&mut runner).unwrap().current();
        let f = form().new_tree(&mut runner).unwrap().current();
        let name = match f {
            Form::BlankLines { .. } => "blank-lines",
            Form::Wire { .. } => "wire",
            Form::Markdown => "markdown",
            Form::PageBreak { .. } => "page-break",
        };
        let Err(e) = check_roundtrip(&a, f) else {
            continue;
        };
        failed += 1;
        let msg = e.to_string();
        let detail: String = msg
            .split("\ninput:")
            .next()
            .unwrap_or("")
            .chars()
            .take(400)
            .collect();
        let field = detail
            .lines()
            .find_map(|l| l.rsplit_once("`: ").map(|(_, f)| f.to_owned()))
            .unwrap_or_else(|| detail.chars().take(40).collect());
        let (input, _) = render(&a, f);
        let entry =
            census
                .entry((name.to_owned(), field))
                .or_insert((0, input.clone(), detail.clone()));
        entry.0 += 1;
        if input.len() < entry.1.len() {
            entry.1 = input;
            entry.2 = detail;
        }
    }
    println!("{failed} of {cases} cases fail");
    for ((form, field), (n, input, detail)) in &census {
        println!("== {form}: {field}: {n}\n{detail}\n--\n{input}");
    }
    assert_eq!(failed, 0, "round trips that failed");
}

/// Writes rendered articles (every form) to `$SEED_DIR`, as a seed corpus
/// for the fuzzers: `SEED_DIR=fuzz/corpus/parse cargo test --test
/// properties write_seed_corpus -- --ignored`.
#[test]
#[ignore = "writes files; run on demand"]
fn write_seed_corpus() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let dir = std::env::var_os("SEED_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("seed-corpus"));
    std::fs::create_dir_all(&dir).unwrap();
    let mut runner = TestRunner::deterministic();
    for i in 0..40 {
        let a = article().new_tree(&mut runner).unwrap().current();
        let f = form().new_tree(&mut runner).unwrap().current();
        let (text, _) = render(&a, f);
        // Every seed is an article the parser reads.
        assert!(newswire::parse(&text).is_ok(), "seed {i} does not parse");
        std::fs::write(dir.join(format!("generated-{i:02}.txt")), text).unwrap();
    }
    let written = std::fs::read_dir(&dir).unwrap().count();
    assert!(written >= 40, "only {written} seeds in {}", dir.display());
}
