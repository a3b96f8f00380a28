//! The handler: one SNS delivery in, one answer out. [`handle_in_order`]
//! reads as the ordered list of the product's rules.

use crate::certificate::SigningKey;
use crate::certificate_cache::{CertificateCache, KeyOrigin};
use crate::certificate_url::{self, CertificateUrl};
use crate::confirm;
use crate::envelope::{self, Envelope, MessageType, SignatureVersion};
use crate::error::{escape_untrusted, Error};
use crate::https_client::{CertificateSource, ConfirmationClient};
use crate::ses::{self, Classification, Recipient, SesNotification};
use crate::signature;
use crate::sqs;
use crate::topic_arn::TopicArn;

/// SNS messages are at most 256 KiB; with JSON escaping of the Message the
/// HTTP body stays under twice that.
pub const MAX_BODY_BYTES: usize = 512 * 1024;
/// SNS retries an HTTP/S delivery for at most 3600 s (default delivery
/// policy ceiling), plus 300 s of clock skew.
pub const DEFAULT_MAX_AGE: i64 = 3900;
/// How far in the future a Timestamp may be (clock skew).
pub const MAX_FUTURE_SKEW: i64 = 300;
/// The longest replay window of a queued message, that of a queue keeping
/// messages as long as SQS allows (14 days).
pub const MAX_QUEUED_AGE: i64 = queued_max_age(sqs::MAX_RETENTION);

/// The replay window of a message from a queue that keeps messages
/// `retention` seconds: SNS may take the webhook's window to hand it over
/// (its retries, plus clock skew), then it waits in the queue.
pub const fn queued_max_age(retention: u32) -> i64 {
    retention as i64 + DEFAULT_MAX_AGE
}

/// The `x-amz-sns-*` request headers SNS sends (names matched
/// case-insensitively by the caller).
#[derive(Debug, Clone, Default)]
pub struct SnsHeaders {
    pub message_type: Option<String>,
    pub topic_arn: Option<String>,
    pub raw_delivery: Option<String>,
}

/// One delivery as the web server received it, with the site's settings.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The `key` query argument, as received.
    pub key: Option<&'a [u8]>,
    /// The site's secret. Empty rejects everything.
    pub expected_key: &'a [u8],
    pub headers: SnsHeaders,
    /// When non-empty, the only TopicArns accepted.
    pub allowed_topics: Vec<String>,
    /// Visit the SubscribeURL of a verified SubscriptionConfirmation.
    pub confirm: bool,
    /// The clock, Unix seconds.
    pub now: i64,
    /// The replay window, seconds.
    pub max_age: i64,
    /// The lowest SignatureVersion accepted (a genuine message signed with
    /// a lower one is refused, after its signature verified).
    pub min_signature_version: SignatureVersion,
}

/// One message taken from an Amazon SQS queue that SNS delivers to (raw
/// message delivery off): the body is the same signed envelope SNS POSTs
/// to a webhook, and every rule applies but the key (rule 1) and the
/// headers, which a queue does not carry. Whoever can write to the queue
/// still cannot forge a bounce: the signature, the certificate, the replay
/// window and the topic are checked as for a webhook delivery.
#[derive(Debug, Clone)]
pub struct QueuedRequest {
    pub allowed_topics: Vec<String>,
    pub confirm: bool,
    pub now: i64,
    /// The replay window, seconds: the queue's retention and then some;
    /// capped at [`MAX_QUEUED_AGE`].
    pub max_age: i64,
    pub min_signature_version: SignatureVersion,
}

/// Where a message came from: the key is a webhook's rule only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Intake {
    Webhook,
    Queue,
}

