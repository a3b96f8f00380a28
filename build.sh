#!/usr/bin/env bash
# QuillCRM SNS bounce handler: one entry point for everything.
#
#   ./build.sh demo      install what is needed, build, start a local WordPress
#                        with the plugin, play a realistic stream of signed SES
#                        events through the real webhook; Ctrl-C stops it
#   ./build.sh test      install what is needed, build, run every test
#                        (static checks, cargo test, PHPUnit on the extension
#                        and the plain-PHP fallback, the differential check,
#                        end-to-end tests on a real site and in Chromium)
#   ./build.sh install   build in release mode and enable the extension for
#                        PHP's CLI and FPM the Debian way (phpenmod)
#   ./build.sh package   the installable plugin zip in dist/
#   ./build.sh pot       the translation template php/languages/quillcrm-bounce.pot
#   ./build.sh bench     the benchmarks (report under bench/out/)
#   ./build.sh fuzz [s]  coverage-guided fuzzing for s seconds per target, then the
#                        extension/fallback differential check for s seconds
#   ./build.sh build     just build the release .so
#   ./build.sh deps      just install the system packages
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
export QUILLCRM_SO=${QUILLCRM_SO:-$ROOT/target/release/libquillcrm_sns.so}

# Every Debian package the project needs, for building, testing and the demo.
PACKAGES=(
	build-essential pkg-config clang libclang-dev   # ext-php-rs bindgen, aws-lc-sys
	php8.2-dev php8.2-cli php8.2-fpm php8.2-mysql php8.2-curl php8.2-xml php8.2-mbstring
	php8.2-zip                                      # WordPress's personal data export file
	phpunit php-codesniffer gettext                 # gettext: xgettext for ./build.sh pot
	mariadb-server mariadb-client nginx
	wordpress wordpress-theme-twentytwentythree
	chromium chromium-driver
	openssl curl python3 python3-pip zip unzip wrk valgrind
	libfaketime                                     # e2e: an AWS whose clock runs ahead of the site's
)

say() { printf '\n==> %s\n' "$*"; step=$*; }

# The last line of a failed run names the step that failed (set -e stops
# the script silently otherwise; the e2e step's own summary is just above).
step=""
report_failure() {
	local rc=$?
	if [ "$rc" != 0 ] && [ -n "$step" ]; then
		printf '\n==> FAILED (exit %s) in: %s\n' "$rc" "$step" >&2
	fi
}
trap report_failure EXIT

