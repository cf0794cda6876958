//! End notes: the taglines after the story.
//!
//! ```text
//! note := "("? ("Additional ")? "Reporting by" … (";" ("Writing" | "Editing") " by" …)* ")"?
//!       | names " contributed" (" to this report")? "."
//!       | "--With assistance from " … | "To contact the reporter …"
//!       | "Our Standards: …" | "This article was amended …"
//!       | "(Redacción por …; editado por …)" | "Mit Material von dpa" | "Avec AFP"
//!       | sign-off
//!       | author-name " is " …        ; a bio of the byline's author
//! sign-off := "Reuter" | AGENCY | "(" AGENCY ")" | "Enditem" | "(abc)"
//!       | initials ("/" initials)+    ; a staff slug: `cr-ib/jfl/tw`, `kaa/dpa`
//!       | "dpa" (" " initials)+ | DDHHMM " GMT" (" " month day)?
//!       | "SOURCE " company          ; a press release's last line
//! ```

use nom::bytes::complete::take_while;
use nom::sequence::preceded;
use nom::Parser;

use crate::boilerplate::contains_ci;
use crate::scan::{
    ends_with_ci, is_capitalised, more_words_than, phrase, starts_with_ci, word_count, PhraseIndex,
};

/// Openings of a credit for reporting, writing or editing.
const OPENINGS: &[&str] = &[
    "reporting by",
    "additional reporting",
    "reporting and writing by",
    "reporting from",
    "writing by",
    "editing by",
    "edited by",
    "some information for this report",
    "information for this report",
    "originally published as",
    // An editor's credit as a field (`Editor: Jane Roe`), as Asian wires
    // and Agência Brasil (`Edição:`) print it under the story.
    "editor:",
    "editors:",
    "edição:",
    "edición:",
    "compiled by",
    "reported by",
    "research by",
    "additional research",
    "sourcing by",
    "graphics by",
    "--with assistance",
    "-- with assistance",
    "with assistance from",
    "to contact the reporter",
    "to contact the editor",
    "to contact the author",
    "our standards:",
    "this article originally appeared",
    "this article appeared in the",
    "this article appears in the",
    "this article was originally published",
    "this story was originally published",
    "this story originally appeared",
    "a version of this article appears in",
    "published in the print edition",
    "the writer is ",
    "a version of this article appeared in",
    "this version corrects",
    "an earlier version of this",
    "correction:",
    "oikaisu:",
    "rättelse:",
    "rettelse:",
    "berichtigung:",
    "corrección:",
    "correção:",
    "rectificatif :",
    "rectificatif:",
    "rettifica:",
    "clarification:",
    "editor's note:",
    "editor’s note:",
    "first published",
    "journal reference:",
    "source:",
    "sources:",
    // `Source:` in the languages of the notes read.
    "źródło:",
    "Źródło:",
    "fuente:",
    "fonte:",
    "quelle:",
    "==",
    // Correction and update footers.
    "this article was amended",
    "this article has been amended",
    "this article was updated",
    "this article has been updated",
    "this article was corrected",
    "this article has been corrected",
    "this story was amended",
    "this story has been amended",
    "this story was updated",
    "this story has been updated",
    "this story was corrected",
    "this story has been corrected",
    "this content was produced",
    "this article was produced",
    "this story was produced",
    "with reporting by",
    "with reporting from",
    "with reports from",
    "this story comes from",
    "this story was written by",
    "this article was written by",
    "translated from the",
    "this article was translated",
    "this story was translated",
    "translated by",
    // Euronews: `Additional sources • AGENCY`.
    "additional sources",
    "with additional reporting",
    // Canadian Press and CBC: the story draws on wire copy.
    "with files from",
    "— with files from",
    "- with files from",
    // Desk credits of wires writing in Spanish, French, German and
    // Portuguese, and notes that the story draws on an agency.
    "redacción por",
    "version française",
    "berichterstattung:",
    "berichterstattung von",
    "redigiert von",
];

/// [`OPENINGS`] indexed by first byte.
static OPENING_INDEX: PhraseIndex<{ OPENINGS.len() }> = PhraseIndex::new(OPENINGS);
/// [`PARENTHESISED`] indexed by first byte.
static PARENTHESISED_INDEX: PhraseIndex<{ PARENTHESISED.len() }> = PhraseIndex::new(PARENTHESISED);
/// [`AGENCY_NOTES`] indexed by first byte.
static AGENCY_NOTE_INDEX: PhraseIndex<{ AGENCY_NOTES.len() }> = PhraseIndex::new(AGENCY_NOTES);

/// Openings of a desk credit that are ordinary words outside parentheses
/// (`(Reportage Jane Roe; version française …)`, `(Edición de …)`).
const PARENTHESISED: &[&str] = &[
    // A columnist's note: `(The author is a Reuters Breakingviews
    // columnist. The opinions expressed are their own.)`.
    "(the author is ",
    "(reportage ",
    "(reporte ",
    "(texto ",
    "(redacción de",
    "(edición de",
    "(editado por",
    "(reportagem de",
    "(edição de",
    "(édité par",
    "(bearbeitet von",
];

/// Notes that the story draws on an agency (`Mit Material von dpa`,
/// `Avec AFP`, `Con información de EFE`): a story's sentence may open so,
/// so only a short line counts.
const AGENCY_NOTES: &[&str] = &[
    "con información de",
    "con reporte de",
    "mit material von",
    "mit material der",
    "mit material des",
    "avec afp",
    "avec ap",
    "avec reuters",
    "avec l'afp",
    "avec l’afp",
    "avec agences",
];

