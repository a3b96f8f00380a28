#!/usr/bin/env bash
# The end-to-end test site: MariaDB, php-fpm (with the built extension), nginx,
# a WordPress from Debian's `wordpress` package with the plugin active, and a
# local HTTPS stand-in for Amazon SNS. Everything listens on 127.0.0.1 only,
# on private ports, with all state in a private run directory.
#
#   tests/e2e/stack.sh start     fresh site (wipes the run dir's site and database)
#   tests/e2e/stack.sh stop      stops exactly the PIDs recorded by start
#   tests/e2e/stack.sh status    exit 0 when every recorded process is alive
#   tests/e2e/stack.sh db-stop   stops MariaDB only (for the "database down" test)
#   tests/e2e/stack.sh db-start  starts it again on the same data dir
#   tests/e2e/stack.sh db-kill   SIGKILL to MariaDB's recorded PID (crash test)
#   tests/e2e/stack.sh sns-stop  stops the SNS stand-in ("certificate host down")
#   tests/e2e/stack.sh sns-start starts it again
#
# Environment (all optional):
#   E2E_RUN_DIR     run directory            (default tests/e2e/run)
#   E2E_DB_PORT     MariaDB TCP port         (default 13306)
#   E2E_HTTP_PORT   nginx port               (default 18080)
#   E2E_SNS_PORT    SNS stand-in HTTPS port  (default 18443)
#   E2E_SMTP_PORT   SMTP sink port           (default E2E_HTTP_PORT + 1445)
#   E2E_MOTO_PORT   moto_server (HTTP)       (default E2E_SNS_PORT + 50)
#   E2E_AWS_PORT    its HTTPS front          (default E2E_SNS_PORT + 51)
#   QUILLCRM_SO     the built extension      (default <repo>/target/release/libquillcrm_sns.so)
#   E2E_PLUGIN_DIR  the plugin source      (default <repo>/php)
#   E2E_EXTRA_PHP_FLAGS  more php -d flags for php-fpm and the CLI (debugging)
#   E2E_ALLOW_NO_EXTENSION=1  start even when QUILLCRM_SO does not exist
#                             (to debug the site; the plugin's plain-PHP fallback answers)
#   E2E_WITHOUT_EXTENSION=1   a site whose PHP never loads the extension: the
#                             plugin's plain-PHP fallback answers, its test-only
#                             trust set by the same -d directives
#   E2E_PLUGIN_ZIP  install the plugin from this zip (./build.sh package) instead of E2E_PLUGIN_DIR
#
# Outputs in the run dir: stack.json and stack.env (everything a test needs:
# URLs, ports, credentials, paths, the php -d flags), pids/*.pid, logs/*,
# sns-calls.jsonl (one JSON line per request the SNS stand-in received),
# sns-modes.json (written by the fault tests: certificate id -> failure mode
# the stand-in plays for that certificate URL, see bin/sns-standin.py),
# wp-debug.log, login-token (for the test-only login helper).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUN=${E2E_RUN_DIR:-$HERE/run}
DB_PORT=${E2E_DB_PORT:-13306}
HTTP_PORT=${E2E_HTTP_PORT:-18080}
SNS_PORT=${E2E_SNS_PORT:-18443}
SMTP_PORT=${E2E_SMTP_PORT:-$((HTTP_PORT + 1445))}
MOTO_PORT=${E2E_MOTO_PORT:-$((SNS_PORT + 50))}
AWS_PORT=${E2E_AWS_PORT:-$((SNS_PORT + 51))}
SO=${QUILLCRM_SO:-$ROOT/target/release/libquillcrm_sns.so}
PKI=$ROOT/tests/fixtures/pki
WP_SRC=${E2E_WP_SRC:-/usr/share/wordpress}
PHP_FPM=${E2E_PHP_FPM:-$(command -v php-fpm8.2 || echo /usr/sbin/php-fpm8.2)}
PHP_CLI=${E2E_PHP:-php}
DB_NAME=quillcrm_e2e
DB_USER=quillcrm_e2e
DB_PASSWORD=e2e-db-password
ADMIN_USER=admin
ADMIN_EMAIL=admin@example.test
SITE_URL=http://127.0.0.1:$HTTP_PORT
PLUGIN=quillcrm-bounce/quillcrm-bounce.php
PLUGIN_SRC=${E2E_PLUGIN_DIR:-$ROOT/php}
PLUGIN_ZIP=${E2E_PLUGIN_ZIP:-}
WITHOUT_EXTENSION=${E2E_WITHOUT_EXTENSION:-0}
# The SNS hosts the tests use, all sent to the stand-in.
TEST_RESOLVE="sns.us-east-1.amazonaws.com:443:127.0.0.1:$SNS_PORT,sns.us-west-2.amazonaws.com:443:127.0.0.1:$SNS_PORT,sns.eu-west-1.amazonaws.com:443:127.0.0.1:$SNS_PORT"
# The queue intake's AWS: moto_server (SQS, SNS, instance metadata) behind
# its HTTPS front, for eu-central-1 only (a site with the extension only).
[ "$WITHOUT_EXTENSION" = 1 ] || TEST_RESOLVE+=",sns.eu-central-1.amazonaws.com:443:127.0.0.1:$AWS_PORT,sqs.eu-central-1.amazonaws.com:443:127.0.0.1:$AWS_PORT"
# ...and SES (email.<region>), for "Set up in AWS" and the doctor.
[ "$WITHOUT_EXTENSION" = 1 ] || TEST_RESOLVE+=",email.eu-central-1.amazonaws.com:443:127.0.0.1:$AWS_PORT"

