//! The handler's rules, one behaviour per test, with messages the tests sign
//! themselves (tests/fixtures/pki, see tests/fixtures/make-pki.sh).

mod sns_fixture;

use quillcrm_sns_core::envelope::SignatureVersion;
use quillcrm_sns_core::handler::MAX_BODY_BYTES;
use quillcrm_sns_core::ses::RecipientClass;
use quillcrm_sns_core::{Outcome, SnsHeaders};
use serde_json::json;
use sns_fixture::*;

fn hard_bounce() -> Message {
    Message::notification(&ses_bounce(
        "Permanent",
        "General",
        "\"Jane Doe\" <Jane@Example.com>",
        "5.1.1",
    ))
}

// Rule 1: the key.

#[test]
fn missing_key_is_rejected_with_403_before_the_body_is_parsed() {
    let response = Harness::standard().handle_with_key(b"not json at all", None);
    assert_eq!((response.status, response.error.unwrap().code()), (403, "invalid_key"));
    assert!(response.message.is_none());
}

#[test]
fn wrong_key_is_rejected() {
    let body = hard_bounce().signed().body();
    let response = Harness::standard().handle_with_key(&body, Some("s3cr3t-webhook-kez"));
    assert_eq!(response.error.unwrap().code(), "invalid_key");
}

#[test]
fn empty_key_is_rejected_even_when_the_site_key_is_empty() {
    let body = hard_bounce().signed().body();
    let response = Harness::standard().handle_with_key(&body, Some(""));
    assert_eq!(response.error.unwrap().code(), "invalid_key");
}

#[test]
fn detail_never_echoes_the_key_even_when_the_body_quotes_it() {
    let body = hard_bounce().set("Type", json!(KEY)).signed().body();
    let response = Harness::standard().handle(&body);
    assert_eq!(response.error.unwrap().code(), "unsupported_type");
    assert!(!response.detail.contains(KEY), "{}", response.detail);
    assert!(!response.detail.contains(&KEY[..12]), "{}", response.detail);
}

#[test]
fn body_over_512_kib_is_413() {
    let body = vec![b' '; MAX_BODY_BYTES + 1];
    let response = Harness::standard().handle(&body);
    assert_eq!(
        (response.status, response.error.unwrap().code()),
        (413, "body_too_large")
    );
}

// Rules 2 and 3: parsing, type and version.

#[test]
fn hard_bounce_is_accepted_with_bare_lower_cased_recipient() {
    let response = Harness::standard().handle(&hard_bounce().signed().body());
    assert_eq!(
        (response.status, response.outcome),
        (200, Outcome::Bounce),
        "{}",
        response.detail
    );
    assert_eq!(response.recipients.len(), 1);
    let recipient = &response.recipients[0];
    assert_eq!(recipient.email, "jane@example.com");
    assert_eq!(recipient.class, RecipientClass::Hard);
    assert_eq!(recipient.status.as_deref(), Some("5.1.1"));
    let notification = response.notification.unwrap();
    assert_eq!(notification.feedback_id.as_deref(), Some("0100019a-feedback-0001"));
    assert_eq!(notification.format.unwrap().as_str(), "notification");
}

#[test]
fn signature_version_2_is_verified_with_sha256() {
    let response = Harness::standard().handle(&hard_bounce().set("SignatureVersion", json!("2")).signed().body());
    assert_eq!(response.outcome, Outcome::Bounce, "{}", response.detail);
}

#[test]
fn lambda_spelling_of_the_certificate_url_is_accepted() {
    let mut message = hard_bounce();
    let url = message.fields.remove("SigningCertURL").unwrap();
    let response = Harness::standard().handle(&message.set("SigningCertUrl", url).signed().body());
    assert_eq!(response.outcome, Outcome::Bounce, "{}", response.detail);
}