/// Phrases that mark a contribution line wherever they stand.
const CONTRIBUTIONS: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "contributed research",
    "also contributed",
    "first published",
];

/// Agencies that sign a story off by name (`Xinhua`, `(AFP)`), beside
/// any name of two to five capitals.
const AGENCIES: &[&str] = &[
    "reuter", "reuters", "xinhua", "kyodo", "yonhap", "bernama", "anadolu", "interfax", "tass",
    "dpa", "efe", "ansa", "apa", "sda", "ats", "belga", "lusa", "enditem", "aap", "afp", "ap",
    "epd", "kna", "sid",
];

/// True for a sign-off only by its form: a word of two to five capitals
/// that names no agency this module knows (`BNS`, but also a tag such as
/// `BBMP`), bare.
pub(crate) fn is_capitals_sign_off(text: &str) -> bool {
    let t = text.trim();
    (2..=5).contains(&t.len())
        && t.bytes().all(|b| b.is_ascii_uppercase())
        && !AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(t))
}

/// True for a sign-off: `Reuter`, `REUTER...`, `AFP`, `(AFP)`, `Xinhua`,
/// `Enditem`, an editor's initials (`(bsc)`, `kaa/jp`, `cr-ib/jfl/tw`),
/// a dpa trailer (`dpa lh xx cb`, `181522 GMT Nov 18`) or a press
/// release's `SOURCE Example Robotics, Inc.`.
pub(crate) fn is_sign_off(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 60 {
        return t.len() <= 160 && is_slugged_source(t);
    }
    // An agency alone, in parentheses or not, perhaps after a dash
    // (`-- BERNAMA`).
    let word = t
        .trim_start_matches(['-', '—', '–', ' '])
        .trim_end_matches(['.', ' ']);
    let agency = word
        .strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .unwrap_or(word);
    if AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(agency))
        || (2..=5).contains(&agency.len()) && agency.bytes().all(|b| b.is_ascii_uppercase())
    {
        return true;
    }
    // A story of the outlet's own, with an agency's copy (`(FRANCE 24
    // with AFP)`), and a staff slug naming the agencies (`kb/sms (dpa,
    // epd)`).
    let inner = t.strip_prefix('(').and_then(|r| r.strip_suffix(')'));
    if inner.is_some_and(|i| {
        i.rsplit_once(" with ")
            .is_some_and(|(_, agency)| AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(agency)))
    }) {
        return true;
    }
    if let Some((slug, agencies)) = t.split_once(" (") {
        let named = agencies.strip_suffix(')').is_some_and(|list| {
            list.split(", ")
                .all(|a| AGENCIES.iter().any(|k| k.eq_ignore_ascii_case(a)))
        });
        if named && is_staff_slug(slug) {
            return true;
        }
    }
    // An editor's initials alone (`mcc`), as some papers close a story.
    if (2..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_lowercase()) {
        return true;
    }
    // The agency and its web address, each in parentheses: `(NAN)(www.nannews.ng)`.
    if let Some((agency, site)) = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .and_then(|r| r.split_once(")("))
    {
        let named = AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(agency))
            || (2..=5).contains(&agency.len()) && agency.bytes().all(|b| b.is_ascii_uppercase());
        return named && crate::scan::is_domain(site.trim_start_matches("www."));
    }
    // An editor's initials in parentheses: `(bsc)`, `(jk/dpa)`; or a
    // list of agencies, initials and the date (`(APA, red, 27.11.2026)`).
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        let initials = |s: &str| {
            (2..=12).contains(&s.len())
                && s.chars().all(|c| c.is_lowercase() || c == '/' || c == ',')
        };
        let part = |p: &str| {
            initials(p)
                || AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(p))
                || p.starts_with(|c: char| c.is_ascii_digit()) && crate::timestamp::is_timestamp(p)
        };
        return initials(inner) || inner.contains(", ") && inner.split(", ").all(part);
    }
    // The agency, then its staff's initials (`EFE aco/mt/jcm`).
    let agency_slug = t.split_once(' ').is_some_and(|(agency, slug)| {
        AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(agency)) && is_staff_slug(slug)
    });
    agency_slug
        || is_staff_slug(t)
        || is_wire_trailer(t)
        || is_agency_slug(t)
        || is_slugged_source(t)
        || is_named_slug(t)
        || is_email_address(t.trim_start_matches(['-', '—', '–', ' ']))
        || is_press_release_source(t)
        || is_signature(t)
        || is_end_marker(t)
}

/// A source line closed by the agency's slug, as Swiss broadcasters print
/// it (`Regionaljournal Zürich, 30.11.2026, 12:03 Uhr;sda/brum`).
fn is_slugged_source(t: &str) -> bool {
    t.rsplit_once(';').is_some_and(|(source, slug)| {
        slug.split_once('/').is_some_and(|(agency, initials)| {
            AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(agency))
                && (2..=6).contains(&initials.len())
                && initials.bytes().all(|b| b.is_ascii_lowercase())
        }) && !more_words_than(source, 10)
    })
}

