//! The URL policies: `certificate_url::check` and
//! `confirm::check_subscribe_url`. Besides "never panics", whatever they
//! accept must be exactly the shape the policy documents.
//!
//! Input: one selector byte, then NUL-separated fields: the URL, then the
//! topic region / TopicArn, then the Token.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quillcrm_sns_core::certificate_url;
use quillcrm_sns_core::confirm::check_subscribe_url;
use quillcrm_sns_core::topic_arn::{sns_host, TopicArn};

const TOPIC: &str = "arn:aws:sns:us-east-1:123456789012:ses-bounces";
const TOKEN: &str = "2336412f37fb687f5d51e6e2425929f52e8e353134fe72d55ef8b330217d82da";

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let mut fields = rest.split(|&b| b == 0).map(String::from_utf8_lossy);
    let url = fields.next().unwrap_or_default();
    let second = fields.next().unwrap_or_default();
    let third = fields.next().unwrap_or_default();

    // The certificate URL, with the given region or us-east-1.
    let region = if selector & 1 != 0 { second.as_ref() } else { "us-east-1" };
    if let Ok(accepted) = certificate_url::check(&url, region) {
        assert_eq!(accepted.url, url);
        assert_eq!(accepted.region, region);
        let id = url
            .strip_prefix(&format!("https://{}/SimpleNotificationService-", sns_host(region)))
            .and_then(|rest| rest.strip_suffix(".pem"))
            .unwrap_or_else(|| panic!("accepted {url}"));
        assert!(
            id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')),
            "{url}"
        );
    }

    // The SubscribeURL, against the given or the usual topic and token.
    let (topic, token) = if selector & 4 != 0 {
        (second.as_ref(), third.as_ref())
    } else {
        (TOPIC, if selector & 8 != 0 { third.as_ref() } else { TOKEN })
    };
    if check_subscribe_url(&url, topic, token).is_ok() {
        let arn = TopicArn::parse(topic).unwrap_or_else(|| panic!("accepted for topic {topic:?}"));
        let prefix = format!("https://{}/?", sns_host(arn.region));
        let query = url.strip_prefix(&prefix).unwrap_or_else(|| panic!("accepted {url}"));
        assert!(url.bytes().all(|b| b.is_ascii_graphic()), "{url:?}");
        assert!(!url.contains(['#', '@', '\\', ';']), "{url}");
        let mut names: Vec<&str> = query
            .split('&')
            .map(|p| p.split('=').next().unwrap_or_default())
            .collect();
        names.sort_unstable();
        assert_eq!(names, ["Action", "Token", "TopicArn"], "{url}");
    }
});