#[test]
fn subject_is_part_of_the_signed_string() {
    let message = hard_bounce()
        .set("Subject", json!("Amazon SES Email Event Notification"))
        .signed();
    assert_eq!(Harness::standard().handle(&message.body()).outcome, Outcome::Bounce);
    let tampered = message.set("Subject", json!("Amazon SES Email Event Notificatioo"));
    assert_eq!(Harness::standard().code(&tampered.body()), "invalid_signature");
}

#[test]
fn signature_version_3_is_unsupported() {
    let body = hard_bounce().set("SignatureVersion", json!("3")).signed().body();
    assert_eq!(Harness::standard().code(&body), "unsupported_signature_version");
}

#[test]
fn signature_version_must_be_exactly_1_or_2() {
    for version in ["01", " 1", "1.0", "", "2 "] {
        let body = hard_bounce().set("SignatureVersion", json!(version)).signed().body();
        assert_eq!(
            Harness::standard().code(&body),
            "unsupported_signature_version",
            "{version:?}"
        );
    }
}

#[test]
fn signature_version_as_a_json_number_is_malformed() {
    let body = hard_bounce().set("SignatureVersion", json!(1)).signed().body();
    assert_eq!(Harness::standard().code(&body), "malformed_body");
}

#[test]
fn unknown_type_is_unsupported() {
    let body = hard_bounce().set("Type", json!("Publish")).signed().body();
    assert_eq!(Harness::standard().code(&body), "unsupported_type");
}

#[test]
fn missing_message_id_is_a_missing_field() {
    let body = hard_bounce().without("MessageId").signed().body();
    assert_eq!(Harness::standard().code(&body), "missing_field");
}

#[test]
fn confirmation_without_token_is_a_missing_field() {
    let body = Message::subscription_confirmation().without("Token").signed().body();
    assert_eq!(Harness::standard().code(&body), "missing_field");
}

#[test]
fn raw_delivery_header_is_refused_with_advice() {
    let mut harness = Harness::standard();
    harness.headers = SnsHeaders {
        raw_delivery: Some("true".into()),
        ..SnsHeaders::default()
    };
    let response = harness.handle(&hard_bounce().signed().body());
    assert_eq!(
        (response.status, response.error.unwrap().code()),
        (400, "raw_message_delivery")
    );
    assert!(response.detail.contains("Raw message delivery is on"));
}

#[test]
fn bare_ses_payload_is_raw_delivery() {
    let body = ses_bounce("Permanent", "General", "a@example.com", "5.1.1");
    assert_eq!(Harness::standard().code(body.as_bytes()), "raw_message_delivery");
}

// Headers.

#[test]
fn message_type_header_must_match_the_body() {
    let mut harness = Harness::standard();
    harness.headers = SnsHeaders {
        message_type: Some("SubscriptionConfirmation".into()),
        ..SnsHeaders::default()
    };
    assert_eq!(harness.code(&hard_bounce().signed().body()), "header_mismatch");
}

#[test]
fn topic_header_must_match_the_body() {
    let mut harness = Harness::standard();
    harness.headers = SnsHeaders {
        topic_arn: Some("arn:aws:sns:us-east-1:123456789012:other".into()),
        ..SnsHeaders::default()
    };
    assert_eq!(harness.code(&hard_bounce().signed().body()), "header_mismatch");
}

#[test]
fn matching_headers_are_accepted() {
    let mut harness = Harness::standard();
    harness.headers = SnsHeaders {
        message_type: Some("Notification".into()),
        topic_arn: Some(TOPIC.into()),
        raw_delivery: Some("false".into()),
    };
    assert_eq!(harness.handle(&hard_bounce().signed().body()).outcome, Outcome::Bounce);
}

// Rules 5 and 6: certificates and the cache.

#[test]
fn second_delivery_uses_the_cached_key_without_fetching() {
    let harness = Harness::standard();
    harness.handle(&hard_bounce().signed().body());
    let second = harness.handle(&hard_bounce().set("MessageId", json!("m-2")).signed().body());
    assert_eq!(second.outcome, Outcome::Bounce);
    assert_eq!(
        harness.certificates.fetches.load(std::sync::atomic::Ordering::SeqCst),
        1
    );
}

