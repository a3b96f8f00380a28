"""What the e2e stack's HTTPS stand-ins (sns-standin.py, aws-front.py) share:
a request handler that answers without Nagle's delay, and serving over TLS.
"""

import socket
import ssl
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class AnsweringHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        # http.server writes an answer's headers and body apart: with Nagle's
        # algorithm on, the body waited for the client's delayed ACK of the
        # headers, 40 ms on Linux, on every call (a drain's receive and delete
        # cost 50-60 ms each instead of ~10, every certificate fetch 40 ms more).
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().setup()


def serve_https(server: ThreadingHTTPServer, tls_cert: str, tls_key: str) -> None:
    """Serves `server` over TLS 1.2 or later until interrupted."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(tls_cert, tls_key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
