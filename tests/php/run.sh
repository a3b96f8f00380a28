#!/usr/bin/env bash
# Runs the PHPUnit suite against the real built extension:
#
#   php -d extension=<.so> -d quillcrm_sns.cache_dir=<tmp> \
#       -d quillcrm_sns.test_ca_file=tests/fixtures/pki/test-ca.pem \
#       -d quillcrm_sns.test_resolve=sns.<region>.amazonaws.com:443:127.0.0.1:<port>,... \
#       /usr/bin/phpunit -c tests/php/phpunit.xml [phpunit args]
#
# It starts the SNS HTTPS stand-in of the e2e suite (tests/e2e/bin/sns-standin.py)
# once per signing certificate the tests need, each behind its own region, and
# stops them by PID on exit. Nothing listens beyond 127.0.0.1; nothing reaches AWS.
#
#   region          served by                            for
#   us-east-1       stand-in, signing.pem                every accepted message, confirmations
#   cn-north-1      stand-in, signing-cn.pem             the China signing name
#   us-west-2       stand-in, signing-1024.pem           invalid_certificate (short key)
#   eu-west-1       stand-in, signing-wrong-name.pem     invalid_certificate (not SNS)
#   ap-east-1       stand-in, signing-expired.pem        certificate validity at the Timestamp
#   ca-central-1    stand-in, signing-san-other.pem      invalid_certificate (SAN not SNS, CN is)
#   eu-central-1    the us-east-1 stand-in               cert_unavailable (TLS name mismatch)
#   sa-east-1       a port nobody listens on             cert_unavailable, confirmation_failed
#   (any other)     not in the resolve list              cert_unavailable (host not found)
#
# Env: QUILLCRM_SO (default target/release/libquillcrm_sns.so), PHP (default php),
# PHPUNIT (default /usr/bin/phpunit), PYTHON (default python3).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SO=${QUILLCRM_SO:-$ROOT/target/release/libquillcrm_sns.so}
PHP=${PHP:-php}
PHPUNIT=${PHPUNIT:-/usr/bin/phpunit}
PYTHON=${PYTHON:-python3}
PKI=$ROOT/tests/fixtures/pki
STANDIN=$ROOT/tests/e2e/bin/sns-standin.py

[ -f "$SO" ] || { echo "run.sh: no extension at $SO (cargo build --release, or set QUILLCRM_SO)" >&2; exit 2; }
SO=$(cd "$(dirname "$SO")" && pwd)/$(basename "$SO")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/quillcrm-phpunit.XXXXXX")
PIDS=()
cleanup() {
	local pid
	for pid in "${PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]}"; do
		wait "$pid" 2>/dev/null || true
	done
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A port that was free a moment ago (the kernel picks it).
free_port() {
	"$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start_standin <name> <signing cert file>: prints nothing, sets PORT_<name>.
start_standin() {
	local name=$1 cert=$2 port
	port=$(free_port)
	"$PYTHON" "$STANDIN" --bind 127.0.0.1 --port "$port" \
		--tls-cert "$PKI/tls-sns.pem" --tls-key "$PKI/tls-sns.key" \
		--signing-cert "$PKI/$cert" --log "$WORK/sns-$name.jsonl" \
		>"$WORK/sns-$name.out" 2>&1 &
	PIDS+=($!)
	printf -v "PORT_$name" '%s' "$port"
}

wait_listening() { # name port pid
	local i
	for i in $(seq 1 100); do
		if ! kill -0 "$3" 2>/dev/null; then
			echo "run.sh: the $1 stand-in exited:" >&2
			cat "$WORK/sns-$1.out" >&2
			exit 1
		fi
		if (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then
			return 0
		fi
		sleep 0.05
	done
	echo "run.sh: the $1 stand-in did not listen on 127.0.0.1:$2" >&2
	exit 1
}

start_standin main signing.pem
start_standin china signing-cn.pem
start_standin short signing-1024.pem
start_standin wrongname signing-wrong-name.pem
start_standin expired signing-expired.pem
start_standin sanother signing-san-other.pem
DEAD_PORT=$(free_port)

i=0
for name in main china short wrongname expired sanother; do
	port_var=PORT_$name
	wait_listening "$name" "${!port_var}" "${PIDS[$i]}"
	i=$((i + 1))
done

RESOLVE="sns.us-east-1.amazonaws.com:443:127.0.0.1:$PORT_main"
RESOLVE+=",sns.cn-north-1.amazonaws.com.cn:443:127.0.0.1:$PORT_china"
RESOLVE+=",sns.us-west-2.amazonaws.com:443:127.0.0.1:$PORT_short"
RESOLVE+=",sns.eu-west-1.amazonaws.com:443:127.0.0.1:$PORT_wrongname"
RESOLVE+=",sns.ap-east-1.amazonaws.com:443:127.0.0.1:$PORT_expired"
RESOLVE+=",sns.ca-central-1.amazonaws.com:443:127.0.0.1:$PORT_sanother"
RESOLVE+=",sns.eu-central-1.amazonaws.com:443:127.0.0.1:$PORT_main"
RESOLVE+=",sns.sa-east-1.amazonaws.com:443:127.0.0.1:$DEAD_PORT"

CACHE_DIR=$WORK/cert-cache
mkdir -m 700 "$CACHE_DIR"

# What the tests read (they refuse to run without it: see bootstrap.php).
export QUILLCRM_SO=$SO
export QUILLCRM_TEST_SNS_LOG=$WORK/sns-main.jsonl
export QUILLCRM_TEST_CA_FILE=$PKI/test-ca.pem
export QUILLCRM_TEST_RESOLVE=$RESOLVE

cd "$ROOT"
set +e
echo "== the extension ($SO)"
"$PHP" -d "extension=$SO" \
	-d "quillcrm_sns.cache_dir=$CACHE_DIR" \
	-d "quillcrm_sns.test_ca_file=$PKI/test-ca.pem" \
	-d "quillcrm_sns.test_resolve=$RESOLVE" \
	"$PHPUNIT" -c "$ROOT/tests/php/phpunit.xml" --exclude-group polyfill-only "$@"
status=$?
# The same suite against the plain-PHP fallback, in a PHP that does not load
# the extension (the fallback reads the same test-only directives).
echo "== the plain-PHP fallback (php/polyfill/)"
QUILLCRM_IMPLEMENTATION=php "$PHP" \
	-d "quillcrm_sns.test_ca_file=$PKI/test-ca.pem" \
	-d "quillcrm_sns.test_resolve=$RESOLVE" \
	"$PHPUNIT" -c "$ROOT/tests/php/phpunit.xml" --exclude-group extension-only "$@" || status=1
set -e
exit "$status"