deps() {
	local missing=()
	for p in "${PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	# npm installs the browser test's axe-core; Debian's npm (with its nodejs)
	# only where no npm is on the PATH (a NodeSource nodejs brings its own).
	command -v npm >/dev/null || missing+=(npm)
	if [ ${#missing[@]} -gt 0 ]; then
		say "Installing Debian packages: ${missing[*]}"
		local sudo=""
		[ "$(id -u)" = 0 ] || sudo=sudo
		$sudo apt-get update
		DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
	fi
	test_packages
	command -v cargo >/dev/null || { echo "build.sh: cargo (Rust) is required: https://rustup.rs" >&2; exit 1; }
	# Debian ships php-config per version; ext-php-rs looks for `php-config`.
	command -v php-config >/dev/null || export PHP_CONFIG=/usr/bin/php-config8.2
}

# Test-only packages from PyPI and npm, each in a private folder of the
# repository (gitignored), pinned: tests/e2e/requirements.txt (aiosmtpd, the
# local SMTP sink; moto[server], the local AWS stand-in; botocore, whose
# SigV4Auth the signing test compares with) and tests/e2e/package-lock.json
# (axe-core).
test_packages() {
	if [ ! -d tests/e2e/pylib/aiosmtpd ] || [ ! -d tests/e2e/pylib/moto ] || [ ! -d tests/e2e/pylib/botocore ]; then
		say "pip: tests/e2e/requirements.txt into tests/e2e/pylib"
		PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install --quiet --disable-pip-version-check --target tests/e2e/pylib -r tests/e2e/requirements.txt
	fi
	if [ ! -f tests/e2e/node_modules/axe-core/axe.min.js ]; then
		say "npm ci: tests/e2e/package-lock.json into tests/e2e/node_modules"
		npm ci --prefix tests/e2e --no-audit --no-fund
	fi
}

build() {
	say "Building the extension (release)"
	cargo build --release --locked
	ls -l "$QUILLCRM_SO"
}

static_checks() {
	say "Static checks: rustfmt, clippy, php -l, PHP_CodeSniffer"
	cargo fmt --all --check
	cargo clippy --locked --workspace --all-targets -- -D warnings
	local f
	while IFS= read -r -d '' f; do
		php -l "$f" >/dev/null || { echo "php -l failed: $f" >&2; exit 1; }
	done < <(git ls-files -z '*.php')
	if [ -f phpcs.xml ]; then
		phpcs --standard=phpcs.xml
		tools/phpcs/tests/run.sh   # the custom sniffs catch what they are for
	fi
}

rust_tests() {
	say "cargo test"
	cargo test --locked
}

php_tests() {
	say "PHPUnit on the plugin's pure rules (no WordPress) and its translation template"
	phpunit -c tests/plugin/phpunit.xml
	say "PHPUnit on the built extension and on the plain-PHP fallback"
	tests/php/run.sh
	say "Differential check: the extension and the fallback answer 60 s of generated inputs alike"
	tests/differential/run.sh 60
}

hardening_tests() {
	say "valgrind memcheck over 1,000 handler calls in one PHP process"
	tests/valgrind/run.sh
	say "A Rust panic reaches PHP as a catchable Error (test-only build)"
	tests/panic/run.sh
}

e2e_tests() {
	say "End-to-end tests on a real WordPress site (and Chromium)"
	tests/e2e/run.sh
}

case "${1:-test}" in
	deps) deps ;;
	build) deps; build ;;
	test)
		deps
		build
		static_checks
		rust_tests
		php_tests
		hardening_tests
		e2e_tests
		say "All tests passed"
		;;
	install)
		deps
		build
		ext_dir=$(php-config --extension-dir)
		# Debian's layout for the PHP the extension was built against
		# (/etc/php/<major.minor>/, phpenmod, php<major.minor>-fpm).
		php_version=$(php-config --version | cut -d. -f1,2)
		say "Installing into $ext_dir (PHP $php_version)"
		install -m 0644 "$QUILLCRM_SO" "$ext_dir/quillcrm_sns.so"
		# The disk cache: private to the PHP-FPM user (www-data on Debian).
		cache_dir=/var/cache/quillcrm-sns
		install -d -m 0700 -o www-data -g www-data "$cache_dir"
		ini="/etc/php/$php_version/mods-available/quillcrm_sns.ini"
		if [ -f "$ini" ]; then
			echo "Keeping the existing $ini"
		else
			cat > "$ini" <<INI
; QuillCRM SNS bounce handler: see README.md
; priority=20
extension=quillcrm_sns.so
; Verified SNS signing certificates kept between PHP processes. A directory
; only the PHP user can write (0700); empty disables the disk cache.
quillcrm_sns.cache_dir = $cache_dir
; TEST ONLY. Never set these on a real site: they make the extension trust a
; private CA and send SNS host names to other addresses.
quillcrm_sns.test_ca_file =
quillcrm_sns.test_resolve =
INI
		fi
		phpenmod -v "$php_version" -s cli quillcrm_sns
		if [ -d "/etc/php/$php_version/fpm" ]; then
			phpenmod -v "$php_version" -s fpm quillcrm_sns
			# A running FPM loads extensions at start: reload it when we can.
			fpm="php$php_version-fpm"
			if command -v systemctl >/dev/null && systemctl is-active --quiet "$fpm" 2>/dev/null; then
				systemctl reload "$fpm"
			elif [ -f "/run/php/$fpm.pid" ]; then
				kill -USR2 "$(cat "/run/php/$fpm.pid")" && echo "$fpm reloaded"
			else
				echo "$fpm is not running here; it loads the extension when it starts"
			fi
		fi
		php --ri quillcrm_sns
		;;
	package)
		say "Packaging the plugin"
		version=$(sed -n 's/^ \* Version:[[:space:]]*//p' php/quillcrm-bounce.php | head -n1)
		mkdir -p dist
		stage=$(mktemp -d)
		trap 'rm -rf "$stage"' EXIT
		cp -r php "$stage/quillcrm-bounce"
		(cd "$stage" && zip -qr "$ROOT/dist/quillcrm-bounce-${version:-dev}.zip" quillcrm-bounce)
		ls -l "dist/quillcrm-bounce-${version:-dev}.zip"
		;;
	pot)
		command -v xgettext >/dev/null || deps
		tools/make-pot.sh
		;;
	demo)
		deps
		build
		exec tests/e2e/demo.sh
		;;
	bench)
		deps
		build
		exec bench/run.sh
		;;
	fuzz)
		deps
		build
		fuzz/run.sh "${2:-60}"
		say "Differential check of the extension and the fallback, ${2:-60} s"
		tests/differential/run.sh "${2:-60}"
		;;
	*)
		sed -n '2,19p' "$0"
		exit 2
		;;
esac
