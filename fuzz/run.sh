#!/usr/bin/env bash
# Coverage-guided fuzzing of the pure core: libFuzzer through cargo-fuzz, on
# the stable toolchain with --sanitizer none (fuzz/README.md says why).
#
#   fuzz/run.sh [seconds]      # each target for that many seconds (default 60)
#   ./build.sh fuzz [seconds]  # the same, after installing the system packages
#
# Installs what it needs (cargo-fuzz from crates.io; python3, openssl and a
# C++ compiler from Debian), writes the seed corpora from the fixtures
# (fuzz/make-corpus.py, into the gitignored fuzz/corpus), builds with debug
# assertions and overflow checks on, runs the targets one after another (never
# two at once), and prints, per target: executions, crashes, timeouts,
# out-of-memory, peak RSS and RSS at the first and last status line. Exit 1 on
# any finding; its input is kept in fuzz/artifacts/<target>/.
set -euo pipefail

FUZZ=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$FUZZ")
SECONDS_PER_TARGET=${1:-60}
TARGETS=(${FUZZ_TARGETS:-handler ses_classify url_validators})
# Per input: a run longer than this is a timeout; more memory than this is a
# finding (memory growth shows as RSS climbing towards it).
TIMEOUT_S=10
RSS_LIMIT_MB=1024
MALLOC_LIMIT_MB=512

case "$SECONDS_PER_TARGET" in
	'' | *[!0-9]*) echo "fuzz/run.sh: seconds must be a whole number" >&2; exit 2 ;;
esac

need_apt=()
command -v python3 >/dev/null || need_apt+=(python3)
command -v openssl >/dev/null || need_apt+=(openssl)
command -v c++ >/dev/null || need_apt+=(g++)
if [ ${#need_apt[@]} -gt 0 ]; then
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${need_apt[@]}"
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
	echo "==> cargo install cargo-fuzz"
	cargo install cargo-fuzz --locked
fi

echo "==> seed corpora"
python3 "$FUZZ/make-corpus.py"

echo "==> build (cargo fuzz build --sanitizer none --debug-assertions)"
(cd "$ROOT" && cargo fuzz build --sanitizer none --debug-assertions)
BIN=$FUZZ/target/x86_64-unknown-linux-gnu/release

LOGS=$FUZZ/artifacts/logs
mkdir -p "$LOGS"
findings=0
total=0
summary=()
for target in "${TARGETS[@]}"; do
	echo "==> $target: ${SECONDS_PER_TARGET} s"
	mkdir -p "$FUZZ/artifacts/$target"
	log=$LOGS/$target.log
	set +e
	(cd "$FUZZ" && "$BIN/$target" "corpus/$target" \
		-dict=sns.dict -max_total_time="$SECONDS_PER_TARGET" -timeout="$TIMEOUT_S" \
		-rss_limit_mb="$RSS_LIMIT_MB" -malloc_limit_mb="$MALLOC_LIMIT_MB" -max_len=65536 \
		-print_final_stats=1 -artifact_prefix="artifacts/$target/" >"$log" 2>&1)
	status=$?
	set -e
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
	peak=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n1)
	rss_first=$(awk 'match($0, /rss: [0-9]+Mb/) { print substr($0, RSTART + 5, RLENGTH - 7); exit }' "$log")
	rss_last=$(awk 'match($0, /rss: [0-9]+Mb/) { v = substr($0, RSTART + 5, RLENGTH - 7) } END { print v }' "$log")
	crashes=$(grep -cE 'ERROR: libFuzzer: deadly signal|panicked at|==[0-9]+== ERROR' "$log" || true)
	timeouts=$(grep -c 'ERROR: libFuzzer: timeout' "$log" || true)
	ooms=$(grep -cE 'ERROR: libFuzzer: (out-of-memory|malloc)' "$log" || true)
	execs=${execs:-0}
	total=$((total + execs))
	line=$(printf '%-15s %5s s  %12s execs  %4s crashes  %3s timeouts  %3s OOM  peak RSS %4s MB  (RSS %s -> %s MB)  exit %s' \
		"$target" "$SECONDS_PER_TARGET" "$execs" "$crashes" "$timeouts" "$ooms" "${peak:-?}" "${rss_first:-?}" "${rss_last:-?}" "$status")
	summary+=("$line")
	if [ "$status" -ne 0 ] || [ "$crashes" != 0 ] || [ "$timeouts" != 0 ] || [ "$ooms" != 0 ]; then
		findings=$((findings + 1))
		echo "   FINDING in $target (log: $log):"
		grep -E -A25 'panicked at|ERROR: libFuzzer' "$log" | head -n 40
		ls "$FUZZ/artifacts/$target"
	fi
done

echo
echo "==> fuzz summary (libFuzzer via cargo-fuzz, --sanitizer none, debug assertions on)"
printf '%s\n' "${summary[@]}"
echo "total executions: $total"
if [ "$findings" -ne 0 ]; then
	echo "fuzz/run.sh: FAIL: $findings target(s) with findings; reproduce with"
	echo "  fuzz/target/x86_64-unknown-linux-gnu/release/<target> fuzz/artifacts/<target>/<file>"
	exit 1
fi
echo "fuzz/run.sh: PASS: no panic, crash, timeout or out-of-memory"
