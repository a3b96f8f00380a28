//! The SES payload samples in ../shared/fixtures/ses-samples/ classify as
//! that folder's README says, and the two that come inside genuine
//! AWS-signed SNS envelopes verify and classify end to end.

mod sns_fixture;

use quillcrm_sns_core::ses::{classify, Classification, RecipientClass};
use quillcrm_sns_core::timestamp::parse_sns_timestamp;
use quillcrm_sns_core::Outcome;
use sns_fixture::{shared_fixtures, FixtureCertificates, Harness};

fn sample(name: &str) -> String {
    std::fs::read_to_string(shared_fixtures().join("ses-samples").join(name)).unwrap()
}

/// (kind, format, classes of the recipients) of a classified payload.
fn summary(message: &str) -> (String, &'static str, Vec<RecipientClass>) {
    match classify(message) {
        Classification::Bounce(n, r) | Classification::Complaint(n, r) | Classification::Delivery(n, r) => {
            (n.kind, n.format.unwrap().as_str(), r.iter().map(|r| r.class).collect())
        }
        Classification::Ignored { why, .. } => panic!("ignored: {why}"),
    }
}

#[test]
fn classic_permanent_bounce_is_hard() {
    let (kind, format, classes) = summary(&sample(
        "01-sns-signed-notification-bounce-permanent-general.message.json",
    ));
    assert_eq!((kind.as_str(), format), ("Bounce", "notification"));
    assert_eq!(classes, vec![RecipientClass::Hard]);
}

#[test]
fn event_publishing_abuse_complaint_is_a_complaint() {
    let (kind, format, classes) = summary(&sample("02-sns-signed-event-complaint-abuse.message.json"));
    assert_eq!((kind.as_str(), format), ("Complaint", "event"));
    assert!(!classes.is_empty() && classes.iter().all(|c| *c == RecipientClass::Complaint));
}

#[test]
fn transient_message_expired_bounce_is_soft_with_its_status() {
    let message = sample("03-notification-bounce-transient-general-4.4.7.message.json");
    let Classification::Bounce(notification, recipients) = classify(&message) else {
        panic!("not a bounce")
    };
    assert_eq!(notification.bounce_type.as_deref(), Some("Transient"));
    assert!(recipients.iter().all(|r| r.class == RecipientClass::Soft));
    assert_eq!(recipients[0].status.as_deref(), Some("4.4.7"));
}

#[test]
fn delivery_notification_is_a_delivery() {
    let (kind, format, classes) = summary(&sample("04-notification-delivery.message.json"));
    assert_eq!((kind.as_str(), format), ("Delivery", "notification"));
    assert!(!classes.is_empty() && classes.iter().all(|c| *c == RecipientClass::Delivery));
}

#[test]
fn documentation_event_bounce_is_hard() {
    let (kind, format, classes) = summary(&sample("05-event-bounce-permanent-general.docs-example.message.json"));
    assert_eq!((kind.as_str(), format), ("Bounce", "event"));
    assert!(!classes.is_empty() && classes.iter().all(|c| *c == RecipientClass::Hard));
}

#[test]
fn undetermined_bounce_is_soft() {
    let (_, _, classes) = summary(&sample("06-notification-bounce-undetermined.SYNTHETIC.message.json"));
    assert!(!classes.is_empty() && classes.iter().all(|c| *c == RecipientClass::Soft));
}

#[test]
fn signed_envelopes_verify_and_carry_their_samples() {
    let cert = shared_fixtures()
        .join("sns-real/django-ses-fixtures/SimpleNotificationService-7ff5318490ec183fbaddaa2a969abfda.pem");
    for (name, outcome) in [
        ("01-sns-signed-notification-bounce-permanent-general", Outcome::Bounce),
        ("02-sns-signed-event-complaint-abuse", Outcome::Complaint),
    ] {
        let envelope = sample(&format!("{name}.envelope.json"));
        let fields: serde_json::Value = serde_json::from_str(&envelope).unwrap();
        // The .message.json sample is the envelope's Message, pretty-printed.
        let message: serde_json::Value = serde_json::from_str(fields["Message"].as_str().unwrap()).unwrap();
        let sample_message: serde_json::Value = serde_json::from_str(&sample(&format!("{name}.message.json"))).unwrap();
        assert_eq!(message, sample_message, "{name}");
        let mut certificates = FixtureCertificates::default();
        certificates.add(
            fields["SigningCertURL"].as_str().unwrap(),
            std::fs::read(&cert).unwrap(),
        );
        let mut harness = Harness::new(certificates);
        harness.now = parse_sns_timestamp(fields["Timestamp"].as_str().unwrap()).unwrap();
        let response = harness.handle(envelope.as_bytes());
        assert_eq!(response.outcome, outcome, "{name}: {}", response.detail);
    }
}
