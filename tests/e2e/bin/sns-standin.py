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

Failure modes, for the fault-injection tests: --modes names a JSON file
{"<32 hex certificate id>": "<mode>"} re-read on every request, so one
stand-in plays a different failure for each certificate URL:
  slow:<s>     wait <s> seconds, then serve the certificate
  trickle:<s>  send the headers, then the certificate one byte at a time over <s> seconds
  status:<n>   answer HTTP <n> (e.g. 500) with an XML error body
  redirect     302 to the certificate URL of another (healthy) id
  garbage      200 with random bytes
  xml          200 with an XML page that has the PEM inside it
  two-certs    200 with two PEM certificates
  reset        close the connection without answering

Every request is appended, as one JSON object per line, to --log so the tests
can assert on what the extension fetched (and on what it did not).

Python 3 standard library only.
"""
import argparse
import json
import os
import re
import threading
import time
import uuid
from http.server import ThreadingHTTPServer

from https_standin import AnsweringHandler, serve_https
from urllib.parse import parse_qs, urlsplit

CERT_PATH = re.compile(r"^/SimpleNotificationService-[0-9a-f]{32}\.pem$")
TOPIC_ARN = re.compile(r"^arn:aws(-cn)?:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]+$")


class Handler(AnsweringHandler):
    server_version = "Server"  # SNS sends a bare "Server" header
    sys_version = ""

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
            "client_port": self.client_address[1],
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
            mode = self._mode(parts.path[len("/SimpleNotificationService-"):-len(".pem")])
            if mode:
                self._serve_fault(mode)
                return
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
                if token[0].startswith("THROTTLED-"):
                    # THROTTLED-<code>: HTTP 400 with that AWS error code.
                    self._record(400, served="throttled")
                    self._send(400, sns_error(token[0][len("THROTTLED-"):], "Rate exceeded"), "text/xml")
                    return
                sub_arn = "%s:%s" % (topic[0], uuid.uuid4())
                self._record(200, served="confirm", subscription_arn=sub_arn)
                self._send(200, confirm_xml(sub_arn), "text/xml")
                return
        self._record(404, served="not-found")
        self._send(404, "<UnknownOperationException/>", "text/xml")

    def _mode(self, cert_id):
        try:
            with open(self.server.modes_path, "r", encoding="utf-8") as f:
                return json.load(f).get(cert_id, "")
        except (OSError, ValueError, AttributeError, TypeError):
            return ""

    def _serve_fault(self, mode):
        cert = self.server.signing_cert
        name, _, arg = mode.partition(":")
        if name == "slow":
            self._record(200, served="slow", mode=mode)
            time.sleep(float(arg or 8))
            try:
                self._send(200, cert, "application/x-x509-ca-cert")
            except OSError:  # the client gave up, as it should
                pass
        elif name == "trickle":
            self._record(200, served="trickle", mode=mode)
            self.send_response(200)
            self.send_header("Content-Type", "application/x-x509-ca-cert")
            self.send_header("Content-Length", str(len(cert)))
            self.end_headers()
            pause = float(arg or 8) / max(len(cert), 1)
            try:
                for i in range(len(cert)):
                    self.wfile.write(cert[i:i + 1])
                    self.wfile.flush()
                    time.sleep(pause)
            except OSError:
                pass
        elif name == "status":
            self._record(int(arg), served="status", mode=mode)
            self._send(int(arg), sns_error("InternalFailure", "The request processing has failed"), "text/xml")
        elif name == "redirect":
            target = "https://%s/SimpleNotificationService-%s.pem" % (self.headers.get("Host", ""), uuid.uuid4().hex)
            self._record(302, served="redirect", mode=mode, location=target)
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif name == "garbage":
            self._record(200, served="garbage", mode=mode)
            self._send(200, os.urandom(2048), "application/x-x509-ca-cert")
        elif name == "xml":
            self._record(200, served="xml", mode=mode)
            page = b'<?xml version="1.0"?>\n<GetCertificateResponse><Certificate>' + cert + b"</Certificate></GetCertificateResponse>\n"
            self._send(200, page, "text/xml")
        elif name == "two-certs":
            self._record(200, served="two-certs", mode=mode)
            self._send(200, cert + self.server.second_cert, "application/x-x509-ca-cert")
        elif name == "reset":
            self._record(0, served="reset", mode=mode)
            self.close_connection = True
            try:
                self.connection.shutdown(2)
            except OSError:
                pass
        else:
            self._record(500, served="unknown-mode", mode=mode)
            self._send(500, "unknown stand-in mode %r" % mode, "text/plain")

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
    ap.add_argument("--modes", default="", help="JSON file: certificate id -> failure mode")
    args = ap.parse_args()

    server = ThreadingHTTPServer((args.bind, args.port), Handler)
    server.daemon_threads = True
    with open(args.signing_cert, "rb") as f:
        server.signing_cert = f.read()
    server.log_path = args.log
    server.modes_path = args.modes
    # The second certificate of "two-certs": another valid SNS certificate.
    second = os.path.join(os.path.dirname(args.signing_cert), "signing-cn-only.pem")
    with open(second if os.path.exists(second) else args.signing_cert, "rb") as f:
        server.second_cert = f.read()
    server.log_lock = threading.Lock()
    serve_https(server, args.tls_cert, args.tls_key)


if __name__ == "__main__":
    main()
