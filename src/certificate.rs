//! The checks on a fetched signing certificate (rule 5), and the public key
//! it yields.
//!
//! Trust in the key comes from where it was fetched (an SNS host over TLS,
//! see `certificate_url` and `https_client`); these checks make sure the
//! answer is exactly one certificate that AWS would use to sign SNS messages.

use aws_lc_rs::signature::{ParsedPublicKey, RSA_PKCS1_2048_8192_SHA1_FOR_LEGACY_USE_ONLY, RSA_PKCS1_2048_8192_SHA256};
use base64::Engine as _;
use x509_parser::prelude::{FromDer, GeneralName, X509Certificate};
use x509_parser::public_key::PublicKey;

use crate::certificate_url::CertificateUrl;
use crate::error::Error;

/// The largest certificate answer read (the real ones are about 1.8 KiB).
pub const MAX_CERTIFICATE_BYTES: usize = 64 * 1024;
/// RSA keys shorter than this are refused (NIST SP 800-131A: 2048 bits
/// minimum for signature verification of new messages).
pub const MIN_RSA_BITS: usize = 2048;

const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
const END: &str = "-----END CERTIFICATE-----";

/// A checked SNS signing key, ready to verify (both digests pre-parsed so a
/// warm verify does no key parsing).
pub struct SigningKey {
    pub(crate) not_before: i64,
    pub(crate) not_after: i64,
    pub(crate) modulus_bytes: usize,
    pub(crate) sha1: ParsedPublicKey,
    pub(crate) sha256: ParsedPublicKey,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("not_before", &self.not_before)
            .field("not_after", &self.not_after)
            .field("modulus_bytes", &self.modulus_bytes)
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// Runs every certificate check on a PEM answer fetched from `url`.
    pub fn from_pem(pem: &[u8], url: &CertificateUrl) -> Result<SigningKey, Error> {
        let der = pem_to_der(pem)?;
        let (rest, cert) =
            X509Certificate::from_der(&der).map_err(|_| Error::InvalidCertificate("it is not an X.509 certificate"))?;
        if !rest.is_empty() {
            return Err(Error::InvalidCertificate("there are bytes after the certificate"));
        }
        if !names_sns(&cert, &url.region)? {
            return Err(Error::InvalidCertificate("it is not issued to Amazon SNS"));
        }
        let spki = cert.public_key();
        let modulus_bits = match spki.parsed() {
            Ok(PublicKey::RSA(rsa)) => rsa.key_size(),
            _ => return Err(Error::InvalidCertificate("its key is not an RSA key")),
        };
        if modulus_bits < MIN_RSA_BITS {
            return Err(Error::InvalidCertificate("its RSA key is shorter than 2048 bits"));
        }
        // The PKCS#1 RSAPublicKey inside the SubjectPublicKeyInfo.
        let rsa_public_key = &spki.subject_public_key.data;
        let sha1 = ParsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA1_FOR_LEGACY_USE_ONLY, rsa_public_key)
            .map_err(|_| Error::InvalidCertificate("its RSA key is not usable"))?;
        let sha256 = ParsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, rsa_public_key)
            .map_err(|_| Error::InvalidCertificate("its RSA key is not usable"))?;
        let validity = cert.validity();
        Ok(SigningKey {
            not_before: validity.not_before.timestamp(),
            not_after: validity.not_after.timestamp(),
            modulus_bytes: modulus_bits.div_ceil(8),
            sha1,
            sha256,
        })
    }

    /// Whether the certificate was valid at `unix_seconds` (the message's
    /// Timestamp: a message signed while the certificate was valid stays
    /// verifiable for its whole retry window).
    pub fn is_valid_at(&self, unix_seconds: i64) -> bool {
        self.not_before <= unix_seconds && unix_seconds <= self.not_after
    }
}

