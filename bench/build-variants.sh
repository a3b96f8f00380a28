#!/usr/bin/env bash
# What the release profile does to the extension's size, warm call and cold
# start: builds the extension with each profile variant
# into target/variants/<name> and measures, side by side in one run:
#
#   size        bytes of the .so
#   warm Ir     instructions per warm quillcrm_sns_handle() call on the signed
#               bounce (callgrind, whole process, 600 minus 100 calls / 500)
#   load Ir     instructions `php -n` spends loading the .so and starting and
#               stopping the module (callgrind, with minus without)
#   first Ir    instructions of the first two calls in a fresh process (the
#               first reads the certificate from the disk cache)
#   load ms     median over BENCH_COLD_RUNS paired fresh processes of the CPU
#               time loading the .so costs (with minus without, no call)
#   cold ms     the same for load + first call, as measurement 3 takes it
#
# Instruction counts do not depend on other load on the machine; the cold
# milliseconds do. Variants (Cargo's CARGO_PROFILE_RELEASE_* overrides of
# Cargo.toml's [profile.release]):
#
#   shipped     lto = "thin", codegen-units = 1, opt-level 3
#   fat-lto     lto = "fat"
#   no-lto      lto = false
#   cgu-16      codegen-units = 16 (Cargo's default)
#   opt-s       opt-level = "s"
#   opt-2       opt-level = 2
#   strip       strip = "symbols" (profilers then see no function names)
#
# panic = "abort" is not a variant: a Rust panic must reach PHP as a
# catchable \Error (ext-php-rs catches the unwind), and abort would kill the
# PHP worker instead.
#
#   bench/build-variants.sh              all variants
#   BENCH_VARIANTS="shipped opt-s" bench/build-variants.sh
#   BENCH_VARIANTS=shipped BENCH_EXTRA_SO="main=/path/to/libquillcrm_sns.so" \
#       bench/build-variants.sh          also measure .so files built elsewhere
#                                        (e.g. another branch), in the same table
#
# The cold runs of all the .so files are interleaved (one paired run of
# each in turn), so that other load on the machine falls on them alike.
#
# Writes bench/out/variants-<UTC timestamp>.md and prints the same table.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RUNS=${BENCH_COLD_RUNS:-30}
VARIANTS=(${BENCH_VARIANTS:-shipped fat-lto no-lto cgu-16 opt-s opt-2 strip})
WORK=$(mktemp -d "${TMPDIR:-/tmp}/quillcrm-variants.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$HERE/out"
REPORT=$HERE/out/variants-$(date -u +%Y%m%dT%H%M%SZ).md

for cmd in cargo php valgrind python3; do
	command -v "$cmd" >/dev/null || { echo "build-variants.sh: missing $cmd" >&2; exit 1; }
done

# A signed bounce for the cold runs (as measurement 3 makes it).
php -r "
	require '$HERE/php/lib.php';
	\$m = QuillCRM\\Bench\\signed_bounce('1');
	file_put_contents('$WORK/body.json', json_encode(['body' => \$m['body'], 'now' => \$m['now'],
		'key' => QuillCRM\\Bench\\KEY, 'topic' => QuillCRM\\Bench\\TOPIC]));
"
mkdir -m 700 "$WORK/cache"

# The certificate goes into the private disk cache once, fetched by the
# shipped build from the local HTTPS SNS stand-in under test-only trust;
# every measured process then reads it from disk, without test trust.
PKI=$ROOT/tests/fixtures/pki
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
python3 "$ROOT/tests/e2e/bin/sns-standin.py" --bind 127.0.0.1 --port "$PORT" \
	--tls-cert "$PKI/tls-sns.pem" --tls-key "$PKI/tls-sns.key" --signing-cert "$PKI/signing.pem" \
	--log "$WORK/sns.jsonl" >"$WORK/sns.out" 2>&1 &
STANDIN=$!
trap 'kill "$STANDIN" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do
	(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
	sleep 0.05
done
fill_cache() {
	php -d "extension=$1" -d "quillcrm_sns.cache_dir=$WORK/cache" -d "quillcrm_sns.test_ca_file=$PKI/test-ca.pem" \
		-d "quillcrm_sns.test_resolve=sns.us-east-1.amazonaws.com:443:127.0.0.1:$PORT" \
		"$HERE/php/micro.php" ext 1 1 >/dev/null
	# Fetched under test-only trust; the measuring runs have no test
	# directives, and the extension reads a file only under the trust its
	# first line names (src/certificate_cache.rs).
	sed -i '1s/^test-only trust$/production/' "$WORK"/cache/*.pem
}

profile_env() {
	case "$1" in
		shipped) ;;
		fat-lto) echo CARGO_PROFILE_RELEASE_LTO=fat ;;
		no-lto) echo CARGO_PROFILE_RELEASE_LTO=false ;;
		cgu-16) echo CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 ;;
		opt-s) echo CARGO_PROFILE_RELEASE_OPT_LEVEL=s ;;
		opt-2) echo CARGO_PROFILE_RELEASE_OPT_LEVEL=2 ;;
		strip) echo CARGO_PROFILE_RELEASE_STRIP=symbols ;;
		*) echo "build-variants.sh: unknown variant $1" >&2; exit 2 ;;
	esac
}

# callgrind's instruction count of one command, inside PHP's functions
# $1 (a |-separated list, summed; inclusive): whole-process totals move by
# ±0.5 M with the allocator's state (a malloc_consolidate at shutdown or not).
instructions() {
	local functions=$1 out=$WORK/cg.out
	shift
	valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>&1
	callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null |
		awk -v want="$functions" 'BEGIN { n = split(want, names, "|") }
			{ for (i = 1; i <= n; i++) if (index($0, "???:" names[i] " [") && !seen[i]++) { gsub(",", "", $1); sum += $1 } }
			END { print sum + 0 }'
}

names=()
sos=()
for variant in "${VARIANTS[@]}"; do
	target=$ROOT/target/variants/$variant
	echo "==> $variant: building"
	(cd "$ROOT" && env $(profile_env "$variant") cargo build --release --locked -p quillcrm_sns --target-dir "$target" >"$WORK/build-$variant.log" 2>&1) ||
		{ cat "$WORK/build-$variant.log" >&2; exit 1; }
	names+=("$variant")
	sos+=("$target/release/libquillcrm_sns.so")
done
for extra in ${BENCH_EXTRA_SO:-}; do
	[ -f "${extra#*=}" ] || { echo "build-variants.sh: BENCH_EXTRA_SO: no file ${extra#*=}" >&2; exit 1; }
	names+=("${extra%%=*}")
	sos+=("${extra#*=}")
done

rows=()
for i in "${!names[@]}"; do
	variant=${names[$i]}
	so=${sos[$i]}
	flags=(-d "extension=$so" -d "quillcrm_sns.cache_dir=$WORK/cache")
	[ -n "$(ls -A "$WORK/cache")" ] || fill_cache "$so"
	size=$(stat -c %s "$so")
	echo "==> $variant: counting instructions"
	w100=$(instructions php_execute_script php "${flags[@]}" "$HERE/php/micro.php" ext 1 100)
	w600=$(instructions php_execute_script php "${flags[@]}" "$HERE/php/micro.php" ext 1 600)
	# Loading: dlopen and the module's start-up (in php_module_startup) and
	# shutdown (zend_destroy_modules), with minus without the extension.
	without=$(instructions "php_module_startup|zend_destroy_modules" php -n "$HERE/php/cold.php" "$WORK/body.json" nocall)
	nocall=$(instructions "php_module_startup|zend_destroy_modules" php -n "${flags[@]}" "$HERE/php/cold.php" "$WORK/body.json" nocall)
	# The first two calls of a fresh process (the first reads the disk cache).
	call0=$(instructions php_execute_script php -n "${flags[@]}" "$HERE/php/cold.php" "$WORK/body.json" nocall)
	call=$(instructions php_execute_script php -n "${flags[@]}" "$HERE/php/cold.php" "$WORK/body.json" call)
	rows+=("| $variant | $(python3 -c "print(f'{$size / 1e6:.2f} MB')") | $(((w600 - w100) / 500)) | $((nocall - without)) | $((call - call0)) |")
done

# Cold runs, interleaved: for each run, each .so in turn, a paired
# difference (with the extension and the call, then without the extension).
echo "==> $RUNS interleaved paired cold runs of ${names[*]}"
mapfile -t colds < <(python3 - "$RUNS" "$WORK" "$HERE/php/cold.php" "${sos[@]}" <<'PY'
import os, resource, statistics, subprocess, sys
runs, work, cold, sos = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
def cpu_ms(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1e3
body = os.path.join(work, "body.json")
loads, colds = {so: [] for so in sos}, {so: [] for so in sos}
for _ in range(runs):
    for so in sos:
        flags = ["-d", f"extension={so}", "-d", f"quillcrm_sns.cache_dir={work}/cache"]
        without = cpu_ms(["php", "-n", cold, body, "nocall"])
        loads[so].append(cpu_ms(["php", "-n"] + flags + [cold, body, "nocall"]) - without)
        colds[so].append(cpu_ms(["php", "-n"] + flags + [cold, body, "call"]) - without)
for so in sos:
    print(f"{statistics.median(loads[so]):.2f} | {statistics.median(colds[so]):.2f}")
PY
)
for i in "${!rows[@]}"; do
	rows[$i]="${rows[$i]} ${colds[$i]} |"
done

{
	echo "# Release profile variants ($(date -u '+%Y-%m-%d %H:%M UTC'), git $(git -C "$ROOT" rev-parse --short HEAD))"
	echo
	echo "CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1), $(nproc) cores; $(php -r 'echo "PHP ", PHP_VERSION;')."
	echo "Instruction counts are callgrind's (independent of other load); load ms and cold ms are medians of"
	echo "CPU time over $RUNS interleaved paired fresh \`php -n\` processes (load-dependent)."
	echo
	echo "| variant | .so size | warm Ir/call | load Ir | first two calls Ir | load ms | cold ms (load + first call) |"
	echo "|---|---|---|---|---|---|---|"
	printf '%s\n' "${rows[@]}"
} | tee "$REPORT"
echo "build-variants.sh: $REPORT"
