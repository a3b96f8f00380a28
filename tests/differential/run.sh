#!/usr/bin/env bash
# The differential check of the extension and its plain-PHP fallback over
# the fuzz corpora and their mutations (tests/differential/run.php).
#
#   tests/differential/run.sh [seconds]     default 30 (./build.sh test); ./build.sh fuzz runs longer
#
# Starts one local HTTPS SNS stand-in serving the test signing certificate,
# stops it by PID on exit. Env: QUILLCRM_SO, PHP, PYTHON; DIFFERENTIAL_SEED
# repeats a run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SO=${QUILLCRM_SO:-$ROOT/target/release/libquillcrm_sns.so}
PHP=${PHP:-php}
PYTHON=${PYTHON:-python3}
PKI=$ROOT/tests/fixtures/pki
SECONDS_TO_RUN=${1:-30}
[ -f "$SO" ] || { echo "differential/run.sh: no extension at $SO" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/quillcrm-differential.XXXXXX")
PID=""
cleanup() {
	[ -z "$PID" ] || { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
	rm -rf "$WORK"
}
trap cleanup EXIT

# The seeds: fuzz/make-corpus.py writes them into fuzz/corpus (gitignored).
"$PYTHON" "$ROOT/fuzz/make-corpus.py" >/dev/null

PORT=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$PYTHON" "$ROOT/tests/e2e/bin/sns-standin.py" --bind 127.0.0.1 --port "$PORT" \
	--tls-cert "$PKI/tls-sns.pem" --tls-key "$PKI/tls-sns.key" --signing-cert "$PKI/signing.pem" \
	--log "$WORK/sns.jsonl" >"$WORK/sns.out" 2>&1 &
PID=$!
for _ in $(seq 1 100); do
	(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
	sleep 0.05
done

RESOLVE="sns.us-east-1.amazonaws.com:443:127.0.0.1:$PORT"
mkdir -m 700 "$WORK/cache"
# Both implementations read the test-only directives (the fallback with get_cfg_var()).
"$PHP" -d "extension=$SO" -d "quillcrm_sns.cache_dir=$WORK/cache" \
	-d "quillcrm_sns.test_ca_file=$PKI/test-ca.pem" -d "quillcrm_sns.test_resolve=$RESOLVE" \
	"$ROOT/tests/differential/run.php" "$SECONDS_TO_RUN" "$ROOT/fuzz/corpus/handler" "$ROOT/fuzz/corpus/ses_classify"
