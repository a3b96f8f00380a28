//! The SNS HTTP(S) delivery envelope: strict JSON parsing and the string to
//! sign.
//!
//! Format and signing rules: AWS, "Verifying the signatures of Amazon SNS
//! messages" and "Parsing message formats" (Amazon SNS Developer Guide).
//! The genuine AWS-signed messages in `../shared/fixtures/sns-real/` prove
//! every rule here (see `tests/real_aws_messages.rs`).

use std::fmt;

use base64::Engine as _;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::borrow::Cow;

use serde::de::IgnoredAny;

use crate::error::{quote_untrusted, Error};
use crate::timestamp::parse_sns_timestamp;

/// The most top-level members an envelope may have.
pub const MAX_TOP_LEVEL_MEMBERS: usize = 64;

/// The three message types SNS POSTs to an HTTP(S) endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageType {
    Notification,
    SubscriptionConfirmation,
    UnsubscribeConfirmation,
}

impl MessageType {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageType::Notification => "Notification",
            MessageType::SubscriptionConfirmation => "SubscriptionConfirmation",
            MessageType::UnsubscribeConfirmation => "UnsubscribeConfirmation",
        }
    }

    fn parse(raw: &str) -> Result<Self, Error> {
        match raw {
            "Notification" => Ok(MessageType::Notification),
            "SubscriptionConfirmation" => Ok(MessageType::SubscriptionConfirmation),
            "UnsubscribeConfirmation" => Ok(MessageType::UnsubscribeConfirmation),
            other => Err(Error::UnsupportedType(quote_untrusted(other.as_bytes()))),
        }
    }
}

/// `SignatureVersion`: "1" is RSA PKCS#1 v1.5 with SHA1, "2" with SHA256.
/// Ordered: version 2 is the stronger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SignatureVersion {
    V1Sha1,
    V2Sha256,
}

impl SignatureVersion {
    /// The version's number, as SNS writes it.
    pub fn number(self) -> u8 {
        match self {
            SignatureVersion::V1Sha1 => 1,
            SignatureVersion::V2Sha256 => 2,
        }
    }

    /// The version of a number, `None` for any other.
    pub fn from_number(number: i64) -> Option<SignatureVersion> {
        match number {
            1 => Some(SignatureVersion::V1Sha1),
            2 => Some(SignatureVersion::V2Sha256),
            _ => None,
        }
    }

    fn parse(raw: &str) -> Result<Self, Error> {
        // Exactly "1" or "2": no " 1", "01", "1.0" (algorithm confusion is
        // refused up front, before any key or signature is looked at).
        match raw {
            "1" => Ok(SignatureVersion::V1Sha1),
            "2" => Ok(SignatureVersion::V2Sha256),
            other => Err(Error::UnsupportedSignatureVersion(quote_untrusted(other.as_bytes()))),
        }
    }
}

/// A parsed SNS message. Every string is the JSON-decoded value, byte for
/// byte; nothing here is trusted until the signature has been verified.
#[derive(Debug, Clone)]
pub struct Envelope {
    pub message_type: MessageType,
    pub message_id: String,
    pub topic_arn: String,
    pub subject: Option<String>,
    pub message: String,
    pub timestamp: String,
    /// `timestamp` as Unix seconds.
    pub timestamp_unix: i64,
    pub signature_version: SignatureVersion,
    /// The decoded signature bytes.
    pub signature: Vec<u8>,
    pub signing_cert_url: String,
    /// Confirmation types only.
    pub token: Option<String>,
    pub subscribe_url: Option<String>,
}

impl Envelope {
    /// The bytes SNS signed: `Key\nValue\n` for each signed key present, in
    /// this fixed order. Notification: Message, MessageId, Subject (only when
    /// present and not null), Timestamp, TopicArn, Type. Confirmations:
    /// Message, MessageId, SubscribeURL, Timestamp, Token, TopicArn, Type.
    pub fn string_to_sign(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.message.len() + 512);
        let mut push = |key: &str, value: &str| {
            out.extend_from_slice(key.as_bytes());
            out.push(b'\n');
            out.extend_from_slice(value.as_bytes());
            out.push(b'\n');
        };
        push("Message", &self.message);
        push("MessageId", &self.message_id);
        match self.message_type {
            MessageType::Notification => {
                if let Some(subject) = &self.subject {
                    push("Subject", subject);
                }
                push("Timestamp", &self.timestamp);
            }
            MessageType::SubscriptionConfirmation | MessageType::UnsubscribeConfirmation => {
                push("SubscribeURL", self.subscribe_url.as_deref().unwrap_or_default());
                push("Timestamp", &self.timestamp);
                push("Token", self.token.as_deref().unwrap_or_default());
            }
        }
        push("TopicArn", &self.topic_arn);
        push("Type", self.message_type.as_str());
        out
    }
}