/// The marker a wire desk ends a story with, perhaps with its staff's
/// initials: Xinhua's and CNA's `Enditem` (`Enditem/AW`), KUNA's `(end)`
/// (`(end) ak.gb`).
fn is_end_marker(t: &str) -> bool {
    let initials = |rest: &str| {
        rest.len() <= 16
            && rest
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'.' | b' '))
    };
    if let Some(rest) = t
        .strip_prefix("Enditem")
        .or_else(|| t.strip_prefix("ENDITEM"))
    {
        return rest.is_empty() || rest.starts_with('/') && initials(rest);
    }
    if t.strip_prefix("(end)")
        .or_else(|| t.strip_prefix("(END)"))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' ') && initials(rest))
    {
        return true;
    }
    // Lusa's `Lusa/End`, and its staff in capitals over a double slash
    // (`JPI/ADB // MLL`).
    let agency_end = t
        .strip_suffix("/End")
        .or_else(|| t.strip_suffix("/END"))
        .is_some_and(|agency| {
            (2..=10).contains(&agency.len()) && agency.bytes().all(|b| b.is_ascii_alphabetic())
        });
    let caps_slug = t.len() <= 30
        && t.contains(" // ")
        && t.split([' ', '/'])
            .filter(|g| !g.is_empty())
            .all(|g| (2..=4).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_uppercase()));
    // IRNA's story codes: `3301**1102`.
    let code = t.split_once("**").is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|n| (2..=6).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    });
    agency_end || caps_slug || code
}

/// Agencies whose desks sign a story off with the staff's initials in
/// capitals (`PTI ABK NSD RT`, `IANS AB CD`).
const SLUG_AGENCIES: &[&str] = &["PTI", "IANS", "ANI", "UNI", "BSS", "APP"];

/// An agency's desk slug: the agency in capitals, then one to five groups
/// of two to four capitals (`PTI ABK NSD RT`).
/// An agency's slug with its staff's names (`WAM/Jane Roe/Ali Khan`): the
/// agency in capitals, then one to three names between slashes.
fn is_named_slug(t: &str) -> bool {
    let mut parts = t.split('/');
    let agency = parts.next().unwrap_or("");
    let names: Vec<&str> = parts.collect();
    (2..=6).contains(&agency.len())
        && agency.bytes().all(|b| b.is_ascii_uppercase())
        && (1..=3).contains(&names.len())
        && names
            .iter()
            .all(|n| (2..=3).contains(&word_count(n)) && n.split(' ').all(is_capitalised))
}

fn is_agency_slug(t: &str) -> bool {
    let mut words = t.split(' ');
    if !SLUG_AGENCIES.contains(&words.next().unwrap_or("")) {
        return false;
    }
    let mut groups = 0;
    for w in words {
        groups += 1;
        if !(2..=4).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_uppercase()) {
            return false;
        }
    }
    (1..=5).contains(&groups)
}

/// A reporter's e-mail address alone on its line, as Asian wires sign off
/// (`jroe@example.co.kr`).
fn is_email_address(t: &str) -> bool {
    let Some((local, domain)) = t.split_once('@') else {
        return false;
    };
    let word = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+');
    !local.is_empty()
        && local.bytes().all(word)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.bytes().all(word)
}

/// Staff initials joined by slashes, as AFP and German sites sign off
/// (`cr-ib/jfl/tw`, `burs-jr/sp`, `kaa/jp`, `mbö/dpa`, `kaa/dpa/AFP`):
/// groups of one to six letters, lower-case but for an agency's
/// capitals, with no space and no digit.
fn is_staff_slug(t: &str) -> bool {
    if t.len() > 30 || !t.contains('/') {
        return false;
    }
    // A wire's slug closed by its filing time (BSS's `BSS/AAS/MKM/1545
    // hrs`): the desks' initials in capitals before it.
    if let Some((slug, time)) = t.rsplit_once('/') {
        let clock = time.strip_suffix("hrs").unwrap_or(time).trim_end();
        if (3..=4).contains(&clock.len())
            && clock.bytes().all(|b| b.is_ascii_digit())
            && clock.len() < time.len()
        {
            let groups = slug.split('/');
            return slug.contains('/')
                && groups.clone().count() <= 5
                && groups.into_iter().all(|g| {
                    (2..=6).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_uppercase())
                });
        }
    }
    let mut initials = false;
    let mut groups = 0;
    // A leading slash (`/gs`) opens with an empty group; BTA sets its
    // initials between slashes (`/DS/`).
    let t = t.strip_prefix('/').unwrap_or(t);
    let t = t
        .strip_suffix('/')
        .filter(|inner| !inner.is_empty())
        .unwrap_or(t);
    for group in t.split('/') {
        let letters = group.chars().filter(|c| c.is_alphabetic()).count();
        let lower = group.chars().all(|c| c.is_lowercase() || c == '-');
        let caps = group.chars().all(|c| c.is_ascii_uppercase());
        if !(1..=6).contains(&letters) || !(lower || caps) || group.starts_with('-') {
            return false;
        }
        initials |= lower;
        groups += 1;
    }
    // (In capitals only, two or three short groups: NAN's `CO/TAD`.)
    initials || groups <= 3 && t.len() <= 12
}

