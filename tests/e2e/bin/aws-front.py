#!/usr/bin/env python3
"""The e2e stack's HTTPS front of moto_server, for the queue intake tests only.

The extension reaches it through its test-only directives
(quillcrm_sns.test_resolve maps sns.eu-central-1.amazonaws.com:443 and
sqs.eu-central-1.amazonaws.com:443 here, quillcrm_sns.test_ca_file trusts
the test CA that issued tls-aws.pem), so every URL rule stays as in
production. It forwards each request to moto over HTTP on 127.0.0.1, as it
came, with one addition: moto_server picks the service of a request from its
SigV4 Authorization header, and the SNS certificate fetch is an unsigned GET
(as SNS's is), so a GET of /SimpleNotificationService-<id>.pem gets an
Authorization header naming the sns service (moto does not check
signatures). moto then serves the certificate it signed that message with;
but the id of the tests' own signer (tests/e2e/lib/SnsSigner.php,
--signer-cert-id) gets its certificate (--signing-cert), so that a test can
sign a SubscriptionConfirmation of a topic moto holds, as SNS would send it
(moto confirms its subscriptions itself and sends none). The GET of a
SubscribeURL (?Action=ConfirmSubscription) gets the same header, and moto
answers it.

Injected faults (--modes names a JSON file re-read on every request:
{"sqs": "<mode>"}), in the documented shape of AWS's JSON error answers, for
calls to the SQS host: throttle (400 ThrottlingException), unavailable (500
InternalFailure), bad-credentials (403 UnrecognizedClientException),
denied (400 AccessDenied), reset (close without answering), oversized (a
ReceiveMessage for more than one message that moto answers with messages
gets moto's answer followed by 8 MiB of JSON whitespace, past what the
extension reads of a batch: those messages stay in flight at moto, as
they would at SQS after an answer the client could not read).
The same modes for the SNS and SES hosts ({"sns": ..., "email": ...}), on
their POSTs, in the query protocol's XML error shape: throttle (400
Throttling), unavailable (500 InternalFailure), bad-credentials (403
InvalidClientTokenId), denied (403 AuthorizationError for SNS, AccessDenied
for SES, with AWS's message naming the action: "User: ... is not
authorized to perform: sns:<Action> ...").

Every request is appended to --log as a JSON line: host, X-Amz-Target, the
mode played, moto's status, and for a ReceiveMessage its
MaxNumberOfMessages (`max`) and whether the answer was padded.

Python 3 standard library only.
"""
import argparse
import http.client
import json
from urllib.parse import parse_qs
import threading
import time
from http.server import ThreadingHTTPServer

from https_standin import AnsweringHandler, serve_https

# Past quillcrm_sns's BATCH_LIMIT (8 MiB) for a batch answer.
OVERSIZED_PADDING = 8 * 1024 * 1024 + 1

FAULTS = {
    "throttle": (400, "com.amazonaws.sqs#ThrottlingException", "Rate exceeded"),
    "unavailable": (500, "com.amazonaws.sqs#InternalFailure", "We encountered an internal error."),
    "bad-credentials": (403, "com.amazonaws.sqs#UnrecognizedClientException", "The security token included in the request is invalid."),
    "denied": (400, "com.amazonaws.sqs#AccessDenied", "Access to the resource is denied."),
}

QUERY_FAULTS = {
    "throttle": (400, "Throttling", "Rate exceeded"),
    "unavailable": (500, "InternalFailure", "We encountered an internal error."),
    "bad-credentials": (403, "InvalidClientTokenId", "The security token included in the request is invalid."),
    "denied": (403, "", "User: arn:aws:iam::123456789012:user/quillcrm-e2e is not authorized to perform: %s:%s on resource: *"),
}