/// Parses the raw body of an SNS delivery (rule 2 and 3 of the handler).
///
/// Strict: the body must be one JSON object, valid UTF-8, with no duplicated
/// key at the top level, and every field the signature covers must be a JSON
/// string (`Subject` may also be `null`, as Lambda writes it). The Lambda
/// spellings `SigningCertUrl`, `SubscribeUrl` and `UnsubscribeUrl` are
/// accepted; both spellings at once are refused as ambiguous.
pub fn parse(body: &[u8]) -> Result<Envelope, Error> {
    let mut fields = parse_top_level_object(body)?;

    let Some(type_value) = fields.get("Type") else {
        // A bare SES payload: the subscription has Raw message delivery on.
        if fields.get("notificationType").is_some() || fields.get("eventType").is_some() || fields.get("mail").is_some()
        {
            return Err(Error::RawMessageDelivery);
        }
        return Err(Error::MissingField("Type"));
    };
    let message_type = MessageType::parse(as_string(type_value, "Type")?)?;

    let version = fields.required_string("SignatureVersion")?;
    let signature_version = SignatureVersion::parse(version)?;

    let message_id = fields.required_string("MessageId")?.to_owned();
    // SNS's MessageId is a UUID. One with a line break would let the
    // optional Subject move into it (`m-1\nSubject\nS` without a Subject
    // signs the same bytes as `m-1` with Subject `S`): a replay under a new
    // MessageId.
    if message_id.chars().any(char::is_control) {
        return Err(Error::MalformedBody("the MessageId holds a control character".into()));
    }
    let topic_arn = fields.required_string("TopicArn")?.to_owned();
    let message = fields.take_required_string("Message")?;
    let timestamp = fields.required_string("Timestamp")?.to_owned();
    let signature_b64 = fields.required_string("Signature")?;
    let signing_cert_url = fields
        .either_spelling("SigningCertURL", "SigningCertUrl")?
        .ok_or(Error::MissingField("SigningCertURL"))?
        .to_owned();

    let subject = match fields.get("Subject") {
        None | Some(Member::Null) => None,
        Some(value) => Some(as_string(value, "Subject")?.to_owned()),
    };
    let (token, subscribe_url) = match message_type {
        MessageType::Notification => (None, None),
        MessageType::SubscriptionConfirmation | MessageType::UnsubscribeConfirmation => {
            let token = fields.required_string("Token")?.to_owned();
            let url = fields
                .either_spelling("SubscribeURL", "SubscribeUrl")?
                .ok_or(Error::MissingField("SubscribeURL"))?
                .to_owned();
            (Some(token), Some(url))
        }
    };
    // Not signed, but refuse a body that carries both spellings.
    fields.either_spelling("UnsubscribeURL", "UnsubscribeUrl")?;

    // Strict base64 (RFC 4648 section 4, canonical padding, no whitespace).
    let signature = base64::engine::general_purpose::STANDARD
        .decode(signature_b64)
        .map_err(|_| Error::MalformedBody("the Signature is not valid base64".into()))?;
    let timestamp_unix = parse_sns_timestamp(&timestamp)
        .ok_or_else(|| Error::MalformedBody("the Timestamp is not an ISO 8601 UTC time".into()))?;

    Ok(Envelope {
        message_type,
        message_id,
        topic_arn,
        subject,
        message,
        timestamp,
        timestamp_unix,
        signature_version,
        signature,
        signing_cert_url,
        token,
        subscribe_url,
    })
}

fn as_string<'v>(value: &'v Member<'_>, name: &str) -> Result<&'v str, Error> {
    match value {
        Member::Text(text) => Ok(text),
        _ => Err(Error::MalformedBody(format!("the {name} field is not a string"))),
    }
}

/// A top-level member's value: only strings are kept (borrowed from the
/// body unless JSON escapes forced a copy); other values are checked for
/// well-formedness and skipped.
enum Member<'de> {
    Text(Cow<'de, str>),
    Null,
    Other,
}

impl<'de> de::Deserialize<'de> for Member<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MemberVisitor)
    }
}

struct MemberVisitor;

