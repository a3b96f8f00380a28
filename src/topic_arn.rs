//! SNS topic ARNs and the SNS endpoint host of a region.
//!
//! Format: `arn:<partition>:sns:<region>:<12-digit account>:<topic name>`
//! (AWS, "Amazon Resource Names (ARNs)", and the SNS CreateTopic name rule:
//! 1 to 256 of `A-Za-z0-9_-`, plus `.fifo` for FIFO topics).

/// A valid SNS topic ARN; the URL policies bind to its region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicArn<'a> {
    pub region: &'a str,
}

impl<'a> TopicArn<'a> {
    pub fn parse(arn: &'a str) -> Option<Self> {
        let mut parts = arn.split(':');
        let (Some("arn"), Some(partition), Some("sns"), Some(region), Some(account), Some(name), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return None;
        };
        if !matches!(partition, "aws" | "aws-cn" | "aws-us-gov") || !is_region(region) {
            return None;
        }
        // China regions live only in the aws-cn partition, and vice versa.
        if (partition == "aws-cn") != region.starts_with("cn-") {
            return None;
        }
        if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let base = name.strip_suffix(".fifo").unwrap_or(name);
        if base.is_empty()
            || base.len() > 256
            || !base
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return None;
        }
        Some(TopicArn { region })
    }
}

/// `sns.<region>.amazonaws.com[.cn]`.
pub fn sns_host(region: &str) -> String {
    if region.starts_with("cn-") {
        format!("sns.{region}.amazonaws.com.cn")
    } else {
        format!("sns.{region}.amazonaws.com")
    }
}

/// An AWS region name: lower-case words joined by `-`, ending in a number
/// (`us-east-1`, `us-gov-west-1`, `ap-southeast-5`, `cn-northwest-1`).
pub fn is_region(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let Some((number, words)) = parts.split_last() else {
        return false;
    };
    words.len() >= 2
        && text.len() <= 32
        && !number.is_empty()
        && number.len() <= 2
        && number.bytes().all(|b| b.is_ascii_digit())
        && words
            .iter()
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// The region of an SNS host `sns.<region>.amazonaws.com` or
/// `sns.<region>.amazonaws.com.cn` (China regions only under `.cn`).
pub fn region_of_sns_host(host: &str) -> Option<&str> {
    let rest = host.strip_prefix("sns.")?;
    let (region, china) = if let Some(region) = rest.strip_suffix(".amazonaws.com.cn") {
        (region, true)
    } else {
        (rest.strip_suffix(".amazonaws.com")?, false)
    };
    (is_region(region) && region.starts_with("cn-") == china).then_some(region)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_standard_china_and_fifo_topics() {
        let arn = TopicArn::parse("arn:aws:sns:us-east-1:123456789012:ses-bounces").unwrap();
        assert_eq!(arn.region, "us-east-1");
        let cn = TopicArn::parse("arn:aws-cn:sns:cn-north-1:123456789012:t").unwrap();
        assert_eq!(cn.region, "cn-north-1");
        assert!(TopicArn::parse("arn:aws:sns:eu-west-1:123456789012:t.fifo").is_some());
    }

    #[test]
    fn refuses_malformed_topics() {
        for bad in [
            "arn:aws:sqs:us-east-1:123456789012:t",
            "arn:aws:sns:us-east-1:12345678901:t",
            "arn:aws:sns:us-east-1:123456789012:t:sub",
            "arn:aws:sns:cn-north-1:123456789012:t",
            "arn:aws:sns:US-EAST-1:123456789012:t",
            "arn:aws:sns:us-east-1:123456789012:",
            "arn:aws:sns:us-east-1:123456789012:a b",
        ] {
            assert!(TopicArn::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn sns_host_region_must_match_its_suffix() {
        assert_eq!(region_of_sns_host("sns.us-west-2.amazonaws.com"), Some("us-west-2"));
        assert_eq!(
            region_of_sns_host("sns.cn-north-1.amazonaws.com.cn"),
            Some("cn-north-1")
        );
        assert_eq!(region_of_sns_host("sns.us-west-2.amazonaws.com.cn"), None);
        assert_eq!(region_of_sns_host("sns.amazonaws.com"), None);
        assert_eq!(region_of_sns_host("sns.us-west-2.amazonaws.com.evil.tld"), None);
    }
}
