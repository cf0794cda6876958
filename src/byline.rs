//! Bylines: `By Jane Roe`, `By Jane Roe and Ali Khan`, `By A, B and C, CNN`,
//! `Jane Roe in Beijing`, `Jane Roe in Beijing and Ali Khan in Karachi`,
//! `Jane Roe, Economics Editor`, `By Jane Roe | Reuters`, `Reuters Staff`,
//! `by Jane Roe (reporting) and Ali Khan (photography)`,
//! `Par Jane Roe (avec Ali Khan et Li Wei)`, and a byline followed by its
//! timestamp on one line (`Jane Roe in Beijing 6 HOURS AGO`).
//!
//! ```text
//! byline := prefix? names (sep role)? (" " stamp)?
//! names  := author ((", " | " and " | " & " | " et " | " und ") author)*
//! author := name (" (" role ")")? (" in " place)?
//! ```

use nom::branch::alt;
use nom::Parser;

use crate::scan::{
    ends_with_ci, exact_phrase, find_str, is_capitalised, more_words_than, phrase, rfind_str,
    rsplit_once_space, rsplit_once_str, split_once_str, starts_with_ci, trim, trim_end_bytes,
    trim_start_bytes, word_count, Holds, PhraseIndex, WordList,
};
use crate::timestamp;

/// One author, as sub-slices of the byline text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Author<'a> {
    pub name: &'a str,
    pub role: Option<&'a str>,
    pub location: Option<&'a str>,
}

/// A parsed byline line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parsed<'a> {
    pub authors: Vec<Author<'a>>,
    /// A timestamp printed on the same line, after the names.
    pub stamp: Option<&'a str>,
    /// Chrome after the names or the timestamp (`Follow @jane`,
    /// `5 min read`), left for the caller.
    pub tail: Option<&'a str>,
    /// True when a marker such as `By` introduced the names.
    pub prefixed: bool,
}

const PREFIXES: &[&str] = &[
    "By: ",
    "By ",
    "by: ",
    "by ",
    "BY ",
    "Words by ",
    "Text by: ",
    "Text by ",
    "Written by ",
    "Story by ",
    "Story By ",
    "News provided by ",
    "Opinion by ",
    "Analysis by ",
    "Commentary by ",
    "Review by ",
    "Reported by ",
    "Written by: ",
    "Text by ",
    "Reporting by: ",
    "Par ",
    "PAR ",
    "Von ",
    "Por ",
    "Oleh ",
    "Oleh: ",
    "di ",
    // Romanian (`de Ana Lind`), in lower case only: `De` opens names.
    "de ",
    "Door ",
    "Af ",
    "Av ",
    "Autor: ",
    "Author: ",
    "Authors: ",
    // Postmedia's label over the name.
    "Author of the article: ",
    "Posted by ",
    "Text: ",
    "Reporter: ",
    "Reporters: ",
];

/// Words inside names that are not capitalised (`van der`, `de la`).
const PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "la", "le", "du", "da", "di", "del", "della", "des", "von", "zu",
    "bin", "binti", "ibn", "al", "el", "y", "dos", "das", "do", "ten", "ter", "af", "av", "e",
];

/// Affiliations printed after a name, taken as the author's role.
const ORGANISATIONS: &[&str] = &[
    "Reuters",
    "Associated Press",
    "The Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "Bloomberg News",
    "CNN",
    "BBC",
    "BBC News",
    "Xinhua",
    "Kyodo",
    "dpa",
    "UPI",
    "PA",
    "Press Association",
    "ANSA",
    "EFE",
    "Anadolu",
    "IANS",
    "ANI",
    "PTI",
    "TASS",
    "Lusa",
    "Bernama",
    "Yonhap",
    "Antara",
    "NPR",
    "CNBC",
    "Al Jazeera",
];

/// [`ORGANISATIONS`] indexed for lookups, with case kept
/// ([`is_organisation_exact`]) or not ([`is_organisation`]).
static ORGANISATION_LIST: WordList = WordList::new_exact(ORGANISATIONS);

/// `is_organisation_exact(s)`: an agency's name as it signs.
fn is_organisation_exact(s: &str) -> bool {
    ORGANISATION_LIST.contains_exact(s)
}

/// Words that make a segment a title rather than a name.
const ROLE_WORDS: &[&str] = &[
    "editor",
    "correspondent",
    "reporter",
    "writer",
    "columnist",
    "contributor",
    "critic",
    "analyst",
    "producer",
    "chief",
    "staff",
    "author",
    "photographer",
    "journalist",
    "reporting",
    "photography",
    "special",
    "senior",
    "deputy",
    "bureau",
    "desk",
    "director",
    "news",
    "professor",
    "fellow",
    "commentator",
    "anchor",
    "host",
    "intern",
    "freelance",
    // Titles in the languages of the bylines read (`Repórter da Agência
    // Brasil`, `Korrespondentin in Wien`).
    "repórter",
    "reportero",
    "reportera",
    "correspondente",
    "correspondant",
    "correspondante",
    "corresponsal",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "fotograf",
    "fotografin",
    "redaktør",
    "redaktör",
    "toimittaja",
    "periodista",
    "giornalista",
    "wartawan",
    "enviado",
    "enviada",
    "envoyé",
    "envoyée",
];

/// [`ROLE_WORDS`] indexed for lookups.
static ROLE_LIST: WordList = WordList::new(ROLE_WORDS);

/// True when `word.to_lowercase()` is one of [`ROLE_WORDS`] (lower-case
/// ASCII), with no allocation for an ASCII word.
fn is_role_word(word: &str) -> bool {
    if word.is_ascii() {
        ROLE_LIST.contains(word)
    } else {
        ROLE_WORDS.contains(&word.to_lowercase().as_str())
    }
}

/// Bylines that name a desk, not a person (`Reuters Staff`,
/// `Staff and agencies`, `Our Foreign Staff`); taken whole as one name.
fn is_desk(s: &str) -> bool {
    is_desk_counted(s, crate::scan::words(s).take(6).count())
}

/// [`is_desk`] given the number of words of `s` (any number above 5 may
/// be given as 6).
fn is_desk_counted(s: &str, words: usize) -> bool {
    if is_organisation_exact(s) {
        return true;
    }
    // A desk is named in a few words (`Reuters Staff`, `Our Foreign
    // Staff`, `Guardian staff and agencies`), not in a sentence, and
    // with no comma but a company's (`Jane Roe, Globe Staff` is a name
    // and its role).
    if words > 5 || !is_capitalised(s) {
        return false;
    }
    if s.contains(", ") {
        return is_company(s);
    }
    // Compared as `s.to_lowercase()` would be: no other character lowers
    // to one of these ASCII letters.
    is_company(s)
        || ends_with_ci(s, " staff")
        || ends_with_ci(s, "staff and agencies")
        || ends_with_ci(s, " reporter") && starts_with_ci(s, "daily ")
        || starts_with_ci(s, "our ") && words <= 4
        // `From staff reports`, `Web Desk`, `The Editorial Board`
        || ends_with_ci(s, "staff reports")
        || ends_with_ci(s, "wire reports")
        || ends_with_ci(s, " desk") && words <= 3
        || ends_with_ci(s, "editorial board")
        || ends_with_ci(s, " news service")
        || ends_with_ci(s, " news network")
}

/// True for a desk that signs with a reporter's title and no name (`Staff
/// Correspondent`, `Our Special Correspondent`, `HT Correspondent`): a
/// few words ending in a reporter's noun, the others titles, `Our`, or a
/// paper's initials. After a name the same words are its role.
fn is_desk_title(s: &str) -> bool {
    const DESK_NOUNS: &[&str] = &[
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "bureau",
        "writer",
    ];
    let Some((head, last)) = rsplit_once_space(s) else {
        return false;
    };
    DESK_NOUNS.iter().any(|n| last.eq_ignore_ascii_case(n))
        && (1..=2).contains(&crate::scan::words(head).count())
        && head.split_whitespace().all(|w| {
            is_role_word(w)
                || w == "Our"
                || w == "Own"
                || (2..=5).contains(&w.len()) && crate::scan::is_all_caps(w)
        })
}

