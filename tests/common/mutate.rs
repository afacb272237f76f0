//! Mutations of honest files, for the robustness properties: deletions, insertions, replaced bytes,
//! truncation, duplicated and swapped runs.

use proptest::prelude::*;

#[derive(Debug, Clone)]
pub enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, bytes: Vec<u8> },
    Replace { at: usize, byte: u8 },
    Truncate { at: usize },
    Duplicate { at: usize, len: usize },
    Swap { a: usize, b: usize, len: usize },
}

pub fn mutation() -> impl Strategy<Value = Mutation> {
    let pos = 0usize..200_000;
    prop_oneof![
        (pos.clone(), 1usize..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (
            pos.clone(),
            prop::collection::vec(
                prop_oneof![any::<u8>(), Just(b'('), Just(b')'), Just(b'"'), Just(b','), Just(b'[')],
                1..16
            )
        )
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (pos.clone(), any::<u8>()).prop_map(|(at, byte)| Mutation::Replace { at, byte }),
        pos.clone().prop_map(|at| Mutation::Truncate { at }),
        (pos.clone(), 1usize..200).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        (pos.clone(), pos, 1usize..40).prop_map(|(a, b, len)| Mutation::Swap { a, b, len }),
    ]
}

pub fn apply(mut bytes: Vec<u8>, mutation: &Mutation) -> Vec<u8> {
    let n = bytes.len().max(1);
    match *mutation {
        Mutation::Delete { at, len } => {
            let at = at % n;
            let end = (at + len).min(bytes.len());
            bytes.drain(at.min(end)..end);
        }
        Mutation::Insert { at, bytes: ref inserted } => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, inserted.iter().copied());
        }
        Mutation::Replace { at, byte } => {
            if !bytes.is_empty() {
                let at = at % bytes.len();
                bytes[at] = byte;
            }
        }
        Mutation::Truncate { at } => bytes.truncate(at % n),
        Mutation::Duplicate { at, len } => {
            let at = at % n;
            let end = (at + len).min(bytes.len());
            let copy: Vec<u8> = bytes.get(at..end).unwrap_or_default().to_vec();
            bytes.splice(end..end, copy);
        }
        Mutation::Swap { a, b, len } => {
            if bytes.len() > 2 * len {
                let a = a % (bytes.len() - len);
                let b = b % (bytes.len() - len);
                for i in 0..len {
                    bytes.swap(a + i, b + i);
                }
            }
        }
    }
    bytes
}