/// The I/O the handler may do.
pub struct Services<'a> {
    pub certificates: &'a CertificateCache,
    pub source: &'a dyn CertificateSource,
    pub confirmer: &'a dyn ConfirmationClient,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Bounce,
    Complaint,
    Delivery,
    Subscribed,
    Unsubscribed,
    Ignored,
    Rejected,
    Retry,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Bounce => "bounce",
            Outcome::Complaint => "complaint",
            Outcome::Delivery => "delivery",
            Outcome::Subscribed => "subscribed",
            Outcome::Unsubscribed => "unsubscribed",
            Outcome::Ignored => "ignored",
            Outcome::Rejected => "rejected",
            Outcome::Retry => "retry",
        }
    }
}

/// What the parsed envelope said (untrusted when the outcome is
/// `rejected` or `retry`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageFacts {
    pub message_type: &'static str,
    pub message_id: String,
    pub topic_arn: String,
    pub timestamp: String,
    /// The SignatureVersion's number, 1 or 2.
    pub signature_version: u8,
    /// Confirmation types only.
    pub subscribe_url: Option<String>,
}

impl MessageFacts {
    fn of(envelope: &Envelope) -> MessageFacts {
        MessageFacts {
            message_type: envelope.message_type.as_str(),
            message_id: envelope.message_id.clone(),
            topic_arn: envelope.topic_arn.clone(),
            timestamp: envelope.timestamp.clone(),
            signature_version: envelope.signature_version.number(),
            subscribe_url: envelope.subscribe_url.clone(),
        }
    }
}

/// The answer.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub outcome: Outcome,
    pub error: Option<Error>,
    pub detail: String,
    pub message: Option<MessageFacts>,
    pub subscription_arn: Option<String>,
    pub notification: Option<SesNotification>,
    pub recipients: Vec<Recipient>,
    /// Where the signing key came from, when one was needed.
    pub key_origin: Option<KeyOrigin>,
}

/// What a delivery that passed every rule produced.
#[derive(Debug, Clone)]
struct Accepted {
    outcome: Outcome,
    detail: String,
    subscription_arn: Option<String>,
    notification: Option<SesNotification>,
    recipients: Vec<Recipient>,
}

impl Accepted {
    fn new(outcome: Outcome, detail: impl Into<String>) -> Accepted {
        Accepted {
            outcome,
            detail: detail.into(),
            subscription_arn: None,
            notification: None,
            recipients: Vec::new(),
        }
    }
}

/// What handling a delivery learned along the way, whatever its verdict.
struct Handled {
    facts: Option<MessageFacts>,
    key_origin: Option<KeyOrigin>,
    verdict: Result<Accepted, Error>,
}

/// Handles one SNS delivery. Never panics on any input.
pub fn handle(body: &[u8], request: &Request<'_>, services: &Services<'_>) -> Response {
    respond(handle_in_order(body, request, services, Intake::Webhook), request)
}

/// Handles one message taken from an SQS queue (see [`QueuedRequest`]).
/// Never panics on any input.
pub fn handle_queued(body: &[u8], request: &QueuedRequest, services: &Services<'_>) -> Response {
    let rules = Request {
        key: None,
        expected_key: &[],
        headers: SnsHeaders::default(),
        allowed_topics: request.allowed_topics.clone(),
        confirm: request.confirm,
        now: request.now,
        max_age: request.max_age.clamp(0, MAX_QUEUED_AGE),
        min_signature_version: request.min_signature_version,
    };
    respond(handle_in_order(body, &rules, services, Intake::Queue), &rules)
}

fn respond(handled: Handled, request: &Request<'_>) -> Response {
    let Handled {
        facts,
        key_origin,
        verdict,
    } = handled;
    match verdict {
        Ok(accepted) => Response {
            status: 200,
            outcome: accepted.outcome,
            error: None,
            detail: accepted.detail,
            message: facts,
            subscription_arn: accepted.subscription_arn,
            notification: accepted.notification,
            recipients: accepted.recipients,
            key_origin,
        },
        Err(error) => Response {
            status: error.status(),
            outcome: if error.is_retryable() {
                Outcome::Retry
            } else {
                Outcome::Rejected
            },
            detail: redact_key(&error.detail(), request.expected_key),
            error: Some(error),
            message: facts,
            subscription_arn: None,
            notification: None,
            recipients: Vec::new(),
            key_origin,
        },
    }
}

