#!/usr/bin/env bash
# The QuillCRM benchmark: all six measurements side by side in one
# run. `./build.sh bench` builds the release .so and then runs this.
#
#   bench/run.sh                 everything (~15 min on 2 cores)
#   BENCH_ROUNDS=3 bench/run.sh  fewer interleaved rounds
#   bench/run.sh --only 1,2,3    a subset (1-3 micro/cold, 4 wrk, 5 storm, 6 memory)
#
# Environment:
#   QUILLCRM_SO        the extension (default <repo>/target/release/libquillcrm_sns.so)
#   BENCH_ROUNDS       interleaved rounds (default 5)
#   BENCH_HTTP_PORT / BENCH_DB_PORT / BENCH_SNS_PORT   the private e2e stack's
#                      ports (default 38080 / 33306 / 38443)
#
# Output: bench/out/<UTC timestamp>/report.md (the table, machine, medians),
# results.json (every round), medians.csv, storm-answers.csv, callgrind files.
# The e2e stack runs from bench/out/stack and is stopped by PID on exit, also
# on failure or Ctrl-C.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SO=${QUILLCRM_SO:-$ROOT/target/release/libquillcrm_sns.so}
OUT=$HERE/out/$(date -u +%Y%m%dT%H%M%SZ)
STACK_DIR=$HERE/out/stack

export E2E_RUN_DIR=$STACK_DIR
export E2E_HTTP_PORT=${BENCH_HTTP_PORT:-38080}
export E2E_DB_PORT=${BENCH_DB_PORT:-33306}
export E2E_SNS_PORT=${BENCH_SNS_PORT:-38443}
export QUILLCRM_SO=$SO

die() { echo "bench/run.sh: $*" >&2; exit 1; }

[ -f "$SO" ] || die "extension not found: $SO (cargo build --release, or set QUILLCRM_SO)"
for cmd in php python3 wrk valgrind callgrind_annotate openssl mariadb nginx; do
	command -v "$cmd" >/dev/null || die "missing program: $cmd (see bench/README.md for the Debian packages)"
done
# The pure-Rust split of measurement 1 (examples/core_speed.rs in the core
# package, which knows nothing of PHP).
(cd "$ROOT" && cargo build --release --locked -p quillcrm_sns_core --example core_speed) ||
	die "cannot build examples/core_speed.rs"
nm -D "$SO" | grep ' get_module$' >/dev/null || die "$SO is not the PHP extension (no get_module); run cargo build --release"
[ -d "$ROOT/../shared/fixtures" ] || echo "bench/run.sh: note: shared fixtures not found at $ROOT/../shared/fixtures (not needed by the benchmark)" >&2

mkdir -p "$OUT"
stop_stack() {
	"$ROOT/tests/e2e/stack.sh" stop >>"$OUT/stack.log" 2>&1 || echo "bench/run.sh: stopping the stack failed (see $OUT/stack.log)" >&2
}
trap stop_stack EXIT
trap 'exit 130' INT TERM

# A fresh site every run (stop is a no-op when nothing of this run dir is alive).
"$ROOT/tests/e2e/stack.sh" stop >"$OUT/stack.log" 2>&1 || true
echo "bench/run.sh: starting the e2e stack in $STACK_DIR (ports $E2E_HTTP_PORT, $E2E_DB_PORT, $E2E_SNS_PORT)"
# MariaDB's temporary tables go to $TMPDIR (default /tmp, shared with every
# other process on the machine; a first run lost one delivery to "Error on
# delete of '/tmp/#sql-temptable-...'"): give the stack a private one.
mkdir -p "$STACK_DIR/tmp"
TMPDIR=$STACK_DIR/tmp "$ROOT/tests/e2e/stack.sh" start >>"$OUT/stack.log" 2>&1 || { cat "$OUT/stack.log" >&2; die "the e2e stack did not start"; }

python3 "$HERE/bench.py" --repo "$ROOT" --so "$SO" --out "$OUT" --stack-dir "$STACK_DIR" \
	--core-speed "$ROOT/target/release/examples/core_speed" \
	--rounds "${BENCH_ROUNDS:-5}" "$@" 2>&1 | tee "$OUT/bench.log"
status=${PIPESTATUS[0]}
echo
echo "bench/run.sh: report: $OUT/report.md"
exit "$status"
