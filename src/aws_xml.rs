//! A small reader for the XML answers of AWS's query protocol (SNS, SES):
//! elements, their text, `<member>` lists and `<entry><key/><value/></entry>`
//! maps (AWS, "Query requests" and each action's "Response Elements").
//!
//! It reads what AWS writes and nothing more: no DTD (a `<!DOCTYPE` is
//! refused, so no entity can expand), no attributes kept, namespace
//! prefixes dropped, the five predefined entities and numeric character
//! references decoded. Depth is capped; the client caps the size.
//!
//! One leniency: a closing tag that closes an element deeper than the
//! current one closes the ones in between. AWS's own documented sample of
//! GetSendStatistics elides members with `.` lines and a closing tag, and
//! must read as what it documents.

use std::collections::BTreeMap;

use crate::aws_error::AwsError;

/// Elements nested deeper than this are refused.
const MAX_DEPTH: usize = 32;

/// One element: its local name, its text (leaf elements) and children.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    /// The first child called `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every child called `name`.
    pub fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The element at `path` below this one (each step the first of its name).
    pub fn path(&self, path: &[&str]) -> Option<&Element> {
        path.iter().try_fold(self, |element, name| element.child(name))
    }

    /// The trimmed text of the child `name`, when present.
    pub fn text_of(&self, name: &str) -> Option<&str> {
        self.child(name).map(|c| c.text.trim())
    }

    /// The `<member>` children (a query-protocol list).
    pub fn members(&self) -> impl Iterator<Item = &Element> + '_ {
        self.children("member")
    }

    /// A query-protocol map: `<entry><key>k</key><value>v</value></entry>`.
    pub fn entries(&self) -> BTreeMap<String, String> {
        self.children("entry")
            .filter_map(|e| {
                Some((
                    e.text_of("key")?.to_owned(),
                    e.text_of("value").unwrap_or("").to_owned(),
                ))
            })
            .collect()
    }
}

/// Parses an answer; its root element.
pub fn parse(body: &[u8]) -> Result<Element, AwsError> {
    let text = std::str::from_utf8(body).map_err(|_| AwsError::BadAnswer("the XML is not UTF-8"))?;
    let mut stack: Vec<Element> = vec![Element::default()];
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        push_text(&mut stack, &rest[..open])?;
        rest = &rest[open..];
        if let Some(after) = rest.strip_prefix("<?") {
            rest = skip_past(after, "?>")?;
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = skip_past(after, "-->")?;
        } else if let Some(after) = rest.strip_prefix("<![CDATA[") {
            let end = after
                .find("]]>")
                .ok_or(AwsError::BadAnswer("an XML CDATA section is not closed"))?;
            if let Some(top) = stack.last_mut() {
                top.text.push_str(&after[..end]);
            }
            rest = &after[end + 3..];
        } else if rest.starts_with("<!") {
            return Err(AwsError::BadAnswer("the XML has a document type declaration"));
        } else {
            let end = rest.find('>').ok_or(AwsError::BadAnswer("an XML tag is not closed"))?;
            let tag = &rest[1..end];
            rest = &rest[end + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                close(&mut stack, local_name(name))?;
            } else {
                let self_closing = tag.ends_with('/');
                let name = local_name(tag.trim_end_matches('/'));
                if name.is_empty() {
                    return Err(AwsError::BadAnswer("an XML tag has no name"));
                }
                if stack.len() > MAX_DEPTH {
                    return Err(AwsError::BadAnswer("the XML is nested too deeply"));
                }
                let element = Element {
                    name: name.to_owned(),
                    ..Element::default()
                };
                if !self_closing {
                    stack.push(element);
                } else if let Some(top) = stack.last_mut() {
                    top.children.push(element);
                }
            }
        }
    }
    push_text(&mut stack, rest)?;
    if stack.len() != 1 {
        return Err(AwsError::BadAnswer("the XML ends inside an element"));
    }
    let document = stack.pop().unwrap_or_default();
    document
        .children
        .into_iter()
        .next()
        .ok_or(AwsError::BadAnswer("the answer is not XML"))
}