# Every long-running process, in start order; stop goes in reverse.
SERVICES=(mariadb sns-standin smtp-sink php-fpm nginx)
[ "$WITHOUT_EXTENSION" = 1 ] || SERVICES=(mariadb sns-standin smtp-sink moto aws-front php-fpm nginx)

die() { echo "stack.sh: $*" >&2; exit 1; }
say() { echo "stack.sh: $*"; }

pid_of() { [ -s "$RUN/pids/$1.pid" ] && cat "$RUN/pids/$1.pid" || true; }

# Alive and still the program we started (guards against PID reuse).
alive() {
	local name=$1 pid
	pid=$(pid_of "$name")
	[ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
	local exe
	exe=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null || true)
	case $name in
		mariadb) [[ $exe == *mariadbd* || $exe == *mysqld* ]] ;;
		sns-standin) [[ $exe == *sns-standin.py* ]] ;;
		smtp-sink) [[ $exe == *smtp-sink.py* ]] ;;
		moto) [[ $exe == *moto-server.py* ]] ;;
		aws-front) [[ $exe == *aws-front.py* ]] ;;
		php-fpm) [[ $exe == *php-fpm* ]] ;;
		nginx) [[ $exe == *nginx* ]] ;;
		chromedriver) [[ $exe == *chromedriver* ]] ;;
		*) return 1 ;;
	esac
}

