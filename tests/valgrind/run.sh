#!/usr/bin/env bash
# valgrind --tool=memcheck over 1,000 quillcrm_sns_handle() calls in one PHP
# process (tests/valgrind/handler-calls.php: valid, invalid and hostile
# bodies, and request arrays that must throw).
#
#   tests/valgrind/run.sh            # uses target/release/libquillcrm_sns.so
#   QUILLCRM_SO=/path/to.so tests/valgrind/run.sh
#
# PASS needs: every call answered as expected, no invalid read or write, no
# use of uninitialised memory, no bad free, and no definitely lost byte
# (USE_ZEND_ALLOC=0 so PHP's own allocations go through malloc and valgrind
# sees them; ZEND_DONT_UNLOAD_MODULES=1 so leak stacks keep the extension's
# symbols). tests/valgrind/php.supp holds the only suppressions, each with
# the reason it is PHP's or libc's own noise, not ours. Runtime: about a
# minute on this machine. Exit 0 on PASS, 1 on FAIL, 2 when it cannot run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SO=${QUILLCRM_SO:-$ROOT/target/release/libquillcrm_sns.so}
PHP=${PHP:-php}
[ -f "$SO" ] || { echo "valgrind/run.sh: no extension at $SO (cargo build --release)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind/run.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/quillcrm-valgrind.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
LOG=$WORK/valgrind.log

echo "valgrind/run.sh: 1,000 handler calls under memcheck ($SO)"
start=$(date +%s)
set +e
# -n: no php.ini, so only PHP itself and this extension are loaded.
# Certificate URLs that are not in the disk cache go to 127.0.0.1:1, where
# nothing listens: the network path runs, and nothing leaves the machine.
USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 valgrind --tool=memcheck \
	--leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
	--num-callers=40 --error-exitcode=99 \
	--suppressions="$ROOT/tests/valgrind/php.supp" \
	--log-file="$LOG" \
	"$PHP" -n -d "extension=$SO" \
	-d "quillcrm_sns.cache_dir=$WORK/cache" \
	-d "quillcrm_sns.test_resolve=sns.us-east-1.amazonaws.com:443:127.0.0.1:1" \
	"$ROOT/tests/valgrind/handler-calls.php" >"$WORK/out.txt" 2>"$WORK/err.txt"
status=$?
set -e
elapsed=$(( $(date +%s) - start ))

cat "$WORK/out.txt"
sed -n '/LEAK SUMMARY/,/suppressed:/p' "$LOG" | sed 's/^==[0-9]*== /  /'
calls_line=$(grep '^calls:' "$WORK/out.txt" || true)
errors=$(sed -n 's/.*ERROR SUMMARY: \([0-9,]*\) errors.*/\1/p' "$LOG" | tail -n1 | tr -d ,)
invalid=$(grep -cE '== (Invalid (read|write|free)|Mismatched free|Conditional jump|Use of uninitialised|Syscall param|Source and destination overlap)' "$LOG" || true)
definite=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes in \([0-9,]*\) blocks.*/\1 bytes in \2 blocks/p' "$LOG" | tail -n1)
# Stack frames in the extension within error or leak reports (not the
# command line valgrind echoes at the top).
ours=$(grep -E '^==[0-9]+== +(at|by) 0x' "$LOG" | grep -c 'libquillcrm_sns' || true)
suppressed=$(sed -n 's/.*ERROR SUMMARY: .*suppressed: \([0-9,]*\) from.*/\1/p' "$LOG" | tail -n1)

echo "memcheck: ${errors:-?} errors (${suppressed:-0} suppressed), ${invalid} invalid access/uninitialised reports, definitely lost: ${definite:-0 bytes in 0 blocks}, stack frames in libquillcrm_sns: ${ours}; ${elapsed} s"
if [ "$status" -eq 0 ] && [ "${errors:-1}" = 0 ] && [ "$invalid" = 0 ] && [ -n "$calls_line" ]; then
	echo "valgrind/run.sh: PASS"
	exit 0
fi
echo "valgrind/run.sh: FAIL (exit status $status)"
cat "$WORK/err.txt" >&2
grep -A40 -E '== (Invalid|Mismatched|Conditional|Use of|Syscall|Source and)|definitely lost in' "$LOG" | head -n 200 >&2 || true
exit 1