/// A name and its paper's staff after it with no comma (`Jane Roe Globe
/// Staff`, `Jane Roe Globe Correspondent`): the name and the role. The
/// paper is named by the word that names papers (`Globe`, `Post`, `Star`),
/// so a desk that names a city (`Toronto Star Staff`) stays whole.
fn name_then_paper_staff(s: &str) -> Option<(&str, &str)> {
    let (rest, title) = rsplit_once_space(s)?;
    if !(title == "Staff" || title.eq_ignore_ascii_case("correspondent")) {
        return None;
    }
    let (name, paper) = rsplit_once_space(rest)?;
    let named = !name.ends_with(',')
        && (2..=3).contains(&crate::scan::words(name).count())
        && !PAPER_WORDS.contains(&name.rsplit(' ').next().unwrap_or(""))
        && !matches!(
            name.rsplit(' ').next(),
            Some("Daily" | "Morning" | "Evening" | "Sunday" | "Weekly")
        );
    (PAPER_WORDS.contains(&paper) && named && is_name(name)).then(|| (name, &s[name.len() + 1..]))
}

/// Words that end the names of papers (`Washington Post`, `Daily Star`).
const PAPER_WORDS: &[&str] = &[
    "Post", "Star", "Sun", "Mail", "News", "Press", "Globe", "Record",
];

/// True for an outlet named after an author and a comma (`Jane Roe, CNN
/// Business`, `Jane Roe, The Washington Post`): an organisation and more
/// words, `The` and capitalised words, or a name ending in a word that
/// names a paper.
fn is_affiliation(s: &str) -> bool {
    let capitalised = s
        .split_whitespace()
        .all(|w| is_capitalised(w) || w == "of" || w == "&");
    let Some((first, _)) = s.split_once(' ') else {
        return false;
    };
    let last = s.rsplit(' ').next().unwrap_or("");
    capitalised
        && !more_words_than(s, 5)
        && (is_organisation(first) || first == "The" || PAPER_WORDS.contains(&last))
}

/// True for a company's name with its legal form (`Halden Robotics,
/// Inc.`, `Norvik Foods Ltd`): a press release's sender, one name.
fn is_company(s: &str) -> bool {
    let Some((name, form)) = rsplit_once_space(s) else {
        return false;
    };
    // A `match` on the legal forms compares lengths first, then bytes in
    // place, where a list would call `memcmp` for each form of the length.
    let legal_form = matches!(
        form,
        "Inc."
            | "Inc"
            | "Ltd"
            | "Ltd."
            | "LLC"
            | "Corp."
            | "Corporation"
            | "plc"
            | "PLC"
            | "GmbH"
            | "AG"
            | "SE"
            | "S.A."
            | "N.V."
            | "Co."
            | "LP"
            | "L.P."
    );
    legal_form
        && !name.is_empty()
        && name
            .trim_end_matches(',')
            .split_whitespace()
            .all(|w| is_capitalised(w) || w == "&" || w == "of")
}

/// [`PARTICLES`] indexed for lookups with case kept.
static PARTICLE_LIST: WordList = WordList::new_exact(PARTICLES);

fn is_particle(word: &str) -> bool {
    PARTICLE_LIST.contains_exact(word)
}

/// True when the segment reads as a person's (or desk's) name.
pub(crate) fn is_name(s: &str) -> bool {
    let s = trim(s);
    if s.is_empty()
        || s.len() > 60
        || s.chars()
            .any(|c| c.is_ascii_digit() || matches!(c, ':' | '@' | '!' | '?' | '"' | '“'))
    {
        return false;
    }
    // The words, one more than a name may have.
    let mut words = [""; 7];
    let mut count = 0;
    for (slot, w) in words.iter_mut().zip(crate::scan::words(s)) {
        *slot = w;
        count += 1;
    }
    if is_desk_counted(s, count) {
        return true;
    }
    let first = words[0];
    if count > 6 || !is_capitalised(first) {
        return false;
    }
    if count == 1 {
        // One word is a name only when it is an agency (`AFP`, `XINHUA`)
        // or a short run of initials (`JIJI`); a longer word in capitals is
        // a label (`TRANSPORTATION`).
        let initials = (2..=4).contains(&first.len()) && crate::scan::is_all_caps(first);
        return initials || is_organisation(first);
    }
    if is_outlet(s) {
        return false;
    }
    // Five words or more in capitals with no initial or particle is a
    // headline set in capitals (`BOARD ORDERS DAM GATES OPENED`), not a
    // name (`MARÍA DE LA CRUZ`, `ROBERT T. HALLORAN`).
    let initial_or_particle = |w: &&str| w.ends_with('.') || is_particle(&w.to_lowercase());
    if count >= 5 && crate::scan::is_all_caps(s) && !words[..count].iter().any(initial_or_particle)
    {
        return false;
    }
    words[..count].iter().all(|&w| {
        (is_capitalised(w)
            || is_particle(w)
            || w.starts_with("(")
            || matches!(w, "Jr." | "Sr." | "jr." | "II" | "III" | "IV"))
            && !is_role_word(w)
            && !NOT_NAME_LIST.contains(w)
            && !is_glued_words(w)
    })
}

/// Words of page furniture that are no part of a person's name
/// (`Key Points`, `Video Player`, `Share this`).
const NOT_NAME_WORDS: &[&str] = &[
    "video",
    "points",
    "menu",
    "search",
    "subscribe",
    "login",
    "listen",
    "comments",
    "advertisement",
    "related",
    "topics",
    "photos",
    "gallery",
    "updates",
    "summary",
    "highlights",
    "takeaways",
    "contents",
    "newsletter",
    "podcast",
    "opinion",
    "analysis",
    "explainer",
    "trending",
    "email",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "share",
    "playlist",
    // Skip links and site navigation (`Section Navigation`, `Site Index`).
    "navigation",
    "section",
    "sections",
    "index",
    "skip",
    "account",
    "notifications",
    "bookmarks",
    "weather",
    "alert",
    "alerts",
    "breaking",
    "latest",
];

static NOT_NAME_LIST: WordList = WordList::new(NOT_NAME_WORDS);

