<?php
/**
 * Test site only (copied into wp-content/mu-plugins/ by tests/e2e/stack.sh):
 * while the file wp-content/e2e-fatal-listener exists, a listener of
 * quillcrm_bounce_contact_hard_bounced (another plugin, the CRM) ends the
 * request with a PHP fatal error, "Allowed memory size exhausted", which no
 * try/catch can stop. The file is checked inside the listener, so other
 * requests pay nothing.
 */
add_action(
	'quillcrm_bounce_contact_hard_bounced',
	static function () {
		if ( is_file( WP_CONTENT_DIR . '/e2e-fatal-listener' ) ) {
			$e2e_hoard = array();
			for ( ;; ) {
				$e2e_hoard[] = str_repeat( 'x', 1 << 20 );
			}
		}
	}
);
