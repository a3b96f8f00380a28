//! Hostile deliveries, each refused with the right code. Every case is a
//! message signed with the project's own key (so only the attack under test
//! is wrong) unless the attack is in the signature itself.

mod sns_fixture;

use serde_json::json;
use sns_fixture::*;

fn bounce() -> Message {
    Message::notification(&ses_bounce("Permanent", "General", "a@example.com", "5.1.1"))
}

const HEX: &str = "0123456789abcdef0123456789abcdef";

/// Each case: a name, the body, the harness, the expected error code.
macro_rules! refused {
    ($name:ident, $code:expr, $body:expr) => {
        refused!($name, $code, $body, Harness::standard());
    };
    ($name:ident, $code:expr, $body:expr, $harness:expr) => {
        #[test]
        fn $name() {
            let harness = $harness;
            let body: Vec<u8> = $body;
            let response = harness.handle(&body);
            let code = response.error.as_ref().map_or("ok", |e| e.code());
            assert_eq!(code, $code, "detail: {}", response.detail);
            assert_ne!(response.status, 200);
        }
    };
}

fn with_cert_url(url: &str) -> Vec<u8> {
    bounce().set("SigningCertURL", json!(url)).signed().body()
}

// SigningCertURL tricks.
refused!(
    cert_url_over_http,
    "invalid_cert_url",
    with_cert_url(&format!(
        "http://sns.us-east-1.amazonaws.com/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_on_another_host,
    "invalid_cert_url",
    with_cert_url(&format!("https://evil.example/SimpleNotificationService-{HEX}.pem"))
);
refused!(
    cert_url_suffix_attack,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.us-east-1.amazonaws.com.evil.tld/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_on_s3,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://s3.amazonaws.com/evil-bucket/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_on_s3_virtual_host,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.s3.amazonaws.com/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_with_userinfo,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.us-east-1.amazonaws.com@evil.example/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_with_port,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.us-east-1.amazonaws.com:8443/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_with_query_pem,
    "invalid_cert_url",
    with_cert_url("https://sns.us-east-1.amazonaws.com/?Action=CreateTopic&x=.pem")
);
refused!(
    cert_url_with_fragment_pem,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.us-east-1.amazonaws.com/evil#SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_with_semicolon,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.us-east-1.amazonaws.com/;/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_with_whitespace,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-{HEX}.pem "
    ))
);
refused!(
    cert_url_with_encoded_slash,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.us-east-1.amazonaws.com/x%2F..%2FSimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_with_encoded_host,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.us-east-1.amazonaws%2Ecom/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_with_backslash,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://evil.example\\@sns.us-east-1.amazonaws.com/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_with_dot_segments,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.us-east-1.amazonaws.com/a/../SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_with_short_id,
    "invalid_cert_url",
    with_cert_url("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123.pem")
);
refused!(
    cert_url_with_upper_case_host,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://SNS.us-east-1.amazonaws.com/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_of_another_region,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_with_china_suffix_for_global_region,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.us-east-1.amazonaws.com.cn/SimpleNotificationService-{HEX}.pem"
    ))
);
refused!(
    cert_url_without_region,
    "invalid_cert_url",
    with_cert_url(&format!(
        "https://sns.amazonaws.com/SimpleNotificationService-{HEX}.pem"
    ))
);