#[test]
fn failed_fetch_is_503_and_is_not_cached() {
    let harness = Harness::new(FixtureCertificates::default());
    let response = harness.handle(&hard_bounce().signed().body());
    assert_eq!((response.status, response.outcome), (503, Outcome::Retry));
    harness.handle(&hard_bounce().signed().body());
    assert_eq!(
        harness.certificates.fetches.load(std::sync::atomic::Ordering::SeqCst),
        2
    );
}

#[test]
fn invalid_certificate_is_not_cached() {
    let harness = Harness::new(FixtureCertificates::with(&cert_url("us-east-1", 1), "signing-1024.pem"));
    assert_eq!(harness.code(&hard_bounce().signed().body()), "invalid_certificate");
    harness.code(&hard_bounce().signed().body());
    assert_eq!(
        harness.certificates.fetches.load(std::sync::atomic::Ordering::SeqCst),
        2
    );
}

#[test]
fn certificate_with_name_only_in_common_name_is_accepted() {
    let harness = Harness::new(FixtureCertificates::with(
        &cert_url("us-east-1", 1),
        "signing-cn-only.pem",
    ));
    let body = hard_bounce().key("signing-cn-only.key").signed().body();
    assert_eq!(harness.handle(&body).outcome, Outcome::Bounce);
}

#[test]
fn opt_in_region_signing_name_is_accepted_for_its_own_region() {
    let url = cert_url("ap-east-1", 1);
    let harness = Harness::new(FixtureCertificates::with(&url, "signing-optin.pem"));
    let topic = "arn:aws:sns:ap-east-1:123456789012:ses-bounces";
    let body = hard_bounce()
        .set("TopicArn", json!(topic))
        .set("SigningCertURL", json!(url))
        .key("signing-optin.key")
        .signed()
        .body();
    assert_eq!(harness.handle(&body).outcome, Outcome::Bounce);
}

#[test]
fn opt_in_signing_name_of_another_region_is_refused() {
    let url = cert_url("us-east-1", 1);
    let harness = Harness::new(FixtureCertificates::with(&url, "signing-optin.pem"));
    let body = hard_bounce().key("signing-optin.key").signed().body();
    assert_eq!(harness.code(&body), "invalid_certificate");
}

#[test]
fn china_region_signing_name_is_accepted() {
    let url = cert_url("cn-north-1", 1);
    let harness = Harness::new(FixtureCertificates::with(&url, "signing-cn.pem"));
    let body = hard_bounce()
        .set("TopicArn", json!("arn:aws-cn:sns:cn-north-1:123456789012:ses-bounces"))
        .set("SigningCertURL", json!(url))
        .key("signing-cn.key")
        .signed()
        .body();
    assert_eq!(harness.handle(&body).outcome, Outcome::Bounce);
}

// Rule 8: the replay window.

#[test]
fn message_older_than_max_age_is_stale() {
    let mut harness = Harness::standard();
    harness.now = NOW + 3901;
    assert_eq!(harness.code(&hard_bounce().signed().body()), "stale_message");
}

#[test]
fn message_within_max_age_is_accepted() {
    let mut harness = Harness::standard();
    harness.now = NOW + 3900;
    assert_eq!(harness.handle(&hard_bounce().signed().body()).outcome, Outcome::Bounce);
}

#[test]
fn message_more_than_300_seconds_in_the_future_is_stale() {
    let mut harness = Harness::standard();
    harness.now = NOW - 301;
    assert_eq!(harness.code(&hard_bounce().signed().body()), "stale_message");
}

#[test]
fn custom_max_age_is_honoured() {
    let mut harness = Harness::standard();
    harness.max_age = 60;
    harness.now = NOW + 61;
    assert_eq!(harness.code(&hard_bounce().signed().body()), "stale_message");
}

