//! The SES payload parser: `ses::classify` on any text, and `bare_address`
//! on every address it returns. Input: the Message text (invalid UTF-8 is
//! replaced, as a Message that reached the parser is always a JSON string).
#![no_main]

use libfuzzer_sys::fuzz_target;
use quillcrm_sns_core::ses::{bare_address, classify, Classification, RecipientClass};

fuzz_target!(|data: &[u8]| {
    let message = String::from_utf8_lossy(data);
    let (recipients, expected) = match classify(&message) {
        Classification::Bounce(n, r) => {
            assert_eq!(n.kind, "Bounce");
            let class = if n.bounce_type.as_deref() == Some("Permanent") {
                RecipientClass::Hard
            } else {
                RecipientClass::Soft
            };
            (r, class)
        }
        Classification::Complaint(n, r) => {
            assert_eq!(n.kind, "Complaint");
            assert_ne!(n.complaint_feedback_type.as_deref(), Some("not-spam"));
            (r, RecipientClass::Complaint)
        }
        Classification::Delivery(n, r) => {
            assert_eq!(n.kind, "Delivery");
            (r, RecipientClass::Delivery)
        }
        Classification::Ignored { why, .. } => {
            assert!(!why.is_empty());
            return;
        }
    };
    assert!(!recipients.is_empty(), "a classification without recipients");
    for recipient in recipients {
        assert_eq!(recipient.class, expected);
        let email = &recipient.email;
        // One bare address: local@domain, at most 254 bytes, lower-case,
        // nothing a header or a list could be split on.
        let (local, domain) = email.rsplit_once('@').expect("an address has an @");
        assert!(!local.is_empty() && !domain.is_empty(), "{email:?}");
        assert!(email.len() <= 254, "an address of {} bytes", email.len());
        assert!(
            !email
                .bytes()
                .any(|b| b.is_ascii_whitespace() || b.is_ascii_control() || b == b'<' || b == b'>'),
            "{email:?}"
        );
        assert_eq!(email, &email.to_lowercase());
        // Idempotent: the stored address reads back as itself.
        assert_eq!(bare_address(email).as_deref(), Some(email.as_str()), "{email:?}");
    }
});
