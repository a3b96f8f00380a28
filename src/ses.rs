//! The Amazon SES payload inside an SNS Notification's `Message`, and its
//! classification (rule 12).
//!
//! Two formats exist: "notifications" (`notificationType`, configured on the
//! SES identity) and "event publishing" (`eventType`, from a configuration
//! set). Field names: Amazon SES Developer Guide, "Amazon SNS notification
//! contents for Amazon SES" and "Contents of event data that Amazon SES
//! publishes to Amazon SNS".

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// What a recipient's event means for the contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecipientClass {
    /// SES `Permanent` bounce: mark bounced at once.
    Hard,
    /// SES `Transient` or `Undetermined` bounce: count toward the threshold.
    Soft,
    Complaint,
    Delivery,
}

impl RecipientClass {
    pub fn as_str(self) -> &'static str {
        match self {
            RecipientClass::Hard => "hard",
            RecipientClass::Soft => "soft",
            RecipientClass::Complaint => "complaint",
            RecipientClass::Delivery => "delivery",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// The bare address as SES reported it, ASCII letters lower-cased.
    pub email: String,
    /// The address of the message's `mail.destination` this event applies
    /// to, or `None` when the reported address is not one the message was
    /// sent to (then it must change nothing). See [`applies_to`].
    pub applies_to: Option<String>,
    pub class: RecipientClass,
    /// The enhanced status code (`5.1.1`), bounces only.
    pub status: Option<String>,
    pub action: Option<String>,
    pub diagnostic: Option<String>,
}

impl Recipient {
    /// A recipient of `class` at the bare address of `raw`; `None` when
    /// `raw` is not one address.
    fn new(raw: &str, class: RecipientClass) -> Option<Recipient> {
        Some(Recipient {
            email: bare_address(raw)?,
            applies_to: None,
            class,
            status: None,
            action: None,
            diagnostic: None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayloadFormat {
    /// `notificationType`.
    Notification,
    /// `eventType`.
    Event,
}

impl PayloadFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            PayloadFormat::Notification => "notification",
            PayloadFormat::Event => "event",
        }
    }
}

/// The SES facts of one notification.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SesNotification {
    /// `Bounce`, `Complaint`, `Delivery`, `Send`, ...
    pub kind: String,
    pub format: Option<PayloadFormat>,
    pub mail_message_id: Option<String>,
    pub feedback_id: Option<String>,
    pub bounce_type: Option<String>,
    pub bounce_sub_type: Option<String>,
    pub complaint_feedback_type: Option<String>,
    /// `complaintSubType`: null for a complaint from a recipient, or
    /// `OnAccountSuppressionList` when SES refused to send (no person
    /// complained).
    pub complaint_sub_type: Option<String>,
    pub source: Option<String>,
    /// When the SES event happened.
    pub timestamp: Option<String>,
    /// `mail.timestamp`: when the message was sent, the order that decides
    /// what "consecutive" means (SES does not deliver events in order).
    pub mail_timestamp: Option<String>,
}

/// The classification of a Notification's `Message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Classification {
    Bounce(SesNotification, Vec<Recipient>),
    Complaint(SesNotification, Vec<Recipient>),
    Delivery(SesNotification, Vec<Recipient>),
    /// Not something that changes a contact; `why` is one plain sentence.
    Ignored {
        notification: Option<SesNotification>,
        why: &'static str,
    },
}

