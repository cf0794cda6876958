//! Chat exports: the sender and the time a messenger prints with each
//! message, when an article was shared into a chat and the chat saved as
//! text.
//!
//! ```text
//! ios_prefix     := "[" date ", " time "] " name ":" (" " message)?
//! android_prefix := date ", " time " - " name ":" (" " message)?
//! sender_header  := name ", [" date " " time "]"        ; Telegram Desktop
//! discord_header := name " — " (date " " time | ("Today" | "Yesterday") " at " time)
//! date           := digits sep digits sep digits        ; sep: `/`, `.`, `-`
//! time           := digits ":" digits (":" digits)? (space? ("AM" | "PM"))?
//! ```
//!
//! WhatsApp writes a prefix on the first line of each message only: a
//! message of several lines (a forwarded article) goes on over lines with
//! none.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1, take_while_m_n};
use nom::character::complete::one_of;
use nom::combinator::{opt, recognize};
use nom::{IResult, Parser};

/// Longest sender name read, in bytes: a contact's or a channel's name.
const MAX_NAME: usize = 60;

fn digits(input: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 4, |c: char| c.is_ascii_digit())(input)
}

fn date(input: &str) -> IResult<&str, &str> {
    recognize((digits, one_of("/.-"), digits, one_of("/.-"), digits)).parse(input)
}

fn time(input: &str) -> IResult<&str, &str> {
    let two = |i| take_while_m_n(2, 2, |c: char| c.is_ascii_digit())(i);
    let meridiem = (
        opt(alt((tag(" "), tag("\u{202f}")))),
        alt((tag_no_case("AM"), tag_no_case("PM"))),
    );
    recognize((digits, tag(":"), two, opt((tag(":"), two)), opt(meridiem))).parse(input)
}

/// A sender's name, up to the colon after it.
fn name(input: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c != ':' && c != '[' && c != ']')(input)
}

/// True when a line's bytes open with a date's first digit, in brackets or
/// not (`[0…`, `04…`), as every [`message_prefix`] does: a test on the
/// first two bytes, which passes over nearly every line.
pub(crate) fn opens_with_date_digit(line: &[u8]) -> bool {
    match line {
        [b'[', d, ..] | [d, ..] => d.is_ascii_digit(),
        [] => false,
    }
}

/// The length in bytes of a chat message's prefix at the start of `line`
/// (`[04/03/2025, 08:02:51] Jane Roe: `), its space included; `None` when
/// the line opens no message.
pub(crate) fn message_prefix(line: &str) -> Option<usize> {
    if !opens_with_date_digit(line.as_bytes()) {
        return None;
    }
    let ios = (tag("["), date, tag(", "), time, tag("] "));
    let android = (date, tag(", "), time, tag(" - "));
    let (rest, _) = alt((recognize(ios), recognize(android))).parse(line).ok()?;
    let (after, sender) = name(rest).ok()?;
    if sender.len() > MAX_NAME || sender.trim().is_empty() {
        return None;
    }
    let after = after.strip_prefix(':')?;
    if after.is_empty() {
        return Some(line.len());
    }
    after
        .strip_prefix(' ')
        .map(|message| line.len() - message.len())
}

/// True for Discord's header over a run of messages: the sender, a dash
/// and the time (`ana.lind — 04/03/2025 10:42`, `ana.lind — Today at
/// 10:42`).
pub(crate) fn is_discord_header(line: &str) -> bool {
    // A name, the dash and a time: a short line ending with the time's
    // digit or its `AM`/`PM`, which most lines are passed over by.
    if line.len() > MAX_NAME + 40 || !line.ends_with(|c: char| c.is_ascii_digit() || c == 'M') {
        return false;
    }
    let Some((sender, time_part)) = crate::scan::split_once_str(line, " — ") else {
        return false;
    };
    if sender.is_empty() || sender.len() > MAX_NAME || sender.contains(' ') && sender.len() > 32 {
        return false;
    }
    let relative = alt((tag("Today at "), tag("Yesterday at ")));
    let dated = recognize((date, tag(" "), time));
    let parsed: IResult<&str, &str> = alt((recognize((relative, time)), dated)).parse(time_part);
    matches!(parsed, Ok(("", _)))
}

