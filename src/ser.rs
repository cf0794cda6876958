//! `serde` serialisation in the JSON shape of the article contract: every
//! key present, `null` or `[]` when empty, text values as plain strings.

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

use crate::model::{
    Article, Author, Block, BlockKind, Byline, Caption, Copyright, Dateline, Span, Text,
};

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.start, self.end).serialize(s)
    }
}

impl Serialize for BlockKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Caption<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Caption", 2)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("credit", &self.credit)?;
        st.end()
    }
}

impl Serialize for Author<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Author", 3)?;
        st.serialize_field("name", &self.name)?;
        st.serialize_field("role", &self.role)?;
        st.serialize_field("location", &self.location)?;
        st.end()
    }
}

impl Serialize for Byline<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Byline", 1)?;
        st.serialize_field("authors", &self.authors)?;
        st.end()
    }
}

impl Serialize for Dateline<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Dateline", 3)?;
        st.serialize_field("location", &self.location)?;
        st.serialize_field("date", &self.date)?;
        st.serialize_field("agency", &self.agency)?;
        st.end()
    }
}

impl Serialize for Copyright<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Copyright", 3)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("holder", &self.holder)?;
        st.serialize_field("year", &self.year)?;
        st.end()
    }
}

impl Serialize for Block<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Block", 2)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("text", &self.text)?;
        st.end()
    }
}

impl Serialize for Article<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(11))?;
        m.serialize_entry("kicker", &self.kicker)?;
        m.serialize_entry("headline", &self.headline)?;
        m.serialize_entry("standfirst", &self.standfirst)?;
        m.serialize_entry("captions", &self.captions)?;
        m.serialize_entry("byline", &self.byline)?;
        m.serialize_entry("published", &self.published)?;
        m.serialize_entry("dateline", &self.dateline)?;
        m.serialize_entry("body", &self.body)?;
        m.serialize_entry("end_notes", &self.end_notes)?;
        m.serialize_entry("copyright", &self.copyright)?;
        m.serialize_entry("boilerplate", &self.boilerplate)?;
        m.end()
    }
}