/// Classifies the `Message` of a verified Notification. Never fails: what is
/// not an SES bounce, complaint or delivery is `Ignored`.
pub fn classify(message: &str) -> Classification {
    let Ok(Lenient(Some(payload))) = serde_json::from_str::<Lenient<Payload<'_>>>(message) else {
        return ignored(None, "The message is not an SES notification.");
    };
    let (kind, format) = match (text(&payload.notification_type), text(&payload.event_type)) {
        (Some(kind), None) => (kind, PayloadFormat::Notification),
        (None, Some(kind)) => (kind, PayloadFormat::Event),
        _ => return ignored(None, "The message is not an SES notification."),
    };
    let mail = payload.mail.0.unwrap_or_default();
    let notification = SesNotification {
        kind: kind.to_owned(),
        format: Some(format),
        mail_message_id: owned(&mail.message_id),
        source: owned(&mail.source),
        mail_timestamp: owned(&mail.timestamp),
        ..SesNotification::default()
    };
    let destination = Destination {
        addresses: mail.destination.0.iter().filter_map(|a| bare_address(a)).collect(),
        entries: mail.destination.1,
    };
    match kind {
        "Bounce" => classify_bounce(notification, payload.bounce.0.unwrap_or_default(), &destination),
        "Complaint" => classify_complaint(notification, payload.complaint.0.unwrap_or_default(), &destination),
        "Delivery" => classify_delivery(notification, payload.delivery.0.unwrap_or_default(), &destination),
        "AmazonSnsSubscriptionSucceeded" => {
            ignored(Some(notification), "SES confirmed that it can publish to this topic.")
        }
        _ => ignored(Some(notification), "The SES event does not change a contact."),
    }
}

/// Permanent = hard; Transient and Undetermined = soft. An unknown type is
/// counted as soft: it is not lost, and it cannot mark an address bounced
/// on its own.
fn classify_bounce(mut notification: SesNotification, bounce: Bounce<'_>, destination: &Destination) -> Classification {
    notification.bounce_type = owned(&bounce.bounce_type);
    notification.bounce_sub_type = owned(&bounce.bounce_sub_type);
    notification.feedback_id = owned(&bounce.feedback_id);
    notification.timestamp = owned(&bounce.timestamp);
    let class = match notification.bounce_type.as_deref() {
        Some("Permanent") => RecipientClass::Hard,
        _ => RecipientClass::Soft,
    };
    let recipients = bounce
        .bounced_recipients
        .0
        .iter()
        .filter_map(|r| {
            let recipient = Recipient::new(text(&r.email_address)?, class)?;
            Some(Recipient {
                applies_to: applies_to(&recipient.email, destination, Forwarding::FollowsTheOnlyDestination),
                status: owned(&r.status),
                action: owned(&r.action),
                diagnostic: owned(&r.diagnostic_code),
                ..recipient
            })
        })
        .collect();
    with_recipients(notification, recipients, Classification::Bounce)
}

/// RFC 5965 section 7.3: "not-spam" is a report that a message is NOT
/// abusive; it must not mark anyone as complained. Feedback types are
/// compared without regard to ASCII case (RFC 5965 section 7.3 registers
/// them lower-case; the ARF field values are case-insensitive).
fn classify_complaint(
    mut notification: SesNotification,
    complaint: Complaint<'_>,
    destination: &Destination,
) -> Classification {
    notification.complaint_feedback_type = owned(&complaint.complaint_feedback_type);
    notification.complaint_sub_type = owned(&complaint.complaint_sub_type);
    notification.feedback_id = owned(&complaint.feedback_id);
    notification.timestamp = owned(&complaint.timestamp);
    if notification
        .complaint_feedback_type
        .as_deref()
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("not-spam"))
    {
        return ignored(Some(notification), "The complaint is a not-spam report.");
    }
    let recipients = complaint
        .complained_recipients
        .0
        .iter()
        .filter_map(|r| {
            let recipient = Recipient::new(text(&r.email_address)?, RecipientClass::Complaint)?;
            Some(Recipient {
                applies_to: applies_to(&recipient.email, destination, Forwarding::Refused),
                ..recipient
            })
        })
        .collect();
    with_recipients(notification, recipients, Classification::Complaint)
}