/// The last lines of a dpa wire: `dpa lh xx cb` (the agency, then the
/// initials of the staff who handled the story) and the transmission
/// time `181522 GMT Nov 18`.
fn is_wire_trailer(t: &str) -> bool {
    let mut words = t.split(' ');
    let first = words.next().unwrap_or("");
    if first == "dpa" {
        let mut n = 0;
        for w in words {
            n += 1;
            if !(2..=4).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_lowercase()) {
                return false;
            }
        }
        return (1..=8).contains(&n);
    }
    // DDHHMM GMT (month day)?
    let zone = words.next().unwrap_or("");
    let date = (words.next(), words.next(), words.next());
    let day = |d: &str| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit());
    first.len() == 6
        && first.bytes().all(|b| b.is_ascii_digit())
        && matches!(zone, "GMT" | "UTC" | "MEZ" | "MESZ")
        && match date {
            (None, ..) => true,
            // (With the year for a day: `181342 GMT Nov 2025`.)
            (Some(month), Some(d), None) => {
                let year = d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit());
                (3..=4).contains(&month.len()) && is_capitalised(month) && (day(d) || year)
            }
            _ => false,
        }
}

/// PR Newswire's last line: `SOURCE Example Robotics, Inc.`.
fn is_press_release_source(t: &str) -> bool {
    t.strip_prefix("SOURCE ")
        .is_some_and(|company| company.starts_with(char::is_uppercase) && word_count(t) <= 8)
}

/// A signature after the story: a dash, then a name of two to four
/// capitalised words (`— Jane Roe`, `-- Jane Roe`).
fn is_signature(t: &str) -> bool {
    let Some(name) = ["— ", "– ", "-- "].iter().find_map(|d| t.strip_prefix(d)) else {
        return false;
    };
    let words = word_count(name);
    (2..=4).contains(&words) && name.split_whitespace().all(is_capitalised)
}

/// True for a line that credits reporting, writing, editing or
/// contributions, or notes a correction or the print edition.
pub(crate) fn is_tagline(text: &str) -> bool {
    // `First Published:18 Nov 2025`: a time, which a page's footer
    // repeats, no note.
    if crate::timestamp::glued_label_len(text).is_some() {
        return false;
    }
    // "("? opening …
    let opened = preceded(
        take_while(|c| matches!(c, '(' | '[' | ' ' | '*' | '_')),
        |t| OPENING_INDEX.parse(t),
    )
    .parse(text);
    if opened.is_ok() || PARENTHESISED_INDEX.parse(text.trim_start()).is_ok() {
        return true;
    }
    let t = text.trim_start_matches(['(', '[', ' ', '*', '_']);
    if AGENCY_NOTE_INDEX.parse(t).is_ok() && !more_words_than(t, 8) {
        return true;
    }
    if is_contact_line(t)
        || is_dated_correction(t)
        || is_feed_disclaimer(t)
        || is_print_edition_line(t)
        || is_funding_note(t)
        || is_newsroom_note(t)
    {
        return true;
    }
    // Every contribution phrase holds `contribut` or `first published`:
    // most text is passed over by a search for its `b`s.
    t.len() < 600
        && (contains_ci(t, "contribut", 6) || contains_ci(t, "first published", 8))
        && (CONTRIBUTIONS.iter().any(|c| contains_ci(t, c, 0))
            || (ends_with_ci(t, " contributed.") && word_count(t) <= 40))
}

/// A reporter's contact line (`Contact Jane Roe at jane@example.com or
/// 555-0142.`): `Contact` and an address or a number, so that a site's
/// `Contact Us` link is no note.
fn is_contact_line(t: &str) -> bool {
    // A name follows, perhaps after the job (`Contact reporter Jane Roe
    // (…) and editor …`), not a desk (`Contact the newsroom: news@…`).
    let named = t.get(8..).is_some_and(|rest| {
        let rest = [
            "reporter ",
            "the reporter ",
            "editor ",
            "the author ",
            "the writer ",
        ]
        .iter()
        .find_map(|job| rest.strip_prefix(job))
        .unwrap_or(rest);
        rest.starts_with(char::is_uppercase) && !rest.starts_with("Us")
    });
    starts_with_ci(t, "contact ")
        && named
        && t.len() < 400
        && t.bytes().any(|b| b == b'@' || b.is_ascii_digit())
}

/// The labels over a press release's block of contacts (`Media Contact:`
/// / `Jane Roe` / `jane@example.com` / `555-0142`), lower-cased, without
/// their colon.
const CONTACT_LABELS: &[&str] = &[
    "contact",
    "contacts",
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "media",
    "press",
    "investors",
    "investor contact",
    "investor contacts",
    "investor relations",
    "media inquiries",
    "media enquiries",
    "press inquiries",
    "press enquiries",
    "media relations",
    "press office",
    "for more information",
    "for further information",
    "contact information",
];

/// True for the label over a block of contacts: one of
/// [`CONTACT_LABELS`], in any case, with or without its colon.
pub(crate) fn is_contact_label(text: &str) -> bool {
    let label = text.trim_end_matches([':', ' ']);
    CONTACT_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
}

/// True for a line of contact details: an e-mail address or a telephone
/// number (seven digits or more).
pub(crate) fn is_contact_detail(text: &str) -> bool {
    text.contains('@') || text.bytes().filter(u8::is_ascii_digit).count() >= 7
}