// Bad certificates answered by the (genuine-looking) host.
fn serving(pem: &[u8]) -> Harness {
    let mut certificates = FixtureCertificates::default();
    certificates.add(&cert_url("us-east-1", 1), pem.to_vec());
    Harness::new(certificates)
}
fn pem(name: &str) -> Vec<u8> {
    std::fs::read(pki(name)).unwrap()
}
refused!(
    certificate_wrapped_in_xml,
    "invalid_certificate",
    bounce().signed().body(),
    serving(
        &[
            b"<?xml version=\"1.0\"?><Cert>".as_slice(),
            &pem("signing.pem"),
            b"</Cert>"
        ]
        .concat()
    )
);
refused!(
    two_certificates_in_one_answer,
    "invalid_certificate",
    bounce().signed().body(),
    serving(&[pem("signing.pem"), pem("signing.pem")].concat())
);
refused!(
    garbage_instead_of_a_certificate,
    "invalid_certificate",
    bounce().signed().body(),
    serving(b"<html>Not Found</html>")
);
refused!(
    rsa_1024_certificate,
    "invalid_certificate",
    bounce().key("signing-1024.key").signed().body(),
    serving(&pem("signing-1024.pem"))
);
refused!(
    expired_certificate,
    "invalid_certificate",
    bounce().key("signing-expired.key").signed().body(),
    serving(&pem("signing-expired.pem"))
);
refused!(
    certificate_with_the_wrong_name,
    "invalid_certificate",
    bounce().key("signing-wrong-name.key").signed().body(),
    serving(&pem("signing-wrong-name.pem"))
);
refused!(
    ec_certificate,
    "invalid_certificate",
    bounce().signed().body(),
    serving(&pem("signing-ec.pem"))
);
refused!(
    certificate_of_the_test_ca_itself,
    "invalid_certificate",
    bounce().key("test-ca.key").signed().body(),
    serving(&pem("test-ca.pem"))
);

// Signatures.
refused!(
    signature_version_3,
    "unsupported_signature_version",
    bounce().set("SignatureVersion", json!("3")).signed().body()
);
refused!(
    signed_by_another_key,
    "invalid_signature",
    bounce().key("signing-cn-only.key").signed().body()
);
refused!(tampered_message, "invalid_signature", {
    let signed = bounce().signed();
    let message = signed.fields["Message"]
        .as_str()
        .unwrap()
        .replace("Permanent", "Transient");
    signed.set("Message", json!(message)).body()
});
refused!(signature_truncated, "invalid_signature", {
    let signed = bounce().signed();
    let short = &signed.fields["Signature"].as_str().unwrap()[..340];
    signed.clone().set("Signature", json!(short)).body()
});
refused!(
    signature_not_base64,
    "malformed_body",
    bounce().signed().set("Signature", json!("!!notbase64!!")).body()
);
refused!(
    empty_signature,
    "invalid_signature",
    bounce().signed().set("Signature", json!("")).body()
);
refused!(tampered_token, "invalid_signature", {
    let signed = Message::subscription_confirmation().signed();
    signed
        .set(
            "Token",
            json!("2336412f37fb687f5d51e6e2425929f52e8e353134fe72d55ef8b330217d82db"),
        )
        .body()
});
refused!(tampered_subscribe_url, "invalid_signature", {
    let signed = Message::subscription_confirmation().signed();
    signed
        .set(
            "SubscribeURL",
            json!("https://evil.example/?Action=ConfirmSubscription"),
        )
        .body()
});

// SubscribeURL policy (validly signed, so only the URL is wrong).
fn confirmation_with_url(url: &str) -> Vec<u8> {
    Message::subscription_confirmation()
        .set("SubscribeURL", json!(url))
        .signed()
        .body()
}
const TOKEN: &str = "2336412f37fb687f5d51e6e2425929f52e8e353134fe72d55ef8b330217d82da";
refused!(
    subscribe_url_to_another_host,
    "invalid_subscribe_url",
    confirmation_with_url(&format!(
        "https://evil.example/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token={TOKEN}"
    ))
);
refused!(
    subscribe_url_to_another_region,
    "invalid_subscribe_url",
    confirmation_with_url(&format!(
        "https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token={TOKEN}"
    ))
);
refused!(
    subscribe_url_with_another_action,
    "invalid_subscribe_url",
    confirmation_with_url(&format!(
        "https://sns.us-east-1.amazonaws.com/?Action=Publish&TopicArn={TOPIC}&Token={TOKEN}"
    ))
);
refused!(
    subscribe_url_with_extra_parameter,
    "invalid_subscribe_url",
    confirmation_with_url(&format!(
        "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token={TOKEN}&Endpoint=x"
    ))
);
refused!(
    subscribe_url_with_another_topic,
    "invalid_subscribe_url",
    confirmation_with_url(&format!(
        "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}2&Token={TOKEN}"
    ))
);
refused!(
    subscribe_url_with_another_token,
    "invalid_subscribe_url",
    confirmation_with_url(&format!(
        "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token=abc"
    ))
);
refused!(
    subscribe_url_over_http,
    "invalid_subscribe_url",
    confirmation_with_url(&format!(
        "http://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token={TOKEN}"
    ))
);
refused!(
    subscribe_url_with_port,
    "invalid_subscribe_url",
    confirmation_with_url(&format!(
        "https://sns.us-east-1.amazonaws.com:444/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token={TOKEN}"
    ))
);
refused!(
    subscribe_url_with_repeated_token,
    "invalid_subscribe_url",
    confirmation_with_url(&format!(
        "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token={TOKEN}&Token=x"
    ))
);