/// True for a word made of two glued words (`PlayerClose`): a capital
/// after five or more lower-case letters. Names glue shorter prefixes
/// (`McDonald`, `MacArthur`, `DeSantis`, `AbdulRahman`).
fn is_glued_words(word: &str) -> bool {
    let mut lower_run = 0;
    for c in word.chars() {
        if c.is_uppercase() && lower_run >= 5 {
            return true;
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    false
}

/// The last words of newspaper names (`Harbor Gazette`, `USA TODAY`,
/// `The Daily Courier`): seldom a surname.
const OUTLET_WORDS: &[&str] = &[
    "gazette",
    "times",
    "tribune",
    "journal",
    "chronicle",
    "herald",
    "telegraph",
    "courier",
    "observer",
    "examiner",
    "inquirer",
    "enquirer",
    "dispatch",
    "sentinel",
    "bulletin",
    "register",
    "today",
    "advertiser",
    "argus",
    "independent",
    "guardian",
    "magazine",
    "weekly",
    "daily",
    "zeitung",
    "tageblatt",
    "rundschau",
];

static OUTLET_LIST: WordList = WordList::new(OUTLET_WORDS);

/// True for a newspaper's name: two to five capitalised words (or `The`
/// and them) ending in a word of [`OUTLET_WORDS`]: `Harbor Gazette`,
/// `USA TODAY`, `The Riverton Courier`.
pub(crate) fn is_outlet(s: &str) -> bool {
    let s = trim(s);
    let Some((_, last)) = rsplit_once_space(s) else {
        return false;
    };
    OUTLET_LIST.contains(last)
        && !more_words_than(s, 5)
        && s.split_whitespace().all(|w| is_capitalised(w) || w == "of")
}

/// True for a paper's name with its article (`The Oregonian/OregonLive`,
/// `The Harbor Post`): `The` and up to four capitalised words.
fn is_titled_outlet(s: &str) -> bool {
    s.strip_prefix("The ").is_some_and(|rest| {
        !more_words_than(rest, 4)
            && rest
                .split([' ', '/'])
                .all(|w| is_capitalised(w) || w == "of")
    })
}

/// True when the segment reads as a title or affiliation.
pub(crate) fn is_role(s: &str) -> bool {
    let s = trim(s);
    if s.is_empty() || s.len() > 80 || more_words_than(s, 8) {
        return false;
    }
    if is_organisation_exact(s) || is_outlet(s) {
        return true;
    }
    // A title names the job (`Economics Editor`, `business reporter`); a
    // short lower-case phrase is a description (`(reporting)`); a clause
    // with a verb is not a role.
    let words = word_count(s);
    s.split_whitespace().any(|w| {
        is_role_word(w.trim_matches(|c: char| !c.is_alphanumeric()))
            || (words <= 3
                && !is_capitalised(w)
                && !is_particle(w)
                && w.chars().all(char::is_alphabetic))
    })
}

/// True for a line that holds only an author's title or affiliation
/// (`Seattle Times business reporter`, `Associated Press`): stricter than
/// [`is_role`], as a short line under a byline can be anything.
pub(crate) fn is_role_line(s: &str) -> bool {
    let s = trim(s);
    if s.is_empty() || more_words_than(s, 6) || crate::scan::ends_terminal(s) {
        return false;
    }
    // A section's name alone (`News`) is no title, though `News editor`
    // is.
    if s.eq_ignore_ascii_case("news") {
        return false;
    }
    // (NZ Herald sets the parts apart with middle dots: `Local Democracy
    // Reporter·Hawke's Bay Today`.)
    is_organisation_exact(s)
        || crate::scan::words(s)
            .flat_map(|w| w.split('·'))
            .any(|w| is_role_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// Splits `s` on the separators between authors, outside parentheses.
/// Yields each segment with the separator that came before it, as far as
/// the caller reads (a line whose first segment is no name is read no
/// further).
fn segments(s: &str) -> impl Iterator<Item = (&str, &str)> {
    const SEPARATORS: &[&str] = &[
        ", and ", ", ", " and ", " & ", " et ", " und ", " y ", "; ", " AND ",
    ];
    const STARTS: [bool; 256] = crate::scan::first_bytes(SEPARATORS);
    // The second bytes of the separators (each has two or more): a space
    // opens one only before a space or a conjunction's first letter, and
    // most spaces are passed over before the separators are compared.
    const SECONDS: [bool; 256] = {
        let mut table = [false; 256];
        let mut i = 0;
        while i < SEPARATORS.len() {
            table[SEPARATORS[i].as_bytes()[1] as usize] = true;
            i += 1;
        }
        table
    };
    let bytes = s.as_bytes();
    let mut depth = 0i32;
    let mut start = Some(0);
    let mut sep_before = "";
    let mut i = 0;
    std::iter::from_fn(move || {
        let from = start?;
        while i < s.len() {
            match bytes[i] {
                b'(' => depth += 1,
                b')' => depth -= 1,
                _ => {}
            }
            let opens_separator = STARTS[usize::from(bytes[i])]
                && bytes.get(i + 1).is_some_and(|&b| SECONDS[usize::from(b)]);
            if depth == 0 && opens_separator {
                if let Ok((_, sep)) = exact_phrase(SEPARATORS)(&s[i..]) {
                    let segment = (sep_before, &s[from..i]);
                    sep_before = sep;
                    i += sep.len();
                    start = Some(i);
                    return Some(segment);
                }
            }
            // Separators and parentheses are ASCII: the bytes of other
            // characters match none of them.
            i += 1;
        }
        start = None;
        Some((sep_before, &s[from..]))
    })
}

/// Splits a name from a title printed right after it, with a space or
/// glued: `Jane Roe Education editor`, `Jane RoeNorth America reporter`.
fn glued_role(s: &str) -> Option<(&str, &str)> {
    // Glued: a lower-case letter followed by a capital inside a word.
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        if prev.is_lowercase() && c.is_uppercase() {
            let (name, role) = (&s[..i], &s[i..]);
            // The role's test first: a short line settles it, where a
            // sentence's rest fails it at once.
            if is_role_line(role) && is_name(name) {
                return Some((name, role));
            }
        }
        prev = c;
    }
    // A slash with no space between them (`Jane Roe/Senior Staff
    // Reporter`, as The Gleaner prints it).
    if let Some((name, role)) = s.split_once('/') {
        let role = role.trim_start();
        if !name.ends_with(' ') && is_role_line(role) && is_name(name) {
            return Some((name, role));
        }
    }
    // Spaced: the name is the first two or three words.
    crate::scan::words_with_offsets(s)
        .skip(2)
        .take(2)
        .find_map(|(at, _)| {
            // `Jane Roe - Staff Writer`: a dash may stand between them.
            // (Or glued to the name: `JANE ROE/ Staff Writer`.)
            const MARKS: [char; 8] = ['-', '–', '—', ' ', '|', '/', '·', '•'];
            let role = s[at..].trim_start_matches(MARKS);
            let name = s[..at].trim_end_matches(MARKS);
            (is_role_line(role) && is_name(name)).then_some((name, role))
        })
}

/// True for a place's name after an author's: one to four capitalised
/// words, particles between them (`Rio de Janeiro`).
fn is_place(s: &str) -> bool {
    !s.is_empty()
        && s.split_whitespace()
            .all(|w| is_capitalised(w) || is_particle(w))
        && !more_words_than(s, 4)
}

/// Splits `Jane Roe (reporting) in Beijing` into its parts.
fn author(seg: &str) -> Author<'_> {
    let mut name = trim(seg);
    let mut location = None;
    let mut role = None;
    // (`à` in French, `em` in Portuguese: `Marie Roy à Québec`.)
    let located = [" in ", " à ", " em "]
        .into_iter()
        .filter_map(|word| rfind_str(name, word).map(|at| (at, word.len())))
        .max();
    if let Some((at, len)) = located {
        let place = name[at + len..].trim();
        if is_place(place) {
            location = Some(place);
            name = name[..at].trim_end();
        }
    }
    // `Jane Roe for The Harbor Post`, `JANE ROE FOR HARBORONLINE`: whom the
    // author wrote for is the role.
    if let Some(at) = find_str(name, " for ").or_else(|| find_str(name, " FOR ")) {
        let (who, outlet) = (name[..at].trim_end(), name[at + 5..].trim());
        let words = who.split_whitespace().count();
        if (2..=4).contains(&words) && is_capitalised(outlet) && !more_words_than(outlet, 5) {
            name = who;
            role = Some(outlet);
        }
    }
    if name.ends_with(')') {
        if let Some(open) = name.rfind('(') {
            let inner = name[open + 1..name.len() - 1].trim();
            // `Richard (R.J.) Eskow` keeps its parenthesised initials.
            if open > 0 && !inner.is_empty() && !inner.contains('.') {
                role = Some(inner);
                name = name[..open].trim_end();
            }
        }
    }
    Author {
        name,
        role,
        location,
    }
}

/// Strips a byline marker (`By `, `Par `) from the start, with the desk
/// words some wires print before the names (`By Xinhua writers `).
pub(crate) fn strip_marker(text: &str) -> Option<&str> {
    // marker := PREFIX (case kept) | "by " … in any case (`BY`, `by`)
    let rest = Some(text)
        .filter(|t| {
            t.as_bytes()
                .first()
                .is_some_and(|&b| MARKER_STARTS[usize::from(b)])
        })
        .and_then(|t| {
            alt((
                |t| PREFIX_INDEX.parse_exact(t),
                |t| CASELESS_PREFIX_INDEX.parse(t),
            ))
            .parse(t)
            .ok()
        })
        // (PBS sets a dash after the marker: `By — Jane Roe`.)
        .map(|(rest, _)| rest.trim_start_matches(['—', '–', ' ']))
        .or_else(|| italian_marker(text))
        .or_else(|| glued_marker(text))
        .or_else(|| parenthesised(text))
        .or_else(|| source_marker(text))?;
    Some(desk_writers(rest).unwrap_or(rest))
}

/// `(By Jane Roe and Ali Khan)`: a byline in parentheses, as Taiwan's
/// CNA sets it under the story.
fn parenthesised(text: &str) -> Option<&str> {
    let inner = text.strip_prefix("(")?.strip_suffix(')')?;
    if !inner.starts_with(['B', 'b']) {
        return None;
    }
    strip_marker(inner)
}

/// `ByJane Roe`: a marker glued to the name by a copy that lost the space
/// (or the markup) between them; a capital and a lower-case letter after
/// `By`, so no word (`Byron`, `ByteDance`) reads as one.
fn glued_marker(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("By")?;
    let mut chars = rest.chars();
    (chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.next().is_some_and(|c| c.is_ascii_lowercase()))
    .then_some(rest)
}

/// `Source: Xinhua`: the agency a story came from, printed where the
/// byline goes (Xinhua, China Daily and other Asian sites). Only an
/// agency's name follows this marker; `Source: Supplied` is a credit.
fn source_marker(text: &str) -> Option<&str> {
    // GlobeNewswire sets it after the release's time, behind a pipe:
    // `October 15, 2024 08:00 ET | Source: Veldan Robotics, Inc.`.
    // (A text that opens with another ASCII character, as nearly every one
    // does, is kept whole by the trim with one test.)
    let rest = crate::lines::trim_start_by(text, |c| c == '|' || c == ' ')
        .strip_prefix("Source: ")?
        .trim();
    (is_organisation(rest) || is_company(rest)).then_some(rest)
}

/// The Italian marker `Di ` before a full name (`Di Marco Bianchi`); `Di`
/// before one word is the first part of a surname (`Di Maria`).
fn italian_marker(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix("Di ")
        .or_else(|| text.strip_prefix("di "))?;
    let mut words = rest.split_whitespace();
    let full_name = words.next().is_some_and(is_capitalised)
        && words
            .next()
            .is_some_and(|w| is_capitalised(w) || is_particle(w));
    full_name.then_some(rest)
}

/// The names after an agency's desk words: `Xinhua writers Li Ming, Zhou
/// Wei` gives `Li Ming, Zhou Wei`.
fn desk_writers(rest: &str) -> Option<&str> {
    const DESK_WORDS: &[&str] = &[
        "writer ",
        "writers ",
        "reporter ",
        "reporters ",
        "correspondent ",
        "correspondents ",
        "staff writer ",
        "staff writers ",
    ];
    // Each desk word holds the letters of `writer`, `reporter` or
    // `correspondent`: a text that lacks them is no desk line, found
    // without looking for the words at each place.
    const NEEDS: [u64; 3] = [
        Holds::needs("writer"),
        Holds::needs("reporter"),
        Holds::needs("correspondent"),
    ];
    let holds = Holds::of(rest);
    if !NEEDS.iter().any(|&needs| holds.all(needs)) {
        return None;
    }
    // An organisation's name has at most three words.
    crate::scan::words_with_offsets(rest)
        .skip(1)
        .take(3)
        .find_map(|(at, _)| {
            let org = rest[..at].trim_end();
            let (names, _) = phrase(DESK_WORDS).parse(&rest[at..]).ok()?;
            (is_organisation(org) && !names.is_empty()).then_some(names)
        })
}

/// True for a news organisation that signs stories (`Associated Press`,
/// `Reuters`, `XINHUA`), ASCII case ignored.
pub(crate) fn is_organisation(s: &str) -> bool {
    ORGANISATION_LIST.contains(s)
}

/// Markers read in any case.
/// [`PREFIXES`] indexed by first byte.
static PREFIX_INDEX: PhraseIndex<{ PREFIXES.len() }> = PhraseIndex::new(PREFIXES);

const CASELESS_PREFIXES: &[&str] = &["By: ", "By ", "Words by ", "Written by ", "Story by "];

/// [`CASELESS_PREFIXES`] indexed by first byte (in any case): a line is
/// compared only with the markers that open with its first byte.
static CASELESS_PREFIX_INDEX: PhraseIndex<{ CASELESS_PREFIXES.len() }> =
    PhraseIndex::new(CASELESS_PREFIXES);

/// For each byte, whether a marker of [`PREFIXES`] (case kept) or of
/// [`CASELESS_PREFIXES`] (in any case) starts with it: a line that starts
/// otherwise is passed over with one test.
const MARKER_STARTS: [bool; 256] = {
    let mut table = crate::scan::first_bytes(PREFIXES);
    let mut i = 0;
    while i < CASELESS_PREFIXES.len() {
        let first = CASELESS_PREFIXES[i].as_bytes()[0];
        table[first.to_ascii_lowercase() as usize] = true;
        table[first.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    table
};

/// The start of a reading time that ends the text (`· 5 min read`,
/// `| 6-minute read`); the separator before it stays with the names.
pub(crate) fn reading_time_start(s: &str) -> Option<usize> {
    if !ends_with_ci(s, " read") {
        return None;
    }
    let mut words = crate::scan::words_with_offsets_rev(s).skip(1);
    let (at, unit, _) = words.next()?;
    let count = |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    // `6-minute`, `6-min`
    if let Some((n, u)) = unit.split_once('-') {
        return (count(n) && is_minutes(u)).then_some(at);
    }
    let (at, n, first) = words.next()?;
    (is_minutes(unit) && count(n) && !first).then_some(at)
}

/// `min`, `mins`, `minute`, `minutes` in any case.
fn is_minutes(w: &str) -> bool {
    ["min", "mins", "minute", "minutes"]
        .iter()
        .any(|m| w.eq_ignore_ascii_case(m))
}

/// True for `name@host.tld`.
fn is_email(word: &str) -> bool {
    word.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
    })
}

/// Separators left between names and a timestamp (`Jane Roe - Apr 16`,
/// `Jane Roe / TNN / Updated: …`).
fn trim_separators(s: &str) -> &str {
    s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '•' | ',' | '·' | '/')
    })
}