/// Labels of an editor's note that may carry a date before their colon.
const NOTE_LABELS: &[&str] = &[
    "corrections",
    "correction",
    "clarification",
    "editor's note",
    "editor’s note",
    "updated",
    "update",
    // `Correction` in the languages of the notes read (Finnish `Oikaisu
    // 8.12. klo 10.20: …`).
    "oikaisu",
    "korjaus",
    "rättelse",
    "rettelse",
    "berichtigung",
    "korrektur",
    "corrección",
    "rectificación",
    "correção",
    "rectificatif",
    "rettifica",
];

/// A correction or editor's note dated before its colon (`Correction,
/// March 5, 2025: An earlier version …`, `Clarification (5 March 2025):
/// …`): the label, a comma or parenthesis, a date (words with a digit,
/// at most six), then `:`.
fn is_dated_correction(t: &str) -> bool {
    let Ok((rest, _)) = phrase(NOTE_LABELS)(t) else {
        return false;
    };
    // `Updated 3/6/2025, 10:20 am ET: …`: a date right after the label.
    let dated = rest
        .strip_prefix(' ')
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let Some(rest) = dated
        .or_else(|| rest.strip_prefix(", "))
        .or_else(|| rest.strip_prefix(" ("))
        .or_else(|| rest.strip_prefix(" — "))
        .or_else(|| rest.strip_prefix(" - "))
    else {
        return false;
    };
    // The first `: ` (a time's colon has no space after it: `Update,
    // 5:30 p.m. March 5: …`) closes the date.
    let Some(colon) = rest.find(": ").filter(|&at| at <= 40) else {
        return false;
    };
    let date = rest[..colon].trim_end_matches([')', ' ']);
    date.bytes().any(|b| b.is_ascii_digit()) && !more_words_than(date, 6)
}

/// The print edition's line (`Published in Dawn, March 6th, 2025`): the
/// paper's name, then a date; no sentence.
fn is_print_edition_line(t: &str) -> bool {
    let Some(paper) = t
        .get(..13)
        .filter(|p| p.eq_ignore_ascii_case("published in "))
        .map(|_| &t[13..])
    else {
        return false;
    };
    let name = paper.strip_prefix("the ").unwrap_or(paper);
    // (A full stop after the date ends the line, not a sentence.)
    let line = t
        .strip_suffix('.')
        .filter(|l| l.ends_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(t);
    name.starts_with(char::is_uppercase)
        && paper.bytes().any(|b| b.is_ascii_digit())
        && !crate::scan::ends_terminal(line)
        && !more_words_than(t, 10)
}

/// A note on who funds the reporting (`LDR is local body journalism
/// co-funded by RNZ and NZ On Air.`, `This reporter's post is funded by
/// the Public Interest Journalism Fund.`, `This story was produced with the
/// financial support of the Local Journalism Initiative.`, and in French
/// `… bénéficie du soutien de l'Initiative de journalisme local`).
fn is_funding_note(t: &str) -> bool {
    t.len() < 400
        && (contains_ci(t, "funded", 0)
            || contains_ci(t, "financial support", 0)
            || contains_ci(t, "soutien de", 3))
        && (contains_ci(t, "journalism", 0) || contains_ci(t, "reporting", 8))
        && !more_words_than(t, 40)
}

/// A note on the newsroom a republished story comes from (`The Coast
/// Tribune is a member-supported, nonpartisan newsroom informing …`):
/// the outlet is a newsroom or news organisation of a kind readers fund.
fn is_newsroom_note(t: &str) -> bool {
    t.len() < 400
        && !more_words_than(t, 45)
        && crate::scan::find_str(t, " is a").is_some()
        && (contains_ci(t, "newsroom", 2)
            || contains_ci(t, "news organization", 11)
            || contains_ci(t, "news organisation", 7)
            || contains_ci(t, "publication", 2))
        && (contains_ci(t, "nonprofit", 3)
            || contains_ci(t, "non-profit", 3)
            || contains_ci(t, "nonpartisan", 3)
            || contains_ci(t, "member-supported", 6)
            || contains_ci(t, "reader-supported", 6)
            || contains_ci(t, "independent", 4))
}

/// The disclaimer of a site that runs agency copy as it came
/// (`This story has been published from a wire agency feed without
/// modifications to the text.`, `… auto-generated from a syndicated
/// feed.`).
fn is_feed_disclaimer(t: &str) -> bool {
    t.len() < 400
        && (contains_ci(t, "wire agency feed", 10) || contains_ci(t, "syndicated feed", 1))
        && (contains_ci(t, "published from", 10)
            || contains_ci(t, "generated from", 10)
            || contains_ci(t, "not been edited", 4))
}

/// Verbs that open a note about an author.
const BIO_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "covers",
    "writes",
    "reports",
    "joined",
    "edits",
    "leads",
    "contributed",
    "est",
    "ist",
    "é",
    "É",
];

/// What a section set after the story under its own heading holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// Notes about the story or its author (`Disclosure statement`, `About
    /// the author`): end notes.
    Notes,
    /// The site's own matter (`Partners`, `Republish this story`): chrome.
    Chrome,
}

