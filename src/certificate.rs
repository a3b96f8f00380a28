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
        if !validity_in_rfc5280_form(cert.tbs_certificate.as_ref()) {
            return Err(Error::InvalidCertificate("it is not an X.509 certificate"));
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

/// One DER element: its tag, its content and what follows it (lengths of
/// up to four bytes; None when the input is cut short).
fn der_element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, input) = input.split_first()?;
    let (&first, mut input) = input.split_first()?;
    let length = if first < 0x80 {
        usize::from(first)
    } else {
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 4 || input.len() < count {
            return None;
        }
        let (bytes, rest) = input.split_at(count);
        input = rest;
        bytes.iter().fold(0usize, |n, &b| (n << 8) | usize::from(b))
    };
    (input.len() >= length).then(|| (tag, &input[..length], &input[length..]))
}

/// Whether the certificate's validity times are in the two forms RFC 5280
/// (section 4.1.2.5) allows: UTCTime `YYMMDDHHMMSSZ`, GeneralizedTime
/// `YYYYMMDDHHMMSSZ`. The X.509 parser also reads an offset, fractions or
/// a time without seconds; AWS's certificates use only these two forms,
/// and the plain-PHP fallback (OpenSSL) misreads the others, so both
/// refuse them. `tbs`: the DER of the TBSCertificate (version, serial,
/// signature, issuer, validity, ...).
fn validity_in_rfc5280_form(tbs: &[u8]) -> bool {
    let Some((0x30, mut fields, _)) = der_element(tbs) else {
        return false;
    };
    if fields.first() == Some(&0xa0) {
        fields = der_element(fields).map_or(&[][..], |(_, _, rest)| rest); // [0] version
    }
    for _ in 0..3 {
        fields = der_element(fields).map_or(&[][..], |(_, _, rest)| rest); // serial, signature, issuer
    }
    let Some((0x30, mut times, _)) = der_element(fields) else {
        return false;
    };
    for _ in 0..2 {
        let Some((tag, time, rest)) = der_element(times) else {
            return false;
        };
        let digits = match tag {
            0x17 => 12, // UTCTime
            0x18 => 14, // GeneralizedTime
            _ => return false,
        };
        if time.len() != digits + 1 || time[digits] != b'Z' || !time[..digits].iter().all(u8::is_ascii_digit) {
            return false;
        }
        times = rest;
    }
    times.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A TBSCertificate with no version: serial 1, an empty signature and
    /// issuer, and the two validity times given as (tag, text).
    fn tbs_with(times: [(u8, &str); 2]) -> Vec<u8> {
        let mut validity = Vec::new();
        for (tag, text) in times {
            validity.extend([tag, text.len() as u8]);
            validity.extend(text.as_bytes());
        }
        let mut fields = vec![0x02, 0x01, 0x01, 0x30, 0x00, 0x30, 0x00, 0x30, validity.len() as u8];
        fields.extend(validity);
        let mut tbs = vec![0x30, fields.len() as u8];
        tbs.extend(fields);
        tbs
    }

    #[test]
    fn validity_times_in_the_two_rfc_5280_forms_are_read() {
        assert!(validity_in_rfc5280_form(&tbs_with([
            (0x17, "200101000000Z"),
            (0x18, "20500101000000Z")
        ])));
    }

    #[test]
    fn validity_times_in_other_forms_are_refused() {
        for (tag, text) in [
            (0x18, "20200101000000"),    // GeneralizedTime without Z
            (0x17, "200101000000"),      // UTCTime without Z
            (0x17, "360101000000-0100"), // an offset
            (0x18, "20360101000000.5Z"), // fractions
            (0x17, "2001010000Z"),       // no seconds
            (0x04, "200101000000Z"),     // not a time at all
        ] {
            assert!(
                !validity_in_rfc5280_form(&tbs_with([(0x17, "200101000000Z"), (tag, text)])),
                "{text}"
            );
        }
    }

    #[test]
    fn the_test_signing_certificate_has_its_times_in_rfc_5280_form() {
        let der = pem_to_der(include_bytes!("../tests/fixtures/pki/signing.pem")).unwrap();
        let (_, cert) = X509Certificate::from_der(&der).unwrap();
        assert!(validity_in_rfc5280_form(cert.tbs_certificate.as_ref()));
    }

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