impl<'de> Visitor<'de> for MemberVisitor {
    type Value = Member<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Owned(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Member<'de>, E> {
        Ok(Member::Null)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Member<'de>, E> {
        Ok(Member::Other)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Member<'de>, E> {
        Ok(Member::Other)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Member<'de>, E> {
        Ok(Member::Other)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Member<'de>, E> {
        Ok(Member::Other)
    }

    // Nested values (SNS sends only MessageAttributes) are read as JSON
    // values so that serde_json's nesting limit (128) still refuses deeply
    // nested bodies; they are then dropped.
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Member<'de>, A::Error> {
        while seq.next_element::<serde_json::Value>()?.is_some() {}
        Ok(Member::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Member<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, serde_json::Value>()?.is_some() {}
        Ok(Member::Other)
    }
}

/// A member's name, borrowed from the body unless JSON escapes forced a
/// copy (serde's own `Cow<str>` always copies).
struct Key<'de>(Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v)))
    }
}

/// The top-level members of the body, in order, duplicates refused.
struct TopLevel<'de>(Vec<(Cow<'de, str>, Member<'de>)>);

impl<'de> TopLevel<'de> {
    fn get(&self, name: &str) -> Option<&Member<'de>> {
        self.0.iter().find(|(key, _)| key == name).map(|(_, value)| value)
    }

    /// The string `name`, moved out (no copy when JSON escapes made it one).
    fn take_required_string(&mut self, name: &'static str) -> Result<String, Error> {
        let Some(at) = self.0.iter().position(|(key, _)| key == name) else {
            return Err(Error::MissingField(name));
        };
        match std::mem::replace(&mut self.0[at].1, Member::Other) {
            Member::Text(text) => Ok(text.into_owned()),
            other => {
                self.0[at].1 = other;
                as_string(&self.0[at].1, name).map(str::to_owned)
            }
        }
    }

    fn required_string(&self, name: &'static str) -> Result<&str, Error> {
        match self.get(name) {
            None => Err(Error::MissingField(name)),
            Some(value) => as_string(value, name),
        }
    }

    fn either_spelling(&self, canonical: &'static str, lambda: &'static str) -> Result<Option<&str>, Error> {
        match (self.get(canonical), self.get(lambda)) {
            (Some(_), Some(_)) => Err(Error::MalformedBody(format!(
                "both {canonical} and {lambda} are present"
            ))),
            (Some(value), None) => as_string(value, canonical).map(Some),
            (None, Some(value)) => as_string(value, lambda).map(Some),
            (None, None) => Ok(None),
        }
    }
}

fn parse_top_level_object(body: &[u8]) -> Result<TopLevel<'_>, Error> {
    let Ok(text) = std::str::from_utf8(body) else {
        return Err(Error::MalformedBody("the body is not valid UTF-8".into()));
    };
    // Validated once here, so serde_json's str reader need not validate each
    // string again (its slice reader would).
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let fields = deserializer
        .deserialize_any(TopLevelVisitor)
        .map_err(|e| Error::MalformedBody(describe_json_error(&e)))?;
    deserializer
        .end()
        .map_err(|_| Error::MalformedBody("there is data after the JSON object".into()))?;
    Ok(fields)
}

fn describe_json_error(error: &serde_json::Error) -> String {
    // serde_json's messages quote input only for our own custom errors
    // (duplicate key, not an object), which are built from quote_untrusted.
    let message = error.to_string();
    let message = message.split(" at line ").next().unwrap_or("invalid JSON").to_owned();
    format!("{message} (line {}, column {})", error.line(), error.column())
}

struct TopLevelVisitor;