// Rule 9: accepted topics.

#[test]
fn topic_outside_the_accepted_list_is_403() {
    let mut harness = Harness::standard();
    harness.allowed_topics = vec!["arn:aws:sns:us-east-1:123456789012:other".into()];
    let response = harness.handle(&hard_bounce().signed().body());
    assert_eq!(
        (response.status, response.error.unwrap().code()),
        (403, "topic_not_allowed")
    );
}

#[test]
fn topic_in_the_accepted_list_is_accepted() {
    let mut harness = Harness::standard();
    harness.allowed_topics = vec!["arn:aws:sns:us-east-1:123456789012:other".into(), TOPIC.into()];
    assert_eq!(harness.handle(&hard_bounce().signed().body()).outcome, Outcome::Bounce);
}

// Rules 10 and 11: confirmation.

#[test]
fn subscription_confirmation_visits_the_subscribe_url_and_reports_the_arn() {
    let harness = Harness::standard();
    let message = Message::subscription_confirmation().signed();
    let response = harness.handle(&message.body());
    assert_eq!(response.outcome, Outcome::Subscribed, "{}", response.detail);
    assert_eq!(
        response.subscription_arn.as_deref(),
        Some(format!("{TOPIC}:7f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b").as_str())
    );
    let visited = harness.confirmer.visited.lock().unwrap().clone();
    assert_eq!(
        visited,
        vec![message.fields["SubscribeURL"].as_str().unwrap().to_owned()]
    );
}

#[test]
fn confirmation_is_not_visited_when_confirm_is_off() {
    let mut harness = Harness::standard();
    harness.confirm = false;
    let response = harness.handle(&Message::subscription_confirmation().signed().body());
    assert_eq!(response.outcome, Outcome::Ignored);
    assert!(harness.confirmer.visited.lock().unwrap().is_empty());
}

#[test]
fn failed_confirmation_is_503_so_sns_retries() {
    let mut harness = Harness::standard();
    harness.confirmer.fail = true;
    let response = harness.handle(&Message::subscription_confirmation().signed().body());
    assert_eq!(
        (response.status, response.error.unwrap().code()),
        (503, "confirmation_failed")
    );
}

#[test]
fn unsubscribe_confirmation_visits_nothing() {
    let harness = Harness::standard();
    let body = Message::subscription_confirmation()
        .set("Type", json!("UnsubscribeConfirmation"))
        .signed()
        .body();
    assert_eq!(harness.handle(&body).outcome, Outcome::Unsubscribed);
    assert!(harness.confirmer.visited.lock().unwrap().is_empty());
}

// Rule 12: classification.

fn classify_via_handler(ses_message: &str) -> quillcrm_sns_core::Response {
    Harness::standard().handle(&Message::notification(ses_message).signed().body())
}

#[test]
fn transient_bounce_is_soft() {
    let response = classify_via_handler(&ses_bounce("Transient", "MailboxFull", "a@example.com", "4.2.2"));
    assert_eq!(response.recipients[0].class, RecipientClass::Soft);
}

#[test]
fn undetermined_bounce_is_soft() {
    let response = classify_via_handler(&ses_bounce("Undetermined", "Undetermined", "a@example.com", "4.0.0"));
    assert_eq!(response.recipients[0].class, RecipientClass::Soft);
}

#[test]
fn complaint_is_classified_and_not_spam_is_ignored() {
    let complaint = |feedback: &str| {
        json!({"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"c@example.com"}],
        "complaintFeedbackType":feedback,"feedbackId":"f-1","timestamp":"2026-11-26T11:59:00.000Z"},
        "mail":{"messageId":"m","source":"s@example.com","destination":["c@example.com"]}})
        .to_string()
    };
    let response = classify_via_handler(&complaint("abuse"));
    assert_eq!(response.outcome, Outcome::Complaint);
    assert_eq!(response.recipients[0].class, RecipientClass::Complaint);
    assert_eq!(classify_via_handler(&complaint("not-spam")).outcome, Outcome::Ignored);
}

