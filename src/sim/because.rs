//! Why a consequence (format 2) came out as it did, kept as the simple conditions that decided it
//! and put into words when shown: the branch decides it, the journal keeps it.

use crate::scenario::Condition;

/// Why a consequence came out as it did: for each condition of the timeline entry (`only_if`, then
/// `unless`), the simple conditions that decided it, each with whether it held; put into words when
/// shown, in the reader's language. Written to a journal file as its English words.
#[derive(Clone, Debug, PartialEq)]
pub struct Because(Decided);

#[derive(Clone, Debug, PartialEq)]
enum Decided {
    Parts(Vec<Vec<(Condition, bool)>>),
    /// Read back from a journal file: the words as written.
    Read(String),
}

impl Because {
    pub(super) fn decided(parts: Vec<Vec<(Condition, bool)>>) -> Self {
        Because(Decided::Parts(parts))
    }

    /// The words, each simple condition said by `say` (whether it held, and which it is): the parts
    /// of one condition joined by "and", the two conditions by ", and".
    pub fn said(&self, say: impl Fn(&Condition, bool) -> String, and: &str, and_then: &str) -> String {
        match &self.0 {
            Decided::Parts(groups) => groups
                .iter()
                .map(|group| group.iter().map(|(c, held)| say(c, *held)).collect::<Vec<_>>().join(and))
                .collect::<Vec<_>>()
                .join(and_then),
            Decided::Read(words) => words.clone(),
        }
    }
}

impl std::fmt::Display for Because {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(|c, held| c.words(held), " and ", ", and "))
    }
}

impl serde::Serialize for Because {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> serde::Deserialize<'de> for Because {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(|words| Because(Decided::Read(words)))
    }
}