impl<'de> Visitor<'de> for TopLevelVisitor {
    type Value = TopLevel<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TopLevel<'de>, A::Error> {
        let mut fields: Vec<(Cow<'de, str>, Member<'de>)> = Vec::with_capacity(16);
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            // SNS sends at most 14 members (with MessageAttributes); the cap
            // keeps the duplicate check below linear in the body size.
            if fields.len() == MAX_TOP_LEVEL_MEMBERS {
                return Err(de::Error::custom(format!(
                    "the object has more than {MAX_TOP_LEVEL_MEMBERS} members"
                )));
            }
            if fields.iter().any(|(seen, _)| *seen == key) {
                return Err(de::Error::custom(format!(
                    "the key {} appears twice",
                    quote_untrusted(key.as_bytes())
                )));
            }
            let value: Member<'de> = map.next_value()?;
            fields.push((key, value));
        }
        Ok(TopLevel(fields))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<TopLevel<'de>, A::Error> {
        Err(de::Error::custom("the body is a JSON array, not an object"))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<TopLevel<'de>, E> {
        Err(E::custom("the body is a JSON string, not an object"))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<TopLevel<'de>, E> {
        Err(E::custom("the body is a JSON boolean, not an object"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<TopLevel<'de>, E> {
        Err(E::custom("the body is a JSON number, not an object"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<TopLevel<'de>, E> {
        Err(E::custom("the body is a JSON number, not an object"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<TopLevel<'de>, E> {
        Err(E::custom("the body is a JSON number, not an object"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<TopLevel<'de>, E> {
        Err(E::custom("the body is JSON null, not an object"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(extra: &str) -> String {
        format!(
            r#"{{"Type":"Notification","MessageId":"m-1","TopicArn":"arn:aws:sns:us-east-1:123456789012:t",
            "Message":"hello","Timestamp":"2026-11-26T20:00:00.000Z","SignatureVersion":"1",
            "Signature":"AAAA","SigningCertURL":"https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem"{extra}}}"#
        )
    }

    #[test]
    fn notification_string_to_sign_omits_absent_subject() {
        let envelope = parse(body("").as_bytes()).unwrap();
        assert_eq!(
            String::from_utf8(envelope.string_to_sign()).unwrap(),
            "Message\nhello\nMessageId\nm-1\nTimestamp\n2026-11-26T20:00:00.000Z\nTopicArn\narn:aws:sns:us-east-1:123456789012:t\nType\nNotification\n"
        );
    }

    #[test]
    fn notification_string_to_sign_includes_subject_between_message_id_and_timestamp() {
        let envelope = parse(body(r#","Subject":"Hi""#).as_bytes()).unwrap();
        let text = String::from_utf8(envelope.string_to_sign()).unwrap();
        assert!(text.contains("MessageId\nm-1\nSubject\nHi\nTimestamp\n"), "{text}");
    }

    #[test]
    fn a_message_id_with_a_line_break_is_refused() {
        let text = body("").replace(r#""MessageId":"m-1""#, r#""MessageId":"m-1\nSubject\nHi""#);
        let err = parse(text.as_bytes()).unwrap_err();
        assert_eq!(err.code(), "malformed_body");
        assert!(err.detail().contains("MessageId"), "{}", err.detail());
    }

    #[test]
    fn null_subject_is_treated_as_absent() {
        let envelope = parse(body(r#","Subject":null"#).as_bytes()).unwrap();
        assert_eq!(envelope.subject, None);
    }

    #[test]
    fn duplicate_top_level_key_is_refused() {
        let err = parse(body(r#","Message":"evil""#).as_bytes()).unwrap_err();
        assert_eq!(err.code(), "malformed_body");
        assert!(err.detail().contains("appears twice"), "{}", err.detail());
    }

    #[test]
    fn signed_field_that_is_not_a_string_is_refused() {
        let text = body("").replace(r#""Message":"hello""#, r#""Message":{"a":1}"#);
        assert_eq!(parse(text.as_bytes()).unwrap_err().code(), "malformed_body");
    }

    #[test]
    fn both_cert_url_spellings_are_refused() {
        let err = parse(body(r#","SigningCertUrl":"x""#).as_bytes()).unwrap_err();
        assert_eq!(err.code(), "malformed_body");
    }

    #[test]
    fn bare_ses_payload_is_raw_message_delivery() {
        let err = parse(br#"{"notificationType":"Bounce","mail":{}}"#).unwrap_err();
        assert_eq!(err, Error::RawMessageDelivery);
    }

    #[test]
    fn object_with_too_many_members_is_refused() {
        let members: Vec<String> = (0..=MAX_TOP_LEVEL_MEMBERS).map(|i| format!("\"k{i}\":1")).collect();
        let err = parse(format!("{{{}}}", members.join(",")).as_bytes()).unwrap_err();
        assert!(err.detail().contains("more than 64 members"), "{}", err.detail());
    }

    #[test]
    fn trailing_data_after_the_object_is_refused() {
        let text = format!("{} {{}}", body(""));
        assert_eq!(parse(text.as_bytes()).unwrap_err().code(), "malformed_body");
    }

    #[test]
    fn signature_with_whitespace_is_refused() {
        let text = body("").replace(r#""Signature":"AAAA""#, r#""Signature":"AA\nAA""#);
        assert_eq!(parse(text.as_bytes()).unwrap_err().code(), "malformed_body");
    }
}
