//! Subscription confirmation (rule 10): which `SubscribeURL` may be visited,
//! and reading the `SubscriptionArn` from SNS's answer.
//!
//! Visiting a URL taken from a request is server-side request forgery unless
//! the URL is pinned down completely. Only the one call SNS expects is made:
//! `https://sns.<topic region>.amazonaws.com[.cn]/?Action=ConfirmSubscription
//! &TopicArn=<the signed TopicArn>&Token=<the signed Token>` (Amazon SNS API
//! Reference, "ConfirmSubscription"; the query API is a GET with these
//! parameters). Nothing else: no other parameter, path, port or fragment.

use crate::aws_client::xml_error_code;
use crate::aws_error::{AwsError, AwsMeaning};
use crate::error::Error;
use crate::topic_arn::{region_of_sns_host, TopicArn};

/// The error of a ConfirmSubscription answer other than 200. A 4xx is SNS
/// refusing the token (it expires after 3 days; the subscription may be
/// gone), which no retry changes, except a request timeout (408) and what
/// the AWS client reads as passing (throttling: HTTP 429, or an error code
/// such as `Throttling`, see `AwsError::from_answer`); anything else (5xx,
/// 3xx) may pass.
pub fn refusal(status: u16, body: Option<&[u8]>) -> Error {
    let code = body.and_then(xml_error_code).unwrap_or_default();
    let passes = AwsError::from_answer(status, &code).meaning() == AwsMeaning::MayPass;
    if (400..500).contains(&status) && status != 408 && !passes {
        Error::ConfirmationRefused(status)
    } else {
        Error::ConfirmationFailed(format!("SNS answered HTTP {status}"))
    }
}

/// Checks a SubscribeURL against the message it came in (already verified).
pub fn check_subscribe_url(url: &str, topic_arn: &str, token: &str) -> Result<(), Error> {
    let topic = TopicArn::parse(topic_arn).ok_or(Error::InvalidSubscribeUrl("the TopicArn is not an SNS topic"))?;
    if url.bytes().any(|b| !b.is_ascii_graphic()) {
        return Err(Error::InvalidSubscribeUrl("it contains white space or non-ASCII bytes"));
    }
    if url.contains('#') || url.contains('\\') || url.contains('@') || url.contains(';') {
        return Err(Error::InvalidSubscribeUrl(
            "it contains a fragment, userinfo or separator",
        ));
    }
    let rest = url
        .strip_prefix("https://")
        .ok_or(Error::InvalidSubscribeUrl("it does not start with https://"))?;
    let (host, query) = rest
        .split_once("/?")
        .ok_or(Error::InvalidSubscribeUrl("its path is not / with a query"))?;
    if host.contains(':') || host.contains('/') {
        return Err(Error::InvalidSubscribeUrl("it names a port or another path"));
    }
    match region_of_sns_host(host) {
        Some(region) if region == topic.region => {}
        Some(_) => return Err(Error::InvalidSubscribeUrl("its region is not the region of the topic")),
        None => return Err(Error::InvalidSubscribeUrl("its host is not sns.<region>.amazonaws.com")),
    }
    let (mut action, mut topic_value, mut token_value) = (None, None, None);
    for pair in query.split('&') {
        let (name, value) = pair
            .split_once('=')
            .ok_or(Error::InvalidSubscribeUrl("its query has a parameter without a value"))?;
        let value = percent_decode(value).ok_or(Error::InvalidSubscribeUrl("its query has a bad escape"))?;
        let slot = match name {
            "Action" => &mut action,
            "TopicArn" => &mut topic_value,
            "Token" => &mut token_value,
            _ => {
                return Err(Error::InvalidSubscribeUrl(
                    "its query has a parameter SNS does not send",
                ))
            }
        };
        if slot.replace(value).is_some() {
            return Err(Error::InvalidSubscribeUrl("its query repeats a parameter"));
        }
    }
    if action.as_deref() != Some("ConfirmSubscription") {
        return Err(Error::InvalidSubscribeUrl("its Action is not ConfirmSubscription"));
    }
    if topic_value.as_deref() != Some(topic_arn) {
        return Err(Error::InvalidSubscribeUrl("its TopicArn is not the message's"));
    }
    if token_value.as_deref() != Some(token) {
        return Err(Error::InvalidSubscribeUrl("its Token is not the message's"));
    }
    Ok(())
}

/// `%XX` decoding of a query value (`+` stays `+`: SNS tokens and ARNs have
/// no spaces). `None` for a bad escape or a result that is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The `SubscriptionArn` of a ConfirmSubscription answer:
/// `<ConfirmSubscriptionResponse><ConfirmSubscriptionResult><SubscriptionArn>
/// arn:aws:sns:...:topic:uuid</SubscriptionArn>...`. It must name a
/// subscription of `topic_arn` (the topic ARN, a colon, an id).
pub fn subscription_arn_from_answer(answer: &[u8], topic_arn: &str) -> Result<String, Error> {
    const OPEN: &str = "<SubscriptionArn>";
    const CLOSE: &str = "</SubscriptionArn>";
    let text = std::str::from_utf8(answer).map_err(|_| Error::ConfirmationFailed("the answer is not text".into()))?;
    let start = text
        .find(OPEN)
        .ok_or_else(|| Error::ConfirmationFailed("the answer has no SubscriptionArn".into()))?
        + OPEN.len();
    let len = text[start..]
        .find(CLOSE)
        .ok_or_else(|| Error::ConfirmationFailed("the answer has no SubscriptionArn".into()))?;
    let arn = text[start..start + len].trim();
    let id = arn
        .strip_prefix(topic_arn)
        .and_then(|rest| rest.strip_prefix(':'))
        .ok_or_else(|| Error::ConfirmationFailed("the SubscriptionArn is not one of this topic".into()))?;
    if id.is_empty() || id.len() > 64 || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(Error::ConfirmationFailed("the SubscriptionArn is malformed".into()));
    }
    Ok(arn.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOPIC: &str = "arn:aws:sns:us-west-2:123456789012:bounces";

    #[test]
    fn accepts_the_url_sns_sends_with_a_raw_or_encoded_topic() {
        let raw =
            format!("https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token=abc123");
        check_subscribe_url(&raw, TOPIC, "abc123").unwrap();
        let encoded = raw.replace(TOPIC, &TOPIC.replace(':', "%3A"));
        check_subscribe_url(&encoded, TOPIC, "abc123").unwrap();
    }

    #[test]
    fn percent_escape_must_be_two_hex_digits() {
        let url =
            format!("https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token=abc%+4");
        assert_eq!(
            check_subscribe_url(&url, TOPIC, "abc$").unwrap_err().code(),
            "invalid_subscribe_url"
        );
    }

    #[test]
    fn reads_subscription_arn() {
        let answer = format!(
            "<ConfirmSubscriptionResponse><ConfirmSubscriptionResult><SubscriptionArn>{TOPIC}:0f1e2d3c-aaaa-bbbb-cccc-1234567890ab</SubscriptionArn></ConfirmSubscriptionResult></ConfirmSubscriptionResponse>"
        );
        assert_eq!(
            subscription_arn_from_answer(answer.as_bytes(), TOPIC).unwrap(),
            format!("{TOPIC}:0f1e2d3c-aaaa-bbbb-cccc-1234567890ab")
        );
    }
}