/// Headings of the sections that follow a story, by what they hold.
const SECTION_HEADINGS: &[(&str, Section)] = &[
    ("disclosure statement", Section::Notes),
    ("disclosure", Section::Notes),
    ("about the author", Section::Notes),
    ("about the authors", Section::Notes),
    ("about the writer", Section::Notes),
    ("about the reporter", Section::Notes),
    ("author bio", Section::Notes),
    ("editor's note", Section::Notes),
    ("editor’s note", Section::Notes),
    ("correction", Section::Notes),
    ("corrections", Section::Notes),
    ("clarification", Section::Notes),
    ("note from the author", Section::Chrome),
    ("partners", Section::Chrome),
    ("our partners", Section::Chrome),
    ("republish", Section::Chrome),
    ("republish this article", Section::Chrome),
    ("republish this story", Section::Chrome),
    ("republish this story for free", Section::Chrome),
    ("republish this article for free", Section::Chrome),
];

/// The kind of section a heading after the story opens (`Disclosure
/// statement`, `## Partners`, `Republish This Story for Free`).
pub(crate) fn section_heading(text: &str) -> Option<Section> {
    let label = text.trim().trim_end_matches([':', '.', ' ']);
    // An appeal for support (`Support the Harbour Herald's journalism`).
    if starts_with_ci(label, "support ")
        && contains_ci(label, "journalism", 0)
        && !more_words_than(label, 12)
    {
        return Some(Section::Chrome);
    }
    if label.len() > 40 {
        return None;
    }
    SECTION_HEADINGS
        .iter()
        .find(|(h, _)| h.eq_ignore_ascii_case(label))
        .map(|&(_, section)| section)
}

/// True for a note about the author: it opens with one of the byline's
/// names (`Jane Roe is the paper's economics editor.`, `JANE ROE IS …`) or
/// gives contact details (`Follow him on Twitter`, an e-mail address).
pub(crate) fn is_bio(text: &str, authors: &[&str]) -> bool {
    let t = text.trim();
    if t.len() > 1000 {
        return false;
    }
    if is_named_bio(t, authors) {
        return true;
    }
    if is_journalist_bio(t) {
        return true;
    }
    t.contains('@')
        && (contains_ci(t, "email", 1)
            || contains_ci(t, "twitter", 1)
            || contains_ci(t, ".com", 0)
            || starts_with_ci(t, "follow "))
        && word_count(t) <= 60
}

/// True for a bio that opens with one of the `authors`' names and a verb
/// of bios (`Jane Roe is …`, `Jane Roe covers …`): a bio even when the
/// chrome lexicon knows a word of it (`She wrote a newsletter`).
pub(crate) fn is_named_bio(text: &str, authors: &[&str]) -> bool {
    let t = text.trim();
    if t.len() > 1000 {
        return false;
    }
    for name in authors {
        let name = name.trim();
        if name.len() < 3 {
            continue;
        }
        if starts_with_ci(t, name) && t.len() > name.len() {
            // `Jane Roe is …`, `Jane Roe covers …`, `Jane Roe Jane is …`.
            let mut after = t[name.len()..].split_whitespace().take(3);
            if after.any(|w| BIO_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w))) {
                return true;
            }
        }
    }
    false
}

/// What a journalist is, in a bio (`… is a reporter covering trade`).
const JOURNALIST_ROLES: &[&str] = &[
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "columnist",
    "journalist",
    "photographer",
    "producer",
    "contributor",
    "critic",
];

