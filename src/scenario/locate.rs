//! Finds where a value sits in a RON file, so a semantic problem found in the typed scenario
//! ("patients[3].health_card.number") can be reported at its line and column.
//!
//! serde forgets positions once a file is parsed; rather than thread spans through every type, this
//! reads the (already valid) text a second time into a light tree of spans keyed by field name and
//! list index.

use std::fmt;
use std::ops::Range;

/// A step from a value to one inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Field(String),
    Index(usize),
}

/// The place of a value in a scenario, as field names and list indices from the top.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Path(Vec<Segment>);

impl Path {
    pub fn root() -> Self {
        Path(Vec::new())
    }

    pub fn field(&self, name: &str) -> Self {
        let mut segments = self.0.clone();
        segments.push(Segment::Field(name.to_owned()));
        Path(segments)
    }

    pub fn index(&self, i: usize) -> Self {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(i));
        Path(segments)
    }

    pub fn segments(&self) -> &[Segment] {
        &self.0
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Field(name) if n == 0 => write!(f, "{name}")?,
                Segment::Field(name) => write!(f, ".{name}")?,
                Segment::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

/// Nesting deeper than this is not indexed; the loader's own recursion limit is lower.
const MAX_DEPTH: usize = 200;

#[derive(Debug)]
struct Node {
    span: Range<usize>,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    Leaf,
    Fields(Vec<(String, Node)>),
    Items(Vec<Node>),
    /// `Some(x)`, `Call(( … ))`, `Patient("p-1")`: a named wrapper around a single value, which
    /// paths pass through.
    Wrapper(Box<Node>),
}

/// The spans of every value in one RON text.
#[derive(Debug)]
pub struct SpanIndex {
    root: Option<Node>,
}

impl SpanIndex {
    pub fn new(text: &str) -> Self {
        let tokens = tokenize(text);
        let mut parser = Parser { text, tokens: &tokens, pos: 0 };
        let root = parser.value(0);
        SpanIndex { root }
    }

    /// The byte range of the value at `path`, or of the nearest enclosing value that exists (a
    /// missing optional field reports at its parent). `None` only for an empty text.
    pub fn span(&self, path: &Path) -> Option<Range<usize>> {
        let mut node = self.root.as_ref()?;
        for segment in path.segments() {
            node = unwrap(node);
            let next = match (segment, &node.kind) {
                (Segment::Field(name), Kind::Fields(fields)) => {
                    fields.iter().find(|(key, _)| key == name).map(|(_, n)| n)
                }
                (Segment::Index(i), Kind::Items(items)) => items.get(*i),
                _ => None,
            };
            match next {
                Some(next) => node = next,
                None => return Some(node.span.clone()),
            }
        }
        Some(unwrap(node).span.clone())
    }
}

fn unwrap(mut node: &Node) -> &Node {
    while let Kind::Wrapper(inner) = &node.kind {
        node = inner;
    }
    node
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    Ident,
    Scalar,
    Open(u8),
    Close(u8),
    Comma,
    Colon,
}

fn tokenize(text: &str) -> Vec<(Tok, Range<usize>)> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let b = bytes[i];
        match b {
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let mut depth = 0usize;
                while i < bytes.len() {
                    if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            b'#' => {
                // `#![enable(...)]`: skip to the closing bracket of the attribute.
                while i < bytes.len() && bytes[i] != b']' {
                    i += 1;
                }
                i += 1;
            }
            b'"' => {
                i = skip_quoted(bytes, i + 1, b'"');
                tokens.push((Tok::Scalar, start..i));
            }
            b'\'' => {
                i = skip_quoted(bytes, i + 1, b'\'');
                tokens.push((Tok::Scalar, start..i));
            }
            b'(' | b'[' | b'{' => {
                i += 1;
                tokens.push((Tok::Open(b), start..i));
            }
            b')' | b']' | b'}' => {
                i += 1;
                tokens.push((Tok::Close(b), start..i));
            }
            b',' => {
                i += 1;
                tokens.push((Tok::Comma, start..i));
            }
            b':' => {
                i += 1;
                tokens.push((Tok::Colon, start..i));
            }
            b'r' | b'b' if is_raw_string_start(bytes, i) => {
                i = skip_raw_string(bytes, i);
                tokens.push((Tok::Scalar, start..i));
            }
            b'b' if bytes.get(i + 1) == Some(&b'"') => {
                i = skip_quoted(bytes, i + 2, b'"');
                tokens.push((Tok::Scalar, start..i));
            }
            _ if b.is_ascii_alphabetic() || b == b'_' => {
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'#') {
                    i += 1;
                }
                let word = &text[start..i];
                let kind = if matches!(word, "true" | "false" | "inf" | "NaN") { Tok::Scalar } else { Tok::Ident };
                tokens.push((kind, start..i));
            }
            _ => {
                // Numbers and anything else: one scalar up to the next delimiter.
                while i < bytes.len() && !b" \t\r\n,:()[]{}\"'/".contains(&bytes[i]) {
                    i += 1;
                }
                if i == start {
                    i += 1;
                }
                tokens.push((Tok::Scalar, start..i));
            }
        }
    }
    tokens
}