port_free() { # port
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Whether a server could bind the port now, as nginx and MariaDB do (with
# SO_REUSEADDR). Ports in the kernel's ephemeral range (ip_local_port_range,
# 32768-60999 by default) are handed to client connections, and a client's
# socket keeps its port for 60 s in TIME_WAIT after it closed: after the first
# stack's thousands of requests, the fallback stack's nginx and MariaDB failed
# to bind 38380 and 33606 ("Address already in use"). A server's own
# TIME_WAIT sockets do not stop it (they share its SO_REUSEADDR).
port_bindable() { # port
	python3 -c 'import socket, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))' "$1" 2>/dev/null
}

# Waits (at most 65 s: a TIME_WAIT lasts 60) until the port can be bound.
wait_port_released() { # port
	local until=$((SECONDS + 65))
	port_bindable "$1" && return 0
	say "port 127.0.0.1:$1 is held by a client connection (TIME_WAIT?); waiting for it"
	while ((SECONDS < until)); do
		sleep 0.5
		port_bindable "$1" && return 0
	done
	die "port 127.0.0.1:$1 is still held by a client connection after 65 s (set E2E_DB_PORT / E2E_HTTP_PORT / E2E_SNS_PORT below 32768)"
}

wait_for() { # description seconds command...
	local what=$1 secs=$2; shift 2
	local i
	for ((i = 0; i < secs * 10; i++)); do
		if "$@" >/dev/null 2>&1; then return 0; fi
		sleep 0.1
	done
	die "$what did not come up within ${secs}s (see $RUN/logs/)"
}

# Launch a program in its own session, detached from the terminal, and record
# its PID. setsid execs (no fork) because a background job is not a group leader.
launch() { # name logfile command...
	local name=$1 log=$2; shift 2
	setsid "$@" >>"$log" 2>&1 </dev/null &
	echo $! >"$RUN/pids/$name.pid"
}

stop_one() { # name
	local name=$1 pid i
	pid=$(pid_of "$name")
	[ -n "$pid" ] || return 0
	if alive "$name"; then
		kill -TERM "$pid" 2>/dev/null || true
		for ((i = 0; i < 150; i++)); do
			[ -d "/proc/$pid" ] || break
			sleep 0.1
		done
		if [ -d "/proc/$pid" ]; then
			say "$name (pid $pid) ignored SIGTERM for 15s; sending SIGKILL"
			kill -KILL "$pid" 2>/dev/null || true
		fi
		say "stopped $name (pid $pid)"
	fi
	rm -f "$RUN/pids/$name.pid"
}

php_ini_flags() {
	# The extension's trust directives are PHP_INI_SYSTEM: they can only come
	# from php.ini or the command line, which is why they are -d flags here.
	local flags=()
	if [ "$WITHOUT_EXTENSION" != 1 ] && [ -f "$SO" ]; then
		flags+=(
			-d "extension=$SO"
			-d "quillcrm_sns.test_ca_file=$PKI/test-ca.pem"
			-d "quillcrm_sns.test_resolve=$TEST_RESOLVE"
			-d "quillcrm_sns.cache_dir=$RUN/cert-cache"
			-d "quillcrm_sns.test_imds_endpoint=http://127.0.0.1:$MOTO_PORT"
		)
	elif [ "$WITHOUT_EXTENSION" = 1 ]; then
		# The plain-PHP fallback reads the same two directives (get_cfg_var).
		flags+=(
			-d "quillcrm_sns.test_ca_file=$PKI/test-ca.pem"
			-d "quillcrm_sns.test_resolve=$TEST_RESOLVE"
		)
	fi
	flags+=(
		-d "error_log=$RUN/logs/php-errors.log"
		-d "log_errors=1"
		-d "display_errors=0"
		-d "memory_limit=256M"
	)
	# Debugging aid, e.g. E2E_EXTRA_PHP_FLAGS="-d opcache.enable=0" (split on spaces).
	# shellcheck disable=SC2206
	[ -n "${E2E_EXTRA_PHP_FLAGS:-}" ] && flags+=(${E2E_EXTRA_PHP_FLAGS})
	printf '%s\n' "${flags[@]}"
}

db_launch() {
	local log=$RUN/logs/mariadb.log
	local as_root=()
	[ "$(id -u)" = 0 ] && as_root=(--user=root)
	# With a binary log, CREATE TRIGGER needs SUPER unless the server trusts
	# routine creators: SubscriptionTest's trigger comes from the site's user.
	# A private tmpdir: the machine-wide /tmp is shared with other processes
	# (a storm run failed on "Error on delete of '/tmp/#sql-temptable-...'").
	mkdir -p "$RUN/tmp"
	launch mariadb "$log" mariadbd --no-defaults \
		--datadir="$RUN/mysql" --socket="$RUN/mysql.sock" --pid-file="$RUN/mysql.pid" \
		--tmpdir="$RUN/tmp" \
		--port="$DB_PORT" --bind-address=127.0.0.1 "${as_root[@]}" \
		--skip-name-resolve --log-error="$log" \
		--log-bin="$RUN/mysql/binlog" --binlog-format=MIXED --log-bin-trust-function-creators=1 \
		--innodb-buffer-pool-size=64M --innodb-log-file-size=16M \
		--max-connections=200 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
	wait_for "MariaDB on 127.0.0.1:$DB_PORT" 30 mariadb-admin --no-defaults --socket="$RUN/mysql.sock" -uroot ping
}

sns_launch() {
	launch sns-standin "$RUN/logs/sns-standin.log" python3 "$HERE/bin/sns-standin.py" \
		--port "$SNS_PORT" --tls-cert "$PKI/tls-sns.pem" --tls-key "$PKI/tls-sns.key" \
		--signing-cert "$PKI/signing.pem" --log "$RUN/sns-calls.jsonl" --modes "$RUN/sns-modes.json"
	wait_for "SNS stand-in on 127.0.0.1:$SNS_PORT" 10 bash -c "exec 3<>/dev/tcp/127.0.0.1/$SNS_PORT"
	say "SNS stand-in up on https://127.0.0.1:$SNS_PORT (pid $(pid_of sns-standin))"
}

# The local SMTP sink (aiosmtpd from tests/e2e/pylib, installed by build.sh):
# wp_mail() of the test site reaches it through site/e2e-mail.php.
smtp_launch() {
	[ -d "$HERE/pylib/aiosmtpd" ] || die "aiosmtpd is not installed in $HERE/pylib (./build.sh deps installs it: python3 -m pip install --target $HERE/pylib -r $HERE/requirements.txt)"
	launch smtp-sink "$RUN/logs/smtp-sink.log" python3 "$HERE/bin/smtp-sink.py" --port "$SMTP_PORT" --log "$RUN/mail.jsonl"
	wait_for "SMTP sink on 127.0.0.1:$SMTP_PORT" 10 bash -c "exec 3<>/dev/tcp/127.0.0.1/$SMTP_PORT"
	say "SMTP sink up on 127.0.0.1:$SMTP_PORT (pid $(pid_of smtp-sink)), mail in $RUN/mail.jsonl"
}

# moto_server (PyPI moto[server] in tests/e2e/pylib): SQS, SNS and the EC2
# instance metadata service, HTTP on 127.0.0.1, started by bin/moto-server.py
# (moto_server with a cheaper clock in its SQS model: see there); and its
# HTTPS front (bin/aws-front.py, TLS certificate tls-aws.pem from the test CA).
moto_launch() {
	[ -d "$HERE/pylib/moto" ] || die "moto is not installed in $HERE/pylib (./build.sh deps installs it)"
	PYTHONPATH=$HERE/pylib launch moto "$RUN/logs/moto.log" python3 "$HERE/bin/moto-server.py" -H 127.0.0.1 -p "$MOTO_PORT"
	wait_for "moto_server on 127.0.0.1:$MOTO_PORT" 30 curl -sf "http://127.0.0.1:$MOTO_PORT/moto-api/"
	launch aws-front "$RUN/logs/aws-front.log" python3 "$HERE/bin/aws-front.py" --port "$AWS_PORT" --moto-port "$MOTO_PORT" \
		--tls-cert "$PKI/tls-aws.pem" --tls-key "$PKI/tls-aws.key" --log "$RUN/aws-calls.jsonl" --modes "$RUN/aws-modes.json" \
		--signing-cert "$PKI/signing.pem" --signer-cert-id e2e0123456789abcdef0123456789abc
	wait_for "AWS front on 127.0.0.1:$AWS_PORT" 10 bash -c "exec 3<>/dev/tcp/127.0.0.1/$AWS_PORT"
	say "moto_server up on http://127.0.0.1:$MOTO_PORT (pid $(pid_of moto)), its HTTPS front on $AWS_PORT (pid $(pid_of aws-front))"
}

write_stack_files() {
	local token=$1 password=$2
	local -a flags
	mapfile -t flags < <(php_ini_flags)
	"$PHP_CLI" -r '
		$a = json_decode($argv[1], true);
		$a["php_flags"] = array_slice($argv, 2);
		file_put_contents($a["run_dir"] . "/stack.json", json_encode($a, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
	' "$(cat <<JSON
{"run_dir": "$RUN", "repo": "$ROOT", "site_url": "$SITE_URL", "http_port": $HTTP_PORT,
 "db_host": "127.0.0.1", "db_port": $DB_PORT, "db_name": "$DB_NAME", "db_user": "$DB_USER",
 "db_password": "$DB_PASSWORD", "db_socket": "$RUN/mysql.sock", "table_prefix": "wp_",
 "sns_port": $SNS_PORT, "sns_calls": "$RUN/sns-calls.jsonl",
 "moto_port": $MOTO_PORT, "aws_port": $AWS_PORT, "aws_calls": "$RUN/aws-calls.jsonl", "aws_modes": "$RUN/aws-modes.json",
 "smtp_port": $SMTP_PORT, "mail_log": "$RUN/mail.jsonl", "wp_dir": "$RUN/wordpress",
 "plugin": "$PLUGIN", "admin_user": "$ADMIN_USER", "admin_password": "$password",
 "admin_email": "$ADMIN_EMAIL", "login_token": "$token", "extension": "$SO",
 "extension_loaded": $([ "$WITHOUT_EXTENSION" != 1 ] && [ -f "$SO" ] && echo true || echo false),
 "debug_log": "$RUN/wp-debug.log", "stack_sh": "$HERE/stack.sh", "php_cli": "$PHP_CLI"}
JSON
)" "${flags[@]}"
	{
		echo "E2E_RUN_DIR='$RUN'"
		echo "E2E_SITE_URL='$SITE_URL'"
		echo "E2E_HTTP_PORT='$HTTP_PORT'"
		echo "E2E_DB_PORT='$DB_PORT'"
		echo "E2E_SNS_PORT='$SNS_PORT'"
		echo "E2E_ADMIN_USER='$ADMIN_USER'"
		echo "E2E_ADMIN_PASSWORD='$password'"
		echo "E2E_LOGIN_TOKEN='$token'"
	} >"$RUN/stack.env"
}

write_wordpress() {
	local token=$1
	local wp=$RUN/wordpress
	rm -rf "$wp"
	mkdir -p "$wp"
	# Debian's tree: wp-config.php is a Debian loader (replaced below), .htaccess
	# a symlink into /etc, and wp-content lives in /var/lib/wordpress. Copy the
	# code, then build a self-contained wp-content. The bundled JavaScript
	# libraries are relative symlinks into /usr/share/javascript (underscore,
	# ...): copied as files (-h), or they dangle here and admin screens that
	# need them (Site Health) never finish loading.
	( cd "$WP_SRC" && tar -h --exclude=./wp-content --exclude=./wp-config.php --exclude=./.htaccess -cf - . ) | ( cd "$wp" && tar -xf - )
	mkdir -p "$wp/wp-content/plugins" "$wp/wp-content/themes" "$wp/wp-content/uploads" "$wp/wp-content/mu-plugins" "$wp/wp-content/upgrade"
	local theme_dir found=0
	for theme_dir in "$WP_SRC"/wp-content/themes/* /var/lib/wordpress/wp-content/themes/*; do
		[ -d "$theme_dir" ] || continue
		[ -e "$wp/wp-content/themes/$(basename "$theme_dir")" ] && continue
		cp -rL "$theme_dir" "$wp/wp-content/themes/"
		found=1
	done
	[ $found = 1 ] || die "no WordPress theme found; install wordpress-theme-twentytwentythree"
	echo '<?php // Silence is golden.' >"$wp/wp-content/plugins/index.php"
	[ -n "$PLUGIN_ZIP" ] || [ -f "$PLUGIN_SRC/quillcrm-bounce.php" ] || die "the plugin is missing: $PLUGIN_SRC/quillcrm-bounce.php"
	# A copy, as an admin installs it (and so the test site never writes into php/).
	if [ -n "$PLUGIN_ZIP" ]; then
		unzip -q "$PLUGIN_ZIP" -d "$wp/wp-content/plugins"
	else
		cp -r "$PLUGIN_SRC" "$wp/wp-content/plugins/quillcrm-bounce"
	fi
	printf '%s\n' "$token" >"$RUN/login-token"
	chmod 600 "$RUN/login-token"
	sed -e "s#@@TOKEN_FILE@@#$RUN/login-token#" -e "s#@@ADMIN_USER@@#$ADMIN_USER#" \
		"$HERE/site/e2e-login.php" >"$wp/wp-content/mu-plugins/e2e-login.php"
	cp "$HERE/site/e2e-offline.php" "$wp/wp-content/mu-plugins/e2e-offline.php"
	sed -e "s#@@SMTP_PORT@@#$SMTP_PORT#g" "$HERE/site/e2e-mail.php" >"$wp/wp-content/mu-plugins/e2e-mail.php"
	cp "$HERE/site/e2e-hooks.php" "$wp/wp-content/mu-plugins/e2e-hooks.php"
	cp "$HERE/site/e2e-binlog.php" "$wp/wp-content/mu-plugins/e2e-binlog.php"
	cp "$HERE/site/e2e-fatal-listener.php" "$wp/wp-content/mu-plugins/e2e-fatal-listener.php"

	local salts="" k
	for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
		salts+="define( '$k', '$(openssl rand -hex 32)' );"$'\n'
	done
	cat >"$wp/wp-config.php" <<PHP
<?php
// Test site only: written by tests/e2e/stack.sh.
define( 'DB_NAME', '$DB_NAME' );
define( 'DB_USER', '$DB_USER' );
define( 'DB_PASSWORD', '$DB_PASSWORD' );
define( 'DB_HOST', '127.0.0.1:$DB_PORT' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$salts
\$table_prefix = 'wp_';
define( 'WP_HOME', '$SITE_URL' );
define( 'WP_SITEURL', '$SITE_URL' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISALLOW_FILE_MODS', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$RUN/wp-debug.log' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP
}

write_php_fpm_conf() {
	local who=""
	if [ "$(id -u)" = 0 ]; then who=$'user = root\ngroup = root'; fi
	cat >"$RUN/php-fpm.conf" <<CONF
[global]
pid = $RUN/php-fpm.pid
error_log = $RUN/logs/php-fpm.log
daemonize = no

[e2e]
$who
listen = $RUN/php-fpm.sock
listen.mode = 0666
; Enough workers for the 20-concurrent-deliveries test to be really concurrent.
pm = static
pm.max_children = 24
catch_workers_output = yes
decorate_workers_output = no
clear_env = yes
request_terminate_timeout = 60
CONF
}

write_nginx_conf() {
	local who=""
	[ "$(id -u)" = 0 ] && who="user root root;"
	mkdir -p "$RUN/nginx/tmp"
	cat >"$RUN/nginx.conf" <<CONF
# Test site only: written by tests/e2e/stack.sh.
$who
daemon off;
worker_processes 2;
pid $RUN/nginx.pid;
error_log $RUN/logs/nginx-error.log warn;
events { worker_connections 256; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log $RUN/logs/nginx-access.log;
	client_body_temp_path $RUN/nginx/tmp/body;
	fastcgi_temp_path $RUN/nginx/tmp/fastcgi;
	proxy_temp_path $RUN/nginx/tmp/proxy;
	uwsgi_temp_path $RUN/nginx/tmp/uwsgi;
	scgi_temp_path $RUN/nginx/tmp/scgi;
	client_max_body_size 2m;
	server {
		listen 127.0.0.1:$HTTP_PORT;
		server_name 127.0.0.1;
		root $RUN/wordpress;
		index index.php;
		location / {
			try_files \$uri \$uri/ /index.php?\$args;
		}
		location ~ \.php\$ {
			try_files \$uri =404;
			include /etc/nginx/fastcgi_params;
			fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
			# Debian's fastcgi_params has no HTTP_HOST; keep the port in it.
			fastcgi_param HTTP_HOST \$host:\$server_port;
			fastcgi_read_timeout 60s;
			fastcgi_pass unix:$RUN/php-fpm.sock;
		}
	}
}
CONF
}

cmd_start() {
	mkdir -p "$RUN/pids" "$RUN/logs"
	local name any_alive=0 all_alive=1
	for name in "${SERVICES[@]}"; do
		if alive "$name"; then any_alive=1; else all_alive=0; fi
	done
	if [ $all_alive = 1 ]; then
		say "already running (run dir $RUN); 'stack.sh stop' first for a fresh site"
		return 0
	fi
	[ $any_alive = 0 ] || die "partly running (see 'stack.sh status'); run 'stack.sh stop' first"

	local port
	local ports=("$DB_PORT" "$HTTP_PORT" "$SNS_PORT" "$SMTP_PORT")
	[ "$WITHOUT_EXTENSION" = 1 ] || ports+=("$MOTO_PORT" "$AWS_PORT")
	for port in "${ports[@]}"; do
		port_free "$port" || die "port 127.0.0.1:$port is already in use (set E2E_DB_PORT / E2E_HTTP_PORT / E2E_SNS_PORT)"
		wait_port_released "$port"
	done
	if [ "$WITHOUT_EXTENSION" = 1 ]; then
		say "a site WITHOUT the extension: the plugin's plain-PHP fallback answers"
	elif [ ! -f "$SO" ]; then
		[ "${E2E_ALLOW_NO_EXTENSION:-0}" = 1 ] || die "extension not found: $SO (build it, or set QUILLCRM_SO)"
		say "WARNING: $SO does not exist; starting WITHOUT the extension"
	fi
	[ -z "$PLUGIN_ZIP" ] || [ -f "$PLUGIN_ZIP" ] || die "the plugin zip is missing: $PLUGIN_ZIP"
	local cmd
	for cmd in mariadb-install-db mariadbd mariadb-admin mariadb nginx python3 openssl "$PHP_FPM" "$PHP_CLI"; do
		command -v "$cmd" >/dev/null || die "missing program: $cmd"
	done
	[ -f "$WP_SRC/wp-settings.php" ] || die "WordPress not found in $WP_SRC (apt-get install wordpress)"
	[ -n "$PLUGIN_ZIP" ] || [ -f "$PLUGIN_SRC/quillcrm-bounce.php" ] || die "the plugin is missing: $PLUGIN_SRC/quillcrm-bounce.php"

	# A fresh site every time: tests must not depend on leftovers.
	rm -rf "$RUN/mysql" "$RUN/wordpress" "$RUN/cert-cache" "$RUN/nginx" "$RUN/logs" \
		"$RUN/sns-calls.jsonl" "$RUN/sns-modes.json" "$RUN/aws-calls.jsonl" "$RUN/aws-modes.json" "$RUN/mail.jsonl" "$RUN/wp-debug.log" "$RUN"/*.sock "$RUN"/*.pid
	# run/tmp is kept: it may be the caller's TMPDIR (bench/run.sh).
	mkdir -p "$RUN/logs" "$RUN/cert-cache" "$RUN/tmp"
	chmod 700 "$RUN/cert-cache"
	: >"$RUN/sns-calls.jsonl"
	: >"$RUN/aws-calls.jsonl"
	: >"$RUN/mail.jsonl"
	local token password
	token=$(openssl rand -hex 24)
	password=$(openssl rand -hex 8)
	write_stack_files "$token" "$password"

	# On any failure below, stop what this start already launched.
	trap 'echo "stack.sh: start failed; stopping what was started" >&2; cmd_stop >&2' EXIT

	mariadb-install-db --no-defaults --datadir="$RUN/mysql" --auth-root-authentication-method=normal \
		--skip-test-db $([ "$(id -u)" = 0 ] && echo --user=root) >"$RUN/logs/mariadb-install.log" 2>&1 \
		|| die "mariadb-install-db failed (see $RUN/logs/mariadb-install.log)"
	db_launch
	mariadb --no-defaults --socket="$RUN/mysql.sock" -uroot <<SQL
CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_USER'@'localhost';
-- A binary log as most production servers keep one (the tests' triggers are
-- trusted: --log-bin-trust-function-creators); BINLOG ADMIN lets the test
-- site switch a connection to statement-based logging (e2e-binlog.php).
GRANT BINLOG ADMIN ON *.* TO '$DB_USER'@'127.0.0.1';
GRANT BINLOG ADMIN ON *.* TO '$DB_USER'@'localhost';
SQL
	say "MariaDB up on 127.0.0.1:$DB_PORT (pid $(pid_of mariadb))"

	sns_launch
	smtp_launch
	[ "$WITHOUT_EXTENSION" = 1 ] || moto_launch

	write_wordpress "$token"
	local -a flags
	mapfile -t flags < <(php_ini_flags)
	"$PHP_CLI" "${flags[@]}" "$HERE/site/install-wp.php" "$RUN/stack.json" >"$RUN/logs/install.log" 2>&1 \
		|| { cat "$RUN/logs/install.log" >&2; die "WordPress install failed"; }
	say "$(tail -n1 "$RUN/logs/install.log")"

	write_php_fpm_conf
	local root_flag=()
	[ "$(id -u)" = 0 ] && root_flag=(-R)
	launch php-fpm "$RUN/logs/php-fpm.log" "$PHP_FPM" -F -y "$RUN/php-fpm.conf" "${root_flag[@]}" "${flags[@]}"
	wait_for "php-fpm socket" 10 test -S "$RUN/php-fpm.sock"
	say "php-fpm up on $RUN/php-fpm.sock (pid $(pid_of php-fpm))"

	write_nginx_conf
	nginx -t -q -p "$RUN/nginx" -c "$RUN/nginx.conf" >>"$RUN/logs/nginx-error.log" 2>&1 \
		|| { cat "$RUN/logs/nginx-error.log" >&2; die "nginx config test failed"; }
	launch nginx "$RUN/logs/nginx-error.log" nginx -p "$RUN/nginx" -c "$RUN/nginx.conf"
	wait_for "nginx on 127.0.0.1:$HTTP_PORT" 10 bash -c "exec 3<>/dev/tcp/127.0.0.1/$HTTP_PORT"
	say "nginx up on $SITE_URL (pid $(pid_of nginx))"

	local code
	code=$(curl -s -o /dev/null -w '%{http_code}' "$SITE_URL/wp-login.php")
	[ "$code" = 200 ] || die "the site does not answer: GET $SITE_URL/wp-login.php -> $code (see $RUN/logs/)"
	trap - EXIT
	say "ready: $SITE_URL  (admin: $ADMIN_USER / $password; details in $RUN/stack.json)"
}

cmd_stop() {
	local i
	# Started by the browser test (lib/WebDriver.php); normally already gone.
	stop_one chromedriver
	for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
		stop_one "${SERVICES[$i]}"
	done
}

cmd_status() {
	local name ok=0 pid
	for name in "${SERVICES[@]}"; do
		pid=$(pid_of "$name")
		if alive "$name"; then
			echo "$name: running (pid $pid)"
		else
			echo "$name: not running${pid:+ (stale pid $pid)}"
			ok=1
		fi
	done
	return $ok
}

cmd_db_stop() {
	stop_one mariadb
}

cmd_db_start() {
	alive mariadb && { say "MariaDB already running (pid $(pid_of mariadb))"; return 0; }
	port_free "$DB_PORT" || die "port 127.0.0.1:$DB_PORT is already in use"
	wait_port_released "$DB_PORT"
	mkdir -p "$RUN/pids" "$RUN/logs"
	db_launch
	say "MariaDB up on 127.0.0.1:$DB_PORT (pid $(pid_of mariadb))"
}

# SIGKILL, as the OOM killer or a crash would: no shutdown, InnoDB recovers
# on the next db-start.
cmd_db_kill() {
	local pid i
	pid=$(pid_of mariadb)
	alive mariadb || die "MariaDB is not running"
	kill -KILL "$pid"
	for ((i = 0; i < 100; i++)); do
		[ -d "/proc/$pid" ] || break
		sleep 0.05
	done
	rm -f "$RUN/pids/mariadb.pid"
	say "killed MariaDB (pid $pid) with SIGKILL"
}

cmd_sns_start() {
	alive sns-standin && { say "SNS stand-in already running (pid $(pid_of sns-standin))"; return 0; }
	port_free "$SNS_PORT" || die "port 127.0.0.1:$SNS_PORT is already in use"
	wait_port_released "$SNS_PORT"
	mkdir -p "$RUN/pids" "$RUN/logs"
	sns_launch
}

case ${1:-} in
	start) cmd_start ;;
	stop) cmd_stop ;;
	status) cmd_status ;;
	db-stop) cmd_db_stop ;;
	db-start) cmd_db_start ;;
	db-kill) cmd_db_kill ;;
	sns-stop) stop_one sns-standin ;;
	sns-start) cmd_sns_start ;;
	*) echo "usage: $0 start|stop|status|db-stop|db-start|db-kill|sns-stop|sns-start" >&2; exit 2 ;;
esac
