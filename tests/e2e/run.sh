#!/usr/bin/env bash
# Runs the end-to-end tests: starts the test site (stack.sh), runs the PHPUnit
# e2e suite and the browser test against it, and stops every process it
# started (by PID) on exit, also on failure or Ctrl-C. Exit status non-zero
# when anything failed.
#
#   tests/e2e/run.sh                 everything
#   tests/e2e/run.sh --filter Hard   extra arguments go to both phpunit runs
#
# Expects the extension already built (./build.sh builds it first):
#   QUILLCRM_SO   default <repo>/target/release/libquillcrm_sns.so
#   E2E_RUN_DIR, E2E_*_PORT: see stack.sh.  E2E_KEEP_STACK=1 leaves the site up.
#   E2E_SUITES    default "e2e browser faults fallback"; "fallback" runs the
#                 contact, exactly-once and hostile-HTTP tests again on a second
#                 site whose PHP does not load the extension (the plugin's
#                 plain-PHP fallback answers), installed from ./build.sh package
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export QUILLCRM_SO=${QUILLCRM_SO:-$ROOT/target/release/libquillcrm_sns.so}
export E2E_RUN_DIR=${E2E_RUN_DIR:-$HERE/run}
RUN=$E2E_RUN_DIR
PHPUNIT=${PHPUNIT:-phpunit}

if [ ! -f "$QUILLCRM_SO" ]; then
	echo "run.sh: the extension is not built: $QUILLCRM_SO (run ./build.sh build, or set QUILLCRM_SO)" >&2
	exit 1
fi
command -v "$PHPUNIT" >/dev/null || { echo "run.sh: phpunit not found (apt-get install phpunit)" >&2; exit 1; }

if "$HERE/stack.sh" status >/dev/null 2>&1; then
	echo "run.sh: a test site is already running in $RUN; using it and leaving it up"
	started=0
else
	started=1
fi

stop_stack() {
	if [ "$started" = 1 ] && [ "${E2E_KEEP_STACK:-0}" != 1 ]; then
		"$HERE/stack.sh" stop
	elif [ "$started" = 1 ]; then
		echo "run.sh: E2E_KEEP_STACK=1: the site stays up; stop it with $HERE/stack.sh stop"
	fi
}
trap stop_stack EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$started" = 1 ]; then
	"$HERE/stack.sh" start || exit 1
fi

# Reports of an earlier run must not be taken for this one's.
rm -rf "$RUN/failures"
rm -f "$RUN"/junit-*.xml "$RUN"/screenshots/failure-*.png

status=0
failed_suites=()
suites=${E2E_SUITES:-e2e browser faults fallback}
for suite in $suites; do
	[ "$suite" = fallback ] && continue
	echo
	echo "run.sh: PHPUnit suite '$suite'"
	"$PHPUNIT" -c "$HERE/phpunit.xml" --testsuite "$suite" --log-junit "$RUN/junit-$suite.xml" "$@" || { status=1; failed_suites+=("$suite"); }
done

# The same tests on a site without the extension: a second stack, on ports
# 100 above the first, the plugin installed from the package a user uploads.
FALLBACK_RUN=$RUN-fallback
fallback_env() {
	env E2E_RUN_DIR="$FALLBACK_RUN" E2E_WITHOUT_EXTENSION=1 E2E_PLUGIN_ZIP="$ZIP" \
		E2E_HTTP_PORT=$(( ${E2E_HTTP_PORT:-18080} + 100 )) E2E_DB_PORT=$(( ${E2E_DB_PORT:-13306} + 100 )) \
		E2E_SNS_PORT=$(( ${E2E_SNS_PORT:-18443} + 100 )) "$@"
}
case " $suites " in
*" fallback "*)
	echo
	echo "run.sh: PHPUnit suite 'fallback' (a site whose PHP does not load the extension)"
	rm -rf "$FALLBACK_RUN/failures"
	# The first site is done with: stopping it frees the client ports its
	# processes hold (php-fpm workers keep the extension's pooled HTTPS
	# connections; with ports in the ephemeral range, one of them was the
	# fallback nginx's 38380). stack.sh waits out their TIME_WAIT.
	if [ "$started" = 1 ] && [ "${E2E_KEEP_STACK:-0}" != 1 ]; then
		"$HERE/stack.sh" stop
	fi
	"$ROOT/build.sh" package >/dev/null
	ZIP=$(ls -t "$ROOT"/dist/quillcrm-bounce-*.zip | head -n1)
	if fallback_env "$HERE/stack.sh" start; then
		fallback_env "$PHPUNIT" -c "$HERE/phpunit.xml" --testsuite fallback --log-junit "$RUN/junit-fallback.xml" "$@" || { status=1; failed_suites+=(fallback); }
	else
		status=1
		failed_suites+=("fallback (the stack did not start)")
	fi
	fallback_env "$HERE/stack.sh" stop
	;;
esac

if [ $status != 0 ]; then
	echo
	echo "run.sh: FAILED. Site logs, last lines of the whole run (the fault tests cause some of"
	echo "these on purpose, e.g. nginx's 'recv() failed (104...)' when ProcessKillTest kills a worker):"
	for log in "$RUN/wp-debug.log" "$RUN/logs/php-errors.log" "$RUN/logs/php-fpm.log" "$RUN/logs/nginx-error.log"; do
		[ -s "$log" ] || continue
		echo "--- $log"
		grep -v 'PHP Deprecated' "$log" | tail -n 15
	done
	# Each test that did not pass, with what the site logged while it ran
	# (E2eTestCase::onNotSuccessfulTest), then the list of them: last, so that
	# the end of a CI log names them.
	for report in "$RUN"/failures/*.txt "$FALLBACK_RUN"/failures/*.txt; do
		[ -f "$report" ] || continue
		echo
		echo "=== $(head -n 1 "$report")"
		tail -n +2 "$report" | cut -c 1-400 | head -n 120
	done
	echo
	echo "run.sh: FAILED in suite(s): ${failed_suites[*]:-?}; the tests (details above, JUnit in $RUN/junit-*.xml):"
	php -r '
		foreach ( array_slice( $argv, 1 ) as $file ) {
			$xml = @simplexml_load_file( $file );
			foreach ( $xml ? $xml->xpath( "//testcase[failure or error]" ) : array() as $case ) {
				$lines = explode( "\n", trim( (string) ( $case->failure ?: $case->error ) ) );
				printf( "  %s  %s::%s\n      %s\n", basename( $file, ".xml" ), $case["class"], $case["name"], substr( $lines[1] ?? $lines[0], 0, 300 ) );
			}
		}
	' "$RUN"/junit-*.xml
else
	echo
	echo "run.sh: all end-to-end tests passed (screenshots in $RUN/screenshots/)"
fi
exit $status
