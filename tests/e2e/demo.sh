#!/usr/bin/env bash
# ./build.sh demo, after the build: starts a local WordPress with the plugin
# and the extension, confirms a simulated SNS subscription, sends a realistic
# mix of signed SES feedback through the real webhook, prints the contacts,
# the admin URL, login and webhook URL, and keeps the site up until Ctrl-C
# (then stops every process it started, by PID).
#
# Its own run dir and ports, so it can run beside the tests:
#   E2E_RUN_DIR (default tests/e2e/run/demo), E2E_HTTP_PORT (18180),
#   E2E_DB_PORT (13406), E2E_SNS_PORT (18543), QUILLCRM_SO (see stack.sh).
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export QUILLCRM_SO=${QUILLCRM_SO:-$ROOT/target/release/libquillcrm_sns.so}
export E2E_RUN_DIR=${E2E_RUN_DIR:-$HERE/run/demo}
export E2E_HTTP_PORT=${E2E_HTTP_PORT:-18180}
export E2E_DB_PORT=${E2E_DB_PORT:-13406}
export E2E_SNS_PORT=${E2E_SNS_PORT:-18543}

if [ ! -f "$QUILLCRM_SO" ]; then
	echo "demo.sh: the extension is not built: $QUILLCRM_SO (run ./build.sh demo)" >&2
	exit 1
fi
if "$HERE/stack.sh" status >/dev/null 2>&1; then
	echo "demo.sh: a demo site is already running from $E2E_RUN_DIR; stop it with:" >&2
	echo "  E2E_RUN_DIR=$E2E_RUN_DIR $HERE/stack.sh stop" >&2
	exit 1
fi

trap '"$HERE/stack.sh" stop' EXIT
sleeper=
trap 'echo; echo "demo.sh: stopping"; [ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null; exit 0' INT TERM

"$HERE/stack.sh" start || exit 1
echo
php "$HERE/bin/demo.php" || echo "demo.sh: some deliveries were not accepted (see above)"

. "$E2E_RUN_DIR/stack.env"
site=$E2E_SITE_URL
webhook=$(php -r 'require $argv[1]; echo QuillCRM\E2E\Site::get()->webhook_url();' "$HERE/lib/Site.php")
cat <<TXT

5. The site is yours:

  Admin (Bounce Handling): $site/wp-admin/admin.php?page=quillcrm-settings&tab=smtp
  Bounces (un-bounce alice, kim, dave from their history):
                           $site/wp-admin/admin.php?page=quillcrm-bounces
  Site Health:             $site/wp-admin/site-health.php
  Login:                   $E2E_ADMIN_USER / $E2E_ADMIN_PASSWORD
  Webhook URL:             $webhook

  (Test-only trust is on: the extension fetches "sns.us-east-1.amazonaws.com"
  from the local stand-in on 127.0.0.1:$E2E_SNS_PORT, trusted through the test CA.)

Press Ctrl-C to stop the demo site.
TXT
while :; do
	sleep 3600 &
	sleeper=$!
	wait "$sleeper"
done
