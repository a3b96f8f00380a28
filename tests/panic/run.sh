#!/usr/bin/env bash
# Panic safety: a Rust panic inside the handler reaches PHP as a catchable
# \Error and leaves the PHP process usable; production builds do not contain
# the trigger.
#
#   tests/panic/run.sh
#
# Builds the test-only variant (cargo feature test-panic-trigger) into its
# own target dir, target/panic-trigger, so target/release stays the
# production build; then runs tests/panic/panic-test.php against it (under
# valgrind too, when installed: the unwinding must not leak or corrupt), and
# against the production .so, which must not have quillcrm_sns_test_panic().
# Runtime: ~15 s once built (the first build of the variant takes minutes).
# Env: QUILLCRM_SO (the production .so, default target/release/...), PHP.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SO=${QUILLCRM_SO:-$ROOT/target/release/libquillcrm_sns.so}
PHP=${PHP:-php}
TEST_SO=$ROOT/target/panic-trigger/release/libquillcrm_sns.so
[ -f "$SO" ] || { echo "panic/run.sh: no production extension at $SO (cargo build --release)" >&2; exit 2; }

(cd "$ROOT" && cargo build --release --locked -p quillcrm_sns --features test-panic-trigger --target-dir target/panic-trigger)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/quillcrm-panic.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
fail=0

echo "== the test-only build ($TEST_SO)"
"$PHP" -n -d "extension=$TEST_SO" -d "quillcrm_sns.cache_dir=$WORK/cache1" \
	"$ROOT/tests/panic/panic-test.php" 2>"$WORK/stderr" || fail=1
# The Rust panic message goes to stderr (the default panic hook): expected.
grep -c 'deliberate panic' "$WORK/stderr" | sed 's/^/   panic messages on stderr: /'

if command -v valgrind >/dev/null; then
	echo "== the same under valgrind memcheck"
	if USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 valgrind --tool=memcheck --leak-check=full \
		--show-leak-kinds=definite --errors-for-leak-kinds=definite --error-exitcode=99 \
		--suppressions="$ROOT/tests/valgrind/php.supp" --log-file="$WORK/valgrind.log" \
		"$PHP" -n -d "extension=$TEST_SO" -d "quillcrm_sns.cache_dir=$WORK/cache2" \
		"$ROOT/tests/panic/panic-test.php" >"$WORK/valgrind.out" 2>/dev/null; then
		tail -n1 "$WORK/valgrind.out"
		grep -E 'ERROR SUMMARY|definitely lost' "$WORK/valgrind.log" | sed 's/^==[0-9]*== /   /'
	else
		echo "FAIL under valgrind:"; cat "$WORK/valgrind.out"; grep -A30 -E 'Invalid|definitely lost in' "$WORK/valgrind.log" | head -n 100
		fail=1
	fi
fi

echo "== the production build ($SO)"
"$PHP" -n -d "extension=$SO" "$ROOT/tests/panic/panic-test.php" production || fail=1

if [ "$fail" = 0 ]; then echo "panic/run.sh: PASS"; else echo "panic/run.sh: FAIL"; fi
exit "$fail"
