#!/usr/bin/env bash
# The plugin's translation template, made with GNU xgettext (Debian's
# `gettext`) using WordPress's translation functions as keywords.
#
#   tools/make-pot.sh [output]   default: php/languages/quillcrm-bounce.pot
#
# ./build.sh pot runs it; tests/plugin/tests/PotTest.php runs it into a
# temporary file and fails when the committed template differs (the
# POT-Creation-Date line aside).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-php/languages/quillcrm-bounce.pot}
command -v xgettext >/dev/null || { echo "make-pot.sh: xgettext not found (apt-get install gettext)" >&2; exit 1; }
version=$(sed -n 's/^ \* Version:[[:space:]]*//p' php/quillcrm-bounce.php | head -n1)
mkdir -p "$(dirname "$out")"
mapfile -t files < <(find php -name '*.php' -not -path 'php/stubs/*' | LC_ALL=C sort)
# --keyword= alone drops xgettext's own PHP keywords (gettext, _, ...).
xgettext --language=PHP --from-code=UTF-8 --add-comments=translators: \
	--keyword= \
	--keyword=__ --keyword=_e --keyword=_x:1,2c --keyword=_ex:1,2c \
	--keyword=_n:1,2 --keyword=_nx:1,2,4c \
	--keyword=esc_html__ --keyword=esc_html_e --keyword=esc_html_x:1,2c \
	--keyword=esc_attr__ --keyword=esc_attr_e --keyword=esc_attr_x:1,2c \
	--keyword=_n_noop:1,2 --keyword=_nx_noop:1,2,3c \
	--package-name=quillcrm-bounce --package-version="$version" \
	--copyright-holder=QuillCRM --msgid-bugs-address=https://github.com/quillcrm/quillcrm-bounce/issues \
	--output=- "${files[@]}" \
	| sed -e 's/^"Content-Type: text\/plain; charset=CHARSET\\n"$/"Content-Type: text\/plain; charset=UTF-8\\n"/' \
		-e '1,/^$/s/^# SOME DESCRIPTIVE TITLE\.$/# Translation template of QuillCRM Bounce Handling./' \
		-e '1,/^$/s/^# This file is distributed under the same license as the quillcrm-bounce package\.$/# This file is distributed under the same license as the plugin (GPL-2.0-or-later)./' \
	>"$out"
echo "make-pot.sh: wrote $out ($(grep -c '^msgid "' "$out") strings, the header included)"