/// The `<{action}Result>` element of a query-protocol answer
/// (`<{action}Response><{action}Result>...`); an empty element for actions
/// whose answer has none (the Set* actions).
pub fn result_of(body: &[u8], action: &str) -> Result<Element, AwsError> {
    let root = parse(body)?;
    if root.name != format!("{action}Response") {
        return Err(AwsError::BadAnswer("the answer is not the action's response"));
    }
    Ok(root.child(&format!("{action}Result")).cloned().unwrap_or_default())
}

/// `ns:Name attr="..."` → `Name`.
fn local_name(tag: &str) -> &str {
    let name = tag.split(|c: char| c.is_ascii_whitespace()).next().unwrap_or("");
    name.rsplit(':').next().unwrap_or(name)
}

fn skip_past<'a>(text: &'a str, end: &str) -> Result<&'a str, AwsError> {
    let at = text
        .find(end)
        .ok_or(AwsError::BadAnswer("an XML declaration or comment is not closed"))?;
    Ok(&text[at + end.len()..])
}

fn push_text(stack: &mut [Element], raw: &str) -> Result<(), AwsError> {
    if raw.is_empty() {
        return Ok(());
    }
    let decoded = decode(raw)?;
    if let Some(top) = stack.last_mut() {
        top.text.push_str(&decoded);
    }
    Ok(())
}

/// Closes `name`, and any element left open inside it (see the module note).
fn close(stack: &mut Vec<Element>, name: &str) -> Result<(), AwsError> {
    let at = stack
        .iter()
        .rposition(|e| e.name == name)
        .filter(|&at| at > 0)
        .ok_or(AwsError::BadAnswer("an XML closing tag matches no element"))?;
    while stack.len() > at {
        let done = stack.pop().unwrap_or_default();
        if let Some(parent) = stack.last_mut() {
            parent.children.push(done);
        }
    }
    Ok(())
}

/// The predefined entities and character references.
fn decode(raw: &str) -> Result<String, AwsError> {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..]
            .find(';')
            .ok_or(AwsError::BadAnswer("an XML entity is not closed"))?;
        let entity = &rest[at + 1..at + end];
        let ch = match entity {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => entity
                .strip_prefix("#x")
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))
                .and_then(Result::ok)
                .and_then(char::from_u32)
                .ok_or(AwsError::BadAnswer("the XML has an unknown entity"))?,
        };
        out.push(ch);
        rest = &rest[at + end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_members_entries_and_entities() {
        let root = parse(
            br#"<?xml version="1.0"?><R xmlns="https://sns.amazonaws.com/doc/2010-03-31/"><!-- c --><L><member><A>1</A></member><member><A>2</A></member></L><M><entry><key>k</key><value>{&quot;a&quot;:&#49;&#x32;}</value></entry></M><E/></R>"#,
        )
        .unwrap();
        assert_eq!(root.name, "R");
        let values: Vec<&str> = root
            .child("L")
            .unwrap()
            .members()
            .filter_map(|m| m.text_of("A"))
            .collect();
        assert_eq!(values, ["1", "2"]);
        assert_eq!(root.child("M").unwrap().entries()["k"], r#"{"a":12}"#);
        assert!(root.child("E").is_some());
    }

    #[test]
    fn refuses_doctype_unknown_entities_and_broken_xml() {
        for bad in [
            &b"<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>"[..],
            b"<x>&nbsp;</x>",
            b"<x><y></x",
            b"<x></y>",
            b"<x>",
            b"<html",
            b"not xml",
        ] {
            assert_eq!(
                parse(bad).unwrap_err().code(),
                "aws_bad_answer",
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn refuses_deep_nesting() {
        let deep = "<a>".repeat(40) + &"</a>".repeat(40);
        assert!(parse(deep.as_bytes()).is_err());
    }
}
