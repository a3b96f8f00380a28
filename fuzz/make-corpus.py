#!/usr/bin/env python3
"""Writes the seed corpora into fuzz/corpus/<target>/ (gitignored).

Seeds come from the fixtures, read in place and never copied into the repo:
../shared/fixtures/sns-real (genuine AWS-signed messages and their
certificates), ../shared/fixtures/ses-samples (SES payloads), and messages
signed here with tests/fixtures/pki/signing.key through the openssl command
line. The handler's input layout is in fuzz/README.md.
"""
import base64
import hashlib
import json
import os
import struct
import subprocess
import sys
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
ROOT = FUZZ.parent
SHARED = ROOT.parent / "shared" / "fixtures"
PKI = ROOT / "tests" / "fixtures" / "pki"
OUT = FUZZ / "corpus"

TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-bounces"
NOW_ISO = "2026-11-26T12:00:00.000Z"
TOKEN = "2336412f37fb687f5d51e6e2425929f52e8e353134fe72d55ef8b330217d82da"


def cert_url(region, ident):
    host = f"sns.{region}.amazonaws.com" + (".cn" if region.startswith("cn-") else "")
    return f"https://{host}/SimpleNotificationService-{('%02x' % ident) * 16}.pem"


def write(target, data):
    folder = OUT / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def handler_input(body, a=0, b=0, now_mode=0, now=0, max_age_mode=0, max_age=0, tail=()):
    """The 20-byte header (see README), the body, then NUL-separated extras."""
    header = bytes([a, b, now_mode | (max_age_mode << 2), 0]) + struct.pack("<qq", now, max_age)
    return header + body + b"".join(b"\0" + t for t in tail)


def string_to_sign(msg):
    if msg.get("Type") == "Notification":
        keys = ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"]
    else:
        keys = ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"]
    out = b""
    for key in keys:
        value = msg.get(key)
        if isinstance(value, str):
            out += f"{key}\n{value}\n".encode()
    return out


def openssl_sign(msg, key="signing.key"):
    digest = "-sha256" if msg["SignatureVersion"] == "2" else "-sha1"
    signature = subprocess.run(
        ["openssl", "dgst", digest, "-sign", str(PKI / key)],
        input=string_to_sign(msg), capture_output=True, check=True,
    ).stdout
    msg["Signature"] = base64.b64encode(signature).decode()
    return msg


def ses_bounce(kind="Permanent", email='"Jane Doe" <Jane@Example.com>'):
    return json.dumps({
        "notificationType": "Bounce",
        "bounce": {"bounceType": kind, "bounceSubType": "General",
                   "bouncedRecipients": [{"emailAddress": email, "action": "failed", "status": "5.1.1",
                                          "diagnosticCode": "smtp; 550 5.1.1 user unknown"}],
                   "timestamp": NOW_ISO, "feedbackId": "0100019a-feedback-0001"},
        "mail": {"timestamp": NOW_ISO, "source": "news@shop.example", "messageId": "0100019a-mail-0001",
                 "destination": ["jane@example.com"]},
    })


def notification(message, version="1", url=None):
    return {
        "Type": "Notification", "MessageId": "5f2d7c1e-9a9b-5b3c-9d55-0c6f2a1b7e11", "TopicArn": TOPIC,
        "Message": message, "Timestamp": NOW_ISO, "SignatureVersion": version,
        "SigningCertURL": url or cert_url("us-east-1", 1),
        "UnsubscribeURL": f"https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={TOPIC}:0b3c",
    }


def subscription_confirmation(version="1"):
    msg = notification(f"You have chosen to subscribe to the topic {TOPIC}.", version)
    msg.update({
        "Type": "SubscriptionConfirmation", "Token": TOKEN,
        "SubscribeURL": f"https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token={TOKEN}",
    })
    del msg["UnsubscribeURL"]
    return msg