/// The rules, in order. Nothing about the message is known before its
/// envelope parses; the key origin is known once a key was looked up.
fn handle_in_order(body: &[u8], request: &Request<'_>, services: &Services<'_>, intake: Intake) -> Handled {
    // Rules 1 to 3: the key, the body's size and form, type and version.
    let envelope = match read_envelope(body, request, intake) {
        Ok(envelope) => envelope,
        Err(error) => {
            return Handled {
                facts: None,
                key_origin: None,
                verdict: Err(error),
            }
        }
    };
    let facts = Some(MessageFacts::of(&envelope));
    // Rules 4 to 7: the certificate and the signature.
    let (key_origin, verified) = verify_signature(&envelope, request, services);
    // Rules 8 to 12: the replay window, the topic, then what the message asks.
    let verdict = verified.and_then(|()| act_on_verified(&envelope, request, services));
    Handled {
        facts,
        key_origin,
        verdict,
    }
}

/// Rules 1 to 3, and the headers against the body.
fn read_envelope(body: &[u8], request: &Request<'_>, intake: Intake) -> Result<Envelope, Error> {
    // 1. The key, in constant time, before the body is even looked at (a
    // queued message has none: the queue's own access policy stands in).
    if intake == Intake::Webhook {
        check_key(request.key, request.expected_key)?;
    }
    if body.len() > MAX_BODY_BYTES {
        return Err(Error::BodyTooLarge);
    }
    // 2. Strict JSON; raw message delivery told apart from a broken body.
    if request
        .headers
        .raw_delivery
        .as_deref()
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return Err(Error::RawMessageDelivery);
    }
    // 3. Type and SignatureVersion are checked by the parser, in this order.
    envelope::parse(body)
}

/// Rules 4 to 7. Returns where the key came from (when one was looked up)
/// beside the verdict.
fn verify_signature(
    envelope: &Envelope,
    request: &Request<'_>,
    services: &Services<'_>,
) -> (Option<KeyOrigin>, Result<(), Error>) {
    // 4. The headers agree with the body; the certificate URL policy.
    let cert_url = match check_headers(&request.headers, envelope).and_then(|()| certificate_url_of(envelope)) {
        Ok(url) => url,
        Err(error) => return (None, Err(error)),
    };
    // 5 and 6. The certificate, from the cache or fetched and checked.
    let (key, origin) = match services.certificates.key_for(&cert_url, services.source, request.now) {
        Ok(found) => found,
        Err(error) => return (None, Err(error)),
    };
    // 7. The signature over the string to sign. A key read from the disk
    // cache that does not verify is fetched once more: the file may have
    // been swapped, and only a fresh fetch can tell.
    let string_to_sign = envelope.string_to_sign();
    match verify_with(&key, envelope, &string_to_sign) {
        Err(_) if origin == KeyOrigin::Disk => {
            match services.certificates.refetch(&cert_url, services.source, request.now) {
                Ok((fresh, fresh_origin)) => (Some(fresh_origin), verify_with(&fresh, envelope, &string_to_sign)),
                Err(error) => (Some(origin), Err(error)),
            }
        }
        verdict => (Some(origin), verdict),
    }
}

