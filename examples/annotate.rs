//! Prints an article with each line labelled by the field it went to.
//!
//! ```text
//! cargo run --example annotate                # the built-in sample
//! cargo run --example annotate -- FILE        # an article in a file
//! cargo run --example annotate -- -           # read standard input
//! ```
//!
//! The margin names the field(s) that claim a line (`headline`,
//! `byline+published`, `body`, `boilerplate`, ...), from
//! [`Article::claims`](newswire::Article::claims). A non-blank line that no
//! field claims is marked `?` (the parser promises there are none). When
//! standard output is a terminal, the margin and the claimed bytes are
//! coloured by field; piped output is plain text (`NO_COLOR` also turns
//! colour off).

#[path = "shared/input.rs"]
mod input;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use newswire::{Field, Span};

/// The sample article that the `parse` example prints too.
const SAMPLE: &str = include_str!("sample.txt");

/// The ANSI colour of a field.
fn colour(field: Field) -> &'static str {
    match field {
        Field::Kicker => "\x1b[35m",     // magenta
        Field::Headline => "\x1b[1;35m", // bold magenta
        Field::Standfirst => "\x1b[36m", // cyan
        Field::Caption => "\x1b[33m",    // yellow
        Field::Byline => "\x1b[1;32m",   // bold green
        Field::Published => "\x1b[32m",  // green
        Field::Dateline => "\x1b[1;34m", // bold blue
        Field::Body => "\x1b[0m",        // plain
        Field::EndNote => "\x1b[34m",    // blue
        Field::Copyright => "\x1b[31m",  // red
        Field::Boilerplate => "\x1b[2m", // dim
        _ => "\x1b[0m",
    }
}

const RESET: &str = "\x1b[0m";

/// One line of the input and the claims that meet it.
struct Line<'t> {
    start: usize,
    shown: &'t str,
    here: Vec<(Field, Span)>,
    label: String,
}

/// Splits `text` into lines, each with the fields whose spans meet it.
fn lines<'t>(text: &'t str, claims: &[(Field, Span)]) -> Vec<Line<'t>> {
    let mut claims = claims.to_vec();
    claims.sort_by_key(|&(_, span)| (span.start, span.end));
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let shown = line.trim_end_matches(['\n', '\r']);
        let end = start + shown.len();
        // The claims that meet this line, in the order they appear on it.
        let here: Vec<(Field, Span)> = claims
            .iter()
            .copied()
            .filter(|&(_, s)| !s.is_empty() && s.start < end.max(start + 1) && s.end > start)
            .collect();
        let mut fields: Vec<&str> = Vec::new();
        for &(field, _) in &here {
            if !fields.contains(&field.as_str()) {
                fields.push(field.as_str());
            }
        }
        let label = match (fields.is_empty(), shown.trim().is_empty()) {
            (false, _) => fields.join("+"),
            (true, true) => String::new(),
            (true, false) => "?".to_owned(),
        };
        out.push(Line {
            start,
            shown,
            here,
            label,
        });
        start += line.len();
    }
    out
}

/// Writes `text` with each line labelled in a left margin.
fn annotate(
    out: &mut impl Write,
    text: &str,
    claims: &[(Field, Span)],
    colour_on: bool,
) -> io::Result<()> {
    let lines = lines(text, claims);
    let width = lines.iter().map(|l| l.label.len()).max().unwrap_or(0);
    for line in &lines {
        let label = &line.label;
        if !colour_on || line.here.is_empty() {
            let sep = if line.shown.is_empty() { "│" } else { "│ " };
            writeln!(out, "{label:>width$} {sep}{}", line.shown)?;
            continue;
        }
        let c = line.here.first().map_or(RESET, |&(f, _)| colour(f));
        write!(out, "{c}{label:>width$}{RESET} │ ")?;
        // Colour each byte range of the line by the field that claims it.
        let end = line.start + line.shown.len();
        let mut at = line.start;
        for &(field, span) in &line.here {
            let (s, e) = (span.start.max(at), span.end.min(end));
            if s < e {
                write!(
                    out,
                    "{}{}{}{RESET}",
                    &text[at..s],
                    colour(field),
                    &text[s..e]
                )?;
                at = e;
            }
        }
        writeln!(out, "{}", &text[at..end])?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let owned;
    let (name, text) = match args.as_slice() {
        [] => ("examples/sample.txt", SAMPLE),
        [arg] => match input::read(arg) {
            Ok(text) => {
                owned = text;
                (arg.as_str(), owned.as_str())
            }
            Err(message) => {
                eprintln!("annotate: {message}");
                return ExitCode::FAILURE;
            }
        },
        _ => {
            eprintln!("usage: annotate [FILE | -]");
            return ExitCode::from(2);
        }
    };
    let article = match newswire::parse(text) {
        Ok(article) => article,
        Err(e) => {
            eprintln!("annotate: {name}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let colour_on = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match annotate(&mut out, text, &article.claims(), colour_on).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`annotate | head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("annotate: {e}");
            ExitCode::FAILURE
        }
    }
}
