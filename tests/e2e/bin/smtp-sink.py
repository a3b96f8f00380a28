#!/usr/bin/env python3
"""A local SMTP sink for the e2e site (stack.sh starts it, stops it by PID).

Accepts every message on 127.0.0.1:<port> and appends one JSON line per
message to <log>: {"mail_from", "rcpt_tos", "subject", "data"}. WordPress's
wp_mail() reaches it through the test-only mu-plugin site/e2e-mail.php
(phpmailer_init: SMTP to this port). aiosmtpd comes from PyPI, installed by
build.sh into tests/e2e/pylib (see requirements.txt).
"""
import argparse
import email
import email.policy
import json
import os
import signal
import sys
import threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'pylib'))

from aiosmtpd.controller import Controller  # noqa: E402


class Sink:
    def __init__(self, log):
        self.log = log
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        data = envelope.content.decode('utf-8', 'replace')
        message = email.message_from_string(data, policy=email.policy.default)
        line = json.dumps({
            'mail_from': envelope.mail_from,
            'rcpt_tos': envelope.rcpt_tos,
            'subject': str(message.get('Subject', '')),
            'data': data,
        })
        with self.lock, open(self.log, 'a', encoding='utf-8') as f:
            f.write(line + '\n')
        return '250 Message accepted for delivery'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--port', type=int, required=True)
    parser.add_argument('--log', required=True)
    args = parser.parse_args()
    controller = Controller(Sink(args.log), hostname='127.0.0.1', port=args.port)
    controller.start()
    print('smtp-sink listening on 127.0.0.1:%d, writing %s' % (args.port, args.log), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == '__main__':
    main()