/// Rules 8 to 12, on a message whose signature verified.
fn act_on_verified(envelope: &Envelope, request: &Request<'_>, services: &Services<'_>) -> Result<Accepted, Error> {
    // 7, completed: the SignatureVersion the site requires, decided on a
    // verified message so that a refusal proves the topic signs with less.
    if envelope.signature_version < request.min_signature_version {
        return Err(Error::SignatureVersionNotAllowed {
            signed_with: envelope.signature_version.number(),
            required: request.min_signature_version.number(),
        });
    }
    // 8. The replay window.
    let age = request.now.saturating_sub(envelope.timestamp_unix);
    if age > request.max_age || age < -MAX_FUTURE_SKEW {
        return Err(Error::StaleMessage { age_seconds: age });
    }
    // 9. The accepted topics.
    if !request.allowed_topics.is_empty() && !request.allowed_topics.contains(&envelope.topic_arn) {
        return Err(Error::TopicNotAllowed);
    }
    match envelope.message_type {
        // 10. Confirm the subscription, visiting only the one URL SNS expects.
        MessageType::SubscriptionConfirmation => confirm_subscription(envelope, request, services),
        // 11. Nothing to visit.
        MessageType::UnsubscribeConfirmation => Ok(Accepted::new(
            Outcome::Unsubscribed,
            "The subscription was deleted; no URL was visited.",
        )),
        // 12. Classify the SES payload.
        MessageType::Notification => Ok(classified(ses::classify(&envelope.message))),
    }
}

/// Constant-time comparison (aws-lc's `CRYPTO_memcmp`): the time taken does
/// not depend on where the bytes differ. Only the length can show, and the
/// length is not secret (the plugin's keys are always 48 hex digits).
fn check_key(given: Option<&[u8]>, expected: &[u8]) -> Result<(), Error> {
    let given = given.unwrap_or_default();
    if expected.is_empty() || given.is_empty() {
        return Err(Error::InvalidKey);
    }
    aws_lc_rs::constant_time::verify_slices_are_equal(given, expected).map_err(|_| Error::InvalidKey)
}

fn check_headers(headers: &SnsHeaders, envelope: &Envelope) -> Result<(), Error> {
    if let Some(message_type) = &headers.message_type {
        if message_type.trim() != envelope.message_type.as_str() {
            return Err(Error::HeaderMismatch("x-amz-sns-message-type"));
        }
    }
    if let Some(topic) = &headers.topic_arn {
        if topic.trim() != envelope.topic_arn {
            return Err(Error::HeaderMismatch("x-amz-sns-topic-arn"));
        }
    }
    Ok(())
}

/// The SigningCertURL, checked against the policy and bound to the region
/// of the message's TopicArn.
fn certificate_url_of(envelope: &Envelope) -> Result<CertificateUrl, Error> {
    let topic = TopicArn::parse(&envelope.topic_arn)
        .ok_or_else(|| Error::MalformedBody("the TopicArn is not an SNS topic ARN".into()))?;
    certificate_url::check(&envelope.signing_cert_url, topic.region)
}

/// The certificate was valid when the message was signed, and the
/// signature matches.
fn verify_with(key: &SigningKey, envelope: &Envelope, string_to_sign: &[u8]) -> Result<(), Error> {
    if !key.is_valid_at(envelope.timestamp_unix) {
        return Err(Error::InvalidCertificate("it was not valid at the message Timestamp"));
    }
    signature::verify(key, envelope.signature_version, string_to_sign, &envelope.signature)
}

fn confirm_subscription(
    envelope: &Envelope,
    request: &Request<'_>,
    services: &Services<'_>,
) -> Result<Accepted, Error> {
    let url = envelope.subscribe_url.as_deref().unwrap_or_default();
    let token = envelope.token.as_deref().unwrap_or_default();
    confirm::check_subscribe_url(url, &envelope.topic_arn, token)?;
    if !request.confirm {
        return Ok(Accepted::new(
            Outcome::Ignored,
            "The subscription confirmation is genuine; automatic confirmation is off.",
        ));
    }
    let answer = services.confirmer.confirm_subscription(url)?;
    let subscription_arn = confirm::subscription_arn_from_answer(&answer, &envelope.topic_arn)?;
    Ok(Accepted {
        subscription_arn: Some(subscription_arn),
        ..Accepted::new(Outcome::Subscribed, "The subscription was confirmed.")
    })
}

