//! A dataset's CSV row: a header of column names and one record under it,
//! as a news dump written by pandas or a spreadsheet holds an article.
//!
//! ```text
//! row    := header "\n" record ws*
//! header := name ("," name)+            ; names of letters, digits, `_`, ` `, `.`, `-`
//! record := field ("," field)*          ; as many fields as names
//! field  := '"' (any but '"' | '""')* '"' | (any but ',' '"' "\n")*
//! ```
//!
//! A quoted field may run over lines (the story, one paragraph a line);
//! `""` inside it stands for one quote. Each column fills the field its
//! name gives ([`dump::key_field`]): `title`, `author`, `date`,
//! `content`, and the rest (`id`, `url`, `publication`) are chrome.

use std::ops::Range;

use memchr::{memchr, memchr2};
use nom::bytes::complete::take_while;
use nom::multi::separated_list1;
use nom::{IResult, Parser};

use crate::dump::{self, Field};

/// Longest column name read, in bytes.
const MAX_NAME: usize = 40;

/// A CSV row found in the input: where its header ends and, for each
/// column, the field it fills and its value's bytes (inside the quotes of
/// a quoted value).
#[derive(Debug)]
pub(crate) struct Row {
    /// The header line's bytes.
    pub header: Range<usize>,
    pub fields: Vec<Column>,
}

/// One value of the record.
#[derive(Debug)]
pub(crate) struct Column {
    pub field: Field,
    /// The value's bytes, quotes left out.
    pub value: Range<usize>,
    /// True when the value was quoted, so that `""` in it is one quote.
    pub quoted: bool,
}

impl Row {
    /// The column whose value holds byte `at`.
    pub(crate) fn column_at(&self, at: usize) -> Option<&Column> {
        self.fields
            .iter()
            .find(|c| c.value.contains(&at) || c.value.start == at)
    }
}

/// `name ("," name)+`: the header's names (the first may be empty, as
/// pandas leaves its index column).
fn names(line: &str) -> IResult<&str, Vec<&str>> {
    let name =
        take_while(|c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | ' ' | '.' | '-'));
    separated_list1(nom::character::complete::char(','), name).parse(line)
}

/// The row `input` holds, when it is one: a header naming at least three
/// columns, a headline's and a story's among them, and one record with a
/// value for each, with nothing after it.
pub(crate) fn row(input: &str) -> Option<Row> {
    let bytes = input.as_bytes();
    // (Most texts have no comma in their first line's first bytes.)
    let header_end = memchr(b'\n', bytes).unwrap_or(bytes.len());
    let line = input[..header_end].trim_end_matches('\r');
    memchr(b',', &bytes[..line.len().min(MAX_NAME + 1)])?;
    let (rest, columns) = names(line).ok()?;
    if !rest.is_empty()
        || columns.len() < 3
        || columns.iter().any(|c| c.len() > MAX_NAME)
        || columns.iter().skip(1).any(|c| c.is_empty())
    {
        return None;
    }
    let kinds: Vec<Field> = columns.iter().map(|c| dump::key_field(c.trim())).collect();
    if !kinds.contains(&Field::Headline) || !kinds.contains(&Field::Body) {
        return None;
    }
    let mut at = (header_end + 1).min(bytes.len());
    let mut fields = Vec::with_capacity(kinds.len());
    for (i, field) in kinds.into_iter().enumerate() {
        let last = i + 1 == columns.len();
        let (value, quoted, end) = if bytes.get(at) == Some(&b'"') {
            let close = closing_quote(bytes, at + 1)?;
            (at + 1..close, true, close + 1)
        } else {
            let end = memchr2(b',', b'\n', &bytes[at..]).map_or(bytes.len(), |n| at + n);
            let value_end = if input[at..end].ends_with('\r') {
                end - 1
            } else {
                end
            };
            (at..value_end, false, end)
        };
        fields.push(Column {
            field,
            value,
            quoted,
        });
        // A comma after each value but the last; after the last, nothing
        // but white space.
        if last {
            if !input[end.min(bytes.len())..].trim().is_empty() {
                return None;
            }
        } else if bytes.get(end) == Some(&b',') {
            at = end + 1;
        } else {
            return None;
        }
    }
    Some(Row {
        header: 0..line.len(),
        fields,
    })
}

/// The index of the quote that closes a quoted value whose text starts at
/// `from` (`""` inside it is one quote, not its end).
fn closing_quote(bytes: &[u8], from: usize) -> Option<usize> {
    let mut k = from;
    loop {
        let at = k + memchr(b'"', &bytes[k..])?;
        if bytes.get(at + 1) == Some(&b'"') {
            k = at + 2;
        } else {
            return Some(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pandas_row_with_its_index_column() {
        let input = ",id,title,author,date,content\n0,17,\"Ferry fares rise, again\",Ana Lind,2026-11-30,\"The harbour board raised fares.\nThe new fares start in May, it said \"\"today\"\".\"\n";
        let row = row(input).unwrap();
        let value = |i: usize| &input[row.fields[i].value.clone()];
        assert_eq!(row.fields.len(), 6);
        assert_eq!(&input[row.header.clone()], ",id,title,author,date,content");
        assert_eq!(value(2), "Ferry fares rise, again");
        assert_eq!(row.fields[2].field, Field::Headline);
        assert_eq!(value(3), "Ana Lind");
        assert_eq!(row.fields[4].field, Field::Published);
        assert!(value(5).starts_with("The harbour board"));
        assert!(value(5).ends_with("\"\"today\"\"."));
        assert!(row.fields[5].quoted);
        assert_eq!(row.fields[1].field, Field::Other);
    }

    #[test]
    fn texts_that_are_no_row() {
        for input in [
            "Ferry fares rise, again\nThe harbour board raised fares.\n",
            // No story column.
            "id,title,author\n1,Ferry fares rise,Ana Lind\n",
            // Fewer values than names.
            "id,title,content\n1,Ferry fares rise\n",
            // A second record.
            "id,title,content\n1,A,B\n2,C,D\n",
            // A quote never closed.
            "id,title,content\n1,A,\"B\n",
            "",
            ",,,\n",
        ] {
            assert!(row(input).is_none(), "{input:?}");
        }
    }
}