/// Separators set between the names and a desk or an outlet on one line:
/// `By Jane Roe | Reuters`, `Jane Roe / TNN`, `Jane Roe · CBC News`.
const DESK_SEPARATORS: [&str; 4] = [" | ", " / ", " · ", " • "];

/// Words that make a capitalised phrase an outlet or a desk, not a person,
/// besides a newspaper's last word (see [`is_outlet`]): `CBC News`,
/// `Metro Desk`.
const DESK_WORDS: &[&str] = &[
    "News",
    "Post",
    "Press",
    "Express",
    "Standard",
    "Mirror",
    "Review",
    "Agency",
    "Media",
    "Network",
    "Radio",
    "TV",
    "Television",
    "Channel",
    "Service",
    "Bureau",
    "Desk",
    "Online",
    "Digital",
    "Group",
    "Wire",
    "Staff",
    "Sun",
    "Star",
    "Mail",
    "Globe",
    "Record",
    "Report",
];

/// True for a person's name alone: two to four capitalised words, no
/// outlet's, desk's or job's.
pub(crate) fn is_person(s: &str) -> bool {
    let words = crate::scan::word_count(s);
    (2..=4).contains(&words)
        && is_name(s)
        && !is_role(s)
        && !is_organisation(s)
        && !is_outlet(s)
        && s.split_whitespace().all(|w| !DESK_WORDS.contains(&w))
}