#[test]
fn delivery_lists_delivery_recipients() {
    let message = json!({"eventType":"Delivery","delivery":{"recipients":["D@Example.com"],"timestamp":"t",
        "smtpResponse":"250 ok"},"mail":{"messageId":"m","destination":["D@Example.com","x@example.com"]}})
    .to_string();
    let response = classify_via_handler(&message);
    assert_eq!(response.outcome, Outcome::Delivery);
    assert_eq!(response.recipients.len(), 1);
    assert_eq!(response.recipients[0].email, "d@example.com");
    assert_eq!(response.notification.unwrap().format.unwrap().as_str(), "event");
}

#[test]
fn ses_subscription_test_message_is_ignored() {
    let message =
        json!({"notificationType":"AmazonSnsSubscriptionSucceeded","message":"You have successfully subscribed"})
            .to_string();
    assert_eq!(classify_via_handler(&message).outcome, Outcome::Ignored);
}

#[test]
fn other_ses_events_are_ignored() {
    for kind in ["Send", "Open", "Click", "Reject", "DeliveryDelay", "Rendering Failure"] {
        let message = json!({"eventType":kind,"mail":{"messageId":"m"}}).to_string();
        let response = classify_via_handler(&message);
        assert_eq!((response.status, response.outcome), (200, Outcome::Ignored), "{kind}");
    }
}

#[test]
fn plain_text_published_to_the_topic_is_ignored() {
    let response = classify_via_handler("Hello from the SNS console");
    assert_eq!((response.status, response.outcome), (200, Outcome::Ignored));
    assert!(response.notification.is_none());
}

// Rule 7, completed: the SignatureVersion the site requires.

#[test]
fn a_genuine_version_1_message_is_refused_when_version_2_is_required() {
    let mut harness = Harness::standard();
    harness.min_signature_version = SignatureVersion::V2Sha256;
    let response = harness.handle(&hard_bounce().signed().body());
    assert_eq!(
        (response.status, response.error.unwrap().code()),
        (403, "signature_version_not_allowed")
    );
    assert_eq!(response.message.unwrap().signature_version, 1);
}

#[test]
fn a_version_2_message_is_accepted_when_version_2_is_required() {
    let mut harness = Harness::standard();
    harness.min_signature_version = SignatureVersion::V2Sha256;
    let response = harness.handle(&hard_bounce().set("SignatureVersion", json!("2")).signed().body());
    assert_eq!((response.status, response.outcome), (200, Outcome::Bounce));
}

#[test]
fn a_forged_version_1_message_is_an_invalid_signature_even_when_version_2_is_required() {
    let mut harness = Harness::standard();
    harness.min_signature_version = SignatureVersion::V2Sha256;
    let body = hard_bounce().signed().set("MessageId", json!("forged")).body();
    assert_eq!(harness.code(&body), "invalid_signature");
}

#[test]
fn a_confirmation_answer_carries_its_subscribe_url() {
    let message = Message::subscription_confirmation().signed();
    let mut harness = Harness::standard();
    harness.confirm = false;
    let facts = harness.handle(&message.body()).message.unwrap();
    assert!(facts
        .subscribe_url
        .unwrap()
        .starts_with("https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&"));
}

// Rule 12: only real recipients, ASCII folding, what SES says of the mail.

fn bounce_to(destination: &[&str], bounced: &str) -> String {
    json!({"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General",
        "bouncedRecipients":[{"emailAddress":bounced,"status":"5.1.1"}],"feedbackId":"f-1"},
        "mail":{"messageId":"m","timestamp":"2026-11-26T11:00:00.000Z","destination":destination}})
    .to_string()
}

