//! The SNS string to sign, computed independently of the crate (Amazon SNS
//! Developer Guide, "Verifying the signatures of Amazon SNS messages"): for
//! each signed key present, `Key\nValue\n`, in this order. Notification:
//! Message, MessageId, Subject, Timestamp, TopicArn, Type. Confirmations:
//! Message, MessageId, SubscribeURL, Timestamp, Token, TopicArn, Type. The
//! Lambda spelling `SubscribeUrl` stands in for `SubscribeURL`.
//!
//! Depends on serde_json only, so that the fuzz crate (fuzz/, its own
//! workspace) includes this same file with `#[path]`.

use serde_json::{Map, Value};

pub fn string_to_sign(msg: &Map<String, Value>) -> Vec<u8> {
    let keys: &[&str] = if msg.get("Type").and_then(Value::as_str) == Some("Notification") {
        &["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"]
    } else {
        &[
            "Message",
            "MessageId",
            "SubscribeURL",
            "Timestamp",
            "Token",
            "TopicArn",
            "Type",
        ]
    };
    let mut out = Vec::new();
    for key in keys {
        let value = msg.get(*key).or_else(|| match *key {
            "SubscribeURL" => msg.get("SubscribeUrl"),
            _ => None,
        });
        if let Some(Value::String(v)) = value {
            out.extend_from_slice(format!("{key}\n{v}\n").as_bytes());
        }
    }
    out
}
