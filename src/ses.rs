//! The Amazon SES payload inside an SNS Notification's `Message`, and its
//! classification (rule 12).
//!
//! Two formats exist: "notifications" (`notificationType`, configured on the
//! SES identity) and "event publishing" (`eventType`, from a configuration
//! set). Field names: Amazon SES Developer Guide, "Amazon SNS notification
//! contents for Amazon SES" and "Contents of event data that Amazon SES
//! publishes to Amazon SNS".

use serde_json::Value;

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
    /// The bare address, lower-cased.
    pub email: String,
    pub class: RecipientClass,
    /// The enhanced status code (`5.1.1`), bounces only.
    pub status: Option<String>,
    pub action: Option<String>,
    pub diagnostic: Option<String>,
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
    pub source: Option<String>,
    pub timestamp: Option<String>,
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
    let Ok(Value::Object(payload)) = serde_json::from_str::<Value>(message) else {
        return Classification::Ignored {
            notification: None,
            why: "The message is not an SES notification.",
        };
    };
    let (kind, format) = match (payload.get("notificationType"), payload.get("eventType")) {
        (Some(Value::String(kind)), None) => (kind.as_str(), PayloadFormat::Notification),
        (None, Some(Value::String(kind))) => (kind.as_str(), PayloadFormat::Event),
        _ => {
            return Classification::Ignored {
                notification: None,
                why: "The message is not an SES notification.",
            }
        }
    };
    let mail = payload.get("mail");
    let mut notification = SesNotification {
        kind: kind.to_owned(),
        format: Some(format),
        mail_message_id: string_at(mail, "messageId"),
        source: string_at(mail, "source"),
        ..SesNotification::default()
    };
    match kind {
        "Bounce" => {
            let bounce = payload.get("bounce");
            notification.bounce_type = string_at(bounce, "bounceType");
            notification.bounce_sub_type = string_at(bounce, "bounceSubType");
            notification.feedback_id = string_at(bounce, "feedbackId");
            notification.timestamp = string_at(bounce, "timestamp");
            // Permanent = hard; Transient and Undetermined = soft. An unknown
            // type is counted as soft: it is not lost, and it cannot mark an
            // address bounced on its own.
            let class = match notification.bounce_type.as_deref() {
                Some("Permanent") => RecipientClass::Hard,
                _ => RecipientClass::Soft,
            };
            let recipients = objects_at(bounce, "bouncedRecipients")
                .filter_map(|r| {
                    Some(Recipient {
                        email: bare_address(r.get("emailAddress")?.as_str()?)?,
                        class,
                        status: string_at(Some(r), "status"),
                        action: string_at(Some(r), "action"),
                        diagnostic: string_at(Some(r), "diagnosticCode"),
                    })
                })
                .collect::<Vec<_>>();
            with_recipients(notification, recipients, Classification::Bounce)
        }
        "Complaint" => {
            let complaint = payload.get("complaint");
            notification.complaint_feedback_type = string_at(complaint, "complaintFeedbackType");
            notification.feedback_id = string_at(complaint, "feedbackId");
            notification.timestamp = string_at(complaint, "timestamp");
            // RFC 5965 section 7.3: "not-spam" is a report that a message is
            // NOT abusive; it must not mark anyone as complained.
            if notification.complaint_feedback_type.as_deref() == Some("not-spam") {
                return Classification::Ignored {
                    notification: Some(notification),
                    why: "The complaint is a not-spam report.",
                };
            }
            let recipients = objects_at(complaint, "complainedRecipients")
                .filter_map(|r| {
                    Some(Recipient {
                        email: bare_address(r.get("emailAddress")?.as_str()?)?,
                        class: RecipientClass::Complaint,
                        status: None,
                        action: None,
                        diagnostic: None,
                    })
                })
                .collect::<Vec<_>>();
            with_recipients(notification, recipients, Classification::Complaint)
        }
        "Delivery" => {
            let delivery = payload.get("delivery");
            notification.timestamp = string_at(delivery, "timestamp");
            let smtp_response = string_at(delivery, "smtpResponse");
            let recipients = delivery
                .and_then(|d| d.get("recipients"))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|r| {
                    Some(Recipient {
                        email: bare_address(r.as_str()?)?,
                        class: RecipientClass::Delivery,
                        status: None,
                        action: None,
                        diagnostic: smtp_response.clone(),
                    })
                })
                .collect::<Vec<_>>();
            with_recipients(notification, recipients, Classification::Delivery)
        }
        "AmazonSnsSubscriptionSucceeded" => Classification::Ignored {
            notification: Some(notification),
            why: "SES confirmed that it can publish to this topic.",
        },
        _ => Classification::Ignored {
            notification: Some(notification),
            why: "The SES event does not change a contact.",
        },
    }
}

fn with_recipients(
    notification: SesNotification,
    recipients: Vec<Recipient>,
    make: fn(SesNotification, Vec<Recipient>) -> Classification,
) -> Classification {
    if recipients.is_empty() {
        Classification::Ignored {
            notification: Some(notification),
            why: "The SES notification lists no recipient address.",
        }
    } else {
        make(notification, recipients)
    }
}

fn string_at(parent: Option<&Value>, key: &str) -> Option<String> {
    parent?.get(key)?.as_str().map(str::to_owned)
}

fn objects_at<'v>(parent: Option<&'v Value>, key: &str) -> impl Iterator<Item = &'v Value> {
    parent
        .and_then(|p| p.get(key))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|v| v.is_object())
}

/// The bare, lower-cased address of `addr` or `Display Name <addr>`; `None`
/// when what remains does not look like one address (`local@domain`).
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
    valid.then(|| address.to_lowercase())
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
