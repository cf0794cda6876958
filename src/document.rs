//! The document grammar: assigns the units of the text to fields.
//!
//! ```text
//! article := chrome* (kicker? headline)? header* body trailer*
//! header  := standfirst | caption | byline | timestamp | chrome
//! body    := dateline? (paragraph | subhead | quote | list_item | caption | chrome)+
//! trailer := end_note | copyright | chrome
//! ```
//!
//! Each unit is first classified on its own (markup, chrome, copyright),
//! then the header is read from the top, the trailer from the bottom, and
//! what lies between is the body. Every unit ends up in exactly one field,
//! so no line is lost.

use std::borrow::Cow;

use crate::blocks::{self, list_number_len, Unit};
use crate::model::{
    Article, Author, Block, BlockKind, Byline, Caption, Copyright, Dateline, Span, Spans, Text,
};
use crate::scan::{self, ends_terminal, offset_in, word_count};
use crate::{
    boilerplate, byline, chat, copyright, credit, csv, dateline, dump, endnotes, inline, lines,
    timestamp,
};

/// What a unit is, before its place in the article is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Text with no block markup.
    Plain,
    /// A markdown heading of this level.
    Heading(u8),
    /// A block quote (`> `).
    Quote,
    /// A list item (`- `, `* `, `•`, `1. `).
    ListItem,
    /// An image line, or text made only of images.
    Image,
    /// Site chrome.
    Chrome,
    /// A copyright notice.
    Copyright,
}

/// A unit with its shape and plain text.
struct Cand<'a> {
    unit: Unit<'a>,
    shape: Shape,
    text: Text<'a>,
    /// True when the unit is made only of links (a related-links line).
    link_only: bool,
    /// Number of words of `text`, counted once (saturating at `u32::MAX`).
    words: u32,
}

/// Where a unit went.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    Unassigned,
    Boilerplate,
    Kicker,
    Headline,
    Standfirst,
    Caption,
    Byline,
    Published,
    Body(BlockKind),
    EndNote,
    Copyright,
    /// Joined to the body block of the given unit (a page-break split).
    /// A `u32` keeps a role to eight bytes; a text of more units than that
    /// (over 8 GiB) is never joined.
    Joined(u32),
    /// Split into values already stored (a stamp and its duplicate).
    Consumed,
}

/// The markers of a list item, in the order tried: each before the shorter
/// ones it starts with (`› ` before `›`).
const LIST_MARKERS: [&str; 15] = [
    "- ",
    "* ",
    "+ ",
    "• ",
    "◦ ",
    "· ",
    "›* ",
    "› ",
    "▪\u{fe0f} ",
    "▪ ",
    "▸ ",
    "► ",
    "•",
    "◦",
    "›",
];

/// The bytes a list marker starts with.
const LIST_MARKER_STARTS: [bool; 256] = scan::first_bytes(&LIST_MARKERS);

/// Strips block markup from the unit's first piece; returns the shape.
fn strip_markup(unit: &mut Unit<'_>) -> Shape {
    // `Title` over `=====`: a heading whose underline is a marker.
    if unit.pieces.len() > 1 {
        if let Some(level) = blocks::setext_level(unit.last()) {
            if let Some(last) = unit.pieces.last_mut() {
                last.text = "";
            }
            // A mailing list's plain text marks its headings with `** `
            // too (`** ENVIRONMENT` over `-----`).
            if let Some(first) = unit.pieces.first_mut() {
                if let Some(rest) = first
                    .text
                    .strip_prefix("** ")
                    .filter(|r| !r.ends_with("**"))
                {
                    first.text = rest.trim_start();
                }
            }
            return Shape::Heading(level);
        }
    }
    let single = unit.pieces.len() == 1;
    let Some(first) = unit.pieces.first_mut() else {
        return Shape::Chrome;
    };
    if let Some(inner) = blocks::strip_anpa_markers(first.text) {
        first.text = inner;
    }
    let t = first.text;
    if blocks::is_div_fence(t) && single {
        return Shape::Chrome;
    }
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && (t.len() == hashes || t.as_bytes()[hashes] == b' ') {
        first.text = t[hashes..].trim_start();
        // Closing hashes: `## Title ##`.
        first.text = first.text.trim_end_matches('#').trim_end();
        // Pandoc's attributes after the title: `## Title {#title .big}`.
        if let Some((title, attributes)) = scan::rsplit_once_str(first.text, " {") {
            if attributes.ends_with('}') && attributes.starts_with(['#', '.']) {
                first.text = title.trim_end();
            }
        }
        // At most six, checked above.
        return Shape::Heading(hashes as u8);
    }
    if let Some(rest) = t.strip_prefix('>') {
        first.text = rest.trim_start();
        for piece in unit.pieces.iter_mut().skip(1) {
            if let Some(rest) = piece.text.strip_prefix('>') {
                piece.text = rest.trim_start();
            }
        }
        return Shape::Quote;
    }
    // AFP sets a crosshead between dashes: `- 'Worst in decades' -`.
    if let Some(inner) = t
        .strip_prefix("- ")
        .and_then(|r| r.strip_suffix(" -"))
        .filter(|inner| !inner.trim().is_empty())
    {
        first.text = inner.trim();
        return Shape::Heading(3);
    }
    // Most units open with a byte no marker does, and skip the list.
    let may_be_item = t
        .as_bytes()
        .first()
        .is_some_and(|&b| LIST_MARKER_STARTS[usize::from(b)]);
    let markers: &[&str] = if may_be_item { &LIST_MARKERS } else { &[] };
    for marker in markers {
        if let Some(rest) = t.strip_prefix(marker) {
            // A heading set inside a list item (`- ### More`) loses both.
            first.text = rest.trim_start().trim_start_matches('#').trim_start();
            return Shape::ListItem;
        }
    }
    if list_number_len(t.trim_start_matches(['*', '_'])).is_some() {
        return Shape::ListItem;
    }
    Shape::Plain
}

/// True for a text browser's image placeholder at the start of a line
/// (`[harbour-cranes.jpg?w=600] Cranes at …`), the rest being its alt text.
fn starts_with_image_file(raw: &str) -> bool {
    let Some(inner) = raw
        .strip_prefix('[')
        .and_then(|r| r.split_once(']'))
        .map(|(i, _)| i)
    else {
        return false;
    };
    // An e-mail's inline picture (`[cid:image001.jpg@01DBD9A2.5F3E1C40]`).
    let inner = inner
        .strip_prefix("cid:")
        .map_or(inner, |cid| cid.split('@').next().unwrap_or(""));
    let name = inner.split('?').next().unwrap_or("").to_ascii_lowercase();
    !inner.contains(' ')
        && [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"]
            .iter()
            .any(|e| name.ends_with(e))
}

fn classify(mut unit: Unit<'_>) -> Cand<'_> {
    // Only a unit that opens with a bracket can be an image or a row of
    // links; other units are never joined here just to look.
    let first = unit.pieces.first().map_or("", |p| p.text);
    let bracketed = first.starts_with(['[', '!', '*', '-', '•', '›'])
        || first.starts_with("* [")
        || first.starts_with("- [");
    let raw_before = if bracketed {
        unit.raw()
    } else {
        Cow::Borrowed("")
    };
    if bracketed && (inline::is_image_line(&raw_before) || starts_with_image_file(&raw_before)) {
        let text = unit.to_text();
        return Cand {
            unit,
            shape: Shape::Image,
            words: 0,
            text,
            link_only: false,
        };
    }
    let link_only = bracketed && inline::is_link_line(&raw_before);
    let mut shape = strip_markup(&mut unit);
    if shape == Shape::Quote && is_excerpt_heading(unit.pieces[0].text) {
        shape = Shape::Chrome;
    }
    let text = unit.to_text();
    // The raw text matters to the chrome test only for an image line,
    // which opens with a bracket.
    if text.is_empty()
        || boilerplate::is_chrome(&text, &raw_before)
            && labelled_stamp(&text).is_none()
            && !is_bracketed_credit(&text)
            && !byline::is_listed(&text)
        || is_navigation_row(&text)
        || is_wire_framing(&text)
        || is_property_block(&unit)
    {
        shape = Shape::Chrome;
    } else if copyright::parse(&text).is_some() || has_embedded_notice(&text) {
        shape = Shape::Copyright;
    }
    Cand {
        unit,
        shape,
        // The text is `inline::plain`'s, whose words are its spaces and one.
        words: u32::try_from(inline::plain_word_count(&text)).unwrap_or(u32::MAX),
        text,
        link_only,
    }
}

/// True for a text browser's picture in brackets that names its credit
/// (`[Photo-Illustration: Harbor Staff; Getty Images]`): the picture's
/// caption, which the chrome lexicon would take for a placeholder.
fn is_bracketed_credit(text: &str) -> bool {
    text.starts_with('[')
        && text.ends_with(']')
        && credit::split(text).is_some_and(|s| s.text.is_empty() && !s.credit.is_empty())
}

/// True for a unit of an outliner's block properties only (`tags::
/// [[water]]` / `clipped:: [[Mar 4th, 2025]]`). Each line has its two
/// colons in its first bytes: most units are passed over at once.
fn is_property_block(unit: &Unit<'_>) -> bool {
    const KEY_BYTES: usize = 40;
    unit.pieces.iter().all(|p| {
        let head = &p.text.as_bytes()[..p.text.len().min(KEY_BYTES)];
        memchr::memchr(b':', head).is_some() && dump::is_outliner_property(p.text)
    })
}

/// True for a legal footer with a copyright notice after its first
/// sentence (see [`copyright::embedded_start`]); only text with a `©`
/// is searched.
fn has_embedded_notice(text: &str) -> bool {
    crate::scan::find_str(text, "©").is_some() && copyright::embedded_start(text).is_some()
}

/// True for a paragraph that opens with a conjunction going on from the
/// one before it (`But …`, `And …`, `Yet …`, `However, …`).
fn opens_with_conjunction(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    matches!(
        first.trim_end_matches(','),
        "But" | "And" | "Yet" | "However" | "Still" | "Instead" | "Mais" | "Aber" | "Pero" | "Mas"
    )
}

/// Field labels a converter or a dataset sets before a timestamp (`Date:
/// 5 March 2025`, Jina's `Published Time: 2025-03-09T06:30:00+00:00`):
/// markers, not part of the value.
const STAMP_LABELS: &[&str] = &["Date:", "Published Time:", "Datum:", "Fecha:", "Data:"];

/// [`STAMP_LABELS`] indexed by first byte: most lines open with none of
/// theirs.
static STAMP_LABEL_INDEX: scan::PhraseIndex<{ STAMP_LABELS.len() }> =
    scan::PhraseIndex::new(STAMP_LABELS);

/// The timestamp after a field label, when the text is one.
fn labelled_stamp(text: &str) -> Option<&str> {
    let rest = STAMP_LABEL_INDEX.parse(text).ok()?.0.trim_start();
    timestamp::is_timestamp(rest).then_some(rest)
}

/// True for a timestamp, labelled or not; not the time a tool saved or
/// clipped the page (`Created: March 4, 2025 9:41 AM`).
/// True for a line that only labels the byline under it: a marker alone
/// (`By`), or GOV.UK's `From:` over the department and the minister.
fn is_byline_label(text: &str) -> bool {
    byline::is_lone_marker(text) || text == "From:"
}

/// The issuers of a government release under its `From:` label: bodies
/// and ministers joined by `and` (`Department for Transport and The Rt Hon
/// Jane Roe MP`), a body's name keeping its commas (`Department for
/// Environment, Food & Rural Affairs`).
fn issuers(text: &str) -> Option<byline::Parsed<'_>> {
    let authors: Vec<byline::Author<'_>> = text
        .split(" and ")
        .map(|name| byline::Author {
            name: name.trim(),
            role: None,
            location: None,
        })
        .collect();
    let named = |a: &byline::Author<'_>| {
        (1..=8).contains(&word_count(a.name))
            && scan::is_capitalised(a.name)
            && !ends_terminal(a.name)
    };
    (authors.len() <= 4 && authors.iter().all(named)).then_some(byline::Parsed {
        authors,
        stamp: None,
        tail: None,
        prefixed: true,
    })
}

/// True for a timestamp's label alone on its line (`Published`,
/// `Updated:`), as a page's list of terms sets it over the time.
fn is_stamp_label(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "Published",
        "Updated",
        "Last updated",
        "First published",
        "Posted",
        "Modified",
        "Date",
    ];
    LABELS.contains(&text.strip_suffix(':').unwrap_or(text))
}

/// The text inside the parentheses that enclose all of it, or all of it.
fn unparenthesized(text: &str) -> &str {
    text.strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .filter(|inner| !inner.contains(['(', ')']))
        .unwrap_or(text)
}

fn is_stamp(text: &str) -> bool {
    (timestamp::is_timestamp(text) || labelled_stamp(text).is_some()) && !is_tool_time(text)
}

/// True for the time a note-taking or clipping tool adds to its copy of
/// a page, by its label.
fn is_tool_time(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "created:",
        "clipped:",
        "saved:",
        "captured:",
        "date saved:",
        "last edited:",
        "last edited time:",
        "created time:",
    ];
    text.starts_with(['C', 'c', 'S', 's', 'D', 'd', 'L', 'l'])
        && LABELS.iter().any(|l| scan::starts_with_ci(text, l))
}

/// Separators between the fields of a header line (`Le Monde | 04.05.2015
/// à 13h36 | Par Jane Roe`, `March 5, 2025 · 6 min read`).
const FIELD_SEPARATORS: [&str; 3] = [" | ", " · ", " • "];

/// The separator of the fields of a line, if it has one. (Anadolu sets
/// its pipe with a space on one side only: `Jane Roe  |08.05.2025`.)
fn field_separator(text: &str) -> Option<&'static str> {
    // Each separator holds a `|` or ends its mark with the last byte of
    // `·` or `•`: a line with none of those bytes (most lines) is passed
    // over with one search.
    const DOT: u8 = "·".as_bytes()[1];
    const BULLET: u8 = "•".as_bytes()[2];
    memchr::memchr3(b'|', DOT, BULLET, text.as_bytes())?;
    FIELD_SEPARATORS
        .into_iter()
        .find(|s| scan::find_str(text, s).is_some())
        .or_else(|| {
            let one_sided =
                scan::find_str(text, " |").is_some() || scan::find_str(text, "| ").is_some();
            one_sided.then_some("|")
        })
}

/// A timestamp and the chrome after it on one line (see
/// `Grammar::take_stamp_with_tail`), as sub-slices of `text`.
fn stamp_and_tail(text: &str) -> Option<(&str, &str)> {
    if text.len() > 120 || is_stamp(text) {
        return None;
    }
    fn trim_separators(s: &str) -> &str {
        s.trim_end_matches([' ', '·', '|', '•', '/', '-', '–', '—'])
    }
    if let Some(at) = byline::reading_time_start(text) {
        let stamp = trim_separators(&text[..at]);
        return is_stamp(stamp).then(|| (stamp, &text[at..]));
    }
    // The print page after the date (`Fri, Nov 27, 2026 page3`).
    if let Some((stamp, page)) = text.rsplit_once(' ') {
        let number = page
            .strip_prefix("page")
            .or_else(|| page.strip_prefix("Page"))
            .or_else(|| page.strip_prefix("p."));
        let page_ref = number
            .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
        if page_ref && is_stamp(stamp) {
            return Some((stamp, page));
        }
    }
    // A place in capitals or a section after a dash (`… 09:12 pm IST -
    // COIMBATORE`, `Mar 5, 2025 - Technology`).
    let dashed_place = scan::rfind_str(text, " - ").filter(|&at| {
        let tail = &text[at + 3..];
        let capitalised = tail.split(' ').all(|w| w.starts_with(char::is_uppercase));
        (scan::is_all_caps(tail) || capitalised) && !tail.contains(char::is_numeric)
    });
    let at = scan::rfind_str(text, " / ")
        .or_else(|| text.rfind('|'))
        .or(dashed_place)?;
    let stamp = trim_separators(&text[..at]);
    let tail = text[at..].trim_start_matches([' ', '/', '|', '-']);
    let label = !tail.is_empty() && word_count(tail) <= 3 && !ends_terminal(tail);
    if label && is_stamp(stamp) {
        return Some((stamp, tail));
    }
    // The paper's name first: `Harbor Daily Post / 05:12 AM March 4, 2025`.
    // (`at` above found a slash or a pipe, or a dash with no such mark.)
    memchr::memchr2(b'/', b'|', text.as_bytes())?;
    let (head, stamp) = text.split_once(" / ").or_else(|| text.split_once(" | "))?;
    let named = (1..=5).contains(&word_count(head))
        && head.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && !ends_terminal(head);
    // (A person's name first is a byline: `Jane Roe | 18/11/2025`.)
    (named && !byline::is_person(head) && is_stamp(stamp)).then_some((stamp.trim(), head))
}

/// True when the text opens with the `By` marker, perhaps in parentheses
/// (`(By Jane Roe)`), or a reporter's label (`Reporter: Jane Roe`, as
/// Antara signs under the story).
fn starts_by(text: &str) -> bool {
    text.starts_with("By ")
        || text.starts_with("BY ")
        // (A site's lower-case marker before a name: `by Jane Roe · date`.)
        || text
            .strip_prefix("by ")
            .is_some_and(|name| name.starts_with(char::is_uppercase))
        || text.starts_with("(By ")
        || text.starts_with("Reporter: ")
        || text.starts_with("Reporters: ")
}

/// True when a field of such a line is a timestamp.
fn has_stamp_field(text: &str) -> bool {
    field_separator(text).is_some_and(|s| text.split(s).any(|f| timestamp::is_timestamp(f.trim())))
}

/// True for a paragraph that is one quotation, opening and closing marks
/// included, with no attribution of its own (`"We are ready."`).
fn is_whole_quotation(text: &str) -> bool {
    let opens = text.starts_with(['"', '“', '«', '„']);
    let closes = text.ends_with(['"', '”', '»', '“']);
    if !(opens && closes) {
        return false;
    }
    // One quotation: no mark closes it and opens another inside (`"…,"
    // said Jane Roe. "…"` is a paragraph of reported speech). The marks
    // are `"` and characters led by the bytes E2 (`”“„`) and C2 (`«»`).
    let mut chars = text.chars();
    chars.next();
    chars.next_back();
    let inner = chars.as_str();
    let one = memchr::memchr3(b'"', 0xE2, 0xC2, inner.as_bytes()).is_none()
        || !inner.contains(['"', '”', '“', '«', '»', '„']);
    one && word_count(text) >= 8
}

/// True for a line that names who said a quotation: a person's name, with
/// perhaps a title or degree after a comma (`Jane Roe, Ph.D.`, `— Jane
/// Roe`).
fn is_attribution(text: &str) -> bool {
    let name = text.trim_start_matches(['—', '–', '-', ' ']);
    let name = name.split(", ").next().unwrap_or(name);
    word_count(text) <= 8
        && byline::parse(name).is_some_and(|p| !p.prefixed && p.authors.len() == 1)
}

/// True for a headline set in title case: most of its words capitalised
/// (`Why Are New York's Streets Always Under Construction?`).
fn is_title_case(text: &str) -> bool {
    let (mut words, mut capitals) = (0, 0);
    for word in text.split_whitespace() {
        words += 1;
        capitals += usize::from(scan::is_capitalised(word));
    }
    words >= 3 && capitals * 10 >= words * 7
}

/// True when the text carries a photo credit.
fn has_credit(text: &str) -> bool {
    credit::split(text).is_some_and(|s| !s.credit.is_empty())
}

/// True for a row of navigation links left as text (`Home | World |
/// Business | Sport`, `News › World › Europe`): three items or more, each a
/// few words with no sentence, date or byline in it.
fn is_navigation_row(text: &str) -> bool {
    if is_breadcrumb_trail(text) {
        return true;
    }
    // One search for the separators' last bytes (`›` and `»` end in 0xBA
    // and 0xBB) before a search for each.
    if memchr::memchr3(b'|', 0xBA, 0xBB, text.as_bytes()).is_none() {
        return false;
    }
    let Some(separator) = ['|', '›', '»'].into_iter().find(|&c| text.contains(c)) else {
        return false;
    };
    let mut items = 0;
    for item in text.split(separator) {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        // A date or a byline makes it a line of header fields instead.
        let fields = item.bytes().any(|b| b.is_ascii_digit())
            || byline::parse(item).is_some_and(|p| p.prefixed);
        if word_count(item) > 3 || ends_terminal(item) || fields {
            return false;
        }
        items += 1;
    }
    items >= 3
}

/// Separators of the items of a breadcrumb trail or a section path.
const PATH_SEPARATORS: &[&str] = &[" / ", " > ", " › ", " » ", " | "];

/// True for a breadcrumb trail from the home page (`Home / India News /
/// Farmers threaten blockade`): navigation, whatever its last item says.
fn is_breadcrumb_trail(text: &str) -> bool {
    text.strip_prefix("Home")
        .is_some_and(|rest| PATH_SEPARATORS.iter().any(|s| rest.starts_with(s)))
}

/// True for a section path (`NATIONAL / CRIME & LEGAL`, `News > World`):
/// two items or more of a few words each.
fn is_section_path(text: &str) -> bool {
    PATH_SEPARATORS.iter().any(|sep| {
        let mut items = text.split(sep);
        let count = items.clone().count();
        count >= 2 && items.all(|item| (1..=3).contains(&word_count(item)))
    })
}

/// True for the framing of an ANPA wire story: a line opened by control
/// bytes (`\x16\x16\x01a0412 BC-Port-Strike 1stLd-Writethru 03-10 0388`),
/// the slug (`BC-Port-Strike, 1st Ld-Writethru,0388`), an editors' note
/// (`Eds: UPDATES with comment. With AP Photos.`).
fn is_wire_framing(text: &str) -> bool {
    let slug = text
        .strip_prefix("BC-")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()));
    text.starts_with(|c: char| c.is_control()) || slug || text.starts_with("Eds: ")
}

/// Drops the `-- ` that a news dataset dump sets before each header field
/// (`-- Headline` / `-- By Jane Roe` / `-- Tue Mar 4, 2014 5:12pm EST` /
/// `-- url`): when the text opens with two such lines, the marker is taken
/// off every line of that opening run.
fn strip_field_dashes(cands: &mut [Cand<'_>]) {
    let dashed = |c: &Cand<'_>| {
        c.unit.pieces.len() == 1
            && c.unit.pieces[0].text.starts_with("-- ")
            && c.shape == Shape::Plain
    };
    if !(cands.len() >= 2 && dashed(&cands[0]) && dashed(&cands[1])) {
        return;
    }
    for cand in cands.iter_mut().take_while(|c| dashed(c)) {
        let mut unit = cand.unit.clone();
        unit.pieces[0].text = unit.pieces[0].text[3..].trim_start();
        *cand = classify(unit);
    }
}

/// A dateline set alone on its line over the lede (`Ljubljana, 5 March
/// (STA) -`, as a wire's XML keeps it in an element of its own, once its
/// tags are stripped) opens the lede: the two units are read as one.
fn join_lone_datelines(cands: &mut Vec<Cand<'_>>) {
    let lone = |c: &Cand<'_>| {
        let text = c.text.as_str();
        c.shape == Shape::Plain
            && c.unit.pieces.len() == 1
            && text.ends_with(['-', '–', '—'])
            && text.len() <= 80
            && dateline::parse(&format!("{text} The")).is_some_and(|f| f.len > text.len())
    };
    let Some(k) = cands.iter().take(60).position(lone) else {
        return;
    };
    let lede = cands.get(k + 1).is_some_and(|n| {
        n.shape == Shape::Plain && n.words > 10 && n.text.starts_with(char::is_uppercase)
    });
    if !lede {
        return;
    }
    let next = cands.remove(k + 1);
    let mut unit = cands[k].unit.clone();
    unit.append(next.unit);
    cands[k] = classify(unit);
}

/// A headline set over narrow print columns whose first line stands as a
/// unit of its own (`Dry spell sends` / `Sigatoka vegetable` / `prices
/// soaring`, where no line break shows a hard wrap): in a block of its own
/// between blank lines, a short line of words over a line about as wide,
/// neither ending a sentence, is joined to it.
fn join_print_headline_lines(cands: &mut Vec<Cand<'_>>) {
    const REACH: usize = 20;
    let width = |t: &str| crate::lines::char_width(t);
    let joins = |cands: &[Cand<'_>], k: usize| {
        let (a, b) = (&cands[k], &cands[k + 1]);
        let text = a.text.as_str();
        // (The lines already joined above count by their last: `NWC
        // imposes water` / `restrictions as Hermitage` / `Dam falls …`.)
        let (wa, wb) = (
            width(a.unit.pieces.last().map_or("", |p| p.text)),
            width(b.unit.pieces.first().map_or("", |p| p.text)),
        );
        a.unit.after_blank
            && !b.unit.after_blank
            && cands.get(k + 2).is_none_or(|c| c.unit.after_blank)
            && a.shape == Shape::Plain
            && b.shape == Shape::Plain
            && a.unit.pieces.len() <= 3
            && (2..=6 * a.unit.pieces.len() as u32).contains(&a.words)
            && b.words <= 16
            && text.starts_with(char::is_uppercase)
            && !scan::is_all_caps(text)
            && !ends_terminal(text)
            && text
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '\'' | '’' | '-'))
            && !ends_terminal(&b.text)
            && wa < 40
            && wa * 10 >= wb * 6
            && wa * 10 <= wb * 14
            && !is_stamp(text)
            && byline::strip_marker(text).is_none()
            // A name over its outlet or role, a masthead over its date or
            // its menu, are no headline.
            && !byline::is_name(text)
            && !is_stamp(&b.text)
            && !scan::is_all_caps(&b.text)
            && b.text.split(' ').filter(|w| w.starts_with(char::is_lowercase)).count() >= 2
    };
    let reach = cands.len().min(REACH);
    let Some(k) = (0..reach.saturating_sub(1)).find(|&k| joins(cands, k)) else {
        return;
    };
    let next = cands.remove(k + 1);
    let mut unit = cands[k].unit.clone();
    unit.append(next.unit);
    cands[k] = classify(unit);
}

/// A unit whose first line is a copy of the headline set over more lines
/// with no blank line between (a wire's XML prints its title, then its
/// headline and deck): the copy is a unit of its own, so that what follows
/// it is read apart (the deck as the standfirst).
fn split_headline_copies(cands: &mut Vec<Cand<'_>>) {
    // Only near the top, and only a headline of some words.
    const REACH: usize = 30;
    let reach = cands.len().min(REACH);
    let copy_at = (1..reach).find(|&k| {
        let c = &cands[k];
        c.unit.pieces.len() > 1
            && word_count(c.unit.pieces[0].text) >= 4
            && cands[..k].iter().any(|before| {
                before.unit.pieces.len() == 1
                    && matches!(before.shape, Shape::Plain | Shape::Heading(_))
                    && before.text.as_str() == c.unit.pieces[0].text
            })
    });
    let Some(k) = copy_at else {
        return;
    };
    // (A copy over a credit is a picture's caption: `Title` / `Jane Roe`.)
    let rest_words: usize = cands[k].unit.pieces[1..]
        .iter()
        .map(|p| word_count(p.text))
        .sum();
    if rest_words < 5 {
        return;
    }
    let cand = cands.remove(k);
    let (first, rest) = cand.unit.pieces.split_at(1);
    let rest = Unit {
        pieces: blocks::Pieces::of(rest),
        indent: cand.unit.indent,
        after_blank: false,
    };
    let copy = Unit {
        pieces: blocks::Pieces::of(first),
        ..cand.unit
    };
    cands.insert(k, classify(rest));
    cands.insert(k, classify(copy));
}

/// A word processor's running head or foot, printed by a converter at the
/// top or the end of the text, its parts set apart by tabs (`Harbour Board
/// <TAB> Press Office`, `example.com <TAB> Page 1 of 2`): chrome.
fn drop_running_heads(cands: &mut [Cand<'_>]) {
    let n = cands.len();
    let ends = (0..n.min(2)).chain(n.saturating_sub(2).max(2)..n);
    for k in ends {
        let c = &cands[k];
        let line = c.unit.pieces[0].text;
        // (Not a byline or a time set apart by a tab: `By Jane Roe <TAB>
        // 14 March 2026`; asked only of a line with a tab.)
        let header_fields = || {
            line.split('\t')
                .any(|part| starts_by(part.trim()) || is_stamp(part.trim()))
        };
        let tabbed = c.shape == Shape::Plain
            && c.unit.pieces.len() == 1
            && line.contains('\t')
            && !header_fields()
            && c.words <= 20
            && !ends_terminal(&c.text);
        if tabbed {
            cands[k].shape = Shape::Chrome;
        }
    }
}

/// True for the heading MarkDownload quotes over the page's description
/// (`> ## Excerpt`), once the quote's mark is gone.
fn is_excerpt_heading(text: &str) -> bool {
    text.starts_with('#')
        && text
            .trim_start_matches('#')
            .trim()
            .eq_ignore_ascii_case("excerpt")
}

/// MarkDownload's excerpt of the page, quoted under its own heading (`>
/// ## Excerpt` / `> The page's description`): a copy of the description,
/// chrome, heading and quote.
fn drop_excerpt_quotes(cands: &mut [Cand<'_>]) {
    let Some(heading) = cands.iter().take(20).position(|c| {
        c.shape == Shape::Chrome
            && c.unit
                .pieces
                .first()
                .is_some_and(|p| is_excerpt_heading(p.text))
    }) else {
        return;
    };
    for c in cands[heading + 1..]
        .iter_mut()
        .take_while(|c| c.shape == Shape::Quote)
    {
        c.shape = Shape::Chrome;
    }
}

/// A print story's jump head: the few words over the line that says where
/// the story comes from (`Night buses` / `FROM PAGE 3`), set on the page
/// it jumps to. It is chrome, like the jump line, so that the paragraph
/// the jump cut can be joined again.
fn drop_jump_heads(cands: &mut [Cand<'_>]) {
    for k in 1..cands.len() {
        let jump = cands[k].shape == Shape::Chrome
            && scan::starts_with_ci(&cands[k].text, "from ")
            && boilerplate::is_jump_line(&cands[k].text);
        let head = &cands[k - 1];
        if jump
            && matches!(head.shape, Shape::Plain | Shape::Heading(_))
            && (1..=4).contains(&head.words)
            && !ends_terminal(&head.text)
        {
            cands[k - 1].shape = Shape::Chrome;
        }
    }
}

/// A unit of the bytes `range` of the unit's first line (markup
/// included), trimmed.
fn line_part<'a>(input: &'a str, unit: &Unit<'a>, range: std::ops::Range<usize>) -> Unit<'a> {
    let first = unit.pieces[0];
    let line = first.line(input);
    let text = line[range.clone()].trim();
    let start = first.start + offset_in(line, text);
    Unit {
        pieces: blocks::Pieces::One([blocks::Piece {
            text,
            start,
            len: u32::try_from(text.len()).unwrap_or(u32::MAX),
            glue: first.glue,
        }]),
        indent: unit.indent,
        after_blank: unit.after_blank,
    }
}

/// A unit read as chrome, whatever its text.
fn chrome(unit: Unit<'_>) -> Cand<'_> {
    let text = unit.to_text();
    Cand {
        unit,
        shape: Shape::Chrome,
        text,
        link_only: false,
        words: 0,
    }
}

/// A chat export around a shared article (see [`chat`]). The sender and
/// time before each message are chrome, and so is every message of one
/// line: the chat's talk. A message that goes on over lines with no
/// prefix is the article, read without its prefix. A Telegram copy's
/// header (`Harbour Daily, [15.10.2024 14:32]`) gives the post's time;
/// its sender is chrome.
fn unwrap_chat<'a>(input: &'a str, cands: &mut Vec<Cand<'a>>) {
    let line = |c: &Cand<'a>| first_line(input, c);
    // (A piece's first bytes, read in place, pass over nearly every line
    // before it is sliced as a `str`.)
    let opens_message = |p: &blocks::Piece<'_>| {
        let bytes = &input.as_bytes()[p.start..p.start + p.len as usize];
        chat::opens_with_date_digit(bytes) && chat::message_prefix(p.line(input)).is_some()
    };
    let messages = cands
        .iter()
        .flat_map(|c| c.unit.pieces.iter())
        .filter(|&p| opens_message(p))
        .count();
    let chat = messages >= 2;
    // A sender's header ends with `]`, a Discord header with its time's
    // digit or `M`: a unit's first line whose last byte, read in place, is
    // none of them (nearly every one) is not sliced and read.
    let last_byte = |c: &Cand<'a>| {
        let p = c.unit.pieces.first()?;
        input.as_bytes()[p.start..p.start + p.len as usize]
            .last()
            .copied()
    };
    let headed = cands
        .iter()
        .any(|c| last_byte(c) == Some(b']') && chat::sender_header(line(c)).is_some());
    let discord = cands.iter().any(|c| {
        last_byte(c).is_some_and(|b| b.is_ascii_digit() || b == b'M')
            && chat::is_discord_header(line(c))
    });
    if discord {
        set_aside_discord_talk(input, cands);
    }
    if !chat && !headed {
        return;
    }
    if chat {
        // Messages set one under another, with no blank line between them,
        // can be read as one unit: each message starts a unit of its own.
        let old = std::mem::take(cands);
        for cand in old {
            let pieces: &[blocks::Piece<'_>] = &cand.unit.pieces;
            if !pieces.iter().skip(1).any(&opens_message) {
                cands.push(cand);
                continue;
            }
            let mut from = 0;
            for to in 1..=pieces.len() {
                if to < pieces.len() && !opens_message(&pieces[to]) {
                    continue;
                }
                let unit = Unit {
                    pieces: blocks::Pieces::of(&pieces[from..to]),
                    indent: cand.unit.indent,
                    after_blank: from == 0 && cand.unit.after_blank,
                };
                cands.push(classify(unit));
                from = to;
            }
        }
    }
    let prefixes: Vec<Option<usize>> = cands
        .iter()
        .map(|c| chat::message_prefix(line(c)))
        .collect();
    let old = std::mem::take(cands);
    let n = old.len();
    for (k, cand) in old.into_iter().enumerate() {
        let whole = line(&cand);
        if let Some(header) = chat::sender_header(whole).filter(|_| cand.unit.pieces.len() == 1) {
            let time_at = offset_in(whole, header.time);
            let time = line_part(input, &cand.unit, time_at..time_at + header.time.len());
            cands.push(chrome(line_part(input, &cand.unit, 0..header.sender.len())));
            cands.push(classify(time));
            continue;
        }
        let Some(at) = prefixes[k].filter(|_| chat) else {
            cands.push(cand);
            continue;
        };
        let continued = k + 1 < n && prefixes[k + 1].is_none();
        if !continued || at == whole.len() {
            cands.push(Cand {
                shape: Shape::Chrome,
                ..cand
            });
            continue;
        }
        cands.push(chrome(line_part(input, &cand.unit, 0..at)));
        let mut message = cand.unit;
        let rest = line_part(input, &message, at..whole.len()).pieces[0];
        message.pieces[0] = rest;
        cands.push(classify(message));
    }
}

/// The first line of a unit as the input has it, markup included.
fn first_line<'a>(input: &'a str, c: &Cand<'a>) -> &'a str {
    c.unit.pieces.first().map_or("", |p| p.line(input))
}

/// A Discord copy: the headers over each run of messages (`ana.lind —
/// 04/03/2025 10:42`) and the times between its messages (`[10:43]`) are
/// chrome, and so is a message of a line or two of talk, or a link with
/// the card the app shows under it; a longer message is the shared
/// article.
fn set_aside_discord_talk<'a>(input: &'a str, cands: &mut [Cand<'a>]) {
    // Most lines a message of talk holds, and the words in each.
    const TALK_UNITS: usize = 2;
    const TALK_WORDS: u32 = 20;
    // A link's card: the site, the title, the description.
    const CARD_UNITS: usize = 4;
    let headers: Vec<usize> = (0..cands.len())
        .filter(|&k| {
            let line = first_line(input, &cands[k]);
            chat::is_discord_header(line) || chat::is_discord_marker(line)
        })
        .collect();
    for (i, &h) in headers.iter().enumerate() {
        cands[h].shape = Shape::Chrome;
        let end = headers.get(i + 1).copied().unwrap_or(cands.len());
        let run = h + 1..end;
        let talk = run.len() <= TALK_UNITS
            && run
                .clone()
                .all(|k| cands[k].words <= TALK_WORDS && cands[k].unit.pieces.len() == 1);
        let card = run.len() <= CARD_UNITS
            && run.start < end
            && scan::find_str(&cands[run.start].text, "://").is_some()
            && run.clone().all(|k| cands[k].words <= 40);
        if talk || card {
            for k in run {
                cands[k].shape = Shape::Chrome;
            }
        }
    }
}

/// An outliner's page (Logseq, Roam, Workflowy) sets every block as a
/// `- ` item at the margin, paragraphs and the title's heading included;
/// only items nested under a block are a list. When nearly all the units
/// are such items and some of them are paragraphs, the bullets at the
/// margin are the outliner's markup and are read as plain blocks.
fn unwrap_outline<'a>(input: &'a str, cands: &mut [Cand<'a>]) {
    // Items at least this long are paragraphs, which no list of links or
    // key points is made of.
    const PARAGRAPH_WORDS: u32 = 40;
    let outlined = |c: &Cand<'_>| {
        c.shape == Shape::ListItem
            && c.unit.indent == 0
            && c.unit
                .pieces
                .first()
                .is_some_and(|p| input[p.start..].starts_with("- "))
    };
    let mut items = 0;
    let mut paragraphs = 0;
    let mut content = 0;
    // Items at any depth, the nested ones included.
    let mut listed = 0;
    for c in cands.iter() {
        if matches!(c.shape, Shape::Chrome | Shape::Image) {
            continue;
        }
        content += 1;
        listed += usize::from(c.shape == Shape::ListItem);
        if outlined(c) {
            items += 1;
            paragraphs += usize::from(c.words >= PARAGRAPH_WORDS);
        }
    }
    if items < 5 || listed * 10 < content * 9 || paragraphs < 3 {
        return;
    }
    for cand in cands.iter_mut().filter(|c| outlined(c)) {
        let mut unit = cand.unit.clone();
        let first = &mut unit.pieces[0];
        first.text = first.line(input)[2..].trim_start();
        *cand = classify(unit);
    }
}

/// Maps a plain-text part back to an exact span of the input, when the
/// part appears verbatim in one of the unit's pieces.
fn locate(input: &str, unit: &Unit<'_>, part: &str) -> Option<Span> {
    locate_nth(input, unit, part, 0)
}

/// The `nth` (from 0) place where `part` appears verbatim in the unit's
/// pieces.
fn locate_nth(input: &str, unit: &Unit<'_>, part: &str, nth: usize) -> Option<Span> {
    if part.is_empty() {
        return None;
    }
    unit.pieces
        .iter()
        .flat_map(|p| scan::match_starts(p.text, part).map(move |at| (p.text, at)))
        .nth(nth)
        .map(|(text, at)| {
            let start = offset_in(input, text) + at;
            Span::new(start, start + part.len())
        })
}

/// Removes `cut` from `spans`, splitting a span in two where needed.
fn carve(spans: &[Span], cut: Span) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len() + 1);
    for &s in spans {
        if !s.overlaps(cut) {
            out.push(s);
            continue;
        }
        let left = Span::new(s.start, cut.start.max(s.start));
        let right = Span::new(cut.end.min(s.end), s.end);
        for part in [left, right] {
            if !part.is_empty() && !part.overlaps(cut) {
                out.push(part);
            }
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// A value for `part` of a unit: an exact span when it can be found.
fn part_text<'a>(input: &'a str, unit: &Unit<'a>, whole: &Text<'a>, part: &str) -> Text<'a> {
    // The same words may appear earlier in the value (`M` in `AM`): take the
    // occurrence that matches the part's place in the plain text.
    let offset = offset_in(whole.as_str(), part).min(whole.len());
    let before = crate::error::floor_char_boundary(whole.as_str(), offset);
    let earlier = &whole.as_str()[..before];
    let nth = if part.is_empty() {
        earlier.matches(part).count()
    } else {
        scan::match_starts(earlier, part).count()
    };
    match locate_nth(input, unit, part, nth) {
        Some(span) => Text::new(Cow::Borrowed(&input[span.range()]), Spans::One(span)),
        None => {
            let mut t = whole.sub(part);
            if t.spans() == whole.spans() {
                // No exact place: the value keeps its text but claims no
                // bytes, so that it never overlaps the value that holds them.
                t.spans = Spans::Many(Box::new([]));
            }
            t
        }
    }
}

/// Keeps `t`'s claim on its bytes only when no value read before it from
/// the same line (`claimed`) holds them; adds its spans to `claimed`.
fn claim_once(t: &mut Text<'_>, claimed: &mut Vec<Span>) {
    let overlaps = t
        .spans()
        .iter()
        .any(|s| claimed.iter().any(|c| s.start < c.end && c.start < s.end));
    if overlaps {
        t.spans = Spans::Many(Box::new([]));
    } else {
        claimed.extend(t.spans().iter().copied());
    }
}

/// Splits `whole` (read from `unit`) at byte `at` of its text: the tail
/// goes to `chrome`, the head (with the tail's bytes carved out of its
/// spans) is returned.
fn split_tail<'a>(
    input: &'a str,
    unit: &Unit<'a>,
    whole: &Text<'a>,
    at: usize,
    chrome: &mut Vec<Text<'a>>,
) -> Text<'a> {
    split_off(input, unit, whole, at, Keep::Head, chrome)
}

/// Which side of a split [`split_off`] keeps.
#[derive(Clone, Copy)]
enum Keep {
    Head,
    Tail,
}

/// Splits `whole` (read from `unit`) at byte `at` of its text: the side
/// not kept goes to `chrome`, the kept side (with the other's bytes carved
/// out of its spans) is returned.
fn split_off<'a>(
    input: &'a str,
    unit: &Unit<'a>,
    whole: &Text<'a>,
    at: usize,
    keep: Keep,
    chrome: &mut Vec<Text<'a>>,
) -> Text<'a> {
    let (head, tail) = (whole.as_str()[..at].trim_end(), whole.as_str()[at..].trim());
    if tail.is_empty() || head.is_empty() {
        return whole.clone();
    }
    let (kept, dropped) = match keep {
        Keep::Head => (head, tail),
        Keep::Tail => (tail, head.trim_start()),
    };
    let dropped_text = part_text(input, unit, whole, dropped);
    let mut kept_text = part_text(input, unit, whole, kept);
    kept_text.spans = match dropped_text.spans().first() {
        Some(&cut) => Spans::from_vec(carve(whole.spans(), cut)),
        None => whole.spans.clone(),
    };
    chrome.push(dropped_text);
    kept_text
}

/// Where chrome of two to four words ends a text (`… Purchase Licensing
/// Rights`), if it does.
fn trailing_chrome(text: &str) -> Option<usize> {
    // A button's label is no sentence and ends in a capitalised word; most
    // text is looked at no further (a sentence not even for its last word).
    // (Nor does it end in a bracket: `… photo. [Harbour News]` is a
    // credit.)
    if ends_terminal(text) || text.ends_with([']', ')']) {
        return None;
    }
    let last = scan::rsplit_once_space(text).map_or(text, |(_, last)| last);
    if !scan::is_capitalised(last) {
        return None;
    }
    // Where the last one, two, three and four words start.
    let mut starts = [0; 4];
    let mut n = 0;
    for (at, _, _) in scan::words_with_offsets_rev(text).take(4) {
        starts[n] = at;
        n += 1;
    }
    (1..n).rev().map(|i| starts[i]).find(|&at| {
        let tail = &text[at..];
        at > 0 && boilerplate::is_chrome(tail, tail)
    })
}

/// Joins several values into one, separated by one space.
fn concat<'a>(mut parts: Vec<Text<'a>>) -> Option<Text<'a>> {
    if parts.len() <= 1 {
        return parts.pop();
    }
    let text = parts
        .iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let spans = parts
        .iter()
        .flat_map(|t| t.spans().iter().copied())
        .collect();
    Some(Text::new(Cow::Owned(text), Spans::from_vec(spans)))
}

/// A caption glued before another one on the same line.
struct GluedCaption<'t> {
    /// The first caption with its credit, as printed.
    whole: &'t str,
    split: credit::Split<'t>,
    /// The text after it.
    rest: &'t str,
}

/// Finds `Text one. (Jane Roe/AFP) Text two.`: a caption credited in
/// parentheses followed by more caption text.
fn glued_caption(text: &str) -> Option<GluedCaption<'_>> {
    let at = scan::find_str(text, ") ")?;
    let (whole, rest) = (&text[..=at], text[at + 1..].trim_start());
    let split = credit::split(whole)?;
    (!split.text.is_empty() && !split.credit.is_empty() && rest.starts_with(char::is_uppercase))
        .then_some(GluedCaption { whole, split, rest })
}

/// A picture glued by a converter to the paragraph after it, as MSN
/// syndicates them: `[Description] © Provided by Holder Description The
/// story …`. The description is printed again after the holder's name,
/// which is how the credit's end is known.
struct ProvidedCaption<'t> {
    /// The description, with any HTML tags around it left out.
    text: &'t str,
    /// The holder's name, after `Provided by`.
    credit: &'t str,
    /// Where the story starts in the unit's text (its length when the unit
    /// is only the picture).
    story: usize,
}

fn provided_caption(text: &str) -> Option<ProvidedCaption<'_>> {
    let inner = text.strip_prefix('[')?;
    let close = inner.find(']')?;
    let description = without_tags(&inner[..close]);
    let after = inner[close + 1..].trim_start().strip_prefix('©')?;
    let after = after.trim_start().strip_prefix("Provided by")?.trim_start();
    if description.is_empty() {
        return None;
    }
    let at = after.find(description)?;
    let credit = after[..at].trim_end();
    if credit.is_empty() || word_count(credit) > 8 {
        return None;
    }
    let rest = &after[at + description.len()..];
    let story = text.len() - rest.trim_start().len();
    Some(ProvidedCaption {
        text: description,
        credit,
        story,
    })
}

/// The text inside the HTML tags that wrap it (`<span …>Jane Roe</span>`
/// gives `Jane Roe`).
fn without_tags(mut s: &str) -> &str {
    loop {
        s = s.trim();
        let open_end = s.starts_with('<').then(|| s.find('>')).flatten();
        let close_start = s.ends_with('>').then(|| s.rfind("</")).flatten();
        match (open_end, close_start) {
            (Some(end), Some(start)) if end < start => s = &s[end + 1..start],
            _ => return s,
        }
    }
}

/// Splits `spans` (in input order) at input byte `at`: the spans before
/// it, and those from it on.
fn split_spans(spans: &[Span], at: usize) -> (Vec<Span>, Vec<Span>) {
    let before = spans
        .iter()
        .filter(|s| s.start < at)
        .map(|s| Span::new(s.start, s.end.min(at)))
        .collect();
    let after = spans
        .iter()
        .filter(|s| s.end > at)
        .map(|s| Span::new(s.start.max(at), s.end))
        .collect();
    (before, after)
}

/// Labels that mark a line as a caption (`Media caption Jane Roe said …`).
const CAPTION_LABELS: &[&str] = &[
    "Media caption",
    "Image caption",
    "Caption:",
    "Photo caption:",
    "Video caption:",
    "Legende:",
    "Légende :",
    // A story's lead picture, captioned at its end (Mongabay).
    "Banner image:",
    "Main image:",
];

/// The bytes a caption label starts with.
const CAPTION_LABEL_STARTS: [bool; 256] = scan::first_bytes(CAPTION_LABELS);

/// The caption after a caption label, if the text starts with one.
fn caption_label(text: &str) -> Option<&str> {
    // (Most text opens with a byte no label does, and is passed over.)
    if !text
        .as_bytes()
        .first()
        .is_some_and(|&b| CAPTION_LABEL_STARTS[usize::from(b)])
    {
        return None;
    }
    CAPTION_LABELS.iter().find_map(|l| {
        text.strip_prefix(l)
            .map(|r| r.trim_start_matches([',', ' ', ':']))
            .filter(|r| !r.is_empty())
    })
}

/// True for a short line with no sentence in it (a tag, a section name, a
/// related headline) found after the story.
fn is_stray(text: &str) -> bool {
    let words = word_count(text);
    let unfinished = !ends_terminal(text);
    // A short sentence (`Police are investigating.`, `“We will rebuild.”`)
    // ends a story; chrome is not punctuated so.
    let sentence = words >= 2
        && text
            .trim_end_matches(['”', '"', '’', '*', '_'])
            .ends_with(['.', '!'])
        && text
            .trim_start_matches(['“', '"', '‘', '*', '_'])
            .starts_with(char::is_uppercase);
    if sentence {
        return false;
    }
    // A related headline with its date (`Talks resume in Oslo MARCH 30, 2016`);
    // not an obituary's closing line (`Jane Roe, cartographer, born 9 June
    // 1931; died 14 February 2025`).
    let dated =
        unfinished && words <= 25 && !text.contains(';') && timestamp::suffix_start(text).is_some();
    words <= 3 || (words <= 10 && unfinished) || dated
}

/// The description of an image line (`![A crowd in Oslo](src)`), when it
/// is a few words, not a file name.
fn image_alt(raw: &str) -> Option<&str> {
    let (rest, image) = inline::link(raw.trim()).ok()?;
    (image.image && rest.trim().is_empty() && word_count(image.text) >= 3).then_some(image.text)
}

/// The capitalised words of a byline's names (`Jane de la Cruz` and
/// `Cian Ó Briain` have two: a particle, or a letter alone, is no word of
/// its own): how long a byline with no `By` may be.
fn name_words(parsed: &byline::Parsed<'_>) -> usize {
    parsed
        .authors
        .iter()
        .map(|a| {
            a.name
                .split_whitespace()
                .filter(|w| scan::is_capitalised(w) && w.chars().nth(1).is_some())
                .count()
        })
        .sum()
}

/// True for a name and nothing else (`Jane Roe`, `Ana de la Cruz`,
/// `Harbour Police`): one to four words of letters, capitalised but for
/// the particles of names, with no sentence punctuation.
fn is_bare_name(text: &str) -> bool {
    let words = word_count(text);
    (1..=4).contains(&words)
        && text
            .chars()
            .all(|ch| ch.is_alphabetic() || matches!(ch, ' ' | '.' | '\'' | '’' | '-'))
        && text.split_whitespace().all(|w| {
            scan::is_capitalised(w)
                || matches!(
                    w,
                    "de" | "la" | "da" | "di" | "del" | "van" | "von" | "der" | "le"
                )
        })
        && !text.ends_with('.')
}

/// True for a town or a region's name alone, as a header prints the place
/// an author wrote from (`Pune`, `COIMBATORE`, `New Delhi`): one to three
/// capitalised words of letters, naming no outlet, section or title.
fn is_lone_place(text: &str) -> bool {
    (1..=3).contains(&word_count(text))
        && text.split(' ').all(scan::is_capitalised)
        && text.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !byline::is_organisation(text)
        && !byline::is_outlet(text)
        && !byline::is_role_line(text)
        && !is_section_name(text)
}

/// True for the name of a common section of a news site (`News`,
/// `Politics`, `Sport`), in any case.
fn is_section_name(text: &str) -> bool {
    const SECTIONS: &[&str] = &[
        "news",
        "politics",
        "business",
        "sport",
        "sports",
        "world",
        "local",
        "national",
        "opinion",
        "health",
        "science",
        "technology",
        "tech",
        "culture",
        "entertainment",
        "lifestyle",
        "travel",
        "metro",
        "economy",
        "education",
        "environment",
    ];
    SECTIONS.iter().any(|s| text.eq_ignore_ascii_case(s))
}

/// True for a name set in capitals, as a credit line prints it (`JANE
/// ROE`, `CITY OF CAMBRIDGE`): one to five words of letters.
fn is_name_in_capitals(text: &str) -> bool {
    (1..=5).contains(&word_count(text))
        && scan::is_all_caps(text)
        && text
            .chars()
            .all(|ch| ch.is_alphabetic() || matches!(ch, ' ' | '.' | '\'' | '’' | '-' | '&'))
}

/// True for a short word in capitals with no vowel (`DHNS`, `TNN`,
/// `BSS`): the initials of a news service, which no label word is.
fn is_initialism(word: &str) -> bool {
    (2..=5).contains(&word.len())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() && !b"AEIOUY".contains(&b))
}

/// Words that open the names of places, not of people (`São Paulo`, `New
/// Delhi`, `Rio de Janeiro`, `Hong Kong`).
const PLACE_NAME_WORDS: &[&str] = &[
    "São", "San", "Santa", "Santo", "Saint", "St.", "Sainte", "New", "Los", "Las", "Rio", "Porto",
    "Port", "Puerto", "Buenos", "Hong", "Kuala", "Abu", "Tel", "Cape", "Fort", "Mexico", "Belo",
    "Ciudad", "Addis", "Dar", "Phnom", "Ho", "Sri", "Nur", "Costa",
];

/// The lines a mail program sets over a forwarded or quoted message
/// (dashes around them left out).
const FORWARD_SEPARATORS: &[&str] = &[
    "Original Message",
    "Forwarded message",
    "Begin forwarded message:",
    "Forwarded Message",
];

/// The field and value of a unit that is a line of a field dump: a
/// Factiva code is read from the line as printed (its padding), the value
/// from the plain text.
fn unit_field<'t>(c: &'t Cand<'_>) -> Option<(dump::Field, &'t str)> {
    let text = c.text.as_str();
    match c.unit.pieces.first().and_then(|p| dump::code(p.text)) {
        Some((field, code)) => Some((field, text.strip_prefix(code)?.trim_start())),
        None => dump::field(text),
    }
}

/// True for the name of a platform whose posts are embedded as pictures
/// (`Facebook`, `Instagram`): under a picture, its source.
fn is_platform(text: &str) -> bool {
    matches!(
        text,
        "Facebook" | "Instagram" | "Twitter" | "X" | "YouTube" | "TikTok" | "Flickr" | "Reddit"
    )
}

/// True for a line of a JSON record's punctuation only (`{`, `],`, `"}`).
fn is_json_punctuation(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| matches!(b, b'{' | b'}' | b'[' | b']' | b',' | b':' | b'"' | b' '))
}

/// True for a rule line (`___`, `--`, `* * *`).
fn is_rule(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| matches!(c, '_' | '-' | '*' | '—' | '–' | ' ' | '='))
}

/// True when the whole unit is set in emphasis (`_..._`, `*...*`), as
/// captions often are.
fn is_emphasised(unit: &Unit<'_>) -> bool {
    let first = unit.pieces.first().map_or("", |p| p.text);
    let last = unit.last();
    ["_", "*"]
        .iter()
        .any(|m| first.starts_with(m) && last.ends_with(m) && !first.starts_with("**"))
}

/// True when the whole unit is set in emphasis of any weight (`*…*`,
/// `**…**`, `***…***`).
fn is_set_apart(unit: &Unit<'_>) -> bool {
    let first = unit.pieces.first().map_or("", |p| p.text);
    let last = unit.last();
    ['_', '*']
        .iter()
        .any(|&m| first.starts_with(m) && last.ends_with(m))
}

fn is_text(c: &Cand<'_>) -> bool {
    matches!(
        c.shape,
        Shape::Plain | Shape::Heading(_) | Shape::Quote | Shape::ListItem
    )
}

/// True when the unit reads like a headline: not too long, and not a
/// sentence with a full stop unless it is short.
fn headline_like(c: &Cand<'_>) -> bool {
    let words = c.words;
    is_text(c) && c.shape != Shape::Quote && (1..=30).contains(&words) && !c.link_only
}

/// True for a short label that can sit above a headline as its kicker.
fn kicker_like(text: &str) -> bool {
    let words = word_count(text);
    (1..=6).contains(&words)
        && (!ends_terminal(text) || ends_in_initialism(text))
        && text.len() <= 60
        && timestamp::is_timestamp(text).then_some(()).is_none()
}

/// True when the text's last word is an initialism whose full stop ends
/// it, not a sentence (`U.S.`, `D.C.`).
fn ends_in_initialism(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or("");
    let b = last.as_bytes();
    b.len() >= 4
        && b.len() % 2 == 0
        && b.chunks(2)
            .all(|pair| pair[0].is_ascii_uppercase() && pair[1] == b'.')
}

/// The names archive.today prints atop its toolbar, one per mirror.
const ARCHIVE_TODAY_HOSTS: &[&str] = &[
    "archive.today",
    "archive.ph",
    "archive.is",
    "archive.li",
    "archive.md",
    "archive.vn",
];

/// Most short lines (navigation, sections, a kicker) looked through above
/// a headline.
const MAX_LABELS_ABOVE_HEADLINE: usize = 16;

/// Genre and section labels printed before a colon on the headline's line
/// (`Opinion: …`), in the languages the grammar reads.
const GENRE_LABELS: &[&str] = &[
    "Opinion",
    // A sports site's match pieces.
    "Report",
    "Match report",
    "Preview",
    "Analysis",
    "Explainer",
    "Exclusive",
    "Comment",
    "Commentary",
    "Review",
    "Editorial",
    "Interview",
    "Perspective",
    "Obituary",
    "Breaking",
    "Live",
    "Watch",
    "Factbox",
    "Fact check",
    "Meinung",
    "Kommentar",
    "Analyse",
    "Éditorial",
    "Tribune",
    "Opinión",
    "Análisis",
    "Entrevista",
    "Opinião",
    "Análise",
    "Exclusivo",
    "Photos",
    "Photo",
    "Video",
    "Videos",
    "Listen",
    "Podcast",
    "Gallery",
    "Update",
    "Breaking news",
    "Scoop",
    "Letters",
    "Vidéo",
    "Diaporama",
    "Direct",
    "En direct",
    "Liveblog",
    "Ticker",
    "Foto",
    "En vivo",
    "Press release",
    "News story",
];

/// True for a genre label ([`GENRE_LABELS`]), in any case.
fn is_genre_label(text: &str) -> bool {
    GENRE_LABELS.iter().any(|l| l.eq_ignore_ascii_case(text))
}

/// True for a headline behind a genre label (`WATCH: Harbour board delays
/// vote on ferry fares`): a title of five words or more, unpunctuated.
fn is_labelled_headline(text: &str) -> bool {
    // (A print page's folio, `Times of Malta | MONDAY, NOVEMBER 30, 2026
    // | 5`, has a date where a headline would stand.)
    site_split(text).is_some_and(|split| {
        split.kicker
            && word_count(split.title) >= 5
            && !ends_terminal(split.title)
            && timestamp::suffix_start(split.title) != Some(0)
            && !timestamp::is_timestamp(split.title)
    })
}

/// A headline printed with a section label or a site name beside it.
struct SiteSplit<'t> {
    title: &'t str,
    side: &'t str,
    /// True when the side part is a section label before the title
    /// (`Business | Ministers agree ...`), false for a site name after it.
    kicker: bool,
}

/// A [`copyright::Notice`] with its holder as a range of the text it was
/// read from, kept while the text is moved.
struct NoticeAt {
    holder: Option<std::ops::Range<usize>>,
    year: Option<u16>,
}

impl NoticeAt {
    /// [`copyright::parse`] of `text`.
    fn read(text: &str) -> Option<Self> {
        copyright::parse(text).map(|n| NoticeAt {
            holder: n.holder.map(|h| {
                let start = offset_in(text, h);
                start..start + h.len()
            }),
            year: n.year,
        })
    }
}

/// A [`dateline::Found`] as ranges of the text it was found in, kept
/// while the text is moved.
#[derive(Debug, Clone)]
struct DatelineAt {
    location: Option<std::ops::Range<usize>>,
    date: Option<std::ops::Range<usize>>,
    agency: Option<std::ops::Range<usize>>,
    len: usize,
}

impl DatelineAt {
    fn of(text: &str, found: &dateline::Found<'_>) -> Self {
        let range = |part: &str| {
            let start = offset_in(text, part);
            start..start + part.len()
        };
        DatelineAt {
            location: found.location.map(range),
            date: found.date.map(range),
            agency: found.agency.map(range),
            len: found.len,
        }
    }

    /// The dateline of `text`, the text it was found in.
    fn on<'t>(&self, text: &'t str) -> dateline::Found<'t> {
        let part = |range: &Option<std::ops::Range<usize>>| range.clone().map(|r| &text[r]);
        dateline::Found {
            location: part(&self.location),
            date: part(&self.date),
            agency: part(&self.agency),
            len: self.len,
        }
    }
}

/// A [`SiteSplit`] as ranges of the text it split, kept while the text
/// is moved.
#[derive(Debug, Clone)]
struct SiteSplitAt {
    title: std::ops::Range<usize>,
    side: std::ops::Range<usize>,
    kicker: bool,
}

impl SiteSplitAt {
    fn of(text: &str, split: &SiteSplit<'_>) -> Self {
        let range = |part: &str| {
            let start = offset_in(text, part);
            start..start + part.len()
        };
        SiteSplitAt {
            title: range(split.title),
            side: range(split.side),
            kicker: split.kicker,
        }
    }

    /// The split of `text`, the text it was made of.
    fn on<'t>(&self, text: &'t str) -> SiteSplit<'t> {
        SiteSplit {
            title: &text[self.title.clone()],
            side: &text[self.side.clone()],
            kicker: self.kicker,
        }
    }
}

/// Splits `Title | Site`, `Title - Site News` or `Section | Title`.
fn site_split(headline: &str) -> Option<SiteSplit<'_>> {
    let capitalised_words = |s: &str, max: usize| {
        let n = word_count(s);
        (1..=max).contains(&n)
            && s.split_whitespace()
                .all(|w| scan::is_capitalised(w) || w == "&" || w == "i")
            && !s.chars().any(|c| c.is_ascii_digit())
    };
    // A read-later app's source after the title: `… firm collapses
    // example.co.nz`.
    if let Some((title, domain)) = headline.rsplit_once(' ') {
        if scan::is_domain(domain) && word_count(title) >= 4 {
            return Some(SiteSplit {
                title: title.trim_end(),
                side: domain,
                kicker: false,
            });
        }
    }
    // A wire prefix glued by a hyphen: `EXCLUSIVE-Lumeria weighs …`.
    if let Some((left, right)) = headline.split_once('-') {
        // `EXCLUSIVE`, `UPDATE 2`, `REFILE`: capitals, perhaps a number.
        let prefix = left.split_once(' ').map_or(left, |(word, n)| {
            if n.bytes().all(|b| b.is_ascii_digit()) && !n.is_empty() {
                word
            } else {
                left
            }
        });
        if prefix.len() >= 3
            && !prefix.contains(' ')
            && prefix.chars().all(|c| c.is_ascii_uppercase())
            && right.starts_with(char::is_uppercase)
            && !scan::is_all_caps(right)
            && word_count(right) >= 3
        {
            return Some(SiteSplit {
                title: right,
                side: left,
                kicker: true,
            });
        }
    }
    // A converter's field label (`Title: Ministers agree …`), or a feed
    // item's.
    for label in ["Title: ", "Subject: "] {
        if let Some(title) = headline.strip_prefix(label) {
            if !title.trim().is_empty() {
                return Some(SiteSplit {
                    title: title.trim(),
                    side: &headline[..label.len() - 1],
                    kicker: false,
                });
            }
        }
    }
    // A tag in parentheses before the title (`(LEAD) Ministers …`, `(News
    // Focus) Ministers …`): a kicker.
    if let Some((tag, title)) = headline
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(") "))
    {
        let title = title.trim();
        if (1..=3).contains(&word_count(tag))
            && !tag.contains(['(', ')'])
            && title.starts_with(char::is_uppercase)
            && word_count(title) >= 3
        {
            return Some(SiteSplit {
                title,
                side: tag,
                kicker: true,
            });
        }
    }
    // A genre label set before a colon: `Opinion: Ministers must …`; or a
    // region's initials, as AAP sets them (`NSW: Ferry crews walk off`).
    if let Some((left, right)) = scan::split_once_str(headline, ": ") {
        let label = left.trim_matches(['*', '_']);
        let initials =
            (2..=3).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_uppercase());
        let genre = is_genre_label(label) || initials && word_count(right) >= 4;
        if genre && right.starts_with(char::is_uppercase) && word_count(right) >= 3 {
            return Some(SiteSplit {
                title: right.trim(),
                side: left,
                kicker: true,
            });
        }
    }
    if let Some((left, right)) = scan::rsplit_once_str(headline, " | ") {
        let (left, right) = (left.trim(), right.trim());
        if capitalised_words(right, 4) && word_count(left) > word_count(right) {
            return Some(SiteSplit {
                title: left,
                side: right,
                kicker: false,
            });
        }
    }
    if let Some((left, right)) = headline.split_once('|') {
        // `Business | Ministers …`, `Business| …`, `Business|Ministers …`;
        // the glued form only after a capitalised section name.
        let spaced = left.ends_with(' ') || right.starts_with(' ');
        let (left, right) = (left.trim(), right.trim());
        let glued_ok =
            spaced || capitalised_words(left, 2) && right.starts_with(char::is_uppercase);
        if glued_ok
            && word_count(left) <= 3
            && word_count(right) > word_count(left)
            && !left.is_empty()
        {
            return Some(SiteSplit {
                title: right,
                side: left,
                kicker: true,
            });
        }
    }
    for dash in [" - ", " – ", " — "] {
        if let Some((left, right)) = scan::rsplit_once_str(headline, dash) {
            let right = right.trim();
            let site_word = right.split_whitespace().any(|w| {
                matches!(
                    w,
                    "News"
                        | "Online"
                        | "Times"
                        | "Post"
                        | "Journal"
                        | "Herald"
                        | "Guardian"
                        | "Telegraph"
                        | "Reuters"
                        | "Tribune"
                        | "Independent"
                        | "BBC"
                        | "CNN"
                        | "Bloomberg"
                        | "Standard"
                        | "Gazette"
                        | "Express"
                        | "Mirror"
                        | "Chronicle"
                        | "Observer"
                        | "Courier"
                        | "Monitor"
                        | "Inquirer"
                        | "Sentinel"
                        | "Dispatch"
                        | "Examiner"
                        | "Mail"
                )
            });
            if capitalised_words(right, 4) && site_word {
                return Some(SiteSplit {
                    title: left.trim(),
                    side: right,
                    kicker: false,
                });
            }
        }
    }
    None
}

/// What a unit read as a caption gives. (Returned once per unit read,
/// never stored: the size of its variants does not matter.)
#[allow(clippy::large_enum_variant)]
enum ReadCaption<'a> {
    /// The text of the caption before it, whose credit came first (`Image
    /// source, Jane Roe` / `Image caption, …`).
    TextOfLast { text: Text<'a>, unit_spans: Spans },
    /// A caption, perhaps with a first caption glued before it, the unit
    /// after it that held its credit, and chrome printed after it.
    New {
        glued: Option<Caption<'a>>,
        caption: Caption<'a>,
        credit_line: Option<usize>,
        chrome: Vec<Text<'a>>,
    },
}

/// The article grammar over the classified units.
struct Grammar<'a> {
    input: &'a str,
    cands: Vec<Cand<'a>>,
    roles: Vec<Role>,
    article: Article<'a>,
    published: Vec<Text<'a>>,
    authors: Vec<Author<'a>>,
    byline_spans: Vec<Span>,
    /// True while the header is being read.
    in_header: bool,
    /// The unit read as the headline.
    headline: Option<usize>,
    /// The headline's title without a site name or section label, as a
    /// range of its text.
    headline_title: std::ops::Range<usize>,
    /// The headline's unit and [`site_split`] of its text, worked out when
    /// the headline is read; forgotten when the text changes.
    headline_split: Option<(usize, Option<SiteSplitAt>)>,
    /// Where the text proper starts, after an e-mail's header lines.
    text_start: usize,
    /// A feed item's `Subject:` line, the headline when the text under it
    /// prints none.
    subject: Option<usize>,
    /// A mail's `Date:` line, the story's time unless the story prints
    /// its own.
    mail_date: Option<usize>,
    /// For each caption, the unit it was read from.
    caption_units: Vec<usize>,
    /// For each unit, whether its text opens with a dateline, once asked
    /// (see [`Grammar::opens_with_dateline`]); forgotten when the text
    /// changes.
    dateline_opens: Vec<std::cell::Cell<Option<bool>>>,
    /// The datelines found so, by unit (a few units open with one).
    datelines: std::cell::RefCell<std::collections::BTreeMap<usize, DatelineAt>>,
    /// What the byline grammar makes of a unit's text, by unit, for the
    /// units asked about (see [`Grammar::read_byline`]; a few of them, so
    /// kept by key rather than for every unit); forgotten when the text
    /// changes.
    bylines: std::cell::RefCell<std::collections::BTreeMap<usize, Option<ReadByline<'a>>>>,
}

/// A unit's text read by [`byline::parse`].
#[derive(Debug, Clone)]
struct ReadByline<'a> {
    gist: BylineGist,
    /// The reading itself, kept when the text is the input's own bytes
    /// (which it borrows); one joined from several lines is read again
    /// when taken.
    parsed: Option<byline::Parsed<'a>>,
}

/// What the header asks of a line's reading by [`byline::parse`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct BylineGist {
    /// A marker (`By`) introduced the names.
    prefixed: bool,
    /// A timestamp follows the names.
    stamped: bool,
    /// [`name_words`] of the byline.
    name_words: usize,
}

impl BylineGist {
    fn of(parsed: &byline::Parsed<'_>) -> Self {
        BylineGist {
            prefixed: parsed.prefixed,
            stamped: parsed.stamp.is_some(),
            name_words: name_words(parsed),
        }
    }
}

impl<'a> Grammar<'a> {
    fn new(input: &'a str) -> Self {
        let lines = lines::lines(input);
        // A unit holds one line or more: room for every line is room
        // enough, given at once (growing by doubling would hold the old and
        // the new list together), and what wrapped lines leave over is
        // given back.
        let mut cands = Vec::with_capacity(lines.iter().filter(|l| !l.is_blank()).count());
        blocks::for_each_unit(input, &lines, |unit| cands.push(classify(unit)));
        drop(lines);
        if cands.len() < cands.capacity() / 2 {
            cands.shrink_to_fit();
        }
        strip_field_dashes(&mut cands);
        drop_jump_heads(&mut cands);
        drop_running_heads(&mut cands);
        drop_excerpt_quotes(&mut cands);
        join_lone_datelines(&mut cands);
        join_print_headline_lines(&mut cands);
        split_headline_copies(&mut cands);
        unwrap_outline(input, &mut cands);
        unwrap_chat(input, &mut cands);
        let roles = vec![Role::Unassigned; cands.len()];
        let dateline_opens = vec![std::cell::Cell::new(None); cands.len()];
        Grammar {
            input,
            cands,
            roles,
            article: Article::default(),
            published: Vec::new(),
            authors: Vec::new(),
            byline_spans: Vec::new(),
            in_header: false,
            headline: None,
            headline_title: 0..0,
            headline_split: None,
            text_start: 0,
            subject: None,
            mail_date: None,
            caption_units: Vec::new(),
            dateline_opens,
            datelines: Default::default(),
            bylines: Default::default(),
        }
    }

    /// [`byline::parse`] of unit `k`'s text, in brief. The header asks it
    /// of a unit several times (as the line under a headline, as a `By`
    /// line further down, as the unit it comes to); the grammar runs once
    /// per text.
    fn byline_gist(&self, k: usize) -> Option<BylineGist> {
        self.read_byline(k, |r| r.map(|r| r.gist))
    }

    /// `with` [`byline::parse`] of unit `k`'s text, run once per text.
    fn read_byline<T>(&self, k: usize, with: impl FnOnce(Option<&ReadByline<'a>>) -> T) -> T {
        let mut bylines = self.bylines.borrow_mut();
        let read = bylines
            .entry(k)
            .or_insert_with(|| match self.cands[k].text.as_cow() {
                Cow::Borrowed(text) => byline::parse(text).map(|p| ReadByline {
                    gist: BylineGist::of(&p),
                    parsed: Some(p),
                }),
                Cow::Owned(text) => byline::parse(text).map(|p| ReadByline {
                    gist: BylineGist::of(&p),
                    parsed: None,
                }),
            });
        with(read.as_ref())
    }

    /// True for a `By` line the byline grammar reads (`By Jane Roe,
    /// Staff`), as unit `k`.
    fn is_by_line(&self, k: usize) -> bool {
        starts_by(&self.cands[k].text) && self.byline_gist(k).is_some_and(|g| g.prefixed)
    }

    /// True for a short `By` line with no time on it, as unit `k`: the
    /// byline wherever it is printed (under the story, between its first
    /// paragraphs).
    fn is_lone_by_line(&self, k: usize) -> bool {
        let c = &self.cands[k];
        let text = c.text.as_str();
        // (`(By Jane Roe)` ends with its parenthesis.)
        let inner = match text.strip_prefix('(') {
            Some(inner) => inner.strip_suffix(')').unwrap_or(text),
            None => text,
        };
        starts_by(text)
            && c.words <= 8
            && !ends_terminal(inner)
            && self
                .byline_gist(k)
                .is_some_and(|g| g.prefixed && !g.stamped)
    }

    /// True when unit `k`'s text opens with a dateline
    /// ([`dateline::parse`]). The header asks this of a unit several times
    /// (of the next unit, then of that unit as it comes); the grammar runs
    /// once per text.
    fn opens_with_dateline(&self, k: usize) -> bool {
        let known = &self.dateline_opens[k];
        if let Some(opens) = known.get() {
            return opens;
        }
        let text = self.cands[k].text.as_str();
        let found = dateline::parse(text);
        if let Some(found) = &found {
            self.datelines
                .borrow_mut()
                .insert(k, DatelineAt::of(text, found));
        }
        known.set(Some(found.is_some()));
        found.is_some()
    }

    /// [`dateline::parse`] of unit `k`'s text, `text`, given the unit's
    /// `opens` and `datelines` of [`Grammar`]: run again only when
    /// [`Grammar::opens_with_dateline`] has not asked it of this text.
    /// (Given the fields, not the grammar, so that it can be asked while
    /// the units are taken apart.)
    fn dateline_of<'t>(
        opens: &std::cell::Cell<Option<bool>>,
        datelines: &std::cell::RefCell<std::collections::BTreeMap<usize, DatelineAt>>,
        k: usize,
        text: &'t str,
    ) -> Option<dateline::Found<'t>> {
        match opens.get() {
            Some(false) => None,
            Some(true) => match datelines.borrow().get(&k) {
                Some(found) => Some(found.on(text)),
                None => dateline::parse(text),
            },
            None => dateline::parse(text),
        }
    }

    /// Gives unit `k` a new text.
    fn set_text(&mut self, k: usize, text: Text<'a>) {
        self.cands[k].text = text;
        self.dateline_opens[k].set(None);
        self.datelines.get_mut().remove(&k);
        self.bylines.get_mut().remove(&k);
        if self.headline_split.as_ref().is_some_and(|&(h, _)| h == k) {
            self.headline_split = None;
        }
    }

    fn next_content(&self, from: usize) -> Option<usize> {
        (from..self.cands.len()).find(|&k| is_text(&self.cands[k]) && !self.cands[k].link_only)
    }

    /// Tries to read the unit as a byline (with perhaps a timestamp);
    /// returns the index after it. A marker alone on its line (`By`) takes
    /// the names from the next line.
    fn take_byline(&mut self, k: usize, header: bool) -> Option<usize> {
        let c = &self.cands[k];
        if !matches!(c.shape, Shape::Plain | Shape::ListItem | Shape::Heading(_)) {
            return None;
        }
        if header && is_byline_label(&c.text) {
            let next = (k + 1..self.cands.len())
                .find(|&i| !matches!(self.cands[i].shape, Shape::Chrome | Shape::Image))?;
            let value = self.cands[next].text.clone();
            // (A desk the name grammar does not read, `FRANCE 24`, is
            // taken whole under its label.)
            let parsed = if c.text == "From:" {
                issuers(&value)?
            } else {
                byline::parse_names(&value, true).or_else(|| issuers(&value))?
            };
            let marker_spans = self.cands[k].unit.spans();
            self.byline_spans.extend(marker_spans.as_slice());
            self.roles[k] = Role::Byline;
            self.record_byline(next, &value, parsed);
            return Some(next + 1);
        }
        // `1. Jane Roe`: a byline set as a one-item list.
        let number = list_number_len(&c.text);
        let gist = match number {
            Some(len) => BylineGist::of(&byline::parse(&c.text[len..])?),
            None => self.byline_gist(k)?,
        };
        if !gist.prefixed && !header {
            return None;
        }
        let value = c.text.clone();
        let text = match number {
            Some(len) => &value[len..],
            None => value.as_str(),
        };
        if !gist.prefixed && !gist.stamped {
            // A bare name line: only short, clean names in the header, and
            // not when the next line is a fuller byline (a provider label
            // above `Jane Roe 1 day ago`).
            // A picture agency alone (`Getty Images`) is a credit, not a
            // name; a one-word agency (`AFP`) can sign the story.
            if credit::credit_only(text).is_some() && word_count(text) >= 2 {
                return None;
            }
            let words = gist.name_words;
            // A finished sentence is no bare name; a closing parenthesis
            // (`Jane Roe (@janeroe)`) or `Jr.` is part of one.
            let sentence = ends_terminal(text) && !text.ends_with("Jr.") && !text.ends_with(')');
            // One word in capitals is a label (`FAST`), unless a desk
            // (`REUTERS`) signs so.
            let label = word_count(text) == 1
                && scan::is_all_caps(text)
                && !byline::is_organisation(text)
                && !is_initialism(text)
                || is_genre_label(text);
            if words > 6 || sentence || label {
                return None;
            }
            if let Some(next) = self.next_content(k + 1) {
                if byline::is_lone_marker(&self.cands[next].text)
                    || self
                        .byline_gist(next)
                        .is_some_and(|g| g.prefixed || g.stamped)
                {
                    return None;
                }
            }
            // A `By` line a little further down is the byline; the short
            // line over it is a label (`Social Affairs` over a wrapped
            // headline, its dek and `By Jane Roe`).
            const BYLINE_REACH: usize = 5;
            let marked_below = (k + 1..self.cands.len().min(k + 1 + BYLINE_REACH))
                .filter(|&i| is_text(&self.cands[i]))
                .any(|i| self.is_by_line(i));
            if marked_below {
                return None;
            }
        }
        let kept = match number {
            Some(_) => None,
            None => self.read_byline(k, |r| r.and_then(|r| r.parsed.clone())),
        };
        let parsed = match kept {
            Some(parsed) => parsed,
            None => byline::parse(text)?,
        };
        self.record_byline(k, &value, parsed);
        Some(k + 1)
    }

    /// Stores the byline a labelled field gives (`author: Jane Roe`,
    /// `Byline: Jane Roe`): parsed when the byline grammar reads it, the
    /// whole value as one name otherwise. `value` is `whole`'s value part.
    fn record_field_byline(&mut self, k: usize, whole: &Text<'a>, value: &Text<'a>) {
        match byline::parse(value.as_str()) {
            Some(parsed) => self.record_byline(k, value, parsed),
            None => {
                self.authors.push(Author {
                    name: value.clone(),
                    role: None,
                    location: None,
                });
                self.byline_spans.extend(whole.spans().iter().copied());
            }
        }
    }

    /// Stores a parsed byline read from unit `k`.
    fn record_byline(&mut self, k: usize, whole: &Text<'a>, parsed: byline::Parsed<'_>) {
        let input = self.input;
        let unit = &self.cands[k].unit;
        let mut spans: Vec<Span> = unit.spans().as_slice().to_vec();
        for a in &parsed.authors {
            let author = Author {
                name: part_text(input, unit, whole, a.name),
                role: a.role.map(|r| part_text(input, unit, whole, r)),
                location: a.location.map(|l| part_text(input, unit, whole, l)),
            };
            self.authors.push(author);
        }
        if let Some(stamp) = parsed.stamp {
            let t = part_text(input, unit, whole, stamp);
            if let Some(&cut) = t.spans().first() {
                spans = carve(&spans, cut);
            }
            self.published.push(t);
        }
        if let Some(tail) = parsed.tail {
            let t = part_text(input, unit, whole, tail);
            if let Some(&cut) = t.spans().first() {
                spans = carve(&spans, cut);
            }
            self.article.boilerplate.push(t);
        }
        self.byline_spans.extend(spans);
        self.roles[k] = Role::Byline;
    }

    /// A standfirst that ends with its byline (`… becoming a luxury. By
    /// Jane Roe and Ali Khan`), as a site's teaser box sets them: the
    /// names are the byline, the sentences before them the standfirst.
    fn split_byline_off_standfirst(&mut self, k: usize) {
        if !self.authors.is_empty() {
            return;
        }
        let whole = self.cands[k].text.clone();
        let text = whole.as_str();
        let Some(at) = scan::rfind_str(text, ". By ").map(|i| i + 2) else {
            return;
        };
        let tail = &text[at..];
        let Some(parsed) = byline::parse(tail)
            .filter(|p| p.prefixed && p.stamp.is_none() && p.tail.is_none())
            .filter(|p| {
                p.authors
                    .iter()
                    .all(|a| a.role.is_none() && a.location.is_none())
            })
        else {
            return;
        };
        let input = self.input;
        let unit = &self.cands[k].unit;
        for a in &parsed.authors {
            let name = part_text(input, unit, &whole, a.name);
            self.authors.push(Author {
                name,
                role: None,
                location: None,
            });
        }
        let names = part_text(input, unit, &whole, tail);
        self.byline_spans.extend(names.spans());
        let head = whole.sub(text[..at].trim_end());
        self.set_text(k, head);
    }

    /// The reporter's address in brackets after a byline printed under the
    /// story (`BY JANE ROE [jroe@example.com]`): an end note, as the
    /// address a wire prints under its story is.
    fn split_reporter_email(&mut self, k: usize) {
        let whole = self.cands[k].text.clone();
        let Some((_, inner)) = whole
            .as_str()
            .strip_suffix(']')
            .and_then(|t| t.rsplit_once('['))
        else {
            return;
        };
        if !inner.contains('@') || inner.contains(' ') {
            return;
        }
        let note = part_text(self.input, &self.cands[k].unit, &whole, inner);
        if let Some(&cut) = note.spans().first() {
            self.byline_spans = carve(&self.byline_spans, cut);
        }
        self.article.end_notes.push(note);
    }

    /// Tries to read the unit as a caption; `positional` when its place
    /// (after an image, in the header) makes it one even without a credit.
    fn take_caption(&mut self, k: usize, positional: bool) -> bool {
        match self.read_caption(k, positional) {
            None => return false,
            Some(ReadCaption::TextOfLast { text, unit_spans }) => {
                if let Some(caption) = self.article.captions.last_mut() {
                    caption.text = text;
                    let mut spans = caption.spans().to_vec();
                    spans.extend(unit_spans.as_slice());
                    caption.spans = Spans::from_vec(spans);
                }
            }
            Some(ReadCaption::New {
                glued,
                caption,
                credit_line,
                chrome,
            }) => {
                for caption in glued.into_iter().chain([caption]) {
                    self.push_caption(k, caption);
                }
                self.article.boilerplate.extend(chrome);
                if let Some(line) = credit_line {
                    self.roles[line] = Role::Consumed;
                }
            }
        }
        self.roles[k] = Role::Caption;
        true
    }

    /// True for unit `k` in the block a Factiva article display prints
    /// under the byline (`874 words` / `30 November 2026` / `The Wall
    /// Street Journal Online` / `WSJO` / `English` / `Copyright …`): a
    /// short line between the word count above and the copyright below
    /// (the source's name, its code, the language).
    fn in_factiva_block(&self, k: usize) -> bool {
        const REACH: usize = 4;
        let short = |i: usize| {
            let c = &self.cands[i];
            c.shape == Shape::Plain && (1..=5).contains(&c.words) && !ends_terminal(&c.text)
        };
        let word_count_line = |i: usize| {
            self.cands[i].text.strip_suffix(" words").is_some_and(|n| {
                !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b',')
            })
        };
        if !short(k) {
            return false;
        }
        let counted = (k.saturating_sub(REACH)..k)
            .rev()
            .take_while(|&i| word_count_line(i) || short(i) || is_stamp(&self.cands[i].text))
            .any(word_count_line);
        let noticed = (k + 1..self.cands.len().min(k + 1 + REACH))
            .take_while(|&i| short(i) || self.cands[i].shape == Shape::Copyright)
            .any(|i| self.cands[i].shape == Shape::Copyright);
        counted && noticed
    }

    /// True when the credit line `credit`, under unit `k`, credits the
    /// line below it rather than `k`: `k` is the dek right under the
    /// headline, unfinished, and below the credit stands a finished
    /// sentence with the byline or the time after it (Le Devoir's
    /// `Photo: Jane Roe` over its caption).
    fn credits_line_below(&self, k: usize, credit: usize) -> bool {
        self.headline.is_some_and(|h| h + 1 == k)
            && !ends_terminal(&self.cands[k].text)
            && self.is_caption_text_below(credit + 1)
    }

    /// True for unit `k` as the text of a credit printed over it: a
    /// finished sentence of forty words or fewer, the header's byline or
    /// time after it.
    fn is_caption_text_below(&self, k: usize) -> bool {
        self.cands.get(k).is_some_and(|c| {
            c.shape == Shape::Plain
                && ends_terminal(&c.text)
                && (4..=40).contains(&c.words)
                && !has_credit(&c.text)
                && self.byline_gist(k).is_none()
                && !is_stamp(&c.text)
        }) && self.credit_line_after(k).is_none()
            && self.meta_follows(k)
    }

    /// True when unit `k` is the text of the credit-only caption read
    /// from the unit just above it (see [`Grammar::credits_line_below`]).
    fn is_caption_under_its_credit(&self, k: usize) -> bool {
        k > 0
            && self.caption_units.last() == Some(&(k - 1))
            && self
                .article
                .captions
                .last()
                .is_some_and(|c| c.text.is_empty())
            && self
                .headline
                .is_some_and(|h| (h + 1..=h + 2).contains(&(k - 1)))
            && self.is_caption_text_below(k)
    }

    /// [`Grammar::take_caption`]'s reading of unit `k`, which changes
    /// nothing; only a caption copies text.
    fn read_caption(&self, k: usize, positional: bool) -> Option<ReadCaption<'a>> {
        let c = &self.cands[k];
        // Captions are short: a long paragraph is not searched for credits.
        if !matches!(c.shape, Shape::Plain | Shape::ListItem | Shape::Heading(_)) || c.words > 100 {
            return None;
        }
        // A button printed after the credit (`… REUTERS/Jane Roe Purchase
        // Licensing Rights`) is chrome.
        let mut chrome = Vec::new();
        let trimmed;
        let whole = match trailing_chrome(&c.text) {
            Some(at) => {
                trimmed = split_tail(self.input, &c.unit, &c.text, at, &mut chrome);
                &trimmed
            }
            None => &c.text,
        };
        let mut text = whole.as_str();
        // A credit printed over its caption (`Photo: Jane Roe` / `Pupils
        // wait for a bus on Monday.`, then the byline): this is the text of
        // the credit-only caption just above.
        if self.in_header && self.is_caption_under_its_credit(k) {
            return Some(ReadCaption::TextOfLast {
                text: whole.clone(),
                unit_spans: c.unit.spans(),
            });
        }
        // `Media caption …`, `Image caption, …`: a caption by its label.
        let mut positional = positional;
        if let Some(rest) = caption_label(text) {
            text = rest;
            positional = true;
            // `Image source, Jane Roe` / `Image caption, …`: the credit came
            // first, as a caption of its own; this is its text.
            let credit_first = k > 0
                && self.caption_units.last() == Some(&(k - 1))
                && self
                    .article
                    .captions
                    .last()
                    .is_some_and(|c| c.text.is_empty());
            if credit_first {
                return Some(ReadCaption::TextOfLast {
                    text: whole.sub(rest),
                    unit_spans: c.unit.spans(),
                });
            }
        }
        // `[caption Credit X]` printed in brackets by some converters.
        let inner = text
            .strip_prefix('[')
            .and_then(|t| t.strip_suffix(']'))
            .map_or(text, str::trim);
        // A long paragraph closed by a wire's name in parentheses (`… in
        // the relief camps. (ANI)`) is the story's, signed off: no caption
        // out of its place.
        // (Only the story's last paragraph: no sentence of the story after
        // it.)
        let signed_off = |s: &credit::Split<'_>| {
            !positional
                && c.words > 25
                && inner.trim_end().ends_with(')')
                && endnotes::is_sign_off(&format!("({})", s.credit))
                && !self.cands[k + 1..]
                    .iter()
                    .any(|n| n.shape == Shape::Plain && n.words > 12 && ends_terminal(&n.text))
        };
        let split = if positional {
            credit::split_placed(inner)
        } else {
            credit::split(inner)
        };
        // `Source: …` alone out of a caption's place names the story's
        // source (an end note), not a picture's.
        let source_line = !positional && scan::starts_with_ci(inner, "source:");
        let split = split
            .filter(|s| {
                positional
                    || !s.text.is_empty()
                    || !source_line && credit::credit_only(inner).is_some()
            })
            .filter(|s| !signed_off(s));
        // The credit may stand on the next line (`(Bild: Jane Roe)`).
        let next_credit = match split {
            Some(_) => None,
            None if positional || self.in_header => self
                .credit_line_after(k)
                .or_else(|| self.bare_credit_line_after(k, positional))
                .filter(|&(line, _)| word_count(inner) <= 60 && !self.credits_line_below(k, line)),
            None => None,
        };
        let (mut body, credit) = match (split, next_credit) {
            (Some(s), _) => (s.text, Some(s.credit)),
            (None, Some(_)) => (inner, None),
            (None, None) if positional => (inner, None),
            (None, None) => return None,
        };
        let mut spans = whole.spans().to_vec();
        // Two captions glued on one line (`A (Jane Roe/AFP) B (…)`): the
        // first, with its credit in parentheses, is a caption of its own.
        let mut glued = None;
        if let Some(first) = glued_caption(body) {
            // Its bytes leave the second caption when they can be found;
            // otherwise it claims none.
            let head = part_text(self.input, &c.unit, whole, first.whole);
            if let Some(&cut) = head.spans().first() {
                spans = carve(&spans, cut);
            }
            glued = Some(Caption {
                text: whole.sub(first.split.text),
                credit: Some(whole.sub(first.split.credit)),
                spans: head.spans,
            });
            body = first.rest;
        }
        let empty = || Text::new(Cow::Borrowed(""), Spans::Many(Box::new([])));
        let text_value = if body.is_empty() {
            empty()
        } else {
            whole.sub(body)
        };
        let mut credit_value = credit.map(|cr| {
            if cr.is_empty() {
                empty()
            } else {
                whole.sub(cr)
            }
        });
        if let Some((line, credit)) = next_credit {
            credit_value = Some(self.cands[line].text.sub(credit));
            spans.extend(self.cands[line].unit.spans().as_slice());
        }
        Some(ReadCaption::New {
            glued,
            caption: Caption {
                text: text_value,
                credit: credit_value.filter(|c| !c.is_empty()),
                spans: Spans::from_vec(spans),
            },
            credit_line: next_credit.map(|(line, _)| line),
            chrome,
        })
    }

    /// Stores a caption read from unit `k`.
    fn push_caption(&mut self, k: usize, caption: Caption<'a>) {
        self.article.captions.push(caption);
        self.caption_units.push(k);
    }

    /// Reads the picture glued to the start of unit `k` (see
    /// [`provided_caption`]), if there is one: `Some(true)` when the unit
    /// held nothing else, `Some(false)` when the story after the picture
    /// stays in the unit.
    fn take_provided_caption(&mut self, k: usize) -> Option<bool> {
        provided_caption(self.cands[k].text.as_str())?;
        let whole = self.cands[k].text.clone();
        let found = provided_caption(whole.as_str())?;
        let (input, unit) = (self.input, &self.cands[k].unit);
        let text = part_text(input, unit, &whole, found.text);
        let credit = Some(part_text(input, unit, &whole, found.credit));
        let story = &whole.as_str()[found.story..];
        if story.is_empty() {
            let spans = whole.spans.clone();
            self.take_as_caption(
                k,
                Caption {
                    text,
                    credit,
                    spans,
                },
            );
            return Some(true);
        }
        // Where the story starts in the input: its first words, after the
        // same words in the caption.
        let first_words = story
            .split_whitespace()
            .take(3)
            .last()
            .map_or(story, |w| &story[..offset_in(story, w) + w.len()]);
        let earlier = &whole.as_str()[..found.story];
        let nth = if first_words.is_empty() {
            earlier.matches(first_words).count()
        } else {
            scan::match_starts(earlier, first_words).count()
        };
        let at = locate_nth(input, unit, first_words, nth)?;
        let (head, tail) = split_spans(whole.spans(), at.start);
        let spans = Spans::from_vec(head);
        self.push_caption(
            k,
            Caption {
                text,
                credit,
                spans,
            },
        );
        let mut rest = whole.sub(story);
        rest.spans = Spans::from_vec(tail);
        self.set_text(k, rest);
        Some(false)
    }

    /// Stores the caption that is all of unit `k`.
    fn take_as_caption(&mut self, k: usize, caption: Caption<'a>) {
        self.push_caption(k, caption);
        self.roles[k] = Role::Caption;
    }

    /// Puts unit `prev` in front of the caption just read from the unit
    /// after it.
    fn extend_caption_backwards(&mut self, prev: usize) {
        let Some(caption) = self.article.captions.last_mut() else {
            return;
        };
        let before = self.cands[prev].text.clone();
        caption.text = if caption.text.is_empty() {
            before
        } else {
            let text = format!("{} {}", before.as_str(), caption.text.as_str());
            let mut text_spans = before.spans().to_vec();
            text_spans.extend(caption.text.spans());
            Text::new(Cow::Owned(text), Spans::from_vec(text_spans))
        };
        let mut spans = self.cands[prev].unit.spans().as_slice().to_vec();
        spans.extend(caption.spans());
        caption.spans = Spans::from_vec(spans);
        self.roles[prev] = Role::Consumed;
    }

    /// An image line whose description (`![A crowd in Oslo](src)`) is the
    /// only caption the picture has.
    fn take_alt_caption(&mut self, k: usize) {
        let Some(description) = self.image_description(k) else {
            return;
        };
        let spans = self.cands[k].unit.spans();
        // A credit inside the description (`… since 1994. Photo: Jane
        // Roe`) is the caption's credit.
        let (text, credit) = match credit::split(&description) {
            Some(split) if !split.credit.is_empty() && !split.text.is_empty() => (
                description.sub(split.text),
                Some(description.sub(split.credit)),
            ),
            _ => (description, None),
        };
        self.take_as_caption(
            k,
            Caption {
                text,
                credit,
                spans,
            },
        );
    }

    /// The description of image line `k`, as a value, when it is a caption
    /// (see [`image_alt`]).
    fn image_description(&self, k: usize) -> Option<Text<'a>> {
        let raw = self.cands[k].unit.raw();
        let alt = inline::plain(image_alt(&raw)?);
        let exact = match (&raw, &alt) {
            (Cow::Borrowed(_), Cow::Borrowed(a)) => locate(self.input, &self.cands[k].unit, a),
            _ => None,
        };
        Some(match exact {
            Some(span) => Text::new(Cow::Borrowed(&self.input[span.range()]), Spans::One(span)),
            None => Text::new(Cow::Owned(alt.into_owned()), Spans::Many(Box::new([]))),
        })
    }

    /// Reads unit `k`, under image line `image`, as the picture's credit
    /// when it is a name alone (`Jane Roe`, `Harbour Police`, `Jane
    /// Roe/Reuters`, or the platform a screenshot comes from, `Facebook`);
    /// the picture's description, if it has one, is the caption's text.
    /// True when it did.
    fn take_image_credit(&mut self, image: usize, k: usize) -> bool {
        let c = &self.cands[k];
        let text = c.text.as_str();
        let credit = match c.shape {
            Shape::Plain if is_bare_name(text) => Some(c.text.clone()),
            Shape::Plain => credit::credit_only(text).map(|cr| c.text.sub(cr)),
            // A platform's name is a share button, unless it stands alone
            // under the picture.
            Shape::Chrome if is_platform(text) => {
                let alone = image + 1 == k
                    && self
                        .cands
                        .get(k + 1)
                        .is_none_or(|next| next.shape != Shape::Chrome);
                alone.then(|| c.text.clone())
            }
            _ => None,
        };
        // A name that repeats the picture's description (`![Jane
        // Roe](src)` / `Jane Roe`) is what the picture shows.
        let raw = self.cands[image].unit.raw();
        let described_so = inline::link(raw.trim())
            .is_ok_and(|(_, image)| image.text.split_whitespace().eq(text.split_whitespace()));
        // A labelled caption to come (`Image source, Jane Roe` / `Image
        // caption, …`) is the picture's text.
        let labelled_below = self
            .next_content(k + 1)
            .is_some_and(|i| caption_label(&self.cands[i].text).is_some());
        // So is a name over a credit line (`Jane Roe` / `Courtesy of …`).
        let credited_below = self.credit_line_after(k).is_some();
        let Some(credit) = credit.filter(|_| !described_so && !labelled_below && !credited_below)
        else {
            return false;
        };
        let text = self
            .image_description(image)
            .unwrap_or_else(|| Text::new(Cow::Borrowed(""), Spans::Many(Box::new([]))));
        let mut spans = self.cands[image].unit.spans().as_slice().to_vec();
        spans.extend(self.cands[k].unit.spans().as_slice());
        let spans = Spans::from_vec(spans);
        let credit = Some(credit);
        self.push_caption(
            image,
            Caption {
                text,
                credit,
                spans,
            },
        );
        self.roles[image] = Role::Caption;
        self.roles[k] = Role::Consumed;
        true
    }

    /// The next unit after `k`, when it is only a photo credit; with the
    /// credit as a sub-slice of that unit's text.
    fn credit_line_after(&self, k: usize) -> Option<(usize, &str)> {
        let next = (k + 1..self.cands.len()).find(|&i| self.cands[i].shape != Shape::Chrome)?;
        let c = &self.cands[next];
        if !matches!(c.shape, Shape::Plain) || self.roles[next] != Role::Unassigned {
            return None;
        }
        let text = c.text.as_str();
        // A byline is no credit (`By Jane Roe / Staff reporter`).
        if byline::strip_marker(text).is_some() {
            return None;
        }
        // Marked as a credit (`Photograph: …`, `(Bild: …)`, `© …`,
        // `Jane Roe/Reuters`); a bare agency name under a line is not
        // enough to make that line a caption (it may be a standfirst over
        // a credit-only caption).
        let labelled = credit::starts_with_label(text)
            || (text.starts_with('(') && text.ends_with(')'))
            || text.contains('/');
        if !labelled {
            // (`Jane Roe for The Harbor Post`, `Courtesy of …`.)
            return credit::is_worded(text).then_some((next, text));
        }
        credit::credit_only(text).map(|cr| (next, cr))
    }

    /// The credit printed bare on the line under a caption (`Getty Images`,
    /// `CITY OF CAMBRIDGE`), as `(unit, credit)`: read only where a caption
    /// stands, under a picture (`positional`) or a finished sentence under
    /// the byline or the time, with the story right under its credit.
    /// (Under the headline a bare agency is a credit-only caption under the
    /// dek.)
    fn bare_credit_line_after(&self, k: usize, positional: bool) -> Option<(usize, &str)> {
        if !positional && self.authors.is_empty() && self.published.is_empty() {
            return None;
        }
        let c = &self.cands[k];
        if c.shape != Shape::Plain || c.words < 5 || !(positional || ends_terminal(&c.text)) {
            return None;
        }
        let line = k + 1;
        let n = self.cands.get(line)?;
        if n.shape != Shape::Plain || self.roles[line] != Role::Unassigned {
            return None;
        }
        let text = n.text.as_str();
        // (Under a picture's caption, an outlet in its own words: `The
        // Harbor Shimbun`; a person's name there may be the byline.)
        let outlet = positional
            && (2..=4).contains(&word_count(text))
            && text
                .split(' ')
                .all(|w| scan::is_capitalised(w) || w == "of")
            && text.chars().all(|ch| ch.is_alphabetic() || ch == ' ')
            && (text.starts_with("The ") || !byline::is_person(text));
        // (McClatchy prints the photographer's address after the name:
        // `Jane Roe jroe@example.com`.)
        let with_address = text.rsplit_once(' ').is_some_and(|(name, address)| {
            address.contains('@') && address.contains('.') && byline::is_person(name)
        });
        let bare = credit::credit_only(text).is_some()
            || is_name_in_capitals(text)
            || outlet
            || with_address;
        let story_follows = self
            .next_content(line + 1)
            .is_some_and(|i| self.cands[i].shape == Shape::Plain && self.cands[i].words >= 15);
        (bare && story_follows).then_some((line, text))
    }

    /// Reads the header from the top; returns the index where the body
    /// starts.
    fn header(&mut self) -> usize {
        if let Some(body) = self
            .field_dump()
            .or_else(|| self.database_export())
            .or_else(|| self.csv_row())
        {
            return body;
        }
        let n = self.cands.len();
        // Timestamps and chrome before the headline.
        self.text_start = self.archive_toolbar_end().max(self.email_headers());
        if self.text_start > 0 {
            self.text_start = self.newsletter_story_start(self.text_start);
        }
        let mut k = self.text_start;
        let mut headline = None;
        let mut dek = None;
        // A markdown `# ` heading near the top is the headline.
        let first_long = (0..n)
            .find(|&i| is_text(&self.cands[i]) && self.cands[i].words > 40)
            .unwrap_or(n);
        if let Some(h) = (0..first_long.min(40)).find(|&i| self.cands[i].shape == Shape::Heading(1))
        {
            // (A clipping tool's title over the page, which prints it
            // again under its section: the page's copy.)
            headline = Some(self.headline_under_title(h).unwrap_or(h));
        }
        if headline.is_none() {
            while k < n {
                // A headline behind a genre label that also opens video
                // promos (`WATCH: Harbour board delays vote on fares`).
                let c = &mut self.cands[k];
                if c.shape == Shape::Chrome && is_labelled_headline(&c.text) {
                    c.shape = Shape::Plain;
                }
                let c = &self.cands[k];
                if is_text(c) && !c.link_only && c.shape != Shape::ListItem {
                    // A stamp, or a line that introduces what follows (`A
                    // new story matching your alert has been published:`).
                    if is_stamp(&c.text) || c.text.ends_with(':') {
                        k += 1;
                        continue;
                    }

                    if headline_like(c) && !self.opens_with_dateline(k) {
                        let words = c.words;
                        // (A label in brackets closing a headline, `…
                        // (EXCLUSIVE)`, ends no sentence.)
                        let labelled = c
                            .text
                            .strip_suffix(')')
                            .and_then(|t| t.rsplit_once('('))
                            .is_some_and(|(_, label)| scan::is_all_caps(label));
                        if ends_terminal(&c.text) && !labelled && (16..=40).contains(&words) {
                            // A sentence-long dek with no headline above it
                            // (a page copied from below its title).
                            dek = Some(k);
                        } else {
                            headline = Some(k);
                        }
                    }
                    break;
                }
                k += 1;
            }
            // Short labels (navigation, a section, a kicker) above a longer
            // headline-like line: the longer line is the headline.
            if let Some(h) = headline {
                if let Some(titled) = self.headline_under_title(h) {
                    headline = Some(titled);
                } else if let Some(anchored) = self.headline_over_by_line(h) {
                    headline = Some(anchored);
                } else if let Some(longer) = self.headline_below_labels(h) {
                    headline = Some(longer);
                } else if let Some(anchored) = self.headline_above_meta(h) {
                    headline = Some(anchored);
                }
            }
        }
        // A feed item whose text prints no title of its own under its
        // subject (it opens with a caption or the story).
        if let Some(subject) = self.subject {
            let titled = headline.is_some_and(|h| !ends_terminal(&self.cands[h].text));
            if !titled {
                headline = Some(subject);
                dek = None;
            }
        }
        if let Some(d) = dek.filter(|_| headline.is_none()) {
            self.roles[d] = Role::Standfirst;
            for role in &mut self.roles[..d] {
                if *role == Role::Unassigned {
                    *role = Role::Boilerplate;
                }
            }
            return d + 1;
        }
        let Some(h) = headline else {
            return 0;
        };
        // A label alone above the story (`EXCLUSIVE`) with no headline.
        let label = self.cands[h].text.as_str();
        if word_count(label) <= 2
            && scan::is_all_caps(label)
            && !ends_terminal(label)
            && self.next_content(h + 1).is_some_and(|i| {
                let next = &self.cands[i].text;
                word_count(next) > 30 || ends_terminal(next) && word_count(next) > 12
            })
        {
            self.roles[h] = Role::Kicker;
            for i in 0..h {
                if self.roles[i] == Role::Unassigned {
                    self.roles[i] = Role::Boilerplate;
                }
            }
            return h + 1;
        }
        self.in_header = true;
        let mut end = self.header_after_headline(h);
        // The story's own time beats the mail's.
        if let Some(date) = self.mail_date {
            let printed = !self.published.is_empty()
                || (self.text_start..end).any(|i| i != date && self.roles[i] == Role::Published);
            if printed {
                self.roles[date] = Role::Boilerplate;
            }
        }
        // A dateline opens the story: what the header left above it (chrome
        // no lexicon knows, a dek, a caption) is not story text.
        if let Some(lead) = self.dateline_lead(end) {
            self.header_before_lead(end, lead);
            end = lead;
        }
        self.in_header = false;
        end
    }

    /// An archive's or a reader's toolbar, when a page copied from it opens
    /// with it: the Wayback Machine's (`The Wayback Machine - https://…`,
    /// the capture calendar, `About this capture`, down to `TIMESTAMPS`),
    /// archive.today's (`archive.today` / `webpage capture` / `Saved from`
    /// / the capture time …, down to `report bug or abuse` and `Buy me a
    /// coffee`) or Feedly's sidebar (`feedly` / `Today` / the feeds …, down
    /// to `Mark All as Read`): chrome, with the capture's time. Returns
    /// where the page's own text starts.
    fn archive_toolbar_end(&mut self) -> usize {
        const TOOLBAR_UNITS: usize = 40;
        let Some(first) = self.cands.first().map(|c| c.text.as_str()) else {
            return 0;
        };
        let last_line: fn(&str) -> bool = if first.starts_with("The Wayback Machine - http") {
            |t| t == "TIMESTAMPS"
        } else if ARCHIVE_TODAY_HOSTS.contains(&first) {
            |t| t == "Buy me a coffee" || t.ends_with("report bug or abuse")
        } else if first.eq_ignore_ascii_case("feedly") {
            // A feed reader's sidebar, down to the feed's own toolbar.
            |t| t.eq_ignore_ascii_case("Mark All as Read")
        } else {
            return 0;
        };
        let end = (1..self.cands.len().min(TOOLBAR_UNITS))
            .rev()
            .find(|&i| last_line(self.cands[i].text.as_str()))
            .map_or(1, |last| last + 1);
        for role in &mut self.roles[..end] {
            *role = Role::Boilerplate;
        }
        end
    }

    /// Reads the header lines of an e-mail that opens the text (`From:` /
    /// `Date:` / `Subject:` / `To:`, three or more): the date is the
    /// timestamp, the rest is chrome (the subject repeats the headline the
    /// message then prints). Returns where the message's own text starts.
    fn email_headers(&mut self) -> usize {
        let Some(mut end) = self.email_header_block(0) else {
            return 0;
        };
        // A forward: the note, the signature and the separator over the
        // forwarded message's own headers are chrome.
        let forwarded = (end..self.cands.len().min(end + 40)).find(|&i| {
            let t = self.cands[i].text.as_str().trim_matches(['-', ' ']);
            FORWARD_SEPARATORS.iter().any(|s| t.eq_ignore_ascii_case(s))
        });
        if let Some(inner_end) = forwarded.and_then(|sep| self.email_header_block(sep + 1)) {
            for role in &mut self.roles[end..inner_end] {
                if *role == Role::Unassigned {
                    *role = Role::Boilerplate;
                }
            }
            end = inner_end;
        }
        end
    }

    /// Where the story of a newsletter that carries one starts: after the
    /// first rule (`-----`) with a `By` line a few units under it. What
    /// stands above it (the masthead, the issue's date, a greeting) is
    /// chrome. `from` is where the text starts after the mail's headers.
    fn newsletter_story_start(&mut self, from: usize) -> usize {
        const REACH: usize = 15;
        const HEADER_UNITS: usize = 6;
        let n = self.cands.len();
        let rule = (from..n.min(from + REACH)).find(|&r| {
            is_rule(&self.cands[r].text)
                && (r + 1..n.min(r + 1 + HEADER_UNITS)).any(|i| self.is_lone_by_line(i))
        });
        let Some(rule) = rule else {
            return from;
        };
        for role in &mut self.roles[from..=rule] {
            if *role == Role::Unassigned {
                *role = Role::Boilerplate;
            }
        }
        rule + 1
    }

    /// Reads the e-mail header lines (three or more, with a sender or a
    /// subject) that start at `start`; returns where they end.
    fn email_header_block(&mut self, start: usize) -> Option<usize> {
        const HEADERS: &[&str] = &[
            "From:",
            "To:",
            "Cc:",
            "Date:",
            "Subject:",
            "Sent:",
            "Reply-To:",
            // A feed reader's item (`Website: https://…`).
            "Website:",
        ];
        let header = |c: &Cand<'_>| HEADERS.iter().any(|h| c.text.starts_with(h));
        let end = (start..self.cands.len())
            .find(|&i| !header(&self.cands[i]))
            .unwrap_or(self.cands.len());
        let addressed = self.cands[start..end]
            .iter()
            .any(|c| c.text.starts_with("From:") || c.text.starts_with("Subject:"));
        if end - start < 3 || !addressed {
            return None;
        }
        // A page a browser saved as a message (`From: <Saved by Blink>`):
        // its date is the time it was saved.
        let saved_page = self.cands[start..end]
            .iter()
            .any(|c| c.text.starts_with("From:") && c.text.contains("<Saved by "));
        // A feed reader's item, sent to no one: its sender is the author
        // and its subject the story's title.
        let feed_item = !self.cands[start..end]
            .iter()
            .any(|c| c.text.starts_with("To:"));
        for k in start..end {
            let value = self.cands[k].text.clone();
            if value.starts_with("Date:") && is_stamp(&value) && !saved_page {
                self.take_timestamp(k, &value);
                self.mail_date = Some(k);
            } else if feed_item && value.starts_with("From:") && self.take_sender(k, &value) {
            } else {
                self.roles[k] = Role::Boilerplate;
            }
            if feed_item && value.starts_with("Subject:") {
                self.subject = Some(k);
            }
        }
        Some(end)
    }

    /// Reads a feed item's `From: Jane Roe` line as the byline: a name, no
    /// address. True when it was taken.
    fn take_sender(&mut self, k: usize, value: &Text<'a>) -> bool {
        let sender = value.as_str()["From:".len()..].trim();
        if sender.contains(['@', '<']) || !self.authors.is_empty() {
            return false;
        }
        let Some(parsed) = byline::parse(sender).filter(|p| {
            p.stamp.is_none()
                && p.tail.is_none()
                && p.authors.iter().all(|a| byline::is_name(a.name))
        }) else {
            return false;
        };
        self.record_byline(k, value, parsed);
        true
    }

    /// Reads a field dump that opens the text (see [`dump`]): three
    /// labelled lines or more, one of them the title, perhaps between `---`
    /// fences. Each fills its field; returns where the story starts.
    fn field_dump(&mut self) -> Option<usize> {
        let n = self.cands.len();
        // (A JSON record's punctuation stands as its fences: `{`, `],`.)
        let fence =
            |c: &Cand<'_>| is_rule(&c.text) || c.text.is_empty() || is_json_punctuation(&c.text);
        let first = (0..n).find(|&i| !fence(&self.cands[i]))?;
        // Between `---` fences (YAML front matter), any key and the list
        // items under a key belong to the dump too.
        let fenced = first > 0 && is_rule(&self.cands[first - 1].text);
        let in_dump = |c: &Cand<'_>| {
            unit_field(c).is_some()
                || fenced && (c.shape == Shape::ListItem || dump::is_any_field(&c.text))
        };
        let end = (first..n).find(|&i| !in_dump(&self.cands[i])).unwrap_or(n);
        // A JSON record's fields may come after its text (see
        // `lines::lines`): every line that opens with a key is read, and the
        // story's lines between them are left to the body.
        let json = self.cands[first].text.starts_with('"');
        let json_key = |c: &Cand<'_>| c.text.starts_with('"') && unit_field(c).is_some();
        let fields_end = if json { n } else { end };
        let titled = (first..fields_end).any(|i| {
            (i < end || json_key(&self.cands[i]))
                && unit_field(&self.cands[i]).is_some_and(|(f, _)| f == dump::Field::Headline)
        });
        let fields = if json {
            (first..n).filter(|&i| json_key(&self.cands[i])).count()
        } else {
            end - first
        };
        if fields < 3 || !titled {
            return None;
        }
        for role in &mut self.roles[..first] {
            *role = Role::Boilerplate;
        }
        let mut body = end;
        // The field of the last key, which the list items under it fill.
        let mut key_field = dump::Field::Other;
        for k in first..fields_end {
            if k >= end && !json_key(&self.cands[k]) {
                if json && is_json_punctuation(&self.cands[k].text) {
                    self.roles[k] = Role::Boilerplate;
                }
                continue;
            }
            let whole = self.cands[k].text.clone();
            let own = self.cands[k].text.as_str();
            let (field, value) = match unit_field(&self.cands[k]) {
                Some(found) => found,
                None if self.cands[k].shape == Shape::ListItem => (key_field, own),
                None => (dump::Field::Other, &own[own.len()..]),
            };
            let item = self.cands[k].shape == Shape::ListItem;
            if !item {
                key_field = field;
            }
            let value = dump::scalar(value);
            let at = offset_in(&self.cands[k].text, value);
            let Some(value) = whole.as_str().get(at..at + value.len()) else {
                continue;
            };
            // The key is the value's marker: its bytes stay with the value.
            let mut value_text = whole.sub(value);
            value_text.spans = whole.spans.clone();
            let filled = match field {
                _ if value.is_empty() => None,
                dump::Field::Headline if self.headline.is_none() => {
                    self.headline = Some(k);
                    Some(Role::Headline)
                }
                dump::Field::Standfirst if !self.has_standfirst() => Some(Role::Standfirst),
                dump::Field::Published if is_stamp(value) => Some(Role::Published),
                // (A list under `author:` names one author an item.)
                dump::Field::Byline if self.authors.is_empty() || item => {
                    self.record_field_byline(k, &whole, &value_text);
                    self.roles[k] = Role::Byline;
                    continue;
                }
                // `content: The story …`: the story starts on this line.
                dump::Field::Body if body == end => {
                    body = k;
                    self.take_coded_value(k);
                    continue;
                }
                dump::Field::Copyright if self.article.copyright.is_none() => Some(Role::Copyright),
                _ => None,
            };
            match filled {
                Some(role) => {
                    if role == Role::Headline {
                        self.headline_title = 0..value_text.len();
                    }
                    self.set_text(k, value_text);
                    self.roles[k] = role;
                }
                None => self.roles[k] = Role::Boilerplate,
            }
        }
        // The closing fence.
        while body < n && self.roles[body] == Role::Unassigned && fence(&self.cands[body]) {
            self.roles[body] = Role::Boilerplate;
            body += 1;
        }
        // A Factiva export goes on coding its fields after the header: the
        // text (`TD`) and, after it, the indexing (`CO`, `IN`, `NS`, …).
        let coded = |c: &Cand<'_>| c.unit.pieces.first().and_then(|p| dump::code(p.text));
        if coded(&self.cands[first]).is_some() {
            for k in body..n {
                // (Lines the header read already keep their field.)
                if self.roles[k] != Role::Unassigned {
                    continue;
                }
                let Some((field, _)) = coded(&self.cands[k]) else {
                    continue;
                };
                match field {
                    dump::Field::Body => self.take_coded_value(k),
                    _ => self.roles[k] = Role::Boilerplate,
                }
            }
        }
        Some(body)
    }

    /// A dataset's CSV row (see [`csv::row`]): each unit fills the field
    /// of the column whose value holds it; the header and the other
    /// columns are chrome, and the story column's units are the body.
    /// Returns where the story starts.
    fn csv_row(&mut self) -> Option<usize> {
        let row = csv::row(self.input)?;
        let mut body = None;
        for k in 0..self.cands.len() {
            let Some(start) = self.cands[k].unit.pieces.first().map(|p| p.start) else {
                continue;
            };
            let Some(column) = row.column_at(start) else {
                self.roles[k] = Role::Boilerplate;
                continue;
            };
            // `""` in a quoted value is one quote.
            if column.quoted && self.cands[k].text.as_str().contains("\"\"") {
                let whole = &self.cands[k].text;
                let unquoted = whole.as_str().replace("\"\"", "\"");
                let text = Text::new(Cow::Owned(unquoted), whole.spans.clone());
                self.set_text(k, text);
            }
            let whole = self.cands[k].text.clone();
            let role = match column.field {
                dump::Field::Headline if self.headline.is_none() => {
                    self.headline = Some(k);
                    self.headline_title = 0..whole.len();
                    Role::Headline
                }
                dump::Field::Standfirst if !self.has_standfirst() => Role::Standfirst,
                dump::Field::Published if is_stamp(&whole) => Role::Published,
                dump::Field::Byline if self.authors.is_empty() => {
                    self.record_field_byline(k, &whole, &whole);
                    Role::Byline
                }
                dump::Field::Body => {
                    body.get_or_insert(k);
                    continue;
                }
                _ => Role::Boilerplate,
            };
            self.roles[k] = role;
        }
        body
    }

    /// A news database's export (Nexis Uni, ProQuest; see
    /// [`dump::export_field`]): the headline over labelled fields
    /// (`Byline:`, `Highlight:`, `Section:` …), the text after a `Body` line
    /// or on a `Full text:` line, and more fields after the text. Each
    /// field fills its own (a `Credit: By …` line the byline, `Abstract:`
    /// the standfirst, `Copyright:` the notice); the others are chrome.
    /// Returns where the text starts.
    fn database_export(&mut self) -> Option<usize> {
        // An export opens its text within its first units, with at least
        // three labelled fields down to it.
        const HEADER_UNITS: usize = 60;
        let n = self.cands.len();
        let head = n.min(HEADER_UNITS);
        fn field<'c>(c: &'c Cand<'_>) -> Option<(&'static str, dump::Field, &'c str)> {
            dump::export_field(c.text.as_str())
        }
        let marked = (0..head).find(|&k| {
            let c = &self.cands[k];
            c.text.eq_ignore_ascii_case("body")
                || field(c).is_some_and(|(_, f, v)| f == dump::Field::Body && !v.is_empty())
        });
        // NewsBank marks no text: it starts under the last of the fields
        // over it, which run one under another.
        let unmarked = || {
            let first_long =
                (0..head).find(|&k| is_text(&self.cands[k]) && self.cands[k].words > 25)?;
            let last_field = (0..first_long)
                .rev()
                .find(|&k| field(&self.cands[k]).is_some())?;
            let run = (0..=last_field)
                .rev()
                .take_while(|&k| field(&self.cands[k]).is_some())
                .count();
            (run >= 3).then_some(last_field + 1)
        };
        let body = match marked {
            Some(body) => body,
            None => unmarked()?,
        };
        if (0..=body)
            .filter(|&k| field(&self.cands[k]).is_some())
            .count()
            < 3
        {
            return None;
        }
        // (Without a mark, the headline is the text right over the fields,
        // under the database's own menus; and a source line between them
        // dates the story: `The Harbor Post (Kessling) - March 4, 2025`.)
        let first_field = (0..body)
            .find(|&k| field(&self.cands[k]).is_some())
            .unwrap_or(body);
        let mut headline_at = None;
        if marked.is_none() {
            let mut k = first_field;
            while k > 0 {
                k -= 1;
                let value = self.cands[k].text.clone();
                if self.published.is_empty() {
                    if let Some((_, stamp)) = value
                        .as_str()
                        .rsplit_once(" - ")
                        .filter(|(_, s)| is_stamp(s))
                    {
                        let stamp_text = part_text(self.input, &self.cands[k].unit, &value, stamp);
                        let mut rest = self.cands[k].unit.spans().as_slice().to_vec();
                        if let Some(&cut) = stamp_text.spans().first() {
                            rest = carve(&rest, cut);
                        }
                        let mut source = value.sub(&value.as_str()[..value.len() - stamp.len()]);
                        source.spans = Spans::from_vec(rest);
                        self.published.push(stamp_text);
                        self.article.boilerplate.push(source);
                        self.roles[k] = Role::Consumed;
                        continue;
                    }
                }
                if headline_like(&self.cands[k]) && self.cands[k].shape == Shape::Plain {
                    headline_at = Some(k);
                }
                break;
            }
        }
        let printed_byline = (0..n).any(|k| {
            field(&self.cands[k]).is_some_and(|(label, _, value)| {
                label == "byline" || label == "credit" && value.starts_with("By ")
            })
        });
        for k in 0..n {
            let whole = self.cands[k].text.clone();
            let Some((label, kind, value)) = dump::export_field(whole.as_str()) else {
                if dump::is_export_line(whole.as_str()) {
                    self.roles[k] = Role::Boilerplate;
                }
                continue;
            };
            if kind == dump::Field::Body {
                self.keep_value(k, offset_in(whole.as_str(), value));
                continue;
            }
            let mut value_text = whole.sub(value);
            value_text.spans = whole.spans.clone();
            let byline = match label {
                "author" => !printed_byline,
                "credit" => value.starts_with("By "),
                _ => true,
            };
            self.roles[k] = match kind {
                _ if value.is_empty() => Role::Boilerplate,
                dump::Field::Byline if byline && self.authors.is_empty() => {
                    self.record_field_byline(k, &whole, &value_text);
                    Role::Byline
                }
                dump::Field::Standfirst if !self.has_standfirst() => Role::Standfirst,
                dump::Field::Published if self.published.is_empty() && is_stamp(value) => {
                    Role::Published
                }
                dump::Field::Copyright
                    if self.article.copyright.is_none()
                        && !self.roles.contains(&Role::Copyright) =>
                {
                    Role::Copyright
                }
                _ => Role::Boilerplate,
            };
            if matches!(
                self.roles[k],
                Role::Standfirst | Role::Published | Role::Copyright
            ) {
                self.set_text(k, value_text);
            }
        }
        // Above the text: the headline (the first line of text), the date
        // and the notice the export prints unlabelled; the rest is chrome.
        let mut start = body;
        if marked.is_some() && self.cands[body].text.eq_ignore_ascii_case("body") {
            start = body + 1;
        }
        for k in 0..body {
            if self.roles[k] != Role::Unassigned {
                continue;
            }
            let c = &self.cands[k];
            let headline = match headline_at {
                Some(at) => at == k,
                None => marked.is_some() && headline_like(c) && c.shape == Shape::Plain,
            };
            self.roles[k] = if self.headline.is_none() && headline {
                self.headline = Some(k);
                self.headline_title = 0..c.text.len();
                Role::Headline
            } else if c.shape == Shape::Copyright && !self.roles.contains(&Role::Copyright) {
                Role::Copyright
            } else if self.published.is_empty()
                && !self.roles.contains(&Role::Published)
                && is_stamp(&c.text)
            {
                Role::Published
            } else {
                Role::Boilerplate
            };
        }
        Some(start)
    }

    /// Leaves only the value of a field line in unit `k` (`LP     The
    /// story …` gives `The story …`); the code stays among its bytes, and
    /// the unit's indent becomes the value's column.
    fn take_coded_value(&mut self, k: usize) {
        let c = &self.cands[k];
        // The value's place in the unit's own text (a clone's copy may
        // live elsewhere).
        let Some(at) = unit_field(c).map(|(_, v)| offset_in(c.text.as_str(), v)) else {
            return;
        };
        // The column of a Factiva value, as printed after its code's padding.
        let column = c
            .unit
            .pieces
            .first()
            .map_or(at, |p| match dump::code(p.text) {
                Some((_, code)) => p.text.len() - p.text[code.len()..].trim_start().len(),
                // (A JSON record's key sets no column: its story's other
                // lines follow escapes, not the key's width.)
                None if p.text.starts_with('"') => 0,
                None => at,
            });
        let c = &mut self.cands[k];
        c.unit.indent = c
            .unit
            .indent
            .saturating_add(u32::try_from(column).unwrap_or(u32::MAX));
        self.keep_value(k, at);
    }

    /// Leaves only what follows byte `at` of unit `k`'s text as its value;
    /// the label before stays among its bytes.
    fn keep_value(&mut self, k: usize, at: usize) {
        let whole = self.cands[k].text.clone();
        let Some(value) = whole.as_str().get(at..) else {
            return;
        };
        let mut text = whole.sub(value);
        text.spans = whole.spans.clone();
        self.cands[k].words = u32::try_from(word_count(&text)).unwrap_or(u32::MAX);
        self.set_text(k, text);
    }

    /// Assigns the units the header left before a dateline lead at `lead`:
    /// timestamps, bylines and captions as such, the dek lines right under
    /// the header (joined) as the standfirst, the rest as chrome.
    fn header_before_lead(&mut self, from: usize, lead: usize) {
        let mut dek: Vec<usize> = Vec::new();
        let has_standfirst = self.has_standfirst();
        for i in from..lead {
            if self.roles[i] != Role::Unassigned {
                continue;
            }
            let value = self.cands[i].text.clone();
            if is_stamp(&value) {
                self.take_timestamp(i, &value);
                continue;
            }
            if self.authors.is_empty() && self.take_byline(i, true).is_some() {
                continue;
            }
            if self.take_caption(i, false) {
                continue;
            }
            let c = &self.cands[i];
            let dek_line = !has_standfirst
                && c.shape == Shape::Plain
                && c.words >= 6
                && dek.last().is_none_or(|&d| d + 1 == i);
            if dek_line {
                dek.push(i);
            } else {
                self.roles[i] = Role::Boilerplate;
            }
        }
        match dek[..] {
            [] => {}
            [one] => self.roles[one] = Role::Standfirst,
            _ => self.join_into_standfirst(dek),
        }
    }

    /// True once a standfirst has been read.
    fn has_standfirst(&self) -> bool {
        self.article.standfirst.is_some() || self.roles.contains(&Role::Standfirst)
    }

    /// Joins the units (summary items, dek lines, highlights) into the
    /// standfirst, with one space between them.
    fn join_into_standfirst(&mut self, units: impl IntoIterator<Item = usize>) {
        let mut pieces = Vec::new();
        for i in units {
            pieces.extend(self.cands[i].unit.pieces.iter().copied());
            self.roles[i] = Role::Consumed;
        }
        self.article.standfirst = Some(blocks::pieces_text(&pieces));
    }

    /// The paragraph opened by a dateline a few units after `from`, when
    /// only short lines, captions and one dek-like text stand before it.
    fn dateline_lead(&self, from: usize) -> Option<usize> {
        // Dek lines are unpunctuated; a finished sentence may be one
        // standfirst, two are story paragraphs.
        let (mut long, mut sentences) = (0, 0);
        for i in from..self.cands.len().min(from + 12) {
            let c = &self.cands[i];
            if self.roles[i] != Role::Unassigned || !is_text(c) || c.link_only {
                continue;
            }
            if c.shape == Shape::Plain && self.opens_with_dateline(i) {
                return (i > from).then_some(i);
            }
            if c.words > 8 && !has_credit(&c.text) {
                long += 1;
                sentences += usize::from(ends_terminal(&c.text));
                if long > 3 || sentences > 1 || c.words > 40 {
                    return None;
                }
            }
        }
        None
    }

    /// True when unit `i`, right above the headline `h` with no blank line
    /// between, is the last item of a menu: two more short labels run into
    /// it from above. It stands out as a kicker only when it repeats an
    /// item of the menu (the current section, shown again), is in capitals
    /// under an item that is not, or names a genre (`Press release`).
    fn ends_menu(&self, i: usize, h: usize) -> bool {
        let is_label = |k: usize| {
            let c = &self.cands[k];
            c.shape == Shape::Plain && !c.link_only && kicker_like(&c.text)
        };
        let joined_to_next = |k: usize| !self.cands[k + 1].unit.after_blank;
        if i + 1 != h || i < 2 || !joined_to_next(i) || !joined_to_next(i - 1) {
            return false;
        }
        // (The menu's first item may be the home page's link, chrome:
        // `Home`, `Accueil`; but a run of labels under buttons, `Log in` /
        // `Sports` / `Colombian Soccer`, is a section's path.)
        const HOME: &[&str] = &[
            "Home",
            "HOME",
            "Accueil",
            "Inicio",
            "Início",
            "Startseite",
            "Portada",
        ];
        let item = |k: usize| is_label(k) || HOME.contains(&self.cands[k].text.as_str());
        if !(is_label(i - 1) && item(i - 2) && joined_to_next(i - 2)) {
            return false;
        }
        let last = self.cands[i].text.as_str();
        let mut first = i - 2;
        while first > self.text_start && is_label(first - 1) && joined_to_next(first - 1) {
            first -= 1;
        }
        let repeated = self.cands[first..i].iter().any(|c| c.text.as_str() == last);
        let capitals =
            scan::is_all_caps(last) && !scan::is_all_caps(self.cands[i - 1].text.as_str());
        // (`Opinion` names a genre, but also a section every menu has.)
        !(repeated || capitals || is_genre_label(last) && !is_section_name(last))
    }

    /// Reads the header lines after the headline `h`; returns the index
    /// where the body starts.
    fn header_after_headline(&mut self, h: usize) -> usize {
        let n = self.cands.len();
        self.roles[h] = Role::Headline;
        self.headline = Some(h);
        let full = self.cands[h].text.as_str();
        let split = site_split(full).map(|split| SiteSplitAt::of(full, &split));
        self.headline_title = match &split {
            Some(split) => split.title.clone(),
            None => 0..full.len(),
        };
        self.headline_split = Some((h, split));
        // Before the headline: the kicker (the last short label), timestamps,
        // chrome.
        // The kicker is set right above the headline: not above chrome or a
        // menu (a site name over `Subscribe` / `Sign in`).
        let mut kicker_found = false;
        // Timestamps above the headline (a masthead's date, perhaps).
        let mut stamps_above = Vec::new();
        let mut kicker_closed = false;
        let mut chrome_units_below = 0;
        for i in (self.text_start..h).rev() {
            let c = &self.cands[i];
            let label = c.text.trim_end_matches(['—', '–', '-', '|', ' ']);
            // A linked site name above chrome is no kicker; a wire's
            // keyword line above a status line (`1ST LEAD`) is.
            kicker_closed |= matches!(c.shape, Shape::ListItem | Shape::Image);
            let link_closed = kicker_closed || chrome_units_below > 0;
            chrome_units_below += usize::from(c.shape == Shape::Chrome);
            // The last item of a menu is no kicker, nor any item above it.
            kicker_closed |= !kicker_found && self.ends_menu(i, h);
            let kicker = !kicker_found
                && kicker_like(label)
                && !(if c.link_only {
                    link_closed
                } else {
                    // (Over a run of buttons: `Newsroom` / `Search` /
                    // `Sign In` / `Sign Up`.)
                    kicker_closed || chrome_units_below >= 2
                });
            if c.shape == Shape::ListItem {
                self.roles[i] = Role::Boilerplate;
            } else if kicker && (is_text(c) || c.link_only) {
                self.roles[i] = Role::Kicker;
                kicker_found = true;
            } else if is_text(c) && is_stamp(&c.text) {
                self.roles[i] = Role::Published;
                stamps_above.push(i);
            } else if self.roles[i] == Role::Unassigned {
                if is_text(c) && !kicker_found {
                    // Text above the headline that is not a label: a caption
                    // when it carries a credit, chrome otherwise.
                    if !self.take_caption(i, false) {
                        self.roles[i] = Role::Boilerplate;
                    }
                } else {
                    self.roles[i] = Role::Boilerplate;
                }
            }
        }
        // After the headline: standfirst, captions, byline, timestamps.
        let published_before = self.published.len();
        let mut k = h + 1;
        let mut after_image = false;
        // The last image line read, whose description may be its caption.
        let mut last_image: Option<usize> = None;
        let mut standfirst = false;
        // The role of the last header unit that was not chrome.
        let mut last = Role::Headline;
        while k < n {
            if self.roles[k] != Role::Unassigned {
                k += 1;
                continue;
            }
            let shape = self.cands[k].shape;
            match shape {
                Shape::Chrome => {
                    self.roles[k] = Role::Boilerplate;
                    after_image |= boilerplate::is_image_label(&self.cands[k].text);
                    k += 1;
                    continue;
                }
                Shape::Image => {
                    self.roles[k] = Role::Boilerplate;
                    after_image = true;
                    last_image = Some(k);
                    k += 1;
                    continue;
                }
                Shape::Copyright => break,
                _ => {}
            }
            // An image's caption comes right under it (chrome aside): a
            // byline or a time between them ends the image's turn.
            let image_above = std::mem::take(&mut after_image);
            if self.cands[k].link_only {
                // A linked author name is a byline; other links are chrome.
                if self.authors.is_empty() {
                    if let Some(next) = self.take_byline(k, true) {
                        k = next;
                        last = Role::Byline;
                        continue;
                    }
                }
                // Links are chrome, like the image's own buttons.
                self.roles[k] = Role::Boilerplate;
                after_image = image_above;
                k += 1;
                continue;
            }
            let value = self.cands[k].text.clone();
            let text = value.as_str();
            if self.take_credited_headline_copy(h, k) {
                last = Role::Caption;
                k += 1;
                continue;
            }
            if let Some(after) = self.headline_copy(h, k) {
                // A second copy of the headline, perhaps wrapped over lines.
                for i in k..after {
                    self.roles[i] = Role::Boilerplate;
                }
                k = after;
                continue;
            }
            // A clock alone under the story's dated time opens a live
            // blog's first entry (`14:48`): the body starts there.
            let clock_alone =
                text.len() <= 5 && text.bytes().all(|b| b.is_ascii_digit() || b == b':');
            if clock_alone && (h + 1..k).any(|i| self.roles[i] == Role::Published) {
                break;
            }
            // A section path right under the headline, where a converter
            // that prints the title first sets the label (`Politics |
            // Southeast Asia`): the kicker.
            let section_words = || {
                text.split(|c: char| c == ' ' || PATH_SEPARATORS.iter().any(|s| s.contains(c)))
                    .filter(|w| !w.is_empty())
                    .all(|w| w == "&" || scan::is_capitalised(w) && !w.contains([':', '.']))
            };
            if last == Role::Headline
                && !kicker_found
                && is_section_path(text)
                && !text.bytes().any(|b| b.is_ascii_digit())
                && section_words()
            {
                self.roles[k] = Role::Kicker;
                kicker_found = true;
                k += 1;
                continue;
            }
            if is_stamp(text) {
                self.take_timestamp(k, &value);
                last = Role::Published;
                k += 1;
                continue;
            }
            // `Published` alone over its stamp: the label is chrome.
            if is_stamp_label(text)
                && self
                    .next_content(k + 1)
                    .is_some_and(|i| is_stamp(&self.cands[i].text))
            {
                self.roles[k] = Role::Boilerplate;
                k += 1;
                continue;
            }
            if self.take_stamp_with_tail(k, &value) {
                last = Role::Published;
                k += 1;
                continue;
            }
            // `Site | 04.05.2015 à 13h36 | Par Jane Roe` on one line.
            if self.take_segmented(k, &value) {
                last = Role::Byline;
                k += 1;
                continue;
            }
            // The first paragraph, opened by its dateline: the body.
            if self.opens_with_dateline(k) && self.cands[k].shape == Shape::Plain {
                break;
            }
            // `Key Points` and a list under it, or a list alone right under
            // the headline with the byline or time below it: the list is
            // the standfirst.
            // Its items are sentences of news, not a byline or a date set as
            // a list item.
            // (Or under the story's time, with the lede, opened by its
            // dateline, right below.)
            let lede_below = |end: usize| {
                matches!(last, Role::Published | Role::Byline)
                    && self
                        .next_content(end)
                        .is_some_and(|i| self.opens_with_dateline(i))
            };
            let unlabelled_list = (shape == Shape::ListItem
                && matches!(last, Role::Headline | Role::Published | Role::Byline))
            .then(|| self.list_end(k))
            .flatten()
            .filter(|&end| {
                end - k >= 2
                    && (k..end).all(|i| self.cands[i].words >= 4)
                    && (last == Role::Headline && self.meta_follows(end - 1) || lede_below(end))
            });
            let summary = match unlabelled_list {
                Some(end) => Some((k - 1, end)),
                None if boilerplate::is_summary_label(text) => self
                    .list_end(k + 1)
                    .or_else(|| self.summary_sentences_end(k + 1))
                    .map(|end| (k, end)),
                None => None,
            };
            if let Some((label, end)) = summary.filter(|_| !standfirst) {
                self.take_summary_list(label, end);
                standfirst = true;
                last = Role::Standfirst;
                k = end;
                continue;
            }
            if self.take_place_line(k, &last) {
                k += 1;
                continue;
            }
            if self.in_factiva_block(k) {
                self.roles[k] = Role::Boilerplate;
                k += 1;
                continue;
            }
            if self.authors.is_empty() {
                if let Some(next) = self.take_byline(k, true) {
                    k = next;
                    last = Role::Byline;
                    continue;
                }
            }
            if last == Role::Byline && self.take_role_line(k, &value) {
                k += 1;
                continue;
            }
            // A second name over a title of its own, as the first was
            // (`Jane Roe` / `Journalist` / `Ali Khan` / `Journalist`).
            if last == Role::Byline && self.takes_next_titled_name(k) {
                if let Some(parsed) = byline::parse(value.as_str()) {
                    self.record_byline(k, &value, parsed);
                    k += 1;
                    continue;
                }
            }
            if self.opens_with_dateline(k) && self.cands[k].shape == Shape::Plain {
                break;
            }
            if let Some(image) = last_image.filter(|_| image_above) {
                if self.take_image_credit(image, k) {
                    // (A picture has one credit: a second under it, after
                    // an image label, claims no picture.)
                    last_image = None;
                    last = Role::Caption;
                    k += 1;
                    continue;
                }
            }
            if image_above {
                // Under an image with a description, a finished paragraph
                // of some length is the story, and the description the
                // image's caption.
                // (A description with its own credit is a whole caption:
                // a shorter paragraph under it is the story too.)
                let c = &self.cands[k];
                let description = last_image.and_then(|i| {
                    let raw = self.cands[i].unit.raw();
                    image_alt(&raw)
                        .map(|alt| credit::split(alt).is_some_and(|s| !s.credit.is_empty()))
                });
                // (Under an image with no description, only a long one: a
                // caption there is a sentence or two.)
                let least_words = match description {
                    Some(true) => 8,
                    Some(false) => 25,
                    None => 40,
                };
                let story = c.words > least_words
                    && ends_terminal(&c.text)
                    && credit::split(&c.text).is_none();
                if story {
                    if let Some(image) = last_image.filter(|_| description.is_some()) {
                        self.take_alt_caption(image);
                    }
                } else if c.words <= 60 && self.take_caption(k, true) {
                    last = Role::Caption;
                    k += 1;
                    continue;
                }
            }
            // A picture glued to the lede: the story starts after it.
            if shape == Shape::Plain {
                match self.take_provided_caption(k) {
                    Some(true) => {
                        last = Role::Caption;
                        k += 1;
                        continue;
                    }
                    Some(false) => break,
                    None => {}
                }
            }
            if self.take_caption(k, false) {
                last = Role::Caption;
                k += 1;
                continue;
            }
            let next_is_dateline = self
                .next_content(k + 1)
                .is_some_and(|i| self.opens_with_dateline(i));
            if next_is_dateline && !self.authors.is_empty() && self.cands[k].words <= 60 {
                // Between the byline and a dateline paragraph: a caption.
                self.take_caption(k, true);
                last = Role::Caption;
                k += 1;
                continue;
            }
            let blank_after = self.cands.get(k + 1).is_none_or(|c| c.unit.after_blank);
            // A name alone that is not the byline (an author photo's label).
            if self.cands[k].words <= 4
                && self
                    .byline_gist(k)
                    .is_some_and(|g| !g.prefixed && !g.stamped)
            {
                self.roles[k] = Role::Boilerplate;
                k += 1;
                continue;
            }
            let glued_to_meta = !self.cands[k].unit.after_blank
                && blank_after
                && matches!(last, Role::Byline | Role::Published);
            let heading = matches!(shape, Shape::Heading(_));
            // The standfirst: a heading under the headline, text set right
            // under the byline, or text that more header lines follow. A
            // sentence the next paragraph answers (`… -- a land of
            // opportunity.` / `But a new report …`) is the story's first.
            let answered = ends_terminal(text)
                && self
                    .next_content(k + 1)
                    .is_some_and(|i| opens_with_conjunction(&self.cands[i].text));
            // A line of a word or three between header lines is a widget
            // the lexicons do not know (`Video Player`, `Published in`):
            // chrome, and the header goes on.
            let widget = self.cands[k].words <= 3 && !ends_terminal(text) && !heading;
            if widget && self.meta_follows(k) {
                self.roles[k] = Role::Boilerplate;
                k += 1;
                continue;
            }
            if !standfirst && !answered && (heading || glued_to_meta || self.meta_follows(k)) {
                self.split_byline_off_standfirst(k);
                self.roles[k] = Role::Standfirst;
                standfirst = true;
                last = Role::Standfirst;
                k += 1;
                continue;
            }
            // (Text over a picture that has its own description is not its
            // caption.)
            let described_below = (k + 1..n)
                .find(|&i| self.cands[i].shape != Shape::Chrome && !self.cands[i].link_only)
                .filter(|&i| self.cands[i].shape == Shape::Image)
                .is_some_and(|i| image_alt(&self.cands[i].unit.raw()).is_some());
            if standfirst
                && (self.meta_follows(k) || is_emphasised(&self.cands[k].unit))
                && self.cands[k].words <= 60
                && !described_below
            {
                // A note on how the story was made (`This article was
                // produced in partnership with …`) is the page's, not a
                // caption.
                if endnotes::is_tagline(text) {
                    self.roles[k] = Role::Boilerplate;
                    k += 1;
                    continue;
                }
                // Text between header lines after the standfirst: a caption.
                self.take_caption(k, true);
                last = Role::Caption;
                k += 1;
                continue;
            }
            // Under the standfirst, a short line closed by a name in
            // brackets (`… near Huitzo, Oaxaca. (Jane Roe)`) over the lede:
            // the picture's caption, which a copy printed without it.
            let named_credit = standfirst
                && self.cands[k].words <= 40
                && text.ends_with([')', ']'])
                && !self.opens_with_dateline(k)
                && credit::split_placed(text)
                    .is_some_and(|s| !s.text.is_empty() && word_count(s.credit) <= 4);
            if named_credit && self.take_caption(k, true) {
                last = Role::Caption;
                k += 1;
                continue;
            }
            break;
        }
        // With the story's own time under the headline, a date over it is
        // the page's (`Thursday, March 6, 2025` / `Today's Paper`).
        let stamped_below = (h + 1..k).any(|i| self.roles[i] == Role::Published)
            || self.published.len() > published_before;
        if stamped_below {
            for i in stamps_above {
                self.roles[i] = Role::Boilerplate;
            }
        } else if stamps_above.len() > 1 {
            // A converter's labelled field (Jina's `Published Time: …`)
            // gives way to a time the page prints.
            let (labelled, printed): (Vec<usize>, Vec<usize>) = stamps_above
                .iter()
                .partition(|&&i| labelled_stamp(&self.cands[i].text).is_some());
            if !printed.is_empty() {
                for i in labelled {
                    self.roles[i] = Role::Boilerplate;
                }
            }
        }
        k
    }

    /// True when `text` repeats the headline (with or without its site
    /// name).
    fn is_headline_repeat(&self, text: &str) -> bool {
        let Some(h) = self.headline else {
            return false;
        };
        let full = self.cands[h].text.as_str();
        let title = &full[self.headline_title.clone()];
        let near =
            text.len() <= full.len() + 80 && (text.starts_with(title) || text.ends_with(title));
        text == full
            || text == title
            || near && site_split(text).is_some_and(|sp| sp.title == title)
    }

    /// When the first text `h` is a short label (a menu's first item, an
    /// edition's name) and a `By` line comes further down, before any
    /// paragraph of the story: the headline is the last headline-like line
    /// above the `By` line, and the menu between is chrome (it is left
    /// unassigned above the headline).
    fn headline_over_by_line(&self, h: usize) -> Option<usize> {
        const REACH: usize = 60;
        if self.cands[h].words > 4 {
            return None;
        }
        let end = self.cands.len().min(h + REACH);
        let by = (h + 1..end)
            .take_while(|&i| self.cands[i].words <= 40)
            .find(|&i| self.is_by_line(i))?;
        let headline_like = |i: usize| {
            let c = &self.cands[i];
            matches!(c.shape, Shape::Plain | Shape::Heading(_))
                && !c.link_only
                && (5..=40).contains(&c.words)
                && !c.text.contains(['›', '»', '>'])
                && !is_stamp(&c.text)
        };
        // (A caption over the by-line, `… last summer. Photo / Jane Roe`,
        // is passed over.)
        let last = (h + 1..by)
            .rev()
            .find(|&i| headline_like(i) && !has_credit(&self.cands[i].text))?;
        // A dek under the headline: the line above it, when no shorter,
        // is the headline.
        let above = (h + 1..last)
            .rev()
            .find(|&i| !matches!(self.cands[i].shape, Shape::Chrome | Shape::Image))
            .filter(|&i| headline_like(i));
        let (headline, dek) = match above {
            Some(a) if self.cands[last].words >= self.cands[a].words => {
                (a, !has_credit(&self.cands[last].text))
            }
            _ => (last, false),
        };
        // A sentence is no headline, unless a longer dek stands under it
        // (`… along the Rio Grande. Few landowners have said yes.`).
        let text = &self.cands[headline].text;
        if ends_terminal(text) && !text.ends_with('?') && !dek {
            return None;
        }
        // Only over a menu (three short lines or more between), or under
        // the headings of a newsletter (its name, a section).
        let short = (h + 1..headline)
            .filter(|&i| self.cands[i].words <= 3)
            .count();
        let heading = |i: usize| matches!(self.cands[i].shape, Shape::Heading(_));
        (short >= 3 || heading(h) && heading(headline)).then_some(headline)
    }

    /// When the first text `h` is the document's title, printed again a few
    /// lines down with a section label over it (`Nets and nerves` /
    /// `www.example.com` / `Fishing quotas` / `Nets and nerves`), or under
    /// a menu of short labels (a page's `<title>`, `Nets and nerves |
    /// Gazette`, over the page): the copy under the label is the headline,
    /// and the title and what stands between are chrome.
    fn headline_under_title(&mut self, h: usize) -> Option<usize> {
        const TITLE_REACH: usize = 6;
        // Further down, over a tool's lines (a clipping's metadata, a
        // note's date), which are short: no paragraph comes between.
        const TOOL_REACH: usize = 14;
        let full = self.cands[h].text.as_str();
        let title = site_split(full).map_or(full, |split| split.title);
        let is_copy = |i: usize| self.cands[i].text.as_str() == title;
        let short = |i: usize| !is_text(&self.cands[i]) || self.cands[i].words <= 12;
        let n = self.cands.len();
        let copy = (h + 2..n.min(h + 2 + TITLE_REACH))
            .find(|&i| is_copy(i))
            .or_else(|| {
                if word_count(title) < 4 {
                    return None;
                }
                (h + 1..n.min(h + 2 + TOOL_REACH))
                    .take_while(|&i| is_copy(i) || short(i))
                    .find(|&i| i >= h + 2 && is_copy(i))
            })
            .or_else(|| {
                // Past the reach, only a title of a few words over a menu.
                if word_count(title) < 4 {
                    return None;
                }
                (h + 1..n.min(h + 2 + MAX_LABELS_ABOVE_HEADLINE))
                    .take_while(|&i| {
                        let c = &self.cands[i];
                        is_copy(i) || c.shape == Shape::Chrome || kicker_like(&c.text)
                    })
                    .find(|&i| is_copy(i))
            })?;
        let label = copy - 1;
        let labelled = is_text(&self.cands[label])
            && kicker_like(&self.cands[label].text)
            && self.cands[label].text.as_str() != title;
        // With no label over the copy, only short lines between the two
        // (a tool's title over the page: `title` / `date` / `time` /
        // `title`): the page starts at the copy.
        let tool_lines = word_count(title) >= 4 && (h + 1..copy).all(short);
        if !labelled && !tool_lines {
            return None;
        }
        let label = if labelled { label } else { copy };
        for i in h..label {
            if self.roles[i] == Role::Unassigned {
                self.roles[i] = Role::Boilerplate;
            }
        }
        Some(copy)
    }

    /// When the first text `h` is a short label, the headline-like line
    /// below it and any further short labels (`Live TV` / `World` /
    /// `Storm floods the old town`), if there is one.
    fn headline_below_labels(&self, h: usize) -> Option<usize> {
        // A byline is no label: the stack ends there.
        let short_label = |i: usize| {
            let c = &self.cands[i];
            (c.shape == Shape::Plain && kicker_like(&c.text) || c.link_only)
                && !self.byline_gist(i).is_some_and(|g| g.prefixed)
        };
        if !short_label(h) {
            return None;
        }
        let mut k = h;
        // A headline-like line that is itself a short label (`The Gazette -
        // Back to homepage`) gives way to a longer one further down the
        // same stack of labels.
        let mut short_headline = None;
        // `labels`: the labels read so far, `h` included.
        for labels in 1..=MAX_LABELS_ABOVE_HEADLINE {
            // (A masthead's date among the labels is passed over too.)
            let Some(next) = (k + 1..self.cands.len()).find(|&i| {
                !matches!(self.cands[i].shape, Shape::Chrome | Shape::Image)
                    && !is_stamp(&self.cands[i].text)
            }) else {
                return short_headline;
            };
            let nc = &self.cands[next];
            let headline = headline_like(nc)
                && nc.shape != Shape::ListItem
                && nc.words > self.cands[h].words
                && nc.words <= 25
                && (!ends_terminal(&nc.text) || is_title_case(&nc.text))
                // (A title in capitals reads as names, though more than
                // a byline holds.)
                && !self
                    .byline_gist(next)
                    .is_some_and(|g| g.prefixed || g.stamped || g.name_words <= 4)
                && !timestamp::is_timestamp(&nc.text)
                && !has_stamp_field(&nc.text)
                && credit::split(&nc.text).is_none()
                && !self.next_content(next + 1).is_some_and(|i| {
                    // Not a sentence going on below (a lower-case timestamp,
                    // `an hour ago`, is no continuation).
                    let below = &self.cands[i].text;
                    scan::starts_lowercase(below) && !timestamp::is_timestamp(below)
                });
            let label = short_label(next);
            if headline && !label {
                // A long line with the byline, time or a caption right under
                // it is the dek of a short headline above it (`Transport` /
                // `Ferry fares on hold` / `The decision was pushed …` / `By
                // …`), not the headline.
                // (A section path is a label, however many its words.)
                // Only right above it: labels between them are a menu.
                // (A genre label, `Press release`, is no headline.)
                let short_above = short_headline
                    .filter(|&s| s == k)
                    .or((k == h
                        && self.cands[h].words >= 4
                        && !is_section_path(&self.cands[h].text))
                    .then_some(h))
                    .filter(|&s| !is_genre_label(&self.cands[s].text));
                // Under a menu (three labels or more) the long line is the
                // headline, and the label right above it a section.
                let menu = labels >= 3;
                if nc.words >= 10 && !menu && self.meta_follows(next) {
                    if let Some(above) = short_above {
                        return Some(above);
                    }
                }
                return Some(next);
            }
            // The last of them: a menu comes before the kicker and the
            // headline.
            if headline {
                short_headline = Some(next);
            }
            if !label {
                return short_headline;
            }
            k = next;
        }
        short_headline
    }

    /// When the line read first as the headline (`h`) is a label or a
    /// sentence, and two lines or more of text stand between it and the
    /// byline or time below (`OPINION` / `This article is an opinion.` /
    /// `I ran a school for 22 years. Bans are not the answer.` / a dek /
    /// `By …`): the headline is the line the dek and the byline follow.
    fn headline_above_meta(&self, h: usize) -> Option<usize> {
        let first = &self.cands[h].text;
        // Two sentences (`… an opinion. Opinions are …`), not an
        // abbreviation at the end of a headline (`… N.Y.C.`).
        let sentences = ends_terminal(first)
            && first
                .match_indices(". ")
                .any(|(at, _)| first[at + 2..].starts_with(char::is_uppercase));
        let label = kicker_like(first) && (word_count(first) <= 3 || scan::is_all_caps(first));
        if !(label || sentences) {
            return None;
        }
        let mut texts: Vec<usize> = Vec::new();
        for i in h + 1..self.cands.len().min(h + 24) {
            let c = &self.cands[i];
            // A menu under the site's name (`• Politics`, `• World`).
            let menu_item = c.shape == Shape::ListItem && c.words <= 3;
            if matches!(c.shape, Shape::Chrome | Shape::Image) || menu_item {
                continue;
            }
            // A byline: marked, linked, or a bare name of a few words.
            let name = self.byline_gist(i).is_some_and(|g| {
                g.prefixed || c.link_only || c.words <= 4 && !ends_terminal(&c.text)
            });
            let stamp = is_stamp(&c.text) || stamp_and_tail(&c.text).is_some();
            if stamp || name || byline::is_lone_marker(&c.text) {
                // The headline, and the dek under it when the last line is
                // no shorter than the one above; but a section's label over
                // the headline is its kicker.
                let label =
                    |k: usize| self.cands[k].words <= 3 && !ends_terminal(&self.cands[k].text);
                return match texts[..] {
                    [.., a, b] if label(a) && !label(b) => Some(b),
                    [.., a, b] if self.cands[b].words >= self.cands[a].words => Some(a),
                    [.., _, b] => Some(b),
                    _ => None,
                };
            }
            if c.link_only || has_credit(&c.text) {
                continue;
            }
            // A list under the headline is its summary, not its rivals.
            if !is_text(c) || c.shape == Shape::ListItem || c.words > 40 || texts.len() == 4 {
                return None;
            }
            texts.push(i);
        }
        None
    }

    /// When units from `k` on repeat the headline (`h`), perhaps split over
    /// several lines, the index after the copy.
    fn headline_copy(&self, h: usize, k: usize) -> Option<usize> {
        let full = self.cands[h].text.as_str();
        // A copy starts inside the headline's text (the title is part of
        // it); anything else is not worth the site split. (Found by its
        // first byte, with no searcher set up for each unit asked.)
        scan::find_str(full, self.cands[k].text.as_str())?;
        let title = &full[self.headline_title.clone()];
        // How much of the title, and of the whole headline, the units from
        // `k` spell out, joined with a space (none after a hyphen).
        let spell = |target: &str, at: usize, part: &str| -> Option<usize> {
            let rest = &target[at..];
            let rest = if at == 0 || target[..at].ends_with('-') {
                rest
            } else {
                rest.strip_prefix(' ')?
            };
            rest.strip_prefix(part).map(|r| target.len() - r.len())
        };
        let (mut in_title, mut in_full) = (Some(0), Some(0));
        for i in k..self.cands.len().min(k + 6) {
            let c = &self.cands[i];
            if !is_text(c) {
                return None;
            }
            in_title = in_title.and_then(|at| spell(title, at, &c.text));
            in_full = in_full.and_then(|at| spell(full, at, &c.text));
            if in_title == Some(title.len()) || in_full == Some(full.len()) {
                return Some(i + 1);
            }
            in_title?;
        }
        None
    }

    /// Reads unit `k` as the dateline when it is a place alone on its line
    /// right over the lede, not right under the byline (Anadolu's `Ankara`,
    /// Folha's `São Paulo`): one word, a place and its country (`Mumbai,
    /// India`), or words that open with a place-name word (`San`, `New`,
    /// `Rio`). Two words with no such sign are a name: a byline.
    fn take_place_line(&mut self, k: usize, last: &Role) -> bool {
        let c = &self.cands[k];
        // Not right under the byline, where a place is the author's.
        let placed = matches!(
            last,
            Role::Headline | Role::Standfirst | Role::Published | Role::Caption
        );
        if !placed || self.article.dateline.is_some() {
            return false;
        }
        if c.shape != Shape::Plain || c.unit.pieces.len() != 1 || !(1..=4).contains(&c.words) {
            return false;
        }
        let text = c.text.as_str();
        // `By Jane Roe, Staff` is a byline; `Summary`, `Analysis` are
        // labels.
        if self.byline_gist(k).is_some_and(|g| g.prefixed)
            || boilerplate::is_summary_label(text)
            || is_genre_label(text)
        {
            return false;
        }
        let (head, country) = match text.split_once(", ") {
            Some((city, country)) => (city, Some(country)),
            None => (text, None),
        };
        let first = head.split_whitespace().next().unwrap_or("");
        let place = is_bare_name(head)
            && country.is_none_or(is_bare_name)
            && if c.words == 1 {
                // Not a desk (`Reuters`) or a name the byline grammar knows.
                self.byline_gist(k).is_none()
            } else {
                country.is_some() || PLACE_NAME_WORDS.contains(&first)
            };
        // The lede comes right under it: not a paragraph the place's word
        // begins, cut by a page break (`Residents` / `of the quay said …`),
        // nor a caption with its credit (`… on Sunday. — APP`).
        let lede = self.cands.get(k + 1).is_some_and(|n| {
            n.shape == Shape::Plain
                && n.words > 15
                && !scan::starts_lowercase(&n.text)
                && !self.opens_with_dateline(k + 1)
                && !has_credit(&n.text)
        });
        if !place || !lede {
            return false;
        }
        let span = c.unit.pieces[0].span();
        self.article.dateline = Some(Dateline {
            location: Some(c.text.clone()),
            date: None,
            agency: None,
            span,
        });
        self.roles[k] = Role::Consumed;
        true
    }

    /// Reads unit `k` as the lead picture's caption when it is a copy of
    /// the headline `h` with a name on a line of its own under it (`Storm
    /// floods the old town` / `Jane Roe`): the picture's description
    /// repeats the headline, and the name is its credit.
    fn take_credited_headline_copy(&mut self, h: usize, k: usize) -> bool {
        let c = &self.cands[k];
        let [.., last] = &c.unit.pieces[..] else {
            return false;
        };
        if c.unit.pieces.len() < 2 || c.shape != Shape::Plain {
            return false;
        }
        let text = c.text.as_str();
        let name = last.text.trim();
        let Some(copy) = text.strip_suffix(name).map(str::trim_end) else {
            return false;
        };
        let full = self.cands[h].text.as_str();
        let title = &full[self.headline_title.clone()];
        let credited = credit::credit_only(name).is_some() || is_bare_name(name);
        if !credited || copy.is_empty() || (copy != full && copy != title) {
            return false;
        }
        let (input, unit) = (self.input, &c.unit);
        let caption = Caption {
            text: part_text(input, unit, &c.text, copy),
            credit: Some(part_text(
                input,
                unit,
                &c.text,
                &text[text.len() - name.len()..],
            )),
            spans: unit.spans(),
        };
        self.take_as_caption(k, caption);
        true
    }

    /// A summary under a `Key Points` label at `k` (or under the headline),
    /// its items running to `end`: the items joined are the standfirst, the
    /// label is chrome.
    fn take_summary_list(&mut self, k: usize, end: usize) {
        if self.roles[k] == Role::Unassigned {
            self.roles[k] = Role::Boilerplate;
        }
        self.join_into_standfirst(k + 1..end);
    }

    /// The end of a summary set as sentences under its label (`In short:` /
    /// two sentences / a caption): up to three sentences, which the header
    /// (a caption, an image, chrome) and not more story text follows.
    fn summary_sentences_end(&self, start: usize) -> Option<usize> {
        let sentence = |c: &Cand<'_>| {
            c.shape == Shape::Plain
                && ends_terminal(&c.text)
                && c.words <= 40
                && !has_credit(&c.text)
        };
        // (A sentence over a credit line is a caption.)
        let count = (start..self.cands.len().min(start + 3))
            .take_while(|&i| sentence(&self.cands[i]) && self.credit_line_after(i).is_none())
            .count();
        let end = start + count;
        let after = self.cands.get(end)?;
        let header_after = matches!(after.shape, Shape::Chrome | Shape::Image)
            || has_credit(&after.text)
            || self.credit_line_after(end).is_some();
        (count > 0 && header_after).then_some(end)
    }

    /// The end of a summary list (one to six items) starting at unit
    /// `start`.
    fn list_end(&self, start: usize) -> Option<usize> {
        let items = (start..self.cands.len())
            .take_while(|&i| self.cands[i].shape == Shape::ListItem)
            .count();
        (1..=6).contains(&items).then_some(start + items)
    }

    /// A timestamp line; a second copy of the same stamp printed for
    /// another screen size (`Published 27 July 2017 Published 27 Jul 2017`)
    /// is chrome.
    fn take_timestamp(&mut self, k: usize, value: &Text<'a>) {
        self.roles[k] = Role::Published;
        let text = value.as_str();
        // `4 Mar 20254 Mar 2025`: a stamp glued to its own copy.
        if let Some(at) = timestamp::glued_copy_start(text) {
            self.split_stamp_copy(k, value, &text[..at], &text[at..]);
            return;
        }
        let Some(first) = text.split_whitespace().next() else {
            return;
        };
        // Only a stamp that opens with a label (`Published`) can repeat.
        if first.chars().all(char::is_alphabetic) && timestamp::is_label(first) {
            let repeat = format!(" {first} ");
            if let Some(at) = scan::find_str(text, &repeat) {
                let (a, b) = (text[..at].trim(), text[at..].trim());
                if timestamp::is_timestamp(a) && timestamp::is_timestamp(b) {
                    self.split_stamp_copy(k, value, a, b);
                }
            }
        }
    }

    /// Splits unit `k` into its timestamp `stamp` and a second copy `copy`
    /// of it (chrome), when the copy's bytes can be found.
    fn split_stamp_copy(&mut self, k: usize, value: &Text<'a>, stamp: &str, copy: &str) {
        let input = self.input;
        let unit = &self.cands[k].unit;
        let copy = part_text(input, unit, value, copy);
        let mut stamp = part_text(input, unit, value, stamp);
        if let Some(&cut) = copy.spans().first() {
            stamp.spans = Spans::from_vec(carve(unit.spans().as_slice(), cut));
            self.published.push(stamp);
            self.article.boilerplate.push(copy);
            // The unit's bytes are claimed by the two values above; mark it
            // so it is not emitted again.
            self.roles[k] = Role::Consumed;
        }
    }

    /// A timestamp with chrome after it on its line: a reading time
    /// (`March 5, 2025 11:42 AM 3 min read`), or a short label after a
    /// slash or a pipe (`Updated on: March 6, 2025 / 7:42 PM EST / CBS
    /// News`, `Mar 6th 2025|LISBON`). The stamp is the timestamp (with the
    /// separator), the label chrome.
    fn take_stamp_with_tail(&mut self, k: usize, value: &Text<'a>) -> bool {
        let Some((stamp, tail)) = stamp_and_tail(value.as_str()) else {
            return false;
        };
        let input = self.input;
        let unit = &self.cands[k].unit;
        let mut stamp = part_text(input, unit, value, stamp);
        let tail = part_text(input, unit, value, tail);
        let mut rest = unit.spans().as_slice().to_vec();
        for t in [&stamp, &tail] {
            if let Spans::One(cut) = t.spans {
                rest = carve(&rest, cut);
            }
        }
        let mut spans = stamp.spans().to_vec();
        spans.extend(rest);
        spans.sort_by_key(|s| s.start);
        stamp.spans = Spans::from_vec(spans);
        self.published.push(stamp);
        // A place beside the time, right under the byline (`Pune |
        // Updated: …`, `… 09:12 pm IST - COIMBATORE`), is where the
        // author wrote from.
        let under_byline = (0..k)
            .rev()
            .find(|&i| self.roles[i] != Role::Boilerplate && self.cands[i].shape != Shape::Chrome)
            .is_some_and(|i| self.roles[i] == Role::Byline);
        let author = self.authors.last_mut().filter(|a| a.location.is_none());
        match author {
            Some(author) if under_byline && is_lone_place(tail.as_str()) => {
                author.location = Some(tail);
            }
            _ => self.article.boilerplate.push(tail),
        }
        self.roles[k] = Role::Consumed;
        true
    }

    /// A header line of fields set between pipes: a site name, timestamps
    /// and a byline (`Le Monde | 04.05.2015 à 13h36 | Par Jane Roe`).
    fn take_segmented(&mut self, k: usize, value: &Text<'a>) -> bool {
        let text = value.as_str();
        // Fields between pipes, middle dots or bullets (`March 5, 2025 · 6
        // min read`); a whole timestamp with a bullet inside (`16 November
        // 2017 • 2:15pm`) is read as one before this.
        let Some(separator) = field_separator(text) else {
            return false;
        };
        if text.len() > 300 {
            return false;
        }
        let segments: Vec<&str> = text.split(separator).map(str::trim).collect();
        let mut stamps = Vec::new();
        let mut names: Option<(&str, byline::Parsed<'_>)> = None;
        let mut chrome = Vec::new();
        let marked = segments
            .iter()
            .any(|seg| byline::parse(seg).is_some_and(|p| p.prefixed));
        let stamp_at = |at: usize| segments.get(at).is_some_and(|s| timestamp::is_timestamp(s));
        // The place the name wrote from, between the name and the time
        // (`KNS | Kessling | December 8, 2026`).
        let place_at = |at: usize| {
            segments
                .get(at)
                .is_some_and(|s| word_count(s) == 1 && is_lone_place(s))
                && stamp_at(at + 1)
        };
        for (i, seg) in segments.iter().enumerate() {
            // A name with no `By` opens the line, a time after it
            // (`Jane Roe | 08.05.2025`), when no name has a `By`.
            let name_first = |p: &byline::Parsed<'_>| {
                i == 0 && !marked && name_words(p) <= 4 && (stamp_at(1) || place_at(1))
            };
            if timestamp::is_timestamp(seg) {
                stamps.push(*seg);
            } else if i == 1 && place_at(1) && names.is_some() {
                if let Some(author) = names.as_mut().and_then(|(_, p)| p.authors.last_mut()) {
                    author.location.get_or_insert(seg);
                }
            } else if let Some(p) =
                byline::parse(seg).filter(|p| (p.prefixed || name_first(p)) && names.is_none())
            {
                names = Some((*seg, p));
            } else if word_count(seg) <= 3 && !ends_terminal(seg) {
                chrome.push(*seg);
            } else {
                return false;
            }
        }
        if stamps.is_empty() || !self.authors.is_empty() && names.is_some() {
            return false;
        }
        let input = self.input;
        let unit = &self.cands[k].unit;
        let mut stamp_texts: Vec<Text<'a>> = stamps
            .iter()
            .map(|seg| part_text(input, unit, value, seg))
            .collect();
        let mut chrome_texts: Vec<Text<'a>> = chrome
            .iter()
            .map(|seg| part_text(input, unit, value, seg))
            .collect();
        // A field whose words the input spells otherwise (`8*;` read as
        // `8;`) may be found inside another field: it claims no bytes then.
        let mut claimed: Vec<Span> = Vec::new();
        for t in stamp_texts.iter_mut().chain(chrome_texts.iter_mut()) {
            claim_once(t, &mut claimed);
        }
        // What the fields found in place leave of the unit (the separators,
        // a field cut by a line break: `… | Par` / `Jane Roe`) goes with the
        // byline, or with the first stamp, so that every byte is claimed.
        let mut rest = unit.spans().as_slice().to_vec();
        for t in stamp_texts.iter().chain(&chrome_texts) {
            if let Spans::One(cut) = t.spans {
                rest = carve(&rest, cut);
            }
        }
        if let Some((_, parsed)) = names {
            for a in &parsed.authors {
                let mut part = |p: &str| {
                    let mut t = part_text(input, unit, value, p);
                    claim_once(&mut t, &mut claimed);
                    t
                };
                let author = Author {
                    name: part(a.name),
                    role: a.role.map(&mut part),
                    location: a.location.map(&mut part),
                };
                self.authors.push(author);
            }
            self.byline_spans.extend(rest);
        } else if let Some(first) = stamp_texts.first_mut() {
            let mut spans = first.spans().to_vec();
            spans.extend(rest);
            spans.sort_by_key(|s| s.start);
            first.spans = Spans::from_vec(spans);
        }
        self.published.extend(stamp_texts);
        self.article.boilerplate.extend(chrome_texts);
        self.roles[k] = Role::Consumed;
        true
    }

    /// True for unit `k` as the author's signature under the story: right
    /// under a paragraph of the story, a person's name, perhaps with a
    /// title in parentheses after it.
    fn is_foot_signature(&self, k: usize, body_start: usize) -> bool {
        let c = &self.cands[k];
        if k <= body_start
            || c.shape != Shape::Plain
            || c.link_only
            || !(2..=6).contains(&c.words)
            || ends_terminal(&c.text) && !c.text.ends_with(')')
            || c.text.contains('/')
        {
            return false;
        }
        let text = c.text.as_str();
        let name = match text.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
            Some((name, title)) if byline::is_role_line(title) => name,
            Some(_) => return false,
            None => text,
        };
        let above = &self.cands[k - 1];
        byline::is_person(name)
            && above.shape == Shape::Plain
            && above.words >= 12
            && ends_terminal(&above.text)
    }

    /// True for unit `k` as another author under a byline whose every
    /// name had its title on the line under it: a bare name with a title
    /// under it too.
    fn takes_next_titled_name(&self, k: usize) -> bool {
        let c = &self.cands[k];
        c.shape == Shape::Plain
            && !self.authors.is_empty()
            && self.authors.iter().all(|a| a.role.is_some())
            && (2..=4).contains(&c.words)
            && is_bare_name(&c.text)
            && self.next_content(k + 1).is_some_and(|n| {
                n == k + 1
                    && byline::is_role_line(&self.cands[n].text)
                    && !is_stamp(&self.cands[n].text)
            })
    }

    /// A line under the byline with the last author's role, perhaps with a
    /// timestamp (`Seattle Times business reporter`,
    /// `Associated PressDecember 2, 2016`).
    fn take_role_line(&mut self, k: usize, value: &Text<'a>) -> bool {
        // A button under the name (`Follow`) is no role.
        if self.authors.last().is_none_or(|a| a.role.is_some())
            || self.cands[k].shape == Shape::Chrome
        {
            return false;
        }
        let text = value.as_str();
        let input = self.input;
        let unit = &self.cands[k].unit;
        let at = timestamp::suffix_start(text).or_else(|| timestamp::glued_start(text));
        // `Reporting from Brantley, Ohio`: where the author wrote from.
        if let Some(place) = scan::phrase(&["Reporting from "])(text)
            .ok()
            .map(|(rest, _)| rest.trim())
        {
            if !place.is_empty() {
                let place_text = part_text(self.input, &self.cands[k].unit, value, place);
                if let Some(last) = self.authors.last_mut() {
                    last.location.get_or_insert(place_text);
                }
                let spans = self.cands[k].unit.spans();
                self.byline_spans.extend(spans.as_slice());
                self.roles[k] = Role::Byline;
                return true;
            }
        }
        let separators = [' ', '-', '–', '—', '|', ',', '·', '•'];
        let (role, stamp) = match at {
            Some(at) => (
                text[..at].trim_end_matches(separators),
                Some(text[at..].trim_start_matches(separators)),
            ),
            None => (text.trim_end_matches(['·', '•', '|', ' ']), None),
        };
        // The author's handle after the role (`News reporter @janeroe`) is
        // the byline's markup.
        let role = match role.rsplit_once(' ') {
            Some((title, handle)) if handle.starts_with('@') && handle.len() > 1 => {
                title.trim_end()
            }
            _ => role,
        };
        // `Valdecarros - 10 mar 2025 - 12:47 CET` under the name: the place
        // the author writes from, set apart from the time by a dash.
        let dashes = ['-', '–', '—'];
        let dashed = at.is_some_and(|at| {
            text[..at].trim_end().ends_with(dashes) || text[at..].starts_with(dashes)
        });
        let known = role.split_whitespace().all(scan::is_capitalised) && word_count(role) <= 4;
        // An outlet set on the line right under the name (`Jane Roe` /
        // `Harbor Gazette`), with no blank line between.
        // (Not a section's name: `News`, `Politics`.)
        let outlet = known
            && !ends_terminal(role)
            && !role.contains(':')
            && !self.cands[k].unit.after_blank
            && !is_section_name(role);
        // `Fenwick Bay, B.C.` right under the name: a town and its region
        // abbreviated (`B.C.`, `Colo.`, `NSW`).
        let town_and_region = known
            && !self.cands[k].unit.after_blank
            && role.split_once(", ").is_some_and(|(town, region)| {
                is_bare_name(town)
                    && !region.contains(' ')
                    && region.len() <= 6
                    && region.starts_with(|c: char| c.is_ascii_uppercase())
                    && (region.ends_with('.') || scan::is_all_caps(region))
            });
        // A place in wire capitals (`ROME`, `NEW DELHI`) under the name,
        // not an agency (`ANSA`) or an outlet; after a blank line, over the
        // byline's time (`DAILY SABAH WITH AA` / `ISTANBUL` / `NOV 27,
        // 2026`).
        let caps_place = scan::is_all_caps(role)
            && role.chars().all(|c| c.is_alphabetic() || c == ' ')
            && !byline::is_organisation(role)
            && !byline::is_outlet(role);
        // (Or one capitalised word, no outlet, section or title:
        // `Barcelona` over `08/12/2026 06:00`.)
        let lone_place = word_count(role) == 1 && is_lone_place(role);
        let place_over_time = (caps_place || lone_place)
            && stamp.is_none()
            && self
                .next_content(k + 1)
                .is_some_and(|n| is_stamp(&self.cands[n].text));
        // (A player's button and its times, `Listen 00:00 / 04:12`, are
        // no role and no stamp.)
        if !(byline::is_role_line(role)
            || (stamp.is_some() || outlet || town_and_region || place_over_time) && known)
            || boilerplate::is_chrome(role, "")
        {
            return false;
        }
        let role_text = part_text(input, unit, value, role);
        let mut spans = unit.spans().as_slice().to_vec();
        if let Some(stamp) = stamp {
            let stamp_text = part_text(input, unit, value, stamp);
            if let Some(&cut) = stamp_text.spans().first() {
                spans = carve(&spans, cut);
            }
            self.published.push(stamp_text);
        }
        let place = town_and_region
            || place_over_time
            || (dashed || caps_place) && word_count(role) <= 3 && !byline::is_role_line(role);
        if let Some(last) = self.authors.last_mut() {
            if place {
                last.location.get_or_insert(role_text);
            } else {
                last.role = Some(role_text);
            }
        }
        self.byline_spans.extend(spans);
        self.roles[k] = Role::Byline;
        true
    }

    /// True when, after unit `k`, a header line (byline, timestamp, caption
    /// with a credit, image) comes before the next plain text.
    fn meta_follows(&self, k: usize) -> bool {
        // Buttons no lexicon knows, passed over on the way.
        const UNKNOWN_BUTTONS: usize = 2;
        let mut buttons = 0;
        for i in k + 1..self.cands.len().min(k + 16) {
            let c = &self.cands[i];
            match c.shape {
                Shape::Chrome if boilerplate::is_image_label(&c.text) => return true,
                Shape::Chrome => continue,
                Shape::Image => return true,
                Shape::Copyright => return false,
                _ => {}
            }
            let text = c.text.as_str();
            if c.link_only {
                // A linked author name is a byline; other links are chrome.
                if self.authors.is_empty() && self.byline_gist(i).is_some() {
                    return true;
                }
                continue;
            }
            if is_stamp(text) || has_stamp_field(text) || stamp_and_tail(text).is_some() {
                return true;
            }
            if is_stamp_label(text) {
                return true;
            }
            if self.authors.is_empty() {
                if is_byline_label(text) {
                    return true;
                }
                if let Some(g) = self.byline_gist(i) {
                    if g.prefixed || g.stamped || g.name_words <= 4 {
                        return true;
                    }
                }
            }
            if let Some(s) = credit::split(text) {
                return !s.credit.is_empty() || s.text.is_empty();
            }
            if caption_label(text).is_some() || self.credit_line_after(i).is_some() {
                return true;
            }
            // A button no lexicon knows (`Close extra sharing options`,
            // `Threads`) among the sharing row; a few at most.
            buttons += 1;
            if c.shape != Shape::Plain
                || c.words > 4
                || ends_terminal(text)
                || buttons > UNKNOWN_BUTTONS
            {
                return false;
            }
        }
        false
    }

    /// Reads the trailer from the bottom; returns the index where it starts.
    /// After the last paragraph come end notes, the copyright notice, and
    /// chrome: short lines with no sentence in them (tags, related links,
    /// section names).
    fn trailer(&mut self, body_start: usize) -> usize {
        let names: Vec<String> = self
            .authors
            .iter()
            .flat_map(|a| {
                let name = a.name.as_str().to_owned();
                let surname = name.rsplit(' ').next().map(str::to_owned);
                [Some(name), surname.filter(|s| s.len() > 3)]
            })
            .flatten()
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let mut start = self.cands.len();
        let mut k = self.take_highlights(body_start);
        if let Some(label) = self.take_story_end(body_start, k, &names) {
            start = label;
            k = label;
        }
        let mut stamped = !self.published.is_empty() || self.roles.contains(&Role::Published);
        // The trailer never takes the story's only text.
        let first_text = (body_start..self.cands.len()).find(|&i| {
            is_text(&self.cands[i]) && !self.cands[i].link_only && self.roles[i] == Role::Unassigned
        });
        while k > body_start {
            k -= 1;
            // A unit the header took already (a caption's credit line).
            if self.roles[k] != Role::Unassigned {
                continue;
            }
            let c = &self.cands[k];
            let text = c.text.as_str();
            let only_text = Some(k) == first_text && c.shape == Shape::Plain;
            // The second part of a paragraph cut by a page break
            // (`… both groups` / `had claimed victory!`) is story text.
            // Page chrome between the parts is skipped.
            let continuation = c.shape == Shape::Plain
                && scan::starts_lowercase(text)
                && (body_start..k)
                    .rev()
                    .find(|&i| !matches!(self.cands[i].shape, Shape::Chrome | Shape::Image))
                    .is_some_and(|i| {
                        let prev = &self.cands[i];
                        prev.shape == Shape::Plain && prev.words >= 6 && !ends_terminal(&prev.text)
                    });
            // A timestamp alone under the story's last paragraph, when the
            // header had none (Jiji prints `(2025/06/03-17:42)` there).
            if !stamped && self.closes_story(k, body_start) && is_stamp(unparenthesized(text)) {
                self.roles[k] = Role::Published;
                stamped = true;
                start = k;
                continue;
            }
            // The byline printed under the story (`By Jane Roe`), when the
            // header had none.
            if self.authors.is_empty()
                && self.is_lone_by_line(k)
                && self.take_byline(k, false).is_some()
            {
                self.split_reporter_email(k);
                start = k;
                continue;
            }
            // The author's signature right under the story, when the
            // header named no one (`Jane Roe`, `Jane ROE (Correspondent)`).
            if self.authors.is_empty() && self.is_foot_signature(k, body_start) {
                let value = self.cands[k].text.clone();
                if let Some(parsed) = byline::parse(value.as_str()) {
                    self.record_byline(k, &value, parsed);
                    start = k;
                    continue;
                }
            }
            if let Some(label) = self.contact_block(k, body_start) {
                self.roles[label] = Role::EndNote;
                for i in label + 1..=k {
                    self.roles[i] = Role::Joined(u32::try_from(label).unwrap_or(u32::MAX));
                }
                start = label;
                k = label;
                continue;
            }
            let c = &self.cands[k];
            let text = c.text.as_str();
            // Capitals no agency list knows sign the story only right under
            // its text; among tags (`Bengaluru News` / `BBMP`) they are one.
            let under_text = |above: &Cand<'_>| {
                matches!(above.shape, Shape::Plain | Shape::Quote)
                    && (above.words >= 6 || ends_terminal(&above.text))
            };
            let sign_off = endnotes::is_sign_off(text)
                && (!endnotes::is_capitals_sign_off(text)
                    || k == body_start
                    || under_text(&self.cands[k - 1]));
            let role = match c.shape {
                _ if (only_text || continuation) && !endnotes::is_tagline(text) => break,
                Shape::Chrome if endnotes::is_named_bio(text, &names) => Role::EndNote,
                // (A note in brackets, `[Edited by Jane Roe]`, which the
                // chrome lexicon takes for a widget's placeholder.)
                Shape::Chrome if text.starts_with('[') && endnotes::is_tagline(text) => {
                    Role::EndNote
                }
                Shape::Chrome | Shape::Image => Role::Boilerplate,
                Shape::Copyright => Role::Copyright,
                _ if sign_off => Role::EndNote,
                _ if c.link_only => Role::Boilerplate,
                _ if endnotes::is_tagline(text) => Role::EndNote,
                _ if endnotes::is_bio(text, &names) => Role::EndNote,
                // A promotion set in italics after the story.
                Shape::Plain if is_set_apart(&c.unit) => Role::Boilerplate,
                // An author box: the byline's name and links about them.
                // (A sentence that opens with the name is no box: `Jane Roe
                // receives funding from …` under a heading is a note.)
                _ if names.iter().any(|n| n.len() > 5 && text.starts_with(n))
                    && (!ends_terminal(text) || c.words <= 4) =>
                {
                    Role::Boilerplate
                }
                Shape::Plain | Shape::Heading(_) | Shape::ListItem if is_stray(text) => {
                    Role::Boilerplate
                }
                // A related story's headline over its date (`Why Are the
                // Streets Always Under Construction?` / `Aug. 18, 2016`).
                Shape::Plain
                    if c.words <= 15
                        && is_title_case(text)
                        && self.roles.get(k + 1) == Some(&Role::Boilerplate)
                        && timestamp::is_timestamp(&self.cands[k + 1].text) =>
                {
                    Role::Boilerplate
                }
                _ => match self.take_end_section(k, body_start, start < self.cands.len()) {
                    Some(heading) => {
                        start = heading;
                        k = heading;
                        continue;
                    }
                    None => break,
                },
            };
            self.roles[k] = role;
            start = k;
        }
        start
    }

    /// True when unit `k` stands right under the story's last paragraph:
    /// the unit before it is a finished sentence of some length that
    /// nothing has taken.
    fn closes_story(&self, k: usize, body_start: usize) -> bool {
        k > body_start
            && self.roles[k - 1] == Role::Unassigned
            && self.cands[k - 1].shape == Shape::Plain
            && self.cands[k - 1].words >= 10
            && ends_terminal(&self.cands[k - 1].text)
    }

    /// When unit `k` ends a block of contacts (`Media Contact:` / `Jane
    /// Roe` / `jane@example.com` / `555-0142`, lines with no blank line
    /// between them, one an address or a number), the index of its label:
    /// the block is one end note.
    fn contact_block(&self, k: usize, body_start: usize) -> Option<usize> {
        const MOST_LINES: usize = 6;
        let line = |i: usize| {
            let c = &self.cands[i];
            self.roles[i] == Role::Unassigned && c.shape == Shape::Plain && c.words <= 8
        };
        let mut label = k;
        let mut detail = false;
        while label > body_start && k - label < MOST_LINES && line(label) {
            let text = self.cands[label].text.as_str();
            if endnotes::is_contact_label(text) {
                break;
            }
            detail |= endnotes::is_contact_detail(text);
            if self.cands[label].unit.after_blank {
                // A block opened by the person's name, with no label over
                // it (a release's `Jane Roe` / `Headquarters, Washington` /
                // `202-555-0142` / `jane@example.com`).
                let named = k - label >= 2 && byline::is_name(text);
                return (named && detail).then_some(label);
            }
            label -= 1;
        }
        let labelled =
            label < k && line(label) && endnotes::is_contact_label(&self.cands[label].text);
        (labelled && detail).then_some(label)
    }

    /// Everything from a label that closes the story (`Read more about:`,
    /// `More to Read`, `In:`; see [`boilerplate::story_end_label`]) to
    /// `end`, when no story text comes after it: chrome, but for notes
    /// (`Agencies contributed to this report.`, an author's bio) and a
    /// copyright notice. Story text is a sentence of over 40 words after a
    /// label of tags, and of over 12 words after a related-links label
    /// (a box of links can sit in the middle of a story). Returns the
    /// label's index.
    fn take_story_end(&mut self, body_start: usize, end: usize, names: &[&str]) -> Option<usize> {
        let story_text = |least: u32| {
            (body_start..end).rev().find(|&i| {
                let c = &self.cands[i];
                c.shape == Shape::Plain && c.words > least && ends_terminal(&c.text) && !c.link_only
            })
        };
        // The first label with no story text after it.
        let sentence = story_text(12)?;
        // After the story's first sentence, and its last long paragraph.
        let first = (body_start..end).find(|&i| {
            let c = &self.cands[i];
            c.shape == Shape::Plain && c.words > 12 && ends_terminal(&c.text)
        })?;
        let long = story_text(40).unwrap_or(first).max(first);
        let label = (long + 1..end).find(|&i| {
            self.roles[i] == Role::Unassigned
                && matches!(
                    self.cands[i].shape,
                    Shape::Plain | Shape::Heading(_) | Shape::Chrome
                )
                && match boilerplate::story_end_label(&self.cands[i].text) {
                    Some(boilerplate::EndLabel::Tags) => true,
                    Some(boilerplate::EndLabel::Related) => i > sentence,
                    None => false,
                }
        })?;
        for i in label..end {
            if self.roles[i] != Role::Unassigned {
                continue;
            }
            let c = &self.cands[i];
            self.roles[i] = match c.shape {
                Shape::Copyright => Role::Copyright,
                Shape::Plain
                    if endnotes::is_tagline(&c.text) || endnotes::is_bio(&c.text, names) =>
                {
                    Role::EndNote
                }
                Shape::Chrome if endnotes::is_named_bio(&c.text, names) => Role::EndNote,
                _ => Role::Boilerplate,
            };
        }
        Some(label)
    }

    /// The section after the story that unit `k` ends, when it is one:
    /// a heading such as `Disclosure statement` or `Partners` (see
    /// [`endnotes::section_heading`]), then up to four short units. The
    /// heading is chrome; what it heads is end notes or chrome by its kind.
    /// A section of the site's own matter counts only with more of the
    /// trailer after it (`after_trailer`): a story may end with a part
    /// headed `Partners`. Returns the heading's index.
    fn take_end_section(
        &mut self,
        k: usize,
        body_start: usize,
        after_trailer: bool,
    ) -> Option<usize> {
        const MOST_UNITS: usize = 4;
        let heading = (body_start.max(k.saturating_sub(MOST_UNITS))..k)
            .rev()
            .find(|&i| endnotes::section_heading(&self.cands[i].text).is_some())?;
        let kind = endnotes::section_heading(&self.cands[heading].text)
            .filter(|&kind| kind == endnotes::Section::Notes || after_trailer)?;
        let contents = heading + 1..=k;
        let author_box = scan::starts_with_ci(&self.cands[heading].text, "about the");
        if !contents.clone().all(|i| {
            self.roles[i] == Role::Unassigned && self.cands[i].words <= 80
                || matches!(self.cands[i].shape, Shape::Chrome | Shape::Image)
        }) {
            return None;
        }
        self.roles[heading] = Role::Boilerplate;
        let names: Vec<&str> = if author_box {
            self.authors.iter().map(|a| a.name.as_str()).collect()
        } else {
            Vec::new()
        };
        for i in contents {
            if self.roles[i] != Role::Unassigned {
                continue;
            }
            // (Under `About the writer`, only the bio is a note: the name
            // over it and the box's other lines, `Languages spoken:`, are
            // the box's.)
            let box_line = author_box
                && !endnotes::is_bio(&self.cands[i].text, &names)
                && !endnotes::is_tagline(&self.cands[i].text);
            self.roles[i] = match (kind, self.cands[i].shape) {
                (_, Shape::Chrome | Shape::Image) => Role::Boilerplate,
                (endnotes::Section::Notes, _) if !self.cands[i].link_only && !box_line => {
                    Role::EndNote
                }
                _ => Role::Boilerplate,
            };
        }
        Some(heading)
    }

    /// The summary a CNN/Daily Mail dataset story ends with: `@highlight`
    /// markers (chrome), each over a sentence; the sentences joined are the
    /// standfirst. Returns where they start (the end of the text when
    /// there are none).
    fn take_highlights(&mut self, body_start: usize) -> usize {
        let n = self.cands.len();
        let is_marker = |c: &Cand<'_>| c.text.as_str() == "@highlight";
        let mut start = n;
        while start >= body_start + 2
            && is_marker(&self.cands[start - 2])
            && is_text(&self.cands[start - 1])
        {
            start -= 2;
        }
        if start == n {
            return n;
        }
        // Markers and sentences alternate from `start`.
        let free = !self.has_standfirst();
        for i in (start..n).step_by(2) {
            self.roles[i] = Role::Boilerplate;
            if !free {
                self.roles[i + 1] = Role::Boilerplate;
            }
        }
        if free {
            self.join_into_standfirst((start + 1..n).step_by(2));
        }
        start
    }

    /// Assigns the body, from `start` to `end`.
    fn body(&mut self, start: usize, end: usize) {
        self.take_signup_boxes(start, end);
        self.take_label_runs(start, end);
        // The image line just before this unit, if any.
        let mut after_image: Option<usize> = None;
        // A related box whose label closed the header goes on here.
        let mut in_related = start > 0
            && self.cands[start - 1].shape == Shape::Chrome
            && boilerplate::is_related_label(&self.cands[start - 1].text);
        let mut related_links = false;
        // The titles of the box may end with a full stop (`Notícias
        // relacionadas:` / `Casos de dengue caem 40%, aponta boletim.`).
        let mut finished_titles = false;
        // The words of the box's last title, once it has one.
        let mut last_title_words = None;
        let mut last_block: Option<usize> = None;
        let mut first_paragraph = true;
        let paragraph_indent = self.paragraph_indent(start, end).filter(|&i| i > 0);
        let crossheads = self.wrapped_crossheads(start, end);
        let base_indent = self.base_indent(start, end);
        for k in start..end {
            if self.roles[k] != Role::Unassigned {
                continue;
            }
            let shape = self.cands[k].shape;
            // Lines of an indented quote that changed their indent (a
            // listing quoted in it), with no blank line between: the same
            // quote, whatever they look like alone.
            if let Some(prev) = last_block {
                let c = &self.cands[k];
                if self.roles[prev] == Role::Body(BlockKind::Quote)
                    && !c.unit.after_blank
                    && base_indent.is_some_and(|i| c.unit.indent >= i.saturating_add(2))
                    && c.unit.indent >= self.cands[prev].unit.indent
                    && !matches!(shape, Shape::Image | Shape::Copyright)
                {
                    if let Ok(prev) = u32::try_from(prev) {
                        self.roles[k] = Role::Joined(prev);
                        continue;
                    }
                }
            }
            if shape == Shape::Chrome {
                if let Some(image) = after_image {
                    if self.take_image_credit(image, k) {
                        after_image = None;
                        continue;
                    }
                }
            }
            match shape {
                Shape::Chrome | Shape::Image => {
                    self.roles[k] = Role::Boilerplate;
                    if shape == Shape::Image || boilerplate::is_image_label(&self.cands[k].text) {
                        after_image = Some(k);
                    }
                    if boilerplate::is_related_label(&self.cands[k].text) {
                        in_related = true;
                        finished_titles = self.cands[k].text.ends_with(':');
                    }
                    continue;
                }
                Shape::Copyright => {
                    self.roles[k] = Role::Copyright;
                    continue;
                }
                _ => {}
            }
            if self.cands[k].link_only {
                self.roles[k] = Role::Boilerplate;
                related_links |= in_related;
                continue;
            }
            // A `By` line out of the header's place (under the story, or
            // between its first paragraphs): the byline, or a copy of it.
            if self.is_lone_by_line(k) {
                if !self.authors.is_empty() {
                    self.roles[k] = Role::Boilerplate;
                    continue;
                }
                if self.take_byline(k, false).is_some() {
                    continue;
                }
            }
            let text = self.cands[k].text.as_str();
            // The label of a related-links box opens the box.
            if boilerplate::is_related_label(text) {
                self.roles[k] = Role::Boilerplate;
                in_related = true;
                finished_titles = text.ends_with(':');
                continue;
            }
            // A date alone in the body dates a related link.
            if is_stamp(text) {
                self.roles[k] = Role::Boilerplate;
                continue;
            }
            // A promotion followed by its call to action (`Read now`).
            if self.cands[k].words <= 20 && self.next_is_call_to_action(k) {
                self.roles[k] = Role::Boilerplate;
                continue;
            }
            // A page header repeating the headline (PDF conversions), or a
            // jump head over the jump line (`Flood Board` / `(Continued from
            // Page 12)`).
            let jump_head = self.cands[k].words <= 4
                && !ends_terminal(text)
                && self
                    .cands
                    .get(k + 1)
                    .is_some_and(|next| boilerplate::is_jump_line(&next.text));
            if self.is_headline_repeat(text) || jump_head {
                self.roles[k] = Role::Boilerplate;
                continue;
            }
            // A related story's headline set in capitals between the
            // paragraphs (`HIKERS RESCUED AFTER FOUR NIGHTS ON A LEDGE`):
            // longer than a crosshead, and no sentence.
            if self.cands[k].words > 6
                && self.cands[k].words <= 20
                && scan::is_all_caps(text)
                && !ends_terminal(text)
                && shape == Shape::Plain
            {
                self.roles[k] = Role::Boilerplate;
                continue;
            }
            // Headlines of related articles under a `Related` label, until
            // the first text after its links.
            // (A promo headline may ask a question: `Why are fares rising?`;
            // a short one may end with a full stop: `Fares rise again, board
            // says.`.)
            // The box must have opened so: a label with a colon, then only
            // such titles. (Read only inside a box.)
            // (A crosshead after a title, shorter and over a paragraph, is
            // the story's again: `Les også` / `Slik blir …` / `Skal være
            // gratis` / the paragraph.)
            let crosshead = || {
                let words = self.cands[k].words;
                words <= 4
                    && last_title_words.is_some_and(|w| w >= 5)
                    // (The related story's byline is the box's.)
                    && byline::strip_marker(text).is_none()
                    && !byline::is_name(text)
                    && self.next_content(k + 1).is_some_and(|n| {
                        n == k + 1
                            && self.cands[n].shape == Shape::Plain
                            && self.cands[n].words >= 12
                            && ends_terminal(&self.cands[n].text)
                    })
            };
            let title = || {
                let unfinished = !text.trim_end().ends_with(['.', '!']);
                let words = self.cands[k].words;
                (unfinished && words <= 15 || finished_titles && words <= 10).then_some(unfinished)
            };
            if let Some(unfinished) = (in_related && !related_links && !crosshead())
                .then(title)
                .flatten()
            {
                finished_titles &= !unfinished;
                last_title_words = Some(self.cands[k].words);
                self.roles[k] = Role::Boilerplate;
                continue;
            }
            in_related = false;
            related_links = false;
            // A block quote: a paragraph indented deeper than the others;
            // inside a quote that goes on, any block so indented (a listing
            // quoted in the middle of it).
            let indented =
                base_indent.is_some_and(|i| self.cands[k].unit.indent >= i.saturating_add(2));
            let in_quote = last_block.is_some_and(|p| {
                self.roles[p] == Role::Body(BlockKind::Quote)
                    && self.cands[k].unit.indent >= self.cands[p].unit.indent
            });
            let quoted = shape == Shape::Plain
                && indented
                && (in_quote || ends_terminal(text) && self.cands[k].words > 6);
            // Items of a list a word processor printed without their
            // markers, under a lead-in that ends with a colon: each opens
            // in lower case and ends with a semicolon, the last with a
            // full stop. (Not a paragraph cut by a page break.)
            let lead_in = last_block.is_some_and(|p| {
                self.roles[p] == Role::Body(BlockKind::Paragraph)
                    && self.cands[p].text.ends_with(':')
            });
            if lead_in {
                let item = |i: usize| {
                    let c = &self.cands[i];
                    c.shape == Shape::Plain
                        && self.roles[i] == Role::Unassigned
                        && scan::starts_lowercase(&c.text)
                        && c.words <= 40
                };
                let mut end_items = k;
                while end_items < end
                    && item(end_items)
                    && self.cands[end_items].text.ends_with(';')
                {
                    end_items += 1;
                }
                if end_items < end && item(end_items) && self.cands[end_items].text.ends_with('.') {
                    end_items += 1;
                }
                let marked = end_items - k >= 2 && self.cands[end_items - 1].text.ends_with('.');
                // (Or short items with no mark at their end, one a line,
                // none of them a sentence: `the River Ludd at Bentham`.)
                if !marked {
                    let bare = |i: usize| {
                        item(i)
                            && self.cands[i].words <= 12
                            && self.cands[i].unit.pieces.len() == 1
                            && !self.cands[i]
                                .text
                                .ends_with(|c: char| c.is_ascii_punctuation())
                    };
                    end_items = k;
                    while end_items < end && bare(end_items) {
                        end_items += 1;
                    }
                }
                if marked || end_items - k >= 2 {
                    for i in k..end_items {
                        self.roles[i] = Role::Body(BlockKind::ListItem);
                    }
                    // (The loop passes over the items, their roles set.)
                    last_block = Some(end_items - 1);
                    continue;
                }
            }
            // A paragraph cut by a page break continues here.
            if let Some(prev) = last_block {
                if self.roles[prev] == Role::Body(BlockKind::Paragraph)
                    && shape == Shape::Plain
                    && !ends_terminal(self.cands[prev].text.as_str())
                    && scan::starts_lowercase(text)
                {
                    if let Ok(prev) = u32::try_from(prev) {
                        self.roles[k] = Role::Joined(prev);
                        continue;
                    }
                }
            }
            if shape == Shape::Plain && self.take_provided_caption(k) == Some(true) {
                continue;
            }
            if let Some(image) = after_image.take() {
                if self.take_image_credit(image, k) {
                    continue;
                }
                let text = self.cands[k].text.as_str();
                // After an image: its caption when the text is set like one
                // (right under it, as a bullet, in emphasis, labelled,
                // credited, or short and unfinished); otherwise the image's
                // own description is the caption.
                let c = &self.cands[k];
                let looks = !c.unit.after_blank
                    || shape == Shape::ListItem
                    || is_emphasised(&c.unit)
                    || caption_label(text).is_some()
                    || credit::split(text).is_some()
                    || (self.cands[k].words <= 20 && !ends_terminal(text));
                let caption_shape = matches!(shape, Shape::Plain | Shape::ListItem);
                if caption_shape && looks && self.cands[k].words <= 90 && self.take_caption(k, true)
                {
                    continue;
                }
                self.take_alt_caption(image);
            }
            if shape == Shape::Plain && self.take_caption(k, false) {
                // The caption began on the line set right above it, which
                // opened the block (`A meets B in 2006.` / `B mediates …
                // Credit: Jane Roe/AFP`).
                // Or the line above is all its text, and this line only its
                // credit (`A crane lies in the harbour.` / `Jane Roe / AFP`).
                let fragment = self
                    .article
                    .captions
                    .last()
                    .is_some_and(|c| c.text.is_empty() || !ends_terminal(&c.text));
                if let Some(prev) = last_block.filter(|&p| {
                    fragment
                        && p + 1 == k
                        && !self.cands[k].unit.after_blank
                        && self.cands[p].unit.after_blank
                        && self.roles[p] == Role::Body(BlockKind::Paragraph)
                        && self.cands[p].words <= 40
                }) {
                    self.extend_caption_backwards(prev);
                    last_block = None;
                }
                continue;
            }
            let text = self.cands[k].text.as_str();
            let between_text = |g: &Self| {
                let prev_text = last_block.is_some();
                let next_text = g.next_content(k + 1).is_some_and(|n| n < end);
                prev_text && next_text
            };
            // A promotion in brackets (`[Read: …]`, `[Get the app.]`).
            if shape == Shape::Plain && text.starts_with('[') && text.ends_with(']') {
                self.roles[k] = Role::Boilerplate;
                continue;
            }
            let kind = match shape {
                Shape::Heading(_) if self.cands[k].words > 12 && ends_terminal(text) => {
                    BlockKind::Paragraph
                }
                Shape::Heading(_) => BlockKind::Subhead,
                Shape::Quote => BlockKind::Quote,
                _ if quoted => BlockKind::Quote,
                // A numbered line alone between paragraphs is a crosshead
                // of a listicle (`3. Check the locks`), not a list.
                // So is a bulleted line alone, short and unfinished
                // (Anadolu's `- Freight volumes rising`).
                Shape::ListItem
                    if (list_number_len(text).is_some()
                        || self.cands[k].words <= 8 && !ends_terminal(text))
                        && !self.neighbour_is_list(k, start, end)
                        && between_text(self) =>
                {
                    BlockKind::Subhead
                }
                Shape::ListItem => BlockKind::ListItem,
                _ => {
                    // ARTICLE.md: six words or fewer without terminal
                    // punctuation, between paragraphs.
                    let continued = self
                        .next_content(k + 1)
                        .is_some_and(|n| scan::starts_lowercase(&self.cands[n].text));
                    // (A crosshead may ask a question: `How many wolves
                    // live here?`; a quoted one is a speaker's.)
                    let question = text.ends_with('?')
                        && !text.starts_with(['"', '“', '\'', '‘', '«', '„', '-', '—', '–']);
                    // (So may a tabloid's, in capitals and quoted: `‘I
                    // THOUGHT THAT WAS IT’`.)
                    let capitals = self.cands[k].words >= 2 && scan::is_all_caps(text);
                    let short = (!ends_terminal(text) || question || capitals)
                        && self.cands[k].words <= 6
                        && !continued;

                    // Crossheads set apart in hard-wrapped text, where every
                    // paragraph ends a sentence (see `crossheads`).
                    let set_apart = crossheads.contains(&k) && !continued;
                    let outdented = paragraph_indent.is_some_and(|i| self.cands[k].unit.indent < i)
                        && self.cands[k].words <= 15
                        && !ends_terminal(text);
                    if !first_paragraph && between_text(self) && (short || outdented || set_apart) {
                        BlockKind::Subhead
                    } else {
                        BlockKind::Paragraph
                    }
                }
            };
            if first_paragraph && kind == BlockKind::Paragraph {
                first_paragraph = false;
            }
            // A pull quote: a paragraph that is all quotation, then the
            // name of who said it on a line of its own (`"Essentially, …"`
            // / `Jane Roe, Ph.D.`).
            let pulled = last_block.filter(|&p| {
                kind != BlockKind::Quote
                    && self.roles[p] == Role::Body(BlockKind::Paragraph)
                    && is_whole_quotation(&self.cands[p].text)
                    && is_attribution(&self.cands[k].text)
            });
            if let Some(quote) = pulled {
                self.roles[quote] = Role::Body(BlockKind::Quote);
                self.roles[k] = Role::Body(BlockKind::Quote);
                last_block = Some(k);
                continue;
            }
            self.roles[k] = Role::Body(kind);
            last_block = Some(k);
        }
    }

    /// Crossheads of hard-wrapped text longer than six words: where long
    /// paragraphs run over lines, lines of their own of up to twelve words
    /// that do not end a sentence are headings when there are two or more
    /// (a house style of crossheads, not one video title), and a question
    /// set the same way among them is one too.
    fn wrapped_crossheads(&self, start: usize, end: usize) -> Vec<usize> {
        let wrapped = (start..end)
            .filter(|&i| self.cands[i].unit.pieces.len() >= 3 && self.cands[i].words > 30)
            .nth(2)
            .is_some();
        if !wrapped {
            return Vec::new();
        }
        let set_apart = |i: usize| {
            let c = &self.cands[i];
            c.shape == Shape::Plain
                && c.unit.pieces.len() == 1
                && c.unit.after_blank
                && self.cands.get(i + 1).is_some_and(|n| n.unit.after_blank)
                && (4..=12).contains(&c.words)
        };
        let plain: Vec<usize> = (start..end)
            .filter(|&i| set_apart(i) && !ends_terminal(&self.cands[i].text))
            .collect();
        if plain.len() < 2 {
            return Vec::new();
        }
        (start..end)
            .filter(|&i| {
                set_apart(i)
                    && (!ends_terminal(&self.cands[i].text) || self.cands[i].text.ends_with('?'))
            })
            .collect()
    }

    /// Runs of three or more short labels in a row (`Markets` / `News` /
    /// `Industry` / `Politics`, a menu copied one item per line): no
    /// story sets three crossheads with nothing between them, so they are
    /// chrome.
    fn take_label_runs(&mut self, start: usize, end: usize) {
        const LEAST: usize = 3;
        let label = |c: &Cand<'_>| {
            matches!(c.shape, Shape::Plain | Shape::Heading(_))
                && (1..=3).contains(&c.words)
                && !ends_terminal(&c.text)
                && !c.text.ends_with(':')
                && c.text.starts_with(char::is_uppercase)
        };
        let mut k = start;
        while k < end {
            // (A menu item the lexicon knows, `Home`, is part of the run.)
            let run = (k..end)
                .take_while(|&i| {
                    let c = &self.cands[i];
                    c.shape == Shape::Chrome || self.roles[i] == Role::Unassigned && label(c)
                })
                .count();
            let is_label = |i: &usize| self.cands[*i].shape != Shape::Chrome;
            let labels = (k..k + run).filter(is_label).count();
            if run >= LEAST && labels >= 2 {
                for i in (k..k + run).filter(is_label) {
                    self.roles[i] = Role::Boilerplate;
                }
            }
            k += run.max(1);
        }
    }

    /// A newsletter sign-up box in the body: its consent notice (`By
    /// signing up, you agree …`), and above it the pitch (`Your guide to
    /// the week, delivered every morning.`) and the newsletter's name over
    /// that: all chrome.
    fn take_signup_boxes(&mut self, start: usize, end: usize) {
        for k in start..end {
            if self.cands[k].shape != Shape::Chrome
                || !boilerplate::is_consent_notice(&self.cands[k].text)
            {
                continue;
            }
            let open = |g: &Self, i: usize| {
                g.roles[i] == Role::Unassigned && g.cands[i].shape == Shape::Plain
            };
            let Some(pitch) = k.checked_sub(1).filter(|&p| p >= start && open(self, p)) else {
                continue;
            };
            if !boilerplate::is_newsletter_pitch(&self.cands[pitch].text) {
                continue;
            }
            self.roles[pitch] = Role::Boilerplate;
            // The name: a short title over the pitch.
            if let Some(name) = pitch
                .checked_sub(1)
                .filter(|&n| n >= start && open(self, n))
            {
                let c = &self.cands[name];
                if c.words <= 5 && !ends_terminal(&c.text) {
                    self.roles[name] = Role::Boilerplate;
                }
            }
        }
    }

    /// The indent most long body paragraphs share (lynx and w3m indent
    /// paragraphs, set crossheads flush left and block quotes deeper).
    fn paragraph_indent(&self, start: usize, end: usize) -> Option<u32> {
        let mut counts: Vec<(u32, usize)> = Vec::new();
        for c in &self.cands[start..end.max(start)] {
            if c.shape == Shape::Plain && c.words > 15 {
                match counts.iter_mut().find(|(i, _)| *i == c.unit.indent) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((c.unit.indent, 1)),
                }
            }
        }
        let total: usize = counts.iter().map(|(_, n)| n).sum();
        let (indent, n) = counts.into_iter().max_by_key(|&(_, n)| n)?;
        (n >= 3 && n * 4 >= total * 3).then_some(indent)
    }

    /// True when the unit after `k` is a call to action (`Read now`,
    /// `Read more`) that makes `k` a link to another story.
    fn next_is_call_to_action(&self, k: usize) -> bool {
        self.cands.get(k + 1).is_some_and(|c| {
            let t = c.text.as_str().trim_end_matches(['.', '»', '›', ' ', ':']);
            [
                "read now",
                "read more",
                "read the full story",
                "watch now",
                "listen now",
            ]
            .iter()
            .any(|l| t.eq_ignore_ascii_case(l))
        })
    }

    /// The smallest indent of long body paragraphs, when at least two share
    /// it: a paragraph indented deeper is a block quote (w3m, lynx).
    fn base_indent(&self, start: usize, end: usize) -> Option<u32> {
        // Paragraphs still to be assigned (not chrome already known).
        let indents = || {
            (start..end.max(start))
                .filter(|&k| self.roles[k] == Role::Unassigned)
                .map(|k| &self.cands[k])
                .filter(|c| c.shape == Shape::Plain && c.words > 15)
                .map(|c| c.unit.indent)
        };
        let min = indents().min()?;
        (indents().filter(|&i| i == min).count() >= 2).then_some(min)
    }

    /// True when the nearest text unit before or after `k` is a list item.
    fn neighbour_is_list(&self, k: usize, start: usize, end: usize) -> bool {
        let is_list = |i: usize| self.cands[i].shape == Shape::ListItem;
        let before = (start..k)
            .rev()
            .find(|&i| is_text(&self.cands[i]) && !self.cands[i].link_only);
        let after = (k + 1..end).find(|&i| is_text(&self.cands[i]) && !self.cands[i].link_only);
        before.is_some_and(is_list) || after.is_some_and(is_list)
    }

    fn finish(mut self) -> Article<'a> {
        // Page-break joins: move each continuation's pieces to the end of
        // the paragraph it continues (in reading order, so order is kept).
        for k in 0..self.cands.len() {
            if let Role::Joined(target) = self.roles[k] {
                let mut target = target as usize;
                while let Role::Joined(up) = self.roles[target] {
                    target = up as usize;
                }
                let pieces = std::mem::take(&mut self.cands[k].unit.pieces);
                let continuation = Unit {
                    pieces,
                    ..self.cands[k].unit.clone()
                };
                self.cands[target].unit.append(continuation);
                let joined = self.cands[target].unit.to_text();
                self.set_text(target, joined);
            }
        }
        // The body and the chrome get their room at once: a text of many
        // short units would otherwise leave them up to twice their size.
        let (body, chrome) = self.roles.iter().fold((0, 0), |(b, c), role| match role {
            Role::Body(_) => (b + 1, c),
            Role::Unassigned | Role::Boilerplate => (b, c + 1),
            _ => (b, c),
        });
        self.article.body.reserve_exact(body);
        self.article.boilerplate.reserve_exact(chrome);
        let mut published = std::mem::take(&mut self.published);
        let mut dateline_done = self.article.dateline.is_some();
        let mut marker: Option<Spans> = None;
        for (k, cand) in self.cands.iter_mut().enumerate() {
            let role = std::mem::replace(&mut self.roles[k], Role::Unassigned);
            // Each unit's value was made when it was classified (or when a
            // continuation joined it); it is moved out, not made again.
            let value = std::mem::replace(
                &mut cand.text,
                Text::new(Cow::Borrowed(""), Spans::Many(Box::new([]))),
            );
            let mut value = Some(value);
            let mut text = || value.take().unwrap_or_else(|| cand.unit.to_text());
            match role {
                Role::Unassigned | Role::Boilerplate => {
                    if cand.unit.pieces.is_empty() {
                        continue;
                    }
                    let mut t = text();
                    // A rule before an end note (`___`) is that note's marker.
                    if is_rule(&t) && matches!(self.roles.get(k + 1), Some(Role::EndNote)) {
                        marker = Some(cand.unit.spans());
                        continue;
                    }
                    if t.is_empty() {
                        // An image line: keep its source, not an empty string.
                        let raw = cand.unit.raw();
                        t = Text::new(raw, t.spans.clone());
                    }
                    self.article.boilerplate.push(t);
                }
                Role::Joined(_) | Role::Consumed => {}
                Role::Kicker => {
                    let t = text();
                    let label = t.as_str().trim_end_matches(['—', '–', '-', '|', ' ']);
                    self.article.kicker = Some(if label.len() == t.len() {
                        t
                    } else {
                        let l = label.to_owned();
                        Text::new(Cow::Owned(l), t.spans.clone())
                    });
                }
                Role::Headline => {
                    let t = text();
                    // The split worked out when the headline was read, for
                    // the same text.
                    let split = match &self.headline_split {
                        Some((h, known)) if *h == k => known.as_ref().map(|s| s.on(t.as_str())),
                        _ => site_split(t.as_str()),
                    };
                    match split {
                        Some(split) => {
                            let input = self.input;
                            let unit = &cand.unit;
                            let side = part_text(input, unit, &t, split.side);
                            let title = part_text(input, unit, &t, split.title);
                            let mut title = title;
                            let spans = match side.spans().first() {
                                Some(&cut) => carve(t.spans(), cut),
                                None => t.spans().to_vec(),
                            };
                            // The title found where its words first stand in
                            // the source may not be the title's own bytes (an
                            // escape printed the same words earlier): then it
                            // is a copy.
                            if let Cow::Borrowed(b) = title.text {
                                let at = offset_in(input, b);
                                let within =
                                    spans.iter().any(|s| s.start <= at && at + b.len() <= s.end);
                                if !within {
                                    title.text = Cow::Owned(b.to_owned());
                                }
                            }
                            title.spans = Spans::from_vec(spans);
                            // The label on the headline's own line is its
                            // kicker; a line above (the site's name) gives
                            // way to it.
                            if split.kicker {
                                if let Some(above) = self.article.kicker.replace(side) {
                                    self.article.boilerplate.push(above);
                                }
                            } else {
                                self.article.boilerplate.push(side);
                            }
                            self.article.headline = Some(title);
                        }
                        None => self.article.headline = Some(t),
                    }
                }
                Role::Standfirst => self.article.standfirst = Some(text()),
                Role::Published => {
                    let t = text();
                    let bare = unparenthesized(t.as_str());
                    let t = if bare.len() < t.len() { t.sub(bare) } else { t };
                    published.push(match labelled_stamp(&t) {
                        Some(rest) => {
                            // The label stays a marker of the value.
                            let mut stamp = t.sub(rest);
                            stamp.spans = t.spans.clone();
                            stamp
                        }
                        None => t,
                    });
                }
                Role::Caption | Role::Byline => {}
                Role::Body(kind) => {
                    let mut t = text();
                    if !dateline_done && kind == BlockKind::Paragraph {
                        dateline_done = true;
                        let opens = &self.dateline_opens[k];
                        if let Some(found) =
                            Self::dateline_of(opens, &self.datelines, k, t.as_str())
                                .or_else(|| dateline::place_with_full_stop(t.as_str()))
                        {
                            let input = self.input;
                            let head = &t.as_str()[..found.len];
                            let span = locate(input, &cand.unit, head.trim_end())
                                .filter(|s| s.start == cand.unit.pieces[0].start)
                                .map(|s| {
                                    // The white space after the dash, as
                                    // the input has it (an NBSP is 2 bytes).
                                    let gap = input[s.end..].len()
                                        - input[s.end..].trim_start_matches(lines::is_space).len();
                                    Span::new(s.start, s.end + gap)
                                });
                            let rest = t.as_str()[found.len..].to_owned();
                            let d = Dateline {
                                location: found.location.map(|l| t.sub(l)),
                                date: found.date.map(|d| t.sub(d)),
                                agency: found.agency.map(|a| t.sub(a)),
                                span: span.unwrap_or_default(),
                            };
                            let mut d = d;
                            // Parts of a rewritten paragraph get the place
                            // where they stand inside the dateline.
                            if let (Some(span), Cow::Owned(_)) = (span, &t.text) {
                                let inside = |s: &Span| s.start >= span.start && s.end <= span.end;
                                for v in [&mut d.location, &mut d.date, &mut d.agency]
                                    .into_iter()
                                    .flatten()
                                {
                                    let found = (0..4)
                                        .map_while(|n| locate_nth(input, &cand.unit, v.as_str(), n))
                                        .find(inside);
                                    if let Some(s) = found {
                                        v.text = Cow::Borrowed(&input[s.range()]);
                                        v.spans = Spans::One(s);
                                    }
                                }
                            }
                            let body_spans = match span {
                                Some(cut) => Spans::from_vec(carve(t.spans(), cut)),
                                None => t.spans.clone(),
                            };
                            let rest_text = match &t.text {
                                Cow::Borrowed(b) => Cow::Borrowed(&b[found.len..]),
                                Cow::Owned(_) => Cow::Owned(rest),
                            };
                            t = Text::new(rest_text, body_spans);
                            self.article.dateline = Some(d);
                        }
                    }
                    self.article.body.push(Block { kind, text: t });
                }
                Role::EndNote => {
                    let mut t = text();
                    if let Some(at) = boilerplate::glued_tail(t.as_str()) {
                        t = split_tail(
                            self.input,
                            &cand.unit,
                            &t,
                            at,
                            &mut self.article.boilerplate,
                        );
                    }
                    // `--With assistance from …`: the dashes only mark it.
                    let bare = t.as_str().trim_start_matches(['-', '—', '–', '_', ' ']);
                    let mut t = if bare.len() == t.len() {
                        t
                    } else {
                        t.sub(bare)
                    };
                    if let Some(spans) = marker.take() {
                        let mut all = spans.as_slice().to_vec();
                        all.extend(t.spans());
                        t.spans = Spans::from_vec(all);
                    }
                    self.article.end_notes.push(t);
                }
                Role::Copyright => {
                    if self.article.copyright.is_none() {
                        let mut t = text();
                        // The notice read from `t` as it stands; read again
                        // once `t` is cut.
                        let mut notice = Some(NoticeAt::read(t.as_str()));
                        // A legal sentence before the notice is chrome.
                        if notice.as_ref().is_some_and(Option::is_none) {
                            if let Some(at) = copyright::embedded_start(t.as_str()) {
                                t = split_off(
                                    self.input,
                                    &cand.unit,
                                    &t,
                                    at,
                                    Keep::Tail,
                                    &mut self.article.boilerplate,
                                );
                                notice = None;
                            }
                        }
                        // Site links after the notice (`… All rights
                        // reserved. Terms of use.`) are chrome.
                        if let Some(at) = copyright::links_start(t.as_str()) {
                            t = split_tail(
                                self.input,
                                &cand.unit,
                                &t,
                                at,
                                &mut self.article.boilerplate,
                            );
                            notice = None;
                        }
                        let notice = notice.unwrap_or_else(|| NoticeAt::read(t.as_str()));
                        let holder = notice
                            .as_ref()
                            .and_then(|n| n.holder.clone())
                            .map(|h| t.sub(&t.as_str()[h]));
                        self.article.copyright = Some(Copyright {
                            year: notice.and_then(|n| n.year),
                            holder,
                            text: t,
                        });
                    } else {
                        self.article.boilerplate.push(text());
                    }
                }
            }
        }
        // An editor's initials glued to the last paragraph (`… voraus.
        // (bsc)`) are an end note.
        if let Some(last) = self.article.body.last_mut() {
            let text = last.text.as_str();
            if let Some(open) = scan::rfind_str(text, " (") {
                let sign = &text[open + 1..];
                if last.kind == BlockKind::Paragraph
                    && ends_terminal(text[..open].trim_end())
                    && endnotes::is_sign_off(sign)
                {
                    let mut note = last.text.sub(sign);
                    let mut head = last.text.sub(text[..open].trim_end());
                    // With an exact place the note's bytes leave the
                    // paragraph; without one the note claims none.
                    let exact = note.spans() != last.text.spans();
                    head.spans = match note.spans().first() {
                        Some(&cut) if exact => Spans::from_vec(carve(last.text.spans(), cut)),
                        _ => last.text.spans.clone(),
                    };
                    if !exact {
                        note.spans = Spans::Many(Box::new([]));
                    }
                    last.text = head;
                    self.article.end_notes.insert(0, note);
                }
            }
        }
        // A standfirst that repeats the first paragraph word for word (a
        // page's description over its lede) is a copy of it.
        let lede = self
            .article
            .body
            .iter()
            .find(|b| b.kind == BlockKind::Paragraph);
        // (Or its opening, cut short: `… the provincial ...`.)
        let repeats = match (&self.article.standfirst, lede) {
            (Some(standfirst), Some(lede)) => {
                let (standfirst, lede) = (standfirst.as_str(), lede.text.as_str());
                // (The lede's dateline, taken off it, may open the copy.)
                let opening = &lede[..crate::error::floor_char_boundary(lede, lede.len().min(30))];
                let standfirst = match scan::find_str(standfirst, opening) {
                    Some(at) if at <= 60 && self.article.dateline.is_some() => &standfirst[at..],
                    _ => standfirst,
                };
                let cut = standfirst
                    .strip_suffix("...")
                    .or_else(|| standfirst.strip_suffix('…'))
                    .map(str::trim_end)
                    .filter(|head| head.len() >= 40);
                standfirst == lede || cut.is_some_and(|head| lede.starts_with(head))
            }
            _ => false,
        };
        if repeats {
            if let Some(copy) = self.article.standfirst.take() {
                self.article.boilerplate.push(copy);
            }
        }
        // Timestamps in reading order.
        published.sort_by_key(|t| t.spans().first().map_or(usize::MAX, |s| s.start));
        self.article.published = concat(published);
        if !self.authors.is_empty() {
            self.article.byline = Some(Byline {
                authors: std::mem::take(&mut self.authors),
                spans: Spans::from_vec(std::mem::take(&mut self.byline_spans)),
            });
        }
        // Captions in the order of the units they were read from.
        let mut keyed: Vec<(usize, Caption<'a>)> = std::mem::take(&mut self.caption_units)
            .into_iter()
            .zip(std::mem::take(&mut self.article.captions))
            .collect();
        keyed.sort_by_key(|&(unit, _)| unit);
        self.article.captions = keyed.into_iter().map(|(_, c)| c).collect();
        self.article
    }
}

/// Parses the text of one article. The input is known to hold at least one
/// non-blank line.
pub(crate) fn parse(input: &str) -> Article<'_> {
    let mut g = Grammar::new(input);
    let body_start = g.header();
    let trailer_start = g.trailer(body_start).max(body_start);
    g.body(body_start, trailer_start);
    g.finish()
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::{Article, BlockKind};

    /// True when `text` is one of the article's chrome lines.
    fn has_chrome(article: &Article<'_>, text: &str) -> bool {
        article.boilerplate().iter().any(|b| b == text)
    }

    #[test]
    fn a_word_documents_running_head_and_foot_are_chrome() {
        let text = "Harbour Board – Kessling Port Authority\tPress Office\n\n\n\nHarbour board orders two electric ferries for the Kessling crossing\n\nThe vessels will enter service in 2027\n\nKessling, March 4, 2025 – The harbour board today ordered two electric ferries for the Kessling crossing, at a cost of 40 million euros.\n\nThe ferries will replace two diesel vessels built in 1988.\n\nwww.example.com\tHarbour Road 1, Kessling\tPage 1 of 1\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Harbour board orders two electric ferries for the Kessling crossing")
        );
        assert_eq!(
            article.standfirst().map(|s| s.as_str()),
            Some("The vessels will enter service in 2027")
        );
        assert_eq!(article.body().len(), 2);
        assert_eq!(article.boilerplate().len(), 2);
    }

    #[test]
    fn a_parsers_fields_printed_one_per_line() {
        let text = "Harbour Drama ‘Slipway’ Lands Series Order at Kessling Pictures, With Ana Lind to Showrun (EXCLUSIVE)\nMira Osei\n2025-03-04T17:30:00.000Z\nnull\nhttps://example.com/uploads/ana-lind.jpg\n![](https://example.com/uploads/ana-lind.jpg?w=681)\n\nAna Lind\n\nCourtesy of Kessling Pictures\n\nKessling Pictures has given a straight-to-series order to “Slipway,” a drama set in a harbour town from writer and showrunner Ana Lind.\n\nThe eight-episode series follows a young pilot.\n";
        let article = parse(text);
        assert!(article.headline().unwrap().ends_with("(EXCLUSIVE)"));
        assert_eq!(article.standfirst(), None);
        assert_eq!(article.byline().unwrap().authors()[0].name(), "Mira Osei");
        assert_eq!(article.published().unwrap(), "2025-03-04T17:30:00.000Z");
        let caption = &article.captions()[0];
        assert_eq!(caption.text().as_str(), "Ana Lind");
        assert_eq!(
            caption.credit().map(|c| c.as_str()),
            Some("Courtesy of Kessling Pictures")
        );
        assert!(has_chrome(&article, "null"));
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn yaml_front_matter_with_block_scalars_and_a_closing_fence_under_a_key() {
        let text = "---\nid: 6f0c2a1e\ntitle: |\n  Kessling ferry slip to close after failed inspection\nauthor: |\n  Mira Osei\ntags:\n  - ferries\ndate_saved: 2025-03-05 09:14:22\n---\n\n# Kessling ferry slip to close after failed inspection\n\n#Clippings\n\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that ran for a century.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling ferry slip to close after failed inspection")
        );
        assert_eq!(article.kicker(), None);
        assert_eq!(article.byline().unwrap().authors()[0].name(), "Mira Osei");
        assert_eq!(article.body().len(), 1);
        assert!(has_chrome(&article, "#Clippings"));
    }

    #[test]
    fn a_newsbank_document_view() {
        let text = "Access World News\nSearch Results\n< Back to results | < Previous | Next >\nSave | Email | Print | Cite | Share\nKessling to install 20,000 prepaid water meters by June\n\nThe Harbor Post (Kessling, Norland) - March 4, 2025\nAuthor/Byline: Ana Lind\nSection: News\nReadability: 11-12 grade level (Lexile: 1260L)\n\nKessling Bay. The Kessling Bay water authority will install 20,000 prepaid water meters in parts of the city by the end of June, it said on Monday.\n\nThe meters will be free for customers with no debt.\n\nRecord Number: 4A1E8B7C\n\nCopyright © 2025 NewsBank, Inc. All rights reserved.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling to install 20,000 prepaid water meters by June")
        );
        assert_eq!(article.byline().unwrap().authors()[0].name(), "Ana Lind");
        assert_eq!(article.published().unwrap(), "March 4, 2025");
        assert_eq!(
            article
                .dateline()
                .and_then(|d| d.location())
                .map(|l| l.as_str()),
            Some("Kessling Bay")
        );
        assert!(article.body()[0]
            .text()
            .starts_with("The Kessling Bay water"));
        assert_eq!(article.body().len(), 2);
        assert!(has_chrome(&article, "Section: News"));
    }

    #[test]
    fn a_read_later_copy_with_its_source_line_and_a_foot_byline() {
        let text = "Home\nLiked\nArchive\nKessling to turn old pump houses into urban farms\nharbournews.example.com · 5 min\nThe city will convert 11 old pump houses into small vertical farms by 2027, it said Tuesday.\nThe first two sites are to open next year.\nBY ANA LIND [ana.lind@harbournews.example.com]\nView Original\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling to turn old pump houses into urban farms")
        );
        assert!(has_chrome(&article, "harbournews.example.com · 5 min"));
        assert_eq!(article.byline().unwrap().authors()[0].name(), "ANA LIND");
        assert_eq!(article.end_notes(), ["ana.lind@harbournews.example.com"]);
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_word_processors_list_without_markers_keeps_its_items() {
        let text = "Harbour board to buy two electric ferries\n\nThe harbour board will buy two electric ferries for the Kessling crossing, it said on Monday.\n\nUnder the plan, the board will:\n\nbuild a charging berth at each end of the crossing;\n\ntrain crews in the new vessels;\n\nretire the two diesel ferries by 2027.\n\nThe first vessel is due in the spring, the board said.\n";
        let kinds: Vec<BlockKind> = parse(text).body().iter().map(|b| b.kind()).collect();
        use BlockKind::{ListItem, Paragraph};
        assert_eq!(
            kinds,
            [Paragraph, Paragraph, ListItem, ListItem, ListItem, Paragraph]
        );
        // Short items one a line, with no mark at their end.
        let bare = "Harbour board names new swimming sites\nThe harbour board named three new swimming sites on Monday, to be tested weekly from May.\nThe new sites include:\nthe beach at Kessling Point\nthe old lido at Veldan\nthe north pier steps\nSamples will be taken every week until September, the board said.\n";
        let kinds: Vec<BlockKind> = parse(bare).body().iter().map(|b| b.kind()).collect();
        assert_eq!(
            kinds,
            [Paragraph, Paragraph, ListItem, ListItem, ListItem, Paragraph]
        );
        // A paragraph a page break cut still joins.
        let cut = "Harbour board to buy two electric ferries\n\nThe harbour board will buy two electric ferries for the Kessling crossing, it said on Monday.\n\nThe board said the vessels would be built in the yard at\n\nbuild dates to be set in May;\n";
        assert_eq!(parse(cut).body().len(), 2);
    }

    #[test]
    fn a_line_closed_by_a_name_in_brackets_under_the_standfirst_is_a_caption() {
        let text = "Harbour trail to reopen for walkers\nAna Lind\nThe state will restore 60 km of the old coast path over 18 months, it said on Monday.\n\n\t\t\tWalkers on the coast path near Kessling. (Ola Berg)\n\nThe state government will restore a 60-kilometre stretch of the old coast path, officials said on Monday.\n\nWork will start in May.\n";
        let article = parse(text);
        let caption = &article.captions()[0];
        assert_eq!(
            caption.text().as_str(),
            "Walkers on the coast path near Kessling."
        );
        assert_eq!(caption.credit().unwrap().as_str(), "Ola Berg");
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_wire_items_stripped_xml_keeps_its_deck_and_its_lone_dateline() {
        let text = "\n  Harbour board earmarks EUR 38m for new ferries\n\n    Harbour board earmarks EUR 38m for new ferries\n    Fund to cover half of the cost of two electric vessels\n\n    By Ana Lind\n    Koper, 5 March (HNA) -\n\n      The harbour board on Wednesday allotted EUR 38 million for two electric ferries on the Koper crossing.\n      The vessels are to enter service in 2027, the board said.\n";
        let article = parse(text);
        assert_eq!(
            article.standfirst().map(|s| s.as_str()),
            Some("Fund to cover half of the cost of two electric vessels")
        );
        let dateline = article.dateline().unwrap();
        assert_eq!(dateline.location().unwrap(), "Koper");
        assert_eq!(dateline.agency().unwrap(), "HNA");
        assert!(article.body()[0].text().starts_with("The harbour board"));
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_jump_head_on_the_next_page_is_chrome_and_the_cut_paragraph_joins() {
        let text = "Night ferries to run from April\n\nBy Mira Osei\n\nThe harbour board will run night ferries between Kessling and the old town from April, it said on Monday.\n\nThe board said it had asked the coastguard to light the\n\nContinued on page 4\n\nNight ferries\nFROM PAGE 3\n\nchannel markers on the crossing before the first sailing.\n";
        let article = parse(text);
        let body: Vec<&str> = article.body().iter().map(|b| b.text().as_str()).collect();
        assert_eq!(
            body,
            [
                "The harbour board will run night ferries between Kessling and the old town from April, it said on Monday.",
                "The board said it had asked the coastguard to light the channel markers on the crossing before the first sailing."
            ]
        );
        assert!(has_chrome(&article, "Night ferries"));
        assert!(has_chrome(&article, "FROM PAGE 3"));
    }

    #[test]
    fn a_source_line_after_the_story_is_an_end_note() {
        let text = "Kessling ferry slip to close\n\nBy Mira Osei\n\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that ran for a century.\n\nThe slip failed an engineering inspection last spring, and repairs would cost more than a new pier, the board said.\n\nCommuters will take the bus over the bridge from Monday, the board said.\n\nSource: 'Evening Report', Harbour Radio\n\nShare\n\nLINE\n";
        let article = parse(text);
        assert!(article.captions().is_empty());
        assert_eq!(
            article.end_notes(),
            ["Source: 'Evening Report', Harbour Radio"]
        );
        assert!(has_chrome(&article, "LINE"));
    }

    #[test]
    fn a_timestamp_under_the_last_paragraph_is_published_when_the_header_has_none() {
        let story = "Kessling ferry slip to close\n\nKessling, June 3 (Harbour Press)--The harbour board voted on Tuesday to close the old ferry slip at Kessling for good.\n\nCommuters will take the bus over the bridge from Monday, the board said in a statement.\n\n";
        let footed = format!("{story}(2025/06/03-17:42)\n\nRelated News\n");
        let article = parse(&footed);
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("2025/06/03-17:42")
        );
        assert_eq!(article.paragraphs().count(), 2);
        // A stamp in the header wins; the one at the foot is chrome.
        let headed = story.replacen("\n\n", "\n\nJune 2, 2025\n\n", 1);
        let headed = format!("{headed}(2025/06/03-17:42)\n");
        let article = parse(&headed);
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("June 2, 2025")
        );
        assert!(has_chrome(&article, "(2025/06/03-17:42)"));
    }

    #[test]
    fn a_long_paragraph_under_an_image_without_description_is_the_story() {
        let lead = "Kessling's harbour board has voted to close the old ferry slip for good, ending a service that ran for a century and carried most of the island's commuters, after engineers found that the timber piles under the ramp had rotted through in places.";
        let text = format!("# Kessling ferry slip to close\n\n![](https://example.com/slip.jpg)\n\n{lead}\n\nCommuters will take the bus over the bridge from Monday, the board said.\n");
        let article = parse(&text);
        assert!(article.captions().is_empty(), "{:?}", article.captions());
        assert_eq!(article.paragraphs().next().map(|p| p.as_str()), Some(lead));
        // A short line there is still the image's caption.
        let text = text.replacen(
            lead,
            "Commuters wait for the last ferry at the Kessling slip.",
            1,
        );
        let article = parse(&text);
        assert_eq!(article.captions().len(), 1);
    }

    #[test]
    fn a_related_box_under_a_label_with_a_colon_may_end_its_titles_with_full_stops() {
        let story = "Kessling ferry slip to close\n\nBy Mira Osei\n\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that ran for a century.\n\n";
        let tail = "The slip failed an engineering inspection last spring, and repairs would cost more than a new pier, the board said.\n\nCommuters will take the bus over the bridge from Monday, the board said.\n";
        let boxed = format!("{story}Related stories:\n\nFerry fares rise again, board says.\n\nWhy the bridge toll will stay.\n\n{tail}");
        let article = parse(&boxed);
        assert_eq!(article.paragraphs().count(), 3);
        assert!(has_chrome(&article, "Why the bridge toll will stay."));
        // After an unfinished title, a short sentence is the story again.
        let mixed =
            format!("{story}Related:\n\nFerry fares rise again\n\nCommuters were angry.\n\n{tail}");
        let article = parse(&mixed);
        assert!(article
            .paragraphs()
            .any(|p| p.as_str() == "Commuters were angry."));
    }

    #[test]
    fn a_section_path_right_under_the_headline_is_the_kicker() {
        let text = "Kessling Tests a Four-Day Week for Harbour Staff\n===\n\nPolitics | Northern Isles\n\nThe trial, launched at two ports this month, is watched closely by a board that wants harbour jobs to be attractive again.\n\nBy **Mira Osei**\n\nNovember 27, 2026\n\nThe harbour board has begun a six-month trial of a four-day week for part of its staff, officials said on Tuesday.\n\nCommuters will take the bus over the bridge from Monday, the board said.\n";
        let article = parse(text);
        assert_eq!(
            article.kicker().map(|k| k.as_str()),
            Some("Politics | Northern Isles")
        );
        assert!(article.standfirst().is_some());
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("November 27, 2026")
        );
        assert_eq!(article.paragraphs().count(), 2);
    }

    #[test]
    fn a_site_name_after_a_dash_leaves_the_headline() {
        let body = "\n\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good.\n\nCommuters will take the bus over the bridge from Monday, the board said.\n";
        let sited = format!("# Kessling ferry slip to close - Harbour Standard{body}");
        let article = parse(&sited);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling ferry slip to close")
        );
        assert!(has_chrome(&article, "Harbour Standard"));
        // A title's own dash stays.
        let dashed = format!("# Kessling ferry slip to close - for now{body}");
        let article = parse(&dashed);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling ferry slip to close - for now")
        );
    }

    #[test]
    fn a_feed_readers_item_gives_its_subject_as_the_headline_and_its_sender_as_the_byline() {
        let text = "Subject: Kessling ferry slip to close after inspection\nFrom: Mira Osei\nDate: 11/27/2026, 9:14 AM\nWebsite: https://example.com/kessling-ferry\n\nKESSLING — The harbour board voted on Tuesday to close the old ferry slip at Kessling for good.\n\nCommuters will take the bus over the bridge from Monday, the board said.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling ferry slip to close after inspection")
        );
        let names: Vec<&str> = article.authors().map(|a| a.name().as_str()).collect();
        assert_eq!(names, ["Mira Osei"]);
        assert_eq!(article.paragraphs().count(), 2);
        // A mail sent to someone keeps its sender out of the byline.
        let mail = text.replacen("From: Mira Osei\n", "From: Mira Osei\nTo: Ana Lind\n", 1);
        assert!(parse(&mail).byline().is_none());
    }

    #[test]
    fn a_print_headline_set_over_narrow_lines_is_one_headline() {
        let text = "6 THE HARBOUR TIMES, TUESDAY, NOVEMBER 18, 2025\nNEWS\n\nDry spell sends\nKessling vegetable\nprices soaring\n\nBy MERA OSEI\n\nVEGETABLE prices at the Kessling market have more than\ndoubled in the past month as farmers struggle with the\ndriest October in 20 years.\n\nTraders said the price of cabbage had tripled since the\nstart of the month, and that stalls were half empty.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Dry spell sends Kessling vegetable prices soaring")
        );
        // A print headline ending in a word that needs another goes on
        // over a line in capitals or figures.
        let text = "NEWS\n\nSlurry cover\ndeadline set for\n2028 in Veldt\n\nThe council confirms the storage rule\n\nJo Hartley\n\nDAIRY farmers in Veldt will have to cover all slurry stores\nby the end of 2028, the council has confirmed.\n\nThe rule follows a consultation that ran for a year.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Slurry cover deadline set for 2028 in Veldt")
        );
    }

    #[test]
    fn a_city_in_capitals_between_the_byline_and_its_time_is_the_authors_place() {
        let text = "Kessling to run ferries through the night\n\nNight crossings will start in January, with boats every 45 minutes.\n\nHARBOUR DAILY WITH AGENCIES\n\nKESSLING\n\nNOV 27, 2026 - 1:12 PM\n\nThe harbour board voted on Tuesday to run the ferries through the night on weekends.\n\nCommuters will take the night boat from January, the board said.\n";
        let article = parse(text);
        let author = article.authors().next().expect("a byline");
        assert_eq!(author.location().map(|l| l.as_str()), Some("KESSLING"));
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("NOV 27, 2026 - 1:12 PM")
        );
    }

    #[test]
    fn a_newsletters_one_story_starts_under_its_rule_and_keeps_its_own_time() {
        let text = "From: Harbour Daily <news@example.com>\nDate: Fri, 27 Nov 2026 07:31:05 +0100\nSubject: Today in Kessling: Ferry slip to close\nTo: reader@example.org\n\nView this email in your browser [1]\n\nHARBOUR DAILY\nToday in Kessling\nFriday, November 27th\n\nGood morning! Here is today's main story, in full for members.\n\n------------------------------------------------------------\n\nTRANSPORT\n\nKessling ferry slip to close after failed inspection\n\nBy Mira Osei\n27 November 2026 07:00 CET\n\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that ran for a century.\n\nCommuters will take the bus over the bridge from Monday, the board said.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling ferry slip to close after failed inspection")
        );
        assert_eq!(article.kicker().map(|k| k.as_str()), Some("TRANSPORT"));
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("27 November 2026 07:00 CET")
        );
        assert_eq!(article.paragraphs().count(), 2);
        assert!(has_chrome(
            &article,
            "Good morning! Here is today's main story, in full for members."
        ));
    }

    #[test]
    fn a_dataset_record_whose_description_repeats_the_lede() {
        let lede = "Speed limits on most streets in central Kessling will drop to 30km/h from July after councillors voted 9-6 in favour.";
        let text = format!("title: Kessling councillors back 30km/h limit\ndate_publish: 2026-11-29 05:00:00\nsource_domain: www.example.com\nimage_url: https://example.com/street.jpg\ndescription: {lede}\nmaintext: By Mere Tawhiri\n{lede}\nThe new limit will apply to about 46km of roads, the council said.\n");
        let article = parse(&text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling councillors back 30km/h limit")
        );
        assert_eq!(article.standfirst(), None);
        assert_eq!(article.paragraphs().next().map(|p| p.as_str()), Some(lede));
        assert!(has_chrome(&article, lede));
    }

    #[test]
    fn a_credit_printed_over_its_caption_under_the_dek() {
        let text = "Faute de chauffeurs, des circuits d'autobus suspendus à Kessling\nDes centaines d'élèves doivent trouver un autre moyen de se rendre en classe\nPhoto: Mira Osei Le Quotidien\nDes élèves attendent un autobus devant une école primaire, lundi matin.\nJeanne Roy à Kessling\nPublié le 26 novembre 2026 à 5 h 00\nPrès de 40 circuits d'autobus scolaires ont été suspendus cette semaine dans la région, faute de chauffeurs.\nLes transporteurs affirment qu'une quarantaine de postes de chauffeur sont vacants depuis la rentrée.\n";
        let article = parse(text);
        assert_eq!(
            article.standfirst().map(|s| s.as_str()),
            Some("Des centaines d'élèves doivent trouver un autre moyen de se rendre en classe")
        );
        let caption = &article.captions()[0];
        assert_eq!(
            caption.text().as_str(),
            "Des élèves attendent un autobus devant une école primaire, lundi matin."
        );
        assert_eq!(
            caption.credit().map(|c| c.as_str()),
            Some("Mira Osei Le Quotidien")
        );
        assert_eq!(article.paragraphs().count(), 2);
    }

    #[test]
    fn a_json_record_gives_its_fields_and_its_story_by_paragraph() {
        let row = r#"{"title": "Kessling ferry slip to close", "text": "KESSLING \u2014 The harbour board voted on Tuesday to close the old ferry slip for good.\n\nCommuters will take the bus over the bridge from Monday, the board said.", "authors": ["Mira Osei", "Harbour Press"], "date_publish": "2026-11-30 08:12:00", "url": "https://example.com/ferry"}"#;
        let article = parse(row);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling ferry slip to close")
        );
        let paragraphs: Vec<&str> = article.paragraphs().map(|p| p.as_str()).collect();
        assert_eq!(
            paragraphs,
            [
                "The harbour board voted on Tuesday to close the old ferry slip for good.",
                "Commuters will take the bus over the bridge from Monday, the board said."
            ]
        );
        assert_eq!(
            article
                .dateline()
                .and_then(|d| d.location())
                .map(|l| l.as_str()),
            Some("KESSLING")
        );
        let names: Vec<&str> = article.authors().map(|a| a.name().as_str()).collect();
        assert_eq!(names, ["Mira Osei", "Harbour Press"]);
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("2026-11-30 08:12:00")
        );
        // Pretty-printed, one key a line, the same.
        let pretty = row
            .replace("{\"", "{\n    \"")
            .replace(", \"", ",\n    \"")
            .replace('}', "\n}");
        let article = parse(&pretty);
        assert_eq!(article.paragraphs().count(), 2);
        assert_eq!(article.authors().count(), 2);
    }

    #[test]
    fn a_factiva_displays_source_code_and_language_are_chrome() {
        let text = "World News\nKessling Ferry Slip to Close After Failed Inspection\n\nBy Mira Osei \n874 words\n30 November 2026\nThe Harbour Journal Online\nHJO\nEnglish\nCopyright 2026 Harbour Media, Inc. All Rights Reserved.\n\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a century of service.\n\nCommuters will take the bus over the bridge from Monday, the board said.\n";
        let article = parse(text);
        assert_eq!(article.paragraphs().count(), 2);
        for chrome in ["The Harbour Journal Online", "HJO", "English"] {
            assert!(has_chrome(&article, chrome), "{chrome}");
        }
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("30 November 2026")
        );
    }

    #[test]
    fn a_credit_alone_on_the_line_under_a_caption_under_the_byline() {
        // In words of its own, or bare: a name in capitals, an agency.
        for credit in [
            "Ana Lind for The Harbor Post",
            "CITY OF KESSLING",
            "ANA LIND",
            "Getty Images",
        ] {
            let text = format!("Kessling ferry slip to close after failed inspection\nBy Mira Osei\nMarch 4, 2025\nShare on Facebook\nCommuters wait for the last ferry at the Kessling slip.\n{credit}\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that ran for a century.\nCommuters will take the bus over the bridge from Monday, the board said.\n");
            let article = parse(&text);
            assert_eq!(article.captions().len(), 1, "{credit}");
            let caption = &article.captions()[0];
            assert_eq!(
                caption.text().as_str(),
                "Commuters wait for the last ferry at the Kessling slip."
            );
            assert_eq!(caption.credit().map(|c| c.as_str()), Some(credit));
            assert_eq!(article.body().len(), 2);
        }
    }

    #[test]
    fn a_section_name_between_the_byline_and_its_time_is_no_role() {
        let text = "Measles drive starts after 23 cases\nby ANA LIND OSEI\nNews\n30 November 2026 - 09:15\nCounty health officials began a door-to-door measles vaccination drive on Monday after 23 cases were confirmed.\nTeams will visit every home in the county, officials said.\n";
        let article = parse(text);
        let author = &article.byline().unwrap().authors()[0];
        assert_eq!(author.name(), "ANA LIND OSEI");
        assert!(author.role().is_none());
        let titled = "Measles drive starts after 23 cases\nby ANA LIND OSEI\nNews editor\n30 November 2026 - 09:15\nCounty health officials began a door-to-door measles vaccination drive on Monday after 23 cases were confirmed.\nTeams will visit every home in the county, officials said.\n";
        let article = parse(titled);
        let role = article.byline().unwrap().authors()[0]
            .role()
            .map(|r| r.as_str());
        assert_eq!(role, Some("News editor"));
    }

    #[test]
    fn a_caption_over_the_by_line_under_a_menu_is_no_headline() {
        let text = "Latest news\nRegions\nWorld\nBusiness\nSport\nKessling council votes to close two rural pools after repair bill\nCouncillors say the money is better spent on a swim bus, but rural families say children will lose out.\n30 Nov, 2026 05:00 AM\n3 mins to read\nThe Veldan pool has been closed since a leak was found in its tank last summer. Photo / Ana Lind\nBy Mira Osei\nLocal Democracy Reporter·Kessling Today·\n\nTwo rural swimming pools in Kessling will close for good after councillors voted 9-5 against paying for repairs.\n\nThe pools, both built in the 1960s, have been shut since last summer, officials said.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Kessling council votes to close two rural pools after repair bill"
        );
        assert_eq!(article.captions()[0].credit().unwrap(), "Ana Lind");
        let author = &article.byline().unwrap().authors()[0];
        assert_eq!(
            author.role().map(|r| r.as_str()),
            Some("Local Democracy Reporter·Kessling Today")
        );
        assert!(has_chrome(&article, "3 mins to read"));
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_csv_rows_columns_fill_their_fields() {
        let text = ",id,title,publication,author,date,url,content\n0,408,\"Harbour to add night ferries, citing stranded workers\",Veldan Times,Ana Lind,2026-11-30,https://veldan.example/408,\"The harbour board will add four night ferries from January, it said on Sunday.\nThe new routes will run between midnight and 4 a.m., a spokesman said, \"\"for the cleaners and the nurses\"\".\nana@veldan.example\"\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Harbour to add night ferries, citing stranded workers"
        );
        assert_eq!(article.byline().unwrap().authors()[0].name(), "Ana Lind");
        assert_eq!(article.published().unwrap(), "2026-11-30");
        let body: Vec<&str> = article.body().iter().map(|b| b.text().as_str()).collect();
        assert_eq!(body.len(), 2, "{body:?}");
        assert!(body[1].ends_with("\"for the cleaners and the nurses\"."));
        assert_eq!(article.end_notes(), ["ana@veldan.example"]);
        for chrome in [
            ",id,title,publication,author,date,url,content",
            "408",
            "Veldan Times",
        ] {
            assert!(has_chrome(&article, chrome), "{chrome}");
        }
    }

    #[test]
    fn a_print_folio_with_its_papers_name_and_date_between_pipes_is_chrome() {
        let text = "Times of Kessling | MONDAY, NOVEMBER 30, 2026 | 5\n\nResidents fight plans for\nten-storey block\n\nMore than 300 residents have signed objections to plans for a ten-storey apartment block, saying it would overshadow dozens of homes.\n\nThe application was filed in September.\n";
        let article = parse(text);
        assert!(article.kicker().is_none());
        assert_eq!(
            article.headline().unwrap(),
            "Residents fight plans for ten-storey block"
        );
        assert!(has_chrome(
            &article,
            "Times of Kessling | MONDAY, NOVEMBER 30, 2026 | 5"
        ));
    }

    #[test]
    fn an_outlet_on_the_line_under_a_pictures_caption_is_its_credit() {
        let text = "# Kessling to test on-demand minibuses in its suburbs\n\nBy Ana Lind / Staff Writer\n\n11:52 JST, December 14, 2026\n\n![](https://example.com/bus.jpg)\n\nA minibus used in a similar service in Veldan\n\nThe Harbor Shimbun\n\nKESSLING — The city will begin a trial of on-demand minibuses in two suburban districts next spring, officials said.\n\nResidents will be able to book rides by phone.\n";
        let article = parse(text);
        assert_eq!(article.captions().len(), 1);
        assert_eq!(
            article.captions()[0].credit().unwrap(),
            "The Harbor Shimbun"
        );
    }

    #[test]
    fn a_dated_notice_under_a_comment_form_is_the_copyright() {
        let text = "Fishermen call for the jetty to be fixed\nFishermen in Kessling say they are losing hundreds of dollars a week because the jetty has not been repaired.\nThe ministry said on Monday that work would start in January.\nLeave a Reply\nYour email address will not be published. Required fields are marked *\nCopyright © 2026 Kessling News Limited. All Rights Reserved.\n";
        let article = parse(text);
        let notice = article.copyright().unwrap();
        assert_eq!(notice.holder().unwrap(), "Kessling News Limited");
        assert!(article.captions().is_empty());
    }

    #[test]
    fn a_photographer_with_an_address_under_a_caption_is_its_credit() {
        let text = "Kessling to shade 40 bus stops by next summer\nBy Mira Osei\nDecember 14, 2026 5:00 AM\nShare\nA rider waits for the Route 11 bus on Flagler Street on Friday. Most stops have no shade.\nAna Lind-Berg alind@kesslingherald.example\nKessling will put shade canopies over 40 of the busiest bus stops by next summer, transit officials said Monday.\nThe work starts in March.\n";
        let article = parse(text);
        assert_eq!(
            article.captions()[0].credit().unwrap(),
            "Ana Lind-Berg alind@kesslingherald.example"
        );
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_quoted_crosshead_in_capitals_is_a_subhead() {
        let text = "Pensioner rescued from cliff ledge\n\nA pensioner was stranded on a cliff ledge for seven hours after slipping over the edge.\n\n‘I THOUGHT THAT WAS IT’\n\nShe was winched to safety by a coastguard helicopter shortly after dawn.\n";
        let kinds: Vec<BlockKind> = parse(text).body().iter().map(|b| b.kind()).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::Subhead,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn a_crosshead_after_a_related_title_is_the_storys_again() {
        let text = "Kessling to double its public toilets by 2030\n\nThe council will build 40 new public toilets over the next four years, according to a plan presented on Monday.\n\nLes også\n\nSlik blir det nye torget i Kessling sentrum\n\nSkal være gratis\n\nAll the new toilets will be free to use and open around the clock at five places in the centre, the council said.\n";
        let article = parse(text);
        let body: Vec<(BlockKind, &str)> = article
            .body()
            .iter()
            .map(|b| (b.kind(), b.text().as_str()))
            .collect();
        assert_eq!(body.len(), 3, "{body:?}");
        assert_eq!(body[1], (BlockKind::Subhead, "Skal være gratis"));
        assert!(has_chrome(
            &article,
            "Slik blir det nye torget i Kessling sentrum"
        ));
    }

    #[test]
    fn under_about_the_writer_only_the_bio_is_a_note() {
        let text = "Dust storm warning issued for Kessling valley\nBy Ana Lind\nWeather Reporter\nForecasters warned drivers on Monday to expect a wall of dust across the valley highway by evening.\nThe storms should pass within half an hour, the weather service said.\nAbout the writer\nAna Lind\nAna Lind is a weather reporter based in Kessling. She covers extreme weather.\nLanguages spoken: English\n";
        let article = parse(text);
        assert_eq!(
            article.end_notes(),
            ["Ana Lind is a weather reporter based in Kessling. She covers extreme weather."]
        );
        assert!(has_chrome(&article, "Languages spoken: English"));
    }

    #[test]
    fn a_notes_apps_title_and_date_over_the_page_are_chrome() {
        let text = "Kessling ferry slip to close after failed inspection\nTuesday 4 March 2025\n10:07\n\nKessling ferry slip to close after failed inspection\nUpdated 3 March 2025 18:40\nBy Mira Osei, Harbour Correspondent\n\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that ran for a century.\n";
        let article = parse(text);
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("Updated 3 March 2025 18:40")
        );
        assert!(has_chrome(&article, "Tuesday 4 March 2025"));
        assert_eq!(article.body().len(), 1);
        // A clipping's metadata between the title and its copy, the
        // section's label over the copy.
        let clip = "# Kessling ferry slip to close\n\n---\n\nCreated at: 2025-03-04T08:21:37+00:00\nLast updated at: 2025-03-04T08:22:05+00:00\nSource: https://example.com/kessling\n\n---\n\nFerries\n\n# Kessling ferry slip to close\n\nMira Osei, Harbour Correspondent\n\n04 Mar 2025\n\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that ran for a century.\n";
        let article = parse(clip);
        assert_eq!(article.kicker().map(|k| k.as_str()), Some("Ferries"));
        assert_eq!(article.published().unwrap(), "04 Mar 2025");
        assert_eq!(article.body().len(), 1);
    }

    #[test]
    fn a_discord_copy_keeps_the_pasted_article_and_sets_the_talk_aside() {
        let text = "ana.lind — 04/03/2025 10:42\nseen this?? https://example.com/2025/kessling-ferry/\nHarbour News\nKessling ferry slip to close after failed inspection\n[10:43]\npasting the text here 👇\n[10:44]\nKessling ferry slip to close after failed inspection\nBy Mira Osei\nMarch 4, 2025\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that ran for a century.\nCommuters will take the bus over the bridge from Monday, the board said.\nAdditional reporting by Ola Berg.\nola.berg — 04/03/2025 10:51\nabout time\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling ferry slip to close after failed inspection")
        );
        assert_eq!(article.byline().unwrap().authors()[0].name(), "Mira Osei");
        assert_eq!(article.body().len(), 2);
        assert_eq!(article.end_notes(), ["Additional reporting by Ola Berg."]);
        for chrome in [
            "ana.lind — 04/03/2025 10:42",
            "[10:43]",
            "pasting the text here 👇",
            "about time",
        ] {
            assert!(has_chrome(&article, chrome), "{chrome}");
        }
    }

    #[test]
    fn a_markdownload_clip_with_its_excerpt_and_summary_bullets() {
        let text = "# Kessling ferry slip to close after failed inspection\n\n> ## Excerpt\n> The harbour board will close the old slip for good.\n\n---\nby [Mira Osei](https://example.com/by/mira-osei/) on 18 November 2025\n\n-   The harbour board will close the old slip for good.\n-   Commuters will take the bus over the bridge from Monday.\n\nKESSLING — The harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that ran for a century.\n\nThe slip failed an inspection last spring.\n";
        let article = parse(text);
        assert_eq!(article.byline().unwrap().authors()[0].name(), "Mira Osei");
        assert_eq!(article.published().unwrap(), "18 November 2025");
        assert_eq!(
            article.standfirst().map(|s| s.as_str()),
            Some("The harbour board will close the old slip for good. Commuters will take the bus over the bridge from Monday.")
        );
        assert_eq!(article.body().len(), 2);
        assert!(has_chrome(
            &article,
            "The harbour board will close the old slip for good."
        ));
    }

    #[test]
    fn pandocs_div_fences_and_heading_attributes_are_markup() {
        let text = "# Kessling ferry slip to close {#kessling-ferry .title}\n\n::: {.perex}\nThe harbour board will close the old slip for good, ending a century of crossings.\n:::\n\n::: {.body}\n\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, officials said.\n\nCommuters will take the bus over the bridge from Monday.\n:::\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling ferry slip to close")
        );
        let body: Vec<&str> = article.body().iter().map(|b| b.text().as_str()).collect();
        assert!(body.iter().all(|b| !b.starts_with(":::")), "{body:?}");
        assert!(has_chrome(&article, "::: {.body}"));
    }

    #[test]
    fn a_bulleted_line_alone_between_paragraphs_is_a_crosshead() {
        let text = "Rail link to triple freight capacity\n\nThe two countries signed a protocol on Thursday to triple the freight capacity of the rail link, officials said.\n\n- Waiting times will fall\n\nThe minister said annual capacity would rise to about 20 million tons once the work is done.\n\n- Trucks, ferries\n- Rail\n\nThe work will take three years.\n";
        let kinds: Vec<BlockKind> = parse(text).body().iter().map(|b| b.kind()).collect();
        use BlockKind::{ListItem, Paragraph, Subhead};
        assert_eq!(
            kinds,
            [Paragraph, Subhead, Paragraph, ListItem, ListItem, Paragraph]
        );
    }

    #[test]
    fn a_desk_under_a_byline_label_is_taken_whole() {
        let labelled = parse("Ferry fares rise again\n\nText by:\nHARBOUR 24\nFollow\n\nFerry fares will rise by a third from June, the operator said on Monday.\n");
        assert_eq!(labelled.byline().unwrap().authors()[0].name(), "HARBOUR 24");
        assert_eq!(labelled.body().len(), 1);
    }

    #[test]
    fn a_news_services_initials_over_the_time_sign_the_story() {
        let article = parse("Civic body staggers office hours on the ring road\nThe pilot covers 1,800 civic employees and will be reviewed in March\nKPNS\nLast Updated : 30 November 2026, 04:12 IST\nKeshavapura: The civic body will begin a three-month pilot of staggered office hours for its own staff from December 7, officials said.\n");
        assert_eq!(article.byline().unwrap().authors()[0].name(), "KPNS");
        assert_eq!(
            article.dateline().unwrap().location().unwrap(),
            "Keshavapura"
        );
        // A word in capitals with vowels over the time is a label.
        let label = parse("Civic body staggers office hours on the ring road\nThe pilot covers 1,800 civic employees and will be reviewed in March\nFAST\nLast Updated : 30 November 2026, 04:12 IST\nKeshavapura: The civic body will begin a three-month pilot of staggered office hours for its own staff from December 7, officials said.\n");
        assert!(label.byline().is_none());
    }

    #[test]
    fn a_government_release_names_its_issuers_under_from() {
        let text = "Press release\nFerry grants for 12 island routes\nTwelve island ferry routes will share a new fund from April.\nFrom:\nDepartment for Transport, Ports & Harbours and The Rt Hon Jane Roe MP\nPublished\n5 March 2025\nTwelve island ferry routes will share a new fund of 40 million pounds from April, the department announced today.\nThe fund will pay for new vessels and for repairs to slipways.\n";
        let article = parse(text);
        assert_eq!(
            article.standfirst().map(|s| s.as_str()),
            Some("Twelve island ferry routes will share a new fund from April.")
        );
        let names: Vec<&str> = article
            .byline()
            .unwrap()
            .authors()
            .iter()
            .map(|a| a.name().as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Department for Transport, Ports & Harbours",
                "The Rt Hon Jane Roe MP"
            ]
        );
        assert_eq!(article.published().unwrap(), "5 March 2025");
        assert!(has_chrome(&article, "Published"));
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_chat_export_keeps_the_shared_article_and_sets_the_talk_aside() {
        let text = "12/06/2025, 18:02 - Ana Lind: look at this\n12/06/2025, 18:03 - Ana Lind: Kessling ferry slip to close after failed inspection\nBy Mira Osei\n12 June 2025\n\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that ran for a century.\n\nCommuters will take the bus over the bridge from Monday, the board said.\n12/06/2025, 18:05 - Ola Berg: about time\n12/06/2025, 18:06 - Ana Lind: agreed\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling ferry slip to close after failed inspection")
        );
        assert_eq!(article.byline().map(|b| b.authors().len()), Some(1));
        assert_eq!(article.body().len(), 2);
        for chrome in [
            "12/06/2025, 18:02 - Ana Lind: look at this",
            "12/06/2025, 18:03 - Ana Lind:",
            "12/06/2025, 18:05 - Ola Berg: about time",
            "12/06/2025, 18:06 - Ana Lind: agreed",
        ] {
            assert!(has_chrome(&article, chrome), "{chrome}");
        }
        let telegram = "Harbour Daily, [12.06.2025 18:03]\nKessling ferry slip to close after failed inspection\n\nThe harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that ran for a century.\n";
        let article = parse(telegram);
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("12.06.2025 18:03")
        );
        assert!(has_chrome(&article, "Harbour Daily,"));
        assert_eq!(article.kicker(), None);
    }

    #[test]
    fn an_outliners_page_reads_its_blocks_as_paragraphs() {
        let para = "The harbour board voted on Tuesday to close the old ferry slip at Kessling for good, ending a service that had run since the 1920s and carried commuters across the sound every morning and evening until the old timber pier failed an engineering inspection last spring.";
        let text = format!(
            "title:: Kessling ferry slip to close\ntags:: [[harbour]], [[ferries]]\n\n- Analysis\n- # Kessling ferry slip to close\n- Mira Osei\n- {para}\n- {para}\n- The board listed three reasons:\n\t- cost;\n\t- safety;\n- {para}\n"
        );
        let article = parse(&text);
        assert_eq!(article.kicker().map(|k| k.as_str()), Some("Analysis"));
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Kessling ferry slip to close")
        );
        assert_eq!(article.byline().map(|b| b.authors().len()), Some(1));
        let kinds: Vec<BlockKind> = article.body().iter().map(|b| b.kind()).collect();
        use BlockKind::{ListItem, Paragraph};
        assert_eq!(
            kinds,
            [Paragraph, Paragraph, Paragraph, ListItem, ListItem, Paragraph]
        );
        assert!(has_chrome(
            &article,
            "title:: Kessling ferry slip to close tags:: [[harbour]], [[ferries]]"
        ));
        // A list of short items is a list, however much of the text it is.
        let list = "Five things to know today\n\n- Fares rise\n- The pier shuts\n- Rain all week\n- Schools reopen\n- A new mayor\n";
        assert!(parse(list).body().iter().all(|b| b.kind() == ListItem));
    }

    #[test]
    fn a_newsletter_signup_box_in_the_body_is_chrome() {
        let text = "Permit deal collapses in the Senate\nBy Ana Lind\nA deal to speed up permits for rural broadband fell apart on Thursday, hours before a vote.\nThe sponsors said they would try again after the recess, aides said.\nHill Morning\nYour guide to the week in the capital, delivered every weekday morning.\nBy signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any time by following the directions at the bottom of the email or by clicking on the link provided.\nThe leader's office did not say when the bill might return to the floor.\n";
        let article = parse(text);
        let body: Vec<&str> = article.body().iter().map(|b| b.text().as_str()).collect();
        assert_eq!(body.len(), 3, "{body:?}");
        assert!(body[2].starts_with("The leader's office"));
        assert_eq!(article.boilerplate().len(), 3);
    }

    #[test]
    fn sections_after_the_story_are_notes_or_chrome_by_their_heading() {
        let text = "Trout return to the upper river\n\nBy Ana Lind\n\nTrout have returned to the upper river for the first time in twenty years, a survey found.\n\nThe survey counted fish at nine sites over two summers, the researchers said.\n\n## Disclosure statement\n\nAna Lind receives funding from the River Trust.\n\n## Partners\n\nVeldan University provides funding as a member of the network.\n\nRepublish our articles for free, online or in print.\n";
        let article = parse(text);
        assert_eq!(article.body().len(), 2);
        assert_eq!(
            article.end_notes(),
            ["Ana Lind receives funding from the River Trust."]
        );
        assert!(has_chrome(
            &article,
            "Veldan University provides funding as a member of the network."
        ));
        // The same heading inside the story, with the story going on after
        // its section, heads nothing.
        let inside = "Trout return to the upper river\n\nTrout have returned to the upper river for the first time in twenty years, a survey found.\n\n## Partners\n\nThe survey was run with three angling clubs and the water board, which paid for the boats.\n\nThe researchers will count again next summer at the same nine sites, they said.\n";
        assert_eq!(parse(inside).body().len(), 4);
    }

    #[test]
    fn capitals_sign_the_story_only_right_under_it() {
        let story = "The harbour court froze the sale of the old customs house on Monday after residents produced a deed they say shows the land was held in trust for the town.\nThe judge ordered both sides back to court on April 2 and gave the council three weeks to answer in full.\n";
        let signed = format!("Court freezes customs house sale\n{story}KNS\n");
        assert_eq!(parse(&signed).end_notes(), ["KNS"]);
        let tagged =
            format!("Court freezes customs house sale\n{story}Harbour News\nKHBT\nCourts\n");
        let tagged = parse(&tagged);
        assert!(tagged.end_notes().is_empty(), "{:?}", tagged.end_notes());
        assert!(has_chrome(&tagged, "KHBT"));
    }

    #[test]
    fn a_label_of_tags_closes_the_story() {
        let story = "The harbour court froze the sale of the old customs house on Monday after residents produced a deed they say shows the land was held in trust for the town, a claim the council rejects.";
        let text = format!("Court freezes customs house sale\n{story}\nRELATED:\nResidents protest harbour tower plan\nThe judge ordered both sides back to court on April 2 and gave the council three weeks to answer in full.\nAgencies contributed to this report.\nRead more about:\nHarbour News\nCourts\nYou're a dedicated reader\nWe're really pleased that you've read many of our articles in the past month.\nJoin Our Community\n");
        let article = parse(&text);
        let body: Vec<&str> = article.body().iter().map(|b| b.text().as_str()).collect();
        assert_eq!(body.len(), 2, "{body:?}");
        assert!(body[1].starts_with("The judge ordered"));
        assert_eq!(
            article.end_notes(),
            ["Agencies contributed to this report."]
        );
        for chrome in [
            "RELATED:",
            "Read more about:",
            "Courts",
            "Join Our Community",
        ] {
            assert!(has_chrome(&article, chrome), "{chrome}");
        }
    }

    #[test]
    fn a_stamp_keeps_its_line_but_not_the_chrome_after_it() {
        for (line, stamp, chrome) in [
            (
                "Updated on: March 6, 2025 / 7:42 PM EST / Harbour News",
                "Updated on: March 6, 2025 / 7:42 PM EST",
                "Harbour News",
            ),
            (
                "March 5, 2025 11:42 AM 3 min read",
                "March 5, 2025 11:42 AM",
                "3 min read",
            ),
        ] {
            let text = format!("Harbour talks resume in Veldan\n\nBy Ana Lind\n\n{line}\n\nTalks resumed on Monday after a week of strikes at the port, the union said.\n");
            let article = parse(&text);
            assert_eq!(article.published().unwrap(), stamp, "{line}");
            assert!(has_chrome(&article, chrome), "{line}");
        }
        // A place after the stamp is the byline's, right under it.
        for (line, stamp, place) in [
            ("Mar 6th 2025|VELDAN", "Mar 6th 2025", "VELDAN"),
            (
                "Updated - May 22, 2025 09:12 pm IST - VELDAN",
                "Updated - May 22, 2025 09:12 pm IST",
                "VELDAN",
            ),
        ] {
            let text = format!("Harbour talks resume in Veldan\n\nBy Ana Lind\n\n{line}\n\nTalks resumed on Monday after a week of strikes at the port, the union said.\n");
            let article = parse(&text);
            assert_eq!(article.published().unwrap(), stamp, "{line}");
            let author = &article.byline().unwrap().authors()[0];
            assert_eq!(author.location().map(|l| l.as_str()), Some(place), "{line}");
        }
    }

    #[test]
    fn buttons_no_lexicon_knows_do_not_end_the_header() {
        let text = "Water board's secret deal left wells dry, audit finds\nAn audit says the agency let a bottler draw more water than its permit allowed while residents hauled water in buckets.\nShare via\nGlide\nCopy Link URL Copied!\nBy Ana Lind\nStaff Writer\nFollow\nMarch 6, 2025 5 AM PT\nFor most of last summer, residents believed the problem was their pumps, officials said.\n";
        let article = parse(text);
        assert!(article.standfirst().unwrap().starts_with("An audit says"));
        let author = article.authors().next().unwrap();
        assert_eq!(author.role().unwrap(), "Staff Writer");
        assert_eq!(article.published().unwrap(), "March 6, 2025 5 AM PT");
        assert_eq!(article.body().len(), 1);
        // `Follow` under the name alone is a button, not the author's role.
        let follow = parse("Harbour talks resume in Veldan\nBy Ana Lind\nFollow\nToday, 3:42 pm\nTalks resumed on Monday after a week of strikes at the port, the union said.\n");
        assert!(follow.authors().next().unwrap().role().is_none());
    }

    #[test]
    fn a_menu_under_the_site_name_is_passed_over() {
        let text = "Harbour News\n  • Politics\n  • World\n  • Climate\n  • Local News\nWatch Harbour News\n\nClimate\n\nRiver town votes to buy out 140 homes in floodplain after two floods\n\nBy Ana Lind, Ola Berg\n\nUpdated on: March 6, 2025 / 7:42 PM EST / Harbour News\n\nResidents of the river town voted on Tuesday to accept a buyout of 140 homes, officials said.\n";
        let article = parse(text);
        assert_eq!(article.kicker().unwrap(), "Climate");
        assert!(article.headline().unwrap().starts_with("River town votes"));
        assert_eq!(article.authors().count(), 2);
        assert_eq!(
            article.published().unwrap(),
            "Updated on: March 6, 2025 / 7:42 PM EST"
        );
        assert_eq!(article.body().len(), 1);
    }

    #[test]
    fn a_by_line_below_wins_over_a_short_label() {
        let text = "Harbour to cap rent rises near the university - The Harbour Herald\n\nSocial Affairs\n\nHarbour to cap rent rises near the\nuniversity\n\nCity offers landlords tax relief in exchange for a 3% annual limit\n\nBy Park Se-eun\n\nPublished : Mar. 6, 2025 - 14:31\n\nThe city said on Thursday it will offer tax relief to landlords who cap rent rises.\n";
        let article = parse(text);
        let names: Vec<&str> = article.authors().map(|a| a.name().as_str()).collect();
        assert_eq!(names, ["Park Se-eun"]);
    }

    #[test]
    fn a_title_printed_again_under_a_label_is_the_headline_there() {
        let text = "Nets and nerves\n\nwww.example.com\n\nFishing quotas\n\nNets and nerves\n\nThe harbour's sardine fleet is at war with its own scientists\n\nMar 6th 2025|VELDAN\n\nAT FIVE IN the morning the quay smells of diesel and salt, and crews heave crates onto the floor.\n";
        let article = parse(text);
        assert_eq!(article.kicker().unwrap(), "Fishing quotas");
        assert_eq!(article.headline().unwrap(), "Nets and nerves");
        assert!(article
            .standfirst()
            .unwrap()
            .starts_with("The harbour's sardine fleet"));
        assert_eq!(article.published().unwrap(), "Mar 6th 2025");
        assert_eq!(article.body().len(), 1);
    }

    #[test]
    fn an_archive_today_toolbar_and_its_capture_time_are_chrome() {
        let text = "archive.today\nwebpage capture\nSaved from\nhttps://www.example.com/veldan/ferry-fares\nsearch\n11 Feb 2025 09:14:52 UTC\nno other snapshots from this url\nAll snapshots from host www.example.com\nWebpage\nScreenshot\nshare\ndownload .zip\nreport bug or abuse\nBuy me a coffee\n\nCourier\nNews\nOpinion\nSubscribe\n\nTransport\nVeldan ferry fares to rise by a third in June\nThe operator blames fuel costs and a smaller subsidy\nMara Quist\nFeb 11, 2025 11:02 am\nFerry fares across the Veldan estuary will rise by a third in June, the operator said on Tuesday, blaming fuel costs.\nThe county said it would look again at the subsidy.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Veldan ferry fares to rise by a third in June"
        );
        assert_eq!(article.published().unwrap(), "Feb 11, 2025 11:02 am");
        assert!(has_chrome(&article, "11 Feb 2025 09:14:52 UTC"));
        assert!(has_chrome(&article, "Buy me a coffee"));
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn the_label_on_the_headlines_line_wins_over_a_label_above() {
        let text = "The Veldan Herald\n\nPHOTOS: Residents return to Sorrel Ridge after the fire\n\nBy Mara Quist\n\nResidents of Sorrel Ridge were allowed back into the hillside town on Tuesday, two days after a fire destroyed 212 homes.\n\nThe county said the road would stay closed to visitors.\n";
        let article = parse(text);
        assert_eq!(article.kicker().unwrap(), "PHOTOS");
        assert_eq!(
            article.headline().unwrap(),
            "Residents return to Sorrel Ridge after the fire"
        );
        assert!(has_chrome(&article, "The Veldan Herald"));
    }

    #[test]
    fn summary_bullets_under_the_time_and_over_the_lede_are_the_standfirst() {
        let text = "harbournews.example\nVeldan ferry operator secures $60 million loan to renew its fleet\nTuesday, 04 March 2025 11:23\nEstimated reading time: 4 minutes\n\n• The operator has signed a $60 million loan with a group of local banks.\n• The loan will pay for four new ferries from 2026.\n\n(Harbour News) - The Veldan ferry operator has secured a $60 million loan to renew its fleet, it said on Tuesday.\n\nThe new ferries will run on batteries.\n";
        let article = parse(text);
        assert_eq!(
            article.standfirst().unwrap(),
            "The operator has signed a $60 million loan with a group of local banks. The loan will pay for four new ferries from 2026."
        );
        assert!(has_chrome(&article, "Estimated reading time: 4 minutes"));
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_live_blog_header_with_an_irish_byline_and_its_first_entry_time() {
        let text = "LIVE\n\nStorm live: Red warning lifted in Veldan as 140,000 homes remain without power\n\nOrange wind warnings stay in place for the coast until 6pm, with schools closed\n\nCian Ó Briain and Mairead Hurley\n\nTue, 04 Mar, 2025 - 07:15\nUpdated: Tue, 04 Mar, 2025 - 14:48\n\nShare\n\n14:48\n\nPower could be off for days in worst-hit areas\n\nThe network company says 140,000 homes, farms and businesses are still without power, down from a peak of 210,000 at 9am.\n\nCrews have restored supply to 70,000 customers since the warning was lifted.\n";
        let article = parse(text);
        assert_eq!(
            article.published().unwrap(),
            "Tue, 04 Mar, 2025 - 07:15 Updated: Tue, 04 Mar, 2025 - 14:48"
        );
        assert_eq!(
            article.standfirst().unwrap(),
            "Orange wind warnings stay in place for the coast until 6pm, with schools closed"
        );
        let names: Vec<&str> = article.authors().map(|a| a.name().as_str()).collect();
        assert_eq!(names, ["Cian Ó Briain", "Mairead Hurley"]);
    }

    #[test]
    fn a_clipping_tools_title_and_times_give_way_to_the_pages_own() {
        let text = "# Veldan ferry fares to rise by a third in June\n\nURL: https://example.com/veldan/ferry-fares\nCreated: March 4, 2025 9:41 AM\nTags: Transport\n\n[Transport](https://example.com/transport/)\n\n# Veldan ferry fares to rise by a third in June\n\nTuesday, March 4, 2025 08:15\n\n**The operator blames fuel costs and a smaller subsidy for the rise.**\n\n![A ferry at Veldan. (Photo: Harbour News)](image1.jpg)\n\nFerry fares across the Veldan estuary will rise by a third in June, the operator said on Tuesday, blaming fuel costs.\n\nThe county said it would look again at the subsidy.\n";
        let article = parse(text);
        assert_eq!(article.kicker().unwrap(), "Transport");
        assert_eq!(article.published().unwrap(), "Tuesday, March 4, 2025 08:15");
        assert!(has_chrome(&article, "Created: March 4, 2025 9:41 AM"));
        assert_eq!(
            article.standfirst().unwrap(),
            "The operator blames fuel costs and a smaller subsidy for the rise."
        );
        assert_eq!(article.body().len(), 2);
        let saved = "Subject: Veldan ferry fares to rise - Harbour News\nFrom: <Saved by Blink>\nDate: Tue, 04 Mar 2025 16:41:07 -0500\n\nHarbour News\n\nVeldan ferry fares to rise by a third in June\n\n4 March 2025, 10:05\n\nFerry fares across the Veldan estuary will rise by a third in June, the operator said on Tuesday, blaming fuel costs.\n\nThe county said it would look again at the subsidy.\n";
        assert_eq!(parse(saved).published().unwrap(), "4 March 2025, 10:05");
    }

    #[test]
    fn a_label_over_a_run_of_buttons_is_no_kicker() {
        let story = "\nVeldan Robotics opens a harvesting robot plant in Ashfield\n\nOctober 15, 2024 08:00 ET\n\nASHFIELD, Ohio, Oct. 15, 2024 (GLOBE NEWSWIRE) -- Veldan Robotics said on Tuesday it would open a plant in Ashfield that will employ 200 people.\n\nThe plant will build robots for orchards.\n";
        let text = format!("Wire by example\nNewsroom\nSearch\nSign In\nSign Up\n{story}");
        assert_eq!(parse(&text).kicker(), None);
        let text = format!("Newsroom\nSign In\n{story}");
        assert_eq!(parse(&text).kicker().unwrap(), "Newsroom");
    }

    #[test]
    fn a_caption_under_its_picture_may_end_with_a_name_in_brackets() {
        let text = "Veldan ferry fares to rise by a third in June\n\nBy Mara Quist\n\n![Ferry](https://example.com/a.jpg)\n\nPassengers board a ferry at the port of Veldan in this file photo. \\[Harbour News\\]\n\nFerry fares across the Veldan estuary will rise by a third in June, the operator said on Tuesday, blaming fuel costs.\n\nThe county said it would look again at the subsidy (Ostmark Council).\n";
        let article = parse(text);
        let captions: Vec<(&str, Option<&str>)> = article
            .captions()
            .iter()
            .map(|c| (c.text().as_str(), c.credit().map(|t| t.as_str())))
            .collect();
        assert_eq!(
            captions,
            [(
                "Passengers board a ferry at the port of Veldan in this file photo.",
                Some("Harbour News")
            )]
        );
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_newspaper_script_print_with_an_agency_dateline_and_sign_off() {
        let text = "\u{feff}Title: Flash floods cut off 40 villages in Veldan after embankment breach\nAuthors: ['Ani']\nPublish Date: 2025-06-12 18:42:00+05:30\nTop Image: https://example.com/a.jpg\nText:\nHaflong (Ostmark) [Norland], June 12 (ANI): At least 40 villages in Veldan district were cut off on Thursday after flash floods breached an embankment, officials said.\n\nThe state government said in a statement on Thursday afternoon that district officials had been told to ensure supplies of food, drinking water and medicines in the relief camps. (ANI)\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Flash floods cut off 40 villages in Veldan after embankment breach"
        );
        assert_eq!(article.authors().next().unwrap().name(), "Ani");
        assert_eq!(article.published().unwrap(), "2025-06-12 18:42:00+05:30");
        let dateline = article.dateline().unwrap();
        assert_eq!(dateline.location().unwrap(), "Haflong (Ostmark) [Norland]");
        assert_eq!(dateline.agency().unwrap(), "ANI");
        assert!(article.captions().is_empty());
        let notes: Vec<&str> = article.end_notes().iter().map(|n| n.as_str()).collect();
        assert_eq!(notes, ["(ANI)"]);
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_mailing_lists_plain_text_headings_and_links() {
        let text = "View this email in your browser (https://example.com/archive/123)\r\n\r\n** Harbour Briefing\r\n------------------------------------------------------------\r\n\r\nTuesday, October 15, 2024\r\n\r\n** TRANSPORT\r\n------------------------------------------------------------\r\n\r\n** Why Veldan ferry fares will rise by a third in June\r\n------------------------------------------------------------\r\n\r\nBy Mara Quist, Harbour News\r\n\r\nFerry fares across the Veldan estuary will rise by a third in June, the operator said on Tuesday, blaming fuel costs.\r\n\r\nThe county said it would look again at the subsidy.\r\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Why Veldan ferry fares will rise by a third in June"
        );
        assert_eq!(article.kicker().unwrap(), "TRANSPORT");
        assert_eq!(article.published().unwrap(), "Tuesday, October 15, 2024");
        assert!(has_chrome(
            &article,
            "View this email in your browser (https://example.com/archive/123)"
        ));
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_feed_readers_sidebar_is_chrome() {
        let text = "feedly\nToday\nRead Later\nFEEDS\nAll\nHarbour News\nCoast Times\nCreate Feed\nHarbour News\nMark All as Read\n\nVeldan ferry fares to rise by a third in June\nby Mara Quist / Harbour News / 2h\nThe operator blames fuel costs and a smaller subsidy.\n\nFerry fares across the Veldan estuary will rise by a third in June, the operator said on Tuesday, blaming fuel costs.\n\nThe county said it would look again at the subsidy.\n";
        let article = parse(text);
        assert_eq!(article.kicker(), None);
        assert_eq!(
            article.headline().unwrap(),
            "Veldan ferry fares to rise by a third in June"
        );
        assert_eq!(article.published().unwrap(), "2h");
        assert_eq!(
            article.standfirst().unwrap(),
            "The operator blames fuel costs and a smaller subsidy."
        );
        assert!(has_chrome(&article, "Today"));
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_two_sentence_headline_over_its_dek_under_a_republishing_site_menu() {
        let text = "Skip to content\nThe Veldan Ledger\nEstuary news since 1952\nHome\nLocal News\nState News\nOpinion\nSubscribe\nState News\nThe state wants ferry piers on private land. Few owners have said yes.\nA $12 million program to add piers along the estuary has signed 9 of the 60 sites it needs, and owners cite access roads and distrust.\nPosted on March 14, 2025\nBy Mara Quist and Olu Bankole, The Coast Tribune\nVELDAN — Two years after lawmakers set aside $12 million for new piers, the state has signed few of the sites it needs.\nMost of the best sites are on private land.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "The state wants ferry piers on private land. Few owners have said yes."
        );
        assert_eq!(article.kicker().unwrap(), "State News");
        assert!(article
            .standfirst()
            .is_some_and(|s| s.starts_with("A $12 million program")));
        assert_eq!(article.published().unwrap(), "Posted on March 14, 2025");
        assert_eq!(article.authors().count(), 2);
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_byline_in_parentheses_under_the_story_and_a_wire_end_marker() {
        let text = "Veldan ferry fares to rise by a third in June\n\n10/14/2025 09:12 PM\n\nVeldan, Oct. 14 (CNA) Ferry fares across the Veldan estuary will rise by a third in June, the operator said on Tuesday.\n\nThe county will review the subsidy in the autumn.\n\n(By Mara Quist and Olu Bankole)\n\nEnditem/AW\n";
        let article = parse(text);
        let names: Vec<&str> = article.authors().map(|a| a.name().as_str()).collect();
        assert_eq!(names, ["Mara Quist", "Olu Bankole"]);
        let notes: Vec<&str> = article.end_notes().iter().map(|n| n.as_str()).collect();
        assert_eq!(notes, ["Enditem/AW"]);
        assert_eq!(article.body().len(), 2);
        let labelled = "Veldan ferry fares to rise by a third in June\n\nFerry fares across the Veldan estuary will rise by a third in June, the operator said on Tuesday.\n\nThe county will review the subsidy in the autumn.\n\nReporter: Mara Quist, Olu Bankole\n";
        let names: Vec<String> = parse(labelled)
            .authors()
            .map(|a| a.name().to_string())
            .collect();
        assert_eq!(names, ["Mara Quist", "Olu Bankole"]);
    }

    #[test]
    fn summary_sentences_stop_at_a_caption_over_its_credit_line() {
        let text = "Veldan ferry fares to rise by a third in June\nWhat you need to know:\nThe operator blames fuel costs and a smaller subsidy.\nThe county will review the subsidy in the autumn.\nA ferry leaves the Veldan terminal on May 12, 2025.\nPhoto credit: Olu Bankole | Courier Media Group\nBy Mara Quist\nMay 14, 2025\nFerry fares across the Veldan estuary will rise by a third in June, the operator said on Wednesday, blaming fuel costs.\nThe county said it would look again at the subsidy.\n";
        let article = parse(text);
        assert_eq!(
            article.standfirst().unwrap(),
            "The operator blames fuel costs and a smaller subsidy. The county will review the subsidy in the autumn."
        );
        let caption = &article.captions()[0];
        assert_eq!(
            caption.text(),
            "A ferry leaves the Veldan terminal on May 12, 2025."
        );
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_block_of_contacts_after_a_release_is_one_end_note() {
        let text = "Veldan Robotics opens a plant in Ashfield\n\nASHFIELD, Ohio, May 14, 2025 /PRNewswire/ -- Veldan Robotics said on Wednesday it would open a plant in Ashfield that will employ 200 people by 2027.\n\nThe plant will build harvesting robots for orchards.\n\n**Media Contact:**  \nMara Quist  \npress@veldan.example  \n555-014-2211\n\nInvestors:\nOlu Bankole\nir@veldan.example\n\nSOURCE Veldan Robotics, Inc.\n";
        let article = parse(text);
        let notes: Vec<&str> = article.end_notes().iter().map(|n| n.as_str()).collect();
        assert_eq!(
            notes,
            [
                "Media Contact: Mara Quist press@veldan.example 555-014-2211",
                "Investors: Olu Bankole ir@veldan.example",
                "SOURCE Veldan Robotics, Inc.",
            ]
        );
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_stamp_keeps_its_time_and_leaves_the_chrome_after_it() {
        for (line, stamp, tail) in [
            ("Mar 5, 2025 - Technology", "Mar 5, 2025", "Technology"),
            (
                "May 14, 2025 09:12 pm IST - VELDAN",
                "May 14, 2025 09:12 pm IST",
                "VELDAN",
            ),
            ("5 March 2025 · 4 min read", "5 March 2025", "4 min read"),
            ("Fri, Nov 27, 2026 page3", "Fri, Nov 27, 2026", "page3"),
            ("May 14, 2025 | Business", "May 14, 2025", "Business"),
            (
                "Harbor Daily Post / 05:12 AM May 14, 2025",
                "05:12 AM May 14, 2025",
                "Harbor Daily Post",
            ),
        ] {
            assert_eq!(super::stamp_and_tail(line), Some((stamp, tail)), "{line}");
        }
        for line in [
            "Mar 5, 2025 - the port reopened",
            "Mar 5, 2025 - Page 12",
            "The port reopened - Technology",
        ] {
            assert_eq!(super::stamp_and_tail(line), None, "{line}");
        }
    }

    #[test]
    fn a_page_title_over_a_menu_gives_way_to_its_copy_under_the_menu() {
        let text = "Veldan ferry fares to rise by a third in June | Courier\nSkip to main content\nCourier\nSubscribe\nLog in\nNews\nCounties\nBusiness\nSport\nOpinion\nCounties\nVeldan ferry fares to rise by a third in June\nBy Mara Quist\nCourier Media Group\nMay 14, 2025\nFerry fares across the Veldan estuary will rise by a third in June, the operator said on Wednesday.\nThe county will review the subsidy in the autumn.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Veldan ferry fares to rise by a third in June"
        );
        assert_eq!(article.kicker().unwrap(), "Counties");
        assert_eq!(article.published().unwrap(), "May 14, 2025");
        assert_eq!(
            article.authors().next().map(|a| a.name().as_str()),
            Some("Mara Quist")
        );
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn yaml_front_matter_fills_fields_from_quoted_values_and_lists() {
        let text = "---\ntitle: \"Veldan ferry fares to rise by a third in June\"\nsource: \"https://example.com/veldan/ferry-fares\"\nauthor:\n  - \"[[Mara Quist]]\"\n  - \"[[Olu Bankole]]\"\npublished: 2025-05-14\ncreated: 2025-05-15\ndescription: \"The operator blames fuel costs and a smaller subsidy.\"\ntags:\n  - \"clippings\"\n---\nFerry fares across the Veldan estuary will rise by a third in June, the operator said on Wednesday.\n\nThe county will review the subsidy in the autumn.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Veldan ferry fares to rise by a third in June"
        );
        assert_eq!(
            article.standfirst().unwrap(),
            "The operator blames fuel costs and a smaller subsidy."
        );
        assert_eq!(article.published().unwrap(), "2025-05-14");
        let names: Vec<&str> = article.authors().map(|a| a.name().as_str()).collect();
        assert_eq!(names, ["Mara Quist", "Olu Bankole"]);
        assert_eq!(article.body().len(), 2);
        assert!(article.body()[0].text().starts_with("Ferry fares across"));
        assert!(has_chrome(&article, "created: 2025-05-15"));
        assert!(has_chrome(&article, "\"clippings\""));
    }

    #[test]
    fn database_exports_fill_fields_by_their_labels() {
        let nexis = "Council ends late-night bus trial despite petition\n\nThe Harbour Herald (Veldan)\nMarch 6, 2025 Thursday\nFirst Edition\n\nCopyright 2025 The Harbour Herald Limited All Rights Reserved\n\nSection: NEWS; Pg. 7\nLength: 587 words\nByline: Ana Lind\nHighlight: Shift workers say the decision leaves them walking home in the dark.\n\nBody\n\n\nThe council has voted to end a trial of late-night buses, despite a petition signed by 4000 residents.\n\nThe route ran every 40 minutes between 11pm and 3am.\n\nLoad-Date: March 5, 2025\n\nEnd of Document\n";
        let article = parse(nexis);
        assert_eq!(
            article.headline().unwrap(),
            "Council ends late-night bus trial despite petition"
        );
        assert_eq!(article.authors().next().unwrap().name(), "Ana Lind");
        assert!(article.standfirst().unwrap().starts_with("Shift workers"));
        assert_eq!(article.published().unwrap(), "March 6, 2025 Thursday");
        assert_eq!(
            article.copyright().unwrap().holder().unwrap(),
            "The Harbour Herald Limited"
        );
        assert_eq!(article.body().len(), 2);
        let proquest = "Contents\n\n  1. Board delays pier repairs\n\nDocument 1 of 1\n\nBoard delays pier repairs\n\nAuthor: Lind, Ana\n\nAbstract: The board has pushed back the reopening of the pier by a year.\n\nFull text: The board has pushed back repairs to the fishing pier by at least a year, officials said Wednesday.\n\nThe pier has been closed since a storm in October.\n\nSubject: Piers;\n\nCredit: By Ana Lind, Harbour Herald\n\nPublication date: Mar 6, 2025\n\nCopyright: Copyright Example Publishing Company, LLC Mar 6, 2025\n\nDatabase: Harbour Herald\n";
        let article = parse(proquest);
        assert_eq!(article.headline().unwrap(), "Board delays pier repairs");
        let author = article.authors().next().unwrap();
        assert_eq!(
            (author.name().as_str(), author.role().unwrap().as_str()),
            ("Ana Lind", "Harbour Herald")
        );
        assert_eq!(article.published().unwrap(), "Mar 6, 2025");
        assert!(article.body()[0]
            .text()
            .starts_with("The board has pushed back repairs"));
        assert_eq!(article.body()[0].kind(), BlockKind::Paragraph);
        assert_eq!(article.body().len(), 2);
        assert_eq!(
            article.copyright().unwrap().holder().unwrap(),
            "Example Publishing Company, LLC"
        );
    }

    #[test]
    fn a_credit_inside_an_image_description_is_the_caption_credit() {
        let text = "# Rural clinic to close after 60 years\n\nAna Lind, Harbour reporter\n\n![Dr Ola Berg at the bay clinic, where he has worked since 1994. Photo: Harbour Radio / Ana Lind](https://example.com/a.jpg){.img-responsive}\n\n**The only clinic serving the bay will close at the end of April, leaving 2000 people far from a doctor.**\n\nThe clinic has operated since 1965, but its sole doctor is retiring and no one has been found to replace him.\n\nHe said he had put off his retirement twice already.\n";
        let article = parse(text);
        let caption = &article.captions()[0];
        assert_eq!(
            caption.text(),
            "Dr Ola Berg at the bay clinic, where he has worked since 1994."
        );
        assert_eq!(caption.credit().unwrap(), "Harbour Radio / Ana Lind");
        assert_eq!(article.body().len(), 3);
    }

    #[test]
    fn a_bracketed_picture_with_a_credit_is_a_caption() {
        let text = "   [13]Security\n\nRouter bug let strangers reboot three million home networks\n\n   By [14]Ana Lind\n   Mar 5, 2025 6:00 AM\n\n   [Photo-Illustration: Harbor Staff; Getty Images]\n\n   For at least six weeks this winter, anyone with a browser could have rebooted the routers, researchers said.\n";
        let article = parse(text);
        let caption = &article.captions()[0];
        assert_eq!(caption.text(), "");
        assert_eq!(caption.credit().unwrap(), "Harbor Staff; Getty Images");
        assert_eq!(article.authors().next().unwrap().name(), "Ana Lind");
        assert_eq!(article.body().len(), 1);
    }

    #[test]
    fn a_related_headline_in_capitals_and_a_video_title_are_chrome() {
        let text = "County to bill hikers for rescues\n\nVideo\nSheriff explains new rescue billing policy\n\nA county will begin billing hikers for the cost of their rescue if they ignore posted closures, officials said.\n\nHIKER RESCUED AFTER FOUR NIGHTS STRANDED ON A LEDGE\n\nCommissioners said the county had no interest in discouraging visitors to the peaks.\n";
        let article = parse(text);
        let body: Vec<&str> = article.body().iter().map(|b| b.text().as_str()).collect();
        assert_eq!(body.len(), 2, "{body:?}");
        for chrome in [
            "Sheriff explains new rescue billing policy",
            "HIKER RESCUED AFTER FOUR NIGHTS STRANDED ON A LEDGE",
        ] {
            assert!(has_chrome(&article, chrome), "{chrome}");
        }
    }

    #[test]
    fn a_menu_over_the_headline_and_by_line_is_passed_over() {
        let text = "English Edition\nToday's ePaper\nMy Watchlist\nHome\nMarkets\nNews\nIndustry\nPolitics\nBusiness News›Industry›Harbour developer plans green bond as grid link slips\nHarbour developer plans green bond as grid link slips\nBy Ana Lind, Harbour Bureau\nLast Updated: Oct 15, 2024, 07:42:00 PM IST\nThe developer will tap bond investors for the first time after a delay in the grid link, officials said.\nThe bond will be issued in two parts.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Harbour developer plans green bond as grid link slips"
        );
        assert_eq!(article.authors().next().unwrap().name(), "Ana Lind");
        assert_eq!(article.body().len(), 2);
        assert!(article.dateline().is_none());
        // Three labels in a row in the body are a menu, not crossheads.
        let body_menu = "Harbour board approves ferry contract\n\nThe board approved the contract on Monday after a delay of two years, officials said.\n\nHome\n\nMarkets\n\nPolitics\n\nThe ferries will run from May, the board said in a statement.\n";
        assert_eq!(parse(body_menu).body().len(), 2);
    }

    #[test]
    fn a_by_line_under_the_story_is_the_byline() {
        let text = "City plans congestion charge for central districts\nThe fee would apply to cars entering the centre on weekdays, officials said on Wednesday.\nThe city has one of the highest rates of vehicle ownership in the region.\nBy Huu Lam\nTags: City, traffic, cars\nShare\nMore on Harbour News\nCity metro line to start trial runs next month\n";
        let article = parse(text);
        assert_eq!(article.authors().next().unwrap().name(), "Huu Lam");
        assert_eq!(article.body().len(), 2);
        assert!(has_chrome(
            &article,
            "City metro line to start trial runs next month"
        ));
    }

    #[test]
    fn symbol_bullets_mark_list_items() {
        let text = "Harbour bridge reopens after repairs\n\nThe bridge over the river reopened on Monday after two years of repairs, officials said.\n▪️ Total cost: 412 million, most of it a loan\n▪️ Load limit raised from 20 to 40 tonnes\n► New walkways on both sides\nThe bridge carries about 30,000 vehicles a day, the city said.\n";
        let kinds: Vec<BlockKind> = parse(text).body().iter().map(|b| b.kind()).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn the_wayback_machine_toolbar_is_chrome() {
        let text = "The Wayback Machine - https://web.archive.org/web/20250306101522/https://example.com/news/harbour\nhttps://example.com/news/harbour\nGo\n37 captures\n06 Mar 2025 - 19 Apr 2025\nAbout this capture\nCOLLECTED BY\nOrganization: Archive Team\nTIMESTAMPS\nHarbour News\nPolitics\nHarbour board demands answers over ferry contract after yard misses third deadline\nBy Ana Lind\nPublished 6th Mar 2025, 09:30 GMT\nThe harbour board has demanded that ministers publish the cost of the delayed ferry contract.\n";
        let article = parse(text);
        assert!(article
            .headline()
            .unwrap()
            .starts_with("Harbour board demands"));
        assert_eq!(
            article.published().unwrap(),
            "Published 6th Mar 2025, 09:30 GMT"
        );
        assert!(has_chrome(&article, "37 captures"));
    }

    #[test]
    fn an_in_short_summary_is_the_standfirst() {
        let text = "Floodwaters cut off the river town\n\nIn short:\n\nThe river peaked at 15.2 metres overnight.\n\nAbout 600 residents were told to move.\n\nResidents use boats on Keel Street. (Harbour News: Ana Lind)\n\nThe town has been cut off by floodwaters since Sunday, officials said.\n";
        let article = parse(text);
        assert_eq!(
            article.standfirst().unwrap(),
            "The river peaked at 15.2 metres overnight. About 600 residents were told to move."
        );
        assert_eq!(article.body().len(), 1);
    }

    #[test]
    fn a_short_story_keeps_its_only_paragraph() {
        let article = parse("Port reopens\n\nBody text here.\n");
        assert_eq!(article.headline().unwrap(), "Port reopens");
        assert_eq!(article.body().len(), 1);
        assert_eq!(article.body()[0].text(), "Body text here.");
        assert!(article.boilerplate().is_empty());
    }

    #[test]
    fn a_button_after_a_caption_credit_is_chrome() {
        let text = "Harbour bank cuts its profit target\n\nA view shows the bank's headquarters in Veldan, February 12, 2025. REUTERS/Ana Lind/File Photo [Purchase Licensing Rights](https://example.com/licensing/)\n\nThe bank cut its profit target on Monday, it said.\n";
        let article = parse(text);
        let caption = &article.captions()[0];
        assert_eq!(caption.credit().unwrap(), "REUTERS/Ana Lind/File Photo");
        assert!(has_chrome(&article, "Purchase Licensing Rights"));
    }

    #[test]
    fn a_crosshead_between_dashes() {
        let text = "Floods cut off villages\n\nSwollen rivers cut off dozens of villages on Tuesday, officials said.\n\n- 'Worst in decades' -\n\nResidents said they had not seen such floods since 1987.\n";
        let body = parse(text).body().to_vec();
        assert_eq!(body[1].kind(), BlockKind::Subhead);
        assert_eq!(body[1].text(), "'Worst in decades'");
        // Dashes around nothing are no crosshead.
        let list = parse("Floods cut off villages\n\nThe river rose on Tuesday, officials said.\n\n-  -\n\nRoads were closed across the north of the region.\n");
        assert!(list.body().iter().all(|b| b.kind() == BlockKind::Paragraph));
    }

    #[test]
    fn crossheads_quotes_and_lists() {
        let text = "Harbour strike ends\n\nThe strike ended on Monday after nine days of talks between the union and the port.\n\nWhat comes next\n\nThe first ships will berth on Tuesday, the harbour master said in a statement.\n\n> We are ready to work again.\n\n- Pay rises 14 per cent\n- Cranes need union consent\n\nTalks on pensions resume in May, both sides said after the vote.\n";
        let kinds: Vec<BlockKind> = parse(text).body().iter().map(|b| b.kind()).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::Subhead,
                BlockKind::Paragraph,
                BlockKind::Quote,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Paragraph,
            ]
        );
    }

    #[test]
    fn a_short_question_between_paragraphs_is_a_crosshead() {
        let text = "Wolves settle in the hills\n\nRangers have confirmed that a pair of wolves has settled in the forest above Kessling.\n\nHow many wolves live here?\n\nThe park counted nine packs last year, most of them in the north.\n\n\"Why now?\"\n\nThe rangers could not say why the animals had come back, they said on Monday.\n\nWhere do the farmers and the rangers go from here?\n\nBoth sides will meet in May, the park said.\n";
        let kinds: Vec<BlockKind> = parse(text).body().iter().map(|b| b.kind()).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::Subhead,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
            ]
        );
    }

    #[test]
    fn an_authors_bio_in_the_author_box_is_an_end_note_whatever_words_it_has() {
        let text = "Language app opens marketplace for tutors\n\nBy Ana Lind\n\nThe Kessling startup said Tuesday that more than 1,800 tutors in 14 languages have signed up ahead of the launch.\n\nThe marketplace will first open in three countries before rolling out further in June.\n\n### Topics\n\n[Apps](https://example.com/apps), [Education](https://example.com/education)\n\nAna Lind\n\nReporter\n\nAna Lind is a reporter covering apps. She previously wrote a fintech newsletter.\n\n[View Bio](https://example.com/ana-lind)\n";
        let article = parse(text);
        assert_eq!(
            article.end_notes(),
            ["Ana Lind is a reporter covering apps. She previously wrote a fintech newsletter."]
        );
    }

    #[test]
    fn a_place_printed_with_the_name_or_the_time_is_the_authors() {
        for (text, name, place, stamp) in [
            // A town under the name, over the time.
            (
                "## Els patis de les escoles obriran els caps de setmana\n\n[Ana Lind Ferrer](https://example.com/ana)\n\nKessling\n\n08/12/2026 06:00\n\nL'Ajuntament obrirà a partir del gener els patis de 40 escoles públiques els dissabtes al matí.\n\nLa mesura costarà 1,2 milions d'euros, segons el consistori.\n",
                "Ana Lind Ferrer",
                "Kessling",
                "08/12/2026 06:00",
            ),
            // A desk, its place and the time between pipes.
            (
                "Police to deploy 2,000 personnel on Park Street for Christmas\nThe traffic department will set up 14 temporary parking lots.\nKNS | Kessling | December 8, 2026 6:55 am\nFacebook\nPolice will deploy over 2,000 personnel in and around Park Street during the celebrations, a senior officer said on Monday.\nVehicles will be regulated from 5 pm on December 24, 25 and 31, officials said.\n",
                "KNS",
                "Kessling",
                "December 8, 2026 6:55 am",
            ),
        ] {
            let article = parse(text);
            let author = &article.byline().unwrap().authors()[0];
            assert_eq!(author.name(), name);
            assert_eq!(author.location().map(|l| l.as_str()), Some(place));
            assert_eq!(article.published().unwrap(), stamp);
        }
    }

    #[test]
    fn a_title_alone_under_a_linked_name_is_its_role_not_a_label() {
        let text = "Council approves 412 homes on the old factory site\n===\n\n[Ana Lind](https://example.com/ana)\n\nReporter\n\n6.00am, 8 Dec 2026\n\nThe city council has granted permission for 412 homes on part of the old factory site, despite objections.\n\nThe scheme includes five blocks of up to nine storeys.\n";
        let article = parse(text);
        let author = &article.byline().unwrap().authors()[0];
        assert_eq!(author.name(), "Ana Lind");
        assert_eq!(author.role().map(|r| r.as_str()), Some("Reporter"));
        // With its colon, the label heads the names under it.
        let labelled = parse("Council approves 412 homes on the old factory site\n\nReporter:\nAna Lind\n\nThe city council has granted permission for 412 homes on part of the old factory site, despite objections.\n\nThe scheme includes five blocks of up to nine storeys.\n");
        assert_eq!(labelled.byline().unwrap().authors()[0].name(), "Ana Lind");
    }

    #[test]
    fn names_each_over_its_own_title_are_authors_with_roles() {
        let text = "Kessling vil doble antall offentlige toaletter\nByrådet foreslår 40 nye toaletter i sentrum og langs turveiene.\nAna Lind-Berg\nJournalist\nOla Aasgaard\nFotograf\nPublisert: 08.12.2026 06:00\nKessling kommune vil bygge 40 nye offentlige toaletter i løpet av de neste fire årene, ifølge en plan.\nDe fleste skal plasseres i sentrum.\n";
        let article = parse(text);
        let authors: Vec<(&str, Option<&str>)> = article
            .byline()
            .unwrap()
            .authors()
            .iter()
            .map(|a| (a.name().as_str(), a.role().map(|r| r.as_str())))
            .collect();
        assert_eq!(
            authors,
            [
                ("Ana Lind-Berg", Some("Journalist")),
                ("Ola Aasgaard", Some("Fotograf"))
            ]
        );
    }

    #[test]
    fn a_print_page_with_its_folio_a_headline_over_three_lines_and_a_slashed_byline() {
        let text = "THE KESSLING STAR, TUESDAY, DECEMBER 8, 2026 NEWS A5\n\nWater board imposes\nrestrictions as Veldan\nDam falls to 38 per cent\n\nAna Lind-Berg/Senior Staff Reporter\n\nResidents fill containers from\na board truck yesterday.\nOLA BERG/PHOTOGRAPHER\n\nTHE WATER board has imposed\nrestrictions on parts of the city,\nas the Veldan Dam has fallen to\n38 per cent of its capacity.\n\nThe restrictions take effect\nfrom today, the board said.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Water board imposes restrictions as Veldan Dam falls to 38 per cent"
        );
        let author = &article.byline().unwrap().authors()[0];
        assert_eq!(author.name(), "Ana Lind-Berg");
        assert_eq!(
            author.role().map(|r| r.as_str()),
            Some("Senior Staff Reporter")
        );
        assert_eq!(article.captions().len(), 1);
        assert_eq!(
            article.captions()[0].credit().unwrap(),
            "OLA BERG/PHOTOGRAPHER"
        );
        assert!(has_chrome(
            &article,
            "THE KESSLING STAR, TUESDAY, DECEMBER 8, 2026 NEWS A5"
        ));
    }

    #[test]
    fn a_name_a_pipe_and_the_date_under_the_headline_is_the_byline() {
        for line in [
            "Ana Lind | 18/11/2025",
            "[Ana Lind](/authors/ana-lind) \\| 18/11/2025",
        ] {
            let text = format!("Harbour board reopens the old quay after a year of repairs\n\n{line}\n\nListen 00:00 / 04:12\n\nThe harbour opened on Monday after a year of repairs, officials said in a statement.\n\nShips will call from May.\n");
            let article = parse(&text);
            let author = &article.byline().unwrap().authors()[0];
            assert_eq!(author.name(), "Ana Lind", "{line}");
            assert!(author.role().is_none(), "{line}");
            assert_eq!(article.published().unwrap(), "18/11/2025", "{line}");
            assert_eq!(article.body().len(), 2, "{line}");
        }
        // A paper's name first is chrome.
        let paper = parse("Harbour board reopens the old quay after a year of repairs\n\nKessling Daily Post | 18/11/2025\n\nThe harbour opened on Monday after a year of repairs, officials said in a statement.\n\nShips will call from May.\n");
        assert!(paper.byline().is_none());
    }

    #[test]
    fn a_signature_under_the_story_is_the_byline_when_the_header_has_none() {
        let story = "Harbour board reopens the old quay after a year of repairs\n\nThe harbour opened on Monday after a year of repairs, officials said in a statement.\n\nShips will call from May, the board said in its statement on Monday afternoon.\n\n";
        for (signature, name, role) in [
            (
                "Ana LIND (Correspondant)",
                "Ana LIND",
                Some("Correspondant"),
            ),
            ("Ana Lind-Berg", "Ana Lind-Berg", None),
        ] {
            let text = format!("{story}{signature}\n\n**READ ALSO**\n\n  * [Ferry fares rise](https://example.com/fares)\n");
            let article = parse(&text);
            let author = &article.byline().unwrap().authors()[0];
            assert_eq!(author.name(), name);
            assert_eq!(author.role().map(|r| r.as_str()), role);
            assert_eq!(article.body().len(), 2);
        }
        // A wire's slug there is no name.
        let slug = format!("{story}KNA/Ana Lind/Ola Berg\n");
        assert!(parse(&slug).byline().is_none());
    }

    #[test]
    fn a_place_beside_the_time_under_the_byline_is_the_authors() {
        let story = "\nThe civic body will cap borewell depth at 60 metres from January 1, officials said on Monday.\nThe order applies to housing societies as well as private plots.\n";
        for (line, place) in [
            (
                "Kessling | Updated: November 30, 2026 09:41 IST",
                "Kessling",
            ),
            ("November 30, 2026 09:12 pm IST - KESSLING", "KESSLING"),
        ] {
            let text = format!("Civic body to cap borewell depth as summer water crisis looms\nWritten by Ana Lind\n{line}{story}");
            let article = parse(&text);
            let author = &article.byline().unwrap().authors()[0];
            assert_eq!(author.location().map(|l| l.as_str()), Some(place), "{line}");
        }
        // A section there is chrome.
        let text = format!("Civic body to cap borewell depth as summer water crisis looms\nWritten by Ana Lind\nMar 5, 2025 - Technology{story}");
        let article = parse(&text);
        assert!(article.byline().unwrap().authors()[0].location().is_none());
    }

    #[test]
    fn a_note_in_brackets_after_the_story_is_an_end_note() {
        let text = "Harbour board reopens the old quay after a year of repairs\n\nThe harbour opened on Monday after a year of repairs, officials said in a statement.\n\nShips will call from May, the board said in its statement on Monday afternoon.\n\n*[Edited by Ana Lind]*\n\n## Read more with Kessling\n";
        assert_eq!(parse(text).end_notes(), ["[Edited by Ana Lind]"]);
    }

    #[test]
    fn a_converters_published_field_gives_way_to_the_pages_own_time() {
        let text = "Title: Kessling to sort waste at source\n\nURL Source: https://example.com/waste\n\nPublished Time: 2026-12-14T10:35:00+07:00\n\nMarkdown Content:\n14/12/2026 10:35 GMT+7\n\nKessling to sort waste at source from January\n===\n\nFrom next year, residents of three wards will have to sort their household waste into three kinds before putting it out.\n\nThe waste will be collected at fixed hours, the city said.\n";
        assert_eq!(parse(text).published().unwrap(), "14/12/2026 10:35 GMT+7");
    }

    #[test]
    fn a_jump_across_print_pages_is_joined() {
        let text = "FLOOD BOARD ORDERS DAM GATES OPENED\n\nBy Ana Lind\n\nThe flood board ordered the dam gates opened on Wednesday.\n\nThe Weather Bureau said another inch of rain could fall on the upper valley\n\n(Continued on Page 14)\n\nFlood Board\n\n(Continued from Page 12)\n\nbefore the storm moves east on Thursday.\n";
        let article = parse(text);
        assert_eq!(
            article.body()[1].text(),
            "The Weather Bureau said another inch of rain could fall on the upper valley before the storm moves east on Thursday."
        );
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn crossheads_of_hard_wrapped_text() {
        let para = "The harbour authority said on Monday that the eastern quay would\nreopen next week after repairs to the crane rails were finished and\nthe inspectors had signed off on the new moorings put in this winter.";
        let text = format!("Harbour reopens\n\n{para}\n\nRock salt on the quay can cause trouble below it\n\n{para}\n\nFreeze-thaw cycles are hard on old harbour walls\n\n{para}\n\nSo where do the crews learn to fix the walls?\n\n{para}\n");
        let kinds: Vec<BlockKind> = parse(&text).body().iter().map(|b| b.kind()).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::Subhead,
                BlockKind::Paragraph,
                BlockKind::Subhead,
                BlockKind::Paragraph,
                BlockKind::Subhead,
                BlockKind::Paragraph
            ]
        );
        // One question alone in wrapped text is a paragraph.
        let question = format!("Harbour reopens\n\n{para}\n\n{para}\n\nWhere do the harbour talks go from here?\n\n{para}\n");
        assert!(parse(&question)
            .body()
            .iter()
            .all(|b| b.kind() == BlockKind::Paragraph));
    }

    #[test]
    fn a_related_headline_over_its_date_after_the_story() {
        let text = "Harbour pipes under strain\n\nThe old pipes under the harbour road burst twice this winter, the city said.\n\nWhy Are the Harbour Roads Always Under Construction?\n\nAug. 18, 2016\n";
        let article = parse(text);
        assert_eq!(article.body().len(), 1);
        assert_eq!(article.boilerplate().len(), 2);
        // A sentence of story before a date is kept.
        let story = parse("Harbour pipes under strain\n\nThe old pipes burst twice this winter, the city said.\n\nCrews will replace them by next year?\n\nAug. 18, 2016\n");
        assert_eq!(story.body().len(), 2);
    }

    #[test]
    fn a_pull_quote_with_its_attribution() {
        let text = "Harbour study published\n\nThe study looked at how pilots decide when to enter the harbour in fog.\n\n\"Essentially, the act of deciding follows the same process the brain uses for any simple choice.\"\n\nAna Lind, Ph.D.\n\nThe findings were published on Monday.\n";
        let kinds: Vec<BlockKind> = parse(text).body().iter().map(|b| b.kind()).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::Quote,
                BlockKind::Quote,
                BlockKind::Paragraph
            ]
        );
        // A quotation with its attribution inside stays a paragraph.
        let said = parse("Harbour study published\n\nThe study looked at pilots.\n\n\"We decide in the fog the way we decide anything,\" said Ana Lind.\n\nThe findings were published on Monday.\n");
        assert!(said.body().iter().all(|b| b.kind() == BlockKind::Paragraph));
    }

    #[test]
    fn a_page_break_split_is_joined() {
        let text = "Harbour strike ends\n\nThe backlog of ships, officials said, would take weeks to\n\nhttps://example.com/story.html 1/2\n\nclear even after the gates reopened on Tuesday morning.\n";
        let article = parse(text);
        assert_eq!(
            article.body()[0].text(),
            "The backlog of ships, officials said, would take weeks to clear even after the gates reopened on Tuesday morning."
        );
        assert_eq!(
            article.boilerplate()[0],
            "https://example.com/story.html 1/2"
        );
    }

    #[test]
    fn the_second_part_of_the_last_paragraph_is_not_trailer_chrome() {
        // A short part after the break, with and without a footer between,
        // and an end note after it.
        for text in [
            "Port talks resume\n\nUnion leaders said on Monday that both groups\n\nhad claimed victory!\n\nAdditional reporting by Ana Lind in Oslo\n",
            "Port talks resume\n\nUnion leaders said on Monday that both groups\n\nhttps://example.com/story.html 1/2\n\nhad claimed victory!\n",
        ] {
            let article = parse(text);
            assert_eq!(
                article.body()[0].text(),
                "Union leaders said on Monday that both groups had claimed victory!",
                "{text:?}"
            );
            assert_eq!(article.body().len(), 1, "{text:?}");
        }
        // Related-topic labels after the story stay chrome.
        let article = parse("Port talks resume\n\nUnion leaders said on Monday that both groups had agreed.\n\nRelated topics\n\nshipping\n");
        assert_eq!(article.body().len(), 1);
    }

    #[test]
    fn a_short_last_sentence_is_story_text() {
        for ending in ["Police are investigating.", "“We will rebuild.”"] {
            let text = format!("Fire closes the old mill\n\nA fire closed the old mill in Brennvik on Sunday, the fire service said.\n\n{ending}\n\nAdditional reporting by Ana Lind\n");
            let article = parse(&text);
            assert_eq!(article.body().len(), 2, "{text:?}");
            assert_eq!(article.body()[1].text(), ending);
            assert!(article.boilerplate().is_empty(), "{text:?}");
        }
    }

    #[test]
    fn summary_bullets_under_the_headline_are_the_standfirst() {
        let text = "Copper jumps to a two-year high\n\n• Workers at the mine reject the latest wage offer\n• Traders bet the supply gap will widen\n\nBy Ana Lind\nMarch 4, 2025 at 6:15 AM EST\n\nCopper rose on Tuesday as the strike at the mine went on.\n";
        let article = parse(text);
        assert_eq!(
            article.standfirst().unwrap(),
            "Workers at the mine reject the latest wage offer Traders bet the supply gap will widen"
        );
        assert_eq!(article.byline().unwrap().authors()[0].name(), "Ana Lind");
        assert_eq!(article.published().unwrap(), "March 4, 2025 at 6:15 AM EST");
        assert_eq!(article.body().len(), 1);
    }

    #[test]
    fn dek_lines_and_a_timestamp_above_a_dateline_lead() {
        let text = "Corvane reports positive results for its cough drug\n\nPrimary endpoint met with 38 percent reduction in cough frequency\n\nCompany plans a meeting with the regulator in the second quarter\n\nMarch 07, 2025 07:00 AM EST\n\nNEWBURY FALLS, Mass. (Reuters) - Corvane said on Friday its trial met its goal.\n\nPatients had fewer coughs.\n";
        let article = parse(text);
        assert_eq!(
            article.standfirst().unwrap(),
            "Primary endpoint met with 38 percent reduction in cough frequency Company plans a meeting with the regulator in the second quarter"
        );
        assert_eq!(article.published().unwrap(), "March 07, 2025 07:00 AM EST");
        assert_eq!(
            article.dateline().unwrap().location().unwrap(),
            "NEWBURY FALLS, Mass."
        );
        assert_eq!(article.body().len(), 2);
        // Two finished sentences before it: the story had begun.
        let story = parse("Port talks resume\n\nThe talks resumed on Monday after a week of strikes at the port.\n\nBoth sides said they hoped for a deal before the weekend.\n\nOSLO (Reuters) - A second round is planned for May, officials said.\n");
        assert_eq!(story.body().len(), 3);
        assert!(story.dateline().is_none());
    }

    #[test]
    fn a_heading_the_next_paragraph_answers_is_the_lede() {
        let text = "# The harbour and the town\n\nBy Ana Lind\n\n## Veldan has long been known as a town that lives from its port.\n\nBut a report released on Monday says that is no longer true.\n\nThe report looked at jobs in ten towns.\n";
        let article = parse(text);
        assert_eq!(article.standfirst(), None);
        assert_eq!(article.body().len(), 3);
        assert_eq!(article.body()[0].kind(), BlockKind::Paragraph);
        let dek = parse("# The harbour and the town\n\nBy Ana Lind\n\n## Veldan has long been known as a town that lives from its port.\n\nA report released on Monday says that is no longer true.\n");
        assert_eq!(
            dek.standfirst().unwrap(),
            "Veldan has long been known as a town that lives from its port."
        );
    }

    #[test]
    fn under_a_described_image_the_lede_is_story_and_the_description_the_caption() {
        let text = "# Harbour video shows the crane collapse\n\nBy Ana Lind\n\n![A screenshot of the video shows the crane falling](https://example.com/crane.jpg)\n\nA video shared widely on Tuesday shows a crane at the Veldan harbour toppling into the water during a storm, and port officials said on Wednesday that nobody had been hurt.\n\nThe crane was being repaired.\n";
        let article = parse(text);
        assert_eq!(
            article.captions()[0].text(),
            "A screenshot of the video shows the crane falling"
        );
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn a_headline_copy_over_a_name_is_the_lead_pictures_caption_and_credit() {
        let text = "Science —\n\nGlacier retreat uncovers a lost mountain road\n\nSurvey finds the 1890s route intact.\n\nMara Quist - May 3, 2024 9:15 am UTC\n\nGlacier retreat uncovers a lost mountain road\nTomas\n\nA road built across the Veldan pass in the 1890s has reappeared under the melting ice, surveyors said on Friday.\n\nThe route was last used in 1921.\n";
        let article = parse(text);
        let caption = &article.captions()[0];
        assert_eq!(
            caption.text(),
            "Glacier retreat uncovers a lost mountain road"
        );
        assert_eq!(caption.credit().map(|c| c.as_str()), Some("Tomas"));
        assert_eq!(article.body().len(), 2);
        assert!(article.body()[0].text().starts_with("A road built"));
        // Not a name under the copy: the copy is chrome and the text stays.
        let sentence = text.replace("\nTomas\n", "\nThe pass is closed.\n");
        assert!(parse(&sentence).captions().is_empty());
    }

    #[test]
    fn a_provided_picture_glued_to_the_lede_is_split_off_as_its_caption() {
        let text = "Veldan ferry fares to rise in March\n\nAna Lind 2 days ago\n\n[<span style=\"font-size:13px;\">Harbour Board</span>] © Provided by\nVeldan Gazette Ltd Harbour Board The harbour board said on Monday that ferry\nfares would rise by a tenth in March.\n\nThe fares were last raised in 2019.\n";
        let article = parse(text);
        let caption = &article.captions()[0];
        assert_eq!(caption.text(), "Harbour Board");
        assert_eq!(
            caption.credit().map(|c| c.as_str()),
            Some("Veldan Gazette Ltd")
        );
        let lede = &article.body()[0];
        assert_eq!(
            lede.text(),
            "The harbour board said on Monday that ferry fares would rise by a tenth in March."
        );
        // The caption and the story share the unit's bytes without overlap.
        let story_start = lede.text().spans()[0].start;
        assert_eq!(&text[story_start..story_start + 3], "The");
        assert!(caption.spans().iter().all(|s| s.end <= story_start));
    }

    #[test]
    fn a_name_under_a_picture_is_its_credit() {
        let text = "# Harbour crane falls in storm\n\nBy Ana Lind\n\nThe crane had been under repair since May.\n\n## A crane at the Veldan harbour toppled into the water during Tuesday's storm, officials said.\n\n![A crane lies on its side in the harbour](https://example.com/crane.jpg)\n\n[**View this image ›**](https://example.com/crane.jpg)\n\nVeldan Harbour Police\n\nNobody was hurt, the harbour board said on Wednesday.\n\n![](https://example.com/post.jpg)\n\nFacebook\n\nA worker posted pictures of the crane on social media.\n\n![Tomas Berg](https://example.com/berg.jpg)\n\nTomas Berg\n\nTomas Berg, the crane's driver, said he had warned about the repairs.\n";
        let article = parse(text);
        let captions: Vec<_> = article
            .captions()
            .iter()
            .map(|c| (c.text().as_str(), c.credit().map(|c| c.as_str())))
            .collect();
        assert_eq!(
            captions,
            [
                (
                    "A crane lies on its side in the harbour",
                    Some("Veldan Harbour Police")
                ),
                // ARTICLE.md: a credit with no caption text.
                ("", Some("Facebook")),
                // A name repeating the picture's description is its text.
                ("Tomas Berg", None),
            ]
        );
        // The heading over the described picture is the story's.
        assert!(article.body()[1]
            .text()
            .starts_with("A crane at the Veldan"));
        assert_eq!(article.body().len(), 5);
    }

    #[test]
    fn a_place_alone_over_the_lede_is_the_dateline() {
        let story = "Veldan coach says he was wrong to take the cup to the mayor\n\n21.mar.2024 às 12h55\n\nPLACE\n\nThe Veldan coach said on Friday that he had been wrong to take the cup to the mayor in 2012, in an interview to be shown on Sunday.\n\nHe said he belonged to no party.\n";
        for (place, dateline) in [
            ("Ankara", Some("Ankara")),
            ("São Paulo", Some("São Paulo")),
            ("Mumbai, India", Some("Mumbai, India")),
            // A name, or a desk: the byline.
            ("Jane Roe", None),
            ("Reuters", None),
        ] {
            let text = story.replace("PLACE", place);
            let article = parse(&text);
            let found = article.dateline().and_then(|d| d.location());
            assert_eq!(found.map(|l| l.as_str()), dateline, "{place}");
            assert_eq!(article.authors().len() == 0, dateline.is_some(), "{place}");
            assert_eq!(article.body().len(), 2, "{place}");
        }
        // A word a page break cut from its paragraph is no place.
        let cut = "Ministers agree to reopen the port talks after a week of strikes\n\nResidents\n\nof the eastern quay said on Monday that costs had risen by 14 per cent over three years since the last agreement.\n";
        assert!(parse(cut).dateline().is_none());
        // A byline above, and the time between them (Anadolu).
        let signed = story
            .replace("21.mar.2024", "By Ana Lind\n\n21.mar.2024")
            .replace("PLACE", "ANKARA");
        let article = parse(&signed);
        let found = article.dateline().and_then(|d| d.location());
        assert_eq!(found.map(|l| l.as_str()), Some("ANKARA"));
        assert_eq!(article.authors().len(), 1);
    }

    #[test]
    fn breadcrumbs_and_section_paths_are_not_headlines() {
        let crumbs = "Home / Veldan News / Ferry crews vote to strike over new rosters\n\nFerry crews vote to strike over new rosters\n\nBy Ana Lind\n\nMar 04, 2025 09:42 PM IST\n\nFerry crews at the Veldan harbour voted on Tuesday to strike over new rosters, their union said.\n\nThe vote was close.\n";
        let article = parse(crumbs);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Ferry crews vote to strike over new rosters")
        );
        assert!(article
            .boilerplate()
            .iter()
            .any(|b| b.starts_with("Home / ")));
        let section = "NATIONAL / CRIME & LEGAL\n\nVeldan court orders port to pay ¥48 million over flooded depot\n\nKYODO\nMar 5, 2025\n\nVELDAN – The Veldan District Court on Wednesday ordered the port to pay ¥48 million in damages to a food wholesaler.\n\nThe port said it would appeal.\n";
        let article = parse(section);
        assert_eq!(
            article.kicker().map(|k| k.as_str()),
            Some("NATIONAL / CRIME & LEGAL")
        );
        assert!(article
            .headline()
            .is_some_and(|h| h.starts_with("Veldan court orders")));
    }

    #[test]
    fn a_field_dump_fills_the_fields_its_keys_name() {
        let text = "---\ntitle: Veldan island freezes new holiday rental permits\nauthor: Mira Kovač\nurl: https://example.com/travel/2025/05/22/veldan-island-freezes-new-holiday-rental-permits\ndescription: Officials say almost half of all homes are now let to tourists.\ndate: 2025-05-22\ntags: Veldan;Tourism\n---\nShare this article\n\nThe island of Veldan has stopped issuing new permits for holiday rentals for at least two years, officials said on Wednesday.\n\nThe council voted 9 to 4.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Veldan island freezes new holiday rental permits")
        );
        assert_eq!(
            article.authors().next().map(|a| a.name().as_str()),
            Some("Mira Kovač")
        );
        assert_eq!(
            article.standfirst().map(|s| s.as_str()),
            Some("Officials say almost half of all homes are now let to tourists.")
        );
        assert_eq!(article.published().map(|p| p.as_str()), Some("2025-05-22"));
        assert_eq!(article.body().len(), 2);
        // The key is the value's marker: its bytes are the headline's.
        let headline = article.headline().expect("a headline");
        assert_eq!(
            &text[headline.span().range()],
            "title: Veldan island freezes new holiday rental permits"
        );
        // A feed entry's body follows its `content:` key.
        let feed = "title: Why the ferry smells of diesel\nlink: https://example.com/412877\npublished: 2025-05-14T07:00:00-04:00\nauthor: Noor Haddad\ncontent:\n\nIf you live near the harbour, you may have noticed the smell this spring.\n\nThe port says it will fade.\n";
        let article = parse(feed);
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("2025-05-14T07:00:00-04:00")
        );
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn the_last_item_of_a_menu_is_no_kicker_unless_it_stands_out() {
        let story = "Harbour pilots refuse night shifts after tug collision near Veldan\n\nBy Mara Quist\n\nPilots at the port of Veldan said on Monday they would stop guiding ships at night until the tug fleet is inspected.\n\nThe port authority said talks would resume on Wednesday.\n";
        for (menu, kicker) in [
            ("Home\nNews\nWorld\nSport\n", None),
            ("News\nCity News\nVeldan News\n", None),
            (
                "News\nPolitics\nBusiness\nSearch\nBusiness\n",
                Some("Business"),
            ),
            ("News\nWorld\nBusiness\nPORTS\n", Some("PORTS")),
            ("Home\nTransport\nPress release\n", Some("Press release")),
            ("News\nBusiness\nSport\nOpinion\n", None),
            (
                "Subscribe\nLog in\nSport\nLocal Football\n",
                Some("Local Football"),
            ),
            ("Sign in\nSubscribe\nPorts\n", Some("Ports")),
            ("News\nWorld\nSport\n\nPorts\n\n", Some("Ports")),
        ] {
            let text = format!("{menu}{story}");
            let article = parse(&text);
            assert_eq!(article.kicker().map(|k| k.as_str()), kicker, "{menu:?}");
            assert!(article
                .headline()
                .is_some_and(|h| h.starts_with("Harbour pilots refuse")));
        }
    }

    #[test]
    fn a_long_menu_and_an_initialism_kicker_stand_above_the_headline() {
        let menu = "Gazette\nU.S.\nPolitics\nWorld\nOpinion\nMedia\nEntertainment\nSports\nLifestyle\nVideo\nWatch TV\n\nU.S.\n\nVeldan county will bill rescued hikers who ignore closures, sheriff says\n\nBy Jordan Pike | Gazette\n\nPublished May 15, 2025 6:03pm EDT\n\nA county will begin billing hikers for the cost of their rescue if they ignore posted closures, officials said.\n\nThe rule takes effect in June.\n";
        let article = parse(menu);
        assert_eq!(article.kicker().map(|k| k.as_str()), Some("U.S."));
        assert!(article
            .headline()
            .is_some_and(|h| h.starts_with("Veldan county will bill")));
        assert!(super::ends_in_initialism("Back in the U.K."));
        assert!(!super::ends_in_initialism("The vote was close."));
    }

    #[test]
    fn an_e_mails_headers_give_the_timestamp_and_nothing_else() {
        let text = "From: The Veldan Courier <alerts@courier.example>\nDate: Tue, 4 Mar 2025 15:02:11 -0500\nSubject: Breaking: County schools close Wednesday as ice storm nears\nTo: reader@example.com\n\nBREAKING NEWS\n\nCounty schools close Wednesday as ice storm nears\n\nBy Owen Pritchard\n\nAll Veldan County public schools will be closed Wednesday as an ice storm is expected to coat roads, the superintendent said.\n\nThe district will decide on Thursday.\n";
        let article = parse(text);
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("Tue, 4 Mar 2025 15:02:11 -0500")
        );
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("County schools close Wednesday as ice storm nears")
        );
        assert_eq!(article.kicker().map(|k| k.as_str()), Some("BREAKING NEWS"));
        assert_eq!(
            article.authors().next().map(|a| a.name().as_str()),
            Some("Owen Pritchard")
        );
        assert!(article
            .boilerplate()
            .iter()
            .any(|b| b.starts_with("Subject: ")));
    }

    #[test]
    fn a_name_and_a_time_between_pipes_are_the_byline_and_the_timestamp() {
        let text = "Economy\n\nVeldan and Orsa agree to triple freight on the border rail link\n\nMinisters sign protocol to add a second track at the crossing\n\nSelin Karataş  |08.05.2025\n\nVeldan and Orsa on Thursday signed a protocol to triple the freight capacity of the rail link between the two countries, officials said.\n\nWork starts in June.\n";
        let article = parse(text);
        assert_eq!(
            article.authors().next().map(|a| a.name().as_str()),
            Some("Selin Karataş")
        );
        assert_eq!(article.published().map(|p| p.as_str()), Some("08.05.2025"));
        assert_eq!(
            article.standfirst().map(|s| s.as_str()),
            Some("Ministers sign protocol to add a second track at the crossing")
        );
    }

    #[test]
    fn a_credit_alone_under_a_line_makes_that_line_its_caption() {
        let text = "Veldan builds a seawall\n\nBy Ana Lind\n\nThe first concrete panels of the seawall went up in March, along the bayfront where the boats used to tie up.\n\nThe seawall under construction along the bayfront last month.\nMaya Lindqvist / Veldan News\n\nResidents are split over the wall, which will run three miles.\n";
        let article = parse(text);
        let caption = &article.captions()[0];
        assert_eq!(
            caption.text(),
            "The seawall under construction along the bayfront last month."
        );
        assert!(caption.text().is_borrowed());
        assert!(!article
            .body()
            .iter()
            .any(|b| b.text().starts_with("The seawall")));
    }

    #[test]
    fn a_place_in_capitals_under_the_name_is_where_the_author_writes() {
        let text = "Ferry fares to the islands capped for residents\n\nDecree freezes prices at last year's levels\n\nRedazione VELDA\nROME\n07 May 2025\n\nThe government on Wednesday capped ferry fares to the islands for residents, freezing prices at last year's levels.\n\nOperators said they would cut winter runs.\n";
        let article = parse(text);
        let author = article.authors().next().expect("an author");
        assert_eq!(author.location().map(|l| l.as_str()), Some("ROME"));
        assert!(author.role().is_none());
        // An agency in capitals is an affiliation.
        let agency = text.replace("ROME", "REUTERS");
        let article = parse(&agency);
        let author = article.authors().next().expect("an author");
        assert_eq!(author.role().map(|r| r.as_str()), Some("REUTERS"));
    }

    #[test]
    fn a_notice_inside_a_legal_footer_or_over_an_address_is_the_copyright() {
        let story = "Veldan county will bill rescued hikers\n\nBy Jordan Pike\n\nA county will bill hikers for their rescue if they ignore posted closures, officials said on Tuesday.\n\nThe rule takes effect in June.\n\nFOOTER\n";
        let legal = "This material may not be published or redistributed. ©2025 Veldan Network, LLC. All rights reserved. Quotes displayed in real-time. Legal Statement.";
        let text = story.replace("FOOTER", legal);
        let article = parse(&text);
        let notice = article.copyright().expect("a notice");
        assert_eq!(
            notice.text().as_str(),
            "©2025 Veldan Network, LLC. All rights reserved."
        );
        assert_eq!(article.body().len(), 2);
        assert!(article
            .boilerplate()
            .iter()
            .any(|b| b.starts_with("This material may not")));
        let addressed = "© 2025 Veldan Media, LLC\n30 Harbour Plaza, Veldan, VL 10112";
        let text = story.replace("FOOTER", addressed);
        let article = parse(&text);
        let notice = article.copyright().expect("a notice");
        assert_eq!(notice.text().as_str(), "© 2025 Veldan Media, LLC");
    }

    #[test]
    fn under_a_menu_the_headline_is_the_last_headline_like_line() {
        // Title case, ending in a full stop (two sentences).
        let stop = "Skip to content\nVeldan Ledger\nMenu\nTopics\nSeries\nLocal Reporting Network\nNewsletters\nDonate\n\nEnvironment\n\nA Parish Sold Its Flood List to a Firm. Homeowners Say No One Told Them.\n\nRecords show the parish gave a company the names of residents who had applied for buyouts\n\nby Leah Okonkwo\n\nJune 5, 2025, 5 a.m. EDT\n\nThe parish sold the list in 2023, records show, and the firm wrote to every homeowner on it within a month.\n\nThe parish did not respond.\n";
        let article = parse(stop);
        assert!(article
            .headline()
            .is_some_and(|h| h.starts_with("A Parish Sold")));
        // A short title in capitals over its dek, under a menu.
        let title = "VELDAN REVIEW\nInternational\nEurope\nBusiness\nOpinion\n\nRural Health Care\n\nWhy Veldan's Village Pharmacies Are Disappearing\n\nNearly 500 pharmacies closed last year, most of them in small towns.\n\n06.06.2025, 15.42 Uhr\n\nRenate Voll unlocks the door of the pharmacy at 7:45 a.m., a quarter of an hour before opening time.\n\nThree people are waiting.\n";
        let article = parse(title);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Why Veldan's Village Pharmacies Are Disappearing")
        );
        // A long headline under a menu is no dek of the label above it.
        let menu = "VELDAN WIRE\nRussian News Agency\nWorld\nBusiness & Economy\nPress Review\nEN\n\nEmergencies\n\nIce floe carrying 46 fishermen breaks away off the coast, rescuers dispatched\n\n2 APR, 04:05\n\nAn ice floe with 46 fishermen on it broke away from the shore on Wednesday, rescuers said.\n\nNobody was hurt.\n";
        let article = parse(menu);
        assert!(article
            .headline()
            .is_some_and(|h| h.starts_with("Ice floe carrying")));
    }

    #[test]
    fn a_forwarded_e_mail_gives_the_article_it_forwards() {
        let text = "From: Dana Whit <dana@council.example>\nSent: 10 June 2025 09:14\nTo: Planning Team <planning@council.example>\nSubject: FW: Courier - bypass story\n\nMorning all,\n\nFYI - this went up on the Courier site last night.\n\nThanks,\nDana\n\n-----Original Message-----\nFrom: Veldan Courier <alerts@courier.example>\nSent: 09 June 2025 21:30\nTo: Whit, Dana <dana@council.example>\nSubject: News alert: bypass\n\nA new story matching your alert has been published:\n\nBypass route through farmland is preferred option, council report says\n\nBy Harriet Osei, Local Democracy Reporter\n\nPublished: 9 June 2025, 8:05pm\n\n[cid:image001.jpg@01DBD9A2.5F3E1C40]\n\nThe route would run east across farmland. Picture: Veldan Courier\n\nThe proposed route would leave the main road at the roundabout and run east across farmland, the report says.\n\nA decision is due in July.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Bypass route through farmland is preferred option, council report says")
        );
        assert!(article.kicker().is_none());
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("Published: 9 June 2025, 8:05pm")
        );
        assert_eq!(article.body().len(), 2);
        assert!(article
            .boilerplate()
            .iter()
            .any(|b| b.starts_with("[cid:image001.jpg")));
    }

    #[test]
    fn a_factiva_export_fills_the_fields_its_codes_name() {
        let text = "HD     Veldan free zone caps office rents for start-ups\nBY     By Anjali Menon, Senior Reporter\nWC     345 words\nPD     11 June 2025\nSN     Veldan News\nLA     English\nCY     (c) 2025 Veldan Publishing LLC. All Rights Reserved. Provided by Example Syndication Inc.\n\nLP     A free zone will cap annual office rents for early-stage companies for the next three years, officials said on Tuesday.\n\n       The zone said the cap would apply to companies less than three years old with fewer than 15 employees.\n\nTD     \"Founders tell us the biggest cost after salaries is space,\" said Rashid Amin, the zone's chief executive officer.\n\n       Start-up founders welcomed the move but said visa costs remained a burden for most of them.\n\nCO     vfz : Veldan Free Zone\nIN     i8150203 : Office Real Estate | ireest : Real Estate/Construction\nAN     Document VELDNW0020250611el6b0002p\n";
        let article = parse(text);
        assert_eq!(
            article.headline().map(|h| h.as_str()),
            Some("Veldan free zone caps office rents for start-ups")
        );
        let author = article.authors().next().expect("an author");
        assert_eq!(author.name().as_str(), "Anjali Menon");
        assert_eq!(author.role().map(|r| r.as_str()), Some("Senior Reporter"));
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("11 June 2025")
        );
        assert_eq!(
            article.copyright().map(|c| c.text().as_str()),
            Some("(c) 2025 Veldan Publishing LLC. All Rights Reserved.")
        );
        let kinds: Vec<_> = article.body().iter().map(|b| b.kind()).collect();
        assert_eq!(kinds, [BlockKind::Paragraph; 4]);
        assert!(article.body()[0].text().starts_with("A free zone"));
        assert!(article.body()[2].text().starts_with("\"Founders"));
    }

    #[test]
    fn reported_speech_over_a_crosshead_is_no_pull_quote() {
        let text = "Veldan builds a seawall\n\nBy Ana Lind\n\nThe first panels of the seawall went up in March along the bayfront, where the boats used to tie up.\n\n\"I lost my house in one night,\" said Dolores Trevi, 67, who rebuilt on the same lot. \"Anybody who tells me the wall is ugly can say it to my face.\"\n\nWHO PAYS\n\nThe city will pay a third of the cost, and the state the rest, officials said.\n";
        let article = parse(text);
        let kinds: Vec<_> = article.body().iter().map(|b| b.kind()).collect();
        assert!(!kinds.contains(&BlockKind::Quote), "{kinds:?}");
        assert!(super::is_whole_quotation(
            "“Nobody wins when the buses stop, and everybody knows it.”"
        ));
        assert!(!super::is_whole_quotation(
            "“Nobody wins,” she said. “Everybody knows it, and so do the buses.”"
        ));
    }

    #[test]
    fn a_word_in_capitals_over_the_name_is_a_label_not_the_byline() {
        let text = "Libraries to lend camping gear in a pilot\nRead a summary of this article on FAST.\nFAST\nRachel Goh\n22 May 2025 06:00AM\nVELDAN: Library members will soon be able to borrow tents and fishing rods along with their books, the board said.\nThe pilot starts next month.\n";
        let article = parse(text);
        let names: Vec<_> = article.authors().map(|a| a.name().as_str()).collect();
        assert_eq!(names, ["Rachel Goh"]);
    }

    #[test]
    fn a_masthead_date_over_the_headline_gives_way_to_the_storys_time() {
        let text = "Veldan Courier\nThursday, March 6, 2025\nToday's Paper\n\nNurses at three hospitals set a strike date\n\nBy Lionel Achter\n\nPublished March 5, 2025\n\nNurses at three hospitals said on Wednesday that they would strike from Monday over staffing rules.\n\nTalks collapsed last week.\n";
        let article = parse(text);
        assert_eq!(
            article.published().map(|p| p.as_str()),
            Some("Published March 5, 2025")
        );
        // With no time under the headline, the date over it is the story's.
        let undated = text.replace("Published March 5, 2025\n\n", "");
        assert_eq!(
            parse(&undated).published().map(|p| p.as_str()),
            Some("Thursday, March 6, 2025")
        );
    }

    #[test]
    fn a_listing_inside_an_indented_quote_is_part_of_the_quote() {
        let text = "Harbour software flaw lets anyone stop the cranes\n\nBy Ana Lind\n\nA flaw in the crane software used at the Veldan harbour lets anyone stop the cranes, a researcher said.\n\n    The controller accepts any order it is sent, and nests them without limit.\n    This is what one looks like.\n\n    order: {\n        step: [\n            step: [\n            ]\n            ...\n        ]\n    }\n\n    The controller gives up after a thousand steps.\n\nThe harbour said on Monday that a fix was ready and would be installed on every crane by the end of the month.\n";
        let article = parse(text);
        let kinds: Vec<_> = article.body().iter().map(|b| b.kind()).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::Quote,
                BlockKind::Quote,
                BlockKind::Quote,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(
            article.body()[2].text(),
            "order: { step: [ step: [ ] ... ] }"
        );
    }

    #[test]
    fn a_byline_between_an_image_and_the_lede_ends_the_images_turn() {
        let text = "# Why the ferry fare freeze will not last\n\n![Ana Lind's avatar](https://example.com/avatar.jpg)\n\nBy Ana Lind\n\nMar 10, 2025\n\nGood morning, and welcome back. The ferry has kept its fares frozen for three years.\n\nThat is about to end.\n";
        let article = parse(text);
        assert!(article.captions().is_empty());
        assert_eq!(article.body().len(), 2);
    }

    #[test]
    fn the_line_under_a_name_gives_its_outlet_or_place() {
        let outlet = parse("Water main break leaves shops dry\n\nDale Whitcomb\nHarbor Gazette\n\nPublished 6:10 p.m. ET March 5, 2025\n\nDozens of shops remained without water on Wednesday.\n");
        let author = &outlet.byline().unwrap().authors()[0];
        assert_eq!(author.role().unwrap(), "Harbor Gazette");
        let place = parse("Evacuados 3.000 vecinos por un incendio en la sierra\n\nLucía Ferrer\nValdecarros - 10 mar 2025 - 12:47 CET\n\nUnos 3.000 vecinos han sido desalojados este lunes.\n");
        let author = &place.byline().unwrap().authors()[0];
        assert_eq!(author.location().unwrap(), "Valdecarros");
        assert_eq!(author.role(), None);
        assert_eq!(place.published().unwrap(), "10 mar 2025 - 12:47 CET");
        // Set apart by a blank line, a capitalised line is not the outlet.
        let apart = parse("Water main break leaves shops dry\n\nDale Whitcomb\n\nHarbor Gazette\n\nDozens of shops remained without water on Wednesday.\n");
        assert_eq!(apart.byline().unwrap().authors()[0].role(), None);
    }

    #[test]
    fn a_line_of_fields_wrapped_over_two_lines_claims_both() {
        let text = "Le projet de loi approuvé\n\n   Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par\n   Ana Lind (avec Ali Khan)\n\nLes députés ont adopté le projet de loi mardi.\n";
        let article = parse(text);
        assert_eq!(article.byline().unwrap().authors().len(), 2);
        let second_line = text.find("Ana Lind").unwrap();
        assert!(article
            .claims()
            .iter()
            .any(|(_, span)| span.start <= second_line && second_line < span.end));
    }

    #[test]
    fn header_lines_of_fields_and_glued_copies() {
        let body = "\n\nThe board said on Monday it would wait.\n";
        for (meta, published, chrome) in [
            (
                "March 5, 2025 · 6 min read",
                "March 5, 2025",
                Some("6 min read"),
            ),
            (
                "March 5, 2025 | 6 min read",
                "March 5, 2025",
                Some("6 min read"),
            ),
            ("4 Mar 20254 Mar 2025", "4 Mar 2025", Some("4 Mar 2025")),
            (
                "16 November 2017 • 2:15pm",
                "16 November 2017 • 2:15pm",
                None,
            ),
        ] {
            let text = format!("Harbour board delays vote\n\nBy Jane Roe\n\n{meta}{body}");
            let article = parse(&text);
            assert_eq!(
                article.headline().unwrap(),
                "Harbour board delays vote",
                "{meta}"
            );
            assert_eq!(
                article.byline().unwrap().authors()[0].name(),
                "Jane Roe",
                "{meta}"
            );
            assert_eq!(article.published().unwrap(), published, "{meta}");
            assert_eq!(
                article.boilerplate().first().map(|b| b.as_str()),
                chrome,
                "{meta}"
            );
        }
        // A handle after a bare name is part of the byline line.
        let handle = parse("Harbour board delays vote\n\nJane Roe (@janeroe)\n\nMarch 5, 2025\n\nThe board said on Monday it would wait.\n");
        assert_eq!(handle.byline().unwrap().authors()[0].name(), "Jane Roe");
    }

    #[test]
    fn a_field_label_is_not_part_of_the_timestamp() {
        let article = parse("Harbour reopens\n\nDate: 5 March 2025\n\nThe harbour reopened on Wednesday after repairs.\n");
        let published = article.published().unwrap();
        assert_eq!(published, "5 March 2025");
        // The label is a marker inside the value's span.
        assert_eq!(published.span().range(), 17..35);
        let kept = parse("Harbour reopens\n\nPublished 5 March 2025\n\nThe harbour reopened on Wednesday after repairs.\n");
        assert_eq!(kept.published().unwrap(), "Published 5 March 2025");
    }

    #[test]
    fn where_the_author_reported_from() {
        let text = "Nurses set a strike date\n\nBy Jane Roe\nReporting from Brantley, Ohio\n\nMarch 4, 2025\n\nUnion leaders said a walkout could begin Monday.\n";
        let article = parse(text);
        let author = &article.byline().unwrap().authors()[0];
        assert_eq!(author.location().unwrap(), "Brantley, Ohio");
        assert_eq!(author.role(), None);
        // A handle after the role is the byline's markup.
        let handled = parse("Nurses set a strike date\n\nJane Roe\nHealth reporter @janeroe\n\nMarch 4, 2025\n\nUnion leaders said a walkout could begin Monday at the two hospitals.\n");
        let author = &handled.byline().unwrap().authors()[0];
        assert_eq!(author.role().unwrap(), "Health reporter");
        // The byline closing the standfirst.
        let glued = parse("Nurses set a strike date\n\nUnion leaders say a walkout could begin Monday. A visit to the two hospitals. By Jane Roe and Ali Khan\n\nMarch 4, 2025\n\nUnion leaders said a walkout could begin Monday at the two hospitals.\n");
        assert_eq!(
            glued.standfirst().unwrap(),
            "Union leaders say a walkout could begin Monday. A visit to the two hospitals."
        );
        assert_eq!(glued.byline().unwrap().authors().len(), 2);
        // A town and its region's abbreviation under the name.
        let town = parse("Nurses set a strike date\n\nJane Roe\nFenwick Bay, B.C.\nPublished 3 hours ago\n\nUnion leaders said a walkout could begin Monday at the two hospitals.\n");
        let author = &town.byline().unwrap().authors()[0];
        assert_eq!(author.location().unwrap(), "Fenwick Bay, B.C.");
        assert_eq!(author.role(), None);
        // A lower-case marker still sets the byline apart from the headline.
        let lower = parse("Crews search for a driver swept off a crossing\nby: Carly Dunstan, Marco Ybarra\n\nThe search went on overnight, officials said.\n");
        assert_eq!(
            lower.headline().unwrap(),
            "Crews search for a driver swept off a crossing"
        );
        assert_eq!(lower.byline().unwrap().authors().len(), 2);
    }

    #[test]
    fn a_dateline_opens_the_story_after_unknown_chrome() {
        let text = "Wildfire forces evacuation of a mountain town\n\nBy Ana Lind\n\nShare\nCopy Link copied\nX\n\nCEDAR HOLLOW, Colo. (AP) — Hundreds of residents were ordered to leave their homes on Monday.\n\nThe fire had burned 14 square miles by late afternoon.\n";
        let article = parse(text);
        let dateline = article.dateline().unwrap();
        assert_eq!(dateline.location().unwrap(), "CEDAR HOLLOW, Colo.");
        assert_eq!(dateline.agency().unwrap(), "AP");
        assert_eq!(article.body().len(), 2);
        assert!(has_chrome(&article, "X"));
    }

    #[test]
    fn labels_on_the_headline_line_are_the_kicker() {
        let body = "\n\nThe port has been shut for a week, and the cost is rising every day.\n";
        for (headline, kicker, title) in [
            (
                "Opinion: Ministers must reopen the port talks",
                Some("Opinion"),
                "Ministers must reopen the port talks",
            ),
            (
                "Business|Ministers agree to reopen the port talks",
                Some("Business"),
                "Ministers agree to reopen the port talks",
            ),
            (
                "NSW: Ferry crews walk off over rostering row",
                Some("NSW"),
                "Ferry crews walk off over rostering row",
            ),
            (
                "Orchard workers stranded after labour-hire firm collapses example.co.nz",
                None,
                "Orchard workers stranded after labour-hire firm collapses",
            ),
            (
                "Orchard workers stranded after the firm moved to Example.com",
                None,
                "Orchard workers stranded after the firm moved to Example.com",
            ),
            ("OBAMA: We will act", None, "OBAMA: We will act"),
            (
                "Business | Ministers agree to reopen the port talks",
                Some("Business"),
                "Ministers agree to reopen the port talks",
            ),
            // A place before a colon is part of the headline.
            (
                "Veldan: Ministers agree to reopen the port talks",
                None,
                "Veldan: Ministers agree to reopen the port talks",
            ),
            (
                "WATCH: Ministers agree to reopen the port talks",
                Some("WATCH"),
                "Ministers agree to reopen the port talks",
            ),
            (
                "(News Focus) Ministers agree to reopen the port talks",
                Some("News Focus"),
                "Ministers agree to reopen the port talks",
            ),
            (
                "Title: Ministers agree to reopen the port talks",
                None,
                "Ministers agree to reopen the port talks",
            ),
        ] {
            let text = format!("{headline}{body}");
            let article = parse(&text);
            assert_eq!(article.kicker().map(|k| k.as_str()), kicker, "{headline}");
            assert_eq!(article.headline().unwrap(), title, "{headline}");
        }
    }

    #[test]
    fn the_headline_below_a_stack_of_navigation_labels() {
        let text = "Print subscriptions\nThe Gazette - Back to homepage\nNews\nOpinion\nSport\nCulture\nLifestyle\nWildlife\nOtters back on the River Tarrow after six decades\nVolunteers found signs of otters at 14 sites along a once-polluted river\nJane Roe North of England correspondent\nSat 8 Mar 2025 07.00 GMT\n\nOtters have returned to the River Tarrow for the first time in 60 years.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Otters back on the River Tarrow after six decades"
        );
        // The menu's last item, right above the headline, is no kicker.
        assert_eq!(article.kicker(), None);
        assert!(article.boilerplate().iter().any(|b| b == "Wildlife"));
        assert_eq!(
            article.standfirst().unwrap(),
            "Volunteers found signs of otters at 14 sites along a once-polluted river"
        );
        assert_eq!(article.published().unwrap(), "Sat 8 Mar 2025 07.00 GMT");
        assert_eq!(article.body().len(), 1);
    }

    #[test]
    fn a_site_name_above_chrome_is_not_the_kicker() {
        let text = "[The Harbour Ledger](https://example.com/)\n\nSubscribe\n\nSign in\n\n# Why the ferry fare freeze will not last\n\nThe ferry has kept its fares frozen for three years, and that is about to end.\n";
        let article = parse(text);
        assert_eq!(article.kicker(), None);
        assert_eq!(
            article.headline().unwrap(),
            "Why the ferry fare freeze will not last"
        );
        let with_kicker = parse("Markets\n\n# Copper jumps to a two-year high\n\nCopper rose on Tuesday as the strike went on.\n");
        assert_eq!(with_kicker.kicker().unwrap(), "Markets");
    }

    #[test]
    fn a_dataset_dump_marks_each_header_field_with_dashes() {
        let text = "-- Harbour operator to cut 400 jobs\n-- By Ana Lind\n-- Tue Mar 4, 2014 5:12pm EST\n-- http://www.example.com/article/2014/03/04/harbour-jobs\n\n VELDAN, Norway  (Reuters) - The harbour operator will cut about 400 jobs, it said on Tuesday.\n\n -- The cuts follow a fall in freight.\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Harbour operator to cut 400 jobs"
        );
        assert_eq!(article.byline().unwrap().authors()[0].name(), "Ana Lind");
        assert_eq!(article.published().unwrap(), "Tue Mar 4, 2014 5:12pm EST");
        assert_eq!(article.dateline().unwrap().agency().unwrap(), "Reuters");
        // Dashes further down are the text's own.
        assert_eq!(
            article.body()[1].text(),
            "-- The cuts follow a fall in freight."
        );
    }

    #[test]
    fn an_anpa_wire_story() {
        let text = "\u{16}\u{16}\u{1}a0719  BC-Port-Strike 1stLd-Writethru   05-02 0412\n^BC-Port-Strike, 1st Ld-Writethru,0412<\n^Dock workers end strike at Veldan port<\n^Eds: UPDATES with union comment. With AP Photos.<\n^By ANA LIND=\n^Associated Press Writer=\n   VELDAN, Norway (AP) _ Dock workers ended a nine-day strike on\nFriday after the port authority raised its pay offer.\n   ``We got what we came for,'' said union leader Tomas Berg.\nAP-NY-05-02-98 1630EST<\n";
        let article = parse(text);
        assert_eq!(
            article.headline().unwrap(),
            "Dock workers end strike at Veldan port"
        );
        let author = &article.byline().unwrap().authors()[0];
        assert_eq!(author.name(), "ANA LIND");
        assert_eq!(author.role().unwrap(), "Associated Press Writer");
        assert_eq!(article.dateline().unwrap().agency().unwrap(), "AP");
        assert_eq!(article.body().len(), 2);
        assert_eq!(
            article.body()[1].text(),
            "``We got what we came for,'' said union leader Tomas Berg."
        );
        assert_eq!(article.boilerplate().len(), 4);
    }

    #[test]
    fn a_short_headline_over_its_dek() {
        let dek = "The decision was pushed to April after objections from island residents";
        for (top, kicker) in [
            ("Transport\nFerry fares on hold\n", Some("Transport")),
            ("Ferry fares on hold\n", None),
        ] {
            let text =
                format!("{top}{dek}\nBy Jane Roe\n\nThe board said on Monday it would wait.\n");
            let article = parse(&text);
            assert_eq!(article.kicker().map(|k| k.as_str()), kicker, "{top:?}");
            assert_eq!(
                article.headline().unwrap(),
                "Ferry fares on hold",
                "{top:?}"
            );
            assert_eq!(article.standfirst().unwrap(), dek, "{top:?}");
        }
    }

    #[test]
    fn an_unknown_widget_between_header_lines_is_chrome() {
        let text = "Harbour board delays vote on ferry fares\n\nVideo PlayerClose\n\nBy Jane Roe\n\nMarch 5, 2025\n\nThe board said on Monday it would wait.\n";
        let article = parse(text);
        assert_eq!(article.standfirst(), None);
        assert_eq!(article.byline().unwrap().authors()[0].name(), "Jane Roe");
        assert_eq!(article.published().unwrap(), "March 5, 2025");
        assert_eq!(article.boilerplate()[0], "Video PlayerClose");
    }

    #[test]
    fn the_headline_is_the_line_the_dek_and_byline_follow() {
        let text = "OPINION\n\nThis article is an opinion. Opinions are the writer's own.\n\nI ran a harbour for 22 years. Fare freezes are not the answer.\n\nFreezing fares treats the symptom. Riders need a timetable they can trust every single day.\n\n[Ana Lind](https://example.com/staff/ana-lind/)\n\nOpinion contributor\n\nPublished 5:02 a.m. ET March 4, 2025\n\nEvery few months another council votes to freeze ferry fares.\n";
        let article = parse(text);
        assert_eq!(article.kicker().unwrap(), "OPINION");
        assert_eq!(
            article.headline().unwrap(),
            "I ran a harbour for 22 years. Fare freezes are not the answer."
        );
        assert!(article.standfirst().unwrap().starts_with("Freezing fares"));
        let author = &article.byline().unwrap().authors()[0];
        assert_eq!(author.name(), "Ana Lind");
        assert_eq!(author.role().unwrap(), "Opinion contributor");
        assert_eq!(article.body().len(), 1);
        // A headline that ends in an abbreviation keeps its place.
        let nyc = parse("Winter wreaks havoc under the streets of N.Y.C.\n\nThe city's aging pipes are tough to maintain.\n\nAna Lind\n\nBy Ana Lind\n\nFeb. 21, 2019\n\nA series of manhole fires forced evacuations.\n");
        assert_eq!(
            nyc.headline().unwrap(),
            "Winter wreaks havoc under the streets of N.Y.C."
        );
    }

    #[test]
    fn an_obituarys_closing_line_is_story_text() {
        let text = "Ana Lind obituary\n\nAna Lind, who has died aged 93, charted 3,000 islands by rowing boat.\n\nAna Marit Lind, cartographer, born 9 June 1931; died 14 February 2025\n\nShare\n";
        let article = parse(text);
        assert_eq!(article.body().len(), 2);
        assert_eq!(article.boilerplate(), ["Share"]);
    }

    #[test]
    fn a_summary_in_sentences_under_its_label() {
        let text = "Floodwaters cut off the river town\n\nBy Ana Lind\n\nKey points:\n\nThe river peaked at 15.2 metres overnight.\n\nAbout 600 residents were told to move.\n\nResidents use boats on Keel Street. (Harbour News: Ana Lind)\n\nThe town has been cut off by floodwaters since Sunday, officials said.\n";
        let article = parse(text);
        assert_eq!(
            article.standfirst().unwrap(),
            "The river peaked at 15.2 metres overnight. About 600 residents were told to move."
        );
        assert_eq!(article.captions().len(), 1);
        assert_eq!(article.body().len(), 1);
    }

    #[test]
    fn dataset_highlights_are_the_standfirst() {
        let text = "Veldan, Norway (CNN) -- A storm knocked out power to 40,000 homes on Tuesday, officials said.\n\nCrews from three regions were on their way.\n\n@highlight\n\nStorm knocks out power to 40,000 homes\n\n@highlight\n\nMost customers should have power back by Thursday\n";
        let article = parse(text);
        assert_eq!(
            article.standfirst().unwrap(),
            "Storm knocks out power to 40,000 homes Most customers should have power back by Thursday"
        );
        assert_eq!(article.body().len(), 2);
        assert_eq!(article.boilerplate(), ["@highlight", "@highlight"]);
    }

    #[test]
    fn navigation_rows_are_chrome() {
        let article = parse("Home | World | Business | Sport\n\nPort talks resume\n\nBy Jane Roe\n\nThe port has been shut for a week, and the cost is rising.\n");
        assert_eq!(article.headline().unwrap(), "Port talks resume");
        assert_eq!(article.boilerplate()[0], "Home | World | Business | Sport");
        // A row of header fields is not navigation.
        assert!(!super::is_navigation_row(
            "Le Monde | 04.05.2015 à 13h36 | Par Jane Roe"
        ));
        assert!(super::is_navigation_row("News › World › Europe"));
    }

    #[test]
    fn a_section_label_above_a_headline_and_a_relative_timestamp() {
        let article = parse("Opinion\n\nUnion leaders warn of weeks of delays on the freight corridor\n\nan hour ago\n\nResidents of the eastern quay said the dispute was costing $60mn a day.\n");
        assert_eq!(article.kicker().unwrap(), "Opinion");
        assert_eq!(
            article.headline().unwrap(),
            "Union leaders warn of weeks of delays on the freight corridor"
        );
        assert_eq!(article.published().unwrap(), "an hour ago");
    }
}