fn classified(classification: Classification) -> Accepted {
    let (outcome, notification, recipients, detail) = match classification {
        Classification::Bounce(n, r) => {
            let kind = n
                .bounce_type
                .as_deref()
                .filter(|t| matches!(*t, "Permanent" | "Transient" | "Undetermined"))
                .unwrap_or("unknown-type");
            let detail = format!("A {kind} bounce for {} recipient(s).", r.len());
            (Outcome::Bounce, Some(n), r, detail)
        }
        Classification::Complaint(n, r) => {
            let detail = format!("A complaint for {} recipient(s).", r.len());
            (Outcome::Complaint, Some(n), r, detail)
        }
        Classification::Delivery(n, r) => {
            let detail = format!("A delivery to {} recipient(s).", r.len());
            (Outcome::Delivery, Some(n), r, detail)
        }
        Classification::Ignored { notification, why } => (Outcome::Ignored, notification, Vec::new(), why.to_owned()),
    };
    Accepted {
        notification,
        recipients,
        ..Accepted::new(outcome, detail)
    }
}

/// Removes the site key from a detail sentence. Details quote untrusted
/// input, and a sender who knows the key could put it (or a part of it) in
/// a field that gets quoted; the key must still never reach a log. Every run
/// of at least `MIN_RUN` bytes (the whole key when it is shorter) that also
/// occurs in the key, as sent or as a detail quotes it (escaped), is replaced.
fn redact_key(detail: &str, key: &[u8]) -> String {
    const MIN_RUN: usize = 6;
    let escaped = escape_untrusted(key);
    let text = detail.as_bytes();
    let mut hidden = vec![false; text.len()];
    for form in [key, escaped.as_bytes()] {
        let run = MIN_RUN.min(form.len());
        if run == 0 || text.len() < run {
            continue;
        }
        for start in 0..=text.len() - run {
            if form.windows(run).any(|window| window == &text[start..start + run]) {
                hidden[start..start + run].fill(true);
            }
        }
    }
    if !hidden.contains(&true) {
        return detail.to_owned();
    }
    let mut out = Vec::with_capacity(text.len());
    for (at, &byte) in text.iter().enumerate() {
        match (hidden[at], at > 0 && hidden[at - 1]) {
            (false, _) => out.push(byte),
            (true, false) => out.extend_from_slice(b"[redacted]"),
            (true, true) => {}
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::{queued_max_age, redact_key, DEFAULT_MAX_AGE, MAX_QUEUED_AGE};
    use crate::sqs;

    #[test]
    fn a_queued_message_may_be_as_old_as_its_queue_keeps_messages_plus_the_webhooks_window() {
        assert_eq!(queued_max_age(864_000), 864_000 + DEFAULT_MAX_AGE);
        assert_eq!(queued_max_age(sqs::MAX_RETENTION), MAX_QUEUED_AGE);
    }

    #[test]
    fn redact_key_hides_the_key_and_parts_of_it() {
        let key = b"Secret-Key-9f8e7d6c5b4a";
        assert_eq!(
            redact_key("type \"Secret-Key-9f8e7d6c5b4a\" is not supported", key),
            "type \"[redacted]\" is not supported"
        );
        assert_eq!(redact_key("quoted \"Key-9f8e7d...\"", key), "quoted \"[redacted]...\"");
        assert_eq!(redact_key("nothing to hide", key), "nothing to hide");
    }

    #[test]
    fn redact_key_hides_the_key_as_a_detail_quotes_it() {
        // Quoting escapes quotes, backslashes, <>& and non-ASCII: the key
        // k"y\z<>&é must not come back in that form either.
        let key = "k\"y\\z<>&\u{e9}".as_bytes();
        let detail = format!("type {} is not supported", crate::error::quote_untrusted(key));
        assert_eq!(redact_key(&detail, key), "type \"[redacted]\" is not supported");
    }

    #[test]
    fn redact_key_hides_a_short_key_whole() {
        assert_eq!(redact_key("type \"abc\" here", b"abc"), "type \"[redacted]\" here");
    }
}