fn classify_delivery(
    mut notification: SesNotification,
    delivery: Delivery<'_>,
    destination: &Destination,
) -> Classification {
    notification.timestamp = owned(&delivery.timestamp);
    let smtp_response = owned(&delivery.smtp_response);
    let recipients = delivery
        .recipients
        .0
        .iter()
        .filter_map(|address| {
            let recipient = Recipient::new(address, RecipientClass::Delivery)?;
            Some(Recipient {
                applies_to: applies_to(&recipient.email, destination, Forwarding::Refused),
                diagnostic: smtp_response.clone(),
                ..recipient
            })
        })
        .collect();
    with_recipients(notification, recipients, Classification::Delivery)
}

/// Whether an event reported for `reported` may follow a forwarded mailbox.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Forwarding {
    /// A bounce's address is the DSN's Final-Recipient, written by a remote
    /// server: after a forward it can name the forward's target. A message
    /// sent to exactly one address can only have bounced for that one.
    FollowsTheOnlyDestination,
    /// Only the addresses the message was sent to.
    Refused,
}

/// The message's `mail.destination`: its bare addresses, and how many
/// entries it had in all (one that is not an address is still somebody the
/// message was sent to).
struct Destination {
    addresses: Vec<String>,
    entries: usize,
}

impl Destination {
    /// The address of a message sent to exactly one recipient.
    fn only(&self) -> Option<&String> {
        match (self.entries, self.addresses.as_slice()) {
            (1, [only]) => Some(only),
            _ => None,
        }
    }
}

/// The address of `destination` (the message's `mail.destination`, bare and
/// folded) an event reported for `reported` applies to. SES documents a
/// bounce's `emailAddress` as the DSN's Final-Recipient when there is a DSN,
/// and AWS does not document a check against the original recipients: a
/// server that received one of the site's messages may name anyone. So an
/// event applies only to an address the message was sent to.
fn applies_to(reported: &str, destination: &Destination, forwarding: Forwarding) -> Option<String> {
    if destination.addresses.iter().any(|address| address == reported) {
        return Some(reported.to_owned());
    }
    match forwarding {
        Forwarding::FollowsTheOnlyDestination => destination.only().cloned(),
        Forwarding::Refused => None,
    }
}

fn ignored(notification: Option<SesNotification>, why: &'static str) -> Classification {
    Classification::Ignored { notification, why }
}

fn with_recipients(
    notification: SesNotification,
    recipients: Vec<Recipient>,
    make: fn(SesNotification, Vec<Recipient>) -> Classification,
) -> Classification {
    if recipients.is_empty() {
        ignored(Some(notification), "The SES notification lists no recipient address.")
    } else {
        make(notification, recipients)
    }
}

// The parts of the SES payload that are read, borrowed from the message
// where JSON escaping allows. Every field is lenient (a value of another
// JSON type reads as absent) and everything else (mail.headers,
// commonHeaders, ...) is skipped without being built.

type Text<'a> = Lenient<Cow<'a, str>>;

fn text<'t>(value: &'t Text<'_>) -> Option<&'t str> {
    value.0.as_deref()
}