/// Splits `names` at the first of [`DESK_SEPARATORS`]: the names, and
/// what follows the separator.
fn split_desk(names: &str) -> Option<(&str, &str)> {
    // Each separator is a space, a mark and a space: the places holding a
    // mark's first byte (`|`, `/`, and the lead bytes of `·` and `•`) are
    // far fewer than the spaces, and a separator opens one byte before.
    let bytes = names.as_bytes();
    let separator_before = |mark: usize| {
        let at = mark.checked_sub(1)?;
        let sep = DESK_SEPARATORS
            .iter()
            .find(|sep| bytes[at..].starts_with(sep.as_bytes()))?;
        Some((at, sep.len()))
    };
    let first_of_three = memchr::memchr3_iter(b'|', b'/', 0xc2, bytes).find_map(separator_before);
    // A `•` counts only before the first of the others.
    let searched = first_of_three.map_or(bytes.len(), |(at, _)| at);
    let (at, len) = memchr::memchr_iter(0xe2, &bytes[..searched])
        .find_map(separator_before)
        .or(first_of_three)?;
    Some((names[..at].trim(), names[at + len..].trim()))
}

/// WordPress's meta line, the time before the names: `Posted on March 4,
/// 2025 by Jane Roe`, `March 4, 2025 | by Jane Roe`; and other languages'
/// (`Publicado em 27/11/2026 - 15:48 Por Ana Lima`).
fn stamp_then_names(text: &str) -> Option<Parsed<'_>> {
    const MARKERS: [&str; 5] = [" by ", " By ", " Por ", " Par ", " Von "];
    let (at, marker) = MARKERS
        .iter()
        .find_map(|m| find_str(text, m).map(|at| (at, m.len())))?;
    let stamp = trim_separators(&text[..at]);
    if !timestamp::is_timestamp(stamp) {
        return None;
    }
    let parsed = parse_names(&text[at + marker..], true)?;
    if parsed.stamp.is_some() {
        return None;
    }
    Some(Parsed {
        stamp: Some(stamp),
        ..parsed
    })
}

/// Parses a byline line. Without a `By` marker the names must be clean
/// (`strict`), as a line of capitalised words can be many things.
pub(crate) fn parse(text: &str) -> Option<Parsed<'_>> {
    let text = trim(text);
    if text.is_empty() || text.len() > 260 {
        return None;
    }
    if text.starts_with("['") || text.starts_with("[\"") {
        return listed_names(text);
    }
    match strip_marker(text) {
        Some(rest) => parse_names(rest, true),
        None => stamp_then_names(text).or_else(|| parse_names(text, false)),
    }
}

/// True for authors as a Python list prints them (see [`listed_names`]).
pub(crate) fn is_listed(text: &str) -> bool {
    text.starts_with('[') && listed_names(text).is_some()
}

/// The authors as a Python list prints them, which newspaper3k's and
/// newspaper4k's scripts leave under the title (`['Jane Roe', 'TT']`):
/// names or desks between quotes, and nothing else. Read as marked.
fn listed_names(text: &str) -> Option<Parsed<'_>> {
    // (Or as JSON prints them: `["Jane Roe", "TT"]`.)
    let (inner, separator) = match text.strip_prefix("['") {
        Some(rest) => (rest.strip_suffix("']")?, "', '"),
        None => (text.strip_prefix("[\"")?.strip_suffix("\"]")?, "\", \""),
    };
    let authors: Vec<Author<'_>> = inner
        .split(separator)
        .map(|name| {
            let name = trim(name);
            (!name.is_empty() && !name.contains(['\'', '"']) && (is_name(name) || is_desk(name)))
                .then_some(Author {
                    name,
                    role: None,
                    location: None,
                })
        })
        .collect::<Option<_>>()?;
    (!authors.is_empty() && authors.len() <= 8).then_some(Parsed {
        authors,
        stamp: None,
        tail: None,
        prefixed: true,
    })
}

/// True when the text is a byline marker alone (`By`, `by:`, `Par`), its
/// names printed on the next line.
pub(crate) fn is_lone_marker(text: &str) -> bool {
    let text = text.trim();
    let t = text.trim_end_matches(':');
    let colon = t.len() < text.len();
    // A marker trimmed is no longer than it was: a longer line (nearly
    // every one) is passed over before the markers are trimmed.
    // (A label's marker, `Reporter:`, needs its colon: `Reporter` alone
    // under a name is the name's title.)
    t.len() <= LONGEST_PREFIX
        && PREFIXES.iter().any(|p| {
            let p = p.trim_end();
            match p.strip_suffix(':') {
                Some(label) => label == t && (colon || !is_role_word(label)),
                None => p == t,
            }
        })
}

/// The length of the longest of [`PREFIXES`], in bytes.
const LONGEST_PREFIX: usize = crate::scan::longest(PREFIXES);

/// False when a timestamp inside `body` cannot be taken with the remark
/// after it: without a marker, that remark must start with `Follow` or `@`.
fn may_have_tail(body: &str, prefixed: bool) -> bool {
    // (`find_str` finds `Follow` by its capital: a `str` search would set
    // up a searcher on each call, and most bodies are passed over.)
    prefixed || body.contains('@') || find_str(body, "Follow").is_some()
}

