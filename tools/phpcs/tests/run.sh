#!/usr/bin/env bash
# Proves the QuillCRM sniffs (tools/phpcs/QuillCRM) catch what they are for:
# every line of bad.php marked BAD is reported (unescaped output, unprepared
# SQL), no other line is, and good.php (the safe spellings) gets no report.
# Run by ./build.sh test after phpcs; exit status non-zero on any mismatch.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STANDARD=$HERE/../QuillCRM

reported_lines() { # file
	phpcs --standard="$STANDARD" --report=csv --no-colors -q "$1" | tail -n +2 \
		| awk -F, '{ print $2 }' | sort -n | uniq || true
}

expected=$(grep -nE '(// BAD|<!-- BAD -->)$' "$HERE/bad.php" | cut -d: -f1 | sort -n)
actual=$(reported_lines "$HERE/bad.php")
if [ "$expected" != "$actual" ]; then
	echo "tools/phpcs/tests: bad.php: the sniffs reported other lines than the BAD ones" >&2
	diff <(echo "$expected") <(echo "$actual") >&2 || true
	phpcs --standard="$STANDARD" --no-colors "$HERE/bad.php" >&2 || true
	exit 1
fi
if ! phpcs --standard="$STANDARD" --no-colors -q "$HERE/good.php" >/dev/null; then
	echo "tools/phpcs/tests: good.php: the sniffs reported safe code" >&2
	phpcs --standard="$STANDARD" --no-colors "$HERE/good.php" >&2 || true
	exit 1
fi
echo "tools/phpcs/tests: QuillCRM sniffs OK ($(echo "$expected" | wc -l) violations caught in bad.php, none in good.php)"