fn owned(value: &Text<'_>) -> Option<String> {
    value.0.as_deref().map(str::to_owned)
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Payload<'a> {
    #[serde(rename = "notificationType")]
    notification_type: Text<'a>,
    #[serde(rename = "eventType")]
    event_type: Text<'a>,
    mail: Lenient<Mail<'a>>,
    bounce: Lenient<Bounce<'a>>,
    complaint: Lenient<Complaint<'a>>,
    delivery: Lenient<Delivery<'a>>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Mail<'a> {
    #[serde(rename = "messageId")]
    message_id: Text<'a>,
    source: Text<'a>,
    timestamp: Text<'a>,
    destination: LenientList<Cow<'a, str>>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Bounce<'a> {
    #[serde(rename = "bounceType")]
    bounce_type: Text<'a>,
    #[serde(rename = "bounceSubType")]
    bounce_sub_type: Text<'a>,
    #[serde(rename = "feedbackId")]
    feedback_id: Text<'a>,
    timestamp: Text<'a>,
    #[serde(rename = "bouncedRecipients")]
    bounced_recipients: LenientList<BouncedRecipient<'a>>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct BouncedRecipient<'a> {
    #[serde(rename = "emailAddress")]
    email_address: Text<'a>,
    action: Text<'a>,
    status: Text<'a>,
    #[serde(rename = "diagnosticCode")]
    diagnostic_code: Text<'a>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Complaint<'a> {
    #[serde(rename = "complaintFeedbackType")]
    complaint_feedback_type: Text<'a>,
    #[serde(rename = "complaintSubType")]
    complaint_sub_type: Text<'a>,
    #[serde(rename = "feedbackId")]
    feedback_id: Text<'a>,
    timestamp: Text<'a>,
    #[serde(rename = "complainedRecipients")]
    complained_recipients: LenientList<ComplainedRecipient<'a>>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct ComplainedRecipient<'a> {
    #[serde(rename = "emailAddress")]
    email_address: Text<'a>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Delivery<'a> {
    timestamp: Text<'a>,
    #[serde(rename = "smtpResponse")]
    smtp_response: Text<'a>,
    recipients: LenientList<Cow<'a, str>>,
}

/// A value of the expected shape, or `None` when the JSON holds another
/// type there (which is then skipped). Strings borrow when unescaped.
struct Lenient<T>(Option<T>);

impl<T> Default for Lenient<T> {
    fn default() -> Self {
        Lenient(None)
    }
}

/// The elements of a JSON array that have the expected shape, and how many
/// elements it had in all.
struct LenientList<T>(Vec<T>, usize);

impl<T> Default for LenientList<T> {
    fn default() -> Self {
        LenientList(Vec::new(), 0)
    }
}

/// Implemented by the shapes `Lenient` can hold: how to read that shape
/// from each kind of JSON value (`None`: not this shape).
trait LenientShape<'de>: Sized {
    fn from_str_value(_text: Cow<'de, str>) -> Option<Self> {
        None
    }

    fn from_map<A: MapAccess<'de>>(map: A) -> Result<Option<Self>, A::Error> {
        skip_map(map).map(|()| None)
    }
}

impl<'de: 'a, 'a> LenientShape<'de> for Cow<'a, str> {
    fn from_str_value(text: Cow<'de, str>) -> Option<Self> {
        Some(text)
    }
}

macro_rules! lenient_struct {
    ($($name:ident),*) => {$(
        impl<'de: 'a, 'a> LenientShape<'de> for $name<'a> {
            fn from_map<A: MapAccess<'de>>(map: A) -> Result<Option<Self>, A::Error> {
                $name::deserialize(de::value::MapAccessDeserializer::new(map)).map(Some)
            }
        }
    )*};
}
lenient_struct!(
    Payload,
    Mail,
    Bounce,
    BouncedRecipient,
    Complaint,
    ComplainedRecipient,
    Delivery
);

fn skip_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

struct LenientVisitor<T>(PhantomData<T>);

impl<'de, T: LenientShape<'de>> Visitor<'de> for LenientVisitor<T> {
    type Value = Lenient<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Lenient(T::from_str_value(Cow::Borrowed(v))))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Lenient(T::from_str_value(Cow::Owned(v.to_owned()))))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Lenient(T::from_str_value(Cow::Owned(v))))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::from_map(map).map(Lenient)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Lenient(None))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Lenient(None))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Lenient(None))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Lenient(None))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Lenient(None))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Lenient(None))
    }
}

impl<'de, T: LenientShape<'de>> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LenientVisitor(PhantomData))
    }
}

struct LenientListVisitor<T>(PhantomData<T>);