/// Parses the names part of a byline (after any marker); `prefixed` says
/// whether a marker introduced it.
pub(crate) fn parse_names(body: &str, prefixed: bool) -> Option<Parsed<'_>> {
    let body = trim(body);
    // A byline, even with its timestamp, is a short line.
    if body.is_empty() || body.len() > 240 {
        return None;
    }
    // A desk's title alone is its name; after a name it is a role.
    if body.len() <= 40 && is_desk_title(body) {
        return Some(Parsed {
            authors: vec![Author {
                name: body,
                role: None,
                location: None,
            }],
            stamp: None,
            tail: None,
            prefixed,
        });
    }
    // `By Jane Roe · 5 min read`: a reading time after the names is chrome.
    let whole = body;
    let (body, read_time) = match reading_time_start(body) {
        Some(at) => (body[..at].trim_end(), Some(&body[at..])),
        None => (body, None),
    };
    // A timestamp on the same line: at the end, or followed by a remark.
    // (After a separator, a short form stands as a time too: `Jane Roe /
    // Yle News / 2h`.)
    let separated = || {
        DESK_SEPARATORS
            .iter()
            .filter_map(|sep| rfind_str(body, sep).map(|at| at + sep.len()))
            .max()
            .filter(|&at| timestamp::is_timestamp(body[at..].trim()))
    };
    let (mut names, stamp, tail) =
        if let Some(at) = timestamp::suffix_start(body).or_else(separated) {
            (&body[..at], Some(body[at..].trim()), None)
        } else if let Some((s, e)) = may_have_tail(body, prefixed)
            .then(|| timestamp::inner_range(body))
            .flatten()
        {
            let tail = body[e..].trim_start_matches([' ', '|', '•', '·']).trim();
            if prefixed || tail.starts_with("Follow") || tail.starts_with('@') {
                (&body[..s], Some(&body[s..e]), Some(tail))
            } else {
                (body, None, None)
            }
        } else {
            (body, None, None)
        };
    // The reading time is chrome with any remark before it.
    let tail = match (tail, read_time) {
        (Some(t), Some(_)) => Some(&whole[crate::scan::offset_in(whole, t)..]),
        (t, r) => t.or(r),
    };
    names = trim_separators(names);
    // A social handle printed after the names (`Jane Roe @janeroe`) is part
    // of the byline's markup, not of a name.
    // So is an email address (`By Jane Roe | jroe@example.com`) or a handle
    // in parentheses (`Jane Roe (@janeroe)`).
    while let Some((rest, last)) = rsplit_once_space(names) {
        let last = trim_end_bytes(trim_start_bytes(last, b"()"), b"()");
        if last.starts_with('@') || is_email(last) {
            names = trim_separators(rest);
        } else {
            break;
        }
    }
    // (`by Jane Roe on 18 November 2025`: the word joins the two.)
    let stamp = stamp.map(|s| {
        let s = s.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '•' | ',' | ':')
        });
        s.strip_prefix("on ").unwrap_or(s)
    });
    if names.is_empty() {
        return None;
    }
    let mut authors: Vec<Author<'_>> = Vec::new();
    // `By Jane Roe | Reuters`
    // `By Jane Roe | Reuters`, `By Jane Roe / Bloomberg`; but two people's
    // names set apart so are two authors (`Jane Roe | Ali Khan`).
    // (An e-mail address between the names and the outlet is markup:
    // `Jane Roe | jroe@example.com | The Harbor Post`.)
    let desk = split_desk(names).map(|(n, r)| match split_desk(r) {
        Some((mail, outlet)) if is_email(mail) => (n, outlet),
        _ => (n, r),
    });
    // `KNS | Kessling`: a desk or a name, then the place it wrote from.
    if let Some((name, place)) = desk.filter(|&(n, p)| {
        is_name(n) && crate::scan::word_count(p) == 1 && is_place(p) && !is_role(p) && !is_name(p)
    }) {
        return Some(Parsed {
            authors: vec![Author {
                name,
                role: None,
                location: Some(place),
            }],
            stamp,
            tail,
            prefixed,
        });
    }
    let two_people = desk.filter(|&(n, r)| is_person(n) && is_person(r));
    let (names, pipe_role) = match desk {
        Some((n, r))
            if two_people.is_none() && (is_role(r) || is_name(r) || is_titled_outlet(r)) =>
        {
            (n, Some(r))
        }
        _ => (names, None),
    };
    if let Some((first, second)) = two_people {
        authors.push(author(first));
        authors.push(author(second));
    } else if let Some((name, desk)) = name_then_paper_staff(names) {
        authors.push(Author {
            name,
            role: Some(desk),
            location: None,
        });
    } else if is_desk(names) {
        authors.push(Author {
            name: names,
            role: pipe_role,
            location: None,
        });
    } else {
        // `Jane Roe (avec Ali Khan et Li Wei)`
        let with = || names.find(" (avec ").or_else(|| names.find(" (with "));
        let (main, extra) = match names.ends_with(')').then(with).flatten() {
            Some(at) => {
                let inner = &names[at + 2..names.len() - 1];
                let inner = inner.split_once(' ').map_or("", |(_, r)| r);
                (&names[..at], Some(inner))
            }
            _ => (names, None),
        };
        for part in [Some(main), extra].into_iter().flatten() {
            for (sep, seg) in segments(part) {
                let seg = trim(seg);
                if seg.is_empty() {
                    continue;
                }
                // (A desk after a name is where the name works: `Jane Roe,
                // Globe Staff`.)
                let role_after_comma = (sep == ", " || sep == "; ")
                    && (!is_name(seg) && is_role(seg)
                        || !authors.is_empty() && (is_affiliation(seg) || is_desk(seg)));
                // One capitalised word after a name is an outlet
                // (`Jane Roe, Northwire`): names have two words or more.
                let outlet = !more_words_than(seg, 1) && is_capitalised(seg) && !seg.contains('.');
                let attach = role_after_comma
                    || (sep == ", "
                        && (is_organisation_exact(seg) || outlet)
                        && !authors.is_empty());
                if attach {
                    if let Some(last) = authors.last_mut() {
                        if last.role.is_none() {
                            last.role = Some(seg);
                            continue;
                        }
                    }
                    return None;
                }
                // `Jane Roe - Correspondent`: a title after a dash.
                // (Looked for only in a segment holding a dash's byte.)
                // (With a place after a second dash: `Ana Lima - Repórter
                // da Agência Brasil - Brasília`.)
                let dashed = memchr::memchr2(b'-', 0xe2, seg.as_bytes())
                    .and_then(|_| split_once_str(seg, " - ").or_else(|| split_once_str(seg, " – ")))
                    .and_then(|(name, title)| {
                        let placed =
                            rsplit_once_str(title, " - ").or_else(|| rsplit_once_str(title, " – "));
                        let (title, place) = match placed {
                            Some((title, place)) if is_place(place) => (title, Some(place)),
                            _ => (title, None),
                        };
                        (is_name(name) && is_role(title)).then_some((name, title, place))
                    });
                if let Some((name, title, location)) = dashed {
                    authors.push(Author {
                        name,
                        role: Some(title),
                        location,
                    });
                    continue;
                }
                let mut a = author(seg);
                if !is_name(a.name) {
                    // `Jane Roe Education editor`, `Jane RoeNorth America
                    // reporter`: a title printed right after the name.
                    let (name, role) = glued_role(a.name)?;
                    a.name = name;
                    a.role = a.role.or(Some(role));
                }
                authors.push(a);
            }
        }
        if let (Some(role), Some(last)) = (pipe_role, authors.last_mut()) {
            last.role.get_or_insert(role);
        }
    }
    if authors.is_empty() || authors.len() > 8 {
        return None;
    }
    Some(Parsed {
        authors,
        stamp,
        tail,
        prefixed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_index_finds_what_exact_phrase_finds() {
        let mut inputs = vec![String::new(), "B".into(), "by".into(), "Über".into()];
        for p in PREFIXES.iter().chain(CASELESS_PREFIXES) {
            for text in [p.to_string(), p.to_uppercase(), p.to_lowercase()] {
                for cut in 0..=text.len() {
                    if let Some(head) = text.get(..cut) {
                        inputs.push(format!("{head}Jane Roe"));
                        inputs.push(head.to_owned());
                    }
                }
            }
        }
        for input in &inputs {
            assert_eq!(
                PREFIX_INDEX.parse_exact(input),
                exact_phrase(PREFIXES)(input),
                "{input:?}"
            );
        }
    }

    type Row = (
        &'static str,
        &'static [(&'static str, Option<&'static str>, Option<&'static str>)],
        Option<&'static str>,
    );

    #[test]
    fn split_desk_finds_the_first_separator() {
        // The first space that opens a separator, found space by space.
        fn naive(names: &str) -> Option<(&str, &str)> {
            names.match_indices(' ').find_map(|(at, _)| {
                let sep = DESK_SEPARATORS
                    .iter()
                    .find(|sep| names[at..].starts_with(*sep))?;
                Some((names[..at].trim(), names[at + sep.len()..].trim()))
            })
        }
        let parts = [
            "Jane Roe", " | ", " / ", " · ", " • ", "|", "/", "·", "•", " ", "a/b", "é",
        ];
        let mut lines = vec![String::new()];
        for a in parts {
            for b in parts {
                for c in parts {
                    lines.push(format!("{a}{b}{c}"));
                    lines.push(format!("Jane Roe{a}Reuters{b}{c}Ali Khan"));
                }
            }
        }
        for line in &lines {
            assert_eq!(split_desk(line), naive(line), "{line:?}");
        }
    }

    #[test]
    fn a_release_names_its_source_company() {
        assert_eq!(
            strip_marker(" | Source: Veldan Robotics, Inc."),
            Some("Veldan Robotics, Inc.")
        );
        assert_eq!(
            strip_marker("Source: Harbour Grid Ltd"),
            Some("Harbour Grid Ltd")
        );
        assert_eq!(strip_marker("Source: Supplied"), None);
        assert_eq!(strip_marker("Source: the port authority said"), None);
    }

    #[test]
    fn a_byline_in_parentheses_keeps_its_marker() {
        assert_eq!(
            strip_marker("(By Ola Berg and Ana Lind)"),
            Some("Ola Berg and Ana Lind")
        );
        assert_eq!(strip_marker("(Reporting by Ola Berg)"), None);
        assert_eq!(strip_marker("(Byron Lind)"), None);
    }

    #[test]
    fn a_glued_marker_needs_a_capital_after_it() {
        assert_eq!(strip_marker("ByOla Berg"), Some("Ola Berg"));
        assert_eq!(strip_marker("Byron Lind"), None);
        assert_eq!(strip_marker("ByteDance said"), None);
        assert_eq!(strip_marker("BYOD policy"), None);
    }

    #[test]
    fn byline_table() {
        let rows: &[Row] = &[
            ("By Jane Roe", &[("Jane Roe", None, None)], None),
            (
                "By: Jane C. Roe - Correspondent / @janeroe",
                &[("Jane C. Roe", Some("Correspondent"), None)],
                None,
            ),
            (
                "By JANE ROE FOR HARBORONLINE",
                &[("JANE ROE", Some("HARBORONLINE"), None)],
                None,
            ),
            (
                "By Jane Roe for The Harbor Post",
                &[("Jane Roe", Some("The Harbor Post"), None)],
                None,
            ),
            (
                "By Jane Roe and Ali Khan",
                &[("Jane Roe", None, None), ("Ali Khan", None, None)],
                None,
            ),
            (
                "By Ana Lind, Tom Berg and Ola Nyström, CNN",
                &[
                    ("Ana Lind", None, None),
                    ("Tom Berg", None, None),
                    ("Ola Nyström", Some("CNN"), None),
                ],
                None,
            ),
            (
                "By Ana Lind, Tom Berg, and Ola Nyström",
                &[
                    ("Ana Lind", None, None),
                    ("Tom Berg", None, None),
                    ("Ola Nyström", None, None),
                ],
                None,
            ),
            (
                "Jane Roe in Beijing",
                &[("Jane Roe", None, Some("Beijing"))],
                None,
            ),
            (
                "Marie-Ève Roy à Québec",
                &[("Marie-Ève Roy", None, Some("Québec"))],
                None,
            ),
            (
                "Por Ana Lima em Brasília",
                &[("Ana Lima", None, Some("Brasília"))],
                None,
            ),
            ("Oleh Dimas Pratama", &[("Dimas Pratama", None, None)], None),
            (
                "['Lina Berg', 'TT']",
                &[("Lina Berg", None, None), ("TT", None, None)],
                None,
            ),
            (
                "By Ava Lind | The Harbor Post/HarborLive",
                &[("Ava Lind", Some("The Harbor Post/HarborLive"), None)],
                None,
            ),
            (
                "Publicado em 27/11/2026 - 15:48 Por Ana Lima - Repórter da Agência Brasil - Rio de Janeiro",
                &[(
                    "Ana Lima",
                    Some("Repórter da Agência Brasil"),
                    Some("Rio de Janeiro"),
                )],
                Some("Publicado em 27/11/2026 - 15:48"),
            ),
            ("di Marco Bellandi", &[("Marco Bellandi", None, None)], None),
            (
                "Jane Roe in Beijing and Ali Khan in Karachi",
                &[
                    ("Jane Roe", None, Some("Beijing")),
                    ("Ali Khan", None, Some("Karachi")),
                ],
                None,
            ),
            (
                "By Jane Roe and Ali Khan in Karachi",
                &[
                    ("Jane Roe", None, None),
                    ("Ali Khan", None, Some("Karachi")),
                ],
                None,
            ),
            (
                "Jane Roe, Economics Editor",
                &[("Jane Roe", Some("Economics Editor"), None)],
                None,
            ),
            (
                "By Jane Roe | Reuters",
                &[("Jane Roe", Some("Reuters"), None)],
                None,
            ),
            (
                "Jane Roe | Ali Khan",
                &[("Jane Roe", None, None), ("Ali Khan", None, None)],
                None,
            ),
            (
                "By Jane Roe | Harbour Gazette",
                &[("Jane Roe", Some("Harbour Gazette"), None)],
                None,
            ),
            ("Reuters Staff", &[("Reuters Staff", None, None)], None),
            (
                "Staff and agencies",
                &[("Staff and agencies", None, None)],
                None,
            ),
            (
                "By Pieter van der Berg and María de la Cruz",
                &[
                    ("Pieter van der Berg", None, None),
                    ("María de la Cruz", None, None),
                ],
                None,
            ),
            (
                "By Sam Ortiz Jr. and Kay O'Neil",
                &[("Sam Ortiz Jr.", None, None), ("Kay O'Neil", None, None)],
                None,
            ),
            (
                "Joe Leahy in Beijing 6 HOURS AGO",
                &[("Joe Leahy", None, Some("Beijing"))],
                Some("6 HOURS AGO"),
            ),
            (
                "by Mia Roe (reporting) and Li Wei (photography)",
                &[
                    ("Mia Roe", Some("reporting"), None),
                    ("Li Wei", Some("photography"), None),
                ],
                None,
            ),
            (
                "Par Marc Dubois (avec Lea Roux et Paul Vidal)",
                &[
                    ("Marc Dubois", None, None),
                    ("Lea Roux", None, None),
                    ("Paul Vidal", None, None),
                ],
                None,
            ),
            (
                "By JANE ROE JAN. 13, 2017",
                &[("JANE ROE", None, None)],
                Some("JAN. 13, 2017"),
            ),
            (
                "Ana Lind an hour ago",
                &[("Ana Lind", None, None)],
                Some("an hour ago"),
            ),
            (
                "Par Marie Dupont hier",
                &[("Marie Dupont", None, None)],
                Some("hier"),
            ),
            // Without a marker, a timestamp inside the line is taken only
            // before a `Follow` or `@` remark.
            (
                "Ana Lind March 18 at 3:57 PM Follow @ana",
                &[("Ana Lind", None, None)],
                Some("March 18 at 3:57 PM"),
            ),
            (
                "By Ana Lind March 18 at 3:57 PM in Oslo",
                &[("Ana Lind", None, None)],
                Some("March 18 at 3:57 PM"),
            ),
            (
                "Richard (R.J.) Roe",
                &[("Richard (R.J.) Roe", None, None)],
                None,
            ),
            // Agency and desk bylines; markers of other sites and languages.
            (
                "Associated Press",
                &[("Associated Press", None, None)],
                None,
            ),
            (
                "The Associated Press",
                &[("The Associated Press", None, None)],
                None,
            ),
            ("XINHUA", &[("XINHUA", None, None)], None),
            ("JIJI", &[("JIJI", None, None)], None),
            ("Source: Xinhua", &[("Xinhua", None, None)], None),
            ("Story by Ola Berg", &[("Ola Berg", None, None)], None),
            (
                "By Xinhua writers Li Ming, Zhou Wei",
                &[("Li Ming", None, None), ("Zhou Wei", None, None)],
                None,
            ),
            (
                "By Kyodo reporter Aya Mori",
                &[("Aya Mori", None, None)],
                None,
            ),
            ("Di Marco Bianchi", &[("Marco Bianchi", None, None)], None),
            ("di Lucia Conti", &[("Lucia Conti", None, None)], None),
            ("Di Maria", &[("Di Maria", None, None)], None),
            (
                "By MARÍA DE LA CRUZ GARCÍA",
                &[("MARÍA DE LA CRUZ GARCÍA", None, None)],
                None,
            ),
            ("Luca Di Maria", &[("Luca Di Maria", None, None)], None),
            // Contact details after the names are no part of them.
            (
                "By Ola Berg | oberg@example.com",
                &[("Ola Berg", None, None)],
                None,
            ),
            ("Ola Berg (@olaberg)", &[("Ola Berg", None, None)], None),
            // Names with glued capitals stay names.
            (
                "By Ian McDonald and Nur AbdulRahman",
                &[
                    ("Ian McDonald", None, None),
                    ("Nur AbdulRahman", None, None),
                ],
                None,
            ),
            // Affiliations after a comma, a slash or a dash.
            (
                "By Ola Berg, CNN Business",
                &[("Ola Berg", Some("CNN Business"), None)],
                None,
            ),
            (
                "By Ola Berg and Li Wei, The Harbor Post",
                &[
                    ("Ola Berg", None, None),
                    ("Li Wei", Some("The Harbor Post"), None),
                ],
                None,
            ),
            (
                "By Ola Berg / Bloomberg",
                &[("Ola Berg", Some("Bloomberg"), None)],
                None,
            ),
            (
                "Ola Berg - Staff Writer",
                &[("Ola Berg", Some("Staff Writer"), None)],
                None,
            ),
            (
                "By Ola Berg, Staff Writer",
                &[("Ola Berg", Some("Staff Writer"), None)],
                None,
            ),
            (
                "By OLA BERG/ Staff Writer",
                &[("OLA BERG", Some("Staff Writer"), None)],
                None,
            ),
            // A marker that lost its space.
            ("ByOla Berg", &[("Ola Berg", None, None)], None),
            // Genre markers and desks.
            ("Analysis by Ola Berg", &[("Ola Berg", None, None)], None),
            ("Opinion by Ola Berg", &[("Ola Berg", None, None)], None),
            (
                "From staff reports",
                &[("From staff reports", None, None)],
                None,
            ),
            ("Web Desk", &[("Web Desk", None, None)], None),
            ("By — Ola Berg", &[("Ola Berg", None, None)], None),
            (
                "Ola BERG (Correspondant)",
                &[("Ola BERG", Some("Correspondant"), None)],
                None,
            ),
            (
                "Ola Berg-Lind/Senior Staff Reporter",
                &[("Ola Berg-Lind", Some("Senior Staff Reporter"), None)],
                None,
            ),
            (
                "KNS | Kessling | December 8, 2026 6:55 am",
                &[("KNS", None, Some("Kessling"))],
                Some("December 8, 2026 6:55 am"),
            ),
            ("de Ana Ionescu-Lind", &[("Ana Ionescu-Lind", None, None)], None),
            (
                "By Ola Berg | oberg@harborpost.example | The Harbor Post",
                &[("Ola Berg", Some("The Harbor Post"), None)],
                None,
            ),
            // A paper's staff after a name is the name's role.
            (
                "By Ola Berg Globe Staff",
                &[("Ola Berg", Some("Globe Staff"), None)],
                None,
            ),
            (
                "By Ola Berg, Globe Staff",
                &[("Ola Berg", Some("Globe Staff"), None)],
                None,
            ),
            (
                "Veldan Star Staff",
                &[("Veldan Star Staff", None, None)],
                None,
            ),
            // A reporter's title alone signs for the desk; after a name it
            // is the name's role.
            (
                "Staff Correspondent",
                &[("Staff Correspondent", None, None)],
                None,
            ),
            (
                "By Our Special Correspondent",
                &[("Our Special Correspondent", None, None)],
                None,
            ),
            (
                "HT Correspondent",
                &[("HT Correspondent", None, None)],
                None,
            ),
            (
                "Ola Berg, Senior Reporter",
                &[("Ola Berg", Some("Senior Reporter"), None)],
                None,
            ),
            (
                "Express News Service",
                &[("Express News Service", None, None)],
                None,
            ),
            // A press release's sender.
            (
                "News provided by Norvik Foods, Inc.",
                &[("Norvik Foods, Inc.", None, None)],
                None,
            ),
            (
                "Norvik Foods Ltd",
                &[("Norvik Foods Ltd", None, None)],
                None,
            ),
            // An outlet after a name is its role.
            (
                "Ola Berg, Harbor Gazette",
                &[("Ola Berg", Some("Harbor Gazette"), None)],
                None,
            ),
            // A desk or an outlet after a slash or a middle dot, perhaps
            // with the time after another one.
            ("Ola Berg / TNN", &[("Ola Berg", Some("TNN"), None)], None),
            (
                "Ola Berg / TNN / Updated: Mar 4, 2025, 10:12 IST",
                &[("Ola Berg", Some("TNN"), None)],
                Some("Updated: Mar 4, 2025, 10:12 IST"),
            ),
            (
                "Ola Berg · Harbor News",
                &[("Ola Berg", Some("Harbor News"), None)],
                None,
            ),
            (
                "Ola Berg • Staff Writer",
                &[("Ola Berg", Some("Staff Writer"), None)],
                None,
            ),
            // WordPress: the time first, then the names.
            (
                "Posted on March 4, 2025 by Ola Berg",
                &[("Ola Berg", None, None)],
                Some("Posted on March 4, 2025"),
            ),
            (
                "March 4, 2025 | by Ola Berg and Li Wei",
                &[("Ola Berg", None, None), ("Li Wei", None, None)],
                Some("March 4, 2025"),
            ),
            ("Posted by Ola Berg", &[("Ola Berg", None, None)], None),
            (
                "Reporter: Ola Berg, Ana Lind",
                &[("Ola Berg", None, None), ("Ana Lind", None, None)],
                None,
            ),
            // A short time after a separator.
            (
                "by Ola Berg / Harbour News / 2h",
                &[("Ola Berg", Some("Harbour News"), None)],
                Some("2h"),
            ),
            // A labelled list of authors.
            (
                "Authors: Ola Berg; Li Wei",
                &[("Ola Berg", None, None), ("Li Wei", None, None)],
                None,
            ),
        ];
        for (line, authors, stamp) in rows {
            let parsed = parse(line).unwrap_or_else(|| panic!("no byline in {line:?}"));
            let got: Vec<_> = parsed
                .authors
                .iter()
                .map(|a| (a.name, a.role, a.location))
                .collect();
            assert_eq!(got, *authors, "{line}");
            assert_eq!(parsed.stamp, *stamp, "{line}");
        }
    }

    #[test]
    fn reading_times_are_tails() {
        for (line, names, tail) in [
            ("By Ola Berg · 5 min read", "Ola Berg", "5 min read"),
            ("By Ola Berg | 6-minute read", "Ola Berg", "6-minute read"),
            (
                "By Ola Berg | March 3, 2025 · 4 Min Read",
                "Ola Berg",
                "4 Min Read",
            ),
            (
                "Ola Berg Mar 3, 2025 Follow @ola · 5 min read",
                "Ola Berg",
                "Follow @ola · 5 min read",
            ),
        ] {
            let parsed = parse(line).unwrap_or_else(|| panic!("no byline in {line:?}"));
            assert_eq!(parsed.authors[0].name, names, "{line}");
            assert_eq!(parsed.tail, Some(tail), "{line}");
        }
        assert_eq!(reading_time_start("5 min read"), None);
        assert_eq!(reading_time_start("Ola Berg read"), None);
    }

    #[test]
    fn outlets() {
        for (line, expected) in [
            ("USA TODAY", true),
            ("Harbor Gazette", true),
            ("The Riverton Courier", true),
            ("Gazette", false),
            ("Sales fell at the Gazette", false),
            ("Washington", false),
        ] {
            assert_eq!(is_outlet(line), expected, "{line}");
        }
    }

    #[test]
    fn not_bylines() {
        for line in [
            "By now the theme song was everywhere.",
            "By 2012, the company had grown.",
            "Universities accused of creating pool of low-paid teaching staff",
            "À Brévannes, la dernière librairie du centre-ville ferme ses portes",
            "The talks resumed on Monday after a week of strikes.",
            "Ana Lind March 18 at 3:57 PM in Oslo",
            // Page furniture and labels are no names.
            "Video PlayerClose",
            "Key Points",
            "TRANSPORTATION",
            "USA TODAY",
            "The Harbor Gazette",
            "Source: Supplied",
            "Di questo si parla da anni",
            "Sales rose at Norvik Foods, Inc. last year.",
            // Navigation and a headline in capitals.
            "Section Navigation",
            "Skip Navigation",
            "HARBOR BOARD ORDERS FERRY FARES FROZEN",
            // A time before `by` in a sentence is no meta line.
            "On March 4, 2025 by noon the pier was closed.",
            "Posted on March 4, 2025 by the city council",
            "Prices rose 4% / year",
            "",
        ] {
            assert_eq!(parse(line), None, "{line}");
        }
    }
}