def main():
    if not SHARED.is_dir():
        sys.exit(f"make-corpus.py: the shared fixtures are missing: expected {SHARED}")
    ses_messages = []
    # Genuine AWS messages, with the clock at their own Timestamp (now mode 1).
    for path in sorted(SHARED.glob("sns-real/*/*.json")) + sorted(SHARED.glob("ses-samples/*.envelope.json")):
        body = path.read_bytes()
        fields = json.loads(body)
        for a in (0x00, 0x01, 0x10, 0x01 | 0x20):
            write("handler", handler_input(body, a=a, b=0x05 | 0x10, now_mode=1))
        write("handler", handler_input(body, a=0x01, now_mode=1, max_age_mode=1, max_age=60, tail=(b"x", b"y")))
        write("url_validators", b"\0" + fields.get("SigningCertURL", fields.get("SigningCertUrl", "")).encode())
        if "SubscribeURL" in fields:
            write("url_validators", bytes([4]) + f"{fields['SubscribeURL']}\0{fields['TopicArn']}\0{fields['Token']}".encode())
        if fields.get("Type") == "Notification":
            ses_messages.append(fields["Message"].encode())
    for path in sorted(SHARED.glob("ses-samples/*.message.json")):
        ses_messages.append(path.read_bytes())
    for message in ses_messages:
        write("ses_classify", message)
    # Messages signed with the project's test key through openssl.
    signed = [
        notification(ses_bounce()), notification(ses_bounce("Transient"), "2"),
        notification(json.dumps({"notificationType": "Complaint", "complaint": {
            "complainedRecipients": [{"emailAddress": "a@example.com"}], "complaintFeedbackType": "abuse"}})),
        notification(json.dumps({"eventType": "Delivery", "delivery": {"recipients": ["b@example.com"]}}), "2"),
        notification("not json"), subscription_confirmation(), subscription_confirmation("2"),
        dict(subscription_confirmation(), Type="UnsubscribeConfirmation"),
        notification(ses_bounce(), "1", cert_url("us-east-1", 4)),
    ]
    for msg in signed:
        body = json.dumps(openssl_sign(msg)).encode()
        for a in (0x00, 0x01, 0x10, 0x21, 0x41, 0x61):
            write("handler", handler_input(body, a=a, b=0x05 | 0x10))
        write("handler", handler_input(body, a=0x01, b=0xff, tail=(b"Notification", TOPIC.encode(), b"true", TOPIC.encode(), b"<x/>")))
        write("handler", handler_input(body, a=0x01, now_mode=2, now=-(2**63)))
        # The same fields for the harness to sign itself (flag 0x02), and to forge (0x80).
        write("handler", handler_input(body, a=0x03))
        write("handler", handler_input(body, a=0x83))
    write("handler", handler_input(json.dumps(openssl_sign(notification(ses_bounce()), "signing-expired.key")).encode()))
    for body in (b"", b"{}", b"[]", b"null", b'{"Type":"Notification"}', b"{" * 200):
        write("handler", handler_input(body))
    # URLs: good and hostile shapes.
    hex32 = "0123456789abcdef" * 2
    for url in [
        cert_url("us-east-1", 1), cert_url("cn-north-1", 1),
        f"https://sns.us-east-1.amazonaws.com.evil.tld/SimpleNotificationService-{hex32}.pem",
        f"https://sns.us-east-1.amazonaws.com:443/SimpleNotificationService-{hex32}.pem",
        f"https://sns.us-east-1.amazonaws.com@evil.tld/SimpleNotificationService-{hex32}.pem",
        "https://sns.us-east-1.amazonaws.com/?Action=CreateTopic&x=.pem",
        f"https://bucket.s3.amazonaws.com/SimpleNotificationService-{hex32}.pem",
    ]:
        for selector in (0, 1, 2):
            write("url_validators", bytes([selector]) + url.encode() + b"\0us-east-1")
    sub = f"https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token={TOKEN}"
    for url in [sub, sub.replace(TOPIC, TOPIC.replace(":", "%3A")), sub + "&Extra=1", sub.replace("/?", ":8443/?")]:
        write("url_validators", bytes([0]) + url.encode())
        write("url_validators", bytes([4]) + f"{url}\0{TOPIC}\0{TOKEN}".encode())
    for target in ("handler", "ses_classify", "url_validators"):
        print(f"make-corpus.py: {target}: {len(os.listdir(OUT / target))} seeds")


if __name__ == "__main__":
    main()
