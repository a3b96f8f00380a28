#!/usr/bin/env python3
"""Local HTTPS stand-in for Amazon SNS, for the end-to-end tests only.

The extension reaches it through its test-only php.ini directives
(quillcrm_sns.test_resolve maps sns.<region>.amazonaws.com:443 to this port,
quillcrm_sns.test_ca_file trusts the test CA that issued tls-sns.pem), so every
URL rule stays exactly as in production.

It answers the two things SNS serves to a subscriber:
  GET /SimpleNotificationService-<32 hex>.pem   -> the test signing certificate
  GET /?Action=ConfirmSubscription&TopicArn=..&Token=..
                                                -> the real SNS XML answer
Anything else is a 404 (or a 400 for a malformed SNS API call), as SNS would.

Every request is appended, as one JSON object per line, to --log so the tests
can assert on what the extension fetched (and on what it did not).

Python 3 standard library only.
"""
import argparse
import json
import re
import ssl
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

CERT_PATH = re.compile(r"^/SimpleNotificationService-[0-9a-f]{32}\.pem$")
TOPIC_ARN = re.compile(r"^arn:aws(-cn)?:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]+$")


class Handler(BaseHTTPRequestHandler):
    server_version = "Server"  # SNS sends a bare "Server" header
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # quiet stderr; the JSON log is the record
        pass

    def _record(self, status, **extra):
        parts = urlsplit(self.path)
        entry = {
            "time": time.time(),
            "method": self.command,
            "host": self.headers.get("Host", ""),
            "path": parts.path,
            "query": {k: v for k, v in parse_qs(parts.query, keep_blank_values=True).items()},
            "raw_query": parts.query,
            "user_agent": self.headers.get("User-Agent", ""),
            "status": status,
        }
        entry.update(extra)
        line = json.dumps(entry, sort_keys=True) + "\n"
        with self.server.log_lock:
            with open(self.server.log_path, "a", encoding="utf-8") as f:
                f.write(line)

    def _send(self, status, body, ctype):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_GET(self):
        parts = urlsplit(self.path)
        if CERT_PATH.match(parts.path) and not parts.query:
            self._record(200, served="signing-cert")
            self._send(200, self.server.signing_cert, "application/x-x509-ca-cert")
            return
        if parts.path == "/":
            q = parse_qs(parts.query, keep_blank_values=True)
            action = q.get("Action", [""])
            if action == ["ConfirmSubscription"]:
                topic = q.get("TopicArn", [""])
                token = q.get("Token", [""])
                if len(topic) != 1 or len(token) != 1 or not TOPIC_ARN.match(topic[0]) or not token[0]:
                    self._record(400, served="error")
                    self._send(400, sns_error("InvalidParameter", "Invalid parameter: Token"), "text/xml")
                    return
                sub_arn = "%s:%s" % (topic[0], uuid.uuid4())
                self._record(200, served="confirm", subscription_arn=sub_arn)
                self._send(200, confirm_xml(sub_arn), "text/xml")
                return
        self._record(404, served="not-found")
        self._send(404, "<UnknownOperationException/>", "text/xml")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._record(404, served="not-found")
        self._send(404, "<UnknownOperationException/>", "text/xml")


def confirm_xml(sub_arn):
    return (
        '<ConfirmSubscriptionResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">\n'
        "  <ConfirmSubscriptionResult>\n"
        "    <SubscriptionArn>%s</SubscriptionArn>\n"
        "  </ConfirmSubscriptionResult>\n"
        "  <ResponseMetadata>\n"
        "    <RequestId>%s</RequestId>\n"
        "  </ResponseMetadata>\n"
        "</ConfirmSubscriptionResponse>\n" % (sub_arn, uuid.uuid4())
    )


def sns_error(code, message):
    return (
        '<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">\n'
        "  <Error>\n    <Type>Sender</Type>\n    <Code>%s</Code>\n    <Message>%s</Message>\n  </Error>\n"
        "  <RequestId>%s</RequestId>\n</ErrorResponse>\n" % (code, message, uuid.uuid4())
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--bind", default="127.0.0.1")
    ap.add_argument("--tls-cert", required=True)
    ap.add_argument("--tls-key", required=True)
    ap.add_argument("--signing-cert", required=True)
    ap.add_argument("--log", required=True)
    args = ap.parse_args()

    server = ThreadingHTTPServer((args.bind, args.port), Handler)
    server.daemon_threads = True
    with open(args.signing_cert, "rb") as f:
        server.signing_cert = f.read()
    server.log_path = args.log
    server.log_lock = threading.Lock()
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(args.tls_cert, args.tls_key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