fn skip_quoted(bytes: &[u8], mut i: usize, quote: u8) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn is_raw_string_start(bytes: &[u8], i: usize) -> bool {
    let mut j = i;
    if bytes[j] == b'b' {
        j += 1;
    }
    if bytes.get(j) != Some(&b'r') {
        return false;
    }
    j += 1;
    while bytes.get(j) == Some(&b'#') {
        j += 1;
    }
    bytes.get(j) == Some(&b'"')
}

fn skip_raw_string(bytes: &[u8], mut i: usize) -> usize {
    if bytes[i] == b'b' {
        i += 1;
    }
    i += 1; // r
    let mut hashes = 0;
    while bytes.get(i) == Some(&b'#') {
        hashes += 1;
        i += 1;
    }
    i += 1; // opening quote
    while i < bytes.len() {
        if bytes[i] == b'"' && bytes[i + 1..].iter().take(hashes).filter(|&&b| b == b'#').count() == hashes {
            return i + 1 + hashes;
        }
        i += 1;
    }
    bytes.len()
}

struct Parser<'t> {
    text: &'t str,
    tokens: &'t [(Tok, Range<usize>)],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<Tok> {
        self.tokens.get(self.pos).map(|(t, _)| *t)
    }

    fn peek_at(&self, offset: usize) -> Option<Tok> {
        self.tokens.get(self.pos + offset).map(|(t, _)| *t)
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        let (tok, span) = self.tokens.get(self.pos)?.clone();
        self.pos += 1;
        match tok {
            Tok::Ident if self.peek() == Some(Tok::Open(b'(')) => {
                self.pos += 1;
                let mut node = self.group(span.start, b')', depth)?;
                if let Kind::Items(items) = &mut node.kind
                    && items.len() == 1
                    && let Some(inner) = items.pop()
                {
                    node.kind = Kind::Wrapper(Box::new(inner));
                }
                Some(node)
            }
            Tok::Open(open) => {
                let close = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                self.group(span.start, close, depth)
            }
            Tok::Ident | Tok::Scalar => Some(Node { span, kind: Kind::Leaf }),
            _ => None,
        }
    }

    /// The inside of `( … )`, `[ … ]` or `{ … }` after its opening token.
    fn group(&mut self, start: usize, close: u8, depth: usize) -> Option<Node> {
        let keyed = matches!(self.peek(), Some(Tok::Ident | Tok::Scalar)) && self.peek_at(1) == Some(Tok::Colon);
        let mut fields = Vec::new();
        let mut items = Vec::new();
        loop {
            match self.peek()? {
                Tok::Close(c) if c == close => {
                    let end = self.tokens[self.pos].1.end;
                    self.pos += 1;
                    let kind = if keyed { Kind::Fields(fields) } else { Kind::Items(items) };
                    return Some(Node { span: start..end, kind });
                }
                Tok::Comma => self.pos += 1,
                _ if keyed => {
                    let (_, key_span) = self.tokens[self.pos].clone();
                    self.pos += 1;
                    if self.peek() != Some(Tok::Colon) {
                        return None;
                    }
                    self.pos += 1;
                    let value = self.value(depth + 1)?;
                    let key = self.text.get(key_span).unwrap_or_default().trim_matches('"').to_owned();
                    fields.push((key, value));
                }
                _ => items.push(self.value(depth + 1)?),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r##"// a comment with ( and "
Scenario(
    id: "x",
    patients: [
        (id: "p1", card: Some((number: "123"))),
        (id: "p2", claims: Patient("p9"), list: ["a", "b"]),
    ],
    note: r#"raw ( string"#,
    event: Call((caller: (name: "A"))),
)
"##;

    fn at(path: &Path) -> &'static str {
        let span = SpanIndex::new(TEXT).span(path).expect("a span");
        &TEXT[span]
    }

    #[test]
    fn finds_fields_items_and_wrapped_values() {
        let root = Path::root();
        assert_eq!(at(&root.field("id")), "\"x\"");
        assert_eq!(at(&root.field("patients").index(0).field("id")), "\"p1\"");
        assert_eq!(at(&root.field("patients").index(0).field("card").field("number")), "\"123\"");
        assert_eq!(at(&root.field("patients").index(1).field("claims")), "\"p9\"");
        assert_eq!(at(&root.field("patients").index(1).field("list").index(1)), "\"b\"");
        assert_eq!(at(&root.field("event").field("caller").field("name")), "\"A\"");
    }

    #[test]
    fn a_missing_step_reports_the_nearest_parent() {
        let root = Path::root();
        let parent = at(&root.field("patients").index(0));
        assert!(parent.starts_with("(id: \"p1\""));
        assert_eq!(at(&root.field("patients").index(0).field("nope")), parent);
        assert!(at(&root.field("patients").index(7)).starts_with('['));
    }

    #[test]
    fn paths_print_like_field_access() {
        let path = Path::root().field("patients").index(3).field("health_card");
        assert_eq!(path.to_string(), "patients[3].health_card");
    }

    #[test]
    fn garbage_and_deep_nesting_do_not_panic() {
        for text in ["", "(((", ")))", "[1, 2", "r#\"", "\"unterminated", "/* open", "a: b: c"] {
            let _ = SpanIndex::new(text).span(&Path::root().field("a"));
        }
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        let _ = SpanIndex::new(&deep).span(&Path::root().index(0));
    }
}