/// A journalist's bio after the story, whoever the byline names: a name
/// of two to four capitalised words, then `covers …`, `writes about …`,
/// `reports on …` or `is a … reporter` (`Jane Roe covers labor for The
/// Times.`, `Jane Roe is a senior correspondent based in Oslo.`).
fn is_journalist_bio(t: &str) -> bool {
    if t.len() > 400 {
        return false;
    }
    let mut words = t.split(' ');
    let mut names = 0;
    let verb = loop {
        let Some(w) = words.next() else {
            return false;
        };
        if names >= 2 && w.starts_with(char::is_lowercase) {
            break w;
        }
        // A name's words: capitalised, no sentence's first word.
        if !is_capitalised(w)
            || names >= 4
            || names == 0 && ["The", "A", "An", "This", "He", "She", "They"].contains(&w)
            || w.ends_with([',', '.', ':', ';'])
        {
            return false;
        }
        names += 1;
    };
    let next = words.next().unwrap_or("");
    match verb {
        "covers" => true,
        "writes" | "reports" => matches!(next, "about" | "on" | "for"),
        "is" | "was" if matches!(next, "a" | "an" | "the") => words
            .take(4)
            .any(|w| JOURNALIST_ROLES.contains(&w.trim_end_matches([',', '.']))),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_on_the_newsroom_of_a_republished_story() {
        assert!(is_tagline("The Coast Tribune is a member-supported, nonpartisan newsroom informing readers on state politics. Learn more at example.org."));
        assert!(is_tagline(
            "Harbour Voice is an independent, nonprofit news organization covering the estuary."
        ));
        assert!(!is_tagline(
            "The council is a nonpartisan body that meets monthly."
        ));
        assert!(is_tagline(
            "Harbour Voice is a nonprofit publication covering the estuary's towns."
        ));
        assert!(!is_tagline(
            "The newsroom is a busy place on election night."
        ));
        assert!(is_tagline(
            "Journal reference: Estuary Science, DOI: 10.1000/xyz123"
        ));
    }

    #[test]
    fn wire_end_markers_sign_off() {
        for t in [
            "Enditem",
            "Enditem/AW",
            "(end) ak.gb",
            "(END)",
            "Lusa/End",
            "JPI/ADB // MLL",
            "3301**1102",
        ] {
            assert!(is_sign_off(t), "{t}");
        }
        for t in [
            "Endless rain",
            "(end of the line)",
            "Enditems were sold",
            "Front/Ending",
            "AP // REUTERS",
            "12**",
        ] {
            assert!(!is_sign_off(t), "{t}");
        }
    }

    #[test]
    fn contact_labels_and_details() {
        for label in [
            "Media Contact:",
            "MEDIA CONTACTS",
            "Investors:",
            "For more information:",
        ] {
            assert!(is_contact_label(label), "{label}");
        }
        for text in ["Media coverage", "Contact Us today", "Investors fled"] {
            assert!(!is_contact_label(text), "{text}");
        }
        assert!(is_contact_detail("press@veldan.example"));
        assert!(is_contact_detail("+1 555-014-2211"));
        assert!(!is_contact_detail("Mara Quist"));
        assert!(!is_contact_detail("Room 12"));
    }

    #[test]
    fn tagline_table() {
        for (line, expected) in [
            ("(Reporting by Ana Lind in Oslo; Editing by Tom Berg)", true),
            ("Additional reporting by Li Wei; Editing by Sam Poe", true),
            ("Additional sources • VNA", true),
            ("(The author is a Veldan Views columnist. The opinions expressed are their own.)", true),
            ("The author is a columnist.", false),
            ("Writing by Ana Lind Editing by Tom Berg", true),
            ("Editor: Tom Berg", true),
            (
                "A version of this article appears in the print on December 15, 2026, of The Kessling Times.",
                true,
            ),
            ("[Edited by Ana Lind]", true),
            (
                "Oikaisu 8.12. klo 10.20: Jutussa kerrottiin aiemmin virheellisesti toisin.",
                true,
            ),
            ("Rättelse: I en tidigare version stod det fel datum.", true),
            ("Edição: Ana Lind", true),
            ("Some information for this report came from Reuters.", true),
            ("This story was produced with the financial support of the Local Journalism Initiative.", true),
            ("Ce reportage bénéficie du soutien de l'Initiative de journalisme local, financée par le gouvernement du Canada.", true),
            ("The party relies on the financial support of its members.", false),
            (
                "Associated Press writer Ali Khan contributed to this report.",
                true,
            ),
            ("Mia Holt in Lima and Ken Ito in Osaka contributed.", true),
            ("--With assistance from Ola Berg.", true),
            ("Our Standards: The Example Trust Principles.", true),
            (
                "A version of this article appears in print on March 3, on Page A7.",
                true,
            ),
            (
                "The minister said reporting by the press had been unfair.",
                false,
            ),
            // Correction and update footers.
            (
                "This article was amended on 2 May 2025 to correct a date.",
                true,
            ),
            (
                "This story has been updated to include a statement from the port.",
                true,
            ),
            (
                "The article was amended twice before the board approved it.",
                false,
            ),
            // Desk credits of non-English wires and agency notes.
            ("(Redacción por Ana Lind; editado por Tom Berg)", true),
            ("(Con información de EFE)", true),
            (
                "(Reportage Ana Lind; version française Tom Berg, édité par Li Wei)",
                true,
            ),
            (
                "(Berichterstattung: Ana Lind; redigiert von Tom Berg)",
                true,
            ),
            ("Mit Material von dpa", true),
            ("Avec AFP", true),
            ("With reporting by Li Wei.", true),
            (
                "Reportage photos from the port were shown at the festival.",
                false,
            ),
            (
                "Con información de la alcaldía, los vecinos volvieron a casa por la tarde.",
                false,
            ),
            ("Edición de la revista del puerto", false),
            ("(Edición de Tom Berg)", true),
            (
                "The firm's contribution to the fund was first reported in May.",
                false,
            ),
            ("Ana Lind CONTRIBUTED TO THIS REPORT.", true),
            // Wire copy used, a feed disclaimer, contact lines.
            ("With files from The Example Press", true),
            ("— With files from Example Wire", true),
            ("With files from the archive, the museum rebuilt the ship.", true),
            ("The ship sailed with files from the archive.", false),
            (
                "This story has been published from a wire agency feed without modifications to the text.",
                true,
            ),
            (
                "(Except for the headline, this story has not been edited by staff and is published from a syndicated feed.)",
                true,
            ),
            ("The agency's feed was published from Oslo.", false),
            ("Contact Ana Lind at ana@example.com or 555-0142.", true),
            ("Contact Us", false),
            ("Contact the newsroom: news@example.com", false),
            ("Contact reporter Ana Lind (analind@example.com) and editor Tom Berg (tomberg@example.com)", true),
            ("Contact with the ship was lost at dawn.", false),
            // Corrections dated before their colon.
            (
                "Correction, March 5, 2025: An earlier version misstated the fare.",
                true,
            ),
            ("Clarification (5 March 2025): The vote was 4-3.", true),
            ("Update, 5:30 p.m. March 5: The port reopened.", true),
            ("Corrections, the minister said, are rare.", false),
            ("Update, the board said: no change.", false),
            (
                "Updated 3/6/2025, 10:20 am ET: This story has been updated to include the date.",
                true,
            ),
            ("Updated 3/6/2025, 10:20 am ET", false),
            // Print-edition lines and funding notes.
            ("Published in the Harbour Herald, March 6th, 2025", true),
            ("Published in 1998, the report found nothing.", false),
            ("Published in Paris in 1998, the novel sold well.", false),
            ("Published in several languages, the guide is free.", false),
            (
                "This article appeared in the Europe section of the print edition under the headline “Nets”",
                true,
            ),
            ("LDR is local body journalism co-funded by the Harbour Trust.", true),
            ("With reports from Ana Lind/Harbour.com", true),
            ("This story comes from Harbour Public Media, a partner in the network.", true),
            ("Translated from the German by Ana Lind", true),
            ("This story comes as a surprise to the board.", false),
            ("The port was funded by a bond issue in 1998.", false),
        ] {
            assert_eq!(is_tagline(line), expected, "{line}");
        }
    }

    #[test]
    fn section_headings() {
        for (line, expected) in [
            ("Disclosure statement", Some(Section::Notes)),
            ("About the author:", Some(Section::Notes)),
            ("Partners", Some(Section::Chrome)),
            ("Note from the author:", Some(Section::Chrome)),
            ("Republish This Story for Free", Some(Section::Chrome)),
            (
                "Support the Harbour Herald's journalism of integrity",
                Some(Section::Chrome),
            ),
            ("Support grows for the harbour plan", None),
            ("What the partners said", None),
        ] {
            assert_eq!(section_heading(line), expected, "{line}");
        }
    }

    #[test]
    fn sign_offs_and_bios() {
        for (line, expected) in [
            ("Reuter", true),
            ("REUTER...", true),
            ("AFP", true),
            ("(bsc)", true),
            ("(HNA)(www.harbournews.ng)", true),
            ("CO/TAD", true),
            ("/DS/", true),
            ("//", false),
            ("KNS/AAS/MKM/1545 hrs", true),
            ("KNS/AAS/1545", false),
            ("Ferry/Bus/1545 hrs", false),
            ("mcc", true),
            (
                "Regionaljournal Zürich Schaffhausen, 30.11.2026, 12:03 Uhr;sda/brum",
                true,
            ),
            (
                "Regionaljournal Kessling, 30.11.2026, 12:03 Uhr;sda/brum",
                true,
            ),
            ("(APA, red, 27.11.2026)", true),
            ("(red, 3.3.2025)", true),
            ("(Oslo, Bergen, Tromsø)", false),
            ("Markets", false),
            // Agency sign-offs are treated alike, bare or in parentheses.
            ("(Reuters)", true),
            ("(AFP)", true),
            ("Xinhua", true),
            ("Enditem", true),
            ("(Xinhua Daily)", false),
            ("-- BERNAMA", true),
            ("EFE aco/mt/jcm", true),
            ("AAP mt/rl", true),
            ("kb/sms (dpa, epd)", true),
            ("(VELDAN 24 with AFP)", true),
            ("(A talk with friends)", false),
            ("he/she (and others)", false),
            ("EFE said it", false),
            // Staff slugs and wire trailers.
            ("cr-ib/jfl/tw", true),
            ("HNA/Jane Roe/Ali Khan", true),
            ("181342 GMT Nov 2025", true),
            ("– jroe@example.com", true),
            ("Harbour/Ferry Times", false),
            ("burs-jr/sp", true),
            ("kaa/jp", true),
            ("mbö/dpa", true),
            ("kaa/dpa/AFP", true),
            ("/gs", true),
            ("dpa lh xx cb", true),
            ("181522 GMT Nov 18", true),
            ("181522 GMT", true),
            // The shape alone decides: a line that is only `and/or` or
            // `km/h` is taken too, but never stands alone after a story.
            ("and/or", true),
            ("Prices rose 3% year/year in March.", false),
            ("km/h", true),
            ("24/7", false),
            ("dpa reported on Monday", false),
            ("2025 GMT", false),
            // A press release's source line and a signature.
            ("SOURCE Example Robotics, Inc.", true),
            ("SOURCES SAY THE TALKS FAILED", false),
            ("— Ana Lind", true),
            ("-- Ana Lind", true),
            ("— and then the talks resumed", false),
            // Agency desk slugs and a reporter's e-mail address.
            ("PTI ABK NSD RT", true),
            ("IANS AB", true),
            ("PTI", true),
            ("PTI said on Monday", false),
            ("PTI abk", false),
            ("jroe@example.co.kr", true),
            ("j.roe+news@mail.example.com", true),
            ("Write to jroe@example.com", false),
            ("@janeroe", false),
            ("jroe@localhost", false),
        ] {
            assert_eq!(is_sign_off(line), expected, "{line}");
        }
        assert!(is_bio(
            "Ana Lind is a reporter covering trade.",
            &["Ana Lind"]
        ));
        assert!(is_bio("ANA LIND IS THE POLITICAL EDITOR", &["Ana Lind"]));
        assert!(!is_bio(
            "The ministry said on Monday it would act.",
            &["Ana Lind"]
        ));
        // A journalist's bio, whoever the byline names.
        for (line, expected) in [
            ("Tom Berg covers labor for The Example Times.", true),
            ("Tom Berg is a senior correspondent based in Oslo.", true),
            ("Mia van Holt writes about shipping.", false),
            ("Mia Holt writes about shipping.", true),
            ("Tom Berg is a lawyer in Oslo.", false),
            ("The Example Times is a newspaper editor's dream.", false),
            ("Tom Berg said the board covers costs.", false),
            ("Police Chief Tom Berg covers the night shift.", true),
        ] {
            assert_eq!(is_bio(line, &[]), expected, "{line}");
        }
    }
}