#[test]
fn a_bounce_applies_to_the_address_the_message_was_sent_to() {
    let response = classify_via_handler(&bounce_to(&["a@example.com", "b@example.com"], "B@Example.com"));
    assert_eq!(response.recipients[0].applies_to.as_deref(), Some("b@example.com"));
}

#[test]
fn a_bounce_naming_someone_the_message_was_not_sent_to_applies_to_no_one() {
    let response = classify_via_handler(&bounce_to(&["a@example.com", "b@example.com"], "victim@example.net"));
    assert_eq!(response.recipients[0].email, "victim@example.net");
    assert_eq!(response.recipients[0].applies_to, None);
}

#[test]
fn a_bounce_of_a_message_sent_to_one_address_applies_to_that_address() {
    let response = classify_via_handler(&bounce_to(&["Alias <alias@example.com>"], "mailbox@forward.example"));
    assert_eq!(response.recipients[0].applies_to.as_deref(), Some("alias@example.com"));
}

#[test]
fn a_bounce_of_a_message_whose_other_entry_is_no_address_never_follows_the_one_that_is() {
    let with_a_comment = bounce_to(&["alice@example.org (Alice)", "bob@example.net"], "alice@example.org");
    let with_a_number = with_a_comment.replace(r#""alice@example.org (Alice)""#, "7");
    for message in [with_a_comment, with_a_number] {
        assert_eq!(
            classify_via_handler(&message).recipients[0].applies_to,
            None,
            "{message}"
        );
    }
}

#[test]
fn a_bounce_without_a_destination_applies_to_no_one() {
    let message = json!({"notificationType":"Bounce","bounce":{"bounceType":"Permanent",
        "bouncedRecipients":[{"emailAddress":"a@example.com"}]},"mail":{"messageId":"m"}})
    .to_string();
    assert_eq!(classify_via_handler(&message).recipients[0].applies_to, None);
}

fn complaint_to(destination: &[&str], complained: &str, feedback: &str, sub_type: Option<&str>) -> String {
    json!({"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":complained}],
        "complaintFeedbackType":feedback,"complaintSubType":sub_type,"feedbackId":"f-2"},
        "mail":{"messageId":"m","timestamp":"2026-11-26T10:00:00.000Z","destination":destination}})
    .to_string()
}

#[test]
fn a_complaint_for_an_address_the_message_was_not_sent_to_applies_to_no_one() {
    let response = classify_via_handler(&complaint_to(&["a@example.com"], "x@example.com", "abuse", None));
    assert_eq!(response.recipients[0].applies_to, None);
}

#[test]
fn not_spam_is_recognised_whatever_its_letter_case() {
    for feedback in ["not-spam", "Not-Spam", "NOT-SPAM"] {
        let response = classify_via_handler(&complaint_to(&["a@example.com"], "a@example.com", feedback, None));
        assert_eq!(response.outcome, Outcome::Ignored, "{feedback}");
    }
}

#[test]
fn the_complaint_sub_type_and_the_mail_timestamp_are_returned() {
    let response = classify_via_handler(&complaint_to(
        &["a@example.com"],
        "a@example.com",
        "abuse",
        Some("OnAccountSuppressionList"),
    ));
    let notification = response.notification.unwrap();
    assert_eq!(
        notification.complaint_sub_type.as_deref(),
        Some("OnAccountSuppressionList")
    );
    assert_eq!(notification.mail_timestamp.as_deref(), Some("2026-11-26T10:00:00.000Z"));
}

#[test]
fn addresses_are_folded_by_their_ascii_letters_only() {
    let response = classify_via_handler(&bounce_to(&["\u{212A}ate@example.com"], "\u{212A}ATE@Example.com"));
    assert_eq!(response.recipients[0].email, "\u{212A}ate@example.com");
    assert_eq!(
        response.recipients[0].applies_to.as_deref(),
        Some("\u{212A}ate@example.com")
    );
}
