//! Every genuine AWS-signed SNS message in ../shared/fixtures/sns-real/
//! verifies with the clock at its own Timestamp, and stops verifying after
//! a one-byte change to any signed value, with the other SignatureVersion,
//! or with the clock two hours later. The folder's README says where each
//! file came from; certificates are served from the same folder.

mod sns_fixture;

use std::path::{Path, PathBuf};

use quillcrm_sns_core::timestamp::parse_sns_timestamp;
use quillcrm_sns_core::Outcome;
use serde_json::{Map, Value};
use sns_fixture::{shared_fixtures, FixtureCertificates, Harness};

struct RealMessage {
    name: String,
    fields: Map<String, Value>,
    harness: Harness,
}

fn real_messages() -> Vec<RealMessage> {
    let root = shared_fixtures().join("sns-real");
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).collect();
    dirs.sort();
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "json")) {
            let fields: Map<String, Value> = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
            out.push(RealMessage {
                name: file.display().to_string(),
                harness: harness_for(&dir, &fields),
                fields,
            });
        }
    }
    assert!(out.len() >= 19, "expected the 19 genuine messages, found {}", out.len());
    out
}

fn harness_for(dir: &Path, fields: &Map<String, Value>) -> Harness {
    let url = fields
        .get("SigningCertURL")
        .or_else(|| fields.get("SigningCertUrl"))
        .unwrap()
        .as_str()
        .unwrap();
    let file_name = url.rsplit('/').next().unwrap();
    let mut certificates = FixtureCertificates::default();
    certificates.add(url, std::fs::read(dir.join(file_name)).unwrap());
    let mut harness = Harness::new(certificates);
    harness.now = parse_sns_timestamp(fields["Timestamp"].as_str().unwrap()).unwrap();
    harness
}

fn body(fields: &Map<String, Value>) -> Vec<u8> {
    serde_json::to_vec(&Value::Object(fields.clone())).unwrap()
}

/// Changes one byte of a string value so it stays well-formed (a digit
/// becomes another digit, a letter another letter).
fn flip_one_byte(value: &str) -> String {
    let mut bytes = value.as_bytes().to_vec();
    let at = bytes
        .iter()
        .rposition(|b| b.is_ascii_alphanumeric() && *b != b'z' && *b != b'Z' && *b != b'9')
        .expect("a value with a letter or digit");
    bytes[at] += 1;
    String::from_utf8(bytes).unwrap()
}

#[test]
fn every_genuine_message_verifies_at_its_own_timestamp() {
    for message in real_messages() {
        let mut harness = message.harness;
        harness.confirm = false;
        let response = harness.handle(&body(&message.fields));
        assert_eq!(response.error, None, "{}: {}", message.name, response.detail);
        assert_eq!(response.status, 200, "{}", message.name);
        let expected = match message.fields["Type"].as_str().unwrap() {
            "UnsubscribeConfirmation" => Outcome::Unsubscribed,
            _ => response.outcome,
        };
        assert_eq!(response.outcome, expected);
    }
}

#[test]
fn a_one_byte_change_to_any_signed_value_breaks_the_signature() {
    for message in real_messages() {
        let signed: &[&str] = match message.fields["Type"].as_str().unwrap() {
            "Notification" => &["Message", "MessageId", "Subject", "Timestamp", "TopicArn"],
            _ => &["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn"],
        };
        for key in signed {
            let Some(Value::String(value)) = message.fields.get(*key) else {
                continue;
            };
            let mut tampered = message.fields.clone();
            let changed = if *key == "TopicArn" {
                // Keep region and account: change the topic name only.
                format!("{value}x")
            } else {
                flip_one_byte(value)
            };
            tampered.insert((*key).into(), Value::String(changed));
            let response = message.harness.handle(&body(&tampered));
            assert_eq!(
                response.error.as_ref().map(|e| e.code()),
                Some("invalid_signature"),
                "{}: changing {key} gave {}",
                message.name,
                response.detail
            );
        }
    }
}

#[test]
fn the_other_signature_version_does_not_verify() {
    for message in real_messages() {
        let mut swapped = message.fields.clone();
        let other = if message.fields["SignatureVersion"] == "1" {
            "2"
        } else {
            "1"
        };
        swapped.insert("SignatureVersion".into(), Value::String(other.into()));
        let response = message.harness.handle(&body(&swapped));
        assert_eq!(
            response.error.map(|e| e.code()),
            Some("invalid_signature"),
            "{}",
            message.name
        );
    }
}

#[test]
fn two_hours_after_its_timestamp_a_genuine_message_is_stale() {
    for message in real_messages() {
        let mut harness = message.harness;
        harness.now += 2 * 3600;
        let response = harness.handle(&body(&message.fields));
        assert_eq!(
            response.error.map(|e| e.code()),
            Some("stale_message"),
            "{}",
            message.name
        );
        assert_eq!(response.status, 403);
    }
}

#[test]
fn genuine_subscription_confirmation_visits_its_subscribe_url_once() {
    let message = real_messages()
        .into_iter()
        .find(|m| m.fields["Type"] == "SubscriptionConfirmation")
        .expect("the java-v2 SubscriptionConfirmation fixture");
    let response = message.harness.handle(&body(&message.fields));
    assert_eq!(response.outcome, Outcome::Subscribed, "{}", response.detail);
    let visited = message.harness.confirmer.visited.lock().unwrap().clone();
    assert_eq!(
        visited,
        vec![message.fields["SubscribeURL"].as_str().unwrap().to_owned()]
    );
    assert!(response
        .subscription_arn
        .unwrap()
        .starts_with(message.fields["TopicArn"].as_str().unwrap()));
}

#[test]
fn genuine_unsubscribe_confirmation_visits_no_url() {
    let message = real_messages()
        .into_iter()
        .find(|m| m.fields["Type"] == "UnsubscribeConfirmation")
        .expect("the java-v2 UnsubscribeConfirmation fixture");
    let response = message.harness.handle(&body(&message.fields));
    assert_eq!(response.outcome, Outcome::Unsubscribed);
    assert!(message.harness.confirmer.visited.lock().unwrap().is_empty());
}

#[test]
fn genuine_ses_bounce_and_complaint_classify() {
    let root = shared_fixtures().join("sns-real/django-ses-fixtures");
    for (file, outcome, class) in [
        ("valid_msg_missing_fields.json", Outcome::Bounce, "hard"),
        ("valid_msg.json", Outcome::Complaint, "complaint"),
    ] {
        let fields: Map<String, Value> = serde_json::from_slice(&std::fs::read(root.join(file)).unwrap()).unwrap();
        let harness = harness_for(&root, &fields);
        let response = harness.handle(&body(&fields));
        assert_eq!(response.outcome, outcome, "{file}: {}", response.detail);
        assert!(!response.recipients.is_empty(), "{file}");
        assert!(response.recipients.iter().all(|r| r.class.as_str() == class), "{file}");
    }
}