class Handler(AnsweringHandler):

    def log_message(self, fmt, *args):
        pass

    def _record(self, **entry):
        entry.update(time=time.time(), method=self.command, host=self.headers.get("Host", ""),
                     path=self.path, target=self.headers.get("X-Amz-Target", ""))
        with self.server.log_lock:
            with open(self.server.log_path, "a", encoding="utf-8") as f:
                f.write(json.dumps(entry, sort_keys=True) + "\n")

    def _mode(self, service):
        try:
            with open(self.server.modes_path, "r", encoding="utf-8") as f:
                return json.load(f).get(service, "")
        except (OSError, ValueError, AttributeError):
            return ""

    def _answer(self, status, body, headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        host = self.headers.get("Host", "").split(":")[0]
        service = host.split(".")[0]
        mode = self._mode(service) if service == "sqs" or self.command == "POST" else ""
        if mode == "reset":
            self._record(mode=mode, status=0)
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if mode in QUERY_FAULTS and service != "sqs":
            status, code, message = QUERY_FAULTS[mode]
            action = parse_qs(body.decode("utf-8", "replace")).get("Action", [""])[0]
            prefix = "ses" if service == "email" else service
            if mode == "denied":
                code = "AccessDenied" if service == "email" else "AuthorizationError"
                message = message % (prefix, action)
            self._record(mode=mode, status=status)
            payload = ("<ErrorResponse><Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>"
                       "<RequestId>e2e</RequestId></ErrorResponse>" % (code, message)).encode()
            self._answer(status, payload, [("Content-Type", "text/xml")])
            return
        if mode == "delete-fails" and self.headers.get("X-Amz-Target", "") == "AmazonSQS.DeleteMessageBatch":
            # SQS answers 200 with every entry failed (e.g. receipt handles
            # that expired): nothing is deleted.
            entries = json.loads(body or b"{}").get("Entries", [])
            payload = json.dumps({"Successful": [], "Failed": [
                {"Id": e.get("Id"), "Code": "ReceiptHandleIsInvalid", "SenderFault": True,
                 "Message": "The receipt handle has expired."} for e in entries]}).encode()
            self._record(mode=mode, status=200)
            self._answer(200, payload, [("Content-Type", "application/x-amz-json-1.0")])
            return
        if mode in FAULTS:
            status, kind, message = FAULTS[mode]
            self._record(mode=mode, status=status)
            payload = json.dumps({"__type": kind, "message": message}).encode()
            self._answer(status, payload, [("Content-Type", "application/x-amz-json-1.0"),
                                           ("x-amzn-query-error", kind.split("#")[1] + ";Sender")])
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("connection", "content-length")}
        if (self.command == "GET" and self.server.signer_cert_id
                and self.path == "/SimpleNotificationService-%s.pem" % self.server.signer_cert_id):
            self._record(mode="signer-cert", status=200)
            with open(self.server.signing_cert, "rb") as f:
                self._answer(200, f.read(), [("Content-Type", "application/x-x509-ca-cert")])
            return
        if self.command == "GET" and (self.path.startswith("/SimpleNotificationService-")
                                      or self.path.startswith("/?Action=ConfirmSubscription&")):
            region = host.split(".")[1]
            headers["Authorization"] = ("AWS4-HMAC-SHA256 Credential=front/20260101/%s/sns/aws4_request, "
                                        "SignedHeaders=host, Signature=0" % region)
        answer, data = self._ask_moto(body, headers)
        out = [(k, v) for k, v in answer.getheaders()
               if k.lower() not in ("connection", "content-length", "transfer-encoding", "server", "date")]
        extra = {}
        if self.headers.get("X-Amz-Target", "") == "AmazonSQS.ReceiveMessage":
            try:
                extra["max"] = int(json.loads(body or b"{}").get("MaxNumberOfMessages", 1))
            except (ValueError, TypeError, AttributeError):
                extra["max"] = None  # not the JSON protocol's: moto answered it as it does
            extra["padded"] = (mode == "oversized" and (extra["max"] or 1) > 1 and answer.status == 200
                               and bool(json.loads(data or b"{}").get("Messages")))
            if extra["padded"]:
                data += b" " * OVERSIZED_PADDING
        if self.headers.get("X-Amz-Target", "") == "AmazonSQS.ChangeMessageVisibilityBatch":
            try:
                extra["visibility"] = sorted({e.get("VisibilityTimeout") for e in json.loads(body or b"{}").get("Entries", [])})
            except (ValueError, TypeError, AttributeError):
                extra["visibility"] = None
        self._record(mode=mode, status=answer.status, **extra)
        self._answer(answer.status, data, out)

    def _ask_moto(self, body, headers):
        """The request as it came, to moto over one keep-alive connection per
        client connection (a new one per request cost moto a TCP accept and a
        thread each time); once more on a new connection when a reused one
        turns out closed before it answered."""
        for attempt in (1, 2):
            reused = getattr(self, "_moto", None) is not None
            if not reused:
                self._moto = http.client.HTTPConnection("127.0.0.1", self.server.moto_port, timeout=60)
            try:
                self._moto.request(self.command, self.path, body=body, headers=headers)
                answer = self._moto.getresponse()
                data = answer.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self._moto.close()
                self._moto = None
                if reused and attempt == 1:
                    continue
                raise
            if answer.will_close:
                self._moto.close()
                self._moto = None
            return answer, data

    def finish(self):
        if getattr(self, "_moto", None) is not None:
            self._moto.close()
        super().finish()

    do_GET = _forward
    do_POST = _forward
    do_PUT = _forward


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--moto-port", type=int, required=True)
    ap.add_argument("--tls-cert", required=True)
    ap.add_argument("--tls-key", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--modes", required=True)
    ap.add_argument("--signing-cert", help="the tests' signing certificate (with --signer-cert-id)")
    ap.add_argument("--signer-cert-id", help="the 32 hex digits of the tests' signer's certificate URL")
    args = ap.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.moto_port = args.moto_port
    server.log_path = args.log
    server.modes_path = args.modes
    server.log_lock = threading.Lock()
    server.signing_cert = args.signing_cert
    server.signer_cert_id = args.signer_cert_id
    serve_https(server, args.tls_cert, args.tls_key)


if __name__ == "__main__":
    main()
