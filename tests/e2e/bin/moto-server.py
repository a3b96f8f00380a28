#!/usr/bin/env python3
"""moto_server for the e2e stack, with a cheaper clock in its SQS model.

moto's SQS model (5.2.5) recomputes every queue attribute on each message it
sends or receives (SNS fan-out included), and each attribute walks every
message of the queue asking the time through moto.core.utils.unix_time(),
which builds two datetimes per call: n messages cost O(n^2) of those calls.
The queue intake's 2,000-event test spent about 100 s publishing and 8 s per
ReceiveMessage (past the extension's timeout) in it. The same time, read
from time.time() instead, keeps moto's behaviour and values and makes that
test a matter of seconds.

Usage as moto_server's: moto-server.py -H 127.0.0.1 -p PORT (PYTHONPATH
tests/e2e/pylib).
"""
import time

import moto.core.utils
import moto.sqs.models
from moto.server import main


def unix_time(dt=None):
    """moto.core.utils.unix_time(), without the datetimes for "now"."""
    return time.time() if dt is None else moto.core.utils.unix_time(dt)


def unix_time_millis(dt=None):
    """moto.core.utils.unix_time_millis(), likewise."""
    return time.time() * 1000.0 if dt is None else moto.core.utils.unix_time_millis(dt)


moto.sqs.models.unix_time = unix_time
moto.sqs.models.unix_time_millis = unix_time_millis

if __name__ == "__main__":
    main()