// Replay, topic, headers, raw delivery.
refused!(
    replayed_old_message,
    "stale_message",
    bounce()
        .set("Timestamp", json!("2026-11-26T10:00:00.000Z"))
        .signed()
        .body()
);
refused!(
    message_from_the_future,
    "stale_message",
    bounce()
        .set("Timestamp", json!("2026-11-26T12:10:00.000Z"))
        .signed()
        .body()
);
refused!(unexpected_topic, "topic_not_allowed", bounce().signed().body(), {
    let mut h = Harness::standard();
    h.allowed_topics = vec!["arn:aws:sns:us-east-1:123456789012:pinned".into()];
    h
});
refused!(header_topic_mismatch, "header_mismatch", bounce().signed().body(), {
    let mut h = Harness::standard();
    h.headers.topic_arn = Some("arn:aws:sns:us-east-1:123456789012:pinned".into());
    h
});
refused!(raw_delivery_header, "raw_message_delivery", bounce().signed().body(), {
    let mut h = Harness::standard();
    h.headers.raw_delivery = Some("true".into());
    h
});
refused!(
    bare_ses_body,
    "raw_message_delivery",
    ses_bounce("Permanent", "General", "a@example.com", "5.1.1").into_bytes()
);

// Malformed bodies.
refused!(huge_body, "body_too_large", vec![b'{'; 600 * 1024]);
refused!(
    deeply_nested_body,
    "malformed_body",
    format!("{{\"Type\":{}1{}}}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes()
);
refused!(invalid_utf8_body, "malformed_body", {
    let mut body = bounce().signed().body();
    let at = body.iter().position(|&b| b == b'P').unwrap();
    body[at] = 0xff;
    body
});
refused!(duplicate_message_key, "malformed_body", {
    let body = String::from_utf8(bounce().signed().body()).unwrap();
    body.replacen('{', "{\"Message\":\"injected\",", 1).into_bytes()
});
refused!(body_with_forty_thousand_members, "malformed_body", {
    let members: Vec<String> = (0..40_000).map(|i| format!("\"k{i}\":1")).collect();
    format!("{{{}}}", members.join(",")).into_bytes()
});
refused!(json_array_body, "malformed_body", b"[1,2,3]".to_vec());
refused!(empty_body, "malformed_body", Vec::new());
refused!(
    non_string_message,
    "malformed_body",
    bounce()
        .set("Message", json!({"notificationType": "Bounce"}))
        .signed()
        .body()
);
refused!(
    unparsable_timestamp,
    "malformed_body",
    bounce().set("Timestamp", json!("yesterday")).signed().body()
);
refused!(
    topic_that_is_not_an_arn,
    "malformed_body",
    bounce().set("TopicArn", json!("not-an-arn")).signed().body()
);

#[test]
fn untrusted_values_in_details_are_truncated_and_escaped() {
    let body = bounce()
        .set("Type", json!(format!("<script>{}</script>", "x".repeat(500))))
        .signed()
        .body();
    let response = Harness::standard().handle(&body);
    assert_eq!(response.error.unwrap().code(), "unsupported_type");
    assert!(!response.detail.contains('<'), "{}", response.detail);
    assert!(response.detail.len() < 200, "{}", response.detail);
}

refused!(deeply_nested_unknown_member, "malformed_body", {
    let body = String::from_utf8(bounce().signed().body()).unwrap();
    let nested = format!("{}1{}", "[".repeat(5_000), "]".repeat(5_000));
    body.replacen('{', &format!("{{\"MessageAttributes\":{nested},"), 1)
        .into_bytes()
});
