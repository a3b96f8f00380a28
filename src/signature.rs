//! The one signature check.

use crate::certificate::SigningKey;
use crate::envelope::SignatureVersion;
use crate::error::Error;

/// Verifies an SNS signature: RSASSA-PKCS1-v1_5 (RFC 8017 section 8.2.2)
/// over `string_to_sign`, with SHA1 for SignatureVersion 1 and SHA256 for 2
/// (Amazon SNS Developer Guide, "Verifying the signatures of Amazon SNS
/// messages").
///
/// The length is checked first: a PKCS#1 v1.5 signature is exactly as long
/// as the modulus (RFC 8017 section 8.2.2 step 1), so anything else is
/// refused before any arithmetic. The algorithm comes from the version the
/// caller already checked, never from the key or the signature.
pub fn verify(
    key: &SigningKey,
    version: SignatureVersion,
    string_to_sign: &[u8],
    signature: &[u8],
) -> Result<(), Error> {
    if signature.len() != key.modulus_bytes {
        return Err(Error::InvalidSignature);
    }
    let public_key = match version {
        SignatureVersion::V1Sha1 => &key.sha1,
        SignatureVersion::V2Sha256 => &key.sha256,
    };
    public_key
        .verify_sig(string_to_sign, signature)
        .map_err(|_| Error::InvalidSignature)
}