/// True for the time Discord prints before a message sent right after the
/// one above (`[10:43]`, `[10:43 AM]`).
pub(crate) fn is_discord_marker(line: &str) -> bool {
    let parsed: IResult<&str, &str> = recognize((tag("["), time, tag("]"))).parse(line);
    matches!(parsed, Ok(("", _)))
}

/// A Telegram Desktop copy's header over a post: the sender and the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SenderHeader<'a> {
    /// The sender with its comma (`Harbour Daily,`).
    pub sender: &'a str,
    /// The time between the brackets (`15.10.2024 14:32`).
    pub time: &'a str,
}

/// Reads a whole line as a Telegram Desktop header: `Harbour Daily,
/// [15.10.2024 14:32]`.
pub(crate) fn sender_header(line: &str) -> Option<SenderHeader<'_>> {
    if !line.ends_with(']') {
        return None;
    }
    let comma = line.find(", [")?;
    let sender = &line[..comma];
    if sender.trim().is_empty() || sender.len() > MAX_NAME || sender.contains([':', '[', ']']) {
        return None;
    }
    let inner = &line[comma + 3..line.len() - 1];
    let parsed: IResult<&str, &str> = recognize((date, tag(" "), time)).parse(inner);
    match parsed {
        Ok(("", time)) => Some(SenderHeader {
            sender: &line[..comma + 1],
            time,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_prefixes_of_both_phone_exports() {
        let ios = "[04/03/2025, 08:02:51] Ana Lind: Ferry fares rise again";
        assert_eq!(
            message_prefix(ios),
            Some(ios.len() - "Ferry fares rise again".len())
        );
        let android = "4/3/25, 8:02 PM - Ola Berg: did you see this";
        assert_eq!(
            &android[message_prefix(android).unwrap()..],
            "did you see this"
        );
        let narrow = "[4/3/25, 8:02:51\u{202f}AM] Ola Berg: Ferry fares rise";
        assert_eq!(
            &narrow[message_prefix(narrow).unwrap()..],
            "Ferry fares rise"
        );
        let bare = "[04/03/2025, 08:02:51] Ana Lind:";
        assert_eq!(message_prefix(bare), Some(bare.len()));
    }

    #[test]
    fn text_is_no_message_prefix() {
        for line in [
            "[Photo: Ana Lind] The pier at dawn",
            "04/03/2025, the day the pier closed - a look back",
            "12:30 - Council: the vote is delayed",
            "[04/03/2025, 08:02:51] Ana Lind said the fares would rise",
            "[04/03/2025] Ana Lind: Ferry fares rise",
        ] {
            assert_eq!(message_prefix(line), None, "{line}");
        }
    }

    #[test]
    fn discord_headers_name_the_sender_and_the_time() {
        assert!(is_discord_header("ana.lind — 04/03/2025 10:42"));
        assert!(is_discord_header("Ola Berg — Today at 9:05 PM"));
        assert!(!is_discord_header(
            "The port — closed since 2019 — reopened"
        ));
        assert!(!is_discord_header("Ferry fares — 04/03/2025"));
        assert!(is_discord_marker("[10:43]"));
        assert!(is_discord_marker("[9:05 PM]"));
        assert!(!is_discord_marker("[10]"));
    }

    #[test]
    fn a_telegram_header_holds_the_sender_and_the_time() {
        assert_eq!(
            sender_header("Harbour Daily, [15.10.2024 14:32]"),
            Some(SenderHeader {
                sender: "Harbour Daily,",
                time: "15.10.2024 14:32"
            })
        );
        assert_eq!(sender_header("Lind, Ana [ed.]"), None);
        assert_eq!(sender_header("Fares rise, [see chart]"), None);
    }
}