/// The DER of exactly one strict PEM `CERTIFICATE` block (RFC 7468 section
/// 2 and 5.1). Surrounding white space is allowed; anything else (a second
/// block, an XML or HTML page around it, explanatory text) is refused.
pub fn pem_to_der(pem: &[u8]) -> Result<Vec<u8>, Error> {
    if pem.len() > MAX_CERTIFICATE_BYTES {
        return Err(Error::InvalidCertificate("the answer is larger than 64 KiB"));
    }
    let text = std::str::from_utf8(pem).map_err(|_| Error::InvalidCertificate("the answer is not PEM text"))?;
    let text = text.trim_matches(|c: char| c.is_ascii_whitespace());
    if text.matches("-----BEGIN").count() != 1 {
        return Err(Error::InvalidCertificate(
            "the answer does not hold exactly one PEM block",
        ));
    }
    let body = text
        .strip_prefix(BEGIN)
        .and_then(|t| t.strip_suffix(END))
        .ok_or(Error::InvalidCertificate(
            "the answer is not exactly one PEM CERTIFICATE block",
        ))?;
    let mut base64_text = String::with_capacity(body.len());
    for line in body.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line
            .bytes()
            .any(|b| !(b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'='))
        {
            return Err(Error::InvalidCertificate(
                "the PEM block holds characters outside base64",
            ));
        }
        base64_text.push_str(line);
    }
    base64::engine::general_purpose::STANDARD
        .decode(base64_text)
        .map_err(|_| Error::InvalidCertificate("the PEM block is not valid base64"))
}

/// Whether the certificate names Amazon SNS for `region`: through its DNS
/// subjectAltNames, or its subject common name when it has no SAN.
///
/// The names AWS signs SNS messages with (aws-sdk-java-v2,
/// `services-custom/sns-message-manager`, `SignatureValidator` and its
/// `CommonNameTestCase` table), plus the regional host (seen on AWS's own
/// opt-in region certificates; tests/fixtures/README.md says which):
/// - `sns.amazonaws.com` in most regions;
/// - `sns-signing.<region>.amazonaws.com` in opt-in regions (ap-east-1,
///   me-south-1, eu-south-1, af-south-1 and later ones);
/// - `sns-<region>.amazonaws.com.cn` in the China regions;
/// - `sns-us-gov-west-1.amazonaws.com` in both AWS GovCloud (US) regions
///   (us-gov-west-1 and us-gov-east-1 share it);
/// - `sns.<region>.amazonaws.com[.cn]`, the host the certificate came from.
///
/// Regional names are accepted only for the region of the certificate URL.
fn names_sns(cert: &X509Certificate<'_>, region: &str) -> Result<bool, Error> {
    let accepted = [
        "sns.amazonaws.com".to_owned(),
        format!("sns-signing.{region}.amazonaws.com"),
        format!("sns-{region}.amazonaws.com.cn"),
        crate::topic_arn::sns_host(region),
    ];
    let gov_cloud = region.starts_with("us-gov-");
    let is_accepted =
        |name: &str| accepted.iter().any(|a| a == name) || (gov_cloud && name == "sns-us-gov-west-1.amazonaws.com");

    let san = cert
        .subject_alternative_name()
        .map_err(|_| Error::InvalidCertificate("its subjectAltName extension is malformed"))?;
    if let Some(san) = san {
        return Ok(san.value.general_names.iter().any(|name| match name {
            GeneralName::DNSName(dns) => is_accepted(dns),
            _ => false,
        }));
    }
    let mut common_names = cert.subject().iter_common_name();
    let (Some(cn), None) = (common_names.next(), common_names.next()) else {
        return Ok(false);
    };
    Ok(cn.as_str().is_ok_and(is_accepted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_with_two_blocks_is_refused() {
        let one = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
        let err = pem_to_der(format!("{one}{one}").as_bytes()).unwrap_err();
        assert_eq!(err.code(), "invalid_certificate");
    }

    #[test]
    fn pem_wrapped_in_xml_is_refused() {
        let xml = "<Error><Cert>-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----</Cert></Error>";
        assert_eq!(pem_to_der(xml.as_bytes()).unwrap_err().code(), "invalid_certificate");
    }

    #[test]
    fn strict_pem_decodes() {
        let der = pem_to_der(b"\n-----BEGIN CERTIFICATE-----\r\nAAEC\r\n-----END CERTIFICATE-----\n\n").unwrap();
        assert_eq!(der, vec![0, 1, 2]);
    }
}