impl<'de, T: LenientShape<'de>> Visitor<'de> for LenientListVisitor<T> {
    type Value = LenientList<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let (mut items, mut entries) = (Vec::new(), 0);
        while let Some(Lenient(item)) = seq.next_element::<Lenient<T>>()? {
            items.extend(item);
            entries += 1;
        }
        Ok(LenientList(items, entries))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        skip_map(map).map(|()| LenientList::default())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(LenientList::default())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(LenientList::default())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(LenientList::default())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(LenientList::default())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(LenientList::default())
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(LenientList::default())
    }
}

impl<'de, T: LenientShape<'de>> Deserialize<'de> for LenientList<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LenientListVisitor(PhantomData))
    }
}

/// The bare address of `addr` or `Display Name <addr>`, with only the ASCII
/// letters lower-cased; `None` when what remains does not look like one
/// address (`local@domain`). Unicode case folding would merge addresses that
/// are different mailboxes: the Kelvin sign `\u{212A}` would become `k`.
pub fn bare_address(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let inner = match (raw.rfind('<'), raw.ends_with('>')) {
        (Some(open), true) => &raw[open + 1..raw.len() - 1],
        (None, false) => raw,
        _ => return None,
    };
    let address = inner.trim();
    let (local, domain) = address.rsplit_once('@')?;
    let valid = !local.is_empty()
        && !domain.is_empty()
        && address.len() <= 254
        && !address
            .bytes()
            .any(|b| b.is_ascii_whitespace() || b.is_ascii_control() || b == b'<' || b == b'>');
    valid.then(|| address.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_address_strips_display_name_and_lower_cases() {
        assert_eq!(
            bare_address("\"Doe, Jane\" <Jane.Doe@Example.COM>").as_deref(),
            Some("jane.doe@example.com")
        );
        assert_eq!(bare_address(" bob@example.com ").as_deref(), Some("bob@example.com"));
        assert_eq!(bare_address("not an address"), None);
        assert_eq!(bare_address("Jane <jane@example.com"), None);
    }

    #[test]
    fn bare_address_folds_only_ascii_letters() {
        assert_eq!(
            bare_address("\u{212A}ate@Example.com").as_deref(),
            Some("\u{212A}ate@example.com")
        );
        assert_eq!(
            bare_address("\u{130}van@example.com").as_deref(),
            Some("\u{130}van@example.com")
        );
        assert_eq!(
            bare_address("J\u{D6}hn@example.com").as_deref(),
            Some("j\u{D6}hn@example.com")
        );
    }

    #[test]
    fn fields_of_an_unexpected_type_read_as_absent() {
        let message = r#"{"notificationType":"Bounce","mail":"not an object",
            "bounce":{"bounceType":["Permanent"],"bouncedRecipients":[7,{"emailAddress":"a@example.com","status":5}]}}"#;
        let Classification::Bounce(notification, recipients) = classify(message) else {
            panic!()
        };
        assert_eq!(notification.bounce_type, None);
        assert_eq!(notification.mail_message_id, None);
        assert_eq!(recipients.len(), 1);
        assert_eq!(
            (recipients[0].class, recipients[0].status.clone()),
            (RecipientClass::Soft, None)
        );
    }

    #[test]
    fn plain_text_message_is_ignored() {
        assert!(matches!(
            classify("hello"),
            Classification::Ignored { notification: None, .. }
        ));
    }

    #[test]
    fn recipients_come_from_bounced_recipients_not_destination() {
        let message = r#"{"notificationType":"Bounce","bounce":{"bounceType":"Permanent",
            "bouncedRecipients":[{"emailAddress":"a@example.com","status":"5.1.1"}]},
            "mail":{"destination":["a@example.com","b@example.com"]}}"#;
        let Classification::Bounce(_, recipients) = classify(message) else {
            panic!()
        };
        assert_eq!(recipients.len(), 1);
        assert_eq!(recipients[0].email, "a@example.com");
        assert_eq!(recipients[0].class, RecipientClass::Hard);
    }
}
