//! Which `SigningCertURL`s may be fetched at all (rule 4).
//!
//! Only `https://sns.<region>.amazonaws.com[.cn]/SimpleNotificationService-<32 hex>.pem`,
//! written exactly so. Looser rules have been beaten in the wild: a
//! certificate on S3 (`*.s3.amazonaws.com`), `...amazonaws.com.evil.tld`,
//! `https://sns.../?Action=...&x=.pem` (an SNS API call whose answer the
//! attacker shapes), `#.pem`, userinfo (`https://sns...@evil/`), ports and
//! percent-encoded bytes that parsers decode differently. So the URL is
//! matched as a whole, byte by byte, and not by a general URL parser.

use crate::error::Error;
use crate::topic_arn::region_of_sns_host;

/// A `SigningCertURL` that passed the policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateUrl {
    pub url: String,
    pub region: String,
}

const PATH_PREFIX: &str = "/SimpleNotificationService-";
const PATH_SUFFIX: &str = ".pem";

/// Checks `url` against the policy. `topic_region` binds the certificate to
/// the region of the message's TopicArn: SNS always signs with the
/// certificate of the topic's own region (as aws-sdk-java-v2's
/// sns-message-manager also requires).
pub fn check(url: &str, topic_region: &str) -> Result<CertificateUrl, Error> {
    if url.len() > 200 {
        return Err(Error::InvalidCertUrl("it is too long"));
    }
    // One pass over the bytes: anything outside printable ASCII, and every
    // character that changes how URL parsers split a URL, is refused.
    for byte in url.bytes() {
        let why = match byte {
            b if b.is_ascii_whitespace() => "it contains white space",
            b if !b.is_ascii_graphic() => "it contains a byte that is not printable ASCII",
            b'%' => "it contains a percent-escape",
            b';' => "it contains a semicolon",
            b'\\' => "it contains a backslash",
            b'@' => "it contains user information",
            b'?' => "it has a query",
            b'#' => "it has a fragment",
            _ => continue,
        };
        return Err(Error::InvalidCertUrl(why));
    }
    let rest = url
        .strip_prefix("https://")
        .ok_or(Error::InvalidCertUrl("it does not start with https://"))?;
    let slash = rest.find('/').ok_or(Error::InvalidCertUrl("it has no path"))?;
    let (host, path) = rest.split_at(slash);
    if host.contains(':') {
        return Err(Error::InvalidCertUrl("it names a port"));
    }
    let region = region_of_sns_host(host).ok_or(Error::InvalidCertUrl("its host is not sns.<region>.amazonaws.com"))?;
    if region != topic_region {
        return Err(Error::InvalidCertUrl("its region is not the region of the topic"));
    }
    let id = path
        .strip_prefix(PATH_PREFIX)
        .and_then(|p| p.strip_suffix(PATH_SUFFIX))
        .ok_or(Error::InvalidCertUrl(
            "its path is not /SimpleNotificationService-<id>.pem",
        ))?;
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        return Err(Error::InvalidCertUrl(
            "its certificate id is not 32 lower-case hex digits",
        ));
    }
    Ok(CertificateUrl {
        url: url.to_owned(),
        region: region.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str =
        "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem";

    #[test]
    fn accepts_regional_and_china_urls() {
        assert_eq!(check(GOOD, "us-east-1").unwrap().region, "us-east-1");
        let cn =
            "https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem";
        assert_eq!(check(cn, "cn-north-1").unwrap().region, "cn-north-1");
    }

    #[test]
    fn region_must_match_the_topic() {
        assert_eq!(check(GOOD, "eu-west-1").unwrap_err().code(), "invalid_cert_url");
    }
}
