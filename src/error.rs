//! The one error type of the handler. Every failure has a stable `code()`
//! (what callers log and map to their own advice), a [`Meaning`] from which
//! the HTTP `status()` SNS is answered with is derived, and a one-sentence,
//! product-neutral `detail()`.
//!
//! Details never contain the webhook key, and quote untrusted input only
//! through [`quote_untrusted`] (truncated, control characters escaped).

use std::fmt;

/// Why a delivery was not accepted.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The `key` query argument is missing, empty or wrong (or the site has no key).
    InvalidKey,
    /// The body is larger than [`crate::handler::MAX_BODY_BYTES`].
    BodyTooLarge,
    /// The body is not a strict JSON object of an SNS message (bad UTF-8, bad
    /// JSON, a duplicated key, a signed field that is not a string...).
    MalformedBody(String),
    /// The body is an SES payload delivered with SNS "Raw message delivery" on.
    RawMessageDelivery,
    /// A field SNS always sends is absent.
    MissingField(&'static str),
    /// `Type` is not one of the three SNS HTTP(S) message types.
    UnsupportedType(String),
    /// `SignatureVersion` is not exactly "1" or "2".
    UnsupportedSignatureVersion(String),
    /// `SigningCertURL` fails the URL policy (see `certificate_url`).
    InvalidCertUrl(&'static str),
    /// The certificate could not be fetched (network, timeout, non-200): may pass.
    CertUnavailable(String),
    /// The fetched certificate fails a check (PEM form, name, key, validity).
    InvalidCertificate(&'static str),
    /// The RSA signature does not match the string to sign.
    InvalidSignature,
    /// `Timestamp` is outside the replay window.
    StaleMessage { age_seconds: i64 },
    /// The TopicArn is not among the accepted topics.
    TopicNotAllowed,
    /// `SubscribeURL` fails the confirmation URL policy.
    InvalidSubscribeUrl(&'static str),
    /// The confirmation GET failed (network, timeout, 5xx, throttling,
    /// unreadable answer): may pass.
    ConfirmationFailed(String),
    /// SNS refused the confirmation with this 4xx status (the token expired
    /// after 3 days, or the subscription is gone): asking again cannot help.
    ConfirmationRefused(u16),
    /// An `x-amz-sns-*` header disagrees with the signed body.
    HeaderMismatch(&'static str),
    /// A genuine message signed with a SignatureVersion below the one the
    /// site requires.
    SignatureVersionNotAllowed { signed_with: u8, required: u8 },
}

impl Error {
    /// The stable machine-readable code (part of the PHP API).
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidKey => "invalid_key",
            Error::BodyTooLarge => "body_too_large",
            Error::MalformedBody(_) => "malformed_body",
            Error::RawMessageDelivery => "raw_message_delivery",
            Error::MissingField(_) => "missing_field",
            Error::UnsupportedType(_) => "unsupported_type",
            Error::UnsupportedSignatureVersion(_) => "unsupported_signature_version",
            Error::InvalidCertUrl(_) => "invalid_cert_url",
            Error::CertUnavailable(_) => "cert_unavailable",
            Error::InvalidCertificate(_) => "invalid_certificate",
            Error::InvalidSignature => "invalid_signature",
            Error::StaleMessage { .. } => "stale_message",
            Error::TopicNotAllowed => "topic_not_allowed",
            Error::InvalidSubscribeUrl(_) => "invalid_subscribe_url",
            Error::ConfirmationFailed(_) => "confirmation_failed",
            Error::ConfirmationRefused(_) => "confirmation_refused",
            Error::HeaderMismatch(_) => "header_mismatch",
            Error::SignatureVersionNotAllowed { .. } => "signature_version_not_allowed",
        }
    }

    /// What the failure says about the delivery.
    pub fn meaning(&self) -> Meaning {
        match self {
            Error::InvalidKey => Meaning::NotAuthorized,
            Error::BodyTooLarge => Meaning::TooLarge,
            Error::MalformedBody(_)
            | Error::RawMessageDelivery
            | Error::MissingField(_)
            | Error::UnsupportedType(_)
            | Error::UnsupportedSignatureVersion(_)
            | Error::InvalidSubscribeUrl(_) => Meaning::NotAnSnsDelivery,
            Error::InvalidCertUrl(_)
            | Error::InvalidCertificate(_)
            | Error::InvalidSignature
            | Error::StaleMessage { .. }
            | Error::HeaderMismatch(_) => Meaning::NotAuthentic,
            Error::TopicNotAllowed | Error::SignatureVersionNotAllowed { .. } | Error::ConfirmationRefused(_) => {
                Meaning::NotAccepted
            }
            Error::CertUnavailable(_) | Error::ConfirmationFailed(_) => Meaning::MayPass,
        }
    }

    /// The HTTP status SNS is answered with.
    pub fn status(&self) -> u16 {
        self.meaning().status()
    }

    /// Whether SNS should retry (the `retry` outcome rather than `rejected`).
    pub fn is_retryable(&self) -> bool {
        self.meaning() == Meaning::MayPass
    }

    /// One plain, product-neutral sentence (what to do about it is the
    /// caller's to say, keyed by `code()`).
    pub fn detail(&self) -> String {
        match self {
            Error::InvalidKey => "The webhook key is missing or wrong.".into(),
            // No length: a caller may pass only the first 512 KiB + 1 bytes it read.
            Error::BodyTooLarge => "The request body is more than the 512 KiB an SNS message can be.".into(),
            Error::MalformedBody(why) => format!("The request body is not a valid SNS message: {why}."),
            Error::RawMessageDelivery => {
                "The body is a bare SES payload, as SNS sends it when Raw message delivery is on.".into()
            }
            Error::MissingField(name) => format!("The SNS message has no {name} field."),
            Error::UnsupportedType(t) => format!("The SNS message type {t} is not supported."),
            Error::UnsupportedSignatureVersion(v) => {
                format!("The SignatureVersion {v} is not supported (only 1 and 2 are).")
            }
            Error::InvalidCertUrl(why) => {
                format!("The SigningCertURL is not an Amazon SNS certificate URL: {why}.")
            }
            Error::CertUnavailable(why) => {
                format!("The SNS signing certificate could not be fetched ({why}); SNS will retry.")
            }
            Error::InvalidCertificate(why) => format!("The SNS signing certificate is not acceptable: {why}."),
            Error::InvalidSignature => "The message signature does not match its content.".into(),
            Error::StaleMessage { age_seconds } => {
                if *age_seconds < 0 {
                    format!(
                        "The message Timestamp is {} s in the future.",
                        age_seconds.unsigned_abs()
                    )
                } else {
                    format!("The message is {age_seconds} s old, outside the replay window.")
                }
            }
            Error::TopicNotAllowed => "The message comes from a topic that is not among the accepted topics.".into(),
            Error::InvalidSubscribeUrl(why) => {
                format!("The SubscribeURL is not an Amazon SNS confirmation URL for this topic: {why}.")
            }
            Error::ConfirmationFailed(why) => {
                format!("The subscription could not be confirmed ({why}); SNS will retry.")
            }
            Error::ConfirmationRefused(status) => format!(
                "SNS refused to confirm the subscription (HTTP {status}): its token has expired or the subscription no longer exists."
            ),
            Error::HeaderMismatch(name) => format!("The {name} header does not match the signed message."),
            Error::SignatureVersionNotAllowed { signed_with, required } => format!(
                "The message is genuine but signed with SignatureVersion {signed_with}; SignatureVersion {required} is required."
            ),
        }
    }
}

/// What a failure says about the delivery; the HTTP status follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// The request does not carry the site's key.
    NotAuthorized,
    /// The body is larger than any SNS delivery.
    TooLarge,
    /// The request is not an SNS HTTP(S) delivery as SNS sends it.
    NotAnSnsDelivery,
    /// The message cannot be shown to come from Amazon SNS, now.
    NotAuthentic,
    /// A genuine message the site does not accept.
    NotAccepted,
    /// A failure that may pass (the network): the same delivery may succeed later.
    MayPass,
}

impl Meaning {
    /// 503 only where the failure may pass, so that SNS retries (its HTTP/S
    /// retry policy treats 5xx and timeouts as retryable; 4xx are not
    /// retried).
    pub fn status(self) -> u16 {
        match self {
            Meaning::NotAnSnsDelivery => 400,
            Meaning::NotAuthorized | Meaning::NotAuthentic | Meaning::NotAccepted => 403,
            Meaning::TooLarge => 413,
            Meaning::MayPass => 503,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.detail())
    }
}

impl std::error::Error for Error {}

/// Quotes untrusted text for a detail sentence: at most 40 characters, with
/// quotes, backslashes and every non-printable or non-ASCII character escaped,
/// so that nothing an attacker sends can forge log lines or markup.
pub fn quote_untrusted(raw: &[u8]) -> String {
    const MAX_CHARS: usize = 40;
    let text = String::from_utf8_lossy(raw);
    let mut out = String::from("\"");
    for (count, ch) in text.chars().enumerate() {
        if count == MAX_CHARS {
            out.push_str("...");
            break;
        }
        escape_char(ch, &mut out);
    }
    out.push('"');
    out
}

/// `raw` as quote_untrusted() writes it, whole and without the quotes.
pub fn escape_untrusted(raw: &[u8]) -> String {
    let mut out = String::new();
    String::from_utf8_lossy(raw)
        .chars()
        .for_each(|ch| escape_char(ch, &mut out));
    out
}

fn escape_char(ch: char, out: &mut String) {
    match ch {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        ' '..='~' if ch != '<' && ch != '>' && ch != '&' => out.push(ch),
        _ => out.push_str(&format!("\\u{{{:x}}}", ch as u32)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_untrusted_truncates_and_escapes() {
        let q = quote_untrusted(b"<script>\"a\"\n\\ and a very long tail that goes on and on");
        assert_eq!(
            q,
            "\"\\u{3c}script\\u{3e}\\\"a\\\"\\u{a}\\\\ and a very long tail that ...\""
        );
    }

    #[test]
    fn retryable_errors_answer_503() {
        assert_eq!(Error::CertUnavailable("timeout".into()).status(), 503);
        assert!(Error::ConfirmationFailed("x".into()).is_retryable());
        assert!(!Error::InvalidSignature.is_retryable());
    }
}
