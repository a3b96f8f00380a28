#!/usr/bin/env python3
"""Signs requests with botocore's SigV4Auth, for tests/sigv4_against_botocore.rs.

Reads a JSON list of cases on stdin: {method, url, headers: [[name, value]],
body (text), access_key_id, secret_access_key, session_token (or null),
region, service, time (Unix seconds)}. Writes a JSON list: for each case the
headers botocore added ({name: value}, names lower-cased).

botocore comes from PyPI (installed by build.sh into tests/e2e/pylib with
moto; PYTHONPATH points there).
"""
import datetime
import json
import sys

import botocore.auth
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def sign(case):
    fixed = datetime.datetime.fromtimestamp(case["time"], tz=datetime.timezone.utc).replace(tzinfo=None)
    botocore.auth.get_current_datetime = lambda *a, **k: fixed
    request = AWSRequest(method=case["method"], url=case["url"], data=case["body"].encode("utf-8"))
    for name, value in case["headers"]:
        request.headers[name] = value
    before = {k.lower() for k in request.headers.keys()}
    credentials = Credentials(case["access_key_id"], case["secret_access_key"], case["session_token"])
    SigV4Auth(credentials, case["service"], case["region"]).add_auth(request)
    return {k.lower(): v for k, v in request.headers.items() if k.lower() not in before}


print(json.dumps([sign(c) for c in json.load(sys.stdin)]))
